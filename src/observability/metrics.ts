import type { Queue } from 'bullmq';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Platform } from '../channels/gateway.js';
import type { Db } from '../db/prisma.js';
import { readQueueState } from './read-queue-state.js';

/** What a turn was: a slash command or typed message, a button, a submitted form. */
export type TurnKind = 'command' | 'message' | 'action' | 'submit';
/** How a delivery attempt ended: posted; the platform call failed (it is tried again unless it was the last); given up for good. */
export type DeliveryOutcome = 'sent' | 'error' | 'failed';

export const METRIC_PREFIX = 'saksgang_';

/**
 * Saksgang's Prometheus metrics, in a registry of its own (so two apps in one process, as in the tests, never
 * share counters). Counters are incremented where the thing happens, each in one place: the Slack turn
 * (`run-slack-turn.ts`), the Teams bot, the deliver job, the worker. The queue gauges are read on each
 * scrape from the ScheduledJob mirror and BullMQ, so every process that serves /metrics reports them.
 */
export interface Metrics {
  registry: Registry;
  turns: Counter<'platform' | 'kind'>;
  turnSeconds: Histogram<'platform' | 'kind'>;
  slackSlowAnswers: Counter<'kind'>;
  /** Slack turns running or waiting for a turn slot in this process (`turn-slots.ts`). */
  slackTurnsInFlight: Gauge;
  deliveries: Counter<'platform' | 'state'>;
  /** Counts one delivery outcome. */
  delivery(platform: Platform, state: DeliveryOutcome): void;
  rateLimited: Counter<'platform'>;
  jobFailures: Counter<'job' | 'final'>;
  jobLatenessSeconds: Histogram<'job'>;
  /** Times a turn from now on: call the result when it ends. */
  startTurn(platform: Platform, kind: TurnKind): () => void;
}

export interface MetricsSources {
  db: Db;
  queue: Queue;
  clock: () => Date;
  /** Every job name the worker knows, so each has its gauges (at 0) before it ever runs. */
  jobNames: string[];
}

export function createMetrics(sources: MetricsSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
  const registers = [registry];

  const turns = new Counter({ name: `${METRIC_PREFIX}turns_total`, help: 'Turns of conversation handled, by platform and kind (command, message, action, submit).', labelNames: ['platform', 'kind'] as const, registers });
  const turnSeconds = new Histogram({
    name: `${METRIC_PREFIX}turn_duration_seconds`,
    help: 'How long a turn took from the request to its reply being ready, by platform and kind.',
    labelNames: ['platform', 'kind'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 2.5, 5, 10, 30],
    registers,
  });
  const slackSlowAnswers = new Counter({
    name: `${METRIC_PREFIX}slack_slow_answers_total`,
    help: 'Slack requests answered before their reply was ready: not ready within the answer budget, or every turn slot taken ("working on it" for commands and forms).',
    labelNames: ['kind'] as const,
    registers,
  });
  const slackTurnsInFlight = new Gauge({ name: `${METRIC_PREFIX}slack_turns_in_flight`, help: 'Slack turns running or waiting for a turn slot in this process.', registers });
  const deliveries = new Counter({
    name: `${METRIC_PREFIX}deliveries_total`,
    help: 'Outbox deliveries by platform and state: sent; error (a platform call failed, tried again unless it was the last); failed (given up for good).',
    labelNames: ['platform', 'state'] as const,
    registers,
  });
  const rateLimited = new Counter({ name: `${METRIC_PREFIX}platform_rate_limited_total`, help: '429 (rate limited) answers received from a platform.', labelNames: ['platform'] as const, registers });
  const jobFailures = new Counter({
    name: `${METRIC_PREFIX}job_failures_total`,
    help: 'Job runs that failed, by job type; final="true" when the job failed for good, "false" when it will be retried.',
    labelNames: ['job', 'final'] as const,
    registers,
  });
  const jobLatenessSeconds = new Histogram({
    name: `${METRIC_PREFIX}job_lateness_seconds`,
    help: 'How late a job started: the time of its first run minus the time it was due.',
    labelNames: ['job'] as const,
    buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600],
    registers,
  });

  // The five queue gauges are read on scrape by one read of the queue state that each of them awaits in its own
  // collect: prom-client reads every metric at once, so a gauge without a collect would be serialised before the
  // read is done (empty on the first scrape, one scrape stale after it).
  let reading: Promise<void> | null = null;
  let readSeconds = 0;
  const readQueue = () =>
    (reading ??= (async () => {
      const started = process.hrtime.bigint();
      const state = await readQueueState(sources);
      for (const gauge of [waiting, scheduled, oldest, bullmq, pendingDeliveries]) gauge.reset();
      for (const job of new Set([...sources.jobNames, ...state.jobs.keys()])) {
        const row = state.jobs.get(job);
        waiting.set({ job }, row?.waiting ?? 0);
        scheduled.set({ job }, row?.scheduled ?? 0);
        oldest.set({ job }, row?.oldestWaitingSeconds ?? 0);
      }
      for (const [name, count] of Object.entries(state.bullmq)) bullmq.set({ state: name }, count);
      for (const platform of ['slack', 'teams'] as const) pendingDeliveries.set({ platform }, state.pendingDeliveries[platform] ?? 0);
      readSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    })().finally(() => {
      reading = null;
    }));
  const collect = () => readQueue();

  const waiting = new Gauge({ name: `${METRIC_PREFIX}queue_waiting_jobs`, help: 'Jobs due and not yet done (ScheduledJob mirror), by job type: the queue depth.', labelNames: ['job'] as const, registers, collect });
  const scheduled = new Gauge({ name: `${METRIC_PREFIX}queue_scheduled_jobs`, help: 'Jobs pending for a later time (ScheduledJob mirror), by job type.', labelNames: ['job'] as const, registers, collect });
  const oldest = new Gauge({
    name: `${METRIC_PREFIX}queue_oldest_waiting_seconds`,
    help: 'Age of the oldest job that is due and not yet done (now minus its due time), by job type; 0 when none waits.',
    labelNames: ['job'] as const,
    registers,
    collect,
  });
  const bullmq = new Gauge({ name: `${METRIC_PREFIX}bullmq_jobs`, help: 'Jobs in the BullMQ queue by state (waiting, active, delayed, failed, …).', labelNames: ['state'] as const, registers, collect });
  const pendingDeliveries = new Gauge({ name: `${METRIC_PREFIX}deliveries_pending`, help: 'Outbox deliveries not yet sent, by platform.', labelNames: ['platform'] as const, registers, collect });
  new Gauge({
    name: `${METRIC_PREFIX}scrape_queue_read_seconds`,
    help: 'How long reading the queue state for this scrape took.',
    registers,
    async collect() {
      await readQueue();
      this.set(readSeconds);
    },
  });

  return {
    registry,
    turns,
    turnSeconds,
    slackSlowAnswers,
    slackTurnsInFlight,
    deliveries,
    delivery: (platform, state) => deliveries.inc({ platform, state }),
    rateLimited,
    jobFailures,
    jobLatenessSeconds,
    startTurn(platform, kind) {
      turns.inc({ platform, kind });
      const end = turnSeconds.startTimer({ platform, kind });
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        end();
      };
    },
  };
}
