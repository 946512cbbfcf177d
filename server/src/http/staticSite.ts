import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './errors.ts';

/** The built SvelteKit app (adapter-static), found from this file. */
export const defaultWebRoot = join(import.meta.dirname, '..', '..', '..', 'web', 'build');

/** Paths that are never the web app: they answer 404 in JSON rather than index.html. */
const NOT_THE_APP = /^\/(api|socket\.io|healthz)(\/|\?|$)/;

/**
 * Serves the web app from `webRoot`, with index.html for any other GET so the SPA's
 * client-side routes (/board/unsc, /seat/unsc, …) load. Without a build it serves a
 * short page saying how to build it (and listing the committees), so the API still works.
 */
export async function staticSite(
  app: FastifyInstance,
  options: { webRoot: string },
): Promise<void> {
  const { webRoot } = options;
  const built = existsSync(join(webRoot, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      index: ['index.html'],
      // Hashed bundles never change; everything else must be revalidated after an upgrade.
      cacheControl: false,
      setHeaders(reply, path) {
        void reply.header(
          'cache-control',
          path.includes(join('_app', 'immutable'))
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url;
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') && !NOT_THE_APP.test(path);
    if (!wantsPage)
      return sendError(
        reply,
        404,
        'not_found',
        `no route for ${request.method} ${path.split('?')[0] ?? ''}`,
      );
    if (built) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply
      .status(path === '/' ? 200 : 503)
      .type('text/html; charset=utf-8')
      .send(notBuiltPage(app.placard.committees.list()));
  });
}

function notBuiltPage(committees: readonly { id: string; name: string; topic: string }[]): string {
  const items = committees
    .map(
      (c) =>
        `<li><strong>${escapeHtml(c.name)}</strong> (${escapeHtml(c.id)}): ${escapeHtml(c.topic)}</li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Placard</title>
<h1>Placard</h1>
<p>The server is running, but the web app has not been built yet. Run <code>pnpm build</code>
(or start with <code>pnpm start</code>, which builds it), then reload this page.</p>
<h2>Committees on this server</h2><ul>${items}</ul>
<p>API: <a href="/api/committees">/api/committees</a> · <a href="/healthz">/healthz</a></p></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
