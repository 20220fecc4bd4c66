import { fold } from './text.ts';

/**
 * A pad cut into sections at its headers. Pads write headers in many ways — `Titre : …`,
 * `# Titre`, `== Objectifs ==`, `**Contexte :**`, or a known label alone on its line
 * (`Objectifs`, `Déroulé`) — in any case, with or without accents.
 */

export type PadField =
  | 'title' | 'description' | 'nextSteps' | 'hashtags' | 'context' | 'participants' | 'objectives' | 'steps'
  | 'materials' | 'promo' | 'notes' | 'meta' | 'licence' | 'link' | 'language';

export interface PadLine { text: string; line: number }

export interface PadSection {
  /** The field its label names; undefined for an unknown section or the text before the first header. */
  field?: PadField;
  /** The label as written ('' for the text before the first header). */
  label: string;
  /** What follows "Label :" on the header line. */
  inline: string;
  /** The lines up to the next header. */
  lines: PadLine[];
  /** 1-based line of the header. */
  line: number;
  /** How the header was written. */
  style: 'preamble' | 'heading' | 'wiki' | 'bold' | 'colon' | 'bare';
}

// Folded labels (lowercase, no accents), exact or as the start of a longer label ("objectifs de l'atelier").
const LABELS: [PadField, string[], string[]][] = [
  ['title', ['titre', 'title', 'intitule', 'nom de la formation', 'nom de l\'unite'], ['titre ']],
  ['description', ['description', 'resume', 'summary', 'abstract'], ['description ', 'resume ']],
  ['nextSteps', ['etapes suivantes', 'prochaines etapes', 'suites', 'suite a donner', 'next steps', 'a faire', 'todo', 'to do', 'actions'], ['etapes suivantes ', 'prochaines etapes ', 'next steps ']],
  ['hashtags', ['hashtags', 'hashtag', 'tags', 'mots-cles', 'mots cles', 'mots-clefs', 'mots clefs', 'keywords'], []],
  ['context', ['contexte', 'context'], ['contexte ']],
  ['participants', ['participants', 'participantes', 'participant(e)s', 'participant.e.s', 'participant·e·s', 'contributeurs', 'contributrices', 'contributeurices', 'contributeurs et contributrices', 'auteurs', 'autrices', 'auteurs et autrices', 'contributors', 'authors', 'credits'], ['participants ', 'contributeurs ']],
  ['objectives', ['objectifs', 'objectif', 'objectifs pedagogiques', 'learning objectives', 'objectives', 'goals'], ['objectifs ', 'objectif ', 'learning objectives ']],
  ['steps', ['sequence', 'sequences', 'sequence pedagogique', 'deroule', 'deroulement', 'deroule pedagogique', 'programme', 'agenda', 'plan', 'timing', 'minutage', 'run-sheet', 'steps', 'schedule', 'sequence of steps'], ['sequence ', 'deroule ', 'deroulement ', 'programme ']],
  ['materials', ['contenus existants', 'contenus', 'ressources', 'ressources existantes', 'materiel', 'materiels', 'supports', 'supports existants', 'references', 'existing content', 'existing material', 'existing materials', 'materials', 'resources', 'sources'], ['contenus ', 'ressources ', 'supports ']],
  ['promo', ['texte de presentation', 'texte promotionnel', 'texte de promotion', 'description longue', 'pitch', 'promotion', 'promotional text', 'blurb'], ['texte de presentation ', 'texte promotionnel ', 'texte de promotion ']],
  ['notes', ['notes', 'note', 'remarques', 'notes d\'animation', 'notes pour l\'animation', 'notes for facilitators', 'remarks'], ['notes ']],
  ['meta', ['duree', 'duree totale', 'public', 'public cible', 'audience', 'lieu', 'date', 'dates', 'prerequis', 'format', 'duration', 'prerequisites', 'level', 'niveau'], []],
  ['licence', ['licence', 'license'], []],
  ['link', ['lien', 'lien du pad', 'pad', 'url', 'source', 'link', 'adresse du pad'], []],
  ['language', ['langue', 'language', 'lang'], []],
];

/** The field a header label names, whatever its case, accents, trailing colon or "(3 lignes)". */
export function matchLabel(label: string): PadField | undefined {
  if (label.length > 120) return undefined;
  const f = fold(label)
    .replace(/\s*[:：]\s*$/, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/^[^\p{L}]+|[^\p{L}\d)]+$/gu, '');
  if (!f) return undefined;
  for (const [field, exact, prefixes] of LABELS) {
    if (exact.includes(f) || prefixes.some((p) => f.startsWith(p))) return field;
  }
  return undefined;
}

/** A bulleted or numbered line: indentation, marker, text. */
export const BULLET = /^(\s*)([-*•·–◦▪‣]|\d{1,3}[.)])\s+(.*)$/u;

interface Header { field?: PadField; label: string; inline: string; style: PadSection['style'] }

/** Reads a line as a header, or undefined when it is content. */
export function readHeader(raw: string): Header | undefined {
  const line = raw.trim();
  // Headers are short; long lines are content (and never reach the regexps below).
  if (!line || line.length > 300 || BULLET.test(raw)) return undefined;
  const fromText = (text: string, style: Header['style']): Header => {
    const colon = /^([^:：]{1,60}?)\s*[:：]\s*(.*)$/.exec(text);
    if (colon && matchLabel(colon[1]!)) return { field: matchLabel(colon[1]!), label: colon[1]!.trim(), inline: colon[2]!.trim(), style };
    const label = text.replace(/\s*[:：]\s*$/, '').trim();
    return { field: matchLabel(label), label, inline: '', style };
  };
  const heading = /^#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
  if (heading) return fromText(heading[1]!, 'heading');
  const wiki = /^={2,}\s*(.*?)\s*={2,}$/.exec(line);
  if (wiki) return fromText(wiki[1]!, 'wiki');
  const bold = /^(\*\*|__)(.+?)\1\s*(.*)$/.exec(line);
  if (bold) {
    const label = bold[2]!.replace(/\s*[:：]\s*$/, '');
    const rest = bold[3]!.replace(/^[:：]\s*/, '');
    const field = matchLabel(label);
    if (field || !rest) return { field, label: label.trim(), inline: rest.trim(), style: 'bold' };
  }
  const colon = /^([^:：]{1,60}?)\s*[:：]\s*(.*)$/.exec(line);
  if (colon && !colon[1]!.includes('/')) {
    const [, label, rest] = colon as unknown as [string, string, string];
    const field = matchLabel(label);
    if (field) return { field, label: label.trim(), inline: rest.trim(), style: 'colon' };
    // An unknown "Label :" alone on its line opens a section too, if it looks like a label (a comma says a sentence).
    const words = label.trim().split(/\s+/).length;
    if (!rest && label.length <= 40 && words <= 6 && !label.includes(',') && /^\p{Lu}/u.test(label.trim())) return { label: label.trim(), inline: '', style: 'colon' };
    return undefined;
  }
  const field = matchLabel(line);
  if (field && line.length <= 60) return { field, label: line.replace(/\s*[:：]\s*$/, ''), inline: '', style: 'bare' };
  return undefined;
}

/** Cuts a pad into sections; the lines before the first header form a `preamble` section. */
export function splitPadSections(text: string): PadSection[] {
  const sections: PadSection[] = [{ label: '', inline: '', lines: [], line: 1, style: 'preamble' }];
  text.split('\n').forEach((raw, i) => {
    const header = readHeader(raw);
    const previous = sections[sections.length - 1]!;
    // "À la fin, vous saurez :" right under "# Objectifs" introduces its list: it is content.
    const introducesList = header && !header.field && header.style === 'colon' && previous.field && !previous.inline && previous.lines.every((l) => !l.text.trim());
    if (header && !introducesList) {
      const section: PadSection = { label: header.label, inline: header.inline, lines: [], line: i + 1, style: header.style };
      if (header.field) section.field = header.field;
      sections.push(section);
    } else previous.lines.push({ text: raw, line: i + 1 });
  });
  return sections;
}

/** The section's text: its inline value and its lines, blank lines at both ends removed. */
export function sectionLines(section: PadSection): PadLine[] {
  const all = section.inline ? [{ text: section.inline, line: section.line }, ...section.lines] : [...section.lines];
  while (all.length && !all[0]!.text.trim()) all.shift();
  while (all.length && !all[all.length - 1]!.text.trim()) all.pop();
  return all;
}

export interface PadItem { text: string; sub: string[]; line: number }

/** A line that opens with a checkbox, bulleted or not: `[x] Relire`, `- [ ] Relire`, `☑ Relire`. */
export const CHECKBOX_LINE = /^\s*(?:(?:[-*•·–◦▪‣]|\d{1,3}[.)])\s+)?(?:\[[ xX✓✔]?\]|[☐☑✅✓✔])\s*\S/u;

/**
 * The items of a list section: each bulleted or checkbox line, and each other line too (pads are
 * written line by line); indented lines under an item belong to it. When the section has bullets,
 * the lines before the first one ("À la fin, les participants sauront :") are returned apart.
 */
export function listItems(lines: readonly PadLine[]): { items: PadItem[]; before: PadLine[] } {
  const hasBullets = lines.some((l) => BULLET.test(l.text) || CHECKBOX_LINE.test(l.text));
  const items: PadItem[] = [];
  const before: PadLine[] = [];
  let baseIndent = 0;
  for (const l of lines) {
    if (!l.text.trim()) continue;
    const m = BULLET.exec(l.text) ?? (CHECKBOX_LINE.test(l.text) ? /^(\s*)()(.*)$/.exec(l.text) : null);
    const current = items[items.length - 1];
    if (m) {
      const indent = m[1]!.replace(/\t/g, '    ').length;
      if (current && indent > baseIndent + 1) current.sub.push(m[3]!.trim());
      else {
        baseIndent = indent;
        items.push({ text: m[3]!.trim(), sub: [], line: l.line });
      }
    } else if (current && /^(\s{2,}|\t)/.test(l.text)) current.sub.push(l.text.trim());
    else if (hasBullets && !current && !CHECKBOX_LINE.test(l.text)) before.push(l);
    else {
      baseIndent = 0;
      items.push({ text: l.text.trim(), sub: [], line: l.line });
    }
  }
  return { items, before };
}
