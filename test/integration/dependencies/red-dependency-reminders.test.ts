import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dependencyReminderHandler } from '../../../src/dependencies/jobs/dependency-reminder-handler.js';
import { jobRegistry } from '../../../src/jobs/job-registry.js';
import { startWorker } from '../../../src/jobs/start-worker.js';
import { connectRedis } from '../../../src/redis/connect-redis.js';
import { blockActionPayload, interactionBody, postSlack } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { allDelivered, runScheduledJob, seedCast, slackPostsTo, teamsSentTo, testClock, turnRed } from './dependency-fixtures.js';

// Monday 5 June 2023, 10:00 in Oslo. Ten working days later is Monday 19 June, then 3 July, 17 July.
const T0 = '2023-06-05T08:00:00Z';
const clock = testClock(T0);
let t: TestApp;

// Each test gets its own app and database, so counts see only the test's own dependencies.
beforeEach(async () => {
  clock.set(T0);
  t = await startTestApp({ app: { clock: clock.clock } });
  t.slack.reset();
  t.connector.reset();
});
afterEach(async () => t?.close());

const jobRow = (jobId: string) => t.db.prisma.scheduledJob.findUnique({ where: { jobId } });
const deliveriesTo = (personId: string, kind: string) => t.db.prisma.delivery.findMany({ where: { personId, kind }, orderBy: { createdAt: 'asc' } });

describe('a dependency turning red', () => {
  it('tells the owner (Slack, bokmål), the provider (Teams, English) and for high criticality the secretariat, once', async () => {
    const c = await seedCast(t);
    const dep = await turnRed(t, clock.clock(), {
      initiativeId: c.helseplattformen.id,
      description: 'Reseptmodul versjon 4.12',
      providerInitiativeId: c.eresept.id,
      dueDate: '2023-08-31',
    });
    await allDelivered(t);
    const toKari = slackPostsTo(t, c.kari.slackUserId!);
    expect(toKari).toHaveLength(1);
    expect(JSON.stringify(toKari[0]!.args.blocks)).toContain('En avhengighet er blitt rød');
    expect(JSON.stringify(toKari[0]!.args.blocks)).toContain('Reseptmodul versjon 4.12');
    expect(JSON.stringify(toKari[0]!.args.blocks)).toContain('31. august 2023');
    const toEmma = teamsSentTo(t, c.emma.teamsUserId!);
    expect(toEmma).toHaveLength(1);
    const card = JSON.stringify(toEmma[0]!.body.attachments[0].content);
    expect(card).toContain('A dependency has turned red');
    expect(card).toContain('Still red');
    expect(card).toContain('saksgang.dependencies.now-green');
    expect(slackPostsTo(t, c.sara.slackUserId!)).toHaveLength(1);
    expect(slackPostsTo(t, c.stian.slackUserId!)).toHaveLength(0);

    // Called again for the same red spell (a retry, a second submission): nobody hears twice.
    await (await import('../../../src/dependencies/on-dependency-turned-red.js')).onDependencyTurnedRed(t.app.services, dep.id);
    await allDelivered(t);
    expect(await t.db.prisma.delivery.count({ where: { kind: 'dependency_red', idempotencyKey: { contains: dep.id } } })).toBe(3);

    // The first reminders wait ten working days; the escalation the working day after the due date.
    expect((await jobRow(`depreminder.${c.kari.id}.2023-06-19`))?.state).toBe('pending');
    expect((await jobRow(`depreminder.${c.emma.id}.2023-06-19`))?.state).toBe('pending');
    expect((await jobRow(`depescalation.${dep.id}.2023-08-31`))?.runAt.toISOString()).toBe('2023-09-01T07:00:00.000Z');
  });

  it('tells a provider organisation’s portfolio contact; medium criticality does not go to the secretariat', async () => {
    const c = await seedCast(t);
    await turnRed(t, clock.clock(), { initiativeId: c.helseplattformen.id, description: 'Kjernejournal-API', criticality: 'medium', providerOrganisationId: c.nhn.id });
    await allDelivered(t);
    expect(teamsSentTo(t, c.lise.teamsUserId!)).toHaveLength(1);
    expect(JSON.stringify(teamsSentTo(t, c.lise.teamsUserId!)[0]!.body)).toContain('En avhengighet er blitt rød');
    expect(slackPostsTo(t, c.kari.slackUserId!)).toHaveLength(1);
    expect(slackPostsTo(t, c.sara.slackUserId!)).toHaveLength(0);
  });
});

describe('reminders', () => {
  it('repeat every ten working days while red, and stop once it is answered "now green"', async () => {
    const c = await seedCast(t);
    const dep = await turnRed(t, clock.clock(), { initiativeId: c.helseplattformen.id, description: 'E-multidose', providerText: 'Leverandør X', dueDate: '2023-12-15' });
    await allDelivered(t);
    t.slack.reset();

    await runScheduledJob(t, clock, `depreminder.${c.kari.id}.2023-06-19`);
    await allDelivered(t);
    let posts = slackPostsTo(t, c.kari.slackUserId!);
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0]!.args.blocks)).toContain('Påminnelse: rød avhengighet');
    expect(JSON.stringify(posts[0]!.args.blocks)).toContain('14 dager');
    expect((await jobRow(`depreminder.${c.kari.id}.2023-07-03`))?.state).toBe('pending');

    await runScheduledJob(t, clock, `depreminder.${c.kari.id}.2023-07-03`);
    await allDelivered(t);
    posts = slackPostsTo(t, c.kari.slackUserId!);
    expect(posts).toHaveLength(2);
    expect((await jobRow(`depreminder.${c.kari.id}.2023-07-17`))?.state).toBe('pending');

    // Kari answers "now green" on the last reminder (Slack button).
    const delivery = (await deliveriesTo(c.kari.id, 'dependency_reminder')).at(-1)!;
    const value = JSON.stringify({ d: dep.id, k: delivery.idempotencyKey });
    const res = await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(c.kari.slackUserId!, 'saksgang.dependencies.now-green#2', value, delivery.platformConversationId!, delivery.platformMessageId!)), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    await waitFor(() => t.slack.callsTo('chat.update').length > 0, 10_000, 'chat.update');
    expect((await t.db.prisma.dependency.findUniqueOrThrow({ where: { id: dep.id } })).status).toBe('green');

    await runScheduledJob(t, clock, `depreminder.${c.kari.id}.2023-07-17`);
    await allDelivered(t);
    expect(slackPostsTo(t, c.kari.slackUserId!)).toHaveLength(2);
    expect(await jobRow(`depreminder.${c.kari.id}.2023-07-31`)).toBeNull();
  });

  it('also reminds five working days before the due date', async () => {
    const c = await seedCast(t);
    // Due Friday 23 June: five working days before is Friday 16 June, before the first interval reminder.
    await turnRed(t, clock.clock(), { initiativeId: c.helseplattformen.id, description: 'Tjenesteavtale', criticality: 'low', dueDate: '2023-06-23' });
    expect((await jobRow(`depreminder.${c.kari.id}.2023-06-16`))?.state).toBe('pending');
    await runScheduledJob(t, clock, `depreminder.${c.kari.id}.2023-06-16`);
    await allDelivered(t);
    expect(slackPostsTo(t, c.kari.slackUserId!).map((p) => p.args.text)).toContain('Påminnelse: 1 rød avhengighet venter på svar.');
    expect((await jobRow(`depreminder.${c.kari.id}.2023-06-19`))?.state).toBe('pending');
  });

  it('are queued again after one failed for good, so that person’s chain of reminders does not end there', async () => {
    const c = await seedCast(t);
    await turnRed(t, clock.clock(), { initiativeId: c.helseplattformen.id, description: 'Feilet påminnelse', dueDate: '2023-12-15' });
    await allDelivered(t);
    const jobId = `depreminder.${c.kari.id}.2023-06-19`;
    // Kari's reminder failed for good (attempts used up): it never scheduled the next one.
    await t.app.services.jobs.cancel(jobId);
    await t.db.prisma.scheduledJob.update({ where: { jobId }, data: { state: 'failed' } });
    // A later scheduling of the same reminder (here: another dependency of hers turning red) queues it again.
    await turnRed(t, clock.clock(), { initiativeId: c.helseplattformen.id, description: 'Ny rød samme uke', dueDate: '2023-12-15' });
    await allDelivered(t);
    expect((await jobRow(jobId))?.state).toBe('pending');
    t.slack.reset();
    await runScheduledJob(t, clock, jobId);
    await allDelivered(t);
    const posts = slackPostsTo(t, c.kari.slackUserId!);
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0]!.args.blocks)).toContain('Feilet påminnelse');
    expect((await jobRow(`depreminder.${c.kari.id}.2023-07-03`))?.state).toBe('pending');
  });

  it('skip a dependency the person paused (only for them) and come back when their pause ends', async () => {
    const c = await seedCast(t);
    const dep = await turnRed(t, clock.clock(), { initiativeId: c.helseplattformen.id, description: 'Pasientens legemiddelliste', providerInitiativeId: c.eresept.id });
    await allDelivered(t);
    // Thursday 15 June: Emma (the provider, Teams) asks to be reminded in five working days: Thursday 22 June.
    clock.set('2023-06-15T10:00:00Z');
    const { cardActionActivity, postActivity } = await import('../../helpers/teams-activities.js');
    const delivery = (await deliveriesTo(c.emma.id, 'dependency_red'))[0]!;
    const emma = { id: c.emma.teamsUserId!, aadObjectId: c.emma.aadObjectId! };
    await postActivity(t.url, cardActionActivity(t.connector.url, emma, 'saksgang.dependencies.snooze', { _payload: { d: dep.id, k: delivery.idempotencyKey, n: 5 } }, 'en-US'));
    const res = await postActivity(
      t.url,
      cardActionActivity(t.connector.url, emma, 'saksgang.form.dependencies.snooze', { _formId: 'saksgang.form.dependencies.snooze', _context: { d: dep.id, k: delivery.idempotencyKey }, days: '5' }, 'en-US'),
    );
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json.value)).toContain('your next reminder about \\"Pasientens legemiddelliste\\" comes on 22 June 2023');
    const change = await t.db.prisma.dependencyChange.findFirstOrThrow({ where: { dependencyId: dep.id, field: 'snooze', changedById: c.emma.id } });
    expect(change.toValue).toBe('2023-06-22T07:00:00.000Z');
    expect((await t.db.prisma.dependency.findUniqueOrThrow({ where: { id: dep.id } })).snoozedUntil).toBeNull();
    t.slack.reset();
    t.connector.reset();

    // 19 June falls inside Emma's pause: Kari is reminded, Emma is not.
    await runScheduledJob(t, clock, `depreminder.${c.kari.id}.2023-06-19`);
    await runScheduledJob(t, clock, `depreminder.${c.emma.id}.2023-06-19`);
    await allDelivered(t);
    expect(slackPostsTo(t, c.kari.slackUserId!)).toHaveLength(1);
    expect(teamsSentTo(t, c.emma.teamsUserId!)).toHaveLength(0);
    expect(await jobRow(`depreminder.${c.kari.id}.2023-06-22`)).toBeNull();

    // Emma's pause ends on 22 June: she is reminded then; Kari's next reminder stays on 3 July.
    await runScheduledJob(t, clock, `depreminder.${c.emma.id}.2023-06-22`);
    await allDelivered(t);
    expect(teamsSentTo(t, c.emma.teamsUserId!)).toHaveLength(1);
    expect(JSON.stringify(teamsSentTo(t, c.emma.teamsUserId!)[0]!.body)).toContain('Reminder: red dependency');
    expect(slackPostsTo(t, c.kari.slackUserId!)).toHaveLength(1);
    expect((await jobRow(`depreminder.${c.kari.id}.2023-07-03`))?.state).toBe('pending');
  });

  it('gather a person\'s reminders of the same working week into one message on the earliest day', async () => {
    const c = await seedCast(t);
    // A turns red on Monday 5 June (first reminder Monday 19 June), B on Wednesday 7 June (first reminder Wednesday 21 June).
    await turnRed(t, clock.clock(), { initiativeId: c.helseplattformen.id, description: 'Ukesamling A', providerText: 'Ukjent' });
    clock.set('2023-06-07T08:00:00Z');
    await turnRed(t, clock.clock(), { initiativeId: c.helseplattformen.id, description: 'Ukesamling B', providerText: 'Ukjent' });
    await allDelivered(t);
    t.slack.reset();
    expect((await jobRow(`depreminder.${c.kari.id}.2023-06-19`))?.state).toBe('pending');
    expect(await jobRow(`depreminder.${c.kari.id}.2023-06-21`)).toBeNull();
    await runScheduledJob(t, clock, `depreminder.${c.kari.id}.2023-06-19`);
    await allDelivered(t);
    const posts = slackPostsTo(t, c.kari.slackUserId!);
    expect(posts).toHaveLength(1);
    const blocks = JSON.stringify(posts[0]!.args.blocks);
    expect(blocks).toContain('Påminnelse: 2 røde avhengigheter');
    expect(blocks).toContain('Ukesamling A');
    expect(blocks).toContain('Ukesamling B');
    // Next time both come together again, on the earliest day of that week (A: 3 July; B would be 5 July).
    expect((await jobRow(`depreminder.${c.kari.id}.2023-07-03`))?.state).toBe('pending');
    expect(await jobRow(`depreminder.${c.kari.id}.2023-07-05`)).toBeNull();
    // A reminder later that week (a snooze's end, a job queued before) does not repeat what was already sent.
    const { dependencyReminderHandler: job } = await import('../../../src/dependencies/jobs/dependency-reminder-handler.js');
    clock.set('2023-06-21T07:00:00Z');
    await job.handle({ personId: c.kari.id, day: '2023-06-21' }, t.app.services);
    await allDelivered(t);
    expect(slackPostsTo(t, c.kari.slackUserId!)).toHaveLength(1);
  });

  it('group several red dependencies of one person into one message', async () => {
    const c = await seedCast(t);
    await turnRed(t, clock.clock(), { initiativeId: c.helseplattformen.id, description: 'Datadelingsløsning', providerText: 'Ukjent' });
    await turnRed(t, clock.clock(), { initiativeId: c.helseplattformen.id, description: 'Digitale behandlingsplaner', providerText: 'Ukjent', criticality: 'medium' });
    await turnRed(t, clock.clock(), { initiativeId: c.helseplattformen.id, description: 'Forutsigbarhet i komplekse prosjekter', providerText: 'Ukjent', criticality: 'low' });
    await allDelivered(t);
    t.slack.reset();
    expect(await t.db.prisma.scheduledJob.count({ where: { jobId: { startsWith: `depreminder.${c.kari.id}.` } } })).toBe(1);
    await runScheduledJob(t, clock, `depreminder.${c.kari.id}.2023-06-19`);
    await allDelivered(t);
    const posts = slackPostsTo(t, c.kari.slackUserId!);
    expect(posts).toHaveLength(1);
    const blocks = JSON.stringify(posts[0]!.args.blocks);
    expect(blocks).toContain('Påminnelse: 3 røde avhengigheter');
    for (const d of ['Datadelingsløsning', 'Digitale behandlingsplaner', 'Forutsigbarhet i komplekse prosjekter']) expect(blocks).toContain(d);
  });
});

describe('escalation', () => {
  it('tells the secretariat once when the due date has passed and the dependency is still red', async () => {
    const c = await seedCast(t);
    const dep = await turnRed(t, clock.clock(), { initiativeId: c.helseplattformen.id, description: 'Nasjonal løsning for e-multidose', criticality: 'low', dueDate: '2023-06-07' });
    await allDelivered(t);
    t.slack.reset();
    const jobId = `depescalation.${dep.id}.2023-06-07`;
    expect((await jobRow(jobId))?.runAt.toISOString()).toBe('2023-06-08T07:00:00.000Z');
    await runScheduledJob(t, clock, jobId);
    await allDelivered(t);
    const toSara = slackPostsTo(t, c.sara.slackUserId!);
    expect(toSara).toHaveLength(1);
    expect(JSON.stringify(toSara[0]!.args.blocks)).toContain('Rød avhengighet over fristen');
    expect(JSON.stringify(toSara[0]!.args.blocks)).toContain('7. juni 2023');
    // Run again (a retry or a restart): still once.
    await runScheduledJob(t, clock, jobId);
    await allDelivered(t);
    expect(slackPostsTo(t, c.sara.slackUserId!)).toHaveLength(1);
  });

  it('is dropped when the dependency is resolved before its due date', async () => {
    const c = await seedCast(t);
    const dep = await turnRed(t, clock.clock(), { initiativeId: c.helseplattformen.id, description: 'Regelverksendring', criticality: 'high', dueDate: '2023-06-09' });
    await allDelivered(t);
    const delivery = (await deliveriesTo(c.kari.id, 'dependency_red'))[0]!;
    const value = JSON.stringify({ d: dep.id, k: delivery.idempotencyKey });
    await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(c.kari.slackUserId!, 'saksgang.dependencies.resolved#3', value, delivery.platformConversationId!, delivery.platformMessageId!)), 'application/x-www-form-urlencoded');
    await waitFor(async () => (await t.db.prisma.dependency.findUniqueOrThrow({ where: { id: dep.id } })).resolvedAt, 10_000, 'resolved');
    expect((await jobRow(`depescalation.${dep.id}.2023-06-09`))?.state).toBe('cancelled');
  });
});

describe('de-duplication', () => {
  it('sends one reminder per person and day under two workers, parallel runs and a worker restart', async () => {
    const c = await seedCast(t);
    await turnRed(t, clock.clock(), { initiativeId: c.helseplattformen.id, description: 'Felles språk', providerInitiativeId: c.eresept.id });
    await turnRed(t, clock.clock(), { initiativeId: c.helseplattformen.id, description: 'Grunndata', providerInitiativeId: c.eresept.id, criticality: 'medium' });
    await allDelivered(t);
    t.slack.reset();
    t.connector.reset();
    const connections = [connectRedis(process.env.TEST_REDIS_URL!), connectRedis(process.env.TEST_REDIS_URL!)];
    const second = startWorker(t.app.services, jobRegistry(), connections[0]!);
    try {
      const payload = { personId: c.kari.id, day: '2023-06-19' };
      // Two workers pick from the same queue, and the handler also runs twice at once (a retry racing a run).
      await Promise.all([
        runScheduledJob(t, clock, `depreminder.${c.kari.id}.2023-06-19`),
        runScheduledJob(t, clock, `depreminder.${c.emma.id}.2023-06-19`),
        dependencyReminderHandler.handle(payload, t.app.services),
        dependencyReminderHandler.handle(payload, t.app.services),
      ]);
      await allDelivered(t);
      // A restart: Redis lost the finished job, the mirror says pending, a fresh worker restores and runs it.
      await t.db.prisma.scheduledJob.update({ where: { jobId: `depreminder.${c.kari.id}.2023-06-19` }, data: { state: 'pending' } });
      await (await t.app.queue.getJob(`depreminder.${c.kari.id}.2023-06-19`))?.remove();
      await second.close();
      const third = startWorker(t.app.services, jobRegistry(), connections[1]!);
      try {
        expect(await t.app.services.jobs.restoreScheduledJobs(jobRegistry())).toBeGreaterThanOrEqual(1);
        await waitFor(async () => (await jobRow(`depreminder.${c.kari.id}.2023-06-19`))?.state === 'done', 10_000, 'restored job');
        await allDelivered(t);
      } finally {
        await third.close();
      }
    } finally {
      await second.close();
      for (const connection of connections) connection.disconnect();
    }
    expect(slackPostsTo(t, c.kari.slackUserId!)).toHaveLength(1);
    expect(teamsSentTo(t, c.emma.teamsUserId!)).toHaveLength(1);
    expect(JSON.stringify(teamsSentTo(t, c.emma.teamsUserId!)[0]!.body)).toContain('Reminder: 2 red dependencies');
    expect(await t.db.prisma.delivery.count({ where: { kind: 'dependency_reminder', personId: { in: [c.kari.id, c.emma.id] } } })).toBe(2);
  });
});
