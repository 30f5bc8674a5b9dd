-- Issue 14: the pain benchmarks read the treated site's pain when a follow-up records it, and can
-- leave out procedures whose follow-up holds another treatment (KIND@day, comma-separated).
-- Rows written before hold neither, which is what their events say.
ALTER TABLE statistics_follow_up ADD COLUMN treated_site_vas INTEGER;
ALTER TABLE statistics_procedure ADD COLUMN other_treatments VARCHAR(2000) DEFAULT '' NOT NULL;
-- BM-CEMENT-LEAK counts the cement steps that treated a mobile-spine vertebra. Steps written before
-- named no level, so each treated the index lesion: the vertebral ones are all of a vertebral row's.
ALTER TABLE statistics_procedure ADD COLUMN vertebral_cement_steps INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE statistics_procedure ADD COLUMN vertebral_cement_steps_leaking INTEGER DEFAULT 0 NOT NULL;
UPDATE statistics_procedure SET vertebral_cement_steps = cement_steps, vertebral_cement_steps_leaking = cement_steps_leaking
    WHERE vertebral;
