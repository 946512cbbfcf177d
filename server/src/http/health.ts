import type { FastifyInstance } from 'fastify';
import { databaseIsHealthy } from '../storage/database.ts';
import { appliedMigrations } from '../storage/migrations.ts';

/** `GET /healthz`: version, whether the database answers, and the migrations applied. */
export function registerHealth(app: FastifyInstance): void {
  app.get('/healthz', (_request, reply) => {
    const { db, config } = app.placard;
    const healthy = databaseIsHealthy(db);
    return reply.status(healthy ? 200 : 503).send({
      status: healthy ? 'ok' : 'error',
      version: config.version,
      database: healthy ? 'ok' : 'error',
      migrations: healthy ? appliedMigrations(db) : [],
    });
  });
}
