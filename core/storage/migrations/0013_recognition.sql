-- Migration 13: how the campaign recognises entries before awarding them. 'vote' (the default, Circular
-- 18/2013/TT-BKHCN, Art. 8): only entries that passed the council's latest recognition vote at a meeting
-- with quorum are award candidates. 'score': the score alone decides, as before the council voted.

ALTER TABLE campaign ADD COLUMN recognition TEXT NOT NULL DEFAULT 'vote'
    CHECK (recognition IN ('vote', 'score'));

-- A campaign that already stored awards without any recognition vote keeps working as it did: its awards
-- were given by score, and the office can switch to the vote in Thiết lập.
UPDATE campaign SET recognition = 'score'
WHERE EXISTS (SELECT 1 FROM award) AND NOT EXISTS (SELECT 1 FROM meeting_vote);
