import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('cycle-cli', () => {
  it('prints the NUIT 2/2021 schedule as JSON with Oslo offsets', async () => {
    const { stdout } = await run(
      'npx',
      ['tsx', 'src/cycles/cycle-cli.ts', '--cycle', 'nuit', '--date', '2021-05-20', '--time', '10:00', '--json', '--lang', 'en'],
      { timeout: 60_000 },
    );
    const schedule = JSON.parse(stdout) as Array<{ milestone: string; action: string; label: string; due: string }>;
    expect(schedule.map((m) => [m.milestone, m.due])).toEqual([
      ['call_for_items', '2021-04-06T09:00:00+02:00'],
      ['agenda_set', '2021-04-20T09:00:00+02:00'],
      ['paper_deadline', '2021-05-04T12:00:00+02:00'],
      ['distribute_agenda', '2021-05-11T09:00:00+02:00'],
      ['member_reminder', '2021-05-19T09:00:00+02:00'],
      ['decision_summary', '2021-05-21T15:00:00+02:00'],
      ['draft_minutes', '2021-06-04T09:00:00+02:00'],
    ]);
    expect(schedule[2]).toMatchObject({ action: 'paper_deadline', label: 'Paper deadline' });
  });
});
