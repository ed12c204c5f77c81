import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockActionPayload, interactionBody, postSlack, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, postActivity, type TeamsUser } from '../../helpers/teams-activities.js';
import { seedLargeRoster } from '../../helpers/fixtures/seed-large-roster.js';
import { allDelivered, seedCast, slackPostsTo, startCastAppWithLargeRoster, teamsSentTo, teamsUserOf, testClock, turnRed } from '../dependencies/dependency-fixtures.js';

const T0 = '2023-06-05T08:00:00Z';
const clock = testClock(T0);
const FORM = 'application/x-www-form-urlencoded';
const PEOPLE = 'saksgang.search.people';
const PROVIDERS = 'saksgang.search.providers';
const DEPENDENCY_FORM = 'saksgang.form.portfolio.dependency';

let t: TestApp;
let c: Awaited<ReturnType<typeof seedCast>>;
let big: Awaited<ReturnType<typeof seedLargeRoster>>;

beforeEach(async () => {
  ({ t, c, big } = await startCastAppWithLargeRoster(clock, T0, (cast) => cast.sara.slackUserId!));
}, 60_000);
afterEach(async () => t?.close());

const teamsUser = (p: { teamsUserId: string | null; aadObjectId: string | null }): TeamsUser => teamsUserOf(p);

/** What Slack sends as a person types into an external_select: a signed block_suggestion. */
async function slackSuggest(userId: string, dataset: string, value: string) {
  const payload = { type: 'block_suggestion', team: { id: 'T1' }, api_app_id: 'A1', user: { id: userId, team_id: 'T1' }, action_id: dataset, block_id: 'presenter', value, view: { id: 'V1', type: 'modal' } };
  return postSlack(t.url, SLACK_SECRET, interactionBody(payload), FORM);
}

/** What Teams sends as a person types into a Data.Query choice set: the application/search invoke. */
async function teamsSearch(user: TeamsUser, dataset: string, queryText: string, locale = 'en-US') {
  const base = cardActionActivity(t.connector.url, user, 'unused', {}, locale);
  const activity = { ...base, name: 'application/search', value: { kind: 'search', queryText, queryOptions: { skip: 0, top: 15 }, dataset } };
  return postActivity(t.url, activity);
}

const slackOptions = (res: { json: any }) => (res.json?.options ?? []) as { text: { text: string }; value: string }[];
const teamsResults = (res: { json: any }) => (res.json?.value?.results ?? []) as { title: string; value: string }[];

describe('person pickers search the whole 2,000-person roster', () => {
  it('Slack: block_suggestion finds people by part of the name and by organisation, case and accents ignored, 100 at most', async () => {
    expect(await t.db.prisma.person.count()).toBeGreaterThanOrEqual(2_000);
    const byName = await slackSuggest(c.sara.slackUserId!, PEOPLE, 'oystein');
    expect(byName.status).toBe(200);
    expect(slackOptions(byName)).toEqual([{ text: expect.objectContaining({ type: 'plain_text', text: 'Øystein Åsheim · Sykehuset Østfold' }), value: big.oystein.id }]);
    const byOrganisation = await slackSuggest(c.sara.slackUserId!, PEOPLE, 'ØSTFOLD');
    expect(slackOptions(byOrganisation).map((o) => o.value)).toEqual([big.oystein.id]);
    const partOfName = await slackSuggest(c.sara.slackUserId!, PEOPLE, 'person 1999');
    expect(slackOptions(partOfName).map((o) => o.text.text)).toEqual([expect.stringMatching(/^Testperson 1999 · Organisasjon \d\d$/)]);
    // By a generated organisation: its ~50 people come first (the phrase), every one of them.
    const org = await t.db.prisma.organisation.findFirstOrThrow({ where: { name: 'Organisasjon 17' }, include: { people: { select: { id: true } } } });
    const inOrg = slackOptions(await slackSuggest(c.sara.slackUserId!, PEOPLE, 'organisasjon 17'));
    expect(inOrg.slice(0, org.people.length).map((o) => o.value).sort()).toEqual(org.people.map((p) => p.id).sort());
    expect(org.people.length).toBeGreaterThan(40);
    const many = await slackSuggest(c.sara.slackUserId!, PEOPLE, 'testperson');
    expect(slackOptions(many)).toHaveLength(100);
    // Someone who fills in no form with a picker sees nobody.
    expect(slackOptions(await slackSuggest(c.stian.slackUserId!, PEOPLE, 'oystein'))).toEqual([]);
    // A data set we do not have is refused at the edge.
    expect((await slackSuggest(c.sara.slackUserId!, 'saksgang.search.secrets', 'a')).status).toBe(400);
  });

  it('Teams: the application/search invoke finds people by part of the name and by organisation', async () => {
    const byName = await teamsSearch(teamsUser(c.emma), PEOPLE, 'ÅSHEIM');
    expect(byName.status).toBe(200);
    expect(byName.json).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.search.searchResponse' });
    expect(teamsResults(byName)).toEqual([{ title: 'Øystein Åsheim · Sykehuset Østfold', value: big.oystein.id }]);
    expect(teamsResults(await teamsSearch(teamsUser(c.emma), PEOPLE, 'sykehuset ostfold')).map((r) => r.value)).toEqual([big.oystein.id]);
    expect(teamsResults(await teamsSearch(teamsUser(c.emma), PEOPLE, 'testperson'))).toHaveLength(15);
    expect(teamsResults(await teamsSearch(teamsUser(c.emma), PROVIDERS, 'e-resept')).map((r) => r.title)).toContain('E-resept forskrivningsmodul (initiative · Direktoratet for e-helse 1)'.replace(' 1)', `${c.ehelse.name.slice('Direktoratet for e-helse'.length)})`));
    expect((await teamsSearch(teamsUser(c.emma), 'saksgang.search.secrets', 'a')).status).toBe(400);
  });
});

describe('a dependency’s provider is picked from the roster', () => {
  const values = (description: string, provider: Record<string, string>) => ({ description, category: 'national_solutions', criticality: 'high', status: 'red', dueDate: '2023-08-31', resolved: 'open', ...provider });

  function slackState(v: Record<string, string>) {
    const state: Record<string, Record<string, unknown>> = {};
    for (const [id, value] of Object.entries(v)) {
      if (id === 'provider') state[id] = { [PROVIDERS]: { type: 'external_select', selected_option: value ? { value } : null } };
      else if (['category', 'criticality', 'status', 'resolved'].includes(id)) state[id] = { [id]: { type: 'static_select', selected_option: { value } } };
      else if (id === 'dueDate') state[id] = { [id]: { type: 'datepicker', selected_date: value } };
      else state[id] = { [id]: { type: 'plain_text_input', value } };
    }
    return state;
  }

  it('Slack: a searched person saves; free text is marked "not in the roster"; changing a red one’s provider tells the new provider', async () => {
    // Found by search, then submitted: saved as the person.
    const found = slackOptions(await slackSuggest(c.kari.slackUserId!, PROVIDERS, 'oystein'));
    expect(found.map((o) => o.text.text)).toEqual(['Øystein Åsheim (person · Sykehuset Østfold)']);
    const submit = (context: Record<string, string>, v: Record<string, string>) =>
      postSlack(t.url, SLACK_SECRET, interactionBody(viewSubmissionPayload(c.kari.slackUserId!, { callback_id: DEPENDENCY_FORM, private_metadata: JSON.stringify(context), values: slackState(v) })), FORM);
    await submit({ initiativeId: c.helseplattformen.id }, values('Søkt leverandør', { provider: found[0]!.value, providerText: '' }));
    const saved = await waitFor(() => t.db.prisma.dependency.findFirst({ where: { description: 'Søkt leverandør' } }), 10_000, 'dependency saved');
    expect(saved).toMatchObject({ providerPersonId: big.oystein.id, providerText: null });

    // Free text: kept, and the confirmation says nobody is told.
    await submit({ initiativeId: c.helseplattformen.id }, values('Fritekst', { provider: '', providerText: 'Ukjent Leverandør AS' }));
    await waitFor(() => t.db.prisma.dependency.findFirst({ where: { description: 'Fritekst', providerText: 'Ukjent Leverandør AS' } }), 10_000, 'free text saved');
    const confirmed = await waitFor(() => slackPostsTo(t, c.kari.slackUserId!).find((p) => JSON.stringify(p.args).includes('Ukjent Leverandør AS')), 10_000, 'confirmation');
    expect(JSON.stringify(confirmed.args)).toContain('ikke i rosteret: ingen blir varslet');

    // A red dependency's provider changed to Lise's organisation: Lise (its portfolio contact, Teams) is told.
    const dep = await turnRed(t, new Date(T0), { initiativeId: c.helseplattformen.id, description: 'Ny leverandør', providerInitiativeId: c.eresept.id, dueDate: '2023-08-31' });
    await allDelivered(t);
    expect(teamsSentTo(t, c.lise.teamsUserId!)).toHaveLength(0);
    const nhn = slackOptions(await slackSuggest(c.kari.slackUserId!, PROVIDERS, 'norsk helsenett'));
    const organisation = nhn.find((o) => o.value.startsWith('organisation:'))!;
    await submit({ initiativeId: c.helseplattformen.id, dependencyId: dep.id }, values('Ny leverandør', { provider: organisation.value, providerText: '' }));
    await waitFor(async () => (await t.db.prisma.dependency.findUnique({ where: { id: dep.id } }))?.providerOrganisationId === c.nhn.id, 10_000, 'provider changed');
    const told = await waitFor(() => teamsSentTo(t, c.lise.teamsUserId!).find((s) => JSON.stringify(s.body).includes('Du er ny leverandør')), 10_000, 'new provider told');
    expect(JSON.stringify(told.body)).toContain('Ny leverandør');
    expect(await t.db.prisma.fanOut.count({ where: { kind: 'dependency-provider-named' } })).toBe(1);
    const kariSays = await waitFor(() => slackPostsTo(t, c.kari.slackUserId!).find((p) => JSON.stringify(p.args).includes('Den nye leverandøren er varslet')), 10_000, 'kari told');
    expect(JSON.stringify(kariSays.args)).toContain('1 person');

    // The edit form shows the chosen provider as the picker's initial option.
    t.slack.reset();
    await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(c.kari.slackUserId!, 'saksgang.portfolio.dependency-edit', JSON.stringify({ dependencyId: dep.id }))), FORM);
    const opened = await waitFor(() => t.slack.callsTo('views.open')[0], 10_000, 'edit form');
    const blocks = (opened.args.view as { blocks: { block_id?: string; element?: any }[] }).blocks;
    const picker = blocks.find((b) => b.block_id === 'provider')!.element;
    expect(picker).toMatchObject({ type: 'external_select', action_id: PROVIDERS, min_query_length: 2, initial_option: { value: `organisation:${c.nhn.id}` } });
    expect(picker.initial_option.text.text).toContain(c.nhn.name);
  });

  it('Teams: a searched person saves, and changing a red dependency’s provider tells the new provider (Kari, on Slack)', async () => {
    const found = teamsResults(await teamsSearch(teamsUser(c.emma), PROVIDERS, 'kari nordmann'));
    const kari = found.find((r) => r.value.startsWith('person:'))!;
    expect(kari.title).toContain('Kari Nordmann (person');
    const dep = await turnRed(t, new Date(T0), { initiativeId: c.eresept.id, description: 'Teams provider', providerText: 'Someone', dueDate: '2023-08-31' });
    await allDelivered(t);
    t.slack.reset();
    const res = await postActivity(
      t.url,
      cardActionActivity(t.connector.url, teamsUser(c.emma), DEPENDENCY_FORM, { _formId: DEPENDENCY_FORM, _context: { initiativeId: c.eresept.id, dependencyId: dep.id }, ...values('Teams provider', { provider: kari.value, providerText: '' }) }, 'en-US'),
    );
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json)).toContain('The new provider is told (1 person)');
    expect(await t.db.prisma.dependency.findUnique({ where: { id: dep.id } })).toMatchObject({ providerPersonId: c.kari.id, providerText: null });
    const told = await waitFor(() => slackPostsTo(t, c.kari.slackUserId!).find((p) => JSON.stringify(p.args).includes('Du er ny leverandør')), 10_000, 'Kari told');
    expect(JSON.stringify(told.args)).toContain('Teams provider');

    // The card with the form: a Data.Query choice set, the chosen provider as its one static choice.
    const edit = await postActivity(t.url, cardActionActivity(t.connector.url, teamsUser(c.emma), 'saksgang.portfolio.dependency-edit', { _payload: { dependencyId: dep.id } }, 'en-US'));
    expect(edit.status).toBe(200);
    const card = await waitFor(() => teamsSentTo(t, c.emma.teamsUserId!).map((s) => JSON.stringify(s.body)).find((b) => b.includes('Data.Query')), 10_000, 'form card');
    const body = JSON.parse(card);
    const input = JSON.stringify(body).match(/\{[^{}]*"id":"provider"[^{}]*\{[^{}]*\}[^{}]*\[[^\]]*\][^{}]*\}/)?.[0] ?? '';
    expect(input).toContain(`"dataset":"${PROVIDERS}"`);
    expect(input).toContain(`"value":"person:${c.kari.id}"`);
  });
});
