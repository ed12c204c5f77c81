import type { TestApp } from '../../helpers/start-test-app.js';

/** A Slack modal's state.values for the given field values (block id = action id = field id). */
export function slackValues(values: Record<string, string | string[] | null>) {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [id, value] of Object.entries(values)) {
    if (Array.isArray(value)) out[id] = { [id]: { type: 'multi_static_select', selected_options: value.map((v) => ({ value: v })) } };
    else if (id === 'dueDate') out[id] = { [id]: { type: 'datepicker', selected_date: value } };
    else if (['overall', 'risk', 'lifecycle', 'mainGoal', 'mode', 'category', 'criticality', 'status', 'resolved'].includes(id))
      out[id] = { [id]: { type: 'static_select', selected_option: value === null ? null : { value } } };
    else out[id] = { [id]: { type: 'plain_text_input', value } };
  }
  return out;
}

export const teamsRef = (url: string, id: string) => ({ channelId: 'msteams', serviceUrl: url, conversation: { id: `a:dm-${id}` }, bot: { id: '28:bot' }, user: { id } });

/** People, organisations and the committee that treats the portfolio. */
export async function seedPeople(t: TestApp) {
  const db = t.db.prisma;
  const ehelse = await db.organisation.create({ data: { key: 'ehelse', name: 'Direktoratet for e-helse' } });
  const hmn = await db.organisation.create({ data: { key: 'hmn', name: 'Helse Midt-Norge RHF' } });
  const hdir = await db.organisation.create({ data: { key: 'hdir', name: 'Helsedirektoratet' } });
  const person = (key: string, name: string, extra: Record<string, unknown>) =>
    db.person.create({ data: { key, name, email: `${key}@example.no`, locale: 'nb', ...extra } });
  const sara = await person('sara', 'Sara Sekretariat', { slackUserId: 'USARA', teamsUserId: '29:sara', aadObjectId: 'aad-sara' });
  const kari = await person('kari', 'Kari Nordmann', { slackUserId: 'UKARI', organisationId: ehelse.id });
  const emma = await person('emma', 'Emma Hansen', { locale: 'en', teamsUserId: '29:emma', aadObjectId: 'aad-emma', teamsConversationRef: teamsRef(t.connector.url, '29:emma'), organisationId: hmn.id });
  const per = await person('per', 'Per Paus', { slackUserId: 'UPER', organisationId: hdir.id });
  const lise = await person('lise', 'Lise Kontakt', { slackUserId: 'ULISE', organisationId: hdir.id });
  const stian = await person('stian', 'Stian Fremmed', { slackUserId: 'USTIAN' });
  const nuit = await db.committee.create({ data: { key: 'NUIT', name: 'NUIT', slackChannelId: 'C0NUIT', treatsPortfolio: true } });
  await db.membership.create({ data: { committeeId: nuit.id, personId: sara.id, role: 'secretariat' } });
  await db.portfolioContact.create({ data: { organisationId: hdir.id, personId: lise.id } });
  return { ehelse, hmn, hdir, sara, kari, emma, per, lise, stian, nuit };
}
