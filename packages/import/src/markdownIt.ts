import MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/**
 * The one markdown-it configuration the importers read Markdown with: CommonMark plus GFM tables
 * and strikethrough; raw HTML is tokenised (so it can be reduced to text, never rendered); no
 * typographic replacements (text must come back as it was written).
 */
export function createMarkdownIt(): MarkdownIt {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  // Keep link targets as written: the schema checks them, and percent-encoding them would break
  // the Markdown round trip of a link such as https://fr.wikipedia.org/wiki/Économie.
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  guardInlineHtml(md);
  return md;
}

type InlineRule = (state: StateInline, silent: boolean) => boolean;

/**
 * markdown-it's inline HTML rule scans to the end of the text for each `<!--` or `<?` that is never
 * closed, so a pasted run of them takes quadratic time (minutes for a megabyte). Refuse quickly a
 * construct whose closing sequence appears nowhere after it.
 */
function guardInlineHtml(md: MarkdownIt): void {
  const rules = md.inline.ruler.getRules('') as InlineRule[];
  const names = (md.inline.ruler as unknown as { __rules__: { name: string }[] }).__rules__.map((r) => r.name);
  const original = rules[names.indexOf('html_inline')];
  if (!original) return;
  const lastClosings = new WeakMap<StateInline, Record<string, number>>();
  const closingOf = (src: string, pos: number): string | undefined => {
    if (src.startsWith('<!--', pos)) return '-->';
    if (src.startsWith('<![CDATA[', pos)) return ']]>';
    if (src.startsWith('<?', pos)) return '?>';
    if (src.startsWith('<!', pos)) return '>';
    return undefined;
  };
  md.inline.ruler.at('html_inline', (state: StateInline, silent: boolean) => {
    const closing = closingOf(state.src, state.pos);
    if (closing) {
      let last = lastClosings.get(state);
      if (!last) lastClosings.set(state, (last = {}));
      last[closing] ??= state.src.lastIndexOf(closing);
      if (last[closing]! <= state.pos) return false;
    }
    return original(state, silent);
  });
}

export const markdownIt = createMarkdownIt();
