import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAdminKey } from '../security/adminKey.ts';
import { sendError } from './errors.ts';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/**
 * Checks `Authorization: Bearer <admin key>` before anything else runs (onRequest: the
 * body is not even parsed), so a refused request writes nothing. Wrong keys drain the
 * caller's failure bucket; an empty bucket is answered 429 whatever the key.
 */
export function requireAdminKey(app: FastifyInstance) {
  // Returning the reply after sending tells Fastify the request is answered here.
  return async (
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<FastifyReply | undefined> => {
    const { db, clock, credentialFailures } = app.placard;
    const now = clock.now();
    if (!credentialFailures.allows(request.ip, now)) {
      const retryAfter = credentialFailures.retryAfterSeconds(request.ip, now);
      void reply.header('retry-after', String(retryAfter));
      return sendError(
        reply,
        429,
        'rate_limited',
        `too many wrong keys; try again in ${retryAfter} s`,
      );
    }
    const header = request.headers.authorization;
    const key = header === undefined ? undefined : BEARER.exec(header)?.[1];
    if (key === undefined) {
      return sendError(
        reply,
        401,
        'unauthorized',
        'send the admin key as "Authorization: Bearer <key>"',
      );
    }
    if (!isAdminKey(db, key)) {
      credentialFailures.recordFailure(request.ip, now);
      return sendError(reply, 401, 'unauthorized', 'wrong admin key');
    }
    return undefined;
  };
}
