import { capitalised, categoryLabel, ragLabel, RAGS } from '../dependencies/dependency-labels.js';
import type { Locale } from '../i18n/locale.js';
import { PLAIN_COLOUR, RAG_COLOURS, type BarChart } from './build-chart-svg.js';
import { SEGMENTS, type PortfolioReportData } from './compile-portfolio-report.js';
import { plain, reportTexts as T } from './report-texts.js';
import type { RagCounts } from './summarise-round.js';

export const goalLabel = (locale: Locale, goal: number): string => plain(locale, T[`goal${goal as 1 | 2 | 3 | 4 | 5}`]);
export const sdgLabel = (locale: Locale, sdg: number): string => plain(locale, T[`sdg${sdg as 3 | 9 | 10 | 17}`]);
export const segmentLabel = (locale: Locale, segment: (typeof SEGMENTS)[number]): string => plain(locale, T[`segment_${segment}`]);

/** The charts of the portfolio report: segments, status and risk against the previous round, dependencies, goals, SDGs. */
export function buildReportCharts(locale: Locale, d: PortfolioReportData): Record<'segments' | 'status' | 'risk' | 'dependencies' | 'goals' | 'sdgs', BarChart> {
  const rag = RAGS.map((r) => ({ label: capitalised(ragLabel(locale, r)), colour: RAG_COLOURS[r] }));
  const one = [{ label: plain(locale, T.seriesCount), colour: PLAIN_COLOUR }];
  const previous = d.previousLabel ?? plain(locale, T.previous);
  const compare = (c: { current: RagCounts; previous: RagCounts }) => [
    { label: previous, values: RAGS.map((r) => c.previous[r]) },
    { label: d.label, values: RAGS.map((r) => c.current[r]) },
  ];
  return {
    segments: { locale, title: `${plain(locale, T.chartSegments)} ${d.label}`, series: one, groups: SEGMENTS.map((s) => ({ label: segmentLabel(locale, s), values: [d.activeBySegment[s]] })) },
    status: { locale, title: `${plain(locale, T.chartStatus)} ${d.label}`, series: rag, groups: compare(d.status) },
    risk: { locale, title: `${plain(locale, T.chartRisk)} ${d.label}`, series: rag, groups: compare(d.risk) },
    dependencies: {
      locale,
      title: `${plain(locale, T.chartDeps)} ${d.label}`,
      series: rag,
      groups: d.dependencies.map((x) => ({ label: capitalised(categoryLabel(locale, x.category)), values: RAGS.map((r) => x.counts[r]) })),
    },
    goals: { locale, title: `${plain(locale, T.chartGoals)} ${d.label}`, series: one, groups: d.byMainGoal.map((g) => ({ label: goalLabel(locale, g.goal), values: [g.count] })) },
    sdgs: { locale, title: `${plain(locale, T.chartSdgs)} ${d.label}`, series: one, groups: d.bySdg.map((g) => ({ label: sdgLabel(locale, g.sdg), values: [g.count] })) },
  };
}
