import type { AppServices } from '../app/services.js';
import { updateDelivery } from '../outbox/enqueue-delivery.js';
import { buildDecisionSummary } from './build-decision-summary.js';
import { decisionKeys } from './ids.js';
import { loadMeetingDecisions } from './load-meeting-decisions.js';

/**
 * Re-renders a meeting's decision summary and, when it was already posted, edits the posted message in place
 * (Slack `chat.update`, Teams activity update). Does nothing before publishing.
 */
export async function updatePostedSummary(services: AppServices, meetingId: string): Promise<void> {
  const meeting = await loadMeetingDecisions(services.db, meetingId);
  if (!meeting.decisionsPublishedAt) return;
  await updateDelivery(services, decisionKeys.summary(meetingId), buildDecisionSummary(meeting, services.config.DEFAULT_LOCALE));
}
