/**
 * Slack wants an answer within three seconds. A turn that finishes inside the budget answers in the HTTP
 * response as usual; a slower one answers "working on it" at once and delivers its result when done.
 */
export const SLACK_ANSWER_BUDGET_MS = 2_500;

export type Budgeted<T> = { done: true; value: T } | { done: false; later: Promise<T> };

export async function withinBudget<T>(work: Promise<T>, ms: number = SLACK_ANSWER_BUDGET_MS): Promise<Budgeted<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    const first = await Promise.race([work.then((value) => ({ value })), timeout]);
    return first === 'late' ? { done: false, later: work } : { done: true, value: first.value };
  } finally {
    clearTimeout(timer);
  }
}
