import pino, { type Logger } from 'pino';

/** Keys travel in `?key=` on links and sockets: never let one reach a log line. */
export function redactKey(url: string): string {
  return url.replace(/([?&]key=)[^&#]*/gi, '$1[redacted]');
}

/** Structured JSON logs; pretty lines when a person watches a terminal. */
export function createLogger(level: string, options: { pretty?: boolean; toStderr?: boolean } = {}): Logger {
  const fd = options.toStderr ? 2 : 1;
  const pretty = options.pretty ?? (process.stdout.isTTY && !process.env.CI);
  const base = { level, redact: ['req.headers.authorization', 'editKey', 'viewKey', 'commentKey', 'key'] };
  if (pretty) {
    return pino({
      ...base,
      transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname', translateTime: 'HH:MM:ss', destination: fd } },
    });
  }
  return pino(base, pino.destination({ fd, sync: true }));
}
