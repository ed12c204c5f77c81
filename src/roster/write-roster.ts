import type { DbTx } from '../db/prisma.js';
import { applyChange } from './apply-change.js';
import type { TouchedEntry } from './check-import-scope.js';
import type { ImportResult, KindCounts } from './import-result.js';
import { releaseMovedIds } from './release-moved-ids.js';
import type { Roster } from './roster-schema.js';
import type { ExistingRoster } from './validate-roster.js';

const counts = (): KindCounts => ({ created: 0, updated: 0, unchanged: 0 });

/**
 * Writes a validated roster inside the caller's transaction: organisations, people, portfolio contacts,
 * committees with their memberships, initiatives. Counts what it created, updated and left unchanged, and lists
 * in `touched` every entry it created or changed (a membership or portfolio contact change counts for its owner).
 */
export async function writeRoster(tx: DbTx, roster: Roster, existing: ExistingRoster, touched: TouchedEntry[] = []): Promise<ImportResult> {
  const result: ImportResult = {
    organisations: counts(),
    people: counts(),
    committees: counts(),
    initiatives: counts(),
    memberships: { created: 0, removed: 0 },
    portfolioContacts: { created: 0, removed: 0 },
  };
  /** Runs one applyChange and notes the entry when it created or updated its row. */
  const tracked = async (section: TouchedEntry['section'], index: number, key: string, count: KindCounts, apply: () => Promise<string>) => {
    const [created, updated] = [count.created, count.updated];
    const id = await apply();
    if (count.created > created) touched.push({ section, index, key, kind: 'created' });
    else if (count.updated > updated) touched.push({ section, index, key, kind: 'updated' });
    return id;
  };

  const orgIds = new Map<string, string>();
  for (const [index, org] of roster.organisations.entries()) {
    const data = { name: org.name };
    const stored = await tx.organisation.findUnique({ where: { key: org.key } });
    const id = await tracked('organisations', index, org.key, result.organisations, () => applyChange(result.organisations, stored, data, {
      create: () => tx.organisation.create({ data: { ...data, key: org.key } }),
      update: (where) => tx.organisation.update({ where, data }),
    }));
    orgIds.set(org.key, id);
  }
  const orgId = async (key: string): Promise<string> =>
    orgIds.get(key) ?? (await tx.organisation.findUniqueOrThrow({ where: { key }, select: { id: true } })).id;

  // Platform ids that move from one person to another are cleared first, so the unique indexes never clash.
  await releaseMovedIds(tx, roster, existing);
  const personIds = new Map<string, string>();
  for (const [index, p] of roster.people.entries()) {
    const data = {
      name: p.name,
      email: p.email,
      ...(p.organisation !== undefined ? { organisationId: p.organisation === null ? null : await orgId(p.organisation) } : {}),
      ...(p.locale !== undefined ? { locale: p.locale } : {}),
      ...(p.slack !== undefined ? { slackUserId: p.slack } : {}),
      ...(p.teams !== undefined ? { teamsUserId: p.teams } : {}),
      ...(p.aadObjectId !== undefined ? { aadObjectId: p.aadObjectId } : {}),
      ...(p.dmPlatform !== undefined ? { dmPlatform: p.dmPlatform } : {}),
    };
    const stored = await tx.person.findUnique({ where: { key: p.key } });
    const id = await tracked('people', index, p.key, result.people, () => applyChange(result.people, stored, data, {
      create: () => tx.person.create({ data: { ...data, key: p.key } }),
      update: (where) => tx.person.update({ where, data }),
    }));
    personIds.set(p.key, id);
  }
  const personId = async (key: string): Promise<string> =>
    personIds.get(key) ?? (await tx.person.findUniqueOrThrow({ where: { key }, select: { id: true } })).id;

  const createdOrgs = new Set(touched.filter((e) => e.section === 'organisations' && e.kind === 'created').map((e) => e.key));
  for (const [index, org] of roster.organisations.entries()) {
    if (!org.portfolioContacts) continue;
    const id = await orgId(org.key);
    const wanted = new Set(await Promise.all(org.portfolioContacts.map(personId)));
    const contacts = await tx.portfolioContact.findMany({ where: { organisationId: id } });
    const stale = contacts.filter((c) => !wanted.has(c.personId));
    if (stale.length > 0) await tx.portfolioContact.deleteMany({ where: { id: { in: stale.map((c) => c.id) } } });
    const have = new Set(contacts.map((c) => c.personId));
    const fresh = [...wanted].filter((p) => !have.has(p));
    if (fresh.length > 0) await tx.portfolioContact.createMany({ data: fresh.map((p) => ({ organisationId: id, personId: p })) });
    if (!createdOrgs.has(org.key) && stale.length + fresh.length > 0) touched.push({ section: 'organisations', index, key: org.key, kind: 'updated' });
    result.portfolioContacts.created += fresh.length;
    result.portfolioContacts.removed += stale.length;
  }

  for (const [index, c] of roster.committees.entries()) {
    const data = {
      name: c.name,
      ...(c.slackChannel !== undefined ? { slackChannelId: c.slackChannel } : {}),
      ...(c.teamsConversation !== undefined ? { teamsConversationId: c.teamsConversation } : {}),
      ...(c.cycle !== undefined ? { cycle: c.cycle } : {}),
      ...(c.timeZone !== undefined ? { timeZone: c.timeZone } : {}),
      ...(c.treatsPortfolio !== undefined ? { treatsPortfolio: c.treatsPortfolio } : {}),
      ...(c.channelLanguage !== undefined ? { channelLocale: c.channelLanguage === 'auto' ? null : c.channelLanguage } : {}),
    };
    const stored = await tx.committee.findUnique({ where: { key: c.key } });
    const id = await tracked('committees', index, c.key, result.committees, () => applyChange(result.committees, stored, data, {
      create: () => tx.committee.create({ data: { ...data, key: c.key } }),
      update: (where) => tx.committee.update({ where, data }),
    }));
    if (c.secretariat === undefined && c.members === undefined) continue;
    const seats = [
      ...(c.secretariat ?? []).map((p) => ({ person: p, role: 'secretariat' as const })),
      ...(c.members ?? []),
    ];
    const wanted = new Map<string, { personId: string; role: (typeof seats)[number]['role'] }>();
    for (const seat of seats) {
      const pid = await personId(seat.person);
      wanted.set(`${pid}/${seat.role}`, { personId: pid, role: seat.role });
    }
    const seated = await tx.membership.findMany({ where: { committeeId: id } });
    const stale = seated.filter((m) => !wanted.has(`${m.personId}/${m.role}`));
    if (stale.length > 0) await tx.membership.deleteMany({ where: { id: { in: stale.map((m) => m.id) } } });
    const have = new Set(seated.map((m) => `${m.personId}/${m.role}`));
    const fresh = [...wanted].filter(([seat]) => !have.has(seat)).map(([, m]) => ({ committeeId: id, ...m }));
    if (fresh.length > 0) await tx.membership.createMany({ data: fresh });
    if (stored && stale.length + fresh.length > 0) touched.push({ section: 'committees', index, key: c.key, kind: 'updated' });
    result.memberships.created += fresh.length;
    result.memberships.removed += stale.length;
  }

  for (const [index, i] of roster.initiatives.entries()) {
    const data = {
      name: i.name,
      organisationId: await orgId(i.organisation),
      ownerId: await personId(i.owner),
      segment: i.segment,
      ...(i.state !== undefined ? { state: i.state } : {}),
      ...(i.isNew !== undefined ? { isNew: i.isNew } : {}),
      ...(i.strategyGoals !== undefined ? { strategyGoals: i.strategyGoals } : {}),
      ...(i.mainGoal !== undefined ? { mainGoal: i.mainGoal } : {}),
      ...(i.sdgs !== undefined ? { sdgs: i.sdgs } : {}),
    };
    const stored = await tx.initiative.findUnique({ where: { key: i.key } });
    await tracked('initiatives', index, i.key, result.initiatives, () => applyChange(result.initiatives, stored, data, {
      create: () => tx.initiative.create({ data: { state: 'active', ...data, key: i.key } }),
      update: (where) => tx.initiative.update({ where, data }),
    }));
  }
  return result;
}
