import { randomBytes } from 'node:crypto';

/** A short random id for a turn of conversation, bound to every log line the turn writes. */
export function newTurnId(): string {
  return randomBytes(6).toString('hex');
}
