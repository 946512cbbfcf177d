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
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const { db, clock, credentialFailures } = app.placard;
    const now = clock.now();
    if (!credentialFailures.allows(request.ip, now)) {
      const retryAfter = credentialFailures.retryAfterSeconds(request.ip, now);
      void reply.header('retry-after', String(retryAfter));
      await sendError(
        reply,
        429,
        'rate_limited',
        `too many wrong keys; try again in ${retryAfter} s`,
      );
      return;
    }
    const header = request.headers.authorization;
    const key = header === undefined ? undefined : BEARER.exec(header)?.[1];
    if (key === undefined) {
      await sendError(
        reply,
        401,
        'unauthorized',
        'send the admin key as "Authorization: Bearer <key>"',
      );
      return;
    }
    if (!isAdminKey(db, key)) {
      credentialFailures.recordFailure(request.ip, now);
      await sendError(reply, 401, 'unauthorized', 'wrong admin key');
    }
  };
}
