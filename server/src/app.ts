import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import { adminRoutes } from './http/admin.ts';
import { registerChairApi } from './http/chairApi.ts';
import { handleError } from './http/errors.ts';
import { registerHealth } from './http/health.ts';
import { registerJournalApi } from './http/journalApi.ts';
import { registerPublicApi } from './http/publicApi.ts';
import { registerRehearsalApi } from './http/rehearsalApi.ts';
import { answerFrameworkError, registerSecurityHeaders } from './http/securityHeaders.ts';
import { defaultWebRoot, staticSite } from './http/staticSite.ts';
import { defaultPublicUrl } from './lanAddress.ts';
import { createCommitteeAccess } from './security/access.ts';
import {
  createFailureLimiter,
  defaultFailureLimits,
  type FailureLimitOptions,
} from './security/failureLimiter.ts';
import type { PlacardServices } from './services.ts';
import { createCommitteeRepository } from './storage/committees.ts';
import type { Db } from './storage/database.ts';
import { createEventStore } from './storage/eventStore.ts';
import { attachLive, type Live, type LiveOptions } from './live/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Storage, access and config shared by the routes and the Socket.IO gateway. */
    placard: PlacardServices;
    /** Committee rooms and the Socket.IO gateway. */
    live: Live;
  }
}

/** The Fastify instance buildApp returns (with `app.placard`). */
export type PlacardApp = FastifyInstance;

/** What buildApp needs: an open, migrated database, a clock and the config. */
export interface AppDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly config: Config;
  /** Folder of the built web app (default web/build); if it has no index.html, a plain page. */
  readonly webRoot?: string;
  /** Where log lines go (tests capture them); default stdout. */
  readonly logStream?: { write(line: string): void };
  readonly failureLimits?: FailureLimitOptions;
  /** Resync retention, snapshot interval, socket rate limit, roll-call draw. */
  readonly live?: LiveOptions;
}

// Secrets must never reach the logs. Fastify's serializers log no headers today;
// this keeps it so if someone turns header logging on.
const REDACTED = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-placard-key"]',
  'res.headers["set-cookie"]',
];

/**
 * Fastify's request log fields, but the URL without its query string: a secret pasted into
 * one (`?key=` typed for `#key=`) must not reach the logs. Placard's links keep secrets in
 * URL fragments, which browsers never send.
 */
function requestWithoutQuery(request: FastifyRequest) {
  return {
    method: request.method,
    url: request.url.split('?')[0] ?? '',
    host: request.host,
    remoteAddress: request.ip,
  };
}

/**
 * The Fastify app (not listening): /healthz, the public and admin APIs, the web app,
 * and Socket.IO on the same HTTP server.
 * The caller owns the database: close the app first, then the database.
 */
export function buildApp(deps: AppDeps): PlacardApp {
  const { db, clock, config } = deps;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: REDACTED, censor: '[redacted]' },
      serializers: { req: requestWithoutQuery },
      ...(deps.logStream === undefined ? {} : { stream: deps.logStream }),
    },
    // On close, drop idle keep-alive sockets too, so shutdown does not wait on browsers.
    forceCloseConnections: true,
    bodyLimit: 256 * 1024,
    frameworkErrors: answerFrameworkError,
  });

  const committees = createCommitteeRepository(db);
  const services: PlacardServices = {
    db,
    clock,
    config,
    events: createEventStore(db, clock),
    committees,
    access: createCommitteeAccess(committees),
    credentialFailures: createFailureLimiter(deps.failureLimits ?? defaultFailureLimits),
    publicUrl: () =>
      config.publicUrl ?? defaultPublicUrl(config.host, boundPort(app) ?? config.port),
  };
  app.decorate('placard', services);
  // The fast lane's switch is configuration; explicit live options (tests, bench) still win.
  const broadcast = { directWrite: config.observerFastLane, ...deps.live?.broadcast };
  app.decorate('live', attachLive(app, { ...deps.live, broadcast }));

  app.setErrorHandler(handleError);
  registerSecurityHeaders(app, {
    webRoot: deps.webRoot ?? defaultWebRoot,
    frameAncestors: config.frameAncestors,
  });
  registerHealth(app);
  registerPublicApi(app);
  registerChairApi(app);
  registerJournalApi(app);
  registerRehearsalApi(app);
  void app.register(adminRoutes, { prefix: '/api/admin' });
  void app.register(staticSite, { webRoot: deps.webRoot ?? defaultWebRoot });
  return app;
}

/** The port the server actually listens on (PORT=0 picks one), or undefined before listen. */
function boundPort(app: FastifyInstance): number | undefined {
  const address = app.server.address();
  return address !== null && typeof address === 'object' ? address.port : undefined;
}
