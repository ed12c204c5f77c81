import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postToCommittee } from '../../../src/outbox/post-to-committee.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { startFakeConnector, type FakeConnector } from '../../helpers/fake-connector.js';

let t: TestApp;
let regional: FakeConnector;

beforeAll(async () => {
  t = await startTestApp();
  regional = await startFakeConnector();
});
afterAll(async () => {
  await t?.close();
  await regional?.close();
});

describe('a committee channel in Teams', () => {
  it('is remembered from a message in it, so the agenda goes to that channel’s own service URL', async () => {
    const committee = await t.db.prisma.committee.create({ data: { key: 'NUIT', name: 'NUIT', teamsConversationId: '19:nuit@thread.tacv2' } });
    // Someone mentions the bot in the channel; Teams sends the regional service URL with it.
    const activity = {
      ...messageActivity(regional.url, { id: '29:kari' }, '<at>Saksgang</at> hjelp'),
      conversation: { id: '19:nuit@thread.tacv2;messageid=1700000000000', conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
      channelData: { tenant: { id: 'tenant-1' }, channel: { id: '19:nuit@thread.tacv2' }, team: { id: '19:team@thread.tacv2' } },
    };
    expect((await postActivity(t.url, activity)).status).toBe(200);
    const stored = await t.db.prisma.committee.findUniqueOrThrow({ where: { id: committee.id } });
    expect(stored.teamsConversationRef).toMatchObject({ serviceUrl: regional.url, conversation: { id: '19:nuit@thread.tacv2' } });

    regional.reset();
    await postToCommittee(t.app.services, { committeeId: committee.id, kind: 'agenda', idempotencyKey: 'agenda-teams-1', message: { text: 'Saksliste', blocks: [] } });
    const sent = await waitFor(() => regional.sent().find((c) => c.conversationId === '19:nuit@thread.tacv2'), 10_000, 'agenda on the regional connector');
    expect(sent.body.summary).toBe('Saksliste');
    expect(t.connector.sent().filter((c) => c.conversationId === '19:nuit@thread.tacv2')).toHaveLength(0);
  });
});
