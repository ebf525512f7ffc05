-- Migration 3: the council's working rules: who scores what, conflicts of interest, how totals are
-- aggregated.

ALTER TABLE campaign ADD COLUMN aggregation TEXT NOT NULL DEFAULT 'mean'
    CHECK (aggregation IN ('mean', 'trimmed_mean', 'median'));
ALTER TABLE campaign ADD COLUMN disagreement_spread REAL NOT NULL DEFAULT 20 CHECK (disagreement_spread >= 0);

-- When an entry has rows here, only these members score it; with none, every member does.
CREATE TABLE assignment (
    member_id   INTEGER NOT NULL REFERENCES council_member(id) ON DELETE CASCADE,
    entry_id    INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    PRIMARY KEY (member_id, entry_id)
) WITHOUT ROWID;

-- Conflicts the clerk adds, or automatic ones the clerk lifts, each with a reason.
CREATE TABLE conflict_override (
    member_id   INTEGER NOT NULL REFERENCES council_member(id) ON DELETE CASCADE,
    entry_id    INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    excluded    INTEGER NOT NULL CHECK (excluded IN (0, 1)),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    set_at      TEXT NOT NULL,
    set_by      TEXT NOT NULL,
    PRIMARY KEY (member_id, entry_id)
) WITHOUT ROWID;
