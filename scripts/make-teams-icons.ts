// Draws the Teams app icons (color 192x192, outline 32x32, transparent with a white mark) from SVG.
import { writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const mark = (stroke: string, width: number) =>
  `<path d="M30 40 h60 v20 h-60 z M30 70 h60 v8 h-60 z M30 86 h40 v8 h-40 z" fill="none" stroke="${stroke}" stroke-width="${width}" stroke-linejoin="round"/>`;
const color = `<svg xmlns="http://www.w3.org/2000/svg" width="192" height="192" viewBox="0 0 120 120"><rect width="120" height="120" rx="18" fill="#1f4e5f"/>${mark('#ffffff', 6)}</svg>`;
const outline = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 120 120">${mark('#ffffff', 10)}</svg>`;
writeFileSync('manifest/teams/color.png', new Resvg(color).render().asPng());
writeFileSync('manifest/teams/outline.png', new Resvg(outline, { fitTo: { mode: 'width', value: 32 } }).render().asPng());
