import {
  HashtagSchema, contributorKey, normaliseHashtag,
  type BlockNode, type Contributor, type Licence, type StepKind, type UnitDraftInput,
} from '@minga/schema';
import { extractDuration, guessStepKind, leadingClockTime, withoutClockTime } from './durations.ts';
import { finaliseDraft } from './finaliseDraft.ts';
import { readCheckItem, readContributorText, readHashtagsText, readMaterialText, splitNames, textBesideHashtags } from './frontMatterFields.ts';
import { readLicence } from './licenceText.ts';
import { CHECKBOX_LINE, listItems, sectionLines, splitPadSections, type PadLine, type PadSection } from './padSections.ts';
import { padTextToBlocks } from './padText.ts';
import { summarise } from './preview.ts';
import { append, cutLine, firstUrl, guessLanguage, normaliseNewlines, oneLine, trimChars } from './text.ts';
import { Warnings, type ParseResult, type PreviewEntry, type PreviewField } from './types.ts';

/**
 * Pad text with the network's header standard → a unit draft. Known sections fill their field;
 * every other section becomes a slide (its label as heading), so nothing is dropped; anything moved
 * or guessed is said in the warnings, and the preview says what went where.
 */

export interface PadOptions {
  /** The pad's address; wins over a "Lien :" line in the pad. */
  sourceUrl?: string;
}

const CONTEXT_MAX = 10000;
const DESCRIPTION_MAX = 1000;

interface Built {
  title: string;
  description: string[];
  nextSteps: { text: string; done: boolean }[];
  hashtags: string[];
  context: { label?: string; text: string; line: number }[];
  participants: string[];
  contributors: Contributor[];
  objectives: { text: string }[];
  steps: { title: string; kind: StepKind; minutes: number; notes: string }[];
  materials: { title: string; url: string; licence: string }[];
  slides: { content: { type: 'doc'; content: BlockNode[] } }[];
  licence?: Licence;
  sourceUrl?: string;
  language?: string;
}

/** Parses a pad; never throws on content (a pad is whatever people typed), only on impossible values. */
export function parsePad(text: string, options: PadOptions = {}): ParseResult {
  const source = normaliseNewlines(text);
  const warnings = new Warnings();
  const placed: { field: PreviewField; section: PadSection; summary?: string }[] = [];
  const b: Built = {
    title: '', description: [], nextSteps: [], hashtags: [], context: [], participants: [], contributors: [],
    objectives: [], steps: [], materials: [], slides: [],
  };
  const totals: PreviewEntry[] = [];
  const sections = splitPadSections(source);
  const hasTitleSection = sections.some((s) => s.field === 'title');
  const language = guessLanguage(source);

  for (const [index, section] of sections.entries()) {
    const lines = sectionLines(section);
    const from = `"${section.label}" (line ${section.line})`;
    if (section.style === 'preamble') {
      readPreamble(lines, b, hasTitleSection, warnings, placed, section);
      continue;
    }
    // "# Formation communs" heading the pad is its title when no "Titre :" says otherwise.
    if (!section.field && !hasTitleSection && !b.title && section.style === 'heading' && isFirstContent(sections, index)) {
      b.title = cutLine(section.label, 200);
      placed.push({ field: 'title', section });
      if (lines.length) addContext(b, lines, section, warnings, `the text under the title ${from} was kept in the context`);
      continue;
    }
    switch (section.field) {
      case 'title': {
        const [first, ...rest] = lines.filter((l) => l.text.trim());
        if (b.title || !first) {
          if (!first) warnings.add('title_empty', `the title ${from} is empty`, section.line);
          else addSlide(b, section, lines, warnings);
          break;
        }
        b.title = readTitle(first.text, warnings, section.line, b);
        placed.push({ field: 'title', section });
        if (rest.length) addContext(b, rest, section, warnings, `the lines after the title ${from} were kept in the context`);
        break;
      }
      case 'description':
        append(b.description, lines.map((l) => l.text.trim()).filter(Boolean));
        placed.push({ field: 'description', section });
        break;
      case 'nextSteps':
        readNextSteps(lines, b, warnings, section);
        placed.push({ field: 'nextSteps', section });
        break;
      case 'hashtags':
        readHashtags(lines, b, warnings, section);
        placed.push({ field: 'hashtags', section });
        break;
      case 'context':
        b.context.push({ text: joinLines(lines), line: section.line });
        placed.push({ field: 'context', section, summary: cutLine(oneLine(joinLines(lines)), 80) });
        break;
      case 'participants':
        readParticipants(lines, b, warnings, section.line);
        placed.push({ field: 'participants', section, summary: cutLine(oneLine(joinLines(lines)), 80) });
        placed.push({ field: 'contributors', section, summary: b.contributors.map((c) => c.name).join(', ') });
        break;
      case 'objectives': {
        const { items, before } = listItems(lines);
        if (before.length) addContext(b, before, section, warnings, `the lines before the first objective ${from} were kept in the context`);
        for (const item of items) b.objectives.push({ text: [item.text, ...item.sub].join(' ').slice(0, 1000) });
        placed.push({ field: 'objectives', section });
        break;
      }
      case 'steps': {
        const total = readSteps(lines, b, warnings, section, language);
        placed.push({ field: 'steps', section });
        if (total) totals.push({ field: 'steps', from: `"${cutLine(total.text, 60)}" (line ${total.line})`, line: total.line, summary: `the steps add up to the ${total.minutes} minutes stated` });
        break;
      }
      case 'materials': {
        const { items, before } = listItems(lines);
        if (before.length) addContext(b, before, section, warnings, `the lines before the first item of ${from} were kept in the context`);
        for (const item of items) {
          const m = readMaterialText([item.text, ...item.sub].join(' '));
          if (m.title.length > 300) warnings.add('cut', `a material's title was cut to 300 characters`, item.line, { n: 300 });
          b.materials.push({ ...m, title: cutLine(m.title, 300), licence: cutLine(m.licence, 100) });
        }
        placed.push({ field: 'materials', section });
        break;
      }
      case 'promo':
      case 'notes':
      case 'meta':
        addContext(b, lines, section, warnings, undefined, true);
        placed.push({ field: 'context', section, summary: `"${section.label}" kept in the context` });
        if (section.field === 'promo') warnings.add('promo_in_context', `the promotional text ${from} was kept in the context (a unit has no promotional field)`, section.line, { value: section.label });
        else warnings.add('moved_to_context', `section ${from} was kept in the context`, section.line, { value: section.label });
        break;
      case 'licence': {
        const value = joinLines(lines);
        const reading = readLicence(value);
        if (reading) {
          b.licence = reading.licence;
          if (reading.versionChanged) warnings.add('licence_version', `licence "${value}" was read as ${reading.licence}`, section.line, { value, to: reading.licence });
          placed.push({ field: 'licence', section });
        } else {
          warnings.add('licence_unknown', `licence "${value}" is not one a unit can carry; it was kept in the context and CC-BY-SA-4.0 was set, check it`, section.line, { value });
          addContext(b, lines, section, warnings, undefined, true);
        }
        break;
      }
      case 'link': {
        const value = joinLines(lines);
        const url = firstUrl(value);
        if (url && !b.sourceUrl) {
          b.sourceUrl = url;
          placed.push({ field: 'source', section });
        }
        if (!url || value.replace(url, '').trim()) addContext(b, lines, section, warnings, undefined, true);
        break;
      }
      case 'language': {
        const code = readLanguage(joinLines(lines));
        if (code) {
          b.language = code;
          // The words it was read from are said, so the line is accounted for (accountForLines).
          placed.push({ field: 'language', section, summary: `${code} ("${oneLine(joinLines(lines)).slice(0, 60)}")` });
        } else {
          warnings.add('language_unknown', `language "${joinLines(lines)}" ${from} was not understood`, section.line, { value: joinLines(lines).slice(0, 60) });
          addContext(b, lines, section, warnings, undefined, true);
        }
        break;
      }
      default:
        addSlide(b, section, lines, warnings);
        placed.push({ field: 'slides', section, summary: `"${section.label}" became a slide` });
    }
  }

  if (!b.title) warnings.add('title_missing', 'no title found in the pad');
  const draftInput = assemble(b, options, language, warnings);
  const draft = finaliseDraft(draftInput);
  const preview: PreviewEntry[] = [...placed.map(({ field, section, summary }) => ({
    field,
    from: section.style === 'preamble' ? 'the first lines of the pad' : `"${section.label}"`,
    line: section.line,
    summary: summary ?? summarise(field, draft) ?? '',
  })), ...totals];
  if (options.sourceUrl) preview.push({ field: 'source', from: 'the pad\'s address', summary: options.sourceUrl });
  return { draft, warnings: warnings.list, preview };
}

function isFirstContent(sections: readonly PadSection[], index: number): boolean {
  return sections.slice(0, index).every((s) => sectionLines(s).length === 0);
}

function readPreamble(lines: PadLine[], b: Built, hasTitleSection: boolean, warnings: Warnings, placed: { field: PreviewField; section: PadSection }[], section: PadSection): void {
  const content = lines.filter((l) => l.text.trim());
  if (!content.length) return;
  let rest = lines;
  if (!hasTitleSection) {
    const first = content[0]!;
    b.title = readTitle(trimChars(trimChars(first.text, '#=*', 'start'), '=*', 'end'), warnings, first.line, b);
    warnings.add('title_guessed', `no "Titre :" line: the first line was taken as the title`, first.line);
    placed.push({ field: 'title', section });
    rest = lines.slice(lines.indexOf(first) + 1);
  }
  if (rest.some((l) => l.text.trim())) {
    addContext(b, rest, section, warnings, 'the text before the first section was kept in the context');
    placed.push({ field: 'context', section });
  }
}

function readTitle(text: string, warnings: Warnings, line: number, b: Built): string {
  const title = oneLine(text);
  if (title.length <= 200) return title;
  warnings.add('title_cut', 'the title was longer than 200 characters: it was cut, and kept whole in the context', line);
  b.context.push({ label: 'Titre', text: title, line });
  return cutLine(title, 200);
}

function fitLine(text: string, max: number, warnings: Warnings, line: number, what: string): string {
  const single = oneLine(text);
  if (single.length > max) warnings.add('cut', `a ${what} was cut to ${max} characters`, line, { n: max });
  return cutLine(single, max);
}

function joinLines(lines: readonly PadLine[]): string {
  return lines.map((l) => l.text.trimEnd()).join('\n').trim();
}

function addContext(b: Built, lines: readonly PadLine[], section: PadSection, warnings: Warnings, warning?: string, labelled = false): void {
  const text = joinLines(lines);
  if (!text) return;
  b.context.push(labelled ? { label: section.label, text, line: section.line } : { text, line: section.line });
  if (warning) warnings.add('moved_to_context', warning, section.line, { value: section.label });
}

function addSlide(b: Built, section: PadSection, lines: readonly PadLine[], warnings: Warnings): void {
  const heading: BlockNode = { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: section.label }] };
  b.slides.push({ content: { type: 'doc', content: [heading, ...padTextToBlocks(lines)] } });
  warnings.add('unknown_section', `section "${section.label}" (line ${section.line}) is not part of the header standard: it became a slide`, section.line, { value: section.label });
}

/** Every line is a next step, bulleted, checked or plain; a checkbox under an item is a next step of its own. */
function readNextSteps(lines: readonly PadLine[], b: Built, warnings: Warnings, section: PadSection): void {
  const { items, before } = listItems(lines);
  // "Avant la rentrée :" introduces the list: it goes to the context, said so. Other loose lines are steps.
  const intro = before.filter((l) => /:\s*$/.test(l.text));
  if (intro.length) addContext(b, intro, section, warnings, `the lines introducing the next steps (line ${section.line}) were kept in the context`);
  const loose = before.filter((l) => !intro.includes(l));
  const all = [...loose.map((l) => ({ text: l.text.trim(), sub: [], line: l.line })), ...items];
  for (const item of all) {
    const boxes = item.sub.filter((s) => CHECKBOX_LINE.test(s));
    const rest = item.sub.filter((s) => !CHECKBOX_LINE.test(s));
    for (const [text, line] of [[[item.text, ...rest].join(' '), item.line] as const, ...boxes.map((s) => [s, item.line] as const)]) {
      const { text: itemText, done } = readCheckItem(text.replace(/^\s*(?:[-*•·–◦▪‣]|\d{1,3}[.)])\s+/u, ''));
      if (itemText) b.nextSteps.push({ text: fitLine(itemText, 500, warnings, line, 'next step'), done });
    }
  }
}

function readHashtags(lines: readonly PadLine[], b: Built, warnings: Warnings, section: PadSection): void {
  for (const l of lines) {
    for (const raw of readHashtagsText(l.text)) {
      const tag = normaliseHashtag(raw);
      if (!tag) continue;
      if (HashtagSchema.safeParse(tag).success) {
        if (!b.hashtags.includes(tag)) b.hashtags.push(tag);
      } else warnings.add('hashtag_invalid', `hashtag "${raw}" was left out (letters, digits, "-" and "_" only, 50 at most)`, l.line, { value: raw.slice(0, 60) });
    }
    // Words beside the #tags ("#communs #numérique atelier") are not tags: they go to the context, said so.
    const beside = textBesideHashtags(l.text);
    if (beside) {
      b.context.push({ label: section.label, text: beside, line: l.line });
      warnings.add('hashtag_text', `"${cutLine(beside, 60)}" beside the hashtags (line ${l.line}) has no "#": it was kept in the context`, l.line, { value: cutLine(beside, 60) });
    }
  }
}

function readParticipants(lines: readonly PadLine[], b: Built, warnings: Warnings, line: number): void {
  const text = joinLines(lines);
  b.participants.push(text);
  const known = new Set(b.contributors.map((c) => contributorKey(c.name)));
  for (const name of splitNames(text)) {
    const c = readContributorText(name);
    if (c.name.length > 100 || (c.role !== undefined && c.role.length > 100)) {
      warnings.add('participant_skipped', `"${cutLine(name, 40)}" is too long for a contributor's name; it stays in the participants`, line, { value: cutLine(name, 40) });
      continue;
    }
    const key = contributorKey(c.name);
    if (!key || known.has(key)) continue;
    known.add(key);
    b.contributors.push(c.role ? { name: c.name, role: c.role } : { name: c.name });
  }
}

/** Reads the steps; returns the stated total when the steps add up to it (a mismatch is a warning). */
function readSteps(lines: readonly PadLine[], b: Built, warnings: Warnings, section: PadSection, language: string): { text: string; line: number; minutes: number } | undefined {
  const { items, before } = listItems(lines);
  if (before.length) addContext(b, before, section, warnings, `the lines before the first step of "${section.label}" were kept in the context`);
  const clocks = items.map((item) => leadingClockTime(item.text));
  let stated: { text: string; line: number; minutes: number } | undefined;
  items.forEach((item, i) => {
    const total = /^(?:total|dur[ée]e totale)\b/i.test(item.text) ? extractDuration(item.text).minutes : undefined;
    if (total !== undefined) {
      stated = { text: item.text, line: item.line, minutes: total };
      return;
    }
    const clock = clocks[i];
    const line = clock === undefined ? item.text : withoutClockTime(item.text);
    const { title, minutes: written } = extractDuration(line);
    let minutes = written;
    if (minutes === undefined && clock !== undefined) {
      const next = clocks.slice(i + 1).find((c) => c !== undefined);
      if (next !== undefined && next > clock) minutes = next - clock;
    }
    if (minutes === undefined) {
      warnings.add('duration_missing', `no duration found for step "${cutLine(title, 60)}"; it counts 0 minutes`, item.line, { value: cutLine(title, 60) });
      minutes = 0;
    }
    if (minutes > 600) {
      warnings.add('duration_cut', `step "${cutLine(title, 60)}" lasted ${minutes} minutes; a step lasts 600 at most`, item.line, { value: cutLine(title, 60), n: minutes });
      minutes = 600;
    }
    const fullTitle = oneLine(title) || (language === 'fr' ? 'Étape' : 'Step');
    const notes = [...(fullTitle.length > 200 ? [fullTitle] : []), ...item.sub].join('\n');
    b.steps.push({ title: cutLine(fullTitle, 200), kind: guessStepKind(fullTitle), minutes, notes: notes.slice(0, 10000) });
  });
  if (!stated) return undefined;
  const sum = b.steps.reduce((s, x) => s + x.minutes, 0);
  if (stated.minutes === sum) return { text: stated.text, line: stated.line, minutes: sum };
  warnings.add('total_differs', `the pad states a total of ${stated.minutes} minutes ("${cutLine(stated.text, 60)}"); its steps add up to ${sum}`, stated.line, { n: stated.minutes, m: sum });
  return undefined;
}

function readLanguage(text: string): string | undefined {
  const f = oneLine(text).toLowerCase();
  if (/^(fr|fra|français|francais|french)$/.test(f)) return 'fr';
  if (/^(en|eng|anglais|english)$/.test(f)) return 'en';
  if (/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i.test(f)) return f;
  return undefined;
}

function assemble(b: Built, options: PadOptions, language: string, warnings: Warnings): UnitDraftInput {
  let description = b.description;
  if (description.length > 3) {
    warnings.add('description_lines', `the description had ${description.length} lines; lines 3 and after were joined into the third`, undefined, { n: description.length });
    description = [...description.slice(0, 2), description.slice(2).join(' ')];
  }
  let descriptionText = description.join('\n');
  if (descriptionText.length > DESCRIPTION_MAX) {
    warnings.add('description_cut', `the description was longer than ${DESCRIPTION_MAX} characters: it was cut, and kept whole in the context`, undefined, { n: DESCRIPTION_MAX });
    b.context.unshift({ label: 'Description', text: descriptionText, line: 0 });
    descriptionText = cutLine(descriptionText.replace(/\n/g, ' '), DESCRIPTION_MAX);
  }
  const context = fitContext(b, language, warnings);
  const participants = b.participants.join('\n');
  const input: UnitDraftInput = {
    title: b.title,
    description: descriptionText,
    nextSteps: b.nextSteps,
    hashtags: b.hashtags,
    context,
    participants: participants.length > 10000 ? cutLine(participants, 10000) : participants,
    objectives: b.objectives,
    steps: b.steps,
    slides: b.slides,
    materials: b.materials,
    language: b.language ?? language,
    contributors: b.contributors,
  };
  if (participants.length > 10000) warnings.add('cut', 'the participants were cut to 10000 characters', undefined, { n: 10000 });
  if (b.licence) input.licence = b.licence;
  const url = options.sourceUrl ?? b.sourceUrl;
  if (url) input.source = { url };
  return input;
}

/** The context parts joined; paragraphs that would make it longer than the field allows go to one slide. */
function fitContext(b: Built, language: string, warnings: Warnings): string {
  const kept: string[] = [];
  const overflow: PadLine[] = [];
  let length = 0;
  let firstOverflowLine: number | undefined;
  for (const part of b.context) {
    const paragraphs = part.text.split(/\n\s*\n/);
    if (part.label) paragraphs[0] = `${part.label} :\n${paragraphs[0]}`;
    for (const paragraph of paragraphs) {
      if (!overflow.length && length + paragraph.length + 2 <= CONTEXT_MAX) {
        kept.push(paragraph);
        length += paragraph.length + 2;
      } else {
        firstOverflowLine ??= part.line || undefined;
        append(overflow, paragraph.split('\n').map((text) => ({ text, line: part.line })));
        overflow.push({ text: '', line: part.line });
      }
    }
  }
  if (overflow.length) {
    const label = language === 'fr' ? 'Contexte (suite)' : 'Context (continued)';
    b.slides.push({ content: { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: label }] }, ...padTextToBlocks(overflow)] } });
    warnings.add('context_overflow', `the context was longer than ${CONTEXT_MAX} characters: the rest became a slide "${label}"`, firstOverflowLine, { n: CONTEXT_MAX, value: label });
  }
  return kept.join('\n\n');
}
