import { describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { computeSchedule } from '../../../src/cycles/compute-schedule.js';
import { loadCycles } from '../../../src/cycles/load-cycles.js';
import { planMeetingJobs } from '../../../src/meetings/plan-meeting-jobs.js';

describe('planMeetingJobs', () => {
  it('gives every milestone, reminder and escalation of NUIT 2/2021 one deterministic id without ":"', async () => {
    const cycle = (await loadCycles('workflows')).get('nuit');
    const jobs = planMeetingJobs('m1', computeSchedule(cycle, instantAt('2021-05-20', '10:00')));
    const ids = jobs.map((j) => j.jobId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => !id.includes(':'))).toBe(true);
    expect(jobs.filter((j) => j.kind === 'milestone')).toHaveLength(7);
    const paper = jobs.filter((j) => j.payload.milestone === 'paper_deadline').map((j) => [j.jobId, j.runAt.toISOString()]);
    expect(paper).toEqual([
      ['milestone.m1.paper_deadline', '2021-05-04T10:00:00.000Z'],
      ['reminder.m1.paper_deadline.0', '2021-04-27T07:00:00.000Z'],
      ['reminder.m1.paper_deadline.1', '2021-05-03T07:00:00.000Z'],
      ['escalation.m1.paper_deadline', '2021-05-05T07:00:00.000Z'],
    ]);
    expect(jobs.find((j) => j.jobId === 'escalation.m1.paper_deadline')!.payload).toMatchObject({ to: ['presenters', 'secretariat'] });
  });

  it('is the same plan for the same input (a restart or a second worker queues the same ids)', async () => {
    const cycle = (await loadCycles('workflows')).get('default');
    const start = instantAt('2026-05-20', '10:00');
    expect(planMeetingJobs('m2', computeSchedule(cycle, start))).toEqual(planMeetingJobs('m2', computeSchedule(cycle, start)));
  });
});
