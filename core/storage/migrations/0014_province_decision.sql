-- Migration 14: the province's decision on the proposal for the chairman's certificate (Bằng khen). The
-- office does not decide that award: it records the number and date of the province's decision against
-- the issued version of its proposal, and only then are the entries it names awarded. One decision per
-- proposal version, never changed once recorded.

CREATE TABLE province_decision (
    id           INTEGER PRIMARY KEY,
    proposal_id  INTEGER NOT NULL UNIQUE REFERENCES award_decision(id),
    number       TEXT NOT NULL CHECK (length(trim(number)) > 0),
    decided_on   TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL
);

CREATE TRIGGER province_decision_kept_update BEFORE UPDATE ON province_decision
BEGIN
    SELECT RAISE(ABORT, 'a recorded province decision is kept');
END;

CREATE TRIGGER province_decision_kept_delete BEFORE DELETE ON province_decision
BEGIN
    SELECT RAISE(ABORT, 'a recorded province decision is kept');
END;
