import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../../../src/errors.js';
import { loadCycles } from '../../../src/cycles/load-cycles.js';

const WORKFLOWS = path.resolve('workflows');
const dirs: string[] = [];

/** A temporary workflows folder with the real portfolio.yaml and the given files. */
async function folder(files: Record<string, string>, withPortfolio = true): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'saksgang-cycles-'));
  dirs.push(dir);
  if (withPortfolio) await writeFile(path.join(dir, 'portfolio.yaml'), await readFile(path.join(WORKFLOWS, 'portfolio.yaml')));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

async function loadError(dir: string): Promise<AppError> {
  const error = await loadCycles(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(ErrorCode.InvalidConfig);
  return error as AppError;
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const GOOD = `name: small
labels:
  nb: Liten syklus
  en: Small cycle
milestones:
  paper_deadline:
    offset: -10
    action: paper_deadline
    labels: { nb: Frist, en: Deadline }
    reminders:
      - to: presenters
        before: 1
    escalation: { after: 1, to: secretariat }
`;

describe('loadCycles', () => {
  it('loads the project workflows', async () => {
    const registry = await loadCycles(WORKFLOWS);
    expect(registry.names()).toEqual(['default', 'nufa', 'nuit']);
    const nuit = registry.get('nuit');
    expect(nuit.timeZone).toBe('Europe/Oslo');
    expect(nuit.milestones.paper_deadline?.offset).toBe(-10);
    expect(registry.portfolio.reportingRound.reminders.map((r) => r.before)).toEqual([5, 1]);
    expect(registry.portfolio.reportingRound.escalation?.after).toBe(1);
    expect(registry.portfolio.redDependencies).toMatchObject({ every: 10, beforeDue: [5], groupByPerson: true });
  });

  it('fills in defaults and reads a single escalation audience as a list', async () => {
    const registry = await loadCycles(await folder({ 'small.yaml': GOOD }));
    const small = registry.get('small');
    expect(small).toMatchObject({ timeZone: 'Europe/Oslo', defaultTime: '09:00', meetingTime: '10:00' });
    expect(small.extraClosedDays).toEqual(['12-24', '12-31']);
    expect(small.milestones.paper_deadline?.escalation?.to).toEqual(['secretariat']);
  });

  it('names the known cycles when asked for an unknown one', async () => {
    const registry = await loadCycles(WORKFLOWS);
    expect(() => registry.get('tbu')).toThrow('Unknown meeting cycle "tbu". Known cycles: default, nufa, nuit.');
    try {
      registry.get('tbu');
    } catch (error) {
      expect((error as AppError).code).toBe(ErrorCode.NotFound);
      expect((error as AppError).userText?.nb).toBeTypeOf('function');
    }
  });

  it('reports a bad value with file, line and key', async () => {
    const dir = await folder({ 'nuit.yaml': GOOD.replace('name: small', 'name: nuit').replace('offset: -10', 'offset: -10.5') });
    const error = await loadError(dir);
    expect(error.message).toContain(`${path.join(dir, 'nuit.yaml')}:7: milestones.paper_deadline.offset: expected a whole number`);
  });

  it('collects every problem of every file into one error', async () => {
    const broken = `name: broken
labels:
  nb: Ødelagt
milestones:
  paper_deadline:
    ofset: -10
    action: send_papers
    at: "9:00"
    labels: { nb: Frist, en: Deadline }
    reminders:
      - { to: everyone, before: 1 }
      - { to: presenters, before: 0 }
`;
    const dir = await folder({ 'a.yaml': broken, 'b.yaml': 'name: b\nlabels: [1, 2]\nmilestones: {}\n' });
    const { message } = await loadError(dir);
    const a = path.join(dir, 'a.yaml');
    const b = path.join(dir, 'b.yaml');
    expect(message).toContain(`${a}:2: labels.en: is required`);
    expect(message).toContain(`${a}:5: milestones.paper_deadline.offset: is required`);
    expect(message).toContain(`${a}:6: milestones.paper_deadline.ofset: unknown key`);
    expect(message).toContain(`${a}:7: milestones.paper_deadline.action: expected one of: call_for_items, agenda_set, paper_deadline`);
    expect(message).toContain(`${a}:8: milestones.paper_deadline.at: expected a time "HH:mm"`);
    expect(message).toContain(`${a}:11: milestones.paper_deadline.reminders[0].to: expected one of: presenters, secretariat, members, late_presenters`);
    expect(message).toContain(`${b}:2: labels: expected labels with nb and en`);
    expect(message).toContain(`${b}:3: milestones: expected at least one milestone`);
  });

  it('checks that a same-day reminder comes before the deadline', async () => {
    const dir = await folder({
      'small.yaml': GOOD.replace('before: 1', 'before: 0'),
    });
    const { message } = await loadError(dir);
    expect(message).toContain(':11: milestones.paper_deadline.reminders[0].at: a reminder on the day (before: 0) must be earlier');
  });

  it('reports YAML syntax errors and duplicate keys with their line', async () => {
    const dir = await folder({
      'dup.yaml': GOOD.replace('name: small', 'name: dup').replace('    action: paper_deadline\n', '    action: paper_deadline\n    action: agenda_set\n'),
      'syntax.yaml': 'name: syntax\nlabels: { nb: a, en: b\nmilestones: {}\n',
    });
    const { message } = await loadError(dir);
    expect(message).toMatch(new RegExp(`${escape(path.join(dir, 'dup.yaml'))}:9: "action" appears twice`));
    expect(message).toMatch(new RegExp(`${escape(path.join(dir, 'syntax.yaml'))}:\\d+: `));
  });

  it('refuses two files with the same cycle name, and a folder without portfolio.yaml', async () => {
    const dir = await folder({ 'one.yaml': GOOD, 'two.yaml': GOOD }, false);
    const { message } = await loadError(dir);
    expect(message).toContain(`${path.join(dir, 'two.yaml')}:1: name: "small" is already the name of`);
    expect(message).toContain(`${path.join(dir, 'portfolio.yaml')}: missing`);
  });

  it('validates portfolio.yaml', async () => {
    const dir = await folder({ 'small.yaml': GOOD }, false);
    await writeFile(
      path.join(dir, 'portfolio.yaml'),
      'reportingRound:\n  reminders: []\nredDependencies:\n  every: ten\n  groupByPerson: yes please\n',
    );
    const { message } = await loadError(dir);
    expect(message).toContain(`${path.join(dir, 'portfolio.yaml')}:4: redDependencies.every: expected a whole number`);
    expect(message).toContain(`${path.join(dir, 'portfolio.yaml')}:5: redDependencies.groupByPerson: expected true or false`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
