import type { z } from 'zod';
import type { AppServices } from '../app/services.js';
import type { DbTx } from '../db/prisma.js';
import type { Platform } from '../channels/gateway.js';
import type { Message } from '../ui/model.js';

/** What the outbox needs of a recipient to choose their platform and address them. */
export const RECIPIENT_FIELDS = {
  id: true,
  key: true,
  name: true,
  locale: true,
  slackUserId: true,
  teamsUserId: true,
  teamsConversationRef: true,
  dmPlatform: true,
} as const;

export interface RecipientPerson {
  id: string;
  key: string;
  name: string;
  locale: string;
  slackUserId: string | null;
  teamsUserId: string | null;
  teamsConversationRef: unknown;
  /** The platform the person chose for direct messages (`platform slack|teams`); null: Slack first. */
  dmPlatform: Platform | null;
}

/** One recipient of a fan-out: `key` orders the recipients (ascending) and is the resume cursor. */
export interface FanOutRecipient {
  key: string;
  person: RecipientPerson;
}

/**
 * `count` and `recipients` of a fan-out whose recipients are a short list of person ids (sorted ascending, as
 * `idsOf` gives them): the page after the cursor `after`, at most `take`, in id order.
 */
export function recipientsByIds<S>(idsOf: (db: DbTx, subject: S) => Promise<string[]>) {
  return {
    count: async (db: DbTx, subject: S) => (await idsOf(db, subject)).length,
    async recipients(db: DbTx, subject: S, after: string | null, take: number): Promise<FanOutRecipient[]> {
      const ids = (await idsOf(db, subject)).filter((id) => after === null || id > after).slice(0, take);
      const people = await db.person.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' }, select: RECIPIENT_FIELDS });
      return people.map((person) => ({ key: person.id, person: person as RecipientPerson }));
    },
  };
}

/** One recipient's message: its outbox key (the same recipient always gets the same key) and content. */
export interface FanOutMessage {
  idempotencyKey: string;
  message: Message;
}

/**
 * A kind of message to many people (an invitation to a meeting, the request of a round). The capability
 * that owns the message defines it with plain domain functions; the outbox expands it (`expand-fan-out.ts`).
 */
export interface FanOutKind<S = unknown, R extends FanOutRecipient = FanOutRecipient> {
  /** Stored with the fan-out; never renamed once shipped. */
  name: string;
  /** The fan-out's subject (e.g. `{ meetingId }`), checked when staged and again when expanded. */
  subject: z.ZodType<S>;
  /** The `Delivery.kind` of every message. */
  deliveryKind: string;
  /** How many recipients there are now: a count query, run in the turn's transaction. */
  count(db: DbTx, subject: S): Promise<number>;
  /** The next `take` recipients after the cursor `after` (a recipient's `key`), in ascending key order. */
  recipients(db: DbTx, subject: S, after: string | null, take: number): Promise<R[]>;
  /**
   * Loads what every message needs once per batch, and returns the builder of one recipient's message in
   * their language; null when nothing is to be sent any more (e.g. the meeting was cancelled meanwhile).
   */
  prepare(services: AppServices, subject: S): Promise<((recipient: R) => FanOutMessage) | null>;
}

export function defineFanOutKind<S, R extends FanOutRecipient>(kind: FanOutKind<S, R>): FanOutKind<S, R> {
  return kind;
}
