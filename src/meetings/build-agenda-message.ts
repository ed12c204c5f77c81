import type { ItemType } from '../generated/prisma/enums.js';
import { formatTime } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Block, Message } from '../ui/model.js';
import { describeMeetingPlace, describeMeetingTime } from './describe-meeting.js';
import { itemTypeTexts } from './item-type-texts.js';
import { meetingTexts } from './texts.js';
import { escapeMarkup, link } from '../ui/markup.js';

export interface AgendaItemInput {
  /** "9/21". */
  caseNumber: string;
  title: string;
  type: ItemType;
  presenterName: string | null;
  proposedDecision: string | null;
  plannedStart: Date | null;
  /** Links of every submitted paper, in order. */
  paperLinks: string[];
  /** True when the item waits for a paper that has not come. */
  paperMissing: boolean;
  /** Extra lines for this item, already in `locale` (e.g. the portfolio item's red dependencies). */
  extraLines?: string[];
}

export interface AgendaInput {
  /** "NUIT 2/2021". */
  label: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  videoLink: string | null;
  timeZone?: string;
  /** The agenda has gone out: a missing paper is "to follow" rather than "missing". */
  distributed?: boolean;
  items: AgendaItemInput[];
}

/**
 * The agenda as a message: meeting number, date, time and place, then per item the case number, title,
 * type, presenter, proposed decision and paper links; items still missing a paper are marked. A plain
 * function of its input, so other capabilities can add lines per item through `extraLines`.
 */
export function buildAgendaMessage(agenda: AgendaInput, locale: Locale): Message {
  const title = t(locale, meetingTexts.agendaTitle, { meeting: agenda.label });
  const blocks: Block[] = [
    { type: 'header', text: title },
    {
      type: 'fields',
      fields: [
        { label: t(locale, meetingTexts.fieldWhen), value: describeMeetingTime(agenda, locale, agenda.timeZone) },
        { label: t(locale, meetingTexts.fieldWhere), value: describeMeetingPlace(agenda, locale) },
      ],
    },
    { type: 'divider' },
  ];
  for (const item of agenda.items) {
    const start = item.plannedStart ? ` ${t(locale, meetingTexts.plannedAt, { time: formatTime(item.plannedStart, locale, agenda.timeZone) })}` : '';
    const lines = [`${t(locale, meetingTexts.caseLine, { caseNumber: item.caseNumber, title: item.title })}${start}`, t(locale, itemTypeTexts[item.type])];
    if (item.presenterName) lines.push(t(locale, meetingTexts.presenterLine, { name: item.presenterName }));
    if (item.proposedDecision) lines.push(t(locale, meetingTexts.proposedLine, { text: item.proposedDecision }));
    if (item.paperLinks.length > 0) {
      const links = item.paperLinks.map((url, i) => link(`${t(locale, meetingTexts.paperLinkLabel)} ${i + 1}`, url)).join(', ');
      lines.push(`${t(locale, meetingTexts.papersLine)}: ${links}`);
    }
    if (item.paperMissing) lines.push(t(locale, agenda.distributed ? meetingTexts.paperToFollowMark : meetingTexts.paperMissingMark));
    lines.push(...(item.extraLines ?? []));
    blocks.push({ type: 'text', text: lines.join('\n') });
  }
  const text = [title, describeMeetingTime(agenda, locale, agenda.timeZone), ...agenda.items.map((i) => `${i.caseNumber} ${escapeMarkup(i.title)}`)].join('\n');
  return { text, blocks };
}
