/**
 * Code fences as CommonMark reads them, for the line-based scanners that run before markdown-it
 * (slide separators, Carpentries divs, section headings must not be seen inside code).
 */

/**
 * The fence a line opens: three or more backticks or tildes. A backtick fence's info string may
 * not hold a backtick, so "```` `code` ````x" starting a paragraph opens nothing.
 * `anyIndent` also accepts fences indented four spaces or more (inside list items).
 */
export function fenceOpening(line: string, anyIndent = false): string | undefined {
  const m = (anyIndent ? /^\s*(`{3,}|~{3,})(.*)$/ : /^ {0,3}(`{3,}|~{3,})(.*)$/).exec(line);
  if (!m) return undefined;
  if (m[1]![0] === '`' && m[2]!.includes('`')) return undefined;
  return m[1];
}

/** Whether a line closes the fence `open`: the same character, at least as many, nothing after. */
export function closesFence(open: string, line: string): boolean {
  const m = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
  return !!m && m[1]![0] === open[0] && m[1]!.length >= open.length;
}

/** For each line, whether it opens, closes or lies inside a fenced code block. */
export function fenceMask(lines: readonly string[], anyIndent = false): boolean[] {
  let open: string | undefined;
  return lines.map((line) => {
    if (open !== undefined) {
      if (closesFence(open, line)) open = undefined;
      return true;
    }
    open = fenceOpening(line, anyIndent);
    return open !== undefined;
  });
}
