import type { CalendarDay } from '../calendar/working-days.js';
import type { Db } from '../db/prisma.js';
import type { Locale } from '../i18n/locale.js';
import type { Message } from '../ui/model.js';
import { buildFollowUpsMessage } from './build-follow-ups-message.js';
import { listOpenFollowUps } from './list-open-follow-ups.js';

/**
 * The person's open follow-ups (and, for the secretariat, those of their committees), each with a "Done"
 * button: what `follow-ups` shows, and what replaces the list after "Done" is clicked in it.
 */
export async function loadFollowUpsMessage(db: Db, personId: string, today: CalendarDay, locale: Locale): Promise<Message> {
  return buildFollowUpsMessage(await listOpenFollowUps(db, personId), today, locale);
}
