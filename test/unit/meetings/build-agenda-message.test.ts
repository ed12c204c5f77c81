import { describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { buildAgendaMessage, type AgendaInput } from '../../../src/meetings/build-agenda-message.js';
import { formatCaseNumber } from '../../../src/i18n/format-numbers.js';

const agenda: AgendaInput = {
  label: 'NUIT 2/2021',
  startsAt: instantAt('2021-05-20', '10:00'),
  endsAt: instantAt('2021-05-20', '13:30'),
  place: '',
  videoLink: 'https://video.example.no/nuit',
  items: [
    { caseNumber: '11/21', title: 'Nasjonal e-helseportefølje', type: 'discussion', presenterName: 'Kari Nordmann', proposedDecision: 'NUIT tar saken til orientering.', plannedStart: instantAt('2021-05-20', '10:30'), paperLinks: ['https://docs.example.no/11'], paperMissing: false, extraLines: ['Røde avhengigheter: 3'] },
    { caseNumber: '12/21', title: 'TBU-notat', type: 'endorsement', presenterName: 'Per', proposedDecision: null, plannedStart: null, paperLinks: [], paperMissing: true },
  ],
};

describe('buildAgendaMessage', () => {
  it('shows meeting, time, place and per item case number, type, presenter, decision, papers and extra lines', () => {
    const message = buildAgendaMessage(agenda, 'nb');
    const all = JSON.stringify(message.blocks);
    for (const part of ['Saksliste – NUIT 2/2021', 'torsdag 20. mai 2021 kl. 10.00–13.30', 'Videomøte ([Lenke til videomøte](https://video.example.no/nuit))', '**Sak 11/21 Nasjonal e-helseportefølje** (kl. 10.30)', 'Drøfting', 'Saksansvarlig: Kari Nordmann', 'Forslag til vedtak: NUIT tar saken til orientering.', '[Vedlegg 1](https://docs.example.no/11)', 'Røde avhengigheter: 3']) {
      expect(all).toContain(part);
    }
    expect(message.blocks.at(-1)).toEqual({ type: 'text', text: '**Sak 12/21 TBU-notat**\nTilslutning\nSaksansvarlig: Per\n⚠ Saksunderlag mangler' });
  });

  it('speaks English to English readers', () => {
    const all = JSON.stringify(buildAgendaMessage(agenda, 'en').blocks);
    expect(all).toContain('Agenda – NUIT 2/2021');
    expect(all).toContain('Thursday 20 May 2021, 10:00–13:30');
    expect(all).toContain('⚠ Paper missing');
  });

  it('names each English paper link "Paper n" under "Papers", and marks a missing paper "to follow" once distributed', () => {
    const en = JSON.stringify(buildAgendaMessage({ ...agenda, distributed: true }, 'en').blocks);
    expect(en).toContain('Papers: [Paper 1](https://docs.example.no/11)');
    expect(en).toContain('⏳ Papers to follow');
    expect(JSON.stringify(buildAgendaMessage({ ...agenda, distributed: true }, 'nb').blocks)).toContain('⏳ Saksunderlag ettersendes');
  });

  it('writes case numbers the way the papers do', () => {
    expect(formatCaseNumber({ caseNumber: 9, caseYear: 2021 })).toBe('9/21');
    expect(formatCaseNumber({ caseNumber: 112, caseYear: 2030 })).toBe('112/30');
  });
});
