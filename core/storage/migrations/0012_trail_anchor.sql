-- Migration 12: the audit trail's anchor. The number of trail rows and the hash of the last one are
-- kept in a row of their own, updated in the same transaction as every trail row, so removing rows from
-- the end of the trail (or the whole trail) no longer leaves a chain that verifies. Files made before
-- this version are anchored at the trail they hold now; the program then records a baseline trail row
-- for every score sheet, award and vote the trail does not yet cover (Database::migrate).
CREATE TABLE trail_anchor (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    row_count INTEGER NOT NULL CHECK (row_count >= 0),
    head_hash TEXT NOT NULL
);
INSERT INTO trail_anchor (id, row_count, head_hash)
SELECT 1, (SELECT count(*) FROM audit_log),
       coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '');
