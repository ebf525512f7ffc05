-- Migration 2: what the clerk records about an entry all year, its status history, its documents,
-- and the audit trail of every change.

ALTER TABLE entry ADD COLUMN first_applied_on TEXT;
ALTER TABLE entry ADD COLUMN scope TEXT NOT NULL DEFAULT '';
ALTER TABLE entry ADD COLUMN economic_benefit INTEGER CHECK (economic_benefit IS NULL OR economic_benefit >= 0);
ALTER TABLE entry ADD COLUMN return_reason TEXT NOT NULL DEFAULT '';

-- Every status change, stamped with time and user.
CREATE TABLE entry_status_change (
    id           INTEGER PRIMARY KEY,
    entry_id     INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    from_status  TEXT,
    to_status    TEXT NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    changed_at   TEXT NOT NULL,
    changed_by   TEXT NOT NULL
);
CREATE INDEX entry_status_change_entry ON entry_status_change(entry_id);

-- The documents checklist of an entry (which papers arrived).
CREATE TABLE entry_document (
    entry_id     INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    document     TEXT NOT NULL,
    received     INTEGER NOT NULL DEFAULT 0 CHECK (received IN (0, 1)),
    PRIMARY KEY (entry_id, document)
) WITHOUT ROWID;

-- Files attached into the campaign file, so a copy of the file carries them.
CREATE TABLE entry_attachment (
    id           INTEGER PRIMARY KEY,
    entry_id     INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    file_name    TEXT NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    content      BLOB NOT NULL,
    added_at     TEXT NOT NULL
);
CREATE INDEX entry_attachment_entry ON entry_attachment(entry_id);

-- Who changed what, when, with the record before and after (JSON). Each row carries the hash of the
-- previous row, so a row removed or edited outside the program breaks the chain.
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    user_name    TEXT NOT NULL,
    action       TEXT NOT NULL,
    table_name   TEXT NOT NULL,
    record_id    INTEGER,
    record_label TEXT NOT NULL DEFAULT '',
    before_json  TEXT,
    after_json   TEXT,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE INDEX audit_log_record ON audit_log(table_name, record_id);
