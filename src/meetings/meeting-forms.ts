import { calendarDayOf } from '../calendar/working-days.js';
import { format } from 'date-fns/format';
import { TZDate } from '@date-fns/tz';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Form, Option } from '../ui/model.js';
import { formatCaseNumber } from '../i18n/format-numbers.js';
import { MeetingFormIds } from './ids.js';
import { itemTypeTexts } from './item-type-texts.js';
import { meetingTexts } from './texts.js';
import { escapeMarkup } from '../ui/markup.js';
import { RosterSearches } from '../roster/ids.js';

const hhmm = (date: Date, zone: string) => format(new TZDate(date, zone), 'HH:mm');

/** The form to create a meeting (context: committeeId) or to move one (context: meetingId, pre-filled). */
export function buildMeetingForm(
  locale: Locale,
  target: { committeeId: string; committeeKey: string } | { meetingId: string; startsAt: Date; endsAt: Date; place: string; videoLink: string | null; timeZone: string },
): Form {
  const moving = 'meetingId' in target;
  const value = (f: (m: Extract<typeof target, { meetingId: string }>) => string) => (moving ? f(target) : undefined);
  return {
    formId: moving ? MeetingFormIds.move : MeetingFormIds.meeting,
    title: moving ? t(locale, meetingTexts.moveFormTitle) : `${t(locale, meetingTexts.meetingFormTitle)} – ${target.committeeKey}`,
    submitLabel: t(locale, meetingTexts.save),
    cancelLabel: t(locale, meetingTexts.cancel),
    context: moving ? { meetingId: target.meetingId } : { committeeId: target.committeeId },
    fields: [
      { id: 'date', type: 'date', label: t(locale, meetingTexts.fieldDate), required: true, value: value((m) => calendarDayOf(m.startsAt, m.timeZone)) },
      { id: 'start', type: 'time', label: t(locale, meetingTexts.fieldStart), required: true, value: value((m) => hhmm(m.startsAt, m.timeZone)) ?? '10:00' },
      { id: 'end', type: 'time', label: t(locale, meetingTexts.fieldEnd), required: true, value: value((m) => hhmm(m.endsAt, m.timeZone)) ?? '13:30' },
      { id: 'place', type: 'text', label: t(locale, meetingTexts.fieldPlace), hint: t(locale, meetingTexts.fieldPlaceHint), value: value((m) => m.place) },
      { id: 'videoLink', type: 'text', label: t(locale, meetingTexts.fieldVideoLink), value: value((m) => m.videoLink ?? '') },
    ],
  };
}

export interface ItemFormTarget {
  meetingId: string;
  item?: { id: string; type: string; title: string; presenterId: string | null; proposedDecision: string | null; plannedStart: Date | null; caseNumber: number; caseYear: number };
  timeZone: string;
}

/** The form to add (context: meetingId) or edit (context: meetingId, itemId) an agenda item. */
export function buildItemForm(locale: Locale, target: ItemFormTarget): Form {
  const item = target.item;
  const types: Option[] = (Object.keys(itemTypeTexts) as (keyof typeof itemTypeTexts)[]).map((k) => ({ value: k, label: t(locale, itemTypeTexts[k]) }));
  return {
    formId: MeetingFormIds.item,
    title: item ? `${t(locale, meetingTexts.itemFormEditTitle)} ${formatCaseNumber(item)}` : t(locale, meetingTexts.itemFormAddTitle),
    submitLabel: t(locale, meetingTexts.save),
    cancelLabel: t(locale, meetingTexts.cancel),
    context: item ? { meetingId: target.meetingId, itemId: item.id } : { meetingId: target.meetingId },
    fields: [
      { id: 'type', type: 'select', label: t(locale, meetingTexts.fieldType), required: true, options: types, value: item?.type ?? 'discussion' },
      { id: 'title', type: 'text', label: t(locale, meetingTexts.fieldTitle), required: true, maxLength: 200, value: item?.title },
      // Searches the whole roster as the secretariat types (the dispatcher shows the chosen presenter's name).
      {
        id: 'presenter',
        type: 'search',
        dataset: RosterSearches.people,
        label: t(locale, meetingTexts.fieldPresenter),
        placeholder: t(locale, meetingTexts.fieldPersonSearch),
        ...(item?.presenterId ? { value: item.presenterId } : {}),
      },
      { id: 'proposedDecision', type: 'text', multiline: true, maxLength: 3000, label: t(locale, meetingTexts.fieldProposedDecision), value: item?.proposedDecision ?? undefined },
      { id: 'plannedStart', type: 'time', label: t(locale, meetingTexts.fieldPlannedStart), value: item?.plannedStart ? hhmm(item.plannedStart, target.timeZone) : undefined },
    ],
  };
}

/** The presenter's form: title of the paper, one or more links, and the proposed decision to confirm or adjust. */
export function buildPaperForm(locale: Locale, item: { id: string; title: string; caseNumber: number; caseYear: number; proposedDecision: string | null }): Form {
  return {
    formId: MeetingFormIds.paper,
    title: t(locale, meetingTexts.paperFormTitle),
    submitLabel: t(locale, meetingTexts.submit),
    cancelLabel: t(locale, meetingTexts.cancel),
    context: { itemId: item.id },
    intro: [{ type: 'text', text: `**${formatCaseNumber(item)} ${escapeMarkup(item.title)}**` }],
    fields: [
      { id: 'title', type: 'text', label: t(locale, meetingTexts.fieldPaperTitle), required: true, maxLength: 200 },
      { id: 'links', type: 'text', multiline: true, label: t(locale, meetingTexts.fieldLinks), hint: t(locale, meetingTexts.fieldLinksHint), required: true },
      { id: 'proposedDecision', type: 'text', multiline: true, maxLength: 3000, label: t(locale, meetingTexts.fieldProposedDecision), value: item.proposedDecision ?? undefined },
    ],
  };
}

/** Confirms cancelling a meeting, with an optional reason for the participants. */
export function buildCancelForm(locale: Locale, meeting: { id: string; label: string }): Form {
  return {
    formId: MeetingFormIds.cancel,
    title: t(locale, meetingTexts.cancelFormTitle),
    submitLabel: t(locale, meetingTexts.cancelConfirm),
    cancelLabel: t(locale, meetingTexts.keep),
    context: { meetingId: meeting.id },
    intro: [{ type: 'text', text: t(locale, meetingTexts.cancelIntro, { meeting: meeting.label }) }],
    fields: [{ id: 'reason', type: 'text', multiline: true, maxLength: 1000, label: t(locale, meetingTexts.fieldReason) }],
  };
}

/** The name of the deputy a member sends. */
export function buildDeputyForm(locale: Locale, meetingId: string): Form {
  return {
    formId: MeetingFormIds.deputy,
    title: t(locale, meetingTexts.deputyFormTitle),
    submitLabel: t(locale, meetingTexts.save),
    cancelLabel: t(locale, meetingTexts.cancel),
    context: { meetingId },
    fields: [{ id: 'deputyName', type: 'text', label: t(locale, meetingTexts.fieldDeputyName), required: true, maxLength: 200 }],
  };
}
