import { committeeTemplateSchema, type CommitteeTemplate } from '@placard/shared';
import type { Db } from './database.ts';

/** A committee as stored (never with secrets: only the chair key's hash, kept apart). */
export interface CommitteeRecord {
  readonly id: string;
  readonly name: string;
  readonly topic: string;
  readonly template: CommitteeTemplate;
  readonly headSeq: number;
  readonly createdAt: number;
}

/** One delegation's seat and the hash of its current token. */
export interface SeatRecord {
  readonly code: string;
  readonly tokenHash: string;
  readonly issuedAt: number;
  /** Set when the chair or admin revoked the seat; a reissue clears it. */
  readonly revokedAt: number | null;
}

/** What creating a committee writes. */
export interface NewCommittee {
  readonly id: string;
  readonly template: CommitteeTemplate;
  readonly chairKeyHash: string;
  readonly seats: readonly { readonly code: string; readonly tokenHash: string }[];
  readonly createdAt: number;
}

/** New key hashes for a committee. */
export interface ReplacedKeys {
  readonly chairKeyHash?: string | undefined;
  readonly seats: readonly { readonly code: string; readonly tokenHash: string }[];
}

/** Committee rows and their access-key hashes. */
export interface CommitteeRepository {
  /** Inserts the committee and all its seats in one transaction. */
  insert(committee: NewCommittee): CommitteeRecord;
  get(id: string): CommitteeRecord | null;
  exists(id: string): boolean;
  /** Every committee, oldest first. */
  list(): CommitteeRecord[];
  count(): number;
  chairKeyHash(id: string): string | null;
  seats(id: string): SeatRecord[];
  /**
   * Replaces key hashes in one transaction: the chair key's if given, and each listed
   * seat's token (clearing its revocation). Seats must exist.
   */
  replaceKeys(id: string, keys: ReplacedKeys, issuedAt: number): void;
  /** Marks a seat revoked (its token stops working); false if no such seat. */
  revokeSeat(id: string, code: string, at: number): boolean;
}

interface CommitteeRow {
  id: string;
  name: string;
  topic: string;
  template_json: string;
  head_seq: number;
  created_at: number;
}

interface SeatRow {
  code: string;
  token_hash: string;
  issued_at: number;
  revoked_at: number | null;
}

const COMMITTEE_COLUMNS = 'id, name, topic, template_json, head_seq, created_at';

/** The topic shown in lists: the briefing's, else the first agenda item. */
export function topicOf(template: CommitteeTemplate): string {
  return template.briefing?.topic ?? template.agenda[0] ?? '';
}

/** Prepares the repository's statements on an open, migrated database. */
export function createCommitteeRepository(db: Db): CommitteeRepository {
  const statements = {
    insert: db.prepare<[string, string, string, string, string, number]>(
      'INSERT INTO committees (id, name, topic, template_json, chair_key_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertSeat: db.prepare<[string, string, string, number]>(
      'INSERT INTO seats (committee_id, code, token_hash, issued_at) VALUES (?, ?, ?, ?)',
    ),
    get: db.prepare<[string], CommitteeRow>(
      `SELECT ${COMMITTEE_COLUMNS} FROM committees WHERE id = ?`,
    ),
    list: db.prepare<[], CommitteeRow>(
      `SELECT ${COMMITTEE_COLUMNS} FROM committees ORDER BY created_at, id`,
    ),
    count: db.prepare<[], number>('SELECT count(*) FROM committees').pluck(),
    chairKeyHash: db
      .prepare<[string], string>('SELECT chair_key_hash FROM committees WHERE id = ?')
      .pluck(),
    setChairKeyHash: db.prepare<[string, string]>(
      'UPDATE committees SET chair_key_hash = ? WHERE id = ?',
    ),
    seats: db.prepare<[string], SeatRow>(
      'SELECT code, token_hash, issued_at, revoked_at FROM seats WHERE committee_id = ? ORDER BY code',
    ),
    setSeatToken: db.prepare<[string, number, string, string]>(
      'UPDATE seats SET token_hash = ?, issued_at = ?, revoked_at = NULL WHERE committee_id = ? AND code = ?',
    ),
    revokeSeat: db.prepare<[number, string, string]>(
      'UPDATE seats SET revoked_at = coalesce(revoked_at, ?) WHERE committee_id = ? AND code = ?',
    ),
  };

  const insert = db.transaction((committee: NewCommittee): void => {
    const { id, template, createdAt } = committee;
    statements.insert.run(
      id,
      template.name,
      topicOf(template),
      JSON.stringify(template),
      committee.chairKeyHash,
      createdAt,
    );
    for (const seat of committee.seats) {
      statements.insertSeat.run(id, seat.code, seat.tokenHash, createdAt);
    }
  });

  const replaceKeys = db.transaction((id: string, keys: ReplacedKeys, issuedAt: number): void => {
    if (keys.chairKeyHash !== undefined) statements.setChairKeyHash.run(keys.chairKeyHash, id);
    for (const seat of keys.seats) {
      if (statements.setSeatToken.run(seat.tokenHash, issuedAt, id, seat.code).changes !== 1) {
        throw new Error(`committee ${id} has no seat ${seat.code}`);
      }
    }
  });

  const get = (id: string): CommitteeRecord | null => {
    const row = statements.get.get(id);
    return row === undefined ? null : toRecord(row);
  };

  return {
    insert(committee) {
      insert.immediate(committee);
      const record = get(committee.id);
      if (record === null) throw new Error(`committee ${committee.id} vanished after insert`);
      return record;
    },
    get,
    exists: (id) => statements.get.get(id) !== undefined,
    list: () => statements.list.all().map(toRecord),
    count: () => statements.count.get() ?? 0,
    chairKeyHash: (id) => statements.chairKeyHash.get(id) ?? null,
    seats: (id) =>
      statements.seats.all(id).map((row) => ({
        code: row.code,
        tokenHash: row.token_hash,
        issuedAt: row.issued_at,
        revokedAt: row.revoked_at,
      })),
    replaceKeys(id, keys, issuedAt) {
      replaceKeys.immediate(id, keys, issuedAt);
    },
    revokeSeat: (id, code, at) => statements.revokeSeat.run(at, id, code).changes === 1,
  };
}

function toRecord(row: CommitteeRow): CommitteeRecord {
  return {
    id: row.id,
    name: row.name,
    topic: row.topic,
    // Validated on the way out too: the template is what the rules engine starts from.
    template: committeeTemplateSchema.parse(JSON.parse(row.template_json)),
    headSeq: row.head_seq,
    createdAt: row.created_at,
  };
}
