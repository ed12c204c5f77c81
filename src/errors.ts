import type { AnyText } from './i18n/text.js';

/** Stable codes for the errors the product knows about; each transport maps them once. */
export const ErrorCode = {
  InvalidConfig: 'invalid_config',
  NotFound: 'not_found',
  Forbidden: 'forbidden',
  InvalidInput: 'invalid_input',
  Conflict: 'conflict',
  UnknownPerson: 'unknown_person',
  PlatformUnavailable: 'platform_unavailable',
  PlatformRejected: 'platform_rejected',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * The one error type of the application. `userText` is what a person is shown, in their language;
 * `message` is for the log and must never contain secrets.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly userText?: AnyText,
    readonly userParams?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
