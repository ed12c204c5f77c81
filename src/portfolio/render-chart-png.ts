/** Charts are rasterised at twice their size in px, so they stay sharp on high-density screens and in print. */
export const CHART_PIXEL_DENSITY = 2;

/**
 * Turns a chart's SVG into PNG bytes for Slack, Teams and the report, which do not take SVG images. resvg
 * renders offline (its binary ships in the npm package) with the system's DejaVu fonts, at twice the density.
 */
export async function renderChartPng(svg: string): Promise<Buffer | null> {
  // resvg's native binary is loaded on the first chart, not at start.
  const { Resvg } = await import('@resvg/resvg-js');
  const png = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: CHART_PIXEL_DENSITY },
  })
    .render()
    .asPng();
  return Buffer.from(png);
}
