-- Migration 17: the text of the interim and final reports (sơ kết, tổng kết) as the office edited it, kept
-- with the campaign: plain text with placeholders for the figures (ReportTemplate). A kind without a row
-- prints with the program's default text.

CREATE TABLE report_template (
    kind      TEXT PRIMARY KEY CHECK (kind IN ('interim', 'final')),
    body      TEXT NOT NULL,
    saved_at  TEXT NOT NULL,
    saved_by  TEXT NOT NULL
);
