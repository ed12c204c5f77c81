/**
 * Thrown by a handler that may not run yet (e.g. a delivery whose paced slot is in the future): the worker
 * puts the job back until then without using up an attempt or logging a failure, and the worker slot is
 * free for other jobs meanwhile.
 */
export class DeferJobError extends Error {
  constructor(readonly delayMs: number) {
    super(`deferred for ${delayMs} ms`);
    this.name = 'DeferJobError';
  }
}
