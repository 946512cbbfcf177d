/**
 * The full event log as a portable file, and the check a server runs before
 * importing one:
 *
 * ```json
 * { "format": "placard-log", "version": 1,
 *   "committee": { "id": "unsc", "template": { …CommitteeTemplate… } },
 *   "events": [ { "seq": 1, "type": "session.opened", "event": { … }, "actor": { "role": "chair" }, "at": 1772355600000 }, … ] }
 * ```
 *
 * Seqs run 1, 2, 3… with no gap; `type` repeats `event.type`; `at` is the server
 * time of the append. Secrets are never part of it: an import gets fresh keys.
 */
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import { evolve } from '../committee/evolve.ts';
import { initialState, type CommitteeState } from '../committee/core/state.ts';
import {
  committeeTemplateSchema,
  delegationCodeSchema,
  type CommitteeTemplate,
} from '../template.ts';
import { isDomainEvent, upcast } from '../upcast.ts';

export const PLACARD_LOG_FORMAT = 'placard-log';
export const PLACARD_LOG_VERSION = 1;

/**
 * A committee id (as the protocol's `committeeIdSchema`; kept here so the journal does
 * not pull in the wire protocol's module).
 */
const committeeIdSchema = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'a committee id is 1–48 lowercase letters, digits or dashes');

/** Who appended an event. */
export const loggedActorSchema = /* @__PURE__ */ z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('chair') }),
  z.strictObject({ role: z.literal('seat'), seat: delegationCodeSchema }),
  z.strictObject({ role: z.literal('observer') }),
  z.strictObject({ role: z.literal('system') }),
]);

/** One event of the log (its body is checked by replaying it, not by shape). */
export const loggedEventSchema = /* @__PURE__ */ z.strictObject({
  seq: z.int().min(1),
  type: z.string().min(1).max(64),
  event: z.looseObject({ type: z.string().min(1).max(64), at: z.number().finite() }),
  actor: loggedActorSchema,
  at: z.int().min(0),
});

/** A whole exported log: validates the envelope, the template and the seq order. */
export const placardLogSchema = /* @__PURE__ */ z
  .strictObject({
    format: z.literal(PLACARD_LOG_FORMAT),
    version: z.literal(PLACARD_LOG_VERSION),
    committee: z.strictObject({ id: committeeIdSchema, template: committeeTemplateSchema }),
    events: z.array(loggedEventSchema).max(1_000_000),
  })
  .superRefine((log, issues) => {
    for (const [index, logged] of log.events.entries()) {
      if (logged.seq !== index + 1) {
        issues.addIssue({
          code: 'custom',
          path: ['events', index, 'seq'],
          message: `expected seq ${index + 1} (seqs start at 1 with no gap), found ${logged.seq}`,
        });
        return;
      }
      if (logged.type !== logged.event.type) {
        issues.addIssue({
          code: 'custom',
          path: ['events', index, 'type'],
          message: `type "${logged.type}" differs from the event's own type "${logged.event.type}"`,
        });
        return;
      }
    }
  });

export type PlacardLog = z.infer<typeof placardLogSchema>;
export type PlacardLogEvent = PlacardLog['events'][number];

/** A stored event as the server reads it back. */
export interface ExportableEvent {
  readonly seq: number;
  readonly type: string;
  readonly event: { readonly type: string };
  readonly actor: Actor;
  readonly at: number;
}

/** The export of a committee: its id, its template and every event in order. */
export const toPlacardLog = (
  committee: { readonly id: string; readonly template: CommitteeTemplate },
  events: readonly ExportableEvent[],
): PlacardLog => ({
  format: PLACARD_LOG_FORMAT,
  version: PLACARD_LOG_VERSION,
  committee: { id: committee.id, template: committee.template },
  events: events.map(({ seq, type, event, actor, at }) => ({
    seq,
    type,
    event: event as PlacardLogEvent['event'],
    actor,
    at,
  })),
});

/** Why a log cannot be imported: the sentence, and the event (index in `events`) it is about. */
export interface LogProblem {
  readonly message: string;
  readonly field: string;
}

export type LogVerdict =
  | { readonly ok: true; readonly state: CommitteeState; readonly headSeq: number }
  | { readonly ok: false; readonly problem: LogProblem };

/**
 * Replays a parsed log from its template with the rules engine: every event must be one
 * this engine knows, apply without error and leave the state plain JSON (no missing
 * field, no NaN), and every seat that acted must be on the roster. Returns the state it
 * reaches, which is what the committee will hold once imported.
 */
export const verifyPlacardLog = (log: PlacardLog): LogVerdict => {
  const template = log.committee.template;
  const roster = new Set([...template.members, ...template.invitees].map(({ code }) => code));
  const checked = new WeakSet<object>();
  let state = initialState(template);
  for (const [index, logged] of log.events.entries()) {
    const where = `events.${index}`;
    const what = `event ${logged.seq} (${logged.type})`;
    if (logged.actor.role === 'seat' && !roster.has(logged.actor.seat)) {
      return fail(`${what}: the seat ${logged.actor.seat} is not on the roster`, `${where}.actor`);
    }
    // A log exported by an older version is read in today's shapes, as the server reads its own.
    const event = upcast(logged.event);
    if (!isDomainEvent(event)) {
      return fail(
        `${what} does not replay: this version of Placard has no such event`,
        `${where}.event`,
      );
    }
    try {
      state = evolve(state, event);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return fail(`${what} does not replay: ${reason}`, `${where}.event`);
    }
    const bad = notJson(state, 'state', checked);
    if (bad !== null) {
      return fail(`${what} does not replay: it leaves ${bad} in the state`, `${where}.event`);
    }
  }
  return { ok: true, state, headSeq: log.events.length };
};

const fail = (message: string, field: string): LogVerdict => ({
  ok: false,
  problem: { message, field },
});

/**
 * The path of the first value that is not plain JSON (undefined, NaN, a class
 * instance…), or null. Objects already checked are skipped: states share every
 * part an event did not change, so the whole replay checks each object once.
 */
const notJson = (value: unknown, path: string, checked: WeakSet<object>): string | null => {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number')
    return Number.isFinite(value) ? null : `${String(value)} at ${path}`;
  if (typeof value !== 'object') return `${typeof value} at ${path}`;
  if (checked.has(value)) return null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const bad = notJson(item, `${path}.${index}`, checked);
      if (bad !== null) return bad;
    }
  } else {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return `an object of another kind at ${path}`;
    for (const [key, item] of Object.entries(value)) {
      const bad = notJson(item, `${path}.${key}`, checked);
      if (bad !== null) return bad;
    }
  }
  checked.add(value);
  return null;
};
