import { describe, expect, it } from 'vitest';
import { loadCycles } from '../../../src/cycles/load-cycles.js';
import { renderMessage } from '../../../src/channels/slack/render-block-kit.js';
import { renderMessageCard } from '../../../src/channels/teams/render-adaptive-card.js';
import { buildChartSvg } from '../../../src/portfolio/build-chart-svg.js';
import { buildSummaryMessage, summaryCharts } from '../../../src/portfolio/build-summary-message.js';
import { computeRoundSchedule } from '../../../src/portfolio/compute-round-schedule.js';
import type { RoundSummary } from '../../../src/portfolio/summarise-round.js';

const summary: RoundSummary = {
  label: 'Q2 2023',
  previousLabel: 'Q1 2023',
  submitted: 6,
  overall: { current: { green: 2, yellow: 3, red: 1 }, previous: { green: 4, yellow: 1, red: 0 } },
  risk: { current: { green: 1, yellow: 3, red: 1 }, previous: { green: 5, yellow: 0, red: 0 } },
  dependencies: [{ category: 'national_solutions', counts: { green: 1, yellow: 0, red: 3 } }],
  redHigh: [{ initiative: 'HELIKS', items: [{ description: 'Forskrivningsmodul 4.12', provider: null, dueDate: new Date('2023-08-31') }] }],
  redInitiatives: [{ name: 'EPJ-løftet', organisation: 'Direktoratet for e-helse', risk: 'yellow', narrative: 'Forsinket.' }],
  newInitiatives: [],
  completed: ['Modernisering av SYSVAK'],
  paused: [],
};

describe('the summary output', () => {
  it('draws a self-contained SVG with every group label and value', async () => {
    const svg = await buildChartSvg(summaryCharts('nb', summary).overall);
    expect(svg.startsWith('<svg')).toBe(true);
    // A label may be wrapped over two <text> lines; their texts follow each other.
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('').replace(/\s/g, '');
    for (const label of ['Samlet status Q2 2023', 'Samlet status Q1 2023', 'Risiko Q2 2023', 'Risiko Q1 2023', 'Grønn', 'Rød']) expect(texts).toContain(label.replace(/ /g, ''));
    expect(svg).not.toMatch(/href=|<image/);
  });

  it('writes the figures as text in both languages and fits both platforms', () => {
    const nb = buildSummaryMessage('nb', summary, { csvUrl: 'https://x/files/a.csv' });
    const en = buildSummaryMessage('en', summary);
    expect(JSON.stringify(nb)).toContain('🔴 Rød 1 / 0');
    expect(JSON.stringify(nb)).toContain('Forskrivningsmodul 4.12, frist 31. august 2023');
    expect(JSON.stringify(en)).toContain('Forskrivningsmodul 4.12, due 31 August 2023');
    expect(JSON.stringify(en)).toContain('none');
    expect(renderMessage(nb).blocks.length).toBeLessThanOrEqual(50);
    expect(Buffer.byteLength(JSON.stringify(renderMessageCard(nb)))).toBeLessThan(28_000);
  });
});

describe('computeRoundSchedule', () => {
  it('puts reminders 5 and 1 working days before the due date and the escalation the next working day, skipping 17 May and Ascension Day', async () => {
    const { portfolio } = await loadCycles('./workflows');
    const schedule = computeRoundSchedule(portfolio, '2023-05-19');
    expect(schedule.reminders.map((r) => r.at.toISOString())).toEqual(['2023-05-10T07:00:00.000Z', '2023-05-16T07:00:00.000Z']);
    expect(schedule.escalation?.at.toISOString()).toBe('2023-05-22T07:00:00.000Z');
  });
});
