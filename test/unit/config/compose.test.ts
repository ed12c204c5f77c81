import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config/config-schema.js';
import { loadConfig } from '../../../src/config/load-config.js';

const ROOT = resolve(import.meta.dirname, '../../..');
interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
}
const compose = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

/** The value Compose would use with an `.env` that sets only the required variables. */
function interpolate(value: string): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_all, name: string, kind?: string, rest?: string) => {
    if (name === 'PUBLIC_URL') return 'https://saksgang.example.no';
    if (name === 'POSTGRES_PASSWORD') return 'pw';
    return kind === '-' ? (rest ?? '') : '';
  });
}

const APP_SERVICES = { web: 'web', worker: 'worker' } as const;

describe('compose.yaml', () => {
  it('has web, worker, PostgreSQL and Redis, each with a health check', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['postgres', 'redis', 'web', 'worker']);
    for (const [name, service] of Object.entries(compose.services)) {
      expect(service.healthcheck?.test?.length, `${name} has a health check`).toBeGreaterThan(0);
    }
    expect(compose.services.postgres!.healthcheck!.test.join(' ')).toContain('pg_isready');
    expect(compose.services.redis!.healthcheck!.test.join(' ')).toContain('ping');
  });

  it('the app services check /healthz (web) or the database and Redis (worker) with a script the image has', () => {
    const source = readFileSync(join(ROOT, 'src/web/healthcheck-cli.ts'), 'utf8');
    expect(source).toContain('/healthz');
    expect(source).toContain('checkHealth');
    for (const name of Object.keys(APP_SERVICES)) {
      expect(compose.services[name]!.healthcheck!.test).toEqual(['CMD', 'node', 'dist/web/healthcheck-cli.js']);
      expect(compose.services[name]!.depends_on).toEqual({ postgres: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
    }
  });

  it('sets only variables the config schema reads, and the app accepts them', () => {
    const known = new Set(Object.keys(configSchema.shape));
    for (const [name, role] of Object.entries(APP_SERVICES)) {
      const environment = compose.services[name]!.environment!;
      const unknown = Object.keys(environment).filter((key) => !known.has(key));
      expect(unknown, `${name} sets variables the config schema does not know`).toEqual([]);
      const config = loadConfig(Object.fromEntries(Object.entries(environment).map(([k, v]) => [k, interpolate(String(v))])));
      expect(config.ROLE).toBe(role);
      expect(new URL(config.DATABASE_URL!).hostname).toBe('postgres');
      expect(new URL(config.REDIS_URL).hostname).toBe('redis');
      expect(config.consoleEnabled).toBe(false);
    }
  });

  it('passes the metrics token and the dashboard password from the environment, off when unset', () => {
    for (const name of Object.keys(APP_SERVICES)) {
      const environment = compose.services[name]!.environment!;
      expect(environment.METRICS_TOKEN).toBe('${METRICS_TOKEN:-}');
      expect(environment.ADMIN_PASSWORD).toBe('${ADMIN_PASSWORD:-}');
      const config = loadConfig(Object.fromEntries(Object.entries(environment).map(([k, v]) => [k, interpolate(String(v))])));
      expect(config.METRICS_TOKEN).toBeUndefined();
      expect(config.ADMIN_PASSWORD).toBeUndefined();
    }
  });

  it('Redis persists its queue append-only, and web and workers share the generated files', () => {
    expect(compose.services.redis!.command!.join(' ')).toMatch(/--appendonly yes/);
    expect(compose.services.web!.volumes).toEqual(compose.services.worker!.volumes);
    expect(compose.services.web!.volumes!.some((v) => v.endsWith(':/app/data'))).toBe(true);
  });
});

describe('Dockerfile', () => {
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const final = stages.at(-1)!;

  it('is multi-stage, and the image runs compiled JavaScript as a non-root user with production dependencies only', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(final).toMatch(/^USER node$/m);
    expect(final).toMatch(/^CMD \["node", (?:"--[^"]+", )*"dist\/main\.js"\]$/m);
    expect(final).toMatch(/COPY --from=build .*\/app\/dist/);
    expect(final).not.toMatch(/COPY .*\bsrc\b/);
    expect(final).not.toMatch(/tsx/);
    // What the compiled code reads at run time from beside dist/ (src/db/read-migrations.ts, WORKFLOWS_DIR).
    expect(final).toMatch(/COPY .*prisma\/migrations/);
    expect(final).toMatch(/COPY .*workflows/);
    expect(existsSync(join(ROOT, 'prisma/migrations'))).toBe(true);
  });

  it('runs Node with the same flags as `npm start` and `npm run worker` (the memory bench measures those)', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(final)![1]!;
    const imageFlags = (JSON.parse(cmd) as string[]).slice(1, -1);
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(imageFlags).toContain('--max-semi-space-size=2');
    for (const script of ['start', 'worker']) {
      const flags = /\bnode ((?:--\S+ )*)dist\/main\.js$/.exec(scripts[script]!)?.[1]?.trim().split(' ');
      expect(flags, `npm run ${script}`).toEqual(imageFlags);
    }
  });
});
