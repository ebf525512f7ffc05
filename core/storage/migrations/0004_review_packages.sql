-- Migration 4: review packages sent to council members' laptops and the score returns that come back.

-- A campaign's identity, so a score return made for one campaign file is never merged into another.
-- ALTER TABLE cannot give a column a random default, so existing rows get one here and new rows get one
-- from the trigger (the template inserts the campaign row after the migrations have run).
ALTER TABLE campaign ADD COLUMN uid TEXT;
UPDATE campaign SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
CREATE TRIGGER campaign_uid_on_insert AFTER INSERT ON campaign WHEN NEW.uid IS NULL
BEGIN
    UPDATE campaign SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

-- One package exported for one member: what it held, so its returns can be checked against it.
CREATE TABLE review_package (
    id               TEXT PRIMARY KEY,           -- random, 32 hex digits; also in the file's header
    member_id        INTEGER NOT NULL REFERENCES council_member(id) ON DELETE CASCADE,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    criteria_version TEXT NOT NULL,              -- SHA-256 of the criteria as the package carried them
    entry_ids        TEXT NOT NULL               -- JSON array of the entry ids in the package
);
CREATE INDEX review_package_member ON review_package(member_id);

-- Every return merged, so the same return twice changes nothing and an older one never wins.
CREATE TABLE review_return (
    package_id    TEXT NOT NULL REFERENCES review_package(id) ON DELETE CASCADE,
    revision      INTEGER NOT NULL,
    imported_at   TEXT NOT NULL,
    imported_by   TEXT NOT NULL,
    content_hash  TEXT NOT NULL,                 -- SHA-256 of the return's decrypted content
    PRIMARY KEY (package_id, revision)
) WITHOUT ROWID;
