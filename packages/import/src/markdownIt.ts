import MarkdownIt from 'markdown-it';

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
  return md;
}

export const markdownIt = createMarkdownIt();
