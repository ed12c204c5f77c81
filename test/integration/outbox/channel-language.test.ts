import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { distributeAgenda } from '../../../src/meetings/distribute-agenda.js';
import { importRoster } from '../../../src/roster/import-roster.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { publishDecisions } from '../../helpers/fixtures/publish-decisions.js';
import { recordDecision } from '../../helpers/fixtures/record-decision.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { settleOutbox } from '../../helpers/fixtures/settle-outbox.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { NOW, seedCommittee as seedDecisions, type Seed } from '../decisions/seed-decisions.js';

let t: TestApp;
const NUFA_TEAMS = '19:nufa-general@thread.tacv2';

afterEach(async () => t?.close());

const slackPosts = (channel: string) => t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
const teamsCards = (conversationId: string) => t.connector.sent().filter((c) => c.conversationId === conversationId);

const NB_TITLE = 'Vedtak fra NUIT 2/2026';
const EN_TITLE = 'Decisions of NUIT 2/2026';
const DECISION = 'NUIT tar saken til orientering.';

describe('the language of a committee’s channel posts', () => {
  beforeEach(async () => {
    t = await startTestApp({ app: { clock: () => NOW } });
    await warmUpSlack(t, 'UPSARA');
  });

  /** NUIT 2/2026's decision on item 12/26 recorded and published; returns the summary as posted in Slack. */
  async function publishedSummary(s: Seed) {
    await recordDecision(t, { itemId: s.items[1]!.id, recordedById: s.people.secretariat.id, text: DECISION });
    await publishDecisions(t, s.meeting.id);
    expect(slackPosts('C0NUIT')).toHaveLength(1);
    return slackPosts('C0NUIT')[0]!.args;
  }

  it('is bokmål, then English, in one message when the members do not share a language', async () => {
    // Sara, Per, Ali and Olga read bokmål; Tom and Emma English.
    const s = await seedDecisions(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'P' });
    const posted = await publishedSummary(s);
    const text = String(posted.text);
    expect(text).toContain(NB_TITLE);
    expect(text).toContain(EN_TITLE);
    expect(text.indexOf(NB_TITLE)).toBeLessThan(text.indexOf(EN_TITLE));
    const blocks = posted.blocks as { type: string; text?: { text: string } }[];
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: NB_TITLE } });
    const english = blocks.findIndex((b) => b.type === 'header' && b.text?.text === EN_TITLE);
    expect(english).toBeGreaterThan(0);
    expect(blocks[english - 1]!.type).toBe('divider');
    expect(JSON.stringify(blocks)).toContain('(Orientering)');
    expect(JSON.stringify(blocks)).toContain('(Information)');
  });

  it('is the one language the members share: bokmål, or English', async () => {
    const s = await seedDecisions(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'P' });
    await t.db.prisma.person.updateMany({ where: { memberships: { some: { committeeId: s.committee.id } } }, data: { locale: 'en' } });
    const english = await publishedSummary(s);
    expect(String(english.text)).toContain(EN_TITLE);
    expect(String(english.text)).not.toContain(NB_TITLE);

    const other = await seedDecisions(t, { key: 'NUFA', teamsConversationId: NUFA_TEAMS, prefix: 'Q' });
    await t.db.prisma.person.updateMany({ where: { memberships: { some: { committeeId: other.committee.id } } }, data: { locale: 'nb' } });
    await recordDecision(t, { itemId: other.items[1]!.id, recordedById: other.people.secretariat.id, text: 'NUFA tar saken til orientering.' });
    await publishDecisions(t, other.meeting.id);
    const card = JSON.stringify(await waitFor(() => teamsCards(NUFA_TEAMS)[0], 10_000, 'NUFA summary'));
    expect(card).toContain('Vedtak fra NUFA 2/2026');
    expect(card).not.toContain('Decisions of NUFA');
  });

  it('is the committee’s configured language (roster `channelLanguage`), whatever the members read', async () => {
    const s = await seedDecisions(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'P' });
    await importRoster(t.db.prisma, { committees: [{ key: 'NUIT', name: 'NUIT utvalg', channelLanguage: 'en' }] });
    expect((await t.db.prisma.committee.findUniqueOrThrow({ where: { id: s.committee.id } })).channelLocale).toBe('en');
    const posted = await publishedSummary(s);
    expect(String(posted.text)).toContain(EN_TITLE);
    expect(String(posted.text)).not.toContain(NB_TITLE);
    expect(JSON.stringify(posted.blocks)).not.toContain('(Orientering)');

    // `auto` goes back to the members' languages; `nb` is bokmål only.
    await importRoster(t.db.prisma, { committees: [{ key: 'NUIT', name: 'NUIT utvalg', channelLanguage: 'auto' }] });
    expect((await t.db.prisma.committee.findUniqueOrThrow({ where: { id: s.committee.id } })).channelLocale).toBeNull();
    const other = await seedDecisions(t, { key: 'NUFA', slackChannelId: 'C0NUFA', prefix: 'Q' });
    await importRoster(t.db.prisma, { committees: [{ key: 'NUFA', name: 'NUFA utvalg', channelLanguage: 'nb' }] });
    await recordDecision(t, { itemId: other.items[1]!.id, recordedById: other.people.secretariat.id, text: 'NUFA tar saken til orientering.' });
    await publishDecisions(t, other.meeting.id);
    const nufa = String(slackPosts('C0NUFA')[0]!.args.text);
    expect(nufa).toContain('Vedtak fra NUFA 2/2026');
    expect(nufa).not.toContain('Decisions of NUFA');
  });

  it('refuses a channel language it does not know, naming the field', async () => {
    await seedDecisions(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'P' });
    await expect(importRoster(t.db.prisma, { committees: [{ key: 'NUIT', name: 'NUIT utvalg', channelLanguage: 'de' }] })).rejects.toThrow(/channelLanguage: must be auto, nb or en/);
  });
});

describe('the agenda in a channel whose members do not share a language', () => {
  it('is posted in bokmål and English, and its notice says so in both', async () => {
    t = await startTestApp({ app: { clock: () => new Date('2021-03-01T08:00:00Z') } });
    await warmUpSlack(t, 'UKARI');
    const people = await seedCommittee(t);
    const meeting = await planMeeting(t, people.committee.id, { day: '2021-05-20', place: 'Oslo' });
    await distributeAgenda(t.app.services, meeting.id);
    await settleOutbox(t);
    const agenda = slackPosts('C0NUIT');
    expect(agenda).toHaveLength(1);
    const text = String(agenda[0]!.args.text);
    expect(text).toMatch(/^Saksliste – NUIT/);
    expect(text).toContain('Agenda – NUIT');
    expect(JSON.stringify(agenda[0]!.args.blocks)).toContain('Sak ');
    expect(JSON.stringify(agenda[0]!.args.blocks)).toContain('Item ');
    // The notice as a Word document is made in each language and each is uploaded once, with its comment in its language.
    const uploads = await waitFor(() => (t.slack.callsTo('files.completeUploadExternal').length === 2 ? t.slack.callsTo('files.completeUploadExternal') : null), 10_000, 'notices uploaded');
    const comments = uploads.map((u) => String(u.args.initial_comment ?? ''));
    expect(comments).toEqual([expect.stringMatching(/^Innkalling og saksliste for NUIT \S+ \(Word\)\.$/), expect.stringMatching(/^Notice and agenda for NUIT \S+ \(Word\)\.$/)]);
  });
});
