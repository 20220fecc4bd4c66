import { matchLabel } from './padSections.ts';
import type { ImportFormat } from './types.ts';

const CARPENTRIES_DIV = /^[ \t]*:{3,}\s*\{?\s*\.?(objectives|questions|keypoints|challenge|solution|instructor|callout|testimonial|checklist|prereq|discussion)\b/m;
const KRAMDOWN_CLASS = /^[ \t]*\{:[ \t]*\.(challenge|callout|solution|objectives|keypoints|discussion|testimonial|checklist|prereq)[ \t]*\}[ \t]*$/m;
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Which importer a text is for: Minga JSON (`{` or a .json name), a Carpentries episode (front
 * matter with `teaching`/`exercises`, or their fenced divs), Markdown (front matter, or a .md name
 * or Markdown syntax), else a pad (plain text with the header standard; the tolerant default).
 */
export function detectFormat(text: string, filename?: string): ImportFormat {
  const name = filename?.toLowerCase() ?? '';
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (name.endsWith('.json') || head.startsWith('{') || (head.startsWith('[') && isJson(head))) return 'minga-json';
  // The signs are looked for in the first 64 KiB: enough for any header, and regexps stay cheap.
  const sample = text.slice(0, 65536);
  const fm = FRONT_MATTER.exec(sample);
  const carpentriesBody = CARPENTRIES_DIV.test(sample) || KRAMDOWN_CLASS.test(sample);
  if (fm) return /^(teaching|exercises)[ \t]*:/m.test(fm[1]!) || carpentriesBody ? 'carpentries' : 'markdown';
  if (carpentriesBody) return 'carpentries';
  if (padHeaderCount(sample) >= 2) return 'pad';
  if (/\.(md|markdown|mdown|mkd)$/.test(name)) return 'markdown';
  if (/\.(txt|text|pad|etherpad)$/.test(name)) return 'pad';
  return looksLikeMarkdown(sample) ? 'markdown' : 'pad';
}

/** How many lines of the header standard ("Titre :", "# Objectifs"…) a text has. */
function padHeaderCount(text: string): number {
  const fields = new Set<string>();
  for (const line of text.split(/\r?\n/).slice(0, 400)) {
    const m = line.length <= 300 ? /^\s*(?:#{1,6}\s*|={2,}\s*|\*\*)?([^:：=*#]{2,40}?)\s*(?:\*\*)?\s*(?:[:：]|={2,}\s*$|$)/.exec(line) : null;
    const field = m ? matchLabel(m[1]!) : undefined;
    if (field && ['title', 'description', 'nextSteps', 'hashtags', 'context', 'participants', 'objectives', 'steps'].includes(field)) fields.add(field);
  }
  return fields.size;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function looksLikeMarkdown(text: string): boolean {
  const signs = [/^#{1,6}[ \t]/m, /^```/m, /\[[^\][\n]{1,200}\]\([^()\s]{1,500}\)/, /^[ \t]*[-*][ \t][^\n]*\n[ \t]*[-*][ \t]/m, /\*\*[^*\n]{1,200}\*\*/, /^>[ \t]/m];
  return signs.filter((re) => re.test(text)).length >= 2;
}
