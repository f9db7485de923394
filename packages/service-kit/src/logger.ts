// The JSON logger of every process (pino), in one place so log lines have the same fields.
import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON lines on stdout; every request's child logger carries its request id. */
export function createLogger(service: string, level: string): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'authorization', 'token'], remove: true },
  });
}
