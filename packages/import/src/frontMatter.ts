import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';
import { ImportError, type Warnings } from './types.ts';

/** A Markdown file's YAML front matter, read with line numbers so errors can say where. */
export interface FrontMatter {
  data: Record<string, unknown>;
  /** The parsed YAML document, to find the line of a key. */
  doc: Document;
  /** 1-based line of the input where the YAML text begins. */
  yamlFirstLine: number;
  lineCounter: LineCounter;
  /** The Markdown after the closing `---`. */
  body: string;
  /** 1-based line of the input where the body begins. */
  bodyFirstLine: number;
  /** Lines read as the continuation of the line above although they were not indented. */
  repairedLines: number[];
}

/**
 * The YAML parser takes superlinear time on some broken inputs (thousands of errors); front matter
 * this long is never a unit's, so it is refused before parsing.
 */
export const FRONT_MATTER_MAX_CHARS = 128 * 1024;

// prettyErrors would add a snippet to every error: quadratic on front matter with thousands of errors.
const YAML_OPTIONS = (lineCounter: LineCounter) => ({ lineCounter, prettyErrors: false, uniqueKeys: true });

/**
 * Splits `---\n<yaml>\n---\n<body>`. Answers undefined when the text has no front matter, and
 * throws ImportError `invalid_front_matter` (with the line) when it has a broken one.
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const lines = text.split('\n');
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return undefined;
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)[ \t]*$/.test(l));
  if (end === -1) {
    throw new ImportError('invalid_front_matter', 'the front matter opened on line 1 is never closed by a "---" line', { line: 1 });
  }
  const yamlText = lines.slice(1, end).join('\n');
  if (yamlText.length > FRONT_MATTER_MAX_CHARS) {
    throw new ImportError('invalid_front_matter', `the front matter is longer than ${FRONT_MATTER_MAX_CHARS / 1024} KiB (lines 1 to ${end + 1}); a unit's fields fit in far less`, { line: 1 });
  }
  let lineCounter = new LineCounter();
  let doc = parseDocument(yamlText, YAML_OPTIONS(lineCounter));
  const error = doc.errors[0];
  const repaired: number[] = [];
  if (error) {
    // Jekyll (libyaml) reads a quoted string continued at column 0; YAML 1.2 does not. Carpentries
    // lessons of the styles format rely on it, so try again with those lines indented.
    const retry = reindentContinuations(yamlText);
    const retryCounter = new LineCounter();
    const second = retry.changed.length ? parseDocument(retry.text, YAML_OPTIONS(retryCounter)) : undefined;
    if (second && second.errors.length === 0) {
      doc = second;
      lineCounter = retryCounter;
      repaired.push(...retry.changed.map((i) => i + 2));
    } else {
      const line = lineCounter.linePos(error.pos[0]).line + 1;
      const what = error.message.split(/ at line \d+/)[0]!.split('\n')[0]!;
      throw new ImportError('invalid_front_matter', `the front matter is not valid YAML: ${what} (line ${line})`, { line });
    }
  }
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) {
    throw new ImportError('invalid_front_matter', 'the front matter must be a list of "key: value" lines', { line: 2 });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (e) {
    throw new ImportError('invalid_front_matter', `the front matter cannot be read: ${(e as Error).message}`, { line: 2 });
  }
  return {
    repairedLines: repaired,
    data: data as Record<string, unknown>,
    doc,
    yamlFirstLine: 2,
    lineCounter,
    body: lines.slice(end + 1).join('\n'),
    bodyFirstLine: end + 2,
  };
}

/** 1-based input line of a value in the front matter, when the path leads to one. */
export function lineOf(fm: FrontMatter, path: readonly (string | number)[]): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const node = fm.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return fm.lineCounter.linePos(node.range[0]).line + fm.yamlFirstLine - 1;
  }
  return undefined;
}

/** 1-based input line of a top-level key of the front matter. */
export function lineOfKey(fm: FrontMatter, key: string): number | undefined {
  const contents = fm.doc.contents;
  if (!isMap(contents)) return undefined;
  const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === key);
  const range = isScalar(pair?.key) ? pair.key.range : undefined;
  return range ? fm.lineCounter.linePos(range[0]).line + fm.yamlFirstLine - 1 : undefined;
}

/** Lines at column 0 that cannot start a key or an item, indented under the line above. */
function reindentContinuations(yaml: string): { text: string; changed: number[] } {
  const lines = yaml.split('\n');
  const changed: number[] = [];
  let indent = 0;
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const startsEntry = /^(?:-(?:\s|$)|#|\.\.\.|---|[^\s:#][^:#]*?:(?:\s|$))/.test(line);
    if (i > 0 && /^\S/.test(line) && !startsEntry) {
      lines[i] = ' '.repeat(indent) + line;
      changed.push(i);
      return;
    }
    const lead = /^(\s*)(-\s+)?/.exec(line)!;
    indent = lead[1]!.length + (lead[2] ? lead[2].length : 2);
  });
  return { text: lines.join('\n'), changed };
}

/** Says which front matter lines were read leniently. */
export function warnRepairs(fm: FrontMatter | undefined, warnings: Warnings): void {
  if (!fm?.repairedLines.length) return;
  const lines = fm.repairedLines;
  warnings.add(
    'front_matter_repaired',
    `front matter line${lines.length > 1 ? 's' : ''} ${lines.join(', ')} continue${lines.length > 1 ? '' : 's'} the text above without being indented; read as continuation${lines.length > 1 ? 's' : ''}`,
    lines[0],
    { value: lines.join(', ') },
  );
}
