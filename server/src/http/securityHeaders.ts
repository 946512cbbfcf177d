/**
 * Security headers on every HTTP response Fastify sends (pages, API, errors, files).
 *
 * - `Content-Security-Policy`: scripts only from this origin, plus the inline bootstrap
 *   script SvelteKit writes into the SPA's index.html, allowed by its SHA-256 hash (read
 *   from the build, and read again when a rebuild changes the file). Styles allow inline
 *   (Svelte sets style attributes and transition keyframes); connections only to this
 *   origin (Socket.IO's WebSocket included); no plugins; no `<base>` elsewhere; frames
 *   of Placard's pages only where `PLACARD_FRAME_ANCESTORS` allows (livestream overlays).
 * - `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer` (seat tokens live in
 *   URL fragments, which are never sent, but no URL of ours leaks either), and
 *   `X-Frame-Options` for browsers that predate `frame-ancestors`.
 *
 * Socket.IO answers its own HTTP requests (polling, upgrade) without Fastify; those carry
 * JSON or WebSocket frames, never a page.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface SecurityHeaderOptions {
  /** Folder of the built web app; its index.html's inline scripts are hashed into the CSP. */
  readonly webRoot: string;
  /** CSP `frame-ancestors` sources, e.g. `["'self'"]`. */
  readonly frameAncestors: readonly string[];
}

/** The `'sha256-…'` source of every inline `<script>` (one without `src`) in a page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...new Set(hashes)];
}

/** The policy for these inline-script hashes and frame ancestors. */
export function contentSecurityPolicy(
  scriptHashes: readonly string[],
  frameAncestors: readonly string[],
): string {
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...scriptHashes].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

/** The legacy header matching frame-ancestors, when one exists. */
function frameOptions(frameAncestors: readonly string[]): string | null {
  if (frameAncestors.length !== 1) return null;
  if (frameAncestors[0] === "'none'") return 'DENY';
  if (frameAncestors[0] === "'self'") return 'SAMEORIGIN';
  return null;
}

/** Adds the headers to every reply; the CSP follows the web build's index.html. */
export function registerSecurityHeaders(
  app: FastifyInstance,
  options: SecurityHeaderOptions,
): void {
  const index = join(options.webRoot, 'index.html');
  let cached: { mtimeMs: number; policy: string } | null = null;
  const policy = (): string => {
    let mtimeMs = -1;
    try {
      mtimeMs = statSync(index).mtimeMs;
    } catch {
      // no build: no inline script to allow
    }
    if (cached?.mtimeMs !== mtimeMs) {
      const hashes = mtimeMs < 0 ? [] : inlineScriptHashes(readFileSync(index, 'utf8'));
      cached = { mtimeMs, policy: contentSecurityPolicy(hashes, options.frameAncestors) };
    }
    return cached.policy;
  };
  const framing = frameOptions(options.frameAncestors);

  app.addHook('onSend', async (_request, reply, payload) => {
    void reply.header('content-security-policy', policy());
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'no-referrer');
    void reply.header('cross-origin-opener-policy', 'same-origin');
    void reply.header('permissions-policy', 'geolocation=(), microphone=(), payment=(), usb=()');
    if (framing !== null) void reply.header('x-frame-options', framing);
    return payload;
  });
}

/**
 * Fastify answers a malformed URL (`/%`, invalid UTF-8 in a path) before any hook runs, in
 * its own shape and without the headers above. Passed as Fastify's `frameworkErrors`, this
 * answers such requests like every other error: `{ error: { code, message } }`, headers on.
 */
export function answerFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const status = error.statusCode ?? 400;
  void reply
    .headers({
      // Never a page: nothing may load or frame it.
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    })
    .status(status)
    .send({
      error: { code: status === 414 ? 'too_large' : 'invalid', message: error.message },
    });
}
