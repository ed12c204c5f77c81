import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { computeSchedule, type ScheduledMilestone } from '../../../src/cycles/compute-schedule.js';
import { formatScheduleTable, scheduleRows, scheduleToJson } from '../../../src/cycles/format-schedule.js';
import { loadCycles } from '../../../src/cycles/load-cycles.js';

let schedule: ScheduledMilestone[];
const meetingStart = instantAt('2021-05-20', '10:00');

beforeAll(async () => {
  schedule = computeSchedule((await loadCycles(path.resolve('workflows'))).get('nuit'), meetingStart);
});

describe('formatScheduleTable', () => {
  it('writes Norwegian dates and times in bokmål', () => {
    const table = formatScheduleTable(schedule, { locale: 'nb', title: 'NUIT', meetingStart });
    expect(table).toContain('Møte: torsdag 20. mai 2021 kl. 10.00');
    expect(table).toMatch(/tirsdag\s+4\. mai 2021\s+kl\. 12\.00\s+10 virkedager før\s+Frist for saksunderlag/);
    expect(table).toContain('påminnelse til saksansvarlige: tirsdag 27. april 2021 kl. 09.00');
    expect(table).toContain('varsel til saksansvarlige og sekretariatet: onsdag 5. mai 2021 kl. 09.00');
  });

  it('writes English when asked', () => {
    const table = formatScheduleTable(schedule, { locale: 'en' });
    expect(table).toMatch(/Tuesday\s+4 May 2021\s+12:00\s+10 working days before\s+Paper deadline/);
    expect(table).toContain('1 working day after');
  });

  it('gives rows for a chat preview and JSON with the Oslo offset', () => {
    expect(scheduleRows(schedule, 'nb')[0]).toMatchObject({ date: '6. april 2021', time: 'kl. 09.00', label: 'Innmelding av saker' });
    const json = scheduleToJson(schedule, 'en');
    expect(json.find((m) => m.milestone === 'paper_deadline')).toMatchObject({
      action: 'paper_deadline',
      label: 'Paper deadline',
      due: '2021-05-04T12:00:00+02:00',
      escalation: { to: ['presenters', 'secretariat'], at: '2021-05-05T09:00:00+02:00' },
    });
  });
});
