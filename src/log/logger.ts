import { pino, stdTimeFunctions, type DestinationStream, type Logger as Pino } from 'pino';
import { createRequire } from 'node:module';
import type { PrettyOptions, PrettyStream } from 'pino-pretty';

/** pino-pretty is loaded only for a terminal in development, never in production (it is ~30 modules). */
const loadPretty = (): ((options: PrettyOptions) => PrettyStream) => createRequire(import.meta.url)('pino-pretty') as (options: PrettyOptions) => PrettyStream;

/**
 * The log, on pino: one JSON line per entry on stdout (`time`, `level`, `msg`, then the fields), readable
 * colours instead when stdout is a terminal outside production. Child loggers carry the turn id or job id and
 * the platform on every line they write. Values of keys that look like secrets (tokens, passwords, signatures,
 * Authorization headers) are replaced before writing, and so is every configured secret wherever it appears.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const SECRET_KEY = /token|secret|password|passwd|authorization|cookie|signature|api[-_]?key/i;
const REDACTED = '[redacted]';
const MAX_DEPTH = 4;

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** A logger that adds `bindings` (turnId, jobId, platform, …) to every entry. */
  child(bindings: Record<string, unknown>): Logger;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Configured secrets (`configSecrets(config)`): scrubbed from every message and value. */
  secrets?: (string | undefined)[];
  /** Where each JSON line goes (tests); default stdout, pretty-printed in a terminal outside production. */
  write?: (line: string) => void;
  /** Human-readable output; default: stdout is a terminal and NODE_ENV is not production. */
  pretty?: boolean;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 6);
  const scrub = (text: string) => secrets.reduce((acc, secret) => acc.split(secret).join(REDACTED), text);
  const clean = (value: unknown, depth = 0): unknown => {
    if (value instanceof Error) {
      const code = (value as { code?: unknown }).code;
      return { name: value.name, message: scrub(value.message), ...(typeof code === 'string' ? { code } : {}) };
    }
    if (typeof value === 'string') return scrub(value);
    if (typeof value === 'bigint') return value.toString();
    if (value && typeof value === 'object') {
      if (depth >= MAX_DEPTH) return '[nested]';
      if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
      if (value instanceof Date) return value.toISOString();
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEY.test(k) ? REDACTED : clean(v, depth + 1)]));
    }
    return value;
  };
  const cleanFields = (fields: Record<string, unknown>) => clean(fields) as Record<string, unknown>;

  const destination: DestinationStream = options.write
    ? { write: (line: string) => options.write!(line.replace(/\n$/, '')) }
    : (options.pretty ?? (process.stdout.isTTY === true && process.env.NODE_ENV !== 'production'))
      ? loadPretty()({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', sync: true })
      : pino.destination({ dest: 1, sync: true });
  const root = pino(
    {
      level: options.level ?? 'info',
      base: undefined,
      timestamp: stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        bindings: (bindings) => cleanFields(bindings),
        log: (object) => cleanFields(object),
      },
    },
    destination,
  );
  const wrap = (p: Pino): Logger => ({
    debug: (message, fields) => p.debug(fields ?? {}, scrub(message)),
    info: (message, fields) => p.info(fields ?? {}, scrub(message)),
    warn: (message, fields) => p.warn(fields ?? {}, scrub(message)),
    error: (message, fields) => p.error(fields ?? {}, scrub(message)),
    child: (bindings) => wrap(p.child(cleanFields(bindings))),
  });
  return wrap(root);
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silentLogger };
