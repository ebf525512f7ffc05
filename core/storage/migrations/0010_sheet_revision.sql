-- Migration 10: a revision on every score sheet, raised by every change to it (draft save, submit,
-- reopen, paper entry, score-return merge). It is the file's one version mechanism: a review package
-- records the revision each sheet had when it was exported, so a return never overwrites a sheet the
-- office changed since. Rows users edit elsewhere will get the same column when several seats write.
ALTER TABLE score_sheet ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);
