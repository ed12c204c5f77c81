import { AlignmentType, ImageRun, Paragraph, type FileChild } from 'docx';
import { capitalised, ragLabel } from '../dependencies/dependency-labels.js';
import { formatDate } from '../i18n/format-date.js';
import { formatNumber } from '../i18n/format-numbers.js';
import type { Locale } from '../i18n/locale.js';
import { buildChartSvg } from './build-chart-svg.js';
import { buildReportCharts, segmentLabel } from './build-report-charts.js';
import { SEGMENTS, type PortfolioReportData, type ReportInitiative } from './compile-portfolio-report.js';
import { describePortfolioReport } from './describe-portfolio-report.js';
import { renderChartPng } from './render-chart-png.js';
import { gridTable, heading as docHeading, packDocx, paragraph, title as docTitle } from '../files/docx-parts.js';
import { plain, reportTexts as T } from './report-texts.js';

/** Widest a chart is drawn on an A4 page with 2.5 cm margins, in px at 96 dpi. */
const PAGE_WIDTH_PX = 600;
const RAG_FILL = { green: 'C8E6C9', yellow: 'FFF3C4', red: 'F8C9C9' } as const;

const para = (text: string) => paragraph(text);
const caption = (text: string) => paragraph(text, { caption: true });
const heading = (text: string, level: 1 | 2 | 3 = 1) => docHeading(text, level);

async function figure(svg: string, text: string, alt: string): Promise<Paragraph[]> {
  const png = await renderChartPng(svg);
  const [, w, h] = /<svg[^>]*width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
  const scale = Math.min(1, PAGE_WIDTH_PX / w!);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [new ImageRun({ type: 'png', data: png!, transformation: { width: Math.round(w! * scale), height: Math.round(h! * scale) }, altText: { name: alt, description: alt, title: alt } })],
    }),
    caption(text),
  ];
}

/**
 * The portfolio report of a round as a Word document (`Porteføljerapport Q2 2023.docx`), in the reader's
 * language: key figures, charts (ECharts, rendered to PNG), the tables of red initiatives, red high-criticality
 * dependencies, completed, new and paused initiatives, and short sentences written from the figures.
 */
export async function buildPortfolioReportDocx(locale: Locale, d: PortfolioReportData, madeAt: Date): Promise<Buffer> {
  const s = describePortfolioReport(locale, d);
  const charts = buildReportCharts(locale, d);
  const col = (text: Record<Locale, string>) => plain(locale, text);
  const initiativeTable = (list: ReportInitiative[]) =>
    list.length ? [gridTable([col(T.colInitiative), col(T.colOwner)], list.map((i) => [i.name, i.organisation]), [60, 40])] : [para(col(T.none))];
  const keyFigures: [string, string][] = [
    [col(T.kActive), formatNumber(d.active, locale)],
    ...SEGMENTS.map((seg): [string, string] => [plain(locale, T.kSegment, { segment: segmentLabel(locale, seg) }), formatNumber(d.activeBySegment[seg], locale)]),
    [col(T.kBudget), formatNumber(d.coGovernanceBudgetMnok, locale, 1)],
    [col(T.kDeps), formatNumber(d.dependencyTotal, locale)],
    [col(T.kCompleted), formatNumber(d.completed.length, locale)],
    [col(T.kNew), formatNumber(d.newInitiatives.length, locale)],
    [col(T.kPaused), formatNumber(d.paused.length, locale)],
    [col(T.kNotReported), formatNumber(d.notReported.length, locale)],
  ];
  const title = plain(locale, T.title, { label: d.label });
  const children: FileChild[] = [
    docTitle(title),
    paragraph({ italic: plain(locale, T.subtitle, { cutoff: formatDate(d.cutoffDate, locale, 'UTC'), made: formatDate(madeAt, locale) }) }),
    heading(col(T.hSummary)),
    para(s.active),
    ...s.overall.map((x) => para(x)),
    ...s.changes.map((x) => para(x)),
    ...(s.notReported ? [para(s.notReported)] : []),
    heading(col(T.hStatus)),
    para(s.active),
    heading(col(T.keyFigures), 3),
    gridTable([col(T.colFigure), col(T.colValue)], keyFigures, [75, 25]),
    para(''),
    ...(await figure(await buildChartSvg(charts.segments), plain(locale, T.fig1, { label: d.label }), charts.segments.title)),
    para(s.budget),
    heading(col(T.hOverall), 2),
    ...s.overall.map((x) => para(x)),
    ...(await figure(await buildChartSvg(charts.status), col(T.fig2), charts.status.title)),
    ...(d.redInitiatives.length
      ? [
          gridTable(
            [col(T.colInitiative), col(T.colOwner), col(T.colRisk), col(T.colNarrative)],
            d.redInitiatives.map((r) => ({
              cells: [r.name, r.organisation, r.risk ? capitalised(ragLabel(locale, r.risk)) : '–', r.narrative ?? ''],
              fills: [RAG_FILL.red, undefined, r.risk ? RAG_FILL[r.risk] : undefined, undefined],
            })),
            [25, 20, 10, 45],
          ),
        ]
      : []),
    heading(col(T.hRisk), 2),
    para(s.risk),
    ...(await figure(await buildChartSvg(charts.risk), col(T.fig3), charts.risk.title)),
    heading(col(T.hDeps), 2),
    para(s.dependencies),
    ...(await figure(await buildChartSvg(charts.dependencies), col(T.fig4), charts.dependencies.title)),
    para(s.redHigh),
    ...(d.redHigh.length
      ? [
          gridTable(
            [col(T.colInitiative), col(T.colOwner), col(T.colDependency), col(T.colDue)],
            d.redHigh.map((r) => [r.name, r.organisation, r.dependency, r.dueDate ? formatDate(r.dueDate, locale, 'UTC') : col(T.noDue)]),
            [26, 25, 33, 16],
          ),
          caption(col(T.fig5)),
        ]
      : []),
    heading(col(T.hGoals), 2),
    para(s.goals),
    ...(await figure(await buildChartSvg(charts.goals), col(T.fig6), charts.goals.title)),
    heading(col(T.hSdgs), 2),
    para(s.sdgs),
    ...(await figure(await buildChartSvg(charts.sdgs), col(T.fig7), charts.sdgs.title)),
    heading(col(T.hChanges)),
    ...s.changes.map((x) => para(x)),
    heading(col(T.hCompleted), 2),
    ...initiativeTable(d.completed),
    heading(col(T.hNew), 2),
    ...initiativeTable(d.newInitiatives),
    heading(col(T.hPaused), 2),
    ...initiativeTable(d.paused),
    ...(d.notReported.length ? [heading(col(T.hNotReported), 2), ...initiativeTable(d.notReported)] : []),
  ];
  return packDocx({ title, language: locale === 'nb' ? 'nb-NO' : 'en-GB', children });
}

