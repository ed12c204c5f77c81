import { assertAccess } from '../../access/decide-access.js';
import type { CommandDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { t } from '../../i18n/text.js';
import { distributeNow } from '../distribute-now.js';
import { distributeConfirmation } from './distribute-now.js';
import { findCommittee, findMeeting } from '../find-meeting.js';
import { meetingLabel } from '../../i18n/format-numbers.js';
import { buildCancelForm, buildMeetingForm } from '../meeting-forms.js';
import { meetingTexts } from '../texts.js';
import { showAgendas } from '../show-agendas.js';
import { showMeetingStatus } from '../show-meeting-status.js';

const VERBS: Record<string, 'new' | 'status' | 'agenda' | 'move' | 'cancel' | 'distribute'> = {
  new: 'new',
  ny: 'new',
  nytt: 'new',
  status: 'status',
  agenda: 'agenda',
  saksliste: 'agenda',
  dagsorden: 'agenda',
  move: 'move',
  flytt: 'move',
  cancel: 'cancel',
  avlys: 'cancel',
  distribute: 'distribute',
  distribuer: 'distribute',
};

/**
 * `meeting new NUIT` / `møte ny NUIT` opens the meeting form; `status`, `agenda`/`saksliste`, `move`/`flytt`,
 * `cancel`/`avlys` and `distribute`/`distribuer` take a committee and optionally a meeting number "2/2026"
 * (default: the committee's next meeting). `agenda` without a committee: the next meetings of the asker's
 * committees (as the `agenda`/`saksliste` command).
 */
export const meetingCommand: CommandDefinition = {
  name: 'meeting',
  aliases: ['møte', 'mote'],
  summary: meetingTexts.commandSummary,
  usage: meetingTexts.commandUsage,
  requiresPerson: true,
  audience: 'secretariat',
  async run({ actor, services }, args) {
    const { db } = services;
    const locale = actor.locale;
    const verb = VERBS[(args[0] ?? '').toLowerCase()];
    if (verb === 'agenda') {
      const [, committeeKey, meetingNumber] = args;
      return reply.message(
        await showAgendas(services, { personId: actor.personId!, locale, ...(committeeKey ? { committeeKey } : {}), ...(meetingNumber ? { meetingNumber } : {}) }),
      );
    }
    if (!verb || !args[1]) return reply.message(plainMessage(t(locale, meetingTexts.commandHelp)));
    const committee = await findCommittee(db, args[1]);
    if (verb === 'new') {
      await assertAccess(db, actor.personId, { action: 'manage_meeting', committeeId: committee.id });
      return reply.form(buildMeetingForm(locale, { committeeId: committee.id, committeeKey: committee.key }));
    }
    const found = await findMeeting(db, committee, args[2], services.clock());
    switch (verb) {
      case 'status':
        await assertAccess(db, actor.personId, { action: 'view_meeting_status', committeeId: committee.id });
        return reply.message(await showMeetingStatus(services, found.id, locale));
      case 'move':
        await assertAccess(db, actor.personId, { action: 'manage_meeting', committeeId: committee.id });
        return reply.form(buildMeetingForm(locale, { ...found, meetingId: found.id, timeZone: committee.timeZone }));
      case 'cancel':
        await assertAccess(db, actor.personId, { action: 'manage_meeting', committeeId: committee.id });
        return reply.form(buildCancelForm(locale, { id: found.id, label: meetingLabel({ ...found, committee }) }));
      case 'distribute':
        await assertAccess(db, actor.personId, { action: 'manage_meeting', committeeId: committee.id });
        // Nothing to ask when it would be refused anyway (cancelled, already distributed).
        if (found.state === 'cancelled' || found.distributedAt) return reply.message(plainMessage(await distributeNow(services, found.id, locale)));
        return reply.message(distributeConfirmation(locale, { ...found, committee }));
    }
  },
};
