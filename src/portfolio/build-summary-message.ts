import { formatDate } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Block, Message } from '../ui/model.js';
import { RAG_COLOURS, type BarChart } from './build-chart-svg.js';
import { capitalised, categoryLabel, ragBadge, ragLabel, RAGS } from '../dependencies/dependency-labels.js';
import { portfolioTexts as T } from './texts.js';
import type { RagCounts, RoundSummary } from './summarise-round.js';
import { escapeMarkup } from '../ui/markup.js';

export interface SummaryAttachments {
  reportUrl?: string | null;
  sheetUrl?: string | null;
  csvUrl?: string | null;
  overallChartUrl?: string | null;
  dependencyChartUrl?: string | null;
}

const counts = (locale: Locale, c: RagCounts, p?: RagCounts) => RAGS.map((r) => `${ragBadge(locale, r)} ${c[r]}${p ? ` / ${p[r]}` : ''}`).join(' · ');

/** The two charts of a summary: overall and risk this round vs previous, dependencies by category and status. */
export function summaryCharts(locale: Locale, s: RoundSummary): { overall: BarChart; dependencies: BarChart } {
  const series = RAGS.map((r) => ({ label: capitalised(ragLabel(locale, r)), colour: RAG_COLOURS[r] }));
  const group = (label: string, c: RagCounts) => ({ label, values: RAGS.map((r) => c[r]) });
  const previous = s.previousLabel ?? t(locale, T.previousRound);
  return {
    overall: {
      locale,
      title: `${t(locale, T.chartOverall)} ${s.label}`,
      series,
      groups: [
        group(`${t(locale, T.fieldOverall)} ${s.label}`, s.overall.current),
        group(`${t(locale, T.fieldOverall)} ${previous}`, s.overall.previous),
        group(`${t(locale, T.fieldRisk)} ${s.label}`, s.risk.current),
        group(`${t(locale, T.fieldRisk)} ${previous}`, s.risk.previous),
      ],
    },
    dependencies: { locale, title: `${t(locale, T.chartDeps)} ${s.label}`, series, groups: s.dependencies.map((d) => group(capitalised(categoryLabel(locale, d.category)), d.counts)) },
  };
}

/** The round's summary as a message: the figures as text, charts as images when rendered, and the CSV link. */
export function buildSummaryMessage(locale: Locale, s: RoundSummary, files: SummaryAttachments = {}): Message {
  const none = t(locale, T.sumNone);
  const list = (names: string[]) => (names.length ? names.map(escapeMarkup).join(', ') : none);
  const previous = { previous: s.previousLabel ?? t(locale, T.previousRound) };
  const blocks: Block[] = [
    { type: 'header', text: t(locale, T.summaryTitle, { label: s.label }) },
    { type: 'context', text: t(locale, T.sumReports, { count: s.submitted }) },
    { type: 'text', text: `**${t(locale, T.sumOverall, previous)}**\n${counts(locale, s.overall.current, s.overall.previous)}\n**${t(locale, T.sumRisk, previous)}**\n${counts(locale, s.risk.current, s.risk.previous)}` },
  ];
  if (files.overallChartUrl) blocks.push({ type: 'image', url: files.overallChartUrl, alt: t(locale, T.chartOverall) });
  const depLines = s.dependencies.map((d) => `• ${capitalised(categoryLabel(locale, d.category))}: ${counts(locale, d.counts)}`);
  blocks.push({ type: 'text', text: `**${t(locale, T.sumDeps)}**\n${depLines.length ? depLines.join('\n') : none}` });
  if (files.dependencyChartUrl) blocks.push({ type: 'image', url: files.dependencyChartUrl, alt: t(locale, T.chartDeps) });
  const redHigh = s.redHigh.map(
    (e) =>
      `• **${escapeMarkup(e.initiative)}**: ${e.items
        .map((i) => `${escapeMarkup(i.description)}${i.provider ? ` (${escapeMarkup(i.provider)})` : ''}${i.dueDate ? `, ${t(locale, T.due)} ${formatDate(i.dueDate, locale)}` : ''}`)
        .join('; ')}`,
  );
  blocks.push({ type: 'text', text: `**${t(locale, T.sumRedHigh)}**\n${redHigh.length ? redHigh.join('\n') : none}` });
  const red = s.redInitiatives.map((r) => `• **${escapeMarkup(r.name)}** (${escapeMarkup(r.organisation)})${r.risk ? ` – ${t(locale, T.fieldRisk).toLowerCase()} ${ragBadge(locale, r.risk)}` : ''}: ${escapeMarkup(r.narrative ?? '')}`);
  blocks.push({ type: 'text', text: `**${t(locale, T.sumRedInitiatives)}**\n${red.length ? red.join('\n') : none}` });
  blocks.push({
    type: 'fields',
    fields: [
      { label: t(locale, T.sumNew), value: list(s.newInitiatives) },
      { label: t(locale, T.sumCompleted), value: list(s.completed) },
      { label: t(locale, T.sumPaused), value: list(s.paused) },
    ],
  });
  const links = [
    ...(files.reportUrl ? [{ url: files.reportUrl, label: t(locale, T.reportLink) }] : []),
    ...(files.sheetUrl ? [{ url: files.sheetUrl, label: t(locale, T.sheetLink) }] : []),
    ...(files.csvUrl ? [{ url: files.csvUrl, label: t(locale, T.csvLink) }] : []),
  ];
  if (links.length) blocks.push({ type: 'actions', buttons: links });
  return { text: t(locale, T.summaryTitle, { label: s.label }), blocks };
}
