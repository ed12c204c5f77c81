import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { capitalised, ragLabel } from '../dependencies/dependency-labels.js';
import { formatDate } from '../i18n/format-date.js';
import { formatNumber } from '../i18n/format-numbers.js';
import type { Locale } from '../i18n/locale.js';
import { buildChartSvg } from './build-chart-svg.js';
import { buildReportCharts, segmentLabel } from './build-report-charts.js';
import { SEGMENTS, type PortfolioReportData, type ReportInitiative } from './compile-portfolio-report.js';
import { describePortfolioReport } from './describe-portfolio-report.js';
import { renderChartPng } from './render-chart-png.js';
import { plain, reportTexts as T } from './report-texts.js';

/** Widest a chart is drawn on an A4 page with 2.5 cm margins, in px at 96 dpi. */
const PAGE_WIDTH_PX = 600;
const FONT = 'Calibri';
const HEADER_FILL = 'DCE6F0';
const RAG_FILL = { green: 'C8E6C9', yellow: 'FFF3C4', red: 'F8C9C9' } as const;

const para = (text: string, options: { italics?: boolean; size?: number } = {}) =>
  new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, font: FONT, italics: options.italics, size: options.size })] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) =>
  new Paragraph({ heading: level, spacing: { before: 240, after: 120 }, children: [new TextRun({ text, font: FONT })] });

function cell(text: string, options: { header?: boolean; fill?: string; width?: number } = {}): TableCell {
  return new TableCell({
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
    shading: options.header || options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.header ? HEADER_FILL : options.fill! } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ children: [new TextRun({ text, bold: options.header, font: FONT, size: 20 })] })],
  });
}

/** A table with a header row (repeated on every page), full width; `widths` in per cent. */
function table(headers: string[], rows: { cells: string[]; fill?: (string | undefined)[] }[], widths: number[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, { header: true, width: widths[i] })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.cells.map((c, i) => cell(c, { width: widths[i], fill: r.fill?.[i] })) })),
    ],
  });
}

async function figure(svg: string, caption: string, alt: string): Promise<Paragraph[]> {
  const png = await renderChartPng(svg);
  const [, w, h] = /<svg[^>]*width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
  const scale = Math.min(1, PAGE_WIDTH_PX / w!);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [new ImageRun({ type: 'png', data: png!, transformation: { width: Math.round(w! * scale), height: Math.round(h! * scale) }, altText: { name: alt, description: alt, title: alt } })],
    }),
    para(caption, { italics: true, size: 18 }),
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
    list.length ? [table([col(T.colInitiative), col(T.colOwner)], list.map((i) => ({ cells: [i.name, i.organisation] })), [60, 40])] : [para(col(T.none))];
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
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: title, font: FONT })] }),
    para(plain(locale, T.subtitle, { cutoff: formatDate(d.cutoffDate, locale, 'UTC'), made: formatDate(madeAt, locale) }), { italics: true }),
    heading(col(T.hSummary)),
    para(s.active),
    ...s.overall.map((x) => para(x)),
    ...s.changes.map((x) => para(x)),
    ...(s.notReported ? [para(s.notReported)] : []),
    heading(col(T.hStatus)),
    para(s.active),
    heading(col(T.keyFigures), HeadingLevel.HEADING_3),
    table([col(T.colFigure), col(T.colValue)], keyFigures.map(([k, v]) => ({ cells: [k, v] })), [75, 25]),
    para(''),
    ...(await figure(await buildChartSvg(charts.segments), plain(locale, T.fig1, { label: d.label }), charts.segments.title)),
    para(s.budget),
    heading(col(T.hOverall), HeadingLevel.HEADING_2),
    ...s.overall.map((x) => para(x)),
    ...(await figure(await buildChartSvg(charts.status), col(T.fig2), charts.status.title)),
    ...(d.redInitiatives.length
      ? [
          table(
            [col(T.colInitiative), col(T.colOwner), col(T.colRisk), col(T.colNarrative)],
            d.redInitiatives.map((r) => ({
              cells: [r.name, r.organisation, r.risk ? capitalised(ragLabel(locale, r.risk)) : '–', r.narrative ?? ''],
              fill: [RAG_FILL.red, undefined, r.risk ? RAG_FILL[r.risk] : undefined, undefined],
            })),
            [25, 20, 10, 45],
          ),
        ]
      : []),
    heading(col(T.hRisk), HeadingLevel.HEADING_2),
    para(s.risk),
    ...(await figure(await buildChartSvg(charts.risk), col(T.fig3), charts.risk.title)),
    heading(col(T.hDeps), HeadingLevel.HEADING_2),
    para(s.dependencies),
    ...(await figure(await buildChartSvg(charts.dependencies), col(T.fig4), charts.dependencies.title)),
    para(s.redHigh),
    ...(d.redHigh.length
      ? [
          table(
            [col(T.colInitiative), col(T.colOwner), col(T.colDependency), col(T.colDue)],
            d.redHigh.map((r) => ({ cells: [r.name, r.organisation, r.dependency, r.dueDate ? formatDate(r.dueDate, locale, 'UTC') : col(T.noDue)] })),
            [25, 22, 35, 18],
          ),
          para(col(T.fig5), { italics: true, size: 18 }),
        ]
      : []),
    heading(col(T.hGoals), HeadingLevel.HEADING_2),
    para(s.goals),
    ...(await figure(await buildChartSvg(charts.goals), col(T.fig6), charts.goals.title)),
    heading(col(T.hSdgs), HeadingLevel.HEADING_2),
    para(s.sdgs),
    ...(await figure(await buildChartSvg(charts.sdgs), col(T.fig7), charts.sdgs.title)),
    heading(col(T.hChanges)),
    ...s.changes.map((x) => para(x)),
    heading(col(T.hCompleted), HeadingLevel.HEADING_2),
    ...initiativeTable(d.completed),
    heading(col(T.hNew), HeadingLevel.HEADING_2),
    ...initiativeTable(d.newInitiatives),
    heading(col(T.hPaused), HeadingLevel.HEADING_2),
    ...initiativeTable(d.paused),
    ...(d.notReported.length ? [heading(col(T.hNotReported), HeadingLevel.HEADING_2), ...initiativeTable(d.notReported)] : []),
  ];
  const doc = new Document({
    creator: 'Saksgang',
    title,
    styles: { default: { document: { run: { font: FONT, size: 22, language: { value: locale === 'nb' ? 'nb-NO' : 'en-GB' } } } } },
    sections: [{ properties: { page: { margin: { top: 1417, bottom: 1417, left: 1417, right: 1417 } } }, children }],
  });
  return Packer.toBuffer(doc);
}

