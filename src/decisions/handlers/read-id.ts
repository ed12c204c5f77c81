import { AppError, ErrorCode } from '../../errors.js';
import type { Payload } from '../../ui/model.js';

/** The id under `key` in a button's payload or a form's context; a missing one is a bug of ours, not the person's. */
export function readId(payload: Payload, key: string, from: 'button' | 'form' = 'button'): string {
  const value = payload[key];
  if (typeof value !== 'string' || !value) throw new AppError(ErrorCode.NotFound, `${from === 'button' ? 'button payload' : 'form context'} without ${key}`);
  return value;
}
