import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

/** The one error body of the HTTP API. */
export interface ApiError {
  readonly error: {
    readonly code: string;
    readonly message: string;
    /** For `invalid`: the path of the first bad field, e.g. `members.3.code`. */
    readonly field?: string;
  };
}

/** Sends `{ error: { code, message, field? } }` with the status. */
export function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  field?: string,
): FastifyReply {
  const body: ApiError = {
    error: field === undefined ? { code, message } : { code, message, field },
  };
  return reply.status(status).send(body);
}

/** The field a zod failure is about and a sentence naming it ("members.3.p5: …"). */
export function describeIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  if (issue === undefined) return { field: 'body', message: 'body: invalid' };
  const path = issue.path.map(String);
  // An unknown key is reported at its parent; name the key itself.
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  const field = path.length === 0 ? 'body' : path.join('.');
  return { field, message: `${field}: ${issue.message}` };
}

/** Sends 400 `invalid` for a zod failure, naming the field. */
export function sendInvalid(reply: FastifyReply, error: z.ZodError): FastifyReply {
  const { field, message } = describeIssue(error);
  return sendError(reply, 400, 'invalid', message, field);
}

/**
 * Fastify's own errors (malformed JSON, body too large, …) in the API's error shape;
 * anything unexpected is logged and answered 500 without details.
 */
export function handleError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return sendError(reply, 500, 'internal', 'the server failed to handle this request');
  }
  const code =
    status === 400
      ? 'invalid'
      : status === 413
        ? 'too_large'
        : status === 415
          ? 'unsupported_media_type'
          : 'bad_request';
  return sendError(reply, status, code, error.message, status === 400 ? 'body' : undefined);
}
