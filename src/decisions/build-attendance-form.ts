import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Field, Form } from '../ui/model.js';
import { AttendanceFields, DecisionFormIds } from './ids.js';
import { decisionTexts } from './texts.js';

export interface AttendanceFormData {
  meetingId: string;
  meetingRef: string;
  /** Members (and the chair) with their pre-filled status. */
  members: { personId: string; name: string; present: boolean | null }[];
  observers: { personId: string; name: string }[];
  presentObserverIds: string[];
  others: string[];
  /** The items, with the members recorded as not taking part in each. */
  items: { itemId: string; caseNo: string; notParticipating: string[] }[];
}

/**
 * The attendance form: present / absent per member, the observers who were there, other attendees, and per
 * item the members who did not take part in it.
 * Pre-filled from what is recorded, or else from the members' replies to the call to the meeting.
 */
export function buildAttendanceForm(data: AttendanceFormData, locale: Locale): Form {
  const options = [
    { value: 'present', label: t(locale, decisionTexts.present) },
    { value: 'absent', label: t(locale, decisionTexts.absent) },
  ];
  const fields: Field[] = data.members.map((m) => ({
    id: AttendanceFields.member(m.personId),
    type: 'select',
    label: m.name,
    options,
    ...(m.present === null ? {} : { value: m.present ? 'present' : 'absent' }),
  }));
  if (data.observers.length > 0) {
    fields.push({
      id: AttendanceFields.observers,
      type: 'multiselect',
      label: t(locale, decisionTexts.observersLabel),
      options: data.observers.map((o) => ({ value: o.personId, label: o.name })),
      values: data.presentObserverIds,
    });
  }
  const memberOptions = data.members.map((m) => ({ value: m.personId, label: m.name }));
  for (const item of data.items) {
    fields.push({
      id: AttendanceFields.notParticipating(item.itemId),
      type: 'multiselect',
      label: t(locale, decisionTexts.notParticipatingLabel, { caseNo: item.caseNo }),
      options: memberOptions,
      values: item.notParticipating,
    });
  }
  fields.push({ id: AttendanceFields.others, type: 'text', label: t(locale, decisionTexts.othersLabel), multiline: true, maxLength: 2000, value: data.others.join('\n') });
  return {
    formId: DecisionFormIds.attendance,
    title: t(locale, decisionTexts.attendanceTitle),
    submitLabel: t(locale, decisionTexts.save),
    cancelLabel: t(locale, decisionTexts.cancel),
    context: { meetingId: data.meetingId },
    intro: [{ type: 'text', text: t(locale, decisionTexts.attendanceIntro, { meeting: data.meetingRef }) }],
    fields,
  };
}
