-- Migration 12: how the campaign recognises entries before awarding them. 'vote' (the default, Circular
-- 18/2013/TT-BKHCN, Art. 8): only entries that passed the council's latest recognition vote at a meeting
-- with quorum are award candidates. 'score': the score alone decides, as before the council voted.

ALTER TABLE campaign ADD COLUMN recognition TEXT NOT NULL DEFAULT 'vote'
    CHECK (recognition IN ('vote', 'score'));
