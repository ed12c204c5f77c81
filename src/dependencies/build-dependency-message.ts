import type { Block, Message } from '../ui/model.js';
import { calendarDayOf } from '../calendar/working-days.js';
import { formatDate } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { DependencyActionIds, SNOOZE_WORKING_DAYS } from './ids.js';
import { categoryLabel, critLabel, daysBetween, dueDayOf, dueLabel, providerLine, ragEmoji, ragLabel } from './dependency-labels.js';
import { isOpenRed } from './dependency-people.js';
import { dependencyTexts as T } from './texts.js';
import type { DependencyView } from './load-dependency-views.js';
import { escapeMarkup } from '../ui/markup.js';

/** The kinds of message that show dependencies with answer buttons; also the outbox `kind`. */
export const DependencyMessageKinds = {
  turnedRed: 'dependency_red',
  reminder: 'dependency_reminder',
  escalation: 'dependency_escalation',
  /** A red dependency's new provider is told (the provider was set or changed while it is red). */
  providerNamed: 'dependency_provider',
} as const;
export type DependencyMessageKind = (typeof DependencyMessageKinds)[keyof typeof DependencyMessageKinds];

/**
 * A message plus the ids of the dependencies it lists. The ids travel in the outbox row (renderers only read
 * `text` and `blocks`), so an answer can rebuild the whole message in place even after some buttons are gone.
 */
export type DependencyMessage = Message & { dependencyIds: string[] };

export interface BuildOptions {
  kind: DependencyMessageKind;
  locale: Locale;
  now: Date;
  /** The outbox key of this message, carried by its buttons so an answer can update it in place. */
  deliveryKey: string;
}

/**
 * A message about one or more red dependencies: what it is, who provides it, how long it has been red, its due
 * date and the answer buttons. A dependency already answered shows the answer instead of the buttons.
 */
export function buildDependencyMessage(views: DependencyView[], options: BuildOptions): DependencyMessage {
  const { locale, kind } = options;
  const first = views[0]!.dependency;
  const blocks: Block[] = [];
  let text: string;
  if (kind === DependencyMessageKinds.turnedRed) {
    blocks.push({ type: 'header', text: t(locale, T.turnedRedHeader) }, { type: 'text', text: t(locale, T.turnedRedIntro, { initiative: first.initiative.name }) });
    text = t(locale, T.turnedRedText, { description: first.description, initiative: first.initiative.name });
  } else if (kind === DependencyMessageKinds.providerNamed) {
    blocks.push({ type: 'header', text: t(locale, T.providerNamedHeader) }, { type: 'text', text: t(locale, T.providerNamedIntro, { initiative: first.initiative.name }) });
    text = t(locale, T.providerNamedText, { description: first.description, initiative: first.initiative.name });
  } else if (kind === DependencyMessageKinds.escalation) {
    blocks.push({ type: 'header', text: t(locale, T.escalationHeader) }, { type: 'text', text: t(locale, T.escalationIntro, { due: dueLabel(locale, first.dueDate) }) });
    text = t(locale, T.escalationText, { description: first.description, initiative: first.initiative.name });
  } else {
    const header = views.length === 1 ? t(locale, T.reminderHeader) : t(locale, T.reminderGroupHeader, { count: views.length });
    blocks.push({ type: 'header', text: header }, { type: 'text', text: t(locale, T.reminderIntro) });
    text = t(locale, T.reminderText, { count: views.length });
  }
  const settled = settledHeader(views, locale);
  if (settled) {
    // No longer red: the heading and intro say what it is now, on every copy of the notice.
    blocks.splice(0, 2, { type: 'header', text: settled }, { type: 'text', text: t(locale, T.noLongerRedIntro, { initiative: first.initiative.name }) });
    text = settled;
  }
  views.forEach((view, index) => {
    if (index > 0 || views.length > 1) blocks.push({ type: 'divider' });
    blocks.push(...dependencyBlocks(view, options));
  });
  return { text, blocks, dependencyIds: views.map((v) => v.dependency.id) };
}

function dependencyBlocks(view: DependencyView, options: BuildOptions): Block[] {
  const { locale, now, deliveryKey } = options;
  const d = view.dependency;
  const open = isOpenRed(d);
  const emoji = d.resolvedAt ? '✅' : ragEmoji(d.status);
  const blocks: Block[] = [{ type: 'text', text: `${emoji} **${escapeMarkup(d.description)}**` }];
  const fields = [
    { label: t(locale, T.dependent), value: escapeMarkup(d.initiative.name) },
    { label: t(locale, T.provider), value: providerLine(locale, d) },
    { label: t(locale, T.criticality), value: critLabel(locale, d.criticality) },
    { label: t(locale, T.category), value: categoryLabel(locale, d.category) },
  ];
  if (open && d.redSince) {
    const days = daysBetween(d.redSince, now);
    fields.push(
      days === 0
        ? { label: t(locale, T.redSince), value: t(locale, T.today) }
        : { label: t(locale, T.redFor), value: t(locale, T.days, { days, since: formatDate(d.redSince, locale) }) },
    );
  }
  const overdue = open && d.dueDate && dueDayOf(d.dueDate) < calendarDayOf(now);
  fields.push({ label: t(locale, T.due), value: `${dueLabel(locale, d.dueDate)}${overdue ? ` ${t(locale, T.overdue)}` : ''}` });
  blocks.push({ type: 'fields', fields });

  for (const line of answerLines(view, options)) blocks.push({ type: 'context', text: line });
  if (open) {
    const payload = { d: d.id, k: deliveryKey };
    blocks.push({
      type: 'actions',
      buttons: [
        { actionId: DependencyActionIds.stillRed, label: t(locale, T.buttonStillRed), payload, style: 'danger' },
        { actionId: DependencyActionIds.nowYellow, label: t(locale, T.buttonYellow), payload },
        { actionId: DependencyActionIds.nowGreen, label: t(locale, T.buttonGreen), payload, style: 'primary' },
        { actionId: DependencyActionIds.resolved, label: t(locale, T.buttonResolved), payload },
        { actionId: DependencyActionIds.snooze, label: t(locale, T.buttonSnooze), payload: { ...payload, n: SNOOZE_WORKING_DAYS } },
      ],
    });
  }
  return blocks;
}

const ROLE_TEXTS = { owner: T.roleOwner, contact: T.roleContact, provider: T.roleProvider, secretariat: T.roleSecretariat } as const;

/**
 * The answers, one line each. Settled: the new status and who set it. While red: the reader's own pause, then the
 * latest "still red" of each side (owner, provider, secretariat) with its note, so no copy loses the other
 * side's answer, paused or not.
 */
function answerLines(view: DependencyView, { locale, now }: BuildOptions): string[] {
  const d = view.dependency;
  const last = view.lastAnswer;
  const who = last?.by ?? t(locale, T.someone);
  const when = last ? formatDate(last.at, locale) : '';
  if (d.resolvedAt) return [t(locale, T.nowResolved, { who, when: formatDate(d.resolvedAt, locale) })];
  if (!isOpenRed(d)) return last?.field === 'status' ? [t(locale, T.nowStatus, { status: ragLabel(locale, d.status), who, when })] : [];
  const lines: string[] = [];
  if (view.snoozedUntil && view.snoozedUntil > now) lines.push(t(locale, T.snoozed, { until: formatDate(view.snoozedUntil, locale) }));
  for (const answer of view.stillRed ?? []) {
    lines.push(
      t(locale, T.lastStillRed, { who: answer.by ?? t(locale, T.someone), role: t(locale, ROLE_TEXTS[answer.role]), when: formatDate(answer.at, locale), note: answer.note ?? '' }),
    );
  }
  return lines;
}

/** The dependency ids a stored message shows: its `dependencyIds`, else read back from its buttons. */
export function dependencyIdsOf(message: Partial<DependencyMessage>): string[] {
  if (Array.isArray(message.dependencyIds)) return message.dependencyIds.filter((id): id is string => typeof id === 'string');
  const ids: string[] = [];
  for (const block of message.blocks ?? []) {
    if (block.type !== 'actions') continue;
    for (const button of block.buttons) {
      const id = 'payload' in button ? button.payload?.d : undefined;
      if (typeof id === 'string' && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

/** The heading for a notice none of whose dependencies is red any more; null while one still is. */
function settledHeader(views: DependencyView[], locale: Locale): string | null {
  const deps = views.map((v) => v.dependency);
  if (deps.some((d) => !d.resolvedAt && d.status === 'red')) return null;
  if (deps.length > 1) return t(locale, T.noneRedHeader);
  const dep = deps[0]!;
  if (dep.resolvedAt) return t(locale, T.nowResolvedHeader);
  return t(locale, dep.status === 'yellow' ? T.nowYellowHeader : T.nowGreenHeader);
}
