import { STEP_KINDS, type StepKind } from '@minga/schema';
import { extractDuration, guessStepKind, parseDuration } from './durations.ts';
import { extractLicenceMention } from './licenceText.ts';
import { firstUrl, oneLine, trimChars } from './text.ts';
import type { Warnings } from './types.ts';

/**
 * Readers for front matter values written by hand: each accepts the exact JSON form that
 * unitToMarkdown writes and the shorter forms people type (a string for an objective, "Accueil
 * (10 min)" for a step, "[x] done" for a next step). Values of a shape they do not know are passed
 * on unchanged, so the schema can say what is wrong and where.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list, or one value taken as a list of one. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function readObjective(value: unknown): unknown {
  return typeof value === 'string' ? { text: value } : value;
}

export function readStep(value: unknown, warnings: Warnings, line?: number): unknown {
  if (typeof value === 'string') {
    const { minutes, title } = extractDuration(oneLine(value));
    if (minutes === undefined) warnings.add('duration_missing', `no duration found in step "${title}"; it counts 0 minutes`, line, { value: title });
    return { title, kind: guessStepKind(title), minutes: minutes ?? 0 };
  }
  if (!isObj(value)) return value;
  const { duration, kind, minutes, ...rest } = value;
  const step: Obj = { ...rest };
  const time = minutes ?? duration;
  step.minutes = typeof time === 'string' ? parseDuration(time) ?? time : time;
  if (kind === undefined) step.kind = guessStepKind(String(step.title ?? ''));
  else if (typeof kind === 'string' && !(STEP_KINDS as readonly string[]).includes(kind)) {
    const guessed: StepKind = guessStepKind(kind);
    warnings.add('step_kind', `step kind "${kind}" was read as "${guessed}"`, line, { value: kind, to: guessed });
    step.kind = guessed;
  } else step.kind = kind;
  return step;
}

const CHECKBOX = /^\s*(?:\[([ xX✓✔]?)\]|([☐☑✅✓✔]))\s*/u;

/** "[x] text" → done; "[ ] text" or "text" → to do. */
export function readCheckItem(text: string): { text: string; done: boolean } {
  const m = CHECKBOX.exec(text);
  if (!m) return { text: text.trim(), done: false };
  const mark = m[1] ?? m[2] ?? '';
  return { text: text.slice(m[0].length).trim(), done: mark !== '' && mark !== ' ' && mark !== '☐' };
}

export function readNextStep(value: unknown): unknown {
  return typeof value === 'string' ? readCheckItem(oneLine(value)) : value;
}

/** "Title https://url (CC BY-SA)" → { title, url, licence }. */
export function readMaterialText(text: string): { title: string; url: string; licence: string } {
  let rest = oneLine(text);
  const url = firstUrl(rest) ?? '';
  if (url) rest = rest.replace(url, ' ').replace(/[(<[]\s*[)>\]]/g, ' ');
  const mention = extractLicenceMention(rest);
  const licence = mention?.licence ?? '';
  if (mention) rest = mention.rest;
  const title = trimChars(trimChars(rest.replace(/\s{2,}/g, ' '), ':–—-', 'start'), ':–—,;-', 'end') || url;
  return { title, url, licence };
}

export function readMaterial(value: unknown): unknown {
  if (typeof value === 'string') return readMaterialText(value);
  if (!isObj(value)) return value;
  const { license, ...rest } = value;
  return license !== undefined && rest.licence === undefined ? { ...rest, licence: license } : value;
}

/** "Amel (animation)" → { name: "Amel", role: "animation" }. */
export function readContributorText(text: string): { name: string; role?: string } {
  const name = text.trim();
  const m = name.endsWith(')') && name.length <= 300 ? /^(.*?)\s*\(([^()]+)\)$/.exec(name) : null;
  return m && m[1] ? { name: m[1], role: m[2]!.trim() } : { name };
}

/** Names separated by commas, semicolons, "et", "and" or line breaks. */
export function splitNames(text: string): string[] {
  return text
    .replace(/[ \t]+/g, ' ')
    .split(/[,;\n]| (?:et|and|&) /)
    .map((s) => trimChars(s, '-*•·', 'start'))
    .filter(Boolean);
}

export function readContributors(value: unknown): unknown[] {
  if (typeof value === 'string') return splitNames(value).map(readContributorText);
  return asList(value).map((v) => (typeof v === 'string' ? readContributorText(v) : v));
}

/** Hashtags from "#communs #décideurs", "communs, décideurs" or a list. */
export function readHashtagsText(text: string): string[] {
  if (text.includes('#')) return [...text.matchAll(/#([\p{L}\p{M}\p{N}_-]+)/gu)].map((m) => m[1]!);
  return text.split(/[,;\n]+/).map((s) => s.replace(/^\s*[-*•·]\s*/, '').trim()).filter(Boolean);
}

/** The words written beside "#" tags ("#communs #numérique atelier" → "atelier"): no tags, but not to be lost. */
export function textBesideHashtags(text: string): string {
  if (!text.includes('#')) return '';
  return trimChars(text.replace(/#[\p{L}\p{M}\p{N}_-]+/gu, ' ').replace(/\s+/g, ' '), ',;-*•·');
}

export function readHashtags(value: unknown): unknown {
  if (typeof value === 'string') return readHashtagsText(value);
  return asList(value).map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : v));
}

export function readSource(value: unknown): unknown {
  return typeof value === 'string' ? { url: value.trim() } : value;
}
