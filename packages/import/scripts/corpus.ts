// `npm run test:corpus -- <dir>`: every pad (.txt) and Markdown file (.md) found in <dir>, at any
// depth, through the real importer and the checks that hold for any real file (corpusChecks.ts).
// Real-world files belong to their authors: they are read in place, never copied into the repository.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { checkFile, type CorpusOutcome } from './corpusChecks.ts';

const IMPORTED = /\.(txt|md)$/i;
// Licences and READMEs sit beside the files; they are not material to import.
const SKIPPED = /^(licen[cs]e|readme)(\.|$)/i;

const ArgsSchema = z.tuple([z.string().trim().min(1, 'give the directory to check')], {
  error: 'usage: npm run test:corpus -- <dir> (one directory of pads .txt and Markdown .md files)',
});

/** The .txt and .md files under a directory, sorted, licences and READMEs left out. */
function filesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(full));
    else if (entry.isFile() && IMPORTED.test(entry.name) && !SKIPPED.test(entry.name)) found.push(full);
  }
  return found.sort();
}

function fail(sentence: string): never {
  console.error(`test:corpus: ${sentence}`);
  process.exit(2);
}

function main(argv: string[]): number {
  const args = ArgsSchema.safeParse(argv);
  if (!args.success) fail(args.error.issues[0]!.message);
  // npm runs scripts from the repository root; the directory is meant from where npm was typed.
  const dir = path.resolve(process.env.INIT_CWD || process.cwd(), args.data[0]);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    fail(`the directory ${dir} does not exist.`);
  }
  if (!isDir) fail(`${dir} is not a directory.`);
  const files = filesUnder(dir);
  if (!files.length) fail(`the directory ${dir} holds no pad (.txt) or Markdown (.md) file to check.`);

  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const name = path.relative(dir, file);
    let outcome: CorpusOutcome;
    try {
      outcome = checkFile(readFileSync(file), path.basename(file));
    } catch (e) {
      outcome = { status: 'failed', summary: 'the checks crashed', problems: [e instanceof Error ? e.stack ?? e.message : String(e)] };
    }
    const label = { passed: 'PASS', refused: 'PASS', failed: 'FAIL' }[outcome.status];
    console.log(`${label} ${name}: ${outcome.summary}`);
    for (const problem of outcome.problems) console.log(`     - ${problem}`);
    if (outcome.status === 'failed') failed++;
    else passed++;
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
