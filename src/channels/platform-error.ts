import { AppError, ErrorCode } from '../errors.js';
import type { Platform } from './gateway.js';

/**
 * A failed platform call, classified once by the gateway that made it:
 * - retryable (rate limit, 5xx, time-out, network): the job tries again, after `retryAfterMs` when given;
 * - permanent (archived channel, removed user, no access): retrying cannot help; the secretariat is told.
 */
export class PlatformError extends AppError {
  constructor(
    readonly platform: Platform,
    readonly reason: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(retryable ? ErrorCode.PlatformUnavailable : ErrorCode.PlatformRejected, `${platform}: ${reason}`);
    this.name = 'PlatformError';
  }
}
