/**
 * A small structured logger: one JSON line per entry on stdout. Values of keys that look like secrets are
 * replaced before writing, and so is every configured secret wherever it appears in a message.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET_KEY = /token|secret|password|authorization|signature/i;

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export function createLogger(options: { level?: Level; secrets?: (string | undefined)[]; write?: (line: string) => void } = {}): Logger {
  const min = ORDER[options.level ?? 'info'];
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 6);
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const scrub = (text: string) => secrets.reduce((acc, secret) => acc.split(secret).join('[redacted]'), text);
  const clean = (value: unknown, depth = 0): unknown => {
    if (value instanceof Error) return { name: value.name, message: scrub(value.message) };
    if (typeof value === 'string') return scrub(value);
    if (value && typeof value === 'object') {
      if (depth >= 4) return '[nested]';
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : clean(v, depth + 1)]),
      );
    }
    return value;
  };
  const log = (level: Level) => (message: string, fields?: Record<string, unknown>) => {
    if (ORDER[level] < min) return;
    write(JSON.stringify({ time: new Date().toISOString(), level, msg: scrub(message), ...(fields ? (clean(fields) as object) : {}) }));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
