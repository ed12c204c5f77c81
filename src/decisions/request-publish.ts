import type { AppServices } from '../app/services.js';
import { AppError, ErrorCode } from '../errors.js';
import { decisionTexts } from './texts.js';
import { publishDecisionsJob } from './jobs/publish-decisions-job.js';

/**
 * The secretariat's "publish": queues the publishing job now, replacing the milestone's copy if it is still
 * waiting (same job id, so the two never both post). Refused when nothing is recorded.
 */
export async function requestPublish(services: AppServices, meetingId: string): Promise<void> {
  const recorded = await services.db.decision.count({ where: { item: { meetingId, removedAt: null } } });
  if (recorded === 0) throw new AppError(ErrorCode.Conflict, 'nothing to publish', decisionTexts.nothingToPublish);
  await services.jobs.reschedule(publishDecisionsJob, { meetingId }, services.clock());
}
