-- Migration 9: the decisions and proposals the office prints, with the number, date and signer asked for
-- before printing. Each kind of document has numbered versions; printing (or exporting) one freezes it
-- with the text it printed, so a later change to the awards makes a new version and the printed one stays
-- readable exactly as it went out.

CREATE TABLE award_decision (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('director', 'chairman')),
    version       INTEGER NOT NULL CHECK (version >= 1),
    number        TEXT NOT NULL DEFAULT '',
    decided_on    TEXT,                       -- ISO date printed on the document
    signer_name   TEXT NOT NULL DEFAULT '',
    signer_deputy INTEGER NOT NULL DEFAULT 0 CHECK (signer_deputy IN (0, 1)),
    created_at    TEXT NOT NULL,
    frozen_at     TEXT,                       -- when it was printed or exported; NULL while a draft
    content       TEXT,                       -- the document as printed (JSON), set when frozen
    UNIQUE (kind, version),
    CHECK ((frozen_at IS NULL) = (content IS NULL))
);

-- A printed decision is never changed nor removed.
CREATE TRIGGER award_decision_frozen_update BEFORE UPDATE ON award_decision
WHEN OLD.frozen_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a printed decision is frozen');
END;

CREATE TRIGGER award_decision_frozen_delete BEFORE DELETE ON award_decision
WHEN OLD.frozen_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a printed decision is frozen');
END;
