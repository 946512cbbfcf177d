/**
 * "Rehearse this committee": `POST /api/committees/:id/rehearsals` with the chair key
 * (`Authorization: Bearer <chair key>`) and an optional body `{ speed?, seed?, minutes? }`.
 * It creates a throw-away copy of the committee (rehearsalCommittee.ts: new id, own keys,
 * the same template), connects simulated delegations to every seat of the copy through
 * this server's own port, and answers 201 with the copy's chair link (its own chair key)
 * and board link. The live committee is only read (its template), never written.
 *
 * The rehearsal stops after its minutes, once its meeting is adjourned, or when the server
 * closes; its seats are then revoked, so the copy is left finished. One rehearsal at a
 * time per committee, and a few at most on a server.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { boardLink, chairLink } from '../committees/links.ts';
import { startRehearsal, type Rehearsal } from '../rehearsal/rehearsal.ts';
import { provisionRehearsal, seatTokensOf } from '../rehearsal/rehearsalCommittee.ts';
import { chairKeyGuard } from './chairApi.ts';
import { sendError, sendInvalid } from './errors.ts';

/** The options a chair may set; anything else is refused. */
export const rehearsalBodySchema = z.strictObject({
  /** 1 = a human pace. */
  speed: z.number().min(0.25).max(20).optional(),
  seed: z.int().min(0).max(2_147_483_647).optional(),
  minutes: z.int().min(1).max(240).optional(),
});

/** What the chair gets back: where to run the rehearsal. */
export interface RehearsalView {
  readonly id: string;
  readonly name: string;
  readonly chairLink: string;
  readonly boardLink: string;
  readonly seed: number;
  readonly speed: number;
  readonly minutes: number;
  /** Server time (epoch ms) at which the simulated delegations leave. */
  readonly endsAt: number;
}

const DEFAULT_MINUTES = 30;
/** Each rehearsal holds one connection per seat on this server: keep their number small. */
const MAX_RUNNING = 3;

interface Running {
  readonly live: string;
  /** Null while its delegations are connecting. */
  rehearsal: Rehearsal | null;
}

/** The origin this server answers on, for its own in-process clients (loopback when on all interfaces). */
function localOrigin(app: FastifyInstance): string | null {
  const address = app.server.address();
  if (address === null || typeof address === 'string') return null;
  const everywhere = address.address === '0.0.0.0' || address.address === '::';
  const host = everywhere ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/** Registers the rehearsal route, and stops running rehearsals when the server closes. */
export function registerRehearsalApi(app: FastifyInstance): void {
  const requireChairKey = chairKeyGuard(app);
  const running = new Map<string, Running>();

  /** The copy is left finished: the simulated seats stop working. */
  const finish = (id: string): void => {
    if (!running.delete(id)) return;
    const { committees, access, clock, db } = app.placard;
    if (!db.open) return;
    for (const seat of committees.seats(id)) access.revokeSeat(id, seat.code, clock.now());
  };

  app.post<{ Params: { id: string } }>(
    '/api/committees/:id/rehearsals',
    { onRequest: requireChairKey },
    async (request, reply) => {
      const body = rehearsalBodySchema.safeParse(request.body ?? {});
      if (!body.success) return sendInvalid(reply, body.error);
      const { committees, clock } = app.placard;
      const live = committees.get(request.params.id);
      if (live === null) return sendError(reply, 404, 'not_found', 'there is no such committee');
      if ([...running.values()].some((entry) => entry.live === live.id)) {
        return sendError(
          reply,
          409,
          'conflict',
          'a rehearsal of this committee is already running',
        );
      }
      if (running.size >= MAX_RUNNING) {
        return sendError(reply, 409, 'conflict', 'too many rehearsals are running; try later');
      }
      const origin = localOrigin(app);
      if (origin === null) {
        return sendError(reply, 503, 'unavailable', 'the server is not listening yet');
      }
      const seed = body.data.seed ?? Math.floor(Math.random() * 2_147_483_647);
      const speed = body.data.speed ?? 1;
      const minutes = body.data.minutes ?? DEFAULT_MINUTES;
      const copy = provisionRehearsal(committees, live, clock.now());
      const id = copy.committee.id;
      // Load the room now (it arms its own deadlines) before the delegations connect.
      app.live.rooms.get(id);
      // Held before connecting, so a second click cannot start a second rehearsal meanwhile.
      const entry: Running = { live: live.id, rehearsal: null };
      running.set(id, entry);
      let rehearsal: Rehearsal;
      try {
        rehearsal = await startRehearsal({
          url: origin,
          committee: id,
          seatTokens: seatTokensOf(copy),
          seed,
          durationMs: minutes * 60_000,
          behaviour: { speed },
          log: (line) => request.log.debug({ committee: id }, line),
        });
      } catch (error) {
        finish(id);
        request.log.warn({ err: error, rehearsal: id }, 'rehearsal failed to start');
        return sendError(reply, 503, 'unavailable', 'the simulated delegations could not connect');
      }
      if (!running.has(id)) {
        // The server began closing while the delegations connected.
        rehearsal.stop();
        return sendError(reply, 503, 'unavailable', 'the server is closing');
      }
      entry.rehearsal = rehearsal;
      void rehearsal.finished.then(() => finish(id));
      request.log.info({ committee: live.id, rehearsal: id, seed, speed }, 'rehearsal started');
      const baseUrl = app.placard.publicUrl();
      const view: RehearsalView = {
        id,
        name: copy.committee.name,
        chairLink: chairLink(baseUrl, id, copy.chairKey),
        boardLink: boardLink(baseUrl, id),
        seed,
        speed,
        minutes,
        endsAt: clock.now() + minutes * 60_000,
      };
      return reply.status(201).send(view);
    },
  );

  app.addHook('preClose', async () => {
    for (const [id, entry] of [...running]) {
      entry.rehearsal?.stop();
      finish(id);
    }
  });
}
