/**
 * Slack wants an answer within three seconds of sending a request, counting its own network time. A turn
 * answers within this budget, counted from the request's arrival here (not from when its listener starts:
 * signature checks and Bolt's middleware come first), leaving half a second for the network.
 * A turn that finishes inside the budget answers in the HTTP response as usual; a slower one answers
 * "working on it" and delivers its result when done.
 */
export const SLACK_ANSWER_BUDGET_MS = 2_500;

export type Budgeted<T> = { done: true; value: T } | { done: false; later: Promise<T> };

/** `work`'s value if it comes within `ms`, otherwise (or once `stop` resolves, if it comes first) the work still running. */
export async function withinBudget<T>(work: Promise<T>, ms: number = SLACK_ANSWER_BUDGET_MS, stop?: Promise<unknown>): Promise<Budgeted<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
    void stop?.then(() => resolve('late'));
  });
  try {
    const first = await Promise.race([work.then((value) => ({ value })), timeout]);
    return first === 'late' ? { done: false, later: work } : { done: true, value: first.value };
  } finally {
    clearTimeout(timer);
  }
}
