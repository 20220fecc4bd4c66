import { createLogger } from '../logger.ts';
import { createMinga } from '../createMinga.ts';
import type { Config } from '../config.ts';
import { lanAddress, roomOrigin } from '../http/roomOrigin.ts';
import type { cliMessages } from './messages.ts';
import { ensureDefaultWorkspace } from './defaultWorkspace.ts';
import { seedDemoOnFirstStart } from '../demo/seedDemo.ts';
import { removePidFile, writePidFile } from './pidFile.ts';

/** `minga serve`: runs until SIGTERM or SIGINT, then flushes every doc and closes the database. */
export async function serve(config: Config, options: { json: boolean; messages: ReturnType<typeof cliMessages> }): Promise<void> {
  const t = options.messages;
  // With --json, stdout carries one JSON document; logs go to stderr.
  const log = createLogger(config.logLevel, options.json ? { pretty: false, toStderr: true } : {});
  const server = await createMinga(config, log);
  if (config.demo) {
    // A newcomer's first start lands in the demo; a failure must not keep the server from starting.
    try {
      await seedDemoOnFirstStart(config.dataDir, server.ctx);
    } catch (error) {
      log.error({ err: error }, 'the demo workspace could not be created');
    }
  }
  const saved = await ensureDefaultWorkspace(config.dataDir, server.ctx.workspaces, t.defaultWorkspaceName);
  const { origin, port } = await server.listen();
  writePidFile(config.dataDir, port);
  const url = saved ? server.ctx.workspaceUrl(saved.id, saved.editKey) : `${origin}/`;
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ url, origin, port, workspaceId: saved?.id ?? null, dataDir: config.dataDir })}\n`);
  } else {
    const network = roomOrigin({ publicUrl: config.publicUrl, host: config.host, port, requestOrigin: origin, lan: lanAddress() });
    const networkLine = network !== origin ? `  ${t.onNetwork(network)}\n` : '';
    process.stdout.write(`\n  ${t.running(origin)}\n  ${saved ? t.openThis(url) : t.noDefault(url)}\n${networkLine}\n`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (!options.json) process.stdout.write(`${t.stopping}\n`);
    log.info({ signal }, 'shutting down');
    try {
      await server.close();
      removePidFile(config.dataDir);
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
