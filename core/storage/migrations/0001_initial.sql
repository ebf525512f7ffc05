-- Migration 1: the campaign file as the 2024 plan needs it.
-- Never edit a migration that has shipped: add the next number instead.

CREATE TABLE campaign (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT NOT NULL,
    year            INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    plan_number     TEXT NOT NULL DEFAULT '',
    issuing_body    TEXT NOT NULL DEFAULT '',
    superior_body   TEXT NOT NULL DEFAULT '',
    place           TEXT NOT NULL DEFAULT '',
    opens_on        TEXT,
    closes_on       TEXT,
    pass_ratio      REAL NOT NULL DEFAULT 0.6666666666666666 CHECK (pass_ratio > 0 AND pass_ratio <= 1),
    quorum_ratio    REAL NOT NULL DEFAULT 0.6666666666666666 CHECK (quorum_ratio > 0 AND quorum_ratio <= 1),
    template        TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
);

CREATE TABLE legal_basis (
    id          INTEGER PRIMARY KEY,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL
);

CREATE TABLE content_category (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    group_number INTEGER NOT NULL,
    group_title  TEXT NOT NULL,
    title        TEXT NOT NULL,
    position     INTEGER NOT NULL
);

CREATE TABLE initiative_kind (
    code        TEXT PRIMARY KEY CHECK (code IN ('initiative', 'technical_improvement', 'useful_solution')),
    name        TEXT NOT NULL,
    position    INTEGER NOT NULL
);

CREATE TABLE unit_kind (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    position    INTEGER NOT NULL
);

CREATE TABLE unit (
    id          INTEGER PRIMARY KEY,
    kind_id     INTEGER NOT NULL REFERENCES unit_kind(id),
    name        TEXT NOT NULL,
    district    TEXT NOT NULL DEFAULT '',
    search_key  TEXT NOT NULL DEFAULT '',
    UNIQUE (name)
);

CREATE TABLE nominee (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('collective', 'individual')),
    name        TEXT NOT NULL,
    gender      TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'male', 'female')),
    birth_year  INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    position    TEXT NOT NULL DEFAULT '',
    unit_id     INTEGER REFERENCES unit(id)
);
CREATE INDEX nominee_unit ON nominee(unit_id);

CREATE TABLE entry (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind         TEXT NOT NULL REFERENCES initiative_kind(code),
    category_id  INTEGER REFERENCES content_category(id),
    summary      TEXT NOT NULL DEFAULT '',
    received_on  TEXT,
    status       TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'complete', 'returned',
                     'under_review', 'scored', 'proposed', 'awarded', 'not_awarded')),
    nominee_id   INTEGER NOT NULL REFERENCES nominee(id),
    search_key   TEXT NOT NULL DEFAULT '',
    source_file  TEXT,
    source_row   INTEGER,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX entry_status ON entry(status);
CREATE INDEX entry_category ON entry(category_id);
CREATE INDEX entry_nominee ON entry(nominee_id);

CREATE TABLE entry_author (
    entry_id     INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    full_name    TEXT NOT NULL,
    job_position TEXT NOT NULL DEFAULT '',
    unit_id      INTEGER REFERENCES unit(id),
    share        REAL NOT NULL CHECK (share > 0 AND share <= 100),
    PRIMARY KEY (entry_id, position)
) WITHOUT ROWID;

CREATE TABLE criterion (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    max_points  REAL NOT NULL CHECK (max_points > 0),
    min_points  REAL NOT NULL DEFAULT 0 CHECK (min_points >= 0 AND min_points <= max_points),
    position    INTEGER NOT NULL
);

CREATE TABLE award_form (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    min_score   REAL NOT NULL DEFAULT 0,
    position    INTEGER NOT NULL
);

CREATE TABLE quota_rule (
    id            INTEGER PRIMARY KEY,
    award_form_id INTEGER NOT NULL REFERENCES award_form(id) ON DELETE CASCADE,
    nominee_kind  TEXT NOT NULL CHECK (nominee_kind IN ('collective', 'individual', 'any')),
    max_count     INTEGER NOT NULL CHECK (max_count >= 0),
    UNIQUE (award_form_id, nominee_kind)
);

CREATE TABLE council_member (
    id          INTEGER PRIMARY KEY,
    full_name   TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'secretary', 'member')),
    position    TEXT NOT NULL DEFAULT '',
    unit_id     INTEGER REFERENCES unit(id)
);

CREATE TABLE score_sheet (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL REFERENCES council_member(id) ON DELETE CASCADE,
    entry_id     INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
    comment      TEXT NOT NULL DEFAULT '',
    submitted_at TEXT,
    UNIQUE (member_id, entry_id)
);
CREATE INDEX score_sheet_entry ON score_sheet(entry_id);

CREATE TABLE score (
    sheet_id     INTEGER NOT NULL REFERENCES score_sheet(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criterion(id),
    points       REAL NOT NULL CHECK (points >= 0),
    PRIMARY KEY (sheet_id, criterion_id)
) WITHOUT ROWID;

CREATE TABLE award (
    id            INTEGER PRIMARY KEY,
    entry_id      INTEGER NOT NULL UNIQUE REFERENCES entry(id) ON DELETE CASCADE,
    award_form_id INTEGER NOT NULL REFERENCES award_form(id),
    decided_at    TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT ''
);
