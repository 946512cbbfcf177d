/**
 * Adopted resolutions over HTTP, public like the minutes (the Council's
 * resolutions are its public record), rendered by the pure exports of
 * @placard/shared from the committee's live state:
 *
 * - `GET /api/committees/:id/resolutions/:n.md`: resolution n as Markdown (a download).
 * - `GET /api/committees/:id/resolutions/:n.html`: resolution n as a print-ready A4 page.
 *
 * A number no resolution has (a draft not adopted, or never that many) is 404 `not_found`;
 * a file name that is not `<number>.md` or `<number>.html` is 400 `invalid`. The pages run
 * no script, so their Content-Security-Policy allows nothing but the page's own stylesheet
 * (by its hash): no script, no image, no connection, no form, no `<base>`.
 */
import { createHash } from 'node:crypto';
import {
  resolutionContext,
  resolutionHtml,
  resolutionMarkdown,
  type CommitteeState,
  type DraftResolution,
} from '@placard/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { sendError, sendInvalid } from './errors.ts';

type ResolutionRoute = { Params: { id: string; file: string }; Querystring: unknown };

const fileSchema = z
  .string()
  .regex(/^[1-9]\d{0,5}\.(md|html)$/, 'a resolution number and format, e.g. "1.md" or "1.html"');

const noQuerySchema = z.strictObject({});

/** The `'sha256-…'` source of every inline `<style>` of a page. */
export function inlineStyleHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    hashes.push(
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '', 'utf8')
        .digest('base64')}'`,
    );
  }
  return [...new Set(hashes)];
}

/** The policy of a page with no script: its own inline styles and nothing else. */
export function scriptlessPolicy(
  styleHashes: readonly string[],
  frameAncestors: readonly string[],
): string {
  return [
    "default-src 'none'",
    ...(styleHashes.length > 0 ? [`style-src ${styleHashes.join(' ')}`] : []),
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

/** The resolution adopted with this number, if any. */
export function adoptedResolution(state: CommitteeState, number: number): DraftResolution | null {
  return (
    state.drafts.find(
      (draft) => draft.status.kind === 'adopted' && draft.status.resolutionNumber === number,
    ) ?? null
  );
}

/** Registers the resolution exports (public). */
export function registerResolutionRoutes(app: FastifyInstance): void {
  const { committees, config } = app.placard;

  app.get<ResolutionRoute>(
    '/api/committees/:id/resolutions/:file',
    {
      // A route's hooks run after the app's: this policy replaces the app-wide one (made for
      // the web app's scripts) on these answers only, allowing the styles of the page sent.
      onSend: async (_request, reply, payload) => {
        const html =
          typeof payload === 'string' &&
          String(reply.getHeader('content-type')).startsWith('text/html');
        void reply.header(
          'content-security-policy',
          scriptlessPolicy(html ? inlineStyleHashes(payload) : [], config.frameAncestors),
        );
        return payload;
      },
    },
    (request, reply) => {
      const committee = committees.get(request.params.id);
      if (committee === null) return notFound(reply, 'there is no such committee');
      const file = fileSchema.safeParse(request.params.file);
      if (!file.success) {
        const why = file.error.issues[0]?.message ?? 'not a resolution file';
        return sendError(reply, 400, 'invalid', `file: ${why}`, 'file');
      }
      const query = noQuerySchema.safeParse(request.query ?? {});
      if (!query.success) return sendInvalid(reply, query.error);
      const [digits = '', format] = file.data.split('.');
      const number = Number(digits);
      const room = app.live.rooms.get(committee.id);
      const resolution = room === null ? null : adoptedResolution(room.state, number);
      if (room === null || resolution === null) {
        return notFound(reply, `the committee has adopted no resolution ${number}`);
      }
      const context = resolutionContext(room.state);
      const name = `${committee.id}-resolution-${number}`;
      if (format === 'md') {
        return reply
          .type('text/markdown; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.md"`)
          .header('cache-control', 'no-store')
          .send(resolutionMarkdown(resolution, context));
      }
      return reply
        .type('text/html; charset=utf-8')
        .header('content-disposition', `inline; filename="${name}.html"`)
        .header('cache-control', 'no-store')
        .send(resolutionHtml(resolution, context));
    },
  );
}

function notFound(reply: FastifyReply, message: string): FastifyReply {
  return sendError(reply, 404, 'not_found', message);
}
