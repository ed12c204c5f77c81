import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RosterForms } from '../../../src/roster/ids.js';
import { interactionBody, postSlack, slashCommandBody, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, dmOf, messageActivity, postActivity } from '../../helpers/teams-activities.js';

let t: TestApp;
const FORM = 'application/x-www-form-urlencoded';
const erik = { id: '29:erik', aadObjectId: 'aad-erik' };
const kariTeams = { id: '29:kari', aadObjectId: 'aad-kari' };
const slash = (user: string, text: string) => postSlack(t.url, SLACK_SECRET, slashCommandBody(user, text), FORM);
const submitSlack = (user: string, text: string) =>
  postSlack(t.url, SLACK_SECRET, interactionBody(viewSubmissionPayload(user, { callback_id: RosterForms.import, values: { roster: { roster: { type: 'plain_text_input', value: text } } } })), FORM);
const submitTeams = (user: typeof erik, text: string) =>
  postActivity(t.url, cardActionActivity(t.connector.url, user, RosterForms.import, { _formId: RosterForms.import, _context: {}, roster: text }, 'en-GB'));

const VALID = `organisations:
  - { key: ehelse, name: Direktoratet for e-helse }
people:
  - { key: ola, name: Ola Nordmann, email: ola@example.no, organisation: ehelse }
  - { key: kari, name: Kari Nordmann, email: kari@example.no }
committees:
  - { key: NUFA, name: Nasjonalt utvalg for fag, cycle: nufa, secretariat: [sara], members: [{ person: ola }] }
`;
const INVALID = `people:
  - { key: nina, name: Nina Feil, email: nina-at-example }
  - { key: tor, email: tor@example.no, slak: U0TOR }
`;
const counts = async () => {
  const p = t.db.prisma;
  return [await p.organisation.count(), await p.person.count(), await p.committee.count(), await p.membership.count()];
};

/** Sara imports VALID through Slack; waits for her counts. */
async function importAsSara() {
  await submitSlack('USARA', VALID);
  await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'USARA' && String(c.args.text).startsWith('Medlemslisten er importert')), 10_000, 'counts');
}

// Each test gets its own app and database: nothing depends on what another test imported.
beforeEach(async () => {
  t = await startTestApp();
  const db = t.db.prisma;
  const sara = await db.person.create({ data: { key: 'sara', name: 'Sara Sekretariat', email: 'sara@example.no', locale: 'nb', slackUserId: 'USARA' } });
  const erikPerson = await db.person.create({ data: { key: 'erik', name: 'Erik English', email: 'erik@example.no', locale: 'en', teamsUserId: erik.id, aadObjectId: erik.aadObjectId } });
  await db.person.create({ data: { key: 'kari', name: 'Kari Nordmann', email: 'kari@example.no', locale: 'nb', slackUserId: 'UKARI', teamsUserId: kariTeams.id, aadObjectId: kariTeams.aadObjectId } });
  const nuit = await db.committee.create({ data: { key: 'NUIT', name: 'NUIT' } });
  for (const personId of [sara.id, erikPerson.id]) await db.membership.create({ data: { committeeId: nuit.id, personId, role: 'secretariat' } });
  await slash('USARA', 'help'); // warm up, so the first real command answers well within Slack's 3 seconds
});
afterEach(async () => t?.close());

describe('roster import from chat', () => {
  it('Slack: the secretariat opens the form (3000 characters, npm run import for more), a valid paste is imported with counts', async () => {
    await slash('USARA', 'medlemsliste import');
    const open = await waitFor(() => t.slack.callsTo('views.open').find((c) => c.args.view.callback_id === RosterForms.import), 10_000, 'import modal');
    const input = open.args.view.blocks.find((b: any) => b.block_id === 'roster');
    expect(input.element).toMatchObject({ type: 'plain_text_input', multiline: true, max_length: 3000 });
    expect(input.hint.text).toContain('Høyst 3000 tegn');
    expect(input.hint.text).toContain('npm run import -- roster.yaml');

    const res = await submitSlack('USARA', VALID);
    expect(res.json?.response_action).toBeUndefined();
    const dm = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'USARA' && String(c.args.text).startsWith('Medlemslisten er importert')), 10_000, 'counts');
    expect(dm.args.text).toContain('Organisasjoner: 1 nye, 0 endret, 0 uendret');
    expect(dm.args.text).toContain('Personer: 1 nye, 0 endret, 1 uendret');
    expect(dm.args.text).toContain('Utvalg: 1 nye, 0 endret, 0 uendret');
    expect(dm.args.text).toContain('Medlemskap: 2 lagt til, 0 fjernet');
    const nufa = await t.db.prisma.committee.findUniqueOrThrow({ where: { key: 'NUFA' }, include: { memberships: { include: { person: true } } } });
    expect(nufa.memberships.map((m) => [m.person.key, m.role]).sort()).toEqual([['ola', 'member'], ['sara', 'secretariat']]);
  });

  it('Slack: an invalid paste is refused on the field with every problem by path, and nothing is written', async () => {
    const before = await counts();
    const res = await submitSlack('USARA', INVALID);
    expect(res.json.response_action).toBe('errors'); // Slack keeps the pasted text in the open modal
    const message = res.json.errors.roster as string;
    expect(message.split('\n')).toEqual([
      'Ingenting er lagret. Medlemslisten har 3 feil:',
      'people[0].email: not an e-mail address',
      'people[1].name: is required',
      'people[1].slak: unknown field',
    ]);
    expect(await counts()).toEqual(before);
  });

  it('Teams: the form in English; an invalid paste comes back with the text kept and the problems under the field; a valid one imports', async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, erik, 'roster import', 'en-GB'));
    const card = t.connector.repliesIn(dmOf(erik), before)[0]!.body.attachments[0].content;
    const input = card.body.find((b: any) => b.id === 'roster');
    expect(input).toMatchObject({ type: 'Input.Text', isMultiline: true, maxLength: 3000 });
    expect(JSON.stringify(card)).toContain('At most 3000 characters (Slack\'s limit). Import a larger roster on the server with \\"npm run import -- roster.yaml\\".');

    // Sara has imported the roster (NUFA is hers: Erik may not create it), so Erik's paste of it changes nothing.
    await importAsSara();
    const rows = await counts();
    const refused = await submitTeams(erik, INVALID);
    const form = refused.json.value;
    expect(form.body.find((b: any) => b.id === 'roster').value).toBe(INVALID);
    const error = form.body.find((b: any) => b.id === 'roster-error').text as string;
    expect(error).toContain('Nothing was saved. The roster has 3 problems:');
    expect(error).toContain('people[0].email: not an e-mail address');
    expect(await counts()).toEqual(rows);

    const syntax = await submitTeams(erik, 'people:\n  - { key: x, name: "open\n');
    expect(syntax.json.value.body.find((b: any) => b.id === 'roster-error').text).toMatch(/roster:\d+:\d+: /);

    const ok = await submitTeams(erik, VALID);
    const done = JSON.stringify(ok.json.value);
    expect(done).toContain('The roster is imported.');
    expect(done).toContain('0 created, 0 updated, 2 unchanged'); // the same roster again changes nothing
    expect(await counts()).toEqual(rows);
  });

  it('dmPlatform: a paste sets where new people get direct messages; a bad value is refused naming the row, in bokmål (Slack) and English (Teams), and nothing is written', async () => {
    await submitSlack('USARA', 'people:\n  - { key: ola, name: Ola Nordmann, email: ola@example.no, dmPlatform: Teams }\n  - { key: nina, name: Nina Ny, email: nina@example.no, dmPlatform: slack }\n');
    await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'USARA' && String(c.args.text).startsWith('Medlemslisten er importert')), 10_000, 'counts');
    expect((await t.db.prisma.person.findUniqueOrThrow({ where: { key: 'ola' } })).dmPlatform).toBe('teams');
    expect((await t.db.prisma.person.findUniqueOrThrow({ where: { key: 'nina' } })).dmPlatform).toBe('slack');

    const before = await counts();
    const BAD = 'people:\n  - { key: per, name: Per Ny, email: per@example.no }\n  - { key: tor, name: Tor Ny, email: tor@example.no, dmPlatform: skype }\n';
    const res = await submitSlack('USARA', BAD);
    expect(res.json.response_action).toBe('errors');
    expect((res.json.errors.roster as string).split('\n')).toEqual([
      'Ingenting er lagret. Medlemslisten har 1 feil:',
      'people[1] («tor»), dmPlatform: plattformen for direktemeldinger må være slack eller teams (eller tom), ikke «skype».',
    ]);
    const refused = await submitTeams(erik, BAD);
    const error = refused.json.value.body.find((b: any) => b.id === 'roster-error').text as string;
    expect(error.split('\n')).toEqual(['Nothing was saved. The roster has 1 problem:', 'people[1] ("tor"), dmPlatform: the platform for direct messages must be slack or teams (or empty), not "skype".']);
    expect(await counts()).toEqual(before);
    expect(await t.db.prisma.person.findUnique({ where: { key: 'per' } })).toBeNull();
  });

  it('refuses someone who is not secretariat, in Slack and Teams, and a forged submission writes nothing', async () => {
    await importAsSara();
    const res = await slash('UKARI', 'roster import');
    expect(res.json.text).toBe('Bare sekretariatet kan importere medlemslisten.');
    expect(t.slack.callsTo('views.open').filter((c) => c.args.trigger_id === 'trigger-UKARI')).toHaveLength(0);

    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, kariTeams, 'medlemsliste import'));
    expect(JSON.stringify(t.connector.repliesIn(dmOf(kariTeams), before)[0]!.body)).toContain('Bare sekretariatet kan importere medlemslisten.');

    const rows = await counts();
    await submitSlack('UKARI', VALID.replace('Nasjonalt utvalg for fag', 'Kapret'));
    await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UKARI' && String(c.args.text).includes('Bare sekretariatet')), 10_000, 'refusal');
    expect(await counts()).toEqual(rows);
    expect((await t.db.prisma.committee.findUniqueOrThrow({ where: { key: 'NUFA' } })).name).toBe('Nasjonalt utvalg for fag');
  });
});
