import type { AppServices } from '../src/app/services.js';
import { sendToPerson } from '../src/outbox/send-to-person.js';
import type { Message } from '../src/ui/model.js';

/**
 * Starts a fan-out to many people the way the product does it today: one `sendToPerson` per recipient,
 * as the turns do (a few at a time, like their `Promise.all`). This is the one function to swap when the
 * staged fan-out job lands (issue 11, item 1): call its entry point here instead, with the same
 * recipients and message keyed per recipient, and the measurement around it stays as it is.
 */
export async function startFanOut(
  services: AppServices,
  fanOut: { key: string; kind: string; personIds: string[]; message: (index: number) => Message; runAt?: Date },
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < fanOut.personIds.length) {
      const i = next;
      next += 1;
      await sendToPerson(services, { personId: fanOut.personIds[i]!, kind: fanOut.kind, idempotencyKey: `${fanOut.key}.${i}`, message: fanOut.message(i), runAt: fanOut.runAt });
    }
  };
  await Promise.all(Array.from({ length: 10 }, worker));
}
