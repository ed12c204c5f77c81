import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Form, FormValues, Option } from '../ui/model.js';
import { HomeFields, HomeFormIds, type MeetingStep } from './ids.js';
import { homeTexts as T } from './texts.js';

const PICK_TITLE = { agenda: T.pickTitleAgenda, distribute: T.pickTitleDistribute, decisions: T.pickTitleDecisions, publish: T.pickTitlePublish } as const;

/** The small form that picks the meeting a step from the home is for; the step and committee ride in its context. */
export function buildMeetingPickForm(locale: Locale, step: MeetingStep, committeeId: string, meetings: Option[], chosen?: string): Form {
  return {
    formId: HomeFormIds.pickMeeting,
    title: t(locale, PICK_TITLE[step]),
    submitLabel: t(locale, T.pickSubmit),
    cancelLabel: t(locale, T.cancel),
    context: { step, committeeId },
    fields: [{ id: HomeFields.meeting, type: 'select', label: t(locale, T.pickMeetingLabel), required: true, options: meetings, ...(chosen ? { value: chosen } : {}) }],
  };
}

/** The form that opens a reporting round: the same four things as `round open`, as fields with date pickers. */
export function buildOpenRoundForm(locale: Locale, values: FormValues = {}): Form {
  const value = (id: string) => (typeof values[id] === 'string' ? { value: values[id] as string } : {});
  return {
    formId: HomeFormIds.openRound,
    title: t(locale, T.openRoundTitle),
    submitLabel: t(locale, T.openRoundSubmit),
    cancelLabel: t(locale, T.cancel),
    context: {},
    fields: [
      { id: HomeFields.label, type: 'text', label: t(locale, T.roundLabel), hint: t(locale, T.roundLabelHint), required: true, maxLength: 60, ...value(HomeFields.label) },
      { id: HomeFields.cutoff, type: 'date', label: t(locale, T.roundCutoff), required: true, ...value(HomeFields.cutoff) },
      { id: HomeFields.due, type: 'date', label: t(locale, T.roundDue), required: true, ...value(HomeFields.due) },
      {
        id: HomeFields.planned,
        type: 'select',
        label: t(locale, T.roundPlanned),
        options: [
          { value: 'no', label: t(locale, T.no) },
          { value: 'yes', label: t(locale, T.yes) },
        ],
        value: typeof values[HomeFields.planned] === 'string' ? (values[HomeFields.planned] as string) : 'no',
      },
    ],
  };
}
