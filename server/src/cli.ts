#!/usr/bin/env node
// `minga`: the command line. Every command takes --json (one JSON document on stdout, nothing else).
import { Command, CommanderError, Option } from 'commander';
import { z } from 'zod';
import { CreateWorkspaceBodySchema, DocIdSchema, EditAuthorSchema, HttpUrlSchema, RotateWhichSchema, WorkspaceIdSchema, type RotateWhich } from '@minga/schema';
import { ApiError } from './http/ApiError.ts';
import { configFromEnv, type Config } from './config.ts';
import { openDatabase } from './storage/openDatabase.ts';
import { openRepositories, type Repositories } from './storage/openRepositories.ts';
import { cliMessages } from './cli/messages.ts';
import { backupDatabase, restoreDatabase, RestoreError } from './cli/backup.ts';
import { runningServerPid } from './cli/pidFile.ts';
import { readDefaultWorkspace, updateDefaultWorkspaceKeys } from './cli/defaultWorkspace.ts';
import { serve } from './cli/serve.ts';
import { exportCommand } from './cli/exportCommand.ts';
import { importCommand } from './cli/importCommand.ts';
import { ImportRefused } from './units/importUnit.ts';
import { SESSION_EXPORT_FORMATS } from './export/exportSession.ts';
import { MigrateError, migrateToPostgres, type MigrateReport } from './cli/migrate.ts';
import { PostgresSchemaName } from './storage/postgresSchema.ts';

const t = cliMessages();

/** A failure the user can act on: printed plainly (or as JSON), exit code 1. */
class CliFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface GlobalOptions {
  json?: boolean;
  dataDir?: string;
}

function loadConfig(opts: GlobalOptions): Config {
  const env = opts.dataDir ? { ...process.env, MINGA_DATA_DIR: opts.dataDir } : process.env;
  return configFromEnv(env);
}

function output(opts: GlobalOptions, json: unknown, human: string): void {
  process.stdout.write(opts.json ? `${JSON.stringify(json, null, 2)}\n` : `${human}\n`);
}

/**
 * Runs `fn` on the repositories of the configured engine (Postgres, or the data directory's
 * database), then closes them. On Postgres no minga.db is opened, nor created.
 */
async function withRepos<T>(config: Config, fn: (repos: Repositories) => Promise<T>): Promise<T> {
  const db = config.databaseUrl ? null : openDatabase(config.dataDir);
  try {
    const repos = await openRepositories(db, config);
    try {
      return await fn(repos);
    } finally {
      await repos.close();
    }
  } finally {
    db?.close();
  }
}

function origin(config: Config): string {
  return (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/$/, '');
}

function parseArg<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new CommanderError(2, 'minga.invalidArgument', `error: ${what}: ${result.error.issues.map((i) => i.message).join('; ')}`);
  }
  return result.data;
}

/** `minga migrate`'s options once read: a Postgres URL, a schema name, a sample size. */
const MigrateArgsSchema = z.object({
  to: z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'a Postgres URL: postgres://user@host:5432/database'),
  schema: PostgresSchemaName,
  sample: z.coerce.number().int().min(0),
});

/** The migration report as a table, for a person. */
function migrateReportText(report: MigrateReport): string {
  const head = t.migrateColumns;
  const rows = [
    ...report.tables.map((r) => [r.table, r.source, r.target, r.inserted, r.skipped, r.missing]),
    ['docs', report.docs.source, report.docs.target, report.docs.copied, report.docs.merged + report.docs.unchanged, report.docs.missing],
    ...report.indexes.map((r) => [r.table, r.source, r.target, '', '', r.missing]),
  ].map((r) => r.map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    t.migrateTitle(report.source, report.schema),
    line(head),
    ...rows.map(line),
    t.migrateDocs(report.docs.copied, report.docs.merged, report.docs.unchanged),
    t.migrateSample(report.sample.compared, report.sample.different.length),
    ...report.sample.different.map((d) => `  ≠ ${d}`),
    ...report.warnings.map((w) => `  ! ${w}`),
    t.migrateDefaultWorkspace,
    report.ok ? t.migrateOk : t.migrateMismatch,
  ].join('\n');
}

export function buildProgram(): Command {
  const program = new Command('minga')
    .description('Minga: co-write training units, compose sessions, present them.')
    .option('--json', 'print one JSON document on stdout, for scripts')
    .option('--data-dir <dir>', 'data directory (default: $MINGA_DATA_DIR or ./data)')
    .showHelpAfterError()
    .exitOverride();
  const globals = () => program.opts<GlobalOptions>();

  program
    .command('serve')
    .description('start the server: web app, REST API and sync endpoint')
    .option('--json', 'print the URL as JSON once listening; logs go to stderr')
    .action(async (cmdOpts: GlobalOptions) => {
      const opts = { ...globals(), ...cmdOpts };
      await serve(loadConfig(opts), { json: opts.json ?? false, messages: t });
    });

  const workspace = program.command('workspace').description('create, list and rotate the keys of workspaces').exitOverride();

  workspace
    .command('create')
    .description('create a workspace and print its keys and edit link')
    .requiredOption('--name <name>', 'the workspace name')
    .option('--json', 'print { id, name, editKey, viewKey, commentKey, url }')
    .action(async (cmdOpts: GlobalOptions & { name: string }) => {
      const opts = { ...globals(), ...cmdOpts };
      const { name } = parseArg(CreateWorkspaceBodySchema, { name: cmdOpts.name }, '--name');
      const config = loadConfig(opts);
      const created = await withRepos(config, ({ workspaces }) => workspaces.create(name));
      const url = `${origin(config)}/w/${created.workspace.id}?key=${encodeURIComponent(created.editKey)}`;
      const json = { id: created.workspace.id, name, editKey: created.editKey, viewKey: created.viewKey, commentKey: created.commentKey, url };
      output(opts, json, [
        t.created(name),
        `id: ${json.id}`,
        `${t.editKey}: ${json.editKey}`,
        `${t.viewKey}: ${json.viewKey}`,
        `${t.commentKey}: ${json.commentKey}`,
        `${t.editLink}: ${url}`,
      ].join('\n'));
    });

  workspace
    .command('list')
    .description('list workspaces (ids and names; keys are stored hashed)')
    .option('--json', 'print an array of { id, name, createdAt }')
    .action(async (cmdOpts: GlobalOptions) => {
      const opts = { ...globals(), ...cmdOpts };
      const list = (await withRepos(loadConfig(opts), ({ workspaces }) => workspaces.list())).map(({ id, name, createdAt }) => ({ id, name, createdAt }));
      output(opts, list, list.length ? list.map((w) => `${w.id}  ${w.name}  (${w.createdAt})`).join('\n') : t.noWorkspaces);
    });

  workspace
    .command('rotate-keys')
    .description('replace a workspace’s keys; the old ones stop working at once, open sockets included')
    .argument('<id>', 'workspace id')
    .addOption(new Option('--which <which>', 'which keys to replace (both: edit and view)').choices(RotateWhichSchema.options).default('both'))
    .option('--json', 'print { id, name, editKey?, viewKey?, commentKey?, url? }')
    .action(async (id: string, cmdOpts: GlobalOptions & { which: RotateWhich }) => {
      const opts = { ...globals(), ...cmdOpts };
      const workspaceId = parseArg(WorkspaceIdSchema, id, 'workspace id');
      const config = loadConfig(opts);
      const result = await withRepos(config, async ({ workspaces }) => {
        const found = await workspaces.get(workspaceId);
        if (!found) throw new CliFailure('workspace_not_found', t.workspaceNotFound(workspaceId));
        // The CLI holds no edit key, except the saved one of the default workspace.
        const saved = readDefaultWorkspace(config.dataDir);
        const currentEditKey = saved?.id === workspaceId ? saved.editKey : undefined;
        return { workspace: found, keys: await workspaces.rotate(workspaceId, cmdOpts.which, currentEditKey) };
      });
      updateDefaultWorkspaceKeys(config.dataDir, workspaceId, result.keys);
      const url = result.keys.editKey ? `${origin(config)}/w/${workspaceId}?key=${encodeURIComponent(result.keys.editKey)}` : undefined;
      const json = { id: workspaceId, name: result.workspace.name, ...result.keys, ...(url ? { url } : {}) };
      output(opts, json, [
        t.rotated(workspaceId),
        ...(result.keys.editKey ? [`${t.editKey}: ${result.keys.editKey}`, `${t.editLink}: ${url}`] : []),
        ...(result.keys.viewKey ? [`${t.viewKey}: ${result.keys.viewKey}`] : []),
        ...(result.keys.commentKey ? [`${t.commentKey}: ${result.keys.commentKey}`] : []),
      ].join('\n'));
    });

  const session = program.command('session').description('the follow link of a session').exitOverride();

  session
    .command('follow-key')
    .description('replace a session’s follow key (what the room opens on its phones); the old link stops working at once')
    .argument('<session>', 'session id')
    .requiredOption('--workspace <id>', 'workspace id')
    .option('--rotate', 'make a new follow key (the command line cannot read the current one)')
    .option('--json', 'print { workspaceId, sessionId, followKey, followUrl }')
    .action(async (sessionId: string, cmdOpts: GlobalOptions & { workspace: string; rotate?: boolean }) => {
      const opts = { ...globals(), ...cmdOpts };
      const ref = { workspaceId: parseArg(WorkspaceIdSchema, cmdOpts.workspace, '--workspace'), docId: parseArg(DocIdSchema, sessionId, 'session id') };
      if (!cmdOpts.rotate) throw new CliFailure('needs_rotate', t.followKeyNeedsRotate);
      const config = loadConfig(opts);
      const followKey = await withRepos(config, async ({ workspaces, registry }) => {
        if (!(await workspaces.get(ref.workspaceId))) throw new CliFailure('workspace_not_found', t.workspaceNotFound(ref.workspaceId));
        const entry = await registry.get(ref);
        if (entry?.kind !== 'session' || entry.deletedAt) throw new CliFailure('not_found', t.sessionNotFound(ref.docId));
        // Sealed under the default workspace's saved edit key when there is one, so editors see it too.
        const saved = readDefaultWorkspace(config.dataDir);
        return workspaces.followKeys.rotate(ref.workspaceId, ref.docId, saved?.id === ref.workspaceId ? saved.editKey : undefined);
      });
      const followUrl = `${origin(config)}/w/${ref.workspaceId}/sessions/${encodeURIComponent(ref.docId)}/follow?key=${encodeURIComponent(followKey)}`;
      output(opts, { workspaceId: ref.workspaceId, sessionId: ref.docId, followKey, followUrl }, [
        t.followKeyRotated(ref.docId),
        `${t.followKey}: ${followKey}`,
        `${t.followLink}: ${followUrl}`,
      ].join('\n'));
    });

  program
    .command('import')
    .description('import a pad, Markdown, a Carpentries episode or a unit JSON as a new unit')
    .argument('<file>', 'file to import')
    .requiredOption('--workspace <id>', 'workspace id')
    .option('--source <url>', 'where the text comes from (kept as the unit’s source)')
    .option('--author <name>', 'who the new unit is credited to (else the history says "via API")')
    .option('--json', 'print { id, title, format, warnings }')
    .action(async (file: string, cmdOpts: GlobalOptions & { workspace: string; source?: string; author?: string }) => {
      const opts = { ...globals(), ...cmdOpts };
      const workspaceId = parseArg(WorkspaceIdSchema, cmdOpts.workspace, '--workspace');
      const source = cmdOpts.source === undefined ? undefined : parseArg(HttpUrlSchema, cmdOpts.source, '--source');
      const author = cmdOpts.author === undefined ? undefined : parseArg(EditAuthorSchema, cmdOpts.author, '--author');
      try {
        const result = await importCommand(loadConfig(opts), workspaceId, file, source, author);
        output(opts, result, [t.imported(result.title, result.id, result.format), ...result.warnings.map((w) => `  ! ${w.message}`)].join('\n'));
      } catch (error) {
        if (error instanceof ImportRefused) throw new CliFailure(error.reason, error.message);
        if (error instanceof ApiError) throw new CliFailure(error.code, error.message);
        throw error;
      }
    });

  program
    .command('export')
    .description('export a session: offline deck, PDF, run-sheet…')
    .argument('<session>', 'session id')
    .requiredOption('--workspace <id>', 'workspace id')
    .addOption(new Option('--format <format>', 'what to export').choices([...SESSION_EXPORT_FORMATS]).makeOptionMandatory())
    .requiredOption('--out <file>', 'file to write')
    .addOption(new Option('--lang <lang>', 'language of the fixed texts').choices(['fr', 'en']).default('fr'))
    .option('--json', 'print { file, bytes, format }')
    .action(async (sessionId: string, cmdOpts: GlobalOptions & { workspace: string; format: (typeof SESSION_EXPORT_FORMATS)[number]; out: string; lang: 'fr' | 'en' }) => {
      const opts = { ...globals(), ...cmdOpts };
      const ref = { workspaceId: parseArg(WorkspaceIdSchema, cmdOpts.workspace, '--workspace'), docId: parseArg(DocIdSchema, sessionId, 'session id') };
      try {
        const result = await exportCommand(loadConfig(opts), ref, cmdOpts.format, cmdOpts.lang, cmdOpts.out);
        output(opts, result, t.exported(result.file, result.bytes));
      } catch (error) {
        if (error instanceof ApiError) throw new CliFailure(error.code, error.message);
        throw error;
      }
    });

  program
    .command('backup')
    .description('write a consistent copy of all data, even while the server runs')
    .requiredOption('--out <file>', 'backup file to write')
    .option('--json', 'print { file, bytes }')
    .action(async (cmdOpts: GlobalOptions & { out: string }) => {
      const opts = { ...globals(), ...cmdOpts };
      const config = loadConfig(opts);
      if (config.databaseUrl) throw new CliFailure('use_pg_dump', t.usePgDump(config.databaseSchema));
      const result = await backupDatabase(config.dataDir, cmdOpts.out);
      output(opts, result, t.backupDone(result.file, result.bytes));
    });

  program
    .command('migrate')
    .description('copy this data directory (SQLite) into Postgres: idempotent, checked at the end (exit code 1 on any difference)')
    .requiredOption('--to <url>', 'the Postgres to copy into, e.g. "$MINGA_DATABASE_URL"')
    .option('--schema <name>', 'Postgres schema to copy into (default: $MINGA_DATABASE_SCHEMA or public)')
    .option('--sample <n>', 'documents compared in full at the end; 0 compares every one', '50')
    .option('--json', 'print the report: { tables, docs, indexes, sample, warnings, ok }')
    .action(async (cmdOpts: GlobalOptions & { to: string; schema?: string; sample: string }) => {
      const opts = { ...globals(), ...cmdOpts };
      const config = loadConfig(opts);
      const args = parseArg(MigrateArgsSchema, { to: cmdOpts.to, schema: cmdOpts.schema ?? config.databaseSchema, sample: cmdOpts.sample }, 'migrate');
      let report: MigrateReport;
      try {
        report = await migrateToPostgres({
          dataDir: config.dataDir,
          ...args,
          messages: t,
          progress: opts.json ? undefined : (line) => process.stderr.write(`${line}\n`),
        });
      } catch (error) {
        if (error instanceof MigrateError) throw new CliFailure(error.code, error.message);
        throw error;
      }
      output(opts, report, migrateReportText(report));
      if (!report.ok) {
        process.stderr.write(`${t.migrateMismatch}\n`);
        process.exitCode = 1;
      }
    });

  program
    .command('restore')
    .description('replace all data with a backup (the server must be stopped; the current data is kept aside)')
    .argument('<file>', 'backup file written by `minga backup`')
    .option('--json', 'print { file, previous }')
    .action((file: string, cmdOpts: GlobalOptions) => {
      const opts = { ...globals(), ...cmdOpts };
      const config = loadConfig(opts);
      if (config.databaseUrl) throw new CliFailure('use_pg_dump', t.usePgDump(config.databaseSchema));
      const pid = runningServerPid(config.dataDir);
      if (pid) throw new CliFailure('server_running', t.restoreServerRunning(pid));
      try {
        const { previous } = restoreDatabase(config.dataDir, file);
        output(opts, { file, previous }, t.restoreDone(file, previous));
      } catch (error) {
        if (error instanceof RestoreError) throw new CliFailure('invalid_backup', t.notMingaDb(file));
        throw error;
      }
    });

  return program;
}

/** Runs the CLI; exit codes: 0 done, 1 failed, 2 wrong arguments. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  const json = argv.includes('--json');
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        process.exitCode = 0;
        return;
      }
      if (error.code === 'minga.invalidArgument') {
        process.stderr.write(`${error.message}\n`);
      }
      process.exitCode = 2;
      return;
    }
    const failure = error instanceof CliFailure ? error : new CliFailure('failed', (error as Error).message);
    if (json) process.stdout.write(`${JSON.stringify({ error: { code: failure.code, message: failure.message } })}\n`);
    process.stderr.write(`${failure.message}\n`);
    process.exitCode = 1;
  }
}

await main(process.argv.slice(2));
