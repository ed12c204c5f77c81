import { formatDate } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Block, Button, Message } from '../ui/model.js';
import { DecisionActionIds } from './ids.js';
import { publishQuestion } from './build-publish-question.js';
import { itemTypeTexts } from '../meetings/item-type-texts.js';
import { decisionTexts } from './texts.js';
import { formatCaseNumber } from '../i18n/format-numbers.js';
import type { ItemType } from '../generated/prisma/enums.js';
import { escapeMarkup } from '../ui/markup.js';

export interface ItemsView {
  meetingId: string;
  meetingRef: string;
  publishedAt: Date | null;
  endsAt: Date;
  items: { id: string; caseNumber: number; caseYear: number; title: string; type: ItemType; proposedDecision: string | null; decision: string | null }[];
}

/** The secretariat's overview of a meeting: every item with its decision and a "record decision" button. */
export function buildItemsMessage(view: ItemsView, locale: Locale, now: Date): Message {
  const title = t(locale, decisionTexts.itemsTitle, { meeting: view.meetingRef });
  const blocks: Block[] = [{ type: 'header', text: title }, { type: 'context', text: t(locale, decisionTexts.itemsIntro) }];
  if (view.publishedAt) blocks.push({ type: 'context', text: t(locale, decisionTexts.publishedAt, { date: formatDate(view.publishedAt, locale) }) });
  if (view.items.length === 0) blocks.push({ type: 'text', text: t(locale, decisionTexts.noItems) });
  for (const item of view.items) {
    const caseNo = formatCaseNumber(item);
    const state = item.decision
      ? `${t(locale, decisionTexts.recorded)}: ${escapeMarkup(item.decision)}`
      : `${t(locale, decisionTexts.proposed)}: ${item.proposedDecision ? escapeMarkup(item.proposedDecision) : '–'}\n${t(locale, decisionTexts.notRecorded)}`;
    blocks.push({ type: 'divider' });
    blocks.push({ type: 'text', text: `**${caseNo} ${escapeMarkup(item.title)}** (${t(locale, itemTypeTexts[item.type])})\n${state}` });
    blocks.push({ type: 'actions', buttons: [{ actionId: DecisionActionIds.record, label: t(locale, decisionTexts.recordButton), payload: { itemId: item.id } }] });
  }
  blocks.push({ type: 'divider' });
  blocks.push({
    type: 'actions',
    buttons: [
      { actionId: DecisionActionIds.attendance, label: t(locale, decisionTexts.attendanceButton), payload: { meetingId: view.meetingId } },
      publishButton(view, locale, now),
    ],
  });
  return { text: title, blocks };
}

/** "Publish": asks first (Slack's dialog, Teams' confirmation card) when items are unrecorded or the meeting has not ended. */
function publishButton(view: ItemsView, locale: Locale, now: Date): Button {
  const question = publishQuestion(locale, view, now);
  return {
    actionId: DecisionActionIds.publish,
    label: t(locale, decisionTexts.publishButton),
    payload: { meetingId: view.meetingId, ...(question ? { confirmed: true } : {}) },
    style: 'primary',
    ...(question ? { confirm: question } : {}),
  };
}
