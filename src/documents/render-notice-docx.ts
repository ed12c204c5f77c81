import type { Locale } from '../i18n/locale.js';
import { gridTable, heading, labelTable, packDocx, paragraph, title, type Cell, type GridRow, type Inline } from '../files/docx-parts.js';
import type { NoticeAttachment, NoticeContent } from './build-notice.js';
import { plain } from './plain-text.js';
import { documentTexts as T } from './texts.js';

// Word (the `docx` package) is loaded with this file, which make-notice.ts imports when it writes a notice, not at start.

const lines = (values: string[]): Cell => (values.length ? values.map((v) => [v] as Inline[]) : '–');

function attachmentCell(attachments: NoticeAttachment[], locale: Locale): Cell {
  if (!attachments.length) return '';
  return attachments.map((a): Inline[] => (a.links.length ? [a.label, ...a.links.map((url, i) => ({ link: url, label: ` [${i + 1}]` }))] : [a.label]));
}

/** The notice as a Word document: head table, agenda table, then one section per item, as in the NUIT 2/2021 notice. */
export async function renderNoticeDocx(content: NoticeContent, version: number): Promise<Buffer> {
  const L = content.locale;
  const p = <P>(text: Record<Locale, (params: P) => string>, params: P) => plain(L, text, params);
  const head = labelTable([
    { label: plain(L, T.labelMeeting), value: content.meeting },
    { label: plain(L, T.labelDate), value: content.date },
    { label: plain(L, T.labelTime), value: content.time },
    { label: plain(L, T.labelPlace), value: content.place },
    ...(content.videoLink ? [{ label: plain(L, T.labelVideo), value: { link: content.videoLink, label: content.videoLink } }] : []),
    { label: plain(L, T.labelMembers), value: lines(content.members) },
    { label: plain(L, T.labelObservers), value: lines(content.observers) },
  ]);
  const agenda = gridTable(
    [plain(L, T.columnCase), p(T.columnAgenda, { committee: content.committee.key }), plain(L, T.columnTime), plain(L, T.columnType), plain(L, T.columnPresenter)],
    content.items.map((item) => [item.caseNumber, item.title, item.time, item.type, item.presenter]),
    // Wide enough for the longest header word in bold («Tidspunkt», «Saksansvarlig») without a break inside it.
    [10, 35, 15, 17, 23],
  );
  const sections: GridRow[] = content.items.flatMap((item): GridRow[] => {
    const body: Inline[][] = [];
    if (item.description) body.push(...item.description.split(/\n+/).map((line): Inline[] => [line]));
    if (item.proposedDecision) body.push([{ bold: plain(L, T.proposedDecision) }, ` ${item.proposedDecision}`]);
    const headRow: GridRow = [{ bold: item.caseNumber }, { bold: item.title }, { bold: item.type }];
    // A standing item with nothing to say gets no empty row under its heading.
    if (!body.length && !item.attachments.length) return [headRow];
    return [headRow, [' ', body.length ? body : '', attachmentCell(item.attachments, L)]];
  });
  const itemTable = gridTable([plain(L, T.columnCase), plain(L, T.columnTopic), `${plain(L, T.columnType)} / ${plain(L, T.columnAttachments)}`], sections, [9, 61, 30]);
  return packDocx({
    title: content.fileName,
    language: L === 'nb' ? 'nb-NO' : 'en-GB',
    children: [
      title(p(T.meetingIn, { committee: content.committee.key })),
      head,
      paragraph(''),
      agenda,
      heading(plain(L, T.itemsHeading), 2),
      itemTable,
      paragraph(''),
      paragraph({ italic: `${content.fileName} · ${p(T.versionLine, { version })}` }),
    ],
  });
}
