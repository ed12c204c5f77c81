import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/dependencies/dependency-labels.js';
import { buildChartSvg, type BarChart } from '../../../src/portfolio/build-chart-svg.js';
import { summaryCharts } from '../../../src/portfolio/build-summary-message.js';
import { renderChartPng } from '../../../src/portfolio/render-chart-png.js';
import type { RoundSummary } from '../../../src/portfolio/summarise-round.js';

interface Box { text: string; x1: number; y1: number; x2: number; y2: number }

/**
 * Every <text> of an ECharts SVG with the box resvg draws it in: each text is rendered alone (same font size,
 * anchor, baseline and position) and resvg reports its bounding box, so the check uses the real glyphs.
 */
function textBoxes(svg: string): Box[] {
  const [, width, height] = /<svg[^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
  const boxes: Box[] = [];
  for (const match of svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)) {
    const one = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${match[0]}</svg>`;
    const bbox = new Resvg(one, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).getBBox();
    if (!bbox || !match[1]!.trim()) continue;
    boxes.push({ text: match[1]!, x1: bbox.x, y1: bbox.y, x2: bbox.x + bbox.width, y2: bbox.y + bbox.height });
  }
  return boxes;
}

function expectLaidOut(svg: string) {
  const [, width, height] = /<svg[^>]*width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
  const boxes = textBoxes(svg);
  expect(boxes.length).toBeGreaterThan(5);
  for (const b of boxes) {
    expect({ text: b.text, inside: b.x1 >= 0 && b.y1 >= 0 && b.x2 <= width! && b.y2 <= height! }).toEqual({ text: b.text, inside: true });
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      expect({ pair: [a.text, b.text], overlap }).toEqual({ pair: [a.text, b.text], overlap: false });
    }
  }
}

// The demo's rounds are named after the last two quarters ("Q4 2026", "Q3 2026"); its dependencies use every category.
const summary: RoundSummary = {
  label: 'Q4 2026',
  previousLabel: 'Q3 2026',
  submitted: 16,
  overall: { current: { green: 9, yellow: 6, red: 1 }, previous: { green: 10, yellow: 5, red: 1 } },
  risk: { current: { green: 6, yellow: 6, red: 1 }, previous: { green: 7, yellow: 6, red: 0 } },
  dependencies: CATEGORIES.map((category, i) => ({ category, counts: { green: i, yellow: 2, red: 10 + i } })),
  redHigh: [],
  redInitiatives: [],
  newInitiatives: [],
  completed: [],
  paused: [],
};

describe('charts drawn by ECharts on the server', () => {
  for (const locale of ['nb', 'en'] as const) {
    it(`lays out the demo's longest labels (${locale}) without overlap, all inside the canvas`, async () => {
      const charts = summaryCharts(locale, summary);
      expect(JSON.stringify(charts.overall.groups.map((g) => g.label))).toContain(locale === 'nb' ? 'Samlet status Q4 2026' : 'Overall status Q4 2026');
      expectLaidOut(await buildChartSvg(charts.overall));
      expectLaidOut(await buildChartSvg(charts.dependencies));
    });
  }

  it('writes large amounts the Norwegian way and keeps their labels apart', async () => {
    const chart: BarChart = {
      locale: 'nb',
      title: 'Budsjett per segment (MNOK)',
      series: [{ label: 'Budsjett', colour: '#1f5f8b' }],
      groups: [{ label: 'Samstyring', values: [12553.4] }, { label: 'Koordinering', values: [1234.5] }, { label: 'Orientering', values: [0.5] }],
      decimals: 1,
    };
    const svg = await buildChartSvg(chart);
    expect(svg).toContain('12\u00a0553,4');
    expect(svg).toContain('1\u00a0234,5');
    expect(svg).not.toContain('12,553');
    expectLaidOut(svg);
    expect(await buildChartSvg({ ...chart, locale: 'en' })).toContain('12,553.4');
  });

  it('renders a PNG at twice the SVG size, with the RAG colours', async () => {
    const svg = await buildChartSvg(summaryCharts('nb', summary).overall);
    expect(svg).toMatch(/fill="#2e7d32"/);
    expect(svg).toMatch(/fill="#f9a825"/);
    expect(svg).toMatch(/fill="#c62828"/);
    expect(svg).not.toMatch(/href=|<image/);
    const png = (await renderChartPng(svg))!;
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const [, width, height] = /<svg[^>]*width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width! * 2, height! * 2]);
  });
});
