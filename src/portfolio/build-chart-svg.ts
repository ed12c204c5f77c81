/** One group of bars (e.g. "Overall – this round") with a value per series (green, yellow, red). */
export interface ChartGroup {
  label: string;
  values: number[];
}

export interface BarChart {
  title: string;
  series: { label: string; colour: string }[];
  groups: ChartGroup[];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A grouped bar chart as a self-contained SVG (no fonts beyond DejaVu Sans / sans-serif, no external
 * references), so it can be rendered to PNG on the server without a browser.
 */
export function buildChartSvg(chart: BarChart): string {
  const barW = 22;
  const gap = 30;
  const groupW = chart.series.length * barW + gap;
  const left = 40;
  const top = 40;
  const plotH = 200;
  // Wide enough for the bars and for the title (about 10 px a character at 16 px bold).
  const width = Math.max(360, left + chart.groups.length * groupW + 20, left + chart.title.length * 10 + 20);
  const height = top + plotH + 90;
  const max = Math.max(1, ...chart.groups.flatMap((g) => g.values));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${left}" y="24" font-size="16" font-weight="bold">${escape(chart.title)}</text>`,
    `<line x1="${left}" y1="${top + plotH}" x2="${width - 10}" y2="${top + plotH}" stroke="#333"/>`,
  ];
  chart.groups.forEach((group, gi) => {
    const x0 = left + gi * groupW + gap / 2;
    group.values.forEach((value, si) => {
      const h = Math.round((value / max) * plotH);
      const x = x0 + si * barW;
      const y = top + plotH - h;
      parts.push(`<rect x="${x}" y="${y}" width="${barW - 4}" height="${h}" fill="${chart.series[si]?.colour ?? '#888'}"/>`);
      parts.push(`<text x="${x + (barW - 4) / 2}" y="${y - 4}" font-size="11" text-anchor="middle">${value}</text>`);
    });
    parts.push(`<text x="${x0 + (chart.series.length * barW) / 2}" y="${top + plotH + 16}" font-size="11" text-anchor="middle">${escape(group.label)}</text>`);
  });
  chart.series.forEach((s, i) => {
    const x = left + i * 110;
    const y = top + plotH + 50;
    parts.push(`<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${s.colour}"/>`, `<text x="${x + 16}" y="${y}" font-size="12">${escape(s.label)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
