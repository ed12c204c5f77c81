import type { AppServices } from '../app/services.js';
import { toLocale } from '../i18n/locale.js';
import { defineTexts, t } from '../i18n/text.js';
import { sendToPerson } from '../outbox/send-to-person.js';

export const jobFailureTexts = defineTexts({
  notice: {
    nb: (p: { job: string; jobId: string; reason: string }) =>
      `⚠️ Saksgang klarte ikke å kjøre den planlagte jobben ${p.job} (${p.jobId}): ${p.reason}. Den blir ikke forsøkt igjen av seg selv; se i loggen og gjør handlingen på nytt om den trengs.`,
    en: (p: { job: string; jobId: string; reason: string }) =>
      `⚠️ Saksgang could not run the scheduled job ${p.job} (${p.jobId}): ${p.reason}. It is not tried again by itself; see the log and redo the action if it is still needed.`,
  },
});

export const JOB_FAILURE_KIND = 'job_failure';

/** A reason is cut to this length in the notice: a schema error can be long, the log keeps it whole. */
const REASON_CHARS = 300;

/**
 * Tells every secretariat member that a job failed for good and has no failure handling of its own (or its
 * payload could no longer be read), so no scheduled work is lost in silence. One notice per job and person.
 */
export async function notifyJobFailure(services: AppServices, failure: { name: string; jobId: string; reason: string }): Promise<void> {
  const memberships = await services.db.membership.findMany({ where: { role: 'secretariat' }, include: { person: true } });
  const seen = new Set<string>();
  const reason = failure.reason.length > REASON_CHARS ? `${failure.reason.slice(0, REASON_CHARS)}…` : failure.reason;
  for (const { person } of memberships) {
    if (seen.has(person.id)) continue;
    seen.add(person.id);
    const text = t(toLocale(person.locale), jobFailureTexts.notice, { job: failure.name, jobId: failure.jobId, reason });
    await sendToPerson(services, {
      personId: person.id,
      kind: JOB_FAILURE_KIND,
      idempotencyKey: `job-failure.${failure.jobId}.${person.id}`,
      message: { text, blocks: [{ type: 'text', text }] },
    });
  }
}
