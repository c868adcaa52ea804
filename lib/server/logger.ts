import 'server-only';
import pino from 'pino';
import { env } from '../env';

/** Structured JSON logs on stdout; one logger per process. */
const g = globalThis as unknown as { lanternLogger?: pino.Logger };

export function logger(): pino.Logger {
  g.lanternLogger ??= pino({
    level: env().logLevel,
    base: { service: 'lantern' },
    redact: { paths: ['*.authorization', '*.password', '*.token', 'headers.cookie'], censor: '[redacted]' },
  });
  return g.lanternLogger;
}
