import type { Db } from '../db/prisma.js';
import { assignConsoleIds } from './assign-console-ids.js';
import { directConversationId } from './console-paths.js';

export interface ConsolePerson {
  key: string;
  name: string;
  organisation: string | null;
  locale: 'nb' | 'en';
  /** e.g. ["secretariat NUIT", "owner: EPJ-løftet", "portfolio contact"] — the page translates the words. */
  roles: { kind: 'secretariat' | 'chair' | 'member' | 'observer' | 'owner' | 'contact'; of: string }[];
  conversationId: string;
}

export interface ConsoleChannel {
  key: string;
  name: string;
  conversationId: string;
}

const RANK = { secretariat: 0, chair: 1, member: 2, observer: 3, owner: 4, contact: 5 } as const;

/**
 * Everyone who can be played in the console and every committee channel, in a useful order (secretariat
 * first). A person without a Teams id gets `console:<key>` and a committee without a Teams conversation
 * gets `console:channel:<key>`, stored, so that the bot's own messages reach them through the console.
 */
export async function listConsoleRoster(db: Db): Promise<{ people: ConsolePerson[]; channels: ConsoleChannel[] }> {
  await assignConsoleIds(db);
  const people = await db.person.findMany({
    include: {
      organisation: true,
      memberships: { include: { committee: true } },
      ownedInitiatives: { select: { name: true } },
      portfolioContacts: { include: { organisation: true } },
    },
  });
  const committees = await db.committee.findMany({ orderBy: { key: 'asc' } });
  const listed = people.map((person): ConsolePerson => {
    const roles: ConsolePerson['roles'] = [
      ...person.memberships.map((m) => ({ kind: m.role, of: m.committee.key })),
      ...person.ownedInitiatives.map((i) => ({ kind: 'owner' as const, of: i.name })),
      ...person.portfolioContacts.map((c) => ({ kind: 'contact' as const, of: c.organisation.name })),
    ].sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.of.localeCompare(b.of, 'nb'));
    return {
      key: person.key,
      name: person.name,
      organisation: person.organisation?.name ?? null,
      locale: person.locale === 'en' ? 'en' : 'nb',
      roles,
      conversationId: directConversationId(person.teamsUserId!),
    };
  });
  const rank = (p: ConsolePerson) => (p.roles[0] ? RANK[p.roles[0].kind] : 9);
  listed.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'nb'));
  return {
    people: listed,
    channels: committees.map((c) => ({ key: c.key, name: c.name, conversationId: c.teamsConversationId! })),
  };
}
