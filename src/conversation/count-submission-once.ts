import type { AppServices } from '../app/services.js';
import { t } from '../i18n/text.js';
import type { Actor } from './actor.js';
import { plainMessage } from './plain-message.js';
import { reply, type Reply } from './reply.js';
import { conversationTexts } from './texts.js';

/**
 * How long a second copy waits for the first one's reply before it answers "already being handled".
 * Short enough to stay inside Slack's answer budget with room to spare; a form turn is usually done by then.
 */
export const SUBMISSION_WAIT_MS = 1_500;
const POLL_MS = 50;

/** What running the submission gave: `settled` is false when nothing was changed (form errors, a failure). */
export interface SubmissionRun {
  reply: Reply;
  settled: boolean;
}

export interface Submission {
  key: string;
  formId: string;
  actor: Actor;
}

/**
 * Runs a form submission once per key. The key is claimed with an insert first, so of two copies arriving
 * together exactly one runs; the other waits briefly for its reply. A settled reply is stored and given to
 * every later copy; an unsettled one (form errors, a failure before anything was saved) frees the key, so
 * the person can fix the form and send it again. A claim whose process died stays: the person gets
 * "already being handled" and opens the form anew, rather than risking a second meeting.
 */
export async function countSubmissionOnce(services: Pick<AppServices, 'db' | 'log'>, submission: Submission, run: () => Promise<SubmissionRun>, waitMs = SUBMISSION_WAIT_MS): Promise<Reply> {
  const { db } = services;
  const deadline = Date.now() + waitMs;
  for (;;) {
    const { count } = await db.submission.createMany({
      data: [{ key: submission.key, formId: submission.formId, platform: submission.actor.platform, platformUserId: submission.actor.platformUserId }],
      skipDuplicates: true,
    });
    if (count === 1) return runClaimed(services, submission.key, run);
    const earlier = await db.submission.findUnique({ where: { key: submission.key } });
    if (earlier?.outcome) return earlier.outcome as unknown as Reply;
    // Gone: the first copy failed and freed the key; this copy claims it at the top of the loop.
    if (earlier && Date.now() >= deadline) return reply.message(plainMessage(t(submission.actor.locale, conversationTexts.alreadyBeingHandled)));
    if (earlier) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function runClaimed({ db, log }: Pick<AppServices, 'db' | 'log'>, key: string, run: () => Promise<SubmissionRun>): Promise<Reply> {
  let result: SubmissionRun;
  try {
    result = await run();
  } catch (error) {
    await db.submission.delete({ where: { key } }).catch(() => undefined);
    throw error;
  }
  if (!result.settled) {
    await db.submission.delete({ where: { key } }).catch(() => undefined);
    return result.reply;
  }
  // The change is saved: failing to store its reply must not turn into an error for the person.
  await db.submission.update({ where: { key }, data: { outcome: result.reply as object, doneAt: new Date() } })
    .catch((error: unknown) => log.error('could not store the reply of a submission', { key, error }));
  return result.reply;
}
