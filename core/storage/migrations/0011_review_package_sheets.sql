-- Migration 11: what a review package held of each of the member's sheets. The revision the office's
-- sheet had when the package was exported (0: no sheet yet) decides whether a return may overwrite it:
-- a sheet the office changed since is kept, and named. A sheet submitted in the office travels
-- read-only (locked) and a return that changes it is refused for that sheet.
CREATE TABLE review_package_sheet (
    package_id    TEXT NOT NULL REFERENCES review_package(id) ON DELETE CASCADE,
    entry_id      INTEGER NOT NULL,
    base_revision INTEGER NOT NULL CHECK (base_revision >= 0),
    locked        INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    PRIMARY KEY (package_id, entry_id)
) WITHOUT ROWID;

-- Packages exported before this version: their sheets are taken as they stand now (the best the file
-- knows), none read-only, as those packages carried none read-only.
INSERT INTO review_package_sheet (package_id, entry_id, base_revision, locked)
SELECT p.id, e.value, coalesce(sh.revision, 0), 0
FROM review_package p, json_each(p.entry_ids) e
LEFT JOIN score_sheet sh ON sh.member_id = p.member_id AND sh.entry_id = e.value;
