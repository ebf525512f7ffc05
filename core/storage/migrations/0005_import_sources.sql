-- Migration 5: where imported entries came from, so importing the same file twice imports nothing.

-- One row of a spreadsheet that became an entry. The key is the file's content (SHA-256), not its name:
-- the same list renamed or moved is still the same list, and an edited list is a new one.
-- Deleting the entry forgets the row, so a clerk who deleted a wrong entry can import it again.
CREATE TABLE import_row (
    file_sha256  TEXT NOT NULL,
    sheet        TEXT NOT NULL,
    row          INTEGER NOT NULL,
    entry_id     INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    file_name    TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    PRIMARY KEY (file_sha256, sheet, row)
);
CREATE INDEX import_row_entry ON import_row(entry_id);
