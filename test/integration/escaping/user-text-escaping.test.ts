import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { createMeeting } from '../../../src/meetings/create-meeting.js';
import { saveAgendaItem } from '../../../src/meetings/save-agenda-item.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { meetingEdges } from '../meetings/edge-helpers.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { settleOutbox } from '../../helpers/fixtures/settle-outbox.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { dmOf } from '../../helpers/teams-activities.js';

// What a careless or hostile person may type: Slack's mention and link syntax, and our own markdown link.
const HOSTILE = '<!channel> <!here> <@U123> <https://evil|ok> [ok](https://evil)';
const SLACK_ESCAPED = '&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;https://evil|ok&gt;';
const PINGS = /<!channel>|<!here>|<@U123>|<https:\/\/evil/;

let t: TestApp;
let e: ReturnType<typeof meetingEdges>;
const now = new Date('2021-03-01T08:00:00Z');
const ola = { id: '29:ola', aadObjectId: 'aad-ola' };

// Each test gets its own app, quiet before it starts (the invitations are out), and reads its reply in its own chat.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now } });
  e = meetingEdges(t);
  const people = await seedCommittee(t);
  const meeting = await createMeeting(t.app.services, { committeeId: people.committee.id, startsAt: instantAt('2021-05-20', '10:00'), endsAt: instantAt('2021-05-20', '13:30'), place: HOSTILE, videoLink: null });
  await saveAgendaItem(t.app.services, { meetingId: meeting.id }, { type: 'decision', title: HOSTILE, presenterId: people.per.id, proposedDecision: HOSTILE, plannedStart: null });
  await settleOutbox(t);
  await warmUpSlack(t, people.siri.slackUserId!);
});
afterEach(async () => t?.close());

describe('on Slack, user text in the agenda and in replies can neither ping nor hide a link', () => {
  it('the agenda shows the title, place and proposed decision escaped, in the text and the blocks', async () => {
    await e.dm('USIRI', 'D0SIRI', 'saksliste');
    const answer = await waitFor(() => e.postsTo('D0SIRI')[0], 10_000, 'agenda DM');
    const posted = JSON.stringify({ text: answer.args.text, blocks: answer.args.blocks });
    expect(posted).not.toMatch(PINGS);
    expect(posted).toContain(SLACK_ESCAPED);
    expect(posted).toContain('[ok](https://evil)');
  });

  it('the unknown-command reply does not repeat «<!channel>» raw', async () => {
    const res = await e.slash('USIRI', '<!channel> ping');
    const json = JSON.stringify(res.json);
    expect(json).not.toMatch(PINGS);
    expect(json).toContain('&lt;!channel&gt;');
  });
});

describe('on Teams, the same text shows literally and makes no link', () => {
  it('the agenda card escapes the markdown link and keeps the characters', async () => {
    const before = t.connector.sent().length;
    await e.say(ola, 'agenda NUIT');
    const card = await waitFor(() => t.connector.repliesIn(dmOf(ola), before)[0]?.body.attachments?.[0]?.content, 10_000, 'agenda card');
    const body = JSON.stringify(card);
    expect(body).toContain('<!channel> <!here> <@U123> <https://evil|ok> \\\\[ok\\\\](https://evil)');
    expect(body).not.toMatch(/[^\\]\[ok\]\(https:\/\/evil/);
  });

  it('the unknown-command reply shows what was typed as text', async () => {
    const before = t.connector.sent().length;
    await e.say(ola, '[ok](https://evil) now');
    const card = await waitFor(() => t.connector.repliesIn(dmOf(ola), before)[0]?.body.attachments?.[0]?.content, 10_000, 'reply card');
    const body = JSON.stringify(card);
    expect(body).toContain('\\\\[ok\\\\](https://evil)');
    expect(body).not.toMatch(/[^\\]\[ok\]\(https:\/\/evil/);
  });
});
