import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toWebChatActivity } from '../../../src/console/card-execute-bridge.js';
import { CONSOLE_STATIC_CHOICES, listSearchChoices } from '../../../src/console/list-search-choices.js';
import { blockActionPayload, interactionBody, postSlack, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, postActivity, type TeamsUser } from '../../helpers/teams-activities.js';
import { seedLargeRoster } from '../../helpers/fixtures/seed-large-roster.js';
import { allDelivered, seedCast, startCastAppWithLargeRoster, teamsUserOf, testClock, turnRed } from '../dependencies/dependency-fixtures.js';

/**
 * A choice made by searching (Teams `Data.Query`, Slack `external_select`) is in no static list: when the form
 * comes back (a rejected submit, an edit form), the picker must show the chosen option's label, not the raw id or
 * nothing. Øystein Åsheim is last by name in a 2,000-person roster, so no first-N list holds him.
 */

const T0 = '2023-06-05T08:00:00Z';
const clock = testClock(T0);
const FORM = 'application/x-www-form-urlencoded';
const PROVIDERS = 'saksgang.search.providers';
const DEPENDENCY_FORM = 'saksgang.form.portfolio.dependency';
const OYSTEIN_EN = 'Øystein Åsheim (person · Sykehuset Østfold)';
const OYSTEIN_NB = 'Øystein Åsheim (person · Sykehuset Østfold)'; // «person» is the same word in bokmål

let t: TestApp;
let c: Awaited<ReturnType<typeof seedCast>>;
let big: Awaited<ReturnType<typeof seedLargeRoster>>;

beforeEach(async () => {
  ({ t, c, big } = await startCastAppWithLargeRoster(clock, T0, (cast) => cast.kari.slackUserId!));
}, 60_000);
afterEach(async () => t?.close());

const teamsUser = (p: { teamsUserId: string | null; aadObjectId: string | null }): TeamsUser => teamsUserOf(p);
const values = (description: string, provider: string) => ({ description, category: 'national_solutions', criticality: 'high', status: 'red', dueDate: '2023-08-31', resolved: 'open', provider, providerText: '' });
const input = (card: any, id: string) => card.body.find((b: any) => b.id === id);

async function teamsSearch(user: TeamsUser, queryText: string) {
  const base = cardActionActivity(t.connector.url, user, 'unused', {}, 'en-US');
  const res = await postActivity(t.url, { ...base, name: 'application/search', value: { kind: 'search', queryText, queryOptions: { skip: 0, top: 15 }, dataset: PROVIDERS } });
  return (res.json?.value?.results ?? []) as { title: string; value: string }[];
}

describe('a searched choice keeps its label when the form comes back', () => {
  it('Teams: a rejected submit re-renders the card with the searched provider as a labelled choice (not the one it was opened with); the console lists it too', async () => {
    // The dependency's provider is Kari; Emma opens the edit form (Kari shows), then searches and picks Øystein.
    const dep = await turnRed(t, new Date(T0), { initiativeId: c.eresept.id, description: 'Label test', providerText: 'Someone', dueDate: '2023-08-31' });
    await allDelivered(t);
    await t.db.prisma.dependency.update({ where: { id: dep.id }, data: { providerText: null, providerPersonId: c.kari.id } });
    const found = (await teamsSearch(teamsUser(c.emma), 'oystein')).find((r) => r.value.startsWith('person:'))!;
    expect(found).toEqual({ title: OYSTEIN_EN, value: `person:${big.oystein.id}` });

    // Submitted with the description emptied: refused, and the card comes back with everything typed.
    const context = { initiativeId: c.eresept.id, dependencyId: dep.id };
    const refused = await postActivity(t.url, cardActionActivity(t.connector.url, teamsUser(c.emma), DEPENDENCY_FORM, { _formId: DEPENDENCY_FORM, _context: context, ...values('', found.value) }, 'en-US'));
    expect(refused.status).toBe(200);
    const card = refused.json.value;
    expect(input(card, 'description-error')).toBeTruthy();
    expect(input(card, 'provider')).toMatchObject({
      type: 'Input.ChoiceSet',
      'choices.data': { type: 'Data.Query', dataset: PROVIDERS },
      value: found.value,
      choices: [{ title: OYSTEIN_EN, value: found.value }],
    });
    expect((await t.db.prisma.dependency.findUniqueOrThrow({ where: { id: dep.id } })).providerPersonId).toBe(c.kari.id);

    // The console (Web Chat, no Data.Query): its first 500 choices by name do not hold Øystein, yet the drop-down
    // shows him, labelled and chosen.
    const choices = await listSearchChoices(t.app.services, c.emma.key, [PROVIDERS]);
    expect(choices.get(PROVIDERS)).toHaveLength(CONSOLE_STATIC_CHOICES);
    expect(choices.get(PROVIDERS)!.some((o) => o.value === found.value)).toBe(false);
    const shown = toWebChatActivity({ id: 'a1', type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] } as never, choices) as any;
    const dropDown = input(shown.attachments[0].content, 'provider');
    expect(dropDown['choices.data']).toBeUndefined();
    expect(dropDown.value).toBe(found.value);
    expect(dropDown.choices[0]).toEqual({ title: OYSTEIN_EN, value: found.value });
    expect(dropDown.choices.filter((o: { value: string }) => o.value === found.value)).toHaveLength(1);

    // Fixed and sent again: saved with Øystein.
    const saved = await postActivity(t.url, cardActionActivity(t.connector.url, teamsUser(c.emma), DEPENDENCY_FORM, { _formId: DEPENDENCY_FORM, _context: context, ...values('Label test', found.value) }, 'en-US'));
    expect(saved.status).toBe(200);
    await waitFor(async () => (await t.db.prisma.dependency.findUnique({ where: { id: dep.id } }))?.providerPersonId === big.oystein.id, 10_000, 'provider saved');
  });

  it('Teams: a searched value that names nothing in the roster (forged or deleted) is dropped, not shown as a raw id', async () => {
    const dep = await turnRed(t, new Date(T0), { initiativeId: c.eresept.id, description: 'Forged', providerText: 'Someone', dueDate: '2023-08-31' });
    await allDelivered(t);
    const refused = await postActivity(
      t.url,
      cardActionActivity(t.connector.url, teamsUser(c.emma), DEPENDENCY_FORM, { _formId: DEPENDENCY_FORM, _context: { initiativeId: c.eresept.id, dependencyId: dep.id }, ...values('', 'person:no-such-id') }, 'en-US'),
    );
    const picker = input(refused.json.value, 'provider');
    expect(picker.choices).toEqual([]);
    expect(picker.value).toBeUndefined();
  });

  it('Slack: the edit form shows a searched provider as initial_option with its label; a rejected submit keeps the open modal (and its chosen option)', async () => {
    const dep = await turnRed(t, new Date(T0), { initiativeId: c.helseplattformen.id, description: 'Slack label', providerText: 'Someone', dueDate: '2023-08-31' });
    await allDelivered(t);
    await t.db.prisma.dependency.update({ where: { id: dep.id }, data: { providerText: null, providerPersonId: big.oystein.id } });
    t.slack.reset();
    await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(c.kari.slackUserId!, 'saksgang.portfolio.dependency-edit', JSON.stringify({ dependencyId: dep.id }))), FORM);
    const opened = await waitFor(() => t.slack.callsTo('views.open')[0], 10_000, 'edit form');
    const picker = (opened.args.view.blocks as { block_id?: string; element?: any }[]).find((b) => b.block_id === 'provider')!.element;
    expect(picker).toMatchObject({ type: 'external_select', action_id: PROVIDERS, initial_option: { text: { type: 'plain_text', text: OYSTEIN_NB }, value: `person:${big.oystein.id}` } });

    // The description emptied: Slack is told the field's error, so the modal stays as the person left it.
    const state: Record<string, Record<string, unknown>> = {};
    for (const [id, value] of Object.entries(values('', `person:${big.oystein.id}`))) {
      if (id === 'provider') state[id] = { [PROVIDERS]: { type: 'external_select', selected_option: { value, text: { type: 'plain_text', text: OYSTEIN_NB } } } };
      else if (['category', 'criticality', 'status', 'resolved'].includes(id)) state[id] = { [id]: { type: 'static_select', selected_option: { value } } };
      else if (id === 'dueDate') state[id] = { [id]: { type: 'datepicker', selected_date: value } };
      else state[id] = { [id]: { type: 'plain_text_input', value } };
    }
    const res = await postSlack(
      t.url,
      SLACK_SECRET,
      interactionBody(viewSubmissionPayload(c.kari.slackUserId!, { callback_id: DEPENDENCY_FORM, private_metadata: JSON.stringify({ initiativeId: c.helseplattformen.id, dependencyId: dep.id }), values: state })),
      FORM,
    );
    expect(res.json.response_action).toBe('errors');
    expect(Object.keys(res.json.errors)).toEqual(['description']);
    expect(t.slack.callsTo('views.update')).toHaveLength(0);
  });
});
