import type { Message } from '../src/ui/model.js';
import type { TestApp } from '../test/helpers/start-test-app.js';
import { quantile } from './measure-acks.js';
import { queueReminders, seedFanOutCommittee, startFanOut } from './start-fan-out.js';
import type { RateLimitedSlack } from './start-rate-limited-slack.js';

const plain = (text: string): Message => ({ text, blocks: [{ type: 'text', text }] });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** People on Slack only, created in one statement; returns their ids in order of their Slack ids. */
export async function createRecipients(t: TestApp, prefix: string, count: number): Promise<string[]> {
  await t.db.prisma.person.createMany({
    data: Array.from({ length: count }, (_, i) => ({ key: `${prefix}${i}`, name: `Mottaker ${prefix}${i}`, email: `${prefix}${i}@example.no`, slackUserId: `U${prefix.toUpperCase()}${i}` })),
  });
  const people = await t.db.prisma.person.findMany({ where: { key: { startsWith: prefix } }, select: { id: true, key: true } });
  const byKey = new Map(people.map((p) => [p.key, p.id]));
  return Array.from({ length: count }, (_, i) => byKey.get(`${prefix}${i}`)!);
}

/** True once no delivery is pending and the queue has nothing waiting or running. */
export async function queueIsEmpty(t: TestApp): Promise<boolean> {
  const counts = await t.app.queue.getJobCounts('waiting', 'active', 'prioritized');
  const pending = await t.db.prisma.delivery.count({ where: { state: 'pending' } });
  return pending === 0 && (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0) === 0;
}

/**
 * How far ahead the reminders are due: long enough that all 100 are queued before they fall due even on a busy
 * machine (queueing them took 3.8-5.4 s at a load of 8-12 on two cores, so a 3 s lead measured reminders queued
 * after their time). `queueMs` in the details says how long it took; a reminder is always due when the queueing is over.
 */
const LATENESS_LEAD_MS = 10_000;

/**
 * 100 messages due at the same moment, LATENESS_LEAD_MS ahead, to 100 people, through the real outbox and worker:
 * lateness is when the fake Slack received each minus when it was due. Pacing is off in the fake here,
 * so the figure is the worker's own lateness, not the rate limit's.
 */
export async function measureLateness(t: TestApp, slack: RateLimitedSlack) {
  const count = 100;
  const personIds = await createRecipients(t, 'late', count);
  slack.setEnforced(false);
  slack.reset();
  const dueAt = new Date(Date.now() + LATENESS_LEAD_MS);
  const queuedAt = Date.now();
  await queueReminders(t.app.services, { key: 'bench.lateness', personIds, runAt: dueAt, message: (i) => plain(`Påminnelse ${i}`) });
  const queueMs = Date.now() - queuedAt;
  if (Date.now() >= dueAt.getTime()) throw new Error(`queueing 100 reminders took ${queueMs} ms, past their time: the lateness would be the bench's own`);
  const deadline = dueAt.getTime() + 30_000;
  while (slack.accepted.filter((p) => p.text.startsWith('Påminnelse ')).length < count && Date.now() < deadline) await sleep(50);
  const firstByChannel = new Map<string, number>();
  for (const post of slack.accepted) if (post.text.startsWith('Påminnelse ') && !firstByChannel.has(post.channel)) firstByChannel.set(post.channel, post.at);
  // A message that never arrived counts as late as the wait allowed.
  const lateness = Array.from({ length: count }, (_, i) => (firstByChannel.get(`ULATE${i}`) ?? deadline) - dueAt.getTime()).sort((a, b) => a - b);
  return { count, received: firstByChannel.size, queueMs, minMs: lateness[0], p50Ms: Math.round(quantile(lateness, 0.5)), p99Ms: Math.round(quantile(lateness, 0.99)) };
}

/**
 * A fan-out to `count` people against the rate-limited fake: the time from its start to the last first
 * arrival, as a ratio to the floor count / workspace rate; the share of posts answered 429; duplicates
 * (a person who got the message more than once); losses (a person who never got it).
 */
export async function measureFanOut(t: TestApp, slack: RateLimitedSlack, count: number, maxMs: number) {
  const personIds = await createRecipients(t, 'fan', count);
  // The recipients and their committee are seeded first; the clock starts when the secretariat plans the meeting.
  const seededAt = Date.now();
  const committeeId = await seedFanOutCommittee(t.app.services, { key: 'benchfan', personIds });
  const seedMs = Date.now() - seededAt;
  slack.setEnforced(true);
  slack.reset();
  const start = Date.now();
  const { invited } = await startFanOut(t.app.services, committeeId);
  if (invited !== count) throw new Error(`the fan-out counted ${invited} recipients, not ${count}`);
  const queuedMs = Date.now() - start;
  const deadline = start + maxMs;
  // Invitations to the fan-out's recipients (Slack ids UFAN0…), whatever their wording.
  const fanOutPosts = () => slack.accepted.filter((p) => p.channel.startsWith('UFAN'));
  let expandedMs: number | null = null;
  while (Date.now() < deadline) {
    if (expandedMs === null && (await t.db.prisma.fanOut.count({ where: { state: 'pending', updatedAt: { gte: new Date(start) } } })) === 0) expandedMs = Date.now() - start;
    if (new Set(fanOutPosts().map((p) => p.channel)).size >= count) break;
    if (Date.now() - start > 5000 && (await queueIsEmpty(t))) break;
    await sleep(200);
  }
  await sleep(1500); // a late duplicate still counts
  const posts = fanOutPosts();
  const firstByChannel = new Map<string, number>();
  for (const post of posts) if (!firstByChannel.has(post.channel)) firstByChannel.set(post.channel, post.at);
  const delivered = firstByChannel.size;
  const lost = count - delivered;
  const end = lost > 0 ? deadline : Math.max(...firstByChannel.values());
  // Where the time goes: the first arrival (expansion and start-up), and the pace after it.
  const arrivals = [...firstByChannel.values()].sort((a, b) => a - b);
  const at = (q: number) => (arrivals.length ? arrivals[Math.min(arrivals.length - 1, Math.floor(q * arrivals.length))]! - start : null);
  const floorMs = (count / slack.limits.workspacePerSecond) * 1000;
  return {
    count,
    ratePerSecond: slack.limits.workspacePerSecond,
    floorMs,
    tookMs: end - start,
    seedMs,
    queuedMs,
    expandedMs,
    firstArrivalMs: at(0),
    // First arrivals per 5 s from the start: a dip shows where the pace was lost.
    per5s: Array.from({ length: Math.ceil((end - start) / 5000) }, (_, i) => arrivals.filter((a) => a - start >= i * 5000 && a - start < (i + 1) * 5000).length),
    halfArrivedMs: at(0.5),
    steadyPerSecond: arrivals.length > 20 ? Math.round(((arrivals.length * 0.9 - arrivals.length * 0.1) / ((at(0.9)! - at(0.1)!) / 1000)) * 10) / 10 : null,
    timeRatio: Math.round(((end - start) / floorMs) * 100) / 100,
    posts: slack.stats.posts,
    rejected429: slack.stats.rejected429,
    share429: slack.stats.posts ? Math.round((slack.stats.rejected429 / slack.stats.posts) * 10_000) / 10_000 : 0,
    duplicates: posts.length - delivered,
    lost,
    failedRows: await t.db.prisma.delivery.count({ where: { kind: 'bench.fanout', state: 'failed' } }),
  };
}
