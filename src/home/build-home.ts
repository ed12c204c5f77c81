import { formatDate, formatDateTime } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { MeetingActionIds } from '../meetings/ids.js';
import { PortfolioActions } from '../portfolio/ids.js';
import { ActionIds } from '../ui/action-ids.js';
import { markup } from '../ui/markup.js';
import type { Block, Button, Message } from '../ui/model.js';
import { HomeActionIds, type MeetingStep } from './ids.js';
import type { HomeData, HomeList } from './load-home.js';
import { homeTexts as T } from './texts.js';

const STEP_LABEL = { agenda: T.stepAgenda, distribute: T.stepDistribute, decisions: T.stepDecisions, publish: T.stepPublish } as const;

function section<R>(locale: Locale, header: Record<Locale, string>, part: HomeList<R>, line: (row: R) => string): Block[] {
  if (part.total === 0) return [];
  const more = part.total > part.rows.length ? [t(locale, T.more, { count: part.total - part.rows.length })] : [];
  return [{ type: 'text', text: [t(locale, header), ...part.rows.map(line), ...more].join('\n') }];
}

function buttonsOf(buttons: Button[]): Block[] {
  return buttons.length > 0 ? [{ type: 'actions', buttons }] : [];
}

/**
 * The secretariat's buttons, for every one of its actions it may take (`rights` from `src/access`): per
 * committee it runs, plan a meeting and the steps on a meeting (each opens a small form that picks the meeting);
 * for the portfolio, open a round (or reopen the one closed last), its progress and closing it; and importing the roster. Empty for a member.
 */
export function secretariatBlocks(data: Pick<HomeData, 'rights' | 'openRound' | 'closedRound'>, locale: Locale): Block[] {
  const blocks: Block[] = [];
  for (const committee of data.rights.managedCommittees) {
    const steps: Button[] = (['agenda', 'distribute', 'decisions', 'publish'] as MeetingStep[]).map((step) => ({
      actionId: HomeActionIds.pickMeeting,
      label: t(locale, STEP_LABEL[step]),
      payload: { step, committeeId: committee.id },
    }));
    blocks.push(
      { type: 'text', text: t(locale, T.secretariatHeader, { committee: committee.key }) },
      ...buttonsOf([{ actionId: HomeActionIds.planMeeting, label: t(locale, T.planMeeting, { committee: committee.key }), payload: { committeeId: committee.id }, style: 'primary' }, ...steps]),
    );
  }
  if (data.rights.managesRounds) {
    const round = data.openRound;
    blocks.push({
      type: 'text',
      text: [t(locale, T.portfolioHeader), round ? t(locale, T.openRoundLine, { label: round.label, submitted: round.submitted, total: round.total, due: formatDate(round.dueDate, locale, 'UTC') }) : t(locale, T.noOpenRound)].join('\n'),
    });
    blocks.push(
      ...buttonsOf(
        round
          ? [
              { actionId: HomeActionIds.roundProgress, label: t(locale, T.roundProgress), payload: { roundId: round.id }, style: 'primary' },
              { actionId: HomeActionIds.closeRound, label: t(locale, T.closeRound), payload: { roundId: round.id } },
            ]
          : [
              { actionId: HomeActionIds.openRound, label: t(locale, T.openRound), style: 'primary' },
              // The way back after closing: the portfolio's own "Reopen", for the round closed last.
              ...(data.closedRound ? [{ actionId: PortfolioActions.reopenRound, label: t(locale, T.reopenRound, { label: data.closedRound.label }), payload: { roundId: data.closedRound.id } }] : []),
            ],
      ),
    );
  }
  if (data.rights.importsRoster) blocks.push(...buttonsOf([{ actionId: HomeActionIds.importRoster, label: t(locale, T.importRoster) }]));
  return blocks;
}

/** The home's next meetings, each with its next deadline (also the answer to "what is the next meeting?"). */
export function meetingBlocks(data: Pick<HomeData, 'meetings'>, locale: Locale): Block[] {
  if (data.meetings.total === 0) return [{ type: 'text', text: `${t(locale, T.meetingsHeader)}\n${t(locale, T.meetingsNone)}` }];
  return section(locale, T.meetingsHeader, data.meetings, (m) =>
    t(locale, T.meetingLine, {
      meeting: m.ref,
      when: formatDateTime(m.startsAt, locale, m.timeZone),
      deadline: markup(m.nextDeadline ? t(locale, T.nextDeadline, { label: m.nextDeadline.label, due: formatDateTime(m.nextDeadline.dueAt, locale, m.timeZone) }) : ''),
    }),
  );
}

/**
 * The home of one person, platform-neutral: Slack renders it as the App Home tab, Teams and the console as
 * a card with a refresh button that replaces it in place.
 */
export function buildHome(data: HomeData, locale: Locale): Message {
  const title = t(locale, T.title, { name: data.person.name });
  const todo: Block[] = [
    ...section(locale, T.papersHeader, data.papers, (p) =>
      t(locale, T.paperLine, { item: `${p.caseNumber} ${p.title}`, meeting: p.meetingRef, due: p.deadline ? formatDateTime(p.deadline, locale, p.timeZone) : '' }),
    ),
    ...buttonsOf(data.papers.rows.map((p) => ({ actionId: MeetingActionIds.submitPaper, label: t(locale, T.submitPaper, { caseNumber: p.caseNumber }), payload: { itemId: p.itemId } }))),
    ...section(locale, T.reportsHeader, data.reports, (r) =>
      t(locale, T.reportLine, { initiative: r.initiativeName, round: r.roundLabel, due: formatDate(r.dueDate, locale, 'UTC'), draft: r.draft }),
    ),
    ...buttonsOf(
      data.reports.rows.map((r) => ({ actionId: PortfolioActions.openReport, label: t(locale, T.report, { initiative: r.initiativeName }), payload: { roundId: r.roundId, initiativeId: r.initiativeId } })),
    ),
    ...section(locale, T.dependenciesHeader, data.dependencies, (d) => t(locale, T.dependencyLine, { initiative: d.initiativeName, description: d.description, provider: d.provider })),
    ...buttonsOf(data.dependencies.rows.map((d) => ({ actionId: HomeActionIds.showDependency, label: t(locale, T.answerDependency, { initiative: d.initiativeName }), payload: { d: d.id } }))),
    ...section(locale, T.followUpsHeader, data.followUps, (f) =>
      t(locale, T.followUpLine, { description: f.description, meeting: f.meetingRef, due: formatDate(f.dueDate, locale, 'UTC') }),
    ),
    ...buttonsOf(
      data.followUps.rows.map((f, index) => ({ actionId: HomeActionIds.followUpDone, label: t(locale, T.followUpDone, { n: index + 1 }), payload: { followUpId: f.id } })),
    ),
  ];
  const secretariat = secretariatBlocks(data, locale);
  const blocks: Block[] = [
    { type: 'header', text: title },
    ...meetingBlocks(data, locale),
    { type: 'divider' },
    ...(todo.length > 0 ? todo : [{ type: 'text' as const, text: t(locale, T.nothingToDo) }]),
    ...(secretariat.length > 0 ? [{ type: 'divider' as const }, ...secretariat] : []),
    { type: 'divider' },
    { type: 'context', text: data.calendarUrl ? t(locale, T.calendarLine, { url: data.calendarUrl }) : t(locale, T.calendarNoUrl) },
    {
      type: 'actions',
      buttons: [
        { actionId: HomeActionIds.refresh, label: t(locale, T.refresh) },
        { actionId: ActionIds.helpShow, label: t(locale, T.help) },
        ...(data.calendarUrl ? [{ url: data.calendarUrl, label: t(locale, T.calendar) }] : []),
      ],
    },
    { type: 'context', text: t(locale, T.updated, { at: formatDateTime(data.now, locale) }) },
  ];
  return { text: title, blocks, surface: 'home' };
}
