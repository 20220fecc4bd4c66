import {
  ItemIdSchema, LICENCES, UnitMigrationError, emptyRichText, migrateUnit,
  type Licence, type RichTextDoc, type UnitDraftInput,
} from '@minga/schema';
import { finaliseDraft } from './finaliseDraft.ts';
import { lineOf, lineOfKey as lineOfTopKey, readFrontMatter, warnRepairs, type FrontMatter } from './frontMatter.ts';
import {
  asList, readContributors, readHashtags, readMaterial, readNextStep, readObjective, readSource, readStep, textBesideHashtags,
} from './frontMatterFields.ts';
import { readLicence } from './licenceText.ts';
import { markdownToRichText, plainText } from './markdownToRichText.ts';
import { splitSlides } from './slidesMarkdown.ts';
import { guessLanguage, normaliseNewlines } from './text.ts';
import { summarise } from './preview.ts';
import { ImportError, Warnings, type ParseResult, type PreviewEntry, type PreviewField } from './types.ts';

/**
 * Markdown with YAML front matter → a unit draft. The front matter holds the unit's fields (the
 * names of the JSON form, plus a few aliases people use: `tags`, `lang`, `license`, `authors`…);
 * the body holds the slides (slidesMarkdown.ts). Front matter keys that are not unit fields are
 * kept in the context, with a warning.
 */

export interface MarkdownOptions {
  /** Where the file came from; kept as the unit's source URL unless the front matter has one. */
  sourceUrl?: string;
}

type FieldKey = Exclude<keyof UnitDraftInput, 'slides'>;

/** Front matter keys, by the unit field they fill: the field's own name first. */
const KEYS: Record<FieldKey, readonly string[]> = {
  schemaVersion: ['schemaVersion'],
  id: ['id'],
  title: ['title'],
  description: ['description', 'summary'],
  hashtags: ['hashtags', 'tags', 'keywords'],
  objectives: ['objectives'],
  steps: ['steps'],
  nextSteps: ['nextSteps', 'next_steps', 'next-steps'],
  context: ['context'],
  participants: ['participants'],
  materials: ['materials', 'resources'],
  language: ['language', 'lang'],
  licence: ['licence', 'license'],
  contributors: ['contributors', 'authors', 'author'],
  source: ['source', 'source_url', 'url'],
  createdAt: ['createdAt', 'created'],
  updatedAt: ['updatedAt', 'updated'],
};

/** Parses Markdown with front matter; throws ImportError on broken front matter or invalid values. */
export function parseMarkdown(text: string, options: MarkdownOptions = {}): ParseResult {
  const source = normaliseNewlines(text);
  const warnings = new Warnings();
  const preview: PreviewEntry[] = [];
  const fm = readFrontMatter(source);
  warnRepairs(fm, warnings);
  const data = fm?.data ?? {};

  const used = new Map<FieldKey, string>();
  const raw = new Map<FieldKey, unknown>();
  for (const field of Object.keys(KEYS) as FieldKey[]) {
    const key = KEYS[field].find((k) => Object.hasOwn(data, k));
    if (key !== undefined) {
      used.set(field, key);
      raw.set(field, data[key]);
    }
  }
  const lineOfKey = (field: FieldKey, rest: (string | number)[] = []) => {
    const key = used.get(field);
    return fm && key !== undefined ? lineOf(fm, [key, ...rest]) : undefined;
  };

  const input: Record<string, unknown> = {};
  for (const [field, value] of raw) input[field] = readField(field, value, warnings, (i) => lineOfKey(field, i === undefined ? [] : [i]));

  const tagText = raw.get('hashtags');
  const beside = typeof tagText === 'string' ? textBesideHashtags(tagText) : '';
  if (beside) {
    input.context = [typeof input.context === 'string' ? input.context : '', `${used.get('hashtags')!}: ${beside}`].filter(Boolean).join('\n');
    warnings.add('hashtag_text', `"${beside.slice(0, 60)}" beside the hashtags has no "#": it was kept in the context`, lineOfKey('hashtags'), { value: beside.slice(0, 60) });
  }

  const extra = Object.keys(data).filter((k) => ![...used.values()].includes(k));
  if (extra.length) {
    const lines = extra.map((k) => `${k}: ${typeof data[k] === 'string' ? data[k] : JSON.stringify(data[k])}`);
    input.context = [typeof input.context === 'string' ? input.context : '', ...lines].filter(Boolean).join('\n');
    warnings.add('unknown_key', `front matter keys that are not unit fields were kept in the context: ${extra.join(', ')}`, fm ? lineOfTopKey(fm, extra[0]!) : undefined, { value: extra.join(', ') });
  }

  if (input.licence !== undefined) input.licence = readLicenceValue(input.licence, warnings, lineOfKey('licence'));
  if (input.source === undefined && options.sourceUrl) input.source = { url: options.sourceUrl };

  const body = fm?.body ?? source;
  const bodyFirstLine = fm?.bodyFirstLine ?? 1;
  const slides = readSlides(body, bodyFirstLine, warnings);
  input.slides = slides;

  if (input.title === undefined) {
    const heading = firstHeading(slides);
    if (heading) {
      input.title = heading;
      preview.push({ field: 'title', from: 'the first heading of the body', summary: heading });
    }
  }
  if (input.language === undefined) {
    const guessed = guessLanguage(`${String(input.title ?? '')}\n${String(input.description ?? '')}\n${body}`);
    input.language = guessed;
    warnings.add('language_guessed', `no language in the front matter; the text reads as "${guessed}"`, undefined, { value: guessed });
  }

  let unitInput = input as UnitDraftInput;
  if (input.schemaVersion !== undefined) {
    try {
      unitInput = migrateUnit(input) as UnitDraftInput;
    } catch (e) {
      if (!(e instanceof UnitMigrationError)) throw e;
      const line = lineOfKey('schemaVersion');
      throw new ImportError('invalid_front_matter', `schemaVersion: ${e.message}${line ? ` (line ${line})` : ''}`, line ? { line } : {});
    }
  }

  const draft = finaliseDraft(unitInput, (path) => {
    const [field, ...rest] = path;
    return typeof field === 'string' && used.has(field as FieldKey) ? lineOfKey(field as FieldKey, rest.filter((p) => typeof p !== 'symbol') as (string | number)[]) : undefined;
  });

  for (const field of raw.keys()) addPreview(preview, field, used.get(field)!, fm, draft);
  preview.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (draft.slides.length) {
    preview.push({ field: 'slides', from: 'the Markdown body', line: bodyFirstLine, summary: `${draft.slides.length} slide${draft.slides.length > 1 ? 's' : ''}` });
  }
  return { draft, warnings: warnings.list, preview };
}

function readField(field: FieldKey, value: unknown, warnings: Warnings, line: (index?: number) => number | undefined): unknown {
  switch (field) {
    case 'objectives': return asList(value).map(readObjective);
    case 'steps': return asList(value).map((v, i) => readStep(v, warnings, line(i)));
    case 'nextSteps': return asList(value).map(readNextStep);
    case 'materials': return asList(value).map(readMaterial);
    case 'contributors': return readContributors(value);
    case 'hashtags': return readHashtags(value);
    case 'source': return readSource(value);
    case 'language': return typeof value === 'string' && value.length <= 40 ? value.trim().toLowerCase().replace('_', '-').replace(/-([a-z0-9]+)$/i, (_, r: string) => `-${r.length === 2 ? r.toUpperCase() : r}`) : value;
    case 'title':
    case 'id':
      return typeof value === 'number' ? String(value) : value;
    default: return value === null ? undefined : value;
  }
}

function readLicenceValue(value: unknown, warnings: Warnings, line?: number): unknown {
  if (typeof value !== 'string' || (LICENCES as readonly string[]).includes(value)) return value;
  const reading = readLicence(value);
  if (!reading) {
    warnings.add('licence_unknown', `licence "${value}" is not one a unit can carry (Creative Commons 4.0 or CC0); CC-BY-SA-4.0 was set, check it`, line, { value });
    return undefined;
  }
  if (reading.versionChanged) warnings.add('licence_version', `licence "${value}" was read as ${reading.licence}`, line, { value, to: reading.licence });
  return reading.licence satisfies Licence;
}

function readSlides(body: string, firstLine: number, warnings: Warnings) {
  const slides = [];
  for (const chunk of splitSlides(body, firstLine)) {
    const slide: { id?: string; content: RichTextDoc; notes: RichTextDoc; hidden: boolean; stepId?: string } = {
      content: markdownToRichText(chunk.content, { warnings, firstLine: chunk.line }),
      notes: chunk.notes === undefined ? emptyRichText() : markdownToRichText(chunk.notes, { warnings }),
      hidden: chunk.hidden,
    };
    if (chunk.id !== undefined) {
      if (ItemIdSchema.safeParse(chunk.id).success) slide.id = chunk.id;
      else warnings.add('slide_id', `slide id "${chunk.id.slice(0, 40)}" is not a valid id; the slide got a new one`, chunk.line, { value: chunk.id.slice(0, 40) });
    }
    if (chunk.stepId !== undefined) {
      if (ItemIdSchema.safeParse(chunk.stepId).success) slide.stepId = chunk.stepId;
      else warnings.add('slide_step', `slide step "${chunk.stepId.slice(0, 40)}" is not a valid id; the slide is linked to no step`, chunk.line, { value: chunk.stepId.slice(0, 40) });
    }
    slides.push(slide);
  }
  return slides;
}

function firstHeading(slides: { content: RichTextDoc }[]): string | undefined {
  for (const slide of slides) {
    for (const node of slide.content.content) {
      if (node.type === 'heading' && node.attrs.level === 1) {
        const text = plainText(node).replace(/\s+/g, ' ').trim();
        if (text) return text.slice(0, 200);
      }
    }
  }
  return undefined;
}

function addPreview(preview: PreviewEntry[], field: FieldKey, key: string, fm: FrontMatter | undefined, draft: ParseResult['draft']): void {
  if (field === 'schemaVersion' || field === 'createdAt' || field === 'updatedAt') return;
  const line = fm ? lineOfTopKey(fm, key) : undefined;
  const from = `front matter "${key}"`;
  const summary = summarise(field, draft);
  if (summary) preview.push({ field: field as PreviewField, from, ...(line ? { line } : {}), summary });
}
