import type { FastifyInstance } from 'fastify';
import { isRehearsal } from '../rehearsal/rehearsalCommittee.ts';
import { sendError } from './errors.ts';

/**
 * The public API: what anyone on the network may read. It never includes a secret or a
 * hash (the committee record has neither; key hashes are read separately).
 */
export function registerPublicApi(app: FastifyInstance): void {
  /** The landing page's list; its shape `{ id, name, topic }[]` is what web/ reads. */
  app.get('/api/committees', () =>
    app.placard.committees
      .list()
      // Rehearsals are throw-away copies for one chair, not committees of the conference.
      .filter(({ id }) => !isRehearsal(id))
      .map(({ id, name, topic }) => ({ id, name, topic })),
  );

  app.get<{ Params: { id: string } }>('/api/committees/:id', (request, reply) => {
    const committee = app.placard.committees.get(request.params.id);
    if (committee === null) return sendError(reply, 404, 'not_found', 'there is no such committee');
    const { template } = committee;
    return {
      id: committee.id,
      name: committee.name,
      topic: committee.topic,
      agenda: template.agenda,
      members: template.members,
      invitees: template.invitees,
      rules: template.rules,
      briefing: template.briefing ?? null,
      headSeq: committee.headSeq,
    };
  });
}
