import type { Locale } from '../i18n/locale.js';
import { gridTable, heading, labelTable, packDocx, paragraph, title, type Cell, type Inline } from '../files/docx-parts.js';
import type { MinutesContent } from './build-minutes.js';
import { plain } from './plain-text.js';
import { documentTexts as T } from './texts.js';

// Word (the `docx` package) is loaded with this file, which make-minutes.ts imports when it writes minutes, not at start.

const lines = (values: string[]): Cell => (values.length ? values.map((v) => [v] as Inline[]) : '–');

/** The draft minutes as a Word document. */
export async function renderMinutesDocx(content: MinutesContent, version: number): Promise<Buffer> {
  const L = content.locale;
  const head = labelTable([
    { label: plain(L, T.labelMeeting), value: content.meeting },
    { label: plain(L, T.labelDate), value: content.date },
    { label: plain(L, T.labelTime), value: content.time },
    { label: plain(L, T.labelPlace), value: content.place },
    { label: plain(L, T.labelPresent), value: lines(content.present) },
    { label: plain(L, T.labelAbsent), value: lines(content.absent) },
    { label: plain(L, T.labelOthers), value: lines(content.others) },
  ]);
  const itemRows = content.items.flatMap((item) => {
    const body: Inline[][] = [];
    if (item.notes) body.push([{ bold: plain(L, T.noted) }], ...item.notes.split(/\n+/).map((line): Inline[] => [line]));
    body.push(item.decision ? [{ bold: plain(L, T.decision) }, ` ${item.decision}`] : [{ italic: plain(L, T.noDecision) }]);
    if (item.differs && item.proposedDecision) body.push([{ italic: plain(L, T.differsFromProposal, { proposal: item.proposedDecision }) }]);
    return [[{ bold: item.caseNumber }, { bold: item.title }, { bold: item.type }] as Cell[], [' ', body, ' '] as Cell[]];
  });
  const followUps = content.followUps.length
    ? gridTable(
        [plain(L, T.columnCase), plain(L, T.columnTask), plain(L, T.columnOwner), plain(L, T.columnDue)],
        content.followUps.map((f) => [f.caseNumber, f.description, f.owner, f.due]),
        [10, 44, 24, 22],
      )
    : paragraph(plain(L, T.noFollowUps));
  return packDocx({
    title: content.fileName,
    language: L === 'nb' ? 'nb-NO' : 'en-GB',
    children: [
      title(`${content.fileName} (${plain(L, T.minutesDraftMark)})`),
      head,
      heading(plain(L, T.itemsHeading), 2),
      gridTable([plain(L, T.columnCase), plain(L, T.columnTopic), plain(L, T.columnType)], itemRows, [10, 70, 20]),
      heading(plain(L, T.followUpsHeading), 2),
      followUps,
      paragraph(''),
      paragraph({ italic: `${content.fileName} · ${plain(L, T.versionLine, { version })}` }),
    ],
  });
}
