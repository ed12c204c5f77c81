import { defineJobHandler } from '../../jobs/job-handler.js';
import { runMilestone } from '../run-milestone.js';
import { sendEscalation } from '../send-escalation.js';
import { sendMilestoneReminder } from '../send-milestone-reminder.js';
import { escalationJob, milestoneJob, reminderJob } from './meeting-jobs.js';

/** Each is safe to run twice: every message has an outbox key, every state change is conditional. */
export const milestoneHandler = defineJobHandler(milestoneJob, { handle: (p, services) => runMilestone(services, p) });

export const reminderHandler = defineJobHandler(reminderJob, { handle: (p, services) => sendMilestoneReminder(services, p) });

export const escalationHandler = defineJobHandler(escalationJob, { handle: (p, services) => sendEscalation(services, p) });
