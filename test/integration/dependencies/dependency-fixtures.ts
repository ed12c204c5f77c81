import type { Criticality, DependencyCategory } from '../../../src/generated/prisma/enums.js';
import { jobRegistry } from '../../../src/jobs/job-registry.js';
import { onDependencyTurnedRed } from '../../../src/dependencies/on-dependency-turned-red.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { seedLargeRoster } from '../../helpers/fixtures/seed-large-roster.js';

/** A clock the test moves by hand. */
export function testClock(start: string) {
  let now = new Date(start);
  return {
    clock: () => now,
    set(at: Date | string) {
      now = new Date(at);
    },
  };
}

export const teamsRef = (url: string, id: string) => ({ channelId: 'msteams', serviceUrl: url, conversation: { id: `a:dm-${id}` }, bot: { id: '28:bot' }, user: { id } });

let counter = 0;

/** People, organisations, initiatives and NUIT (treats the portfolio) with its secretariat; keys unique per call. */
export async function seedCast(t: TestApp) {
  const db = t.db.prisma;
  const n = (counter += 1);
  const org = (key: string, name: string) => db.organisation.create({ data: { key: `${key}${n}`, name: `${name} ${n}` } });
  const ehelse = await org('ehelse', 'Direktoratet for e-helse');
  const hmn = await org('hmn', 'Helse Midt-Norge RHF');
  const nhn = await org('nhn', 'Norsk helsenett');
  const slackPerson = (key: string, name: string, locale: 'nb' | 'en', organisationId?: string) =>
    db.person.create({ data: { key: `${key}${n}`, name, email: `${key}${n}@example.no`, locale, slackUserId: `U${key.toUpperCase()}${n}`, organisationId: organisationId ?? null } });
  const teamsPerson = (key: string, name: string, locale: 'nb' | 'en', organisationId?: string) =>
    db.person.create({
      data: {
        key: `${key}${n}`,
        name,
        email: `${key}${n}@example.no`,
        locale,
        teamsUserId: `29:${key}${n}`,
        aadObjectId: `aad-${key}${n}`,
        teamsConversationRef: teamsRef(t.connector.url, `29:${key}${n}`),
        organisationId: organisationId ?? null,
      },
    });
  const kari = await slackPerson('kari', 'Kari Nordmann', 'nb', hmn.id); // owner of Helseplattformen (Slack, bokmål)
  const emma = await teamsPerson('emma', 'Emma Hansen', 'en', ehelse.id); // owner of the provider initiative (Teams, English)
  const lise = await teamsPerson('lise', 'Lise Kontakt', 'nb', nhn.id); // portfolio contact of the provider organisation (Teams, bokmål)
  const sara = await slackPerson('sara', 'Sara Sekretariat', 'nb'); // secretariat of NUIT (Slack)
  const stian = await slackPerson('stian', 'Stian Fremmed', 'en'); // nobody in particular
  const nuit = await db.committee.upsert({ where: { key: 'NUIT' }, create: { key: 'NUIT', name: 'NUIT', treatsPortfolio: true }, update: {} });
  await db.membership.create({ data: { committeeId: nuit.id, personId: sara.id, role: 'secretariat' } });
  await db.portfolioContact.create({ data: { organisationId: nhn.id, personId: lise.id } });
  const initiative = (key: string, name: string, organisationId: string, ownerId: string) =>
    db.initiative.create({ data: { key: `${key}${n}`, name, organisationId, ownerId, segment: 'samstyring', state: 'active' } });
  const helseplattformen = await initiative('hp', 'Helseplattformen', hmn.id, kari.id);
  const eresept = await initiative('eresept', 'E-resept forskrivningsmodul', ehelse.id, emma.id);
  return { ehelse, hmn, nhn, kari, emma, lise, sara, stian, nuit, helseplattformen, eresept };
}

/** Creates a dependency that has just turned red (as the status round does) and hands it to `onDependencyTurnedRed`. */
export async function turnRed(
  t: TestApp,
  now: Date,
  input: {
    initiativeId: string;
    description: string;
    criticality?: Criticality;
    category?: DependencyCategory;
    providerInitiativeId?: string;
    providerOrganisationId?: string;
    providerText?: string;
    dueDate?: string;
    changedById?: string;
  },
) {
  const db = t.db.prisma;
  const dependency = await db.dependency.create({
    data: {
      initiativeId: input.initiativeId,
      description: input.description,
      category: input.category ?? 'national_solutions',
      criticality: input.criticality ?? 'high',
      status: 'red',
      redSince: now,
      dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null,
      providerInitiativeId: input.providerInitiativeId ?? null,
      providerOrganisationId: input.providerOrganisationId ?? null,
      providerText: input.providerText ?? null,
    },
  });
  await db.dependencyChange.create({ data: { dependencyId: dependency.id, field: 'status', fromValue: 'yellow', toValue: 'red', changedById: input.changedById ?? null, at: now } });
  await onDependencyTurnedRed(t.app.services, dependency.id);
  return dependency;
}

const definitions = jobRegistry();

/** Moves the clock to a scheduled job's time and runs it now; waits until the worker has finished it. */
export async function runScheduledJob(t: TestApp, clock: ReturnType<typeof testClock>, jobId: string) {
  const db = t.db.prisma;
  const row = await db.scheduledJob.findUniqueOrThrow({ where: { jobId } });
  if (row.runAt > clock.clock()) clock.set(row.runAt);
  await t.app.services.jobs.reschedule(definitions.get(row.name)!.spec, row.payload, clock.clock());
  await waitFor(async () => (await db.scheduledJob.findUnique({ where: { jobId } }))?.state === 'done', 10_000, `job ${jobId}`);
}

/** Waits until every queued delivery is sent. */
export async function allDelivered(t: TestApp) {
  // Fan-outs first: their deliveries are written by the queue after the turn.
  await waitFor(async () => (await t.db.prisma.fanOut.count({ where: { state: 'pending' } })) === 0, 10_000, 'fan-outs expanded');
  await waitFor(async () => (await t.db.prisma.delivery.count({ where: { state: 'pending' } })) === 0, 10_000, 'deliveries sent');
}

/** Slack messages posted to a user. */
export const slackPostsTo = (t: TestApp, slackUserId: string) => t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === slackUserId);

/** Teams activities sent into a person's 1:1 conversation. */
export const teamsSentTo = (t: TestApp, teamsUserId: string) => t.connector.sent().filter((c) => c.conversationId === `a:dm-${teamsUserId}`);

/**
 * A fresh app for one test with the cast seeded on `start` (the day the dependencies turn red), Slack warmed up,
 * then the clock moved on to `answerDay` and the fakes emptied, so the test reads only what its own steps send.
 */
export async function startCastApp(clock: ReturnType<typeof testClock>, start: string, answerDay: string) {
  clock.set(start);
  const t = await startTestApp({ app: { clock: clock.clock } });
  const c = await seedCast(t);
  await warmUpSlack(t, c.sara.slackUserId!);
  clock.set(answerDay);
  t.slack.reset();
  t.connector.reset();
  return { t, c };
}

/**
 * The cast and a generated roster of 2,000 people (`seedLargeRoster`) at `start`, with Slack warmed up for the
 * person `warmAs` picks: the set-up of the picker tests, which search a roster too big for a static list.
 */
export async function startCastAppWithLargeRoster(clock: ReturnType<typeof testClock>, start: string, warmAs: (c: Awaited<ReturnType<typeof seedCast>>) => string) {
  clock.set(start);
  const t = await startTestApp({ app: { clock: clock.clock } });
  const c = await seedCast(t);
  const big = await seedLargeRoster(t, 2_000);
  await warmUpSlack(t, warmAs(c));
  t.slack.reset();
  t.connector.reset();
  return { t, c, big };
}

/** A Teams user as the fake connector addresses them. */
export const teamsUserOf = (p: { teamsUserId: string | null; aadObjectId: string | null }) => ({ id: p.teamsUserId!, aadObjectId: p.aadObjectId! });
