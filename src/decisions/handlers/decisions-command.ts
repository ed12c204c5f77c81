import { assertAccess } from '../../access/decide-access.js';
import type { CommandDefinition } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { AppError, ErrorCode } from '../../errors.js';
import { findCommittee, findHeldMeeting } from '../../meetings/find-meeting.js';
import { decisionTexts } from '../texts.js';
import { sendDecisionOverview } from '../send-decision-overview.js';
import { publishReply } from './publish-decisions.js';
import { attendanceFormReply } from './record-attendance.js';
import { searchReply } from './search-command.js';

const PUBLISH = new Set(['publish', 'publiser']);
const ATTENDANCE = new Set(['attendance', 'oppmøte', 'oppmote']);
const SEARCH = new Set(['search', 'søk', 'sok']);

/**
 * `decisions NUIT 2/2026` / `vedtak NUIT 2/2026` (without a number: the last meeting held): the meeting's items with a
 * "record decision" button each, sent as a direct message that follows every saved decision;
 * `decisions publish NUIT 2/2026` / `vedtak publiser ...`; `decisions attendance ...` / `vedtak oppmøte ...`;
 * `decisions search ...` / `vedtak søk ...` (the same as `search decisions ...`).
 */
export const decisionsCommand: CommandDefinition = {
  name: 'decisions',
  aliases: ['vedtak', 'decision'],
  summary: decisionTexts.summary,
  usage: decisionTexts.usage,
  requiresPerson: true,
  audience: 'secretariat',
  async run(ctx, args) {
    const verb = args[0]?.toLowerCase() ?? '';
    if (SEARCH.has(verb)) return searchReply(ctx, args.slice(1));
    const rest = PUBLISH.has(verb) || ATTENDANCE.has(verb) ? args.slice(1) : args;
    const [key, number] = rest;
    if (!key) throw new AppError(ErrorCode.InvalidInput, 'meeting reference missing', decisionTexts.meetingUsage);
    const committee = await findCommittee(ctx.services.db, key);
    const meeting = await findHeldMeeting(ctx.services.db, committee, number, ctx.services.clock());
    if (PUBLISH.has(verb)) return publishReply(ctx, meeting.id);
    if (ATTENDANCE.has(verb)) return attendanceFormReply(ctx, meeting.id);
    await assertAccess(ctx.services.db, ctx.actor.personId, { action: 'record_decisions', committeeId: meeting.committeeId });
    // The overview comes as a direct message kept in the outbox, so saving a decision edits it in place later.
    await sendDecisionOverview(ctx.services, { meetingId: meeting.id, personId: ctx.actor.personId!, locale: ctx.actor.locale, platform: ctx.actor.platform, platformUserId: ctx.actor.platformUserId });
    return reply.none();
  },
};
