// The benchmark: speed and memory figures for the paths that run most, written to bench/results/.
// Run with `npm run bench` (needs the same PostgreSQL and Redis as the tests).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { renderMessage } from '../src/channels/slack/render-block-kit.js';
import { renderMessageCard } from '../src/channels/teams/render-adaptive-card.js';
import { computeSchedule } from '../src/cycles/compute-schedule.js';
import { loadCycles } from '../src/cycles/load-cycles.js';
import { sendToPerson } from '../src/outbox/send-to-person.js';
import type { Message } from '../src/ui/model.js';
import { startTestApp, waitFor } from '../test/helpers/start-test-app.js';

process.env.TEST_DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test';
process.env.TEST_REDIS_URL ??= 'redis://127.0.0.1:6379';

function perSecond(iterations: number, run: (i: number) => void): number {
  for (let i = 0; i < Math.min(200, iterations); i += 1) run(i); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) run(i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return Math.round(iterations / seconds);
}

// An agenda of 30 items, the size of a long NUIT meeting.
const agenda: Message = {
  text: 'Saksliste NUIT 2/2021',
  blocks: [
    { type: 'header', text: 'Saksliste – NUIT 2/2021, 20. mai 2021 kl. 10.00' },
    ...Array.from({ length: 30 }, (_, i) => [
      { type: 'text' as const, text: `**Sak ${i + 10}/21 – Godkjenning** Tittel på saken nummer ${i}` },
      { type: 'fields' as const, fields: [{ label: 'Saksansvarlig', value: 'Kari Nordmann' }, { label: 'Forslag til vedtak', value: 'NUIT tar saken til orientering.' }] },
    ]).flat(),
    { type: 'actions', buttons: [{ actionId: 'saksgang.meetings.status', label: 'Status', payload: { meetingId: 'm1' } }] },
  ],
};

async function main() {
  const figures: Record<string, number> = {};
  figures.renderAgendaBlockKitPerSecond = perSecond(5_000, () => renderMessage(agenda));
  figures.renderAgendaCardPerSecond = perSecond(5_000, () => renderMessageCard(agenda));
  const cycles = await loadCycles('./workflows');
  const nuit = cycles.get('nuit');
  figures.computeSchedulePerSecond = perSecond(5_000, (i) => computeSchedule(nuit, new Date(Date.UTC(2026, 0, 5) + i * 86_400_000)));

  const t = await startTestApp();
  try {
    const people = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.db.prisma.person.create({ data: { key: `p${i}`, name: `Person ${i}`, email: `p${i}@example.no`, slackUserId: `U${i}` } })),
    );
    const count = 200;
    const start = Date.now();
    for (let i = 0; i < count; i += 1) {
      await sendToPerson(t.app.services, { personId: people[i % people.length]!.id, kind: 'bench', idempotencyKey: `bench-${i}`, message: agenda });
    }
    await waitFor(async () => (await t.db.prisma.delivery.count({ where: { state: 'sent' } })) === count, 120_000, 'all deliveries');
    figures.outboxDeliveriesPerSecond = Math.round(count / ((Date.now() - start) / 1000));
  } finally {
    await t.close();
  }
  figures.rssAfterRunMb = Math.round(process.memoryUsage().rss / 1024 / 1024);

  const targets = JSON.parse(readFileSync('bench/targets.json', 'utf8')) as Record<string, { min?: number; max?: number }>;
  const verdicts = Object.fromEntries(
    Object.entries(figures).map(([name, value]) => {
      const target = targets[name] ?? {};
      const ok = (target.min === undefined || value >= target.min) && (target.max === undefined || value <= target.max);
      return [name, { value, target, ok }];
    }),
  );
  const result = { at: new Date().toISOString(), node: process.version, figures: verdicts };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  for (const [name, v] of Object.entries(verdicts)) console.log(`${v.ok ? 'ok  ' : 'MISS'} ${name}: ${v.value}  (target ${JSON.stringify(v.target)})`);
  process.exit(0);
}

void main();
