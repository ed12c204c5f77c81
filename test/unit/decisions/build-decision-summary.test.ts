import { describe, expect, it } from 'vitest';
import { buildDecisionSummary } from '../../../src/decisions/build-decision-summary.js';
import type { MeetingDecisions } from '../../../src/decisions/load-meeting-decisions.js';

const decision = (text: string, corrected = false, recordedAt = new Date('2026-05-21T08:00:00Z')) => ({ text, corrected, recordedAt, followUps: [] });
const meeting = (items: unknown[]) =>
  ({ number: 2, year: 2026, startsAt: new Date('2026-05-20T08:00:00Z'), committee: { key: 'NUIT', timeZone: 'Europe/Oslo' }, agendaItems: items }) as unknown as MeetingDecisions;
const item = (caseNumber: number, title: string, type: string, d: unknown) => ({ caseNumber, caseYear: 2026, title, type, decision: d });

describe('buildDecisionSummary', () => {
  it('lists meeting number, date and each decided item with case number, title, type and decision', () => {
    const message = buildDecisionSummary(meeting([item(10, 'Innkalling', 'approval', null), item(12, 'Felles kommunal journal', 'information', decision('Tatt til orientering.'))]), 'nb');
    expect(message.blocks).toEqual([
      { type: 'header', text: 'Vedtak fra NUIT 2/2026' },
      { type: 'context', text: 'Møte 2/2026, 20. mai 2026' },
      { type: 'divider' },
      { type: 'text', text: '**Sak 12/26 – Felles kommunal journal** (Orientering)\nTatt til orientering.' },
    ]);
  });

  it('marks corrected items and says when it was last corrected, in English too', () => {
    const message = buildDecisionSummary(
      meeting([item(12, 'Journal', 'endorsement', decision('Endorsed.', true, new Date('2026-05-26T10:00:00Z'))), item(13, 'Report', 'decision', decision('Decided.', true, new Date('2026-05-22T10:00:00Z')))]),
      'en',
    );
    expect(message.blocks[3]).toEqual({ type: 'text', text: '**Item 12/26 – Journal** (Endorsement) (corrected)\nEndorsed.' });
    expect(message.blocks.at(-1)).toEqual({ type: 'context', text: '✏️ Corrected 26 May 2026.' });
  });

  it('shows the recorded attendance and who did not take part in an item, in English', () => {
    const person = (name: string) => ({ person: { name }, name: null });
    const m = meeting([{ id: 'i12', ...item(12, 'Journal', 'information', decision('Noted.')) }]) as any;
    m.attendances = [
      { status: 'present', notParticipatingItemIds: ['i12'], ...person('Kari') },
      { status: 'present', notParticipatingItemIds: ['i12'], ...person('Ola') },
      { status: 'present', notParticipatingItemIds: [], ...person('Anne') },
      { status: 'absent', notParticipatingItemIds: [], ...person('Per') },
      { status: 'other', notParticipatingItemIds: [], person: null, name: 'Guest' },
      { status: 'observer', notParticipatingItemIds: [], ...person('Olga') },
    ];
    const message = buildDecisionSummary(m, 'en');
    expect(message.blocks[2]).toEqual({ type: 'text', text: '**Present:** Anne, Kari, Ola\n**Absent:** Per\n**Other attendees:** Guest\n**Observers:** Olga' });
    expect(message.blocks[4]).toEqual({ type: 'text', text: '**Item 12/26 – Journal** (Information)\nNoted.\nKari and Ola did not take part in item 12/26.' });
  });
});
