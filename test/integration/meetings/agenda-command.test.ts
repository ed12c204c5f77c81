import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { cancelMeeting } from '../../../src/meetings/cancel-meeting.js';
import { createMeeting } from '../../../src/meetings/create-meeting.js';
import { saveAgendaItem } from '../../../src/meetings/save-agenda-item.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { meetingEdges } from './edge-helpers.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { settleOutbox } from '../../helpers/fixtures/settle-outbox.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { dmOf } from '../../helpers/teams-activities.js';

let t: TestApp;
let e: ReturnType<typeof meetingEdges>;
let people: Awaited<ReturnType<typeof seedCommittee>>;
const now = new Date('2021-03-01T08:00:00Z');
const ola = { id: '29:ola', aadObjectId: 'aad-ola' };
const at = (day: string) => ({ startsAt: instantAt(day, '10:00'), endsAt: instantAt(day, '13:30'), place: 'Oslo', videoLink: null });

// Each test gets its own app, with the meetings' invitations delivered before it starts: the answer it reads
// in Ola's chat is then the answer, not an invitation still on its way.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now } });
  e = meetingEdges(t);
  people = await seedCommittee(t);
  const services = t.app.services;
  const db = t.db.prisma;
  // NUIT: 1/2021 (15 April) is cancelled, 2/2021 (20 May) is next, 3/2021 (16 September) later. NUFA (Ola only): 1/2021 on 6 May.
  const cancelled = await createMeeting(services, { committeeId: people.committee.id, ...at('2021-04-15') });
  await cancelMeeting(services, cancelled.id, null);
  const may = await createMeeting(services, { committeeId: people.committee.id, ...at('2021-05-20') });
  await saveAgendaItem(services, { meetingId: may.id }, { type: 'discussion', title: 'Nasjonal e-helseportefølje', presenterId: people.per.id, proposedDecision: null, plannedStart: null });
  const september = await createMeeting(services, { committeeId: people.committee.id, ...at('2021-09-16') });
  await saveAgendaItem(services, { meetingId: september.id }, { type: 'decision', title: 'Veikart for e-helse', presenterId: null, proposedDecision: null, plannedStart: null });
  const nufa = await db.committee.create({ data: { key: 'NUFA', name: 'NUFA – Fagutvalget', cycle: 'nufa' } });
  await db.membership.create({ data: { committeeId: nufa.id, personId: people.ola.id, role: 'member' } });
  await createMeeting(services, { committeeId: nufa.id, ...at('2021-05-06') });
  await settleOutbox(t);
  await warmUpSlack(t, people.siri.slackUserId!);
});
afterEach(async () => t?.close());

describe('the agenda on request, in bokmål through Slack', () => {
  it('`saksliste` in a DM answers with the next meeting of the asker’s committees, in the DM', async () => {
    await e.dm('USIRI', 'D0SIRI', 'saksliste');
    const answer = await waitFor(() => e.postsTo('D0SIRI')[0], 10_000, 'DM answer');
    const blocks = JSON.stringify(answer.args.blocks);
    expect(blocks).toContain('Saksliste – NUIT 2/2021');
    expect(blocks).toContain('torsdag 20. mai 2021 kl. 10.00–13.30');
    expect(blocks).toContain('Sak 6/21 Nasjonal e-helseportefølje');
    expect(blocks).toContain('Godkjenning av innkalling og saksliste');
    expect(blocks).not.toContain('Veikart for e-helse');
    expect(blocks).not.toContain('NUIT 1/2021');
  });

  it('`saksliste NUIT 3/2021` and `møte saksliste nuit` name a meeting; an unknown number is said so', async () => {
    const named = await e.slash('USIRI', 'saksliste NUIT 3/2021');
    expect(JSON.stringify(named.json.blocks)).toContain('Saksliste – NUIT 3/2021');
    expect(JSON.stringify(named.json.blocks)).toContain('Veikart for e-helse');
    const viaMeeting = await e.slash('USIRI', 'møte saksliste nuit');
    expect(JSON.stringify(viaMeeting.json.blocks)).toContain('Saksliste – NUIT 2/2021');
    const unknown = await e.slash('USIRI', 'saksliste NUIT 9/2021');
    expect(unknown.json.text).toBe('Jeg finner ikke møte NUIT 9/2021.');
  });

  it('tells someone without upcoming meetings how to ask for a committee', async () => {
    const res = await e.slash('UPER', 'møte saksliste');
    expect(res.json.text).toBe('Utvalgene dine har ingen kommende møter. Skriv «saksliste NUIT» for et bestemt utvalg.');
  });
});

describe('the agenda on request, in English through Teams', () => {
  it('`agenda` gives the next meeting of each of the asker’s committees, earliest first', async () => {
    const before = t.connector.sent().length;
    await e.say(ola, 'agenda');
    const card = JSON.stringify(t.connector.repliesIn(dmOf(ola), before)[0]!.body.attachments[0].content);
    expect(card).toContain('Agenda – NUFA 1/2021');
    expect(card).toContain('Agenda – NUIT 2/2021');
    expect(card.indexOf('NUFA 1/2021')).toBeLessThan(card.indexOf('NUIT 2/2021'));
    expect(card).toContain('Thursday 20 May 2021, 10:00–13:30');
    expect(card).toContain('Item 6/21 Nasjonal e-helseportefølje');
    expect(card).toContain('Approval of notice and agenda');
    expect(card).toContain('⚠ Paper missing');
  });

  it('`meeting agenda NUIT 3/21` names a meeting', async () => {
    const before = t.connector.sent().length;
    await e.say(ola, 'meeting agenda NUIT 3/21');
    const card = JSON.stringify(t.connector.repliesIn(dmOf(ola), before)[0]!.body.attachments[0].content);
    expect(card).toContain('Agenda – NUIT 3/2021');
    expect(card).toContain('Item 10/21 Veikart for e-helse');
  });
});
