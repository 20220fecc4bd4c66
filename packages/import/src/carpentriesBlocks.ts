import { closesFence, fenceOpening } from './codeFences.ts';
import { append } from './text.ts';
import type { Warnings } from './types.ts';

/**
 * The structure of a Carpentries episode before it becomes rich text: its fenced divs
 * (`::::: challenge` … `:::::`, Workbench) as a tree, with the older "styles" format brought to the
 * same shape first (`> ## Title` blockquotes followed by `{: .challenge}` become divs).
 */

export interface Line { text: string; line: number }
export type EpisodeNode =
  | { type: 'text'; lines: Line[] }
  | { type: 'div'; name: string; children: EpisodeNode[]; line: number };

// Applied to short lines only (see `short`): these regexps are not linear on long ones.
const IAL = /^\s*\{:\s*\.([\w-]+)[^}]*\}\s*$/;
const LIQUID = /^\s*\{%.*%\}\s*$/;
const DIV_OPEN = /^\s*(:{3,})\s*\{?\s*\.?([A-Za-z][\w-]*)[^:{}]*\}?\s*$/;
const DIV_CLOSE = /^\s*:{3,}\s*$/;
const short = (text: string) => text.length <= 200;


/**
 * The styles format as Workbench divs: kramdown blockquotes tagged `{: .name}` become `::: name`
 * divs, `{: .language-bash}` after a code block becomes its language, Liquid tags are left out.
 */
export function stylesToDivs(lines: readonly Line[], warnings: Warnings): Line[] {
  const out: Line[] = [];
  let fence: string | undefined;
  let lastFenceOpen = -1;
  let lastFenceClose = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (fence) {
      out.push(l);
      if (closesFence(fence, l.text)) {
        fence = undefined;
        lastFenceClose = out.length - 1;
      }
      continue;
    }
    const f = fenceOpening(l.text, true);
    if (f) {
      fence = f;
      lastFenceOpen = out.length;
      out.push(l);
      continue;
    }
    if (/^\s*>/.test(l.text)) {
      let j = i;
      while (j < lines.length && /^\s*>/.test(lines[j]!.text)) j++;
      const tag = j < lines.length && short(lines[j]!.text) ? IAL.exec(lines[j]!.text) : null;
      if (tag) {
        const inner = lines.slice(i, j).map((x) => ({ text: x.text.replace(/^\s*> ?/, ''), line: x.line }));
        out.push({ text: `::: ${tag[1]}`, line: l.line });
        append(out, stylesToDivs(inner, warnings));
        out.push({ text: ':::', line: lines[j]!.line });
        i = j;
      } else {
        append(out, lines.slice(i, j));
        i = j - 1;
      }
      continue;
    }
    const tag = short(l.text) ? IAL.exec(l.text) : null;
    if (tag) {
      // `{: .language-bash}` or `{: .output}` right under a code block names its language.
      if (lastFenceClose === out.length - 1 && lastFenceOpen >= 0) {
        const open = out[lastFenceOpen]!;
        if (/^\s*(`{3,}|~{3,})\s*$/.test(open.text)) out[lastFenceOpen] = { text: `${open.text.trimEnd()}${tag[1]!.replace(/^language-/, '')}`, line: open.line };
      }
      continue;
    }
    if (short(l.text) && LIQUID.test(l.text)) {
      warnings.add('liquid_dropped', `the template tag "${l.text.trim().slice(0, 60)}" was left out`, l.line, { value: l.text.trim().slice(0, 60) });
      continue;
    }
    out.push(l);
  }
  return out;
}

/** Pandoc attributes that markdown-it does not read: `![](x.svg){alt='…'}` gets its alt, `## Title {#id}` loses the braces. */
export function cleanAttributes(lines: readonly Line[]): Line[] {
  let fence: string | undefined;
  return lines.map((l) => {
    if (fence) {
      if (closesFence(fence, l.text)) fence = undefined;
      return l;
    }
    const f = fenceOpening(l.text, true);
    if (f) {
      fence = f;
      return l;
    }
    const text = l.text
      .replace(/!\[([^\]]*)\]\(([^)\s]*)\)\{([^{}]*)\}/g, (_, alt: string, src: string, attrs: string) => {
        const m = /alt\s*=\s*(['"])((?:\\.|(?!\1).)*)\1/.exec(attrs);
        const text = alt || (m ? m[2]!.replace(/\\(.)/g, '$1') : '');
        return `![${text.replace(/[[\]\\]/g, '\\$&')}](${src})`;
      })
      .replace(/\)\{[.#:][^{}]*\}/g, ')');
    const heading = text.startsWith('#') && text.trimEnd().endsWith('}') ? /^(#{1,6}\s[^{}]{0,300}?)\s*\{[#.][^{}]*\}\s*$/.exec(text) : null;
    if (heading) return { text: heading[1]!, line: l.line };
    return text === l.text ? l : { text, line: l.line };
  });
}

/** The lines as a tree of fenced divs; an unclosed div is closed at the end, with a warning. */
export function parseDivs(lines: readonly Line[], warnings: Warnings): EpisodeNode[] {
  const root: EpisodeNode[] = [];
  const stack: { name: string; children: EpisodeNode[]; line: number }[] = [];
  let text: Line[] = [];
  let fence: string | undefined;
  const target = () => stack[stack.length - 1]?.children ?? root;
  const flush = () => {
    if (text.length) target().push({ type: 'text', lines: text });
    text = [];
  };
  for (const l of lines) {
    if (fence) {
      text.push(l);
      if (closesFence(fence, l.text)) fence = undefined;
      continue;
    }
    const f = fenceOpening(l.text, true);
    if (f) {
      fence = f;
      text.push(l);
      continue;
    }
    const open = short(l.text) ? DIV_OPEN.exec(l.text) : null;
    if (open) {
      flush();
      stack.push({ name: open[2]!.toLowerCase(), children: [], line: l.line });
    } else if (short(l.text) && DIV_CLOSE.test(l.text)) {
      flush();
      const div = stack.pop();
      if (div) target().push({ type: 'div', ...div });
      else warnings.add('div_unopened', 'a closing ":::" line has no opening line; it was left out', l.line);
    } else text.push(l);
  }
  flush();
  while (stack.length) {
    const div = stack.pop()!;
    warnings.add('div_unclosed', `the "${div.name}" block opened on line ${div.line} is never closed; it was closed at the end`, div.line, { value: div.name });
    target().push({ type: 'div', ...div });
  }
  return root;
}
