/**
 * Error kinds shared by every front end. The CLI maps them to exit codes and the
 * server to HTTP statuses, so callers never have to parse messages.
 */

/** The caller asked for something invalid (exit code 2, HTTP 400). */
export class InvalidRequestError extends Error {
  override readonly name = 'InvalidRequestError';
  /** The request field at fault, when there is one (e.g. "width"). */
  readonly param: string | null;
  constructor(message: string, param: string | null = null) {
    super(message);
    this.param = param;
  }
}

/** The work was cancelled through its AbortSignal. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
  constructor(message = 'cancelled') {
    super(message);
  }
}

/** Throws CancelledError if the signal has fired. Called once per frame. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError(reasonText(signal.reason));
}

function reasonText(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  if (typeof reason === 'string' && reason) return reason;
  return 'cancelled';
}

/** A readable one-line description of any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
