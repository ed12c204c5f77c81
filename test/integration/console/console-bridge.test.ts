import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consoleConnectorUrl } from '../../../src/console/console-paths.js';
import { mountConsole } from '../../../src/console/mount-console.js';
import { reply } from '../../../src/conversation/reply.js';
import { updateDelivery } from '../../../src/outbox/enqueue-delivery.js';
import { postToCommittee } from '../../../src/outbox/post-to-committee.js';
import { sendToPerson } from '../../../src/outbox/send-to-person.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { openConsoleConversation, postToConsole, readConsole } from './console-client.js';

const CONFIRM = 'saksgang.console-test.confirm' as const;
const NOTE_FORM = 'saksgang.form.console-test.note' as const;
const cardText = (activity: any) => JSON.stringify(activity?.attachments?.[0]?.content ?? {});
const bot = (activities: any[]) => activities.filter((a) => a.from?.role === 'bot');

let t: TestApp;

// Each test gets its own app, database and console, with the roster below.
beforeEach(async () => {
  t = await startTestApp({
    // No Slack: the console is what a newcomer without accounts gets.
    env: { SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', CONSOLE: 'on' },
    app: { extraRoutes: mountConsole, teamsServiceUrl: consoleConnectorUrl },
  });
  const db = t.db.prisma;
  const ehelse = await db.organisation.create({ data: { key: 'ehelse', name: 'Direktoratet for e-helse' } });
  const kari = await db.person.create({ data: { key: 'kari', name: 'Kari Nordmann', email: 'kari@example.no', organisationId: ehelse.id } });
  await db.person.create({ data: { key: 'emma', name: 'Emma Hansen', email: 'emma@example.no', locale: 'en', teamsUserId: '29:emma', aadObjectId: 'aad-emma' } });
  const nuit = await db.committee.create({ data: { key: 'NUIT', name: 'Nasjonalt utvalg for prioritering' } });
  await db.membership.create({ data: { committeeId: nuit.id, personId: kari.id, role: 'secretariat' } });

  // A button and a form of our own, so card clicks can be driven without depending on a feature's handlers.
  t.app.registry.addAction({
    actionId: CONFIRM,
    requiresPerson: true,
    run: async ({ actor }) =>
      reply.form({
        formId: NOTE_FORM,
        title: actor.locale === 'en' ? 'Add a note' : 'Legg til et notat',
        submitLabel: 'OK',
        cancelLabel: 'Avbryt',
        context: { from: 'button' },
        fields: [{ id: 'note', type: 'text', label: 'Notat', required: true }],
      }),
  });
  t.app.registry.addForm({
    formId: NOTE_FORM,
    requiresPerson: true,
    submit: async (_ctx, values, context) => {
      const form = { formId: NOTE_FORM, title: 'Legg til et notat', submitLabel: 'OK', cancelLabel: 'Avbryt', context, fields: [{ id: 'note', type: 'text' as const, label: 'Notat', required: true }] };
      if (!values.note) return reply.formErrors(form, { note: 'Skriv et notat.' });
      return reply.formDone({ text: `Notat lagret: ${String(values.note)}`, blocks: [{ type: 'text', text: `Notat lagret: ${String(values.note)}` }] });
    },
  });
});
afterEach(async () => t?.close());

describe('the console roster', () => {
  it('lists people with organisation and roles, and gives everyone and every committee a Teams id', async () => {
    const res = await fetch(`${t.url}/console/api/roster`);
    const roster = (await res.json()) as any;
    expect(roster.people[0]).toMatchObject({ key: 'kari', name: 'Kari Nordmann', organisation: 'Direktoratet for e-helse', roles: [{ kind: 'secretariat', of: 'NUIT' }] });
    expect(roster.people.map((p: any) => p.key)).toEqual(['kari', 'emma']);
    expect(roster.channels).toEqual([{ key: 'NUIT', name: 'Nasjonalt utvalg for prioritering', conversationId: 'console:channel:NUIT' }]);
    const kari = await t.db.prisma.person.findUniqueOrThrow({ where: { key: 'kari' } });
    expect(kari.teamsUserId).toBe('console:kari');
    const emma = await t.db.prisma.person.findUniqueOrThrow({ where: { key: 'emma' } });
    expect(emma.teamsUserId).toBe('29:emma');
  });
});

describe('Direct Line to the bot and back', () => {
  it('answers "help" with the help card in the played person’s language, echoing what they typed', async () => {
    const kari = await openConsoleConversation(t.url, 'kari');
    expect(kari.conversationId).toBe('console:dm:console:kari');
    const posted = await postToConsole(t.url, kari, { type: 'message', text: 'help', locale: 'nb-NO', channelData: { clientActivityID: 'client-1' } });
    expect(posted.status).toBe(200);
    const activities = await readConsole(t.url, kari);
    const echo = activities.find((a) => a.id === posted.json.id);
    expect(echo).toMatchObject({ text: 'help', from: { id: 'console:kari', role: 'user' }, channelData: { clientActivityID: 'client-1' } });
    const answers = bot(activities);
    expect(answers).toHaveLength(1);
    expect(answers[0].attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(answers[0])).toContain('Saksgang – hjelp');
    expect(answers[0].replyToId).toBe(posted.json.id);
    // The bot remembered this conversation for reminders, on the console's connector.
    const stored = await t.db.prisma.person.findUniqueOrThrow({ where: { key: 'kari' } });
    expect(stored.teamsConversationRef).toMatchObject({ conversation: { id: 'console:dm:console:kari' }, serviceUrl: consoleConnectorUrl(t.url) });
  });

  it('answers an English person in English, also for the bokmål command word', async () => {
    const emma = await openConsoleConversation(t.url, 'emma');
    await postToConsole(t.url, emma, { type: 'message', text: 'hjelp' });
    const answers = bot(await readConsole(t.url, emma));
    expect(cardText(answers[0])).toContain('Saksgang – help');
  });

  it('refuses a token for another conversation and clients that are not on this machine', async () => {
    const emma = await openConsoleConversation(t.url, 'emma');
    const res = await fetch(`${t.url}/console/directline/conversations/${encodeURIComponent('console:dm:console:kari')}/activities?watermark=0`, {
      headers: { authorization: `Bearer ${emma.token}` },
    });
    expect(res.status).toBe(403);
    // fetch may not set Host; a page under a foreign name (DNS rebinding) must not get through.
    const foreign = await new Promise<number>((resolve, reject) => {
      const url = new URL(`${t.url}/console/api/roster`);
      request({ host: url.hostname, port: url.port, path: url.pathname, headers: { host: 'evil.example.com' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(foreign).toBe(403);
  });
});

describe('messages the bot sends on its own', () => {
  it('delivers a direct message from the outbox into the person’s console conversation, and a click on its button runs the card action', async () => {
    const emma = await t.db.prisma.person.findUniqueOrThrow({ where: { key: 'emma' } });
    const conversation = await openConsoleConversation(t.url, 'emma');
    await readConsole(t.url, conversation);
    const id = (await sendToPerson(t.app.services, {
      personId: emma.id,
      kind: 'console-test',
      idempotencyKey: 'console-dm-1',
      message: { text: 'Paper due Friday', blocks: [{ type: 'text', text: 'Paper due Friday' }, { type: 'actions', buttons: [{ actionId: CONFIRM, label: 'Add a note', payload: { item: 'x1' } }] }] },
    }))!;
    const delivered = await waitFor(async () => bot(await readConsole(t.url, conversation))[0], 10_000, 'the direct message in the console');
    expect(cardText(delivered)).toContain('Paper due Friday');
    const delivery = await waitFor(async () => {
      const row = await t.db.prisma.delivery.findUniqueOrThrow({ where: { id } });
      return row.state === 'sent' ? row : null;
    });
    expect(delivery.platform).toBe('teams');
    expect(delivery.platformConversationId).toBe('console:dm:29:emma');

    // Web Chat gets Action.Submit carrying the verb; clicking it posts the data back.
    const button = delivered.attachments[0].content.body.find((b: any) => b.type === 'ActionSet').actions[0];
    expect(button.type).toBe('Action.Submit');
    const clicked = await postToConsole(t.url, conversation, { type: 'message', value: button.data, channelData: { postBack: true } });
    expect(clicked.status).toBe(200);
    const formCard = bot(await readConsole(t.url, conversation)).find((a) => cardText(a).includes('Add a note') && a.id !== delivered.id);
    expect(formCard).toBeTruthy();

    // Submitting the form empty shows the error on the same card; filled in, the card is replaced by the result.
    const submit = formCard.attachments[0].content.actions[0];
    await postToConsole(t.url, conversation, { type: 'message', value: { ...submit.data, note: '' }, channelData: { postBack: true } });
    const withErrors = (await readConsole(t.url, conversation)).find((a) => a.id === formCard.id);
    expect(cardText(withErrors)).toContain('Skriv et notat.');
    await postToConsole(t.url, conversation, { type: 'message', value: { ...submit.data, note: 'Looks good' }, channelData: { postBack: true } });
    const replaced = (await readConsole(t.url, conversation)).find((a) => a.id === formCard.id);
    expect(cardText(replaced)).toContain('Notat lagret: Looks good');
    expect(replaced.timestamp).toBe(formCard.timestamp);
  });

  it('shows what was posted to a committee in its channel, and an update replaces it in place', async () => {
    const nuit = await t.db.prisma.committee.findUniqueOrThrow({ where: { key: 'NUIT' } });
    const channel = await openConsoleConversation(t.url, 'kari', 'NUIT');
    expect(channel.conversationId).toBe('console:channel:NUIT');
    await postToCommittee(t.app.services, { committeeId: nuit.id, kind: 'console-test', idempotencyKey: 'console-agenda-1', message: { text: 'Saksliste 2/2026', blocks: [{ type: 'header', text: 'Saksliste 2/2026' }] } });
    const posted = await waitFor(async () => bot(await readConsole(t.url, channel))[0], 10_000, 'the agenda in the channel');
    expect(cardText(posted)).toContain('Saksliste 2/2026');
    await waitFor(async () => (await t.db.prisma.delivery.findUniqueOrThrow({ where: { idempotencyKey: 'console-agenda-1' } })).state === 'sent');
    await updateDelivery(t.app.services, 'console-agenda-1', { text: 'Saksliste 2/2026 (rettet)', blocks: [{ type: 'header', text: 'Saksliste 2/2026 (rettet)' }] });
    const updated = await waitFor(async () => (await readConsole(t.url, channel)).find((a) => a.id === posted.id), 10_000, 'the corrected agenda');
    expect(cardText(updated)).toContain('Saksliste 2/2026 (rettet)');
  });
});
