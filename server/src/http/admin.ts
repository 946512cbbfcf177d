import type { FastifyInstance, FastifyReply } from 'fastify';
import { CommitteeIdTakenError } from '../committees/committeeId.ts';
import { provisionCommittee } from '../committees/provision.ts';
import { UnknownSeatError } from '../security/access.ts';
import {
  committeeToCreate,
  linksQuerySchema,
  parseCreateCommitteeBody,
  reissueBodySchema,
} from './adminBodies.ts';
import { requireAdminKey } from './adminAuth.ts';
import { sendError, sendInvalid } from './errors.ts';
import { issuedLinksView, linkTemplatesView } from './linkViews.ts';

type IdParams = { Params: { id: string }; Querystring: unknown };

/** The admin API under /api/admin, every route behind the admin key. */
export async function adminRoutes(app: FastifyInstance): Promise<void> {
  app.addHook('onRequest', requireAdminKey(app));
  const { committees, access, clock } = app.placard;

  const notFound = (reply: FastifyReply) =>
    sendError(reply, 404, 'not_found', 'there is no such committee');

  /** Create a committee from a kept template or a custom roster; answers its links once. */
  app.post<{ Querystring: unknown }>('/committees', async (request, reply) => {
    const query = linksQuerySchema.safeParse(request.query);
    if (!query.success) return sendInvalid(reply, query.error);
    const parsed = parseCreateCommitteeBody(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    try {
      const created = provisionCommittee(committees, {
        ...committeeToCreate(parsed.data),
        now: clock.now(),
      });
      request.log.info({ committee: created.committee.id }, 'committee created');
      const view = await issuedLinksView(
        app.placard.publicUrl(),
        created.committee,
        created,
        query.data.qr === 'svg',
      );
      return reply.status(201).send(view);
    } catch (error) {
      if (error instanceof CommitteeIdTakenError)
        return sendError(reply, 409, 'conflict', error.message, 'id');
      throw error;
    }
  });

  app.get('/committees', () => {
    const baseUrl = app.placard.publicUrl();
    return committees.list().map((committee) => ({
      id: committee.id,
      name: committee.name,
      topic: committee.topic,
      members: committee.template.members.length,
      invitees: committee.template.invitees.length,
      headSeq: committee.headSeq,
      createdAt: committee.createdAt,
      boardLink: `${baseUrl}/board/${committee.id}`,
    }));
  });

  app.get<IdParams>('/committees/:id/links', (request, reply) => {
    const committee = committees.get(request.params.id);
    if (committee === null) return notFound(reply);
    return linkTemplatesView(app.placard.publicUrl(), committee, committees.seats(committee.id));
  });

  /** Mint a new chair key and/or seat tokens: the old ones stop working at once. */
  app.post<IdParams>('/committees/:id/keys/reissue', async (request, reply) => {
    const committee = committees.get(request.params.id);
    if (committee === null) return notFound(reply);
    const query = linksQuerySchema.safeParse(request.query);
    if (!query.success) return sendInvalid(reply, query.error);
    const body = reissueBodySchema.safeParse(request.body);
    if (!body.success) return sendInvalid(reply, body.error);
    try {
      const keys = access.reissue(committee.id, body.data, clock.now());
      request.log.info(
        {
          committee: committee.id,
          chair: keys.chairKey !== undefined,
          seats: keys.seatTokens.length,
        },
        'keys reissued',
      );
      return await issuedLinksView(
        app.placard.publicUrl(),
        committee,
        keys,
        query.data.qr === 'svg',
      );
    } catch (error) {
      if (error instanceof UnknownSeatError) {
        return sendError(reply, 400, 'invalid', `seats: ${error.message}`, 'seats');
      }
      throw error;
    }
  });

  app.post<{ Params: { id: string; code: string } }>(
    '/committees/:id/seats/:code/revoke',
    (request, reply) => {
      const { id, code } = request.params;
      if (!committees.exists(id)) return notFound(reply);
      if (!access.revokeSeat(id, code, clock.now())) {
        return sendError(reply, 404, 'not_found', `committee ${id} has no seat ${code}`);
      }
      request.log.info({ committee: id, seat: code }, 'seat revoked');
      const seat = committees.seats(id).find((record) => record.code === code);
      return { id, code, revokedAt: seat?.revokedAt ?? null };
    },
  );
}
