// The typed error every server function throws for something the user can act on. Its code
// picks the HTTP status and the localized message (errors.<code> in lib/i18n/messages).
export const APP_ERROR_STATUS = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  invalid_input: 422,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** safe to show: field errors, the current version on a conflict… */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

const UNAVAILABLE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|DatabaseNotReachable|Can't reach database|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|timeout exceeded when trying to connect/i;

/** PostgreSQL down, restarting or out of reach (not a bug in the request): answered with 503. */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (let cur = e, depth = 0; cur && depth < 5; depth++) {
    const err = cur as { code?: unknown; message?: unknown; cause?: unknown };
    if (err.code === 'P1001' || err.code === 'P1002' || err.code === 'P1017' || err.code === 'P2024' || err.code === 'ECONNREFUSED' || err.code === '57P01' || err.code === '57P03') return true;
    if (typeof err.message === 'string' && UNAVAILABLE.test(err.message)) return true;
    cur = err.cause;
  }
  return false;
}
