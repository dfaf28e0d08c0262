// The API's one error shape: { code, message, field }. `field` names the query parameter, path parameter
// or body field at fault (null when the request as a whole is). Handlers throw ApiError; app.ts renders it.
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ErrorBody {
  /** Stable, machine-readable: invalid_parameter, unknown_parameter, not_found, unauthorized, payload_too_large, … */
  code: string;
  /** A sentence a person can act on. */
  message: string;
  field: string | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }

  get body(): ErrorBody {
    return { code: this.code, message: this.message, field: this.field };
  }
}

export const notFound = (what: string, field: string | null = null) => new ApiError(404, 'not_found', `${what} not found`, field);

export const invalid = (field: string, message: string) => new ApiError(400, 'invalid_parameter', message, field);
