import { Resvg } from '@resvg/resvg-js';

/**
 * Turns a chart's SVG into PNG bytes for Slack and Teams, which do not show SVG images. resvg renders
 * offline (its binary ships in the npm package) with the system's DejaVu fonts.
 */
export async function renderChartPng(svg: string): Promise<Buffer | null> {
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, background: '#ffffff' }).render().asPng();
  return Buffer.from(png);
}
