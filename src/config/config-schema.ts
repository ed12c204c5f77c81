import { z } from 'zod';
import { JOB_LOCK_MS } from '../jobs/tuning.js';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const port = z.coerce
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 (any free port) and 65535')
  .max(65535, 'must be between 0 (any free port) and 65535');

const perSecond = z.coerce
  .number({ error: 'must be a number of messages per second' })
  .positive('must be more than 0 messages per second')
  .max(10_000, 'must be at most 10000 messages per second');

/** Every environment variable Saksgang reads. The README's configuration table mirrors this schema. */
export const configSchema = z.object({
  PORT: port.default(3978),
  HOST: optionalString,
  ROLE: z.enum(['all', 'web', 'worker'], { error: 'must be one of all, web, worker' }).default('all'),
  DATABASE_URL: optionalString.pipe(
    z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgresql://').optional(),
  ),
  DATA_DIR: z.string().default('./data'),
  /** How many days a generated file (CSV export, chart) can be fetched before it is deleted. */
  FILE_RETENTION_DAYS: z.coerce
    .number({ error: 'must be a whole number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .max(3650, 'must be at most 3650 days')
    .default(90),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9_-]+$/i, 'may hold only letters, digits, - and _').default('saksgang'),
  TIME_ZONE: z.string().default('Europe/Oslo'),
  DEFAULT_LOCALE: z.enum(['nb', 'en'], { error: 'must be nb or en' }).default('nb'),
  WORKFLOWS_DIR: z.string().default('./workflows'),
  PUBLIC_URL: optionalString,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error'], { error: 'must be debug, info, warn or error' }).default('info'),
  /** Bearer token for GET /metrics; unset, /metrics answers only this machine (loopback, not through a proxy). */
  METRICS_TOKEN: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  /** With ROLE=worker (no web port), serve /metrics on this port so the worker's own counters can be scraped. */
  METRICS_PORT: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), port.optional()),
  /** Turns on the queue dashboard at /admin/queues, behind basic auth with this password. */
  ADMIN_PASSWORD: optionalString.pipe(z.string().min(12, 'must be at least 12 characters').optional()),
  /** `on` lets the queue dashboard change jobs (retry, promote, clean, pause); read-only by default. */
  ADMIN_QUEUES_WRITE: z.enum(['on', 'off'], { error: 'must be on or off' }).default('off'),

  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalString.pipe(z.url({ error: 'must be a URL' }).optional()),
  // Slack turns run at once in one process (src/channels/slack/turn-slots.ts); the others are answered at once
  // with "working on it" and run when a slot frees.
  SLACK_TURNS_AT_ONCE: z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(200, { error: 'must be at most 200' })
    .default(4),

  MICROSOFT_APP_ID: optionalString,
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TENANT_ID: optionalString,
  MICROSOFT_APP_TYPE: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
      error: 'must be MultiTenant, SingleTenant or UserAssignedMSI',
    })
    .default('MultiTenant'),
  TEAMS_SERVICE_URL: z.url({ error: 'must be a URL' }).default('https://smba.trafficmanager.net/teams/'),

  // Deliveries are paced at the platforms' limits (src/outbox/pace-delivery.ts), so a large fan-out runs at
  // the allowed rate and a 429 stays the exception. Slack: about 1 chat.postMessage per second per channel,
  // plus a workspace-wide cap Slack does not publish; 20/s sends a 2,000-person round in under two minutes
  // and can be lowered if a workspace answers 429s. Teams (Bot Framework): 50 requests/s per app and tenant,
  // 7/s per conversation.
  PACE_SLACK_PER_SECOND: perSecond.default(20),
  PACE_SLACK_CHANNEL_PER_SECOND: perSecond.default(1),
  PACE_TEAMS_PER_SECOND: perSecond.default(50),
  PACE_TEAMS_CONVERSATION_PER_SECOND: perSecond.default(7),

  // How long a running job's lock lasts (renewed at half of it) and how often workers look for jobs whose
  // worker died: a dead worker's jobs move to another after at most about twice this. Shorter moves them
  // sooner at the cost of more Redis traffic; see src/jobs/tuning.ts.
  JOB_LOCK_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int({ error: 'must be a whole number of milliseconds' })
    .min(2_000, { error: 'must be at least 2000' })
    .max(600_000, { error: 'must be at most 600000' })
    .default(JOB_LOCK_MS),

  CONSOLE: z.enum(['auto', 'on', 'off'], { error: 'must be auto, on or off' }).default('auto'),
  SEED_DEMO: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true')
    .transform((v) => v === 'true'),
});

export type RawConfig = z.infer<typeof configSchema>;
