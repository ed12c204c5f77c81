/** One queue carries every job; the job name selects the definition. */
export const QUEUE_NAME = 'jobs';
