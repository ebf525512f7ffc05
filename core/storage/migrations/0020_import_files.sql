-- Migration 20: an import's file (its SHA-256, sheet, name and time) is written once, in import_file, and
-- each imported row refers to it by id, instead of every row repeating 64 hexadecimal digits, the sheet's
-- name, the file's name and the time. Writing a row's key was a tenth of an import's work; the rows of a
-- file are found the same way (by the file's content and sheet, migration 5).

CREATE TABLE import_file (
    id           INTEGER PRIMARY KEY,
    file_sha256  TEXT NOT NULL,
    sheet        TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    imported_at  TEXT NOT NULL
);
CREATE INDEX import_file_content ON import_file(file_sha256, sheet);

INSERT INTO import_file (file_sha256, sheet, file_name, imported_at)
    SELECT DISTINCT file_sha256, sheet, file_name, imported_at FROM import_row
    ORDER BY imported_at, file_name, file_sha256, sheet;

-- Deleting the entry still forgets the row, so a clerk who deleted a wrong entry can import it again.
CREATE TABLE import_row_by_file (
    file_id   INTEGER NOT NULL REFERENCES import_file(id),
    row       INTEGER NOT NULL,
    entry_id  INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    PRIMARY KEY (file_id, row)
) WITHOUT ROWID;

INSERT INTO import_row_by_file (file_id, row, entry_id)
    SELECT f.id, r.row, r.entry_id FROM import_row r
    JOIN import_file f ON f.file_sha256 = r.file_sha256 AND f.sheet = r.sheet
        AND f.file_name = r.file_name AND f.imported_at = r.imported_at;

DROP TABLE import_row;
ALTER TABLE import_row_by_file RENAME TO import_row;
CREATE INDEX import_row_entry ON import_row(entry_id);
