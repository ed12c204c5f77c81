import type { CommandDefinition } from '../conversation/handler-types.js';
import { reply } from '../conversation/reply.js';
import { decisionTexts } from './decision-texts.js';
import { attendanceFormReply, publishReply } from './decision-replies.js';
import { findMeeting } from './find-meeting.js';
import { openDecisions } from './open-decisions.js';
import { requireSecretariat } from './require-secretariat.js';
import { searchReply } from './search-command.js';

const PUBLISH = new Set(['publish', 'publiser']);
const ATTENDANCE = new Set(['attendance', 'oppmøte', 'oppmote']);
const SEARCH = new Set(['search', 'søk', 'sok']);

/**
 * `decisions NUIT 2/2026` / `vedtak NUIT 2/2026`: the meeting's items with a "record decision" button each;
 * `decisions publish NUIT 2/2026` / `vedtak publiser ...`; `decisions attendance ...` / `vedtak oppmøte ...`;
 * `decisions search ...` / `vedtak søk ...` (the same as `search decisions ...`).
 */
export const decisionsCommand: CommandDefinition = {
  name: 'decisions',
  aliases: ['vedtak', 'decision'],
  summary: decisionTexts.summary,
  usage: decisionTexts.usage,
  requiresPerson: true,
  async run(ctx, args) {
    const verb = args[0]?.toLowerCase() ?? '';
    if (SEARCH.has(verb)) return searchReply(ctx, args.slice(1));
    const rest = PUBLISH.has(verb) || ATTENDANCE.has(verb) ? args.slice(1) : args;
    const { meeting } = await findMeeting(ctx.services.db, rest);
    if (PUBLISH.has(verb)) return publishReply(ctx, meeting.id);
    if (ATTENDANCE.has(verb)) return attendanceFormReply(ctx, meeting.id);
    await requireSecretariat(ctx.services.db, ctx.actor.personId, meeting.committeeId);
    return reply.message(await openDecisions(ctx.services.db, meeting.id, ctx.actor.locale));
  },
};
