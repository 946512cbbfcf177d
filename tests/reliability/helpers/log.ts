/**
 * Reads a committee's log straight from the SQLite file, the way an auditor would,
 * and replays it with the shared `evolve`: what the server must agree with.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  evolve,
  initialState,
  type CommitteeState,
  type CommitteeTemplate,
  type DomainEvent,
} from '@placard/shared';
import type { Ack } from '@placard/shared/protocol';
import type { Db } from '../../../server/src/index.ts';

type DatabaseConstructor = new (
  path: string,
  options?: { readonly?: boolean; fileMustExist?: boolean; timeout?: number },
) => Db;

/** better-sqlite3, as the server package has it (a second connection to its file). */
export const Database = createRequire(
  join(import.meta.dirname, '..', '..', '..', 'server', 'package.json'),
)('better-sqlite3') as DatabaseConstructor;

export interface CommandRow {
  readonly commandId: string;
  readonly seq: number;
  readonly result: Ack;
}

export interface LogView {
  readonly head: number;
  readonly events: readonly { seq: number; type: string; event: DomainEvent; actor: unknown }[];
  readonly commands: ReadonlyMap<string, CommandRow>;
  /** The state the events replay to from the committee's template. */
  readonly state: CommitteeState;
}

/** Opens the file read-only (also while the server runs: WAL readers do not block it). */
export function readLog(dbPath: string, committeeId: string): LogView {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return db.transaction(() => {
      const committee = db
        .prepare<[string], { head_seq: number; template_json: string }>(
          'SELECT head_seq, template_json FROM committees WHERE id = ?',
        )
        .get(committeeId);
      if (!committee) throw new Error(`no committee ${committeeId} in ${dbPath}`);
      const rows = db
        .prepare<[string], { seq: number; type: string; payload_json: string; actor_json: string }>(
          'SELECT seq, type, payload_json, actor_json FROM events WHERE committee_id = ? ORDER BY seq',
        )
        .all(committeeId);
      const events = rows.map((row) => ({
        seq: row.seq,
        type: row.type,
        event: JSON.parse(row.payload_json) as DomainEvent,
        actor: JSON.parse(row.actor_json) as unknown,
      }));
      const commands = new Map<string, CommandRow>();
      for (const row of db
        .prepare<[string], { command_id: string; seq: number; result_json: string }>(
          'SELECT command_id, seq, result_json FROM commands WHERE committee_id = ?',
        )
        .all(committeeId)) {
        commands.set(row.command_id, {
          commandId: row.command_id,
          seq: row.seq,
          result: JSON.parse(row.result_json) as Ack,
        });
      }
      let state = initialState(JSON.parse(committee.template_json) as CommitteeTemplate);
      for (const { event } of events) state = evolve(state, event);
      return { head: committee.head_seq, events, commands, state };
    })();
  } finally {
    db.close();
  }
}

/**
 * What must hold of any log: seqs 1…head without a gap, and every event belongs to
 * exactly one recorded command (accepted commands' seqs strictly increase and the last
 * is the head), so no command's events were appended twice or without their command.
 */
export function logProblems(log: LogView): string[] {
  const problems: string[] = [];
  if (log.events.length !== log.head) {
    problems.push(`head_seq ${log.head} but ${log.events.length} events`);
  }
  log.events.forEach((event, index) => {
    if (event.seq !== index + 1) problems.push(`event ${index + 1} has seq ${event.seq}`);
  });
  const accepted = [...log.commands.values()]
    .filter((row) => row.result.ok)
    .map((row) => row.seq)
    .sort((a, b) => a - b);
  for (let i = 1; i < accepted.length; i++) {
    if (accepted[i] === accepted[i - 1]) problems.push(`two commands end at seq ${accepted[i]}`);
  }
  const last = accepted.at(-1) ?? 0;
  if (last !== log.head)
    problems.push(`the last accepted command ends at ${last}, head ${log.head}`);
  for (const row of log.commands.values()) {
    if (row.result.ok && row.result.seq !== row.seq) {
      problems.push(
        `command ${row.commandId} recorded seq ${row.seq} but ack seq ${row.result.seq}`,
      );
    }
  }
  return problems;
}
