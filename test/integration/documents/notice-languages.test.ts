import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { documentDeliveryKeys } from '../../../src/documents/ids.js';
import { shareNotice } from '../../../src/documents/share-notice.js';
import { saveAgendaItem } from '../../../src/meetings/save-agenda-item.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { postAgenda } from '../../helpers/fixtures/post-agenda.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { settleOutbox } from '../../helpers/fixtures/settle-outbox.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

/**
 * The notice document in the channel's languages: a channel written to in bokmål and English gets a notice in each
 * ("Innkalling – …" and "Notice – …"), each versioned and shared once, on Slack (upload) and Teams (download card);
 * a channel in one language gets one.
 */
let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const TEAMS = '19:nuit@thread.tacv2';
const uploadsNamed = (t: TestApp, prefix: string) => [...t.slack.uploads.values()].filter((u) => u.channelId === 'C0NUIT' && u.filename.startsWith(prefix));
/** The Teams cards sent to NUIT's conversation that carry a sentence. */
const teamsCardsWith = (t: TestApp, sentence: string) => t.connector.sent().filter((c) => c.conversationId === TEAMS && JSON.stringify(c).includes(sentence));
const postedNotices = (t: TestApp, meetingId: string) =>
  t.db.prisma.generatedDocument.findMany({ where: { meetingId, kind: 'notice', postedAt: { not: null } }, orderBy: [{ locale: 'asc' }, { version: 'asc' }] }); // nb before en (the enum's order)

async function docxText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

/** NUIT (bokmål and English readers) on Slack and Teams, with a meeting of one item, distributed. */
async function distributedMeeting(t: TestApp, channelLocale: 'nb' | 'en' | null) {
  const people = await seedCommittee(t);
  await t.db.prisma.committee.update({ where: { id: people.committee.id }, data: { teamsConversationId: TEAMS, channelLocale } });
  const meeting = await planMeeting(t, people.committee.id, { day: '2027-05-20', place: 'Oslo' });
  const item = await addItem(t, meeting.id, { title: 'Strategi for digital sikkerhet', presenterId: people.per.id, proposedDecision: 'NUIT tar saken til orientering.' });
  await postAgenda(t, meeting.id);
  return { people, meeting, item };
}

describe('the notice in a channel written to in bokmål and English', { timeout: 90_000 }, () => {
  it('is made in both languages and each is shared once on Slack and on Teams; a change to the agenda re-makes both', async () => {
    t = await startTestApp({ env: { PUBLIC_URL: 'https://saksgang.example' }, app: { clock: () => new Date('2027-05-01T08:00:00Z') } });
    const { people, meeting, item } = await distributedMeeting(t, null);

    await waitFor(async () => (await postedNotices(t!, meeting.id)).length === 2, 20_000, 'both notices posted');
    await settleOutbox(t);
    expect((await postedNotices(t, meeting.id)).map((d) => [d.locale, d.version])).toEqual([['nb', 1], ['en', 1]]);
    expect(uploadsNamed(t, 'Innkalling').map((u) => u.filename)).toEqual(['Innkalling – NUIT 1/2027.docx']);
    expect(uploadsNamed(t, 'Notice').map((u) => u.filename)).toEqual(['Notice – NUIT 1/2027.docx']);
    expect(await docxText(uploadsNamed(t, 'Innkalling')[0]!.bytes!)).toContain('Møte i NUIT');
    const english = await docxText(uploadsNamed(t, 'Notice')[0]!.bytes!);
    expect(english).toContain('Meeting of NUIT');
    expect(english).not.toContain('Møte i NUIT');
    // Each upload's comment is in its document's language only.
    expect(t.slack.callsTo('files.completeUploadExternal').map((c) => c.args.initial_comment)).toEqual([
      'Innkalling og saksliste for NUIT 1/2027 (Word).',
      'Notice and agenda for NUIT 1/2027 (Word).',
    ]);
    // Teams: one card per document, each with its own file's link.
    const nbCards = teamsCardsWith(t, 'Innkalling og saksliste for NUIT 1/2027 (Word).');
    const enCards = teamsCardsWith(t, 'Notice and agenda for NUIT 1/2027 (Word).');
    expect(nbCards).toHaveLength(1);
    expect(enCards).toHaveLength(1);
    expect(JSON.stringify(nbCards[0])).toContain('?name=Innkalling');
    expect(JSON.stringify(nbCards[0])).not.toContain('Notice and agenda');
    expect(JSON.stringify(enCards[0])).toContain('?name=Notice');
    const keys = (await t.db.prisma.delivery.findMany({ where: { kind: 'notice-document' }, orderBy: { idempotencyKey: 'asc' } })).map((d) => [d.idempotencyKey, d.platform, d.state]);
    expect(keys).toEqual([
      [documentDeliveryKeys.notice(meeting.id, 'en', 1), 'slack', 'sent'],
      [`${documentDeliveryKeys.notice(meeting.id, 'en', 1)}.teams`, 'teams', 'sent'],
      [documentDeliveryKeys.notice(meeting.id, 'nb', 1), 'slack', 'sent'],
      [`${documentDeliveryKeys.notice(meeting.id, 'nb', 1)}.teams`, 'teams', 'sent'],
    ]);

    // Running again with nothing changed makes and shares nothing.
    expect(await shareNotice(t.app.services, meeting.id)).toEqual([]);
    await settleOutbox(t);
    expect(t.slack.callsTo('files.getUploadURLExternal')).toHaveLength(2);
    expect(await t.db.prisma.generatedDocument.count({ where: { meetingId: meeting.id, kind: 'notice' } })).toBe(2);

    // A change to the agenda makes version 2 of both, each shared once more on both platforms.
    await saveAgendaItem(t.app.services, { meetingId: meeting.id, itemId: item.id }, { type: 'decision', title: 'Strategi for digital sikkerhet 2028', presenterId: people.per.id, proposedDecision: 'NUIT slutter seg til strategien.', plannedStart: null });
    await waitFor(async () => (await postedNotices(t!, meeting.id)).length === 4, 20_000, 'both notices v2 posted');
    await settleOutbox(t);
    expect((await postedNotices(t, meeting.id)).map((d) => [d.locale, d.version])).toEqual([['nb', 1], ['nb', 2], ['en', 1], ['en', 2]]);
    expect(uploadsNamed(t, 'Innkalling')).toHaveLength(2);
    expect(uploadsNamed(t, 'Notice')).toHaveLength(2);
    expect(await docxText(uploadsNamed(t, 'Innkalling')[1]!.bytes!)).toContain('Strategi for digital sikkerhet 2028');
    const english2 = await docxText(uploadsNamed(t, 'Notice')[1]!.bytes!);
    expect(english2).toContain('Strategi for digital sikkerhet 2028');
    expect(english2).toContain('Version 2');
    expect(teamsCardsWith(t, 'Oppdatert innkalling for NUIT 1/2027, versjon 2 (Word).')).toHaveLength(1);
    expect(teamsCardsWith(t, 'Updated notice for NUIT 1/2027, version 2 (Word).')).toHaveLength(1);
    expect(teamsCardsWith(t, 'Innkalling og saksliste for NUIT 1/2027 (Word).')).toHaveLength(1);
    expect(teamsCardsWith(t, 'Notice and agenda for NUIT 1/2027 (Word).')).toHaveLength(1);
  });
});

describe('the notice in a channel written to in one language', { timeout: 90_000 }, () => {
  it('is made and shared once, in that language only, on Slack and on Teams', async () => {
    t = await startTestApp({ env: { PUBLIC_URL: 'https://saksgang.example' }, app: { clock: () => new Date('2027-05-01T08:00:00Z') } });
    // The same bilingual people, but the committee's channel is set to English (roster `channelLanguage: en`).
    const { meeting } = await distributedMeeting(t, 'en');

    await waitFor(async () => (await postedNotices(t!, meeting.id)).length === 1, 20_000, 'the notice posted');
    await settleOutbox(t);
    expect((await postedNotices(t, meeting.id)).map((d) => [d.locale, d.version])).toEqual([['en', 1]]);
    expect(await t.db.prisma.generatedDocument.count({ where: { meetingId: meeting.id, kind: 'notice' } })).toBe(1);
    expect(uploadsNamed(t, 'Notice').map((u) => u.filename)).toEqual(['Notice – NUIT 1/2027.docx']);
    expect(uploadsNamed(t, 'Innkalling')).toHaveLength(0);
    expect(t.slack.callsTo('files.completeUploadExternal').map((c) => c.args.initial_comment)).toEqual(['Notice and agenda for NUIT 1/2027 (Word).']);
    expect(teamsCardsWith(t, 'Notice and agenda for NUIT 1/2027 (Word).')).toHaveLength(1);
    expect(teamsCardsWith(t, 'Innkalling og saksliste')).toHaveLength(0);
    expect(await t.db.prisma.delivery.count({ where: { kind: 'notice-document' } })).toBe(2);
  });
});
