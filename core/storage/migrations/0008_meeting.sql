-- Migration 8: the council's meeting (Circular 18/2013/TT-BKHCN, Art. 8): who attended, whether the
-- meeting had its quorum, and the recognition vote on each entry, open (each present member's choice) or
-- secret (counts only, no names), with the result against the pass ratio as it stood when voted.

CREATE TABLE meeting (
    id            INTEGER PRIMARY KEY,
    held_on       TEXT NOT NULL,                  -- ISO date of the meeting
    place         TEXT NOT NULL DEFAULT '',
    chair_id      INTEGER REFERENCES council_member(id),
    secretary_id  INTEGER REFERENCES council_member(id),
    notes         TEXT NOT NULL DEFAULT '',
    members       INTEGER NOT NULL CHECK (members >= 0),  -- the council's size at the meeting
    present       INTEGER NOT NULL CHECK (present >= 0 AND present <= members),
    quorum_ratio  REAL NOT NULL CHECK (quorum_ratio > 0 AND quorum_ratio <= 1),
    quorum        INTEGER NOT NULL CHECK (quorum IN (0, 1)),
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL
);

-- One row per council member at the meeting: present, or absent with the reason given.
CREATE TABLE meeting_attendance (
    meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    member_id      INTEGER NOT NULL REFERENCES council_member(id),
    present        INTEGER NOT NULL CHECK (present IN (0, 1)),
    absence_reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, member_id)
) WITHOUT ROWID;

-- The recognition vote on one entry at one meeting. A secret ballot keeps counts only; an open vote keeps
-- the counts and each member's choice in meeting_ballot (blank counts abstentions there).
CREATE TABLE meeting_vote (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    entry_id    INTEGER NOT NULL REFERENCES entry(id),
    mode        TEXT NOT NULL CHECK (mode IN ('open', 'secret')),
    agree       INTEGER NOT NULL CHECK (agree >= 0),
    disagree    INTEGER NOT NULL CHECK (disagree >= 0),
    blank       INTEGER NOT NULL DEFAULT 0 CHECK (blank >= 0),
    members     INTEGER NOT NULL CHECK (members > 0),
    pass_ratio  REAL NOT NULL CHECK (pass_ratio > 0 AND pass_ratio <= 1),
    passes      INTEGER NOT NULL CHECK (passes IN (0, 1)),
    voted_at    TEXT NOT NULL,
    voted_by    TEXT NOT NULL,
    UNIQUE (meeting_id, entry_id)
);

CREATE TABLE meeting_ballot (
    vote_id    INTEGER NOT NULL REFERENCES meeting_vote(id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES council_member(id),
    choice     TEXT NOT NULL CHECK (choice IN ('agree', 'disagree', 'abstain')),
    PRIMARY KEY (vote_id, member_id)
) WITHOUT ROWID;
CREATE INDEX meeting_vote_entry ON meeting_vote(entry_id);
