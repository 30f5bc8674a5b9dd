-- Issue 26: a yes/no left unanswered is stored as unknown. Fracture risk and aggressiveness may be
-- unknown (rows written before hold what their events said, which was never unknown), and
-- BM-CEMENT-LEAK leaves a vertebral cement step whose leak was not answered out as not evaluable.
ALTER TABLE statistics_procedure ALTER COLUMN fracture_risk SET NULL;
ALTER TABLE statistics_procedure ALTER COLUMN aggressive SET NULL;
ALTER TABLE statistics_procedure ADD COLUMN vertebral_cement_leak_unknown INTEGER DEFAULT 0 NOT NULL;
