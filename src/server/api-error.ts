import { InvalidRequestError } from '../util/errors.ts';

/** OpenAI's error envelope: every field present, null where empty. */
export interface ErrorEnvelope {
  error: { message: string; type: string; param: string | null; code: string | null };
}

/**
 * An error the API answers with: an HTTP status and OpenAI's envelope. The
 * SDKs map the status to an error class (400 BadRequestError, 401
 * AuthenticationError, 404 NotFoundError, 429 RateLimitError, …) and retry
 * 408/409/429/5xx, so "not ready yet" is never a 409.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null = null,
    readonly param: string | null = null,
    readonly type = 'invalid_request_error',
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  toJSON(): ErrorEnvelope {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

/** A 400 for a bad field. */
export function badRequest(message: string, param: string | null = null, code = 'invalid_value'): ApiError {
  return new ApiError(400, message, code, param);
}

/** The 404 every unknown, malformed or other key's video id gets: nobody learns which ids exist. */
export function videoNotFound(id: string): ApiError {
  const shown = id.length > 80 ? `${id.slice(0, 80)}…` : id;
  return new ApiError(404, `No video found with id '${shown}'.`, 'video_not_found', 'video_id');
}

/** Maps anything thrown while handling a request to an ApiError (internal errors hide their details). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof InvalidRequestError) return badRequest(error.message, error.param);
  return new ApiError(500, 'The server had an error while processing your request.', 'server_error', null, 'server_error');
}
