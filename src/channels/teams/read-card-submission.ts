import type { FormValues, Payload } from '../../ui/model.js';
import { CARD_CONTEXT, CARD_FORM_ID, CARD_MULTI, CARD_PAYLOAD, CARD_SUBMISSION } from './render-adaptive-card.js';

export interface CardSubmission {
  verb: string;
  formId?: string;
  /** Present on cards rendered with one; names this copy of the form. */
  submissionKey?: string;
  context: Payload;
  payload: Payload;
  values: FormValues;
}

/**
 * Reads an `Action.Execute` invoke: our routing keys start with an underscore, everything else is what the
 * person typed. A multi-select arrives as "a,b".
 */
export function readCardSubmission(verb: string, data: Record<string, unknown> | undefined): CardSubmission {
  const multi = data?.[CARD_MULTI];
  const multiSelectIds = Array.isArray(multi) ? multi.map(String) : [];
  const values: FormValues = {};
  for (const [key, value] of Object.entries(data ?? {})) {
    if (key.startsWith('_')) continue;
    if (value === undefined || value === null) continue;
    const text = String(value);
    values[key] = multiSelectIds.includes(key) ? (text ? text.split(',') : []) : text === '' ? undefined : text;
  }
  const asPayload = (value: unknown): Payload => (value && typeof value === 'object' ? (value as Payload) : {});
  const formId = data?.[CARD_FORM_ID];
  const submissionKey = data?.[CARD_SUBMISSION];
  return {
    verb,
    ...(typeof formId === 'string' ? { formId } : {}),
    ...(typeof submissionKey === 'string' && submissionKey ? { submissionKey } : {}),
    context: asPayload(data?.[CARD_CONTEXT]),
    payload: asPayload(data?.[CARD_PAYLOAD]),
    values,
  };
}
