-- Migration 16: units that became other units (a merge, a rename, a district abolished and its communes
-- regrouped, several to one or one to several), kept with the campaign so that a campaign started from an
-- older one, the history across years and the duplicate search follow a unit to its successors.
-- One row per (unit, successor) pair; names, not ids, since the units live in different campaign files.

CREATE TABLE unit_succession (
    id              INTEGER PRIMARY KEY,
    from_name       TEXT NOT NULL CHECK (length(trim(from_name)) > 0),
    to_name         TEXT NOT NULL CHECK (length(trim(to_name)) > 0),
    effective_on    TEXT NOT NULL,
    kind            TEXT NOT NULL DEFAULT '',
    basis           TEXT NOT NULL DEFAULT '',
    UNIQUE (from_name, to_name)
);
