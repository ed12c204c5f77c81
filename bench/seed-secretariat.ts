import { MeetingFormIds } from '../src/meetings/ids.js';
import { interactionBody, postSlack, viewSubmissionPayload } from '../test/helpers/slack-requests.js';
import { SLACK_SECRET, type TestApp } from '../test/helpers/start-test-app.js';

const FORM = 'application/x-www-form-urlencoded';
const text = (id: string, value: string) => ({ [id]: { [id]: { type: 'plain_text_input', value } } });

export interface SecretariatData {
  committeeId: string;
  meetingId: string;
  /** Slack user id of the secretariat member who runs the meeting. */
  secretary: string;
  /** Presenters, each with the agenda item whose paper they owe. */
  presenters: { slackUserId: string; itemId: string }[];
}

/**
 * What a secretariat has on a normal day: NUIT with 20 members on Slack, a meeting planned through the
 * meeting form (so its deadlines, jobs and invitations are real) and ten agenda items, each with its own
 * presenter, added through the item form. Expects the app's clock at 1 March 2021.
 */
export async function seedSecretariat(t: TestApp): Promise<SecretariatData> {
  const db = t.db.prisma;
  const committee = await db.committee.create({ data: { key: 'NUIT', name: 'NUIT – Prioriteringsutvalget', cycle: 'nuit', slackChannelId: 'C0NUIT', treatsPortfolio: true } });
  const kari = await db.person.create({ data: { key: 'kari', name: 'Kari Nordmann', email: 'kari@example.no', slackUserId: 'UKARI' } });
  await db.membership.create({ data: { committeeId: committee.id, personId: kari.id, role: 'secretariat' } });
  const members = [];
  for (let i = 0; i < 20; i += 1) {
    const person = await db.person.create({ data: { key: `m${i}`, name: `Medlem ${i}`, email: `m${i}@example.no`, slackUserId: `UM${i}` } });
    await db.membership.create({ data: { committeeId: committee.id, personId: person.id, role: 'member' } });
    members.push(person);
  }
  const submit = (callbackId: string, metadata: object, values: Record<string, Record<string, unknown>>) =>
    postSlack(t.url, SLACK_SECRET, interactionBody(viewSubmissionPayload('UKARI', { callback_id: callbackId, private_metadata: JSON.stringify(metadata), values })), FORM);
  await submit(MeetingFormIds.meeting, { committeeId: committee.id }, {
    date: { date: { type: 'datepicker', selected_date: '2021-05-20' } },
    start: { start: { type: 'timepicker', selected_time: '10:00' } },
    end: { end: { type: 'timepicker', selected_time: '15:00' } },
    ...text('place', 'Møterom Fjorden'),
    ...text('videoLink', 'https://teams.example.no/nuit'),
  });
  const meeting = await db.meeting.findFirstOrThrow({ where: { committeeId: committee.id } });
  const presenters = [];
  for (let i = 0; i < 10; i += 1) {
    const person = members[i]!;
    await submit(MeetingFormIds.item, { meetingId: meeting.id }, {
      type: { type: { type: 'static_select', selected_option: { value: 'discussion' } } },
      ...text('title', `Sak fra medlem ${i}`),
      presenter: { presenter: { type: 'static_select', selected_option: { value: person.id } } },
      ...text('proposedDecision', 'NUIT tar saken til orientering.'),
    });
    const item = await db.agendaItem.findFirstOrThrow({ where: { meetingId: meeting.id, title: `Sak fra medlem ${i}` } });
    presenters.push({ slackUserId: person.slackUserId!, itemId: item.id });
  }
  return { committeeId: committee.id, meetingId: meeting.id, secretary: 'UKARI', presenters };
}
