import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';

/*
 * The small set of Word parts the secretariat's documents are made of (notice, minutes, portfolio report):
 * headings, paragraphs, a label/value head table and a grid table with a shaded header row.
 * Everything is plain text; nothing a person typed is ever read as markup (docx escapes text runs).
 */

/** A piece of a table cell or paragraph: plain text, bold text, or a link. */
export type Inline = string | { bold: string } | { link: string; label: string } | { italic: string };

/** A cell: one or more lines (each its own paragraph). */
export type Cell = Inline | Inline[] | Inline[][];

const FONT = 'Calibri';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
const HEADER_FILL = 'DCE6F1';

function run(part: Inline): ParagraphChild {
  if (typeof part === 'string') return new TextRun({ text: part, font: FONT });
  if ('bold' in part) return new TextRun({ text: part.bold, bold: true, font: FONT });
  if ('italic' in part) return new TextRun({ text: part.italic, italics: true, font: FONT });
  return new ExternalHyperlink({ link: part.link, children: [new TextRun({ text: part.label, style: 'Hyperlink', font: FONT })] });
}

/** A paragraph of inline parts; `caption` sets it smaller and in italics, under a figure or table. */
export function paragraph(parts: Inline | Inline[], options: { spacingAfter?: number; caption?: boolean } = {}): Paragraph {
  const list = Array.isArray(parts) ? parts : [parts];
  const children = options.caption ? list.map((part) => new TextRun({ text: inlineText(part), italics: true, size: 18, font: FONT })) : list.map(run);
  return new Paragraph({ children, spacing: { after: options.spacingAfter ?? 120 } });
}

function inlineText(part: Inline): string {
  if (typeof part === 'string') return part;
  return 'bold' in part ? part.bold : 'italic' in part ? part.italic : part.label;
}

export function heading(text: string, level: 1 | 2 | 3 = 1): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ heading: levels[level], spacing: { before: 240, after: 120 }, keepNext: true, children: [new TextRun({ text, font: FONT })] });
}

export function title(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT, spacing: { after: 240 }, children: [new TextRun({ text, font: FONT })] });
}

function cellParagraphs(cell: Cell, bold = false): Paragraph[] {
  const lines: Inline[][] = typeof cell === 'string' || !Array.isArray(cell) ? [[cell]] : cell.every((c) => Array.isArray(c)) ? (cell as Inline[][]) : [cell as Inline[]];
  const shown = lines.length ? lines : [['']];
  return shown.map((line) => new Paragraph({ spacing: { after: 40 }, children: line.map((part) => run(bold && typeof part === 'string' ? { bold: part } : part)) }));
}

function tableCell(cell: Cell, options: { header?: boolean; widthPct?: number | undefined; span?: number; fill?: string | undefined } = {}): TableCell {
  return new TableCell({
    children: cellParagraphs(cell, options.header),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(options.widthPct ? { width: { size: options.widthPct, type: WidthType.PERCENTAGE } } : {}),
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.header || options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.header ? HEADER_FILL : options.fill! } } : {}),
  });
}

/** The head of a notice or minutes: a label column (bold) and a value column. */
export function labelTable(rows: { label: string; value: Cell }[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: rows.map((row) => new TableRow({ children: [tableCell({ bold: row.label }, { widthPct: 25 }), tableCell(row.value, { widthPct: 75 })] })),
  });
}

/**
 * A row of a grid table: its cells; its cells with a background colour per cell (e.g. a RAG status); or a
 * full-width line (e.g. the proposed decision under an item).
 */
export type GridRow = Cell[] | { cells: Cell[]; fills: (string | undefined)[] } | { span: Cell };

/** A table with a shaded header row; `widths` are percentages of the page width, one per column. */
export function gridTable(header: string[], rows: GridRow[], widths?: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => tableCell(h, { header: true, widthPct: widths?.[i] })) }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children:
              'span' in row
                ? [tableCell(row.span, { span: header.length })]
                : (Array.isArray(row) ? row : row.cells).map((cell, i) => tableCell(cell, { widthPct: widths?.[i], fill: Array.isArray(row) ? undefined : row.fills[i] })),
          }),
      ),
    ],
  });
}

/** Packs the parts into a .docx file, with its title and language in the document's properties. */
export async function packDocx(options: { title: string; language: 'nb-NO' | 'en-GB'; children: FileChild[] }): Promise<Buffer> {
  const document = new Document({
    title: options.title,
    creator: 'Saksgang',
    styles: { default: { document: { run: { font: FONT, size: 22, language: { value: options.language } } } } },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children: options.children }],
  });
  return Packer.toBuffer(document);
}
