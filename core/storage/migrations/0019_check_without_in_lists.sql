-- Migration 19: two CHECK constraints written as comparisons joined by OR instead of an IN list:
-- entry.status and nominee.gender. They accept exactly the same values, but SQLite checks an IN list of
-- three or more values by building a temporary b-tree for every row written, a quarter of the work of
-- importing a list. SQLite cannot alter a constraint in SQL; the program edits the stored schema by
-- SQLite's documented procedure (rewriteInListCheck, run by Database::migrate after this script, in the
-- same transaction).
SELECT 1;
