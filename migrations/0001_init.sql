-- Placard's first schema: committees with their access-key hashes, the per-committee
-- event log, snapshots, remembered command results and server settings.
-- Times are epoch milliseconds (server clock). Secrets are never stored: only SHA-256 hex.

CREATE TABLE committees (
  -- a short slug such as 'unsc': lowercase letters, digits and hyphens
  id TEXT PRIMARY KEY CHECK (
    length(id) BETWEEN 1 AND 48 AND id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'
  ),
  name TEXT NOT NULL,
  topic TEXT NOT NULL,
  -- the CommitteeTemplate the committee started from (roster, rules, briefing)
  template_json TEXT NOT NULL,
  chair_key_hash TEXT NOT NULL,
  -- seq of the last event appended; 0 before the first
  head_seq INTEGER NOT NULL DEFAULT 0 CHECK (head_seq >= 0),
  created_at INTEGER NOT NULL
) STRICT;

-- One seat token per delegation (members and invitees).
CREATE TABLE seats (
  committee_id TEXT NOT NULL REFERENCES committees (id),
  code TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  issued_at INTEGER NOT NULL,
  revoked_at INTEGER,
  PRIMARY KEY (committee_id, code)
) STRICT, WITHOUT ROWID;

-- The append-only log: one row per event, seq 1, 2, 3, … per committee.
CREATE TABLE events (
  committee_id TEXT NOT NULL REFERENCES committees (id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  type TEXT NOT NULL,
  payload_json TEXT NOT NULL,
  actor_json TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (committee_id, seq)
) STRICT, WITHOUT ROWID;

-- Defence in depth behind the event store: seqs have no gaps and rows never change.
CREATE TRIGGER events_seq_follows BEFORE INSERT ON events
WHEN NEW.seq <> coalesce((SELECT max(seq) FROM events WHERE committee_id = NEW.committee_id), 0) + 1
BEGIN
  SELECT RAISE(ABORT, 'event seq must follow the last seq of its committee');
END;

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;

-- Committee state at a seq, so loading does not replay the whole log. A cache: the
-- events stay the truth. `version` is the state shape's version (rules-engine changes).
CREATE TABLE snapshots (
  committee_id TEXT NOT NULL REFERENCES committees (id),
  version INTEGER NOT NULL DEFAULT 0,
  seq INTEGER NOT NULL CHECK (seq >= 0),
  state_json TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (committee_id, version, seq)
) STRICT;

-- Command ids already handled, with the result sent back, so a retry gets that same
-- result and appends nothing. seq: the last seq the command appended, or the head seq
-- when it appended nothing (rejected).
CREATE TABLE commands (
  committee_id TEXT NOT NULL REFERENCES committees (id),
  command_id TEXT NOT NULL,
  result_json TEXT NOT NULL,
  seq INTEGER NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (committee_id, command_id)
) STRICT, WITHOUT ROWID;

-- Server-wide values, e.g. the admin key's hash.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
