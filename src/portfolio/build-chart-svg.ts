import { formatNumber } from '../i18n/format-numbers.js';
import type { Locale } from '../i18n/locale.js';
import { estimateTextWidth, wrapText } from './estimate-text-width.js';

/** One group of bars (e.g. "Samlet status Q2 2023") with a value per series (green, yellow, red). */
export interface ChartGroup {
  label: string;
  values: number[];
}

export interface BarChart {
  locale: Locale;
  title: string;
  series: { label: string; colour: string }[];
  groups: ChartGroup[];
  /** Digits after the decimal mark in value labels (0 for counts). */
  decimals?: number;
}

/** The RAG colours of every chart (green, yellow, red), and the colour of a chart with one series. */
export const RAG_COLOURS = { green: '#2e7d32', yellow: '#f9a825', red: '#c62828' } as const;
export const PLAIN_COLOUR = '#1f5f8b';

const FONT = 'DejaVu Sans';
const LABEL_SIZE = 13;
const LINE_HEIGHT = 17;
const VALUE_SIZE = 12;
const TITLE_SIZE = 16;
const PLOT_HEIGHT = 240;
const MIN_BAND = 120;
const MAX_WORD_BAND = 240;
/** Share of a category's band the bars take, and the gap between bars in a group as a share of a bar. */
const BARS_SHARE = 0.72;
const BAR_GAP = 0.15;

let loaded: Promise<typeof import('echarts')> | null = null;

/**
 * ECharts, loaded on the first chart (about 40 MB and a second of start-up that a bot drawing no chart never
 * pays). It lays text out with a measure we give it: the DejaVu Sans estimate that resvg's drawing never exceeds.
 */
function loadEcharts(): Promise<typeof import('echarts')> {
  loaded ??= import('echarts').then((echarts) => {
    echarts.setPlatformAPI({
      measureText(text: string, font?: string) {
        const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
        return { width: estimateTextWidth(text, size, /bold|[6-9]00/.test(font ?? '')) };
      },
    });
    return echarts;
  });
  return loaded;
}

/**
 * A grouped bar chart as a self-contained SVG drawn by ECharts on the server (no browser, no external
 * references, DejaVu Sans). The layout is computed so that nothing overlaps or is cut: every category gets a
 * band wide enough for its bars' value labels, category labels are wrapped to the band and the bottom margin
 * grows with the number of lines, and the canvas is wide enough for the title and the legend. Numbers are
 * written in the reader's language (decimal comma and space thousands in bokmål).
 */
export async function buildChartSvg(chart: BarChart): Promise<string> {
  const echarts = await loadEcharts();
  const { locale } = chart;
  const decimals = chart.decimals ?? 0;
  const fmt = (v: number) => formatNumber(v, locale, decimals);
  const n = Math.max(1, chart.series.length);
  const max = Math.max(1, ...chart.groups.flatMap((g) => g.values));
  const valueWidth = Math.max(...[0, max].map((v) => estimateTextWidth(fmt(v), VALUE_SIZE)));
  const barWidth = Math.max(16, valueWidth + 6);
  // Wide enough for the bars' value labels and for the longest word of a label (up to a limit; longer words break).
  const longestWord = Math.max(0, ...chart.groups.flatMap((g) => g.label.split(/\s+/)).map((w) => estimateTextWidth(w, LABEL_SIZE)));
  const band = Math.max(MIN_BAND, Math.ceil((barWidth * (n + BAR_GAP * (n - 1))) / BARS_SHARE), Math.min(MAX_WORD_BAND, Math.ceil(longestWord + 16)));
  // The y axis's widest tick label is at most the rounded-up maximum.
  const left = Math.ceil(Math.max(48, estimateTextWidth(fmt(Math.ceil(max * 1.25)), LABEL_SIZE) + 24));
  const right = 24;
  const legendWidth = chart.series.length > 1 ? chart.series.reduce((sum, s) => sum + 14 + 6 + estimateTextWidth(s.label, LABEL_SIZE) + 20, 0) + 40 : 0;
  const width = Math.ceil(Math.max(360, left + right + band * Math.max(1, chart.groups.length), estimateTextWidth(chart.title, TITLE_SIZE, true) + 40, legendWidth));
  const finalBand = (width - left - right) / Math.max(1, chart.groups.length);
  const labels = chart.groups.map((g) => wrapText(g.label, LABEL_SIZE, finalBand - 14));
  const lines = Math.max(1, ...labels.map((l) => l.length));
  const legendHeight = chart.series.length > 1 ? 36 : 0;
  const top = 64;
  const bottom = 14 + lines * LINE_HEIGHT + 14 + legendHeight;
  const height = top + PLOT_HEIGHT + bottom;

  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: FONT },
      title: { text: chart.title, left: 16, top: 12, textStyle: { fontSize: TITLE_SIZE, fontWeight: 'bold', fontFamily: FONT, color: '#222222' } },
      legend: {
        show: chart.series.length > 1,
        bottom: 10,
        left: 'center',
        itemWidth: 14,
        itemHeight: 14,
        itemGap: 20,
        textStyle: { fontSize: LABEL_SIZE, fontFamily: FONT, color: '#222222' },
      },
      grid: { left, right, top, bottom, containLabel: false },
      xAxis: {
        type: 'category',
        data: labels.map((l) => l.join('\n')),
        axisTick: { alignWithLabel: true },
        axisLabel: { interval: 0, fontSize: LABEL_SIZE, lineHeight: LINE_HEIGHT, fontFamily: FONT, color: '#222222', margin: 12 },
      },
      yAxis: {
        type: 'value',
        minInterval: decimals === 0 ? 1 : undefined,
        axisLabel: { fontSize: LABEL_SIZE, fontFamily: FONT, color: '#444444', formatter: (v: number) => fmt(v) },
      },
      series: chart.series.map((s, i) => ({
        name: s.label,
        type: 'bar',
        barGap: `${BAR_GAP * 100}%`,
        barCategoryGap: `${Math.round((1 - BARS_SHARE) * 100)}%`,
        itemStyle: { color: s.colour },
        label: { show: true, position: 'top', fontSize: VALUE_SIZE, fontFamily: FONT, color: '#222222', formatter: (p: { value: unknown }) => fmt(Number(p.value)) },
        data: chart.groups.map((g) => g.values[i] ?? 0),
      })),
    });
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
