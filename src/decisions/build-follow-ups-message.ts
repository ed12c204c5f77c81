import type { CalendarDay } from '../calendar/working-days.js';
import { formatDate } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Block, Message } from '../ui/model.js';
import { formatCaseNumber } from '../i18n/format-numbers.js';
import { DecisionActionIds } from './ids.js';
import { decisionTexts } from './texts.js';
import type { OpenFollowUp, OpenFollowUps } from './list-open-follow-ups.js';

function rows(followUps: OpenFollowUp[], total: number, today: CalendarDay, locale: Locale, withOwner: boolean): Block[] {
  const blocks: Block[] = followUps.flatMap((f): Block[] => {
    const due = f.dueDate.toISOString().slice(0, 10);
    const { item } = f.decision;
    return [
      {
        type: 'text',
        text: t(locale, decisionTexts.followUpRow, {
          what: f.description,
          due: formatDate(f.dueDate, locale, 'UTC'),
          overdue: due < today ? ` ${t(locale, decisionTexts.overdue)}` : '',
          committee: item.committee.key,
          caseNo: formatCaseNumber(item),
          title: item.title,
          owner: withOwner ? f.owner.name : '',
        }),
      },
      { type: 'actions', buttons: [{ actionId: DecisionActionIds.followUpDone, label: t(locale, decisionTexts.doneButton), payload: { followUpId: f.id, via: 'list' } }] },
    ];
  });
  if (total > followUps.length) blocks.push({ type: 'context', text: t(locale, decisionTexts.followUpsMore, { count: total - followUps.length }) });
  return blocks;
}

/** The answer to `follow-ups` / `oppfølging`: the person's open follow-ups, and for the secretariat those of their committees. */
export function buildFollowUpsMessage(list: OpenFollowUps, today: CalendarDay, locale: Locale): Message {
  const title = t(locale, decisionTexts.followUpsTitle);
  const blocks: Block[] = [{ type: 'header', text: title }];
  if (list.mine.length === 0) blocks.push({ type: 'text', text: t(locale, decisionTexts.followUpsNone) });
  blocks.push(...rows(list.mine, list.mineTotal, today, locale, false));
  if (list.secretariat) {
    blocks.push({ type: 'divider' }, { type: 'header', text: t(locale, decisionTexts.followUpsCommittees) });
    if (list.committees.length === 0) blocks.push({ type: 'text', text: t(locale, decisionTexts.followUpsCommitteesNone) });
    blocks.push(...rows(list.committees, list.committeesTotal, today, locale, true));
  }
  const text = list.mine.length === 0 ? t(locale, decisionTexts.followUpsNone) : title;
  return { text, blocks };
}
