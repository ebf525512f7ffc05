-- Migration 18: what a search and the entries list read, kept ready instead of made again on every read.
--
-- An entry's search key becomes its fields folded apart (code, title, nominee, unit, each author, joined
-- by the unit separator U+001F), so a search reads its tier (phrase, one field, anywhere) from the stored
-- key. Folding is the program's own rule, so the keys are written again by the program
-- (refreshEntrySearchKeys, run by Database::migrate after this script, in the same transaction).
--
-- A score sheet keeps the sum of its points (total), kept by triggers whatever writes the points, so an
-- entry's score (the mean of its submitted sheets' totals) is read from its sheets' rows, not from every
-- point. The sum is SQLite's sum() over the sheet's points in their key order, as the list computed it
-- before. No index holds the total: the sheets are found by score_sheet_entry, and an index would be
-- written again with every point (a 100,000-entry demo writes 1.4 million).

ALTER TABLE score_sheet ADD COLUMN total REAL;

UPDATE score_sheet SET total = (SELECT sum(points) FROM score WHERE sheet_id = score_sheet.id);

CREATE TRIGGER score_sheet_total_insert AFTER INSERT ON score
BEGIN
    UPDATE score_sheet SET total = (SELECT sum(points) FROM score WHERE sheet_id = NEW.sheet_id)
        WHERE id = NEW.sheet_id;
END;

CREATE TRIGGER score_sheet_total_update AFTER UPDATE OF sheet_id, points ON score
BEGIN
    UPDATE score_sheet SET total = (SELECT sum(points) FROM score WHERE sheet_id = NEW.sheet_id)
        WHERE id = NEW.sheet_id;
    UPDATE score_sheet SET total = (SELECT sum(points) FROM score WHERE sheet_id = OLD.sheet_id)
        WHERE id = OLD.sheet_id AND OLD.sheet_id <> NEW.sheet_id;
END;

CREATE TRIGGER score_sheet_total_delete AFTER DELETE ON score
BEGIN
    UPDATE score_sheet SET total = (SELECT sum(points) FROM score WHERE sheet_id = OLD.sheet_id)
        WHERE id = OLD.sheet_id;
END;
