import type { AppServices } from '../src/app/services.js';
import { createMeeting } from '../src/meetings/create-meeting.js';
import { sendToPerson } from '../src/outbox/send-to-person.js';
import type { Message } from '../src/ui/model.js';

/**
 * The committee whose members are the recipients, as the roster import leaves it: data the bench seeds before
 * the clock starts, as it seeds the people themselves.
 */
export async function seedFanOutCommittee(services: AppServices, fanOut: { key: string; personIds: string[] }): Promise<string> {
  const { db } = services;
  const committee = await db.committee.create({ data: { key: fanOut.key.toUpperCase(), name: `Utvalg ${fanOut.key}`, cycle: 'default' } });
  await db.membership.createMany({ data: fanOut.personIds.map((personId) => ({ committeeId: committee.id, personId, role: 'member' as const })) });
  return committee.id;
}

/**
 * Starts a fan-out to many people the way the product does it: a secretariat plans a meeting of a committee
 * whose members are the recipients, and `createMeeting` stages one fan-out job in its transaction (the turn
 * never loops over recipients). Returns when the turn's work is done, as a chat turn would answer.
 */
export async function startFanOut(services: AppServices, committeeId: string): Promise<{ invited: number }> {
  const startsAt = new Date(Date.now() + 60 * 86_400_000);
  const meeting = await createMeeting(services, { committeeId, startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000), place: 'Oslo', videoLink: null });
  return { invited: meeting.invited };
}

/** Reminders queued one by one for the same time, as the reminder jobs do (the lateness figure). */
export async function queueReminders(services: AppServices, reminders: { key: string; personIds: string[]; message: (index: number) => Message; runAt: Date }): Promise<void> {
  for (const [i, personId] of reminders.personIds.entries()) {
    await sendToPerson(services, { personId, kind: 'bench.lateness', idempotencyKey: `${reminders.key}.${i}`, message: reminders.message(i), runAt: reminders.runAt });
  }
}
