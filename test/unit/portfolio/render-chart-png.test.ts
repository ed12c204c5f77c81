import { describe, expect, it } from 'vitest';
import { buildChartSvg } from '../../../src/portfolio/build-chart-svg.js';
import { renderChartPng } from '../../../src/portfolio/render-chart-png.js';

describe('chart rendering on the server', () => {
  it('renders the SVG bar chart to a PNG as wide as the chart, with no browser and no network', async () => {
    const svg = buildChartSvg({
      title: 'Samlet status – Q2 2023 mot Q1 2023',
      series: [{ label: 'Grønn', colour: '#2e7d32' }, { label: 'Gul', colour: '#f9a825' }, { label: 'Rød', colour: '#c62828' }],
      groups: [{ label: 'Q1', values: [25, 9, 2] }, { label: 'Q2', values: [26, 10, 1] }],
    });
    const png = (await renderChartPng(svg))!;
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const width = png.readUInt32BE(16);
    expect(width).toBe(Number(/width="(\d+)"/.exec(svg)![1]));
    expect(png.length).toBeGreaterThan(3000); // bars, labels and legend, not an empty canvas
  });
});
