-- Issue 27: BM-RFI-NEURALGIA reads the neuralgia's intensity at baseline and at follow-up, and
-- BM-CEMENT-LEAK counts a vertebra once whatever the steps at its level. Rows written before counted
-- two steps at one level twice, so the analysis dataset is read again from the events: its documents
-- and rows go here, its position in V109_1 (the token store is the registry's), and it rebuilds on
-- the next start.
ALTER TABLE statistics_procedure ADD COLUMN baseline_neuralgia_intensity INTEGER;
ALTER TABLE statistics_follow_up ADD COLUMN neuralgia_intensity INTEGER;
DELETE FROM analysis_case;
DELETE FROM statistics_procedure;
DELETE FROM statistics_follow_up;
DELETE FROM statistics_complication;
DELETE FROM statistics_cleared;
UPDATE statistics_generation SET generation = generation + 1;
