import type { AppServices } from '../../src/app/services.js';
import type { Db } from '../../src/db/prisma.js';
import { sendToPerson } from '../../src/outbox/send-to-person.js';

/** `count` people on Slack (user ids U<tag>0001…) or Teams (a stored conversation on the fake connector). */
export async function createPeople(db: Db, count: number, options: { tag: string; teamsServiceUrl?: string }): Promise<{ id: string; channel: string }[]> {
  const rows = Array.from({ length: count }, (_, i) => {
    const n = `${options.tag}${String(i + 1).padStart(4, '0')}`;
    const base = { key: `p-${n}`, name: `Person ${n}`, email: `${n}@example.no` };
    return options.teamsServiceUrl
      ? {
          ...base,
          teamsUserId: `29:${n}`,
          teamsConversationRef: { channelId: 'msteams', serviceUrl: options.teamsServiceUrl, conversation: { id: `a:dm-${n}` }, bot: { id: '28:bot' }, user: { id: `29:${n}` } },
        }
      : { ...base, slackUserId: `U${n}` };
  });
  await db.person.createMany({ data: rows });
  const people = await db.person.findMany({ where: { key: { in: rows.map((r) => r.key) } }, orderBy: { key: 'asc' } });
  return people.map((p) => ({ id: p.id, channel: p.slackUserId ?? (p.teamsConversationRef as { conversation: { id: string } }).conversation.id }));
}

/** One direct message to each person, queued the way the app queues them (a few at a time, as a fan-out job would). */
export async function queueDirectMessages(services: AppServices, people: { id: string }[], kind: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < people.length; i += 10) {
    const batch = people.slice(i, i + 10);
    const queued = await Promise.all(
      batch.map((p) => sendToPerson(services, { personId: p.id, kind, idempotencyKey: `${kind}.${p.id}`, message: { text: `Hei ${p.id}`, blocks: [] } })),
    );
    ids.push(...queued.filter((id): id is string => id !== null));
  }
  return ids;
}
