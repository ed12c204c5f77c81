/*
 * Advance widths of DejaVu Sans (the font the charts are drawn with, in em), rounded up, so a chart's layout
 * reserves at least the room resvg will draw the text in. Characters not listed count as a wide letter.
 */
const NARROW = new Set([...'iljI.,:;!|\'']);
const SLIM = new Set([...'ftr()[]-/ ']);
const WIDE = new Set([...'mwMWÆæŒœ%']);
const UPPER = /\p{Lu}/u;

function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.3;
  if (SLIM.has(ch)) return 0.42;
  if (WIDE.has(ch)) return 1.0;
  if (UPPER.test(ch)) return 0.78;
  if (/[0-9]/.test(ch)) return 0.64;
  return 0.64;
}

/** The width in px of `text` at `fontSize` px (bold about 10 % wider). */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (bold ? 1.1 : 1);
}

/** Splits `text` into lines no wider than `maxWidth` px, at spaces; a word longer than a line is cut. */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (estimateTextWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (estimateTextWidth(rest, fontSize) > maxWidth) {
      let cut = rest.length - 1;
      while (cut > 1 && estimateTextWidth(rest.slice(0, cut), fontSize) > maxWidth) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
