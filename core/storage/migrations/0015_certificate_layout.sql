-- Migration 15: where the text goes on the office's pre-printed certificate blanks, kept with the campaign.
-- One layout per award form ('director': Giấy khen, 'chairman': Bằng khen): the paper size and each box
-- (name, unit, reason, decision, date) in millimetres, as JSON (CertificateLayout::toJson). A form without
-- a row prints with the default layout.

CREATE TABLE certificate_layout (
    form      TEXT PRIMARY KEY CHECK (form IN ('director', 'chairman')),
    layout    TEXT NOT NULL,
    saved_at  TEXT NOT NULL,
    saved_by  TEXT NOT NULL
);
