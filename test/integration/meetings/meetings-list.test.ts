import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MeetingActionIds } from '../../../src/meetings/ids.js';
import { interactionBody, blockActionPayload, postSlack, slashCommandBody } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, dmOf, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { NOW, seedCommittee, type Seed } from '../decisions/seed-decisions.js';

let t: TestApp;
let s: Seed;
const FORM = 'application/x-www-form-urlencoded';
const slash = (user: string, text: string) => postSlack(t.url, SLACK_SECRET, slashCommandBody(user, text), FORM);
const teams = (user: string) => ({ id: `29:${user}`, aadObjectId: `aad-${user}` });
const buttonsOf = (blocks: any[]) => blocks.flatMap((b: any) => b.elements ?? []).filter((e: any) => e.type === 'button');

// Each test: its own app, committee NUIT with meeting 2/2026 (held, 20 May) and 3/2026 (planned, 10 September).
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  s = await seedCommittee(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'M', nextMeeting: true });
  await warmUpSlack(t, 'UMSARA');
});
afterEach(async () => t?.close());

describe('møter NUIT / meetings NUIT lists the committee’s meetings', () => {
  it('Slack, bokmål: the secretariat gets number, date, time, state and a button to open each', async () => {
    const res = await slash('UMSARA', 'møter NUIT');
    expect(res.json.text).toBe('Møter – NUIT\nNUIT 2/2026: 20. mai 2026 kl. 10.00–16.00 (avholdt)\nNUIT 3/2026: 10. september 2026 kl. 10.00–16.00 (planlagt)');
    const buttons = buttonsOf(res.json.blocks);
    expect(buttons.map((b: any) => b.text.text)).toEqual(['Åpne NUIT 2/2026', 'Åpne NUIT 3/2026']);
    expect(buttons.every((b: any) => b.action_id.startsWith(MeetingActionIds.showStatus))).toBe(true);
    expect(JSON.parse(buttons[1].value)).toEqual({ meetingId: s.next!.id });
  });

  it('Slack, English: a member sees the list without buttons (no meeting action is theirs)', async () => {
    const res = await slash('UMEMMA', 'meetings nuit');
    expect(res.json.text).toContain('Meetings – NUIT');
    expect(res.json.text).toContain('NUIT 3/2026: 10 September 2026');
    expect(res.json.text).toContain('(planned)');
    expect(buttonsOf(res.json.blocks)).toHaveLength(0);
  });

  it('Slack: without a committee it says how to ask; an unknown committee is named', async () => {
    expect((await slash('UMSARA', 'møter')).json.text).toBe('Skriv «møter UTVALG», for eksempel «møter NUIT».');
    expect((await slash('UMSARA', 'møter XYZ')).json.text).toBe('Jeg kjenner ikke utvalget «XYZ».');
  });

  it('Teams, English: the secretary opens a meeting from the list', async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, teams('Mtom'), 'meetings NUIT'));
    const card = t.connector.repliesIn(dmOf(teams('Mtom')), before)[0]!.body.attachments[0].content;
    const json = JSON.stringify(card);
    expect(json).toContain('Meetings – NUIT');
    expect(json).toContain('Open NUIT 3/2026');
    // No action set holds more than Teams' five actions.
    const sets = JSON.stringify(card).match(/"actions":\[[^\]]*\]/g) ?? [];
    expect(sets.every((set) => (set.match(/"type":"Action\./g) ?? []).length <= 5)).toBe(true);
    const opened = await postActivity(t.url, cardActionActivity(t.connector.url, teams('Mtom'), MeetingActionIds.showStatus, { _payload: { meetingId: s.next!.id } }));
    expect(opened.status).toBe(200);
    const status = t.connector.repliesIn(dmOf(teams('Mtom')), before).at(-1)!.body.attachments[0].content;
    expect(JSON.stringify(status)).toContain('NUIT 3/2026');
  });

  it('Teams, bokmål: «møter NUIT» in Norwegian for a Norwegian secretary', async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, teams('Msara'), 'møter NUIT'));
    const json = JSON.stringify(t.connector.repliesIn(dmOf(teams('Msara')), before)[0]!.body.attachments[0].content);
    expect(json).toContain('Møter – NUIT');
    expect(json).toContain('Tilstand: avholdt');
    expect(json).toContain('Åpne NUIT 2/2026');
  });
});

describe('times written the Norwegian way in commands', () => {
  it('Slack, bokmål: «syklus vis nuit 20.05.2026 kl. 9.30» previews a meeting at 09.30', async () => {
    const res = await slash('UMSARA', 'syklus vis nuit 20.05.2026 kl. 9.30');
    expect(JSON.stringify(res.json.blocks)).toContain('20. mai 2026 kl. 09.30');
    expect((await slash('UMSARA', 'syklus vis nuit 20.05.2026 kl. 25')).json.text).toBe('Skriv klokkeslettet som 10.00, kl. 10 eller 10:00.');
  });

  it('Teams, English: «cycle preview nuit 2026-05-20 13:00»', async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, teams('Mtom'), 'cycle preview nuit 2026-05-20 13:00'));
    const json = JSON.stringify(t.connector.repliesIn(dmOf(teams('Mtom')), before)[0]!.body);
    expect(json).toContain('20 May 2026');
    expect(json).toContain('13:00');
  });
});
