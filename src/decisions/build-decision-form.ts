import type { ItemType } from '../generated/prisma/enums.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Field, Form } from '../ui/model.js';
import { RosterSearches } from '../roster/ids.js';
import { DecisionFields, DecisionFormIds, FOLLOW_UP_SLOTS } from './ids.js';
import { itemTypeTexts } from '../meetings/item-type-texts.js';
import { decisionTexts } from './texts.js';
import { escapeMarkup } from '../ui/markup.js';

export interface DecisionFormData {
  itemId: string;
  caseNo: string;
  title: string;
  type: ItemType;
  proposedDecision: string | null;
  decision: { text: string; notes: string | null; followUps: { ownerId: string; description: string; dueDate: string }[] } | null;
}

/** The form the secretariat records an item's decision in, pre-filled with the recorded or the proposed decision. */
export function buildDecisionForm(data: DecisionFormData, locale: Locale): Form {
  const fields: Field[] = [
    {
      id: DecisionFields.decision,
      type: 'text',
      label: t(locale, decisionTexts.decisionLabel),
      multiline: true,
      required: true,
      maxLength: 3000,
      hint: t(locale, decisionTexts.decisionHint),
      value: data.decision?.text ?? data.proposedDecision ?? '',
    },
    { id: DecisionFields.notes, type: 'text', label: t(locale, decisionTexts.notesLabel), multiline: true, maxLength: 3000, value: data.decision?.notes ?? '' },
  ];
  for (let slot = 1; slot <= FOLLOW_UP_SLOTS; slot += 1) {
    const existing = data.decision?.followUps[slot - 1];
    fields.push(
      // Any person of the roster, searched as the secretariat types.
      {
        id: DecisionFields.owner(slot),
        type: 'search',
        dataset: RosterSearches.people,
        label: t(locale, decisionTexts.ownerLabel, { n: slot }),
        placeholder: t(locale, decisionTexts.ownerSearch),
        ...(existing ? { value: existing.ownerId } : {}),
      },
      { id: DecisionFields.what(slot), type: 'text', label: t(locale, decisionTexts.whatLabel, { n: slot }), maxLength: 500, ...(existing ? { value: existing.description } : {}) },
      { id: DecisionFields.due(slot), type: 'date', label: t(locale, decisionTexts.dueLabel, { n: slot }), ...(existing ? { value: existing.dueDate } : {}) },
    );
  }
  return {
    formId: DecisionFormIds.decision,
    title: t(locale, decisionTexts.formTitle, { caseNo: data.caseNo }),
    submitLabel: t(locale, decisionTexts.save),
    cancelLabel: t(locale, decisionTexts.cancel),
    context: { itemId: data.itemId },
    intro: [
      { type: 'text', text: `**${data.caseNo} ${escapeMarkup(data.title)}** (${t(locale, itemTypeTexts[data.type])})` },
      ...(data.proposedDecision ? [{ type: 'context' as const, text: `${t(locale, decisionTexts.proposed)}: ${escapeMarkup(data.proposedDecision)}` }] : []),
    ],
    fields,
  };
}
