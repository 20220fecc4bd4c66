import { frenchTypographyFaults } from '@minga/schema';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';

const CATALOGS: Record<string, unknown> = { en, fr };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

// Every source file of the app, as text (tests and this folder's JSON excluded).
const SOURCES = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`. */
function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Keys without their plural suffix: `presence.title_one` → `presence.title`. */
function baseKeys(catalog: Map<string, string>): Set<string> {
  return new Set([...catalog.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1] ?? '').sort();
}

/** Keys passed literally to `t('…')`, `i18nKey="…"` or `i18nKey={'…'}` in the source. */
function keysCalledInSource(): Set<string> {
  const found = new Set<string>();
  const patterns = [/\bt\(\s*(['"`])([\w.-]+)\1/g, /i18nKey=\{?\s*(['"`])([\w.-]+)\1/g];
  for (const text of Object.values(SOURCES)) {
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[2] ?? '');
  }
  return found;
}

/** Whether a key appears as a string literal anywhere in the source (t() calls and key tables alike). */
function isReferenced(key: string): boolean {
  return Object.values(SOURCES).some((text) => text.includes(`'${key}'`) || text.includes(`"${key}"`) || text.includes(`\`${key}\``));
}

const flat = Object.fromEntries(Object.entries(CATALOGS).map(([lng, tree]) => [lng, flatten(tree)]));
const languages = Object.keys(flat);

describe('translation catalogs', () => {
  it('scans the app source', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(10);
  });

  it('every key of one catalog is in every other catalog', () => {
    const all = new Set(languages.flatMap((lng) => [...baseKeys(flat[lng]!)]));
    const missing = languages.flatMap((lng) => [...all].filter((key) => !baseKeys(flat[lng]!).has(key)).map((key) => `${lng}: ${key}`));
    expect(missing).toEqual([]);
  });

  it('every plural key has the forms its language needs', () => {
    const missing: string[] = [];
    for (const lng of languages) {
      const catalog = flat[lng]!;
      const pluralBases = new Set([...catalog.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, '')));
      const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
      for (const base of pluralBases) {
        for (const category of categories) if (!catalog.has(`${base}_${category}`)) missing.push(`${lng}: ${base}_${category}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('no translation is empty and the same {{variables}} appear in every language', () => {
    const problems: string[] = [];
    const reference = flat.en!;
    for (const lng of languages) {
      for (const [key, text] of flat[lng]!) {
        if (!text.trim()) problems.push(`${lng}: ${key} is empty`);
        const base = key.replace(PLURAL_SUFFIX, '');
        const counterpart = reference.get(key) ?? reference.get(`${base}_other`);
        if (counterpart !== undefined && variables(counterpart).join() !== variables(text).join()) {
          problems.push(`${lng}: ${key} has {{${variables(text).join()}}}, en has {{${variables(counterpart).join()}}}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // i18next gives ' no meaning (it is not ICU), so a straight one is always a typo for ’.
  it('French text uses the typographic apostrophe ’, never a straight one', () => {
    const straight = [...flat.fr!].filter(([, text]) => text.includes("'")).map(([key, text]) => `${key}: ${text}`);
    expect(straight).toEqual([]);
  });

  it('French text puts a non-breaking space before : ; ! ? and inside « »', () => {
    const problems = [...flat.fr!].flatMap(([key, text]) => frenchTypographyFaults(text).map((fault) => `${key}: …${fault}…`));
    expect(problems).toEqual([]);
  });

  it('every key the source calls exists in the catalogs', () => {
    const known = baseKeys(flat.en!);
    const unknown = [...keysCalledInSource()].filter((key) => !known.has(key.replace(PLURAL_SUFFIX, '')));
    expect(unknown).toEqual([]);
  });

  it('every key in the catalogs is used in the source', () => {
    const all = new Set(languages.flatMap((lng) => [...baseKeys(flat[lng]!)]));
    const unused = [...all].filter((key) => !isReferenced(key));
    expect(unused).toEqual([]);
  });
});
