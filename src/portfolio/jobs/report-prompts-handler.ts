import { defineJobHandler } from '../../jobs/job-handler.js';
import { refreshReportPrompts } from '../refresh-report-prompts.js';
import { reportPromptsJob } from './report-prompts-job.js';

/** Edits every prompt to report an initiative to say the report is in (`refresh-report-prompts.ts`). */
export const reportPromptsHandler = defineJobHandler(reportPromptsJob, {
  async handle({ roundId, initiativeId }, services) {
    await refreshReportPrompts(services, roundId, initiativeId);
  },
});
