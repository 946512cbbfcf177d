/**
 * The journal over HTTP: the minutes and the records of a committee, read from its
 * stored events with the pure journal of @placard/shared.
 *
 * Public (the Council's proceedings are public):
 * - `GET /api/committees/:id/minutes.md[?tz=Europe/Paris]`: the minutes as Markdown.
 * - `GET /api/committees/:id/minutes.html[?tz=…]`: the minutes as a print-ready A4 page
 *   (open it, then "Save as PDF").
 * - `GET /api/committees/:id/votes.csv`: one row per member's record in every vote.
 * - `GET /api/committees/:id/speeches.csv`: one row per speech.
 * - `GET /api/committees/:id/statistics.json`: participation per delegation, now.
 * - `GET /api/committees/:id/resolutions/:n.md` and `.html`: an adopted resolution
 *   (resolutionsApi.ts).
 *
 * Chair key (`Authorization: Bearer <chair key>`):
 * - `GET /api/committees/:id/log.json`: the full event log (`placard-log` version 1).
 *
 * Admin key:
 * - `POST /api/admin/committees/import[?id=…][&qr=svg]`: a new committee from such a log,
 *   checked by replaying every event first; answers its fresh links once, like creating.
 */
import {
  buildMinutes,
  committeeStatistics,
  isTimeZone,
  placardLogSchema,
  renderMinutesHtml,
  renderMinutesMarkdown,
  speechesCsv,
  toPlacardLog,
  verifyPlacardLog,
  votesCsv,
  type Minutes,
} from '@placard/shared';
import { committeeIdSchema } from '@placard/shared/protocol';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { CommitteeIdTakenError } from '../committees/committeeId.ts';
import { provisionCommittee } from '../committees/provision.ts';
import type { CommitteeRecord } from '../storage/committees.ts';
import { requireAdminKey } from './adminAuth.ts';
import { chairKeyGuard } from './chairApi.ts';
import { sendError, sendInvalid } from './errors.ts';
import { issuedLinksView } from './linkViews.ts';
import { registerResolutionRoutes } from './resolutionsApi.ts';

type CommitteeRoute = { Params: { id: string }; Querystring: unknown };

/** A log of a long conference day is megabytes; the rest of the API keeps its 256 KB limit. */
export const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

const minutesQuerySchema = z.strictObject({
  tz: z
    .string()
    .max(64)
    .refine(isTimeZone, 'an IANA time zone such as "UTC" or "Europe/Paris"')
    .optional(),
});

const noQuerySchema = z.strictObject({});

const importQuerySchema = z.strictObject({
  /** The new committee's id (must be free); default the log's id, or `<id>-2`, … */
  id: committeeIdSchema.optional(),
  qr: z.literal('svg').optional(),
});

/** Sends a text export with its type and the file name it saves as. */
function sendFile(
  reply: FastifyReply,
  type: string,
  disposition: 'inline' | 'attachment',
  filename: string,
  body: string,
): FastifyReply {
  return reply
    .type(type)
    .header('content-disposition', `${disposition}; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

/** Registers the journal's public, chair and admin routes on the app. */
export function registerJournalApi(app: FastifyInstance): void {
  const { committees, events } = app.placard;

  const notFound = (reply: FastifyReply) =>
    sendError(reply, 404, 'not_found', 'there is no such committee');

  const minutesOf = (committee: CommitteeRecord): Minutes =>
    buildMinutes({
      committee: { id: committee.id, template: committee.template },
      events: events.readSince(committee.id, 0),
    });

  /** A public export: the committee, its query checked, then the body. */
  const exportRoute = (
    file: string,
    schema: z.ZodType<{ tz?: string | undefined }>,
    send: (reply: FastifyReply, committee: CommitteeRecord, tz: string | undefined) => unknown,
  ) =>
    app.get<CommitteeRoute>(`/api/committees/:id/${file}`, (request, reply) => {
      const committee = committees.get(request.params.id);
      if (committee === null) return notFound(reply);
      const query = schema.safeParse(request.query ?? {});
      if (!query.success) return sendInvalid(reply, query.error);
      return send(reply, committee, query.data.tz);
    });

  exportRoute('minutes.md', minutesQuerySchema, (reply, committee, tz) =>
    sendFile(
      reply,
      'text/markdown; charset=utf-8',
      'attachment',
      `${committee.id}-minutes.md`,
      renderMinutesMarkdown(minutesOf(committee), tz === undefined ? {} : { timeZone: tz }),
    ),
  );

  exportRoute('minutes.html', minutesQuerySchema, (reply, committee, tz) =>
    sendFile(
      reply,
      'text/html; charset=utf-8',
      'inline',
      `${committee.id}-minutes.html`,
      renderMinutesHtml(minutesOf(committee), tz === undefined ? {} : { timeZone: tz }),
    ),
  );

  registerResolutionRoutes(app);

  exportRoute('votes.csv', noQuerySchema, (reply, committee) =>
    sendFile(
      reply,
      'text/csv; charset=utf-8; header=present',
      'attachment',
      `${committee.id}-votes.csv`,
      votesCsv(minutesOf(committee)),
    ),
  );

  exportRoute('speeches.csv', noQuerySchema, (reply, committee) =>
    sendFile(
      reply,
      'text/csv; charset=utf-8; header=present',
      'attachment',
      `${committee.id}-speeches.csv`,
      speechesCsv(minutesOf(committee)),
    ),
  );

  // From the room's live state: the speech in progress counts up to now.
  exportRoute('statistics.json', noQuerySchema, (reply, committee) => {
    const room = app.live.rooms.get(committee.id);
    if (room === null) return notFound(reply);
    const now = app.placard.clock.now();
    const body = {
      committee: committee.id,
      seq: room.seq,
      at: now,
      ...committeeStatistics(room.state, { now }),
    };
    return sendFile(
      reply,
      'application/json; charset=utf-8',
      'inline',
      `${committee.id}-statistics.json`,
      JSON.stringify(body),
    );
  });

  app.get<CommitteeRoute>(
    '/api/committees/:id/log.json',
    { onRequest: chairKeyGuard(app) },
    (request, reply) => {
      const committee = committees.get(request.params.id);
      if (committee === null) return notFound(reply);
      const query = noQuerySchema.safeParse(request.query ?? {});
      if (!query.success) return sendInvalid(reply, query.error);
      const log = toPlacardLog(
        { id: committee.id, template: committee.template },
        events.readSince(committee.id, 0),
      );
      request.log.info({ committee: committee.id, events: log.events.length }, 'log exported');
      return sendFile(
        reply,
        'application/json; charset=utf-8',
        'attachment',
        `${committee.id}-log.json`,
        JSON.stringify(log),
      );
    },
  );

  app.post<{ Querystring: unknown }>(
    '/api/admin/committees/import',
    { onRequest: requireAdminKey(app), bodyLimit: IMPORT_BODY_LIMIT },
    async (request, reply) => {
      const query = importQuerySchema.safeParse(request.query ?? {});
      if (!query.success) return sendInvalid(reply, query.error);
      const parsed = placardLogSchema.safeParse(request.body);
      if (!parsed.success) return sendInvalid(reply, parsed.error);
      const log = parsed.data;
      // Replayed before anything is written: a log that does not replay is refused whole.
      const verdict = verifyPlacardLog(log);
      if (!verdict.ok) {
        return sendError(reply, 400, 'invalid', verdict.problem.message, verdict.problem.field);
      }
      const { db, clock } = app.placard;
      let created;
      try {
        // The committee, its seats and its events: one transaction, all or nothing.
        created = db
          .transaction(() => {
            const made = provisionCommittee(committees, {
              id: query.data.id,
              preferredId: log.committee.id,
              template: log.committee.template,
              now: clock.now(),
            });
            events.importEvents(made.committee.id, log.events);
            return made;
          })
          .immediate();
      } catch (error) {
        if (error instanceof CommitteeIdTakenError) {
          return sendError(reply, 409, 'conflict', error.message, 'id');
        }
        throw error;
      }
      const id = created.committee.id;
      // Load the room now: it arms a deadline in the imported state (a caucus).
      app.live.rooms.get(id);
      request.log.info(
        { committee: id, from: log.committee.id, events: verdict.headSeq },
        'committee imported',
      );
      const view = await issuedLinksView(
        app.placard.publicUrl(),
        committees.get(id) ?? created.committee,
        created,
        query.data.qr === 'svg',
      );
      return reply.status(201).send({ ...view, headSeq: verdict.headSeq });
    },
  );
}
