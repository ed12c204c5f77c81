import type { AppServices } from '../app/services.js';
import { updateCommitteePost } from '../outbox/post-to-committee.js';
import { buildDecisionSummary } from './build-decision-summary.js';
import { decisionKeys } from './ids.js';
import { loadMeetingDecisions } from './load-meeting-decisions.js';

/**
 * Re-renders a meeting's decision summary and, when it was already posted, edits the posted message in place
 * on every platform it was posted to (Slack `chat.update`, Teams activity update). Does nothing before publishing.
 */
export async function updatePostedSummary(services: AppServices, meetingId: string): Promise<void> {
  const meeting = await loadMeetingDecisions(services.db, meetingId);
  if (!meeting.decisionsPublishedAt) return;
  await updateCommitteePost(services, { committeeId: meeting.committeeId, idempotencyKey: decisionKeys.summary(meetingId), build: (locale) => buildDecisionSummary(meeting, locale) });
}
