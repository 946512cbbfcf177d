/**
 * The chair's HTTP API: the seats of the chair's own committee. Every route takes the
 * chair key as `Authorization: Bearer <chair key>`; wrong keys drain the same failure
 * bucket as the admin API and socket handshakes, so the API is no easier to guess.
 *
 * - `GET  /api/committees/:id/seats`: each delegation, its seat (issued or revoked) and
 *   whether a phone is connected to it now.
 * - `POST /api/committees/:id/seats/:code/reissue[?qr=svg]`: a new seat link and short
 *   code (the old card stops working, and its phone is disconnected).
 * - `POST /api/committees/:id/seats/:code/revoke`: the seat's token stops working.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { UnknownSeatError } from '../security/access.ts';
import { linksQuerySchema } from './adminBodies.ts';
import { sendError, sendInvalid } from './errors.ts';
import { issuedLinksView } from './linkViews.ts';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

type CommitteeParams = { Params: { id: string } };
type SeatParams = { Params: { id: string; code: string }; Querystring: unknown };

/** One delegation's seat as the chair sees it (never its token or hash). */
export interface ChairSeatView {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  /** A Council member (else invited without vote). */
  readonly member: boolean;
  readonly status: 'issued' | 'revoked';
  readonly issuedAt: number;
  readonly revokedAt: number | null;
  /** A phone holds a live connection to this seat now. */
  readonly connected: boolean;
}

/**
 * The onRequest hook of every chair route `/api/committees/:id/…`: the committee must
 * exist and the request must carry its chair key as `Authorization: Bearer <key>`.
 * Exported for the other chair routes (the journal's full log).
 */
export function chairKeyGuard(app: FastifyInstance) {
  return async (
    request: FastifyRequest<CommitteeParams>,
    reply: FastifyReply,
  ): Promise<FastifyReply | undefined> => {
    const { committees, access, clock, credentialFailures } = app.placard;
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
    const { id } = request.params;
    if (!committees.exists(id)) {
      return sendError(reply, 404, 'not_found', 'there is no such committee');
    }
    const header = request.headers.authorization;
    const key = header === undefined ? undefined : BEARER.exec(header)?.[1];
    if (key === undefined) {
      return sendError(
        reply,
        401,
        'unauthorized',
        'send the chair key as "Authorization: Bearer <key>"',
      );
    }
    if (access.resolveCredential(id, { chairKey: key })?.role !== 'chair') {
      credentialFailures.recordFailure(request.ip, now);
      return sendError(reply, 401, 'unauthorized', 'the chair key is wrong or was changed');
    }
    return undefined;
  };
}

/** Registers the chair's seat routes on the app. */
export function registerChairApi(app: FastifyInstance): void {
  const requireChairKey = chairKeyGuard(app);

  app.get<CommitteeParams>(
    '/api/committees/:id/seats',
    { onRequest: requireChairKey },
    async (request) => {
      const { id } = request.params;
      const { committees } = app.placard;
      const committee = committees.get(id);
      const connected = new Set(await app.live.gateway.connectedSeats(id));
      const seats = new Map(committees.seats(id).map((seat) => [seat.code, seat]));
      const roster = committee
        ? [
            ...committee.template.members.map((member) => ({ ...member, member: true })),
            ...committee.template.invitees.map((invitee) => ({ ...invitee, member: false })),
          ]
        : [];
      const views: ChairSeatView[] = [];
      for (const delegation of roster) {
        const seat = seats.get(delegation.code);
        if (!seat) continue;
        views.push({
          code: delegation.code,
          name: delegation.name,
          shortName: delegation.shortName,
          member: delegation.member,
          status: seat.revokedAt === null ? 'issued' : 'revoked',
          issuedAt: seat.issuedAt,
          revokedAt: seat.revokedAt,
          connected: connected.has(delegation.code),
        });
      }
      return { id, seats: views };
    },
  );

  app.post<SeatParams>(
    '/api/committees/:id/seats/:code/reissue',
    { onRequest: requireChairKey },
    async (request, reply) => {
      const { id, code } = request.params;
      const { committees, access, clock } = app.placard;
      const query = linksQuerySchema.safeParse(request.query);
      if (!query.success) return sendInvalid(reply, query.error);
      const committee = committees.get(id);
      if (committee === null)
        return sendError(reply, 404, 'not_found', 'there is no such committee');
      try {
        const keys = access.reissue(id, { seats: [code] }, clock.now());
        request.log.info({ committee: id, seat: code, by: 'chair' }, 'seat reissued');
        const view = await issuedLinksView(
          app.placard.publicUrl(),
          committee,
          keys,
          query.data.qr === 'svg',
        );
        const seat = view.seatLinks[0];
        if (!seat) throw new Error(`reissuing ${code} minted no token`);
        const record = committees.seats(id).find((candidate) => candidate.code === code);
        return { ...seat, issuedAt: record?.issuedAt ?? clock.now() };
      } catch (error) {
        if (error instanceof UnknownSeatError) {
          return sendError(reply, 404, 'not_found', `committee ${id} has no seat ${code}`);
        }
        throw error;
      }
    },
  );

  app.post<SeatParams>(
    '/api/committees/:id/seats/:code/revoke',
    { onRequest: requireChairKey },
    (request, reply) => {
      const { id, code } = request.params;
      const { committees, access, clock } = app.placard;
      if (!access.revokeSeat(id, code, clock.now())) {
        return sendError(reply, 404, 'not_found', `committee ${id} has no seat ${code}`);
      }
      request.log.info({ committee: id, seat: code, by: 'chair' }, 'seat revoked');
      const seat = committees.seats(id).find((record) => record.code === code);
      return { code, revokedAt: seat?.revokedAt ?? null };
    },
  );
}
