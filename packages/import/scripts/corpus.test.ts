import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/importText.ts';
import { checkFile, unaccountedLines } from './corpusChecks.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./corpus.ts', import.meta.url));
const corpus = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { encoding: 'utf8' });

describe('npm run test:corpus -- <dir>', () => {
  it('checks every pad and Markdown file under the directory, one line each, and ends with the count', () => {
    const run = corpus(FIXTURES);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('PASS '))).toHaveLength(9);
    expect(lines).toContainEqual(expect.stringMatching(/^PASS pads\/cafe-reparation-1h\.fr\.txt: pad, "Atelier « Réparer ensemble/));
    expect(lines.at(-1)).toBe('9 passed, 0 failed');
    expect(run.stdout).not.toContain('README');
  });

  it('fails with a clear sentence when the directory is missing, empty or not given', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'minga-corpus-'));
    for (const [args, sentence] of [[[path.join(empty, 'nope')], /does not exist/], [[empty], /holds no pad \(\.txt\) or Markdown \(\.md\) file/], [[], /usage: npm run test:corpus -- <dir>/]] as const) {
      const run = corpus(...args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(sentence);
    }
  });
});

describe('the checks on one real file', () => {
  it('pass on a pad that imports whole, and refuse a binary file with the importer\'s reason', () => {
    expect(checkFile(readFileSync(path.join(FIXTURES, 'pads/grainotheque-45min.fr.txt')), 'grainotheque-45min.fr.txt')).toMatchObject({ status: 'passed', problems: [] });
    const binary = checkFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'photo.md');
    expect(binary.status).toBe('refused');
    expect(binary.summary).toMatch(/^refused \(binary\): this is not text/);
  });

  it('fail a file with a line that lands nowhere, naming the line and the words missing', () => {
    const text = 'Titre : Atelier\nObjectifs :\n- comprendre les communs\n- cartographier un quartier\n';
    const result = importText(text);
    if (!result.ok) throw new Error(result.error.message);
    const dropped = { ...result, draft: { ...result.draft, objectives: result.draft.objectives.slice(0, 1) } };
    expect(unaccountedLines(text, dropped)).toEqual(['line 4 is accounted for nowhere (missing: cartographier, un, quartier): - cartographier un quartier']);
    expect(unaccountedLines(text, result)).toEqual([]);
  });

  it('account for every line of a pad whose unknown section keeps hashtags and a "label : value" line on one slide', () => {
    const pad = 'Titre : Balade des communs\n\nÀ emporter :\ncarte du quartier\n#communs #balade départ\nRendez-vous : place du marché\n';
    expect(checkFile(new TextEncoder().encode(pad), 'balade.fr.txt')).toMatchObject({ status: 'passed', problems: [] });
  });

  it('fail a file the importer refuses for its content, saying why', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'minga-corpus-'));
    writeFileSync(path.join(dir, 'broken.md'), '---\ntitle: [unclosed\n---\nbody');
    const outcome = checkFile(readFileSync(path.join(dir, 'broken.md')), 'broken.md');
    expect(outcome.status).toBe('failed');
    expect(outcome.problems[0]).toMatch(/^the import failed: invalid_front_matter: .*line/);
  });
});
