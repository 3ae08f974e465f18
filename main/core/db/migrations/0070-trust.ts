import type { Migration } from '../migration.ts';

/** The only change an UPDATE may make to an audit row: drop the values once, keep everything hashed. */
const REDACTION_ONLY = `
  old.redacted_at IS NULL AND new.redacted_at IS NOT NULL
  AND new.details = '{}' AND new.details_nonce IS NULL
  AND new.seq IS old.seq AND new.at IS old.at
  AND new.actor_staff_id IS old.actor_staff_id AND new.actor_label IS old.actor_label
  AND new.action IS old.action AND new.subject_type IS old.subject_type AND new.subject_id IS old.subject_id
  AND new.customer_id IS old.customer_id AND new.summary IS old.summary
  AND new.details_digest IS old.details_digest
  AND new.prev_hash IS old.prev_hash AND new.hash IS old.hash`;

export const trust: Migration = {
  version: 70,
  name: 'trust: staff PINs, lockouts, role permissions and the audit trail',
  up: `
    -- A PIN or password, hashed with scrypt over an HMAC keyed by regulars.key (beside the
    -- database, never inside it), so a copied database alone does not reveal anyone's PIN.
    -- Wrong attempts are counted here, so a restart does not reset a lockout.
    CREATE TABLE staff_credentials (
      staff_id TEXT PRIMARY KEY REFERENCES staff (id),
      kind TEXT NOT NULL CHECK (kind IN ('pin', 'password')),
      algorithm TEXT NOT NULL,
      key_id TEXT NOT NULL,
      salt BLOB NOT NULL,
      hash BLOB NOT NULL,
      set_at INTEGER NOT NULL,
      failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
      locked_until INTEGER
    ) WITHOUT ROWID;

    -- Only the owner's changes to the built-in defaults, so a permission added by a later
    -- version starts from its default rather than from "nobody".
    CREATE TABLE role_permissions (
      role TEXT NOT NULL CHECK (role IN ('manager', 'staff')),
      permission TEXT NOT NULL,
      granted INTEGER NOT NULL CHECK (granted IN (0, 1)),
      PRIMARY KEY (role, permission)
    ) WITHOUT ROWID;

    -- Append-only: every row carries hash = sha256(prev_hash, its fields, details_digest).
    -- The digest covers a random nonce plus the details, so erasing a customer can drop the
    -- details and the nonce (the only update allowed) while the chain still verifies, and the
    -- digest left behind cannot be used to confirm a guessed value.
    CREATE TABLE audit_log (
      seq INTEGER PRIMARY KEY,
      at INTEGER NOT NULL,
      actor_staff_id TEXT,
      actor_label TEXT NOT NULL,
      action TEXT NOT NULL,
      subject_type TEXT NOT NULL,
      subject_id TEXT NOT NULL,
      customer_id TEXT,
      summary TEXT NOT NULL,
      details TEXT NOT NULL,
      details_nonce TEXT,
      details_digest TEXT NOT NULL,
      redacted_at INTEGER,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    );
    CREATE INDEX audit_log_by_customer ON audit_log (customer_id, seq) WHERE customer_id IS NOT NULL;
    CREATE INDEX audit_log_by_subject ON audit_log (subject_id, seq);
    CREATE INDEX audit_log_by_actor ON audit_log (actor_staff_id, seq);
    CREATE INDEX audit_log_by_action ON audit_log (action, seq);
    CREATE INDEX audit_log_by_time ON audit_log (at);

    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
      SELECT RAISE(ABORT, 'the audit trail is append-only: its rows cannot be deleted');
    END;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN NOT (${REDACTION_ONLY}) BEGIN
      SELECT RAISE(ABORT, 'the audit trail is append-only: its rows cannot be changed');
    END;

    -- Who is at the counter now belongs to the running app, not to a row anyone could set.
    DELETE FROM settings WHERE key = 'current_staff_id';
  `,
};
