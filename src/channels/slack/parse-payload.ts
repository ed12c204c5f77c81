import type { Payload } from '../../ui/model.js';

/** A button value or a modal's private_metadata: our small JSON object, or nothing usable. */
export function parsePayload(value: string | undefined): Payload {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? (parsed as Payload) : {};
  } catch {
    return {};
  }
}
