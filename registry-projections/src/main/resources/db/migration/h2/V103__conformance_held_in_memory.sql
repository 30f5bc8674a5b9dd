-- Conformance is counted from evaluations held in memory (ConformanceCounts): each case records the
-- event position of its newest evaluation, so a reader reads again only the cases changed since, and
-- a rebuild moves the generation on so readers read everything again.
ALTER TABLE conformance_case ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
CREATE INDEX conformance_case_revision ON conformance_case (revision);

CREATE TABLE conformance_generation (
    generation BIGINT NOT NULL
);
INSERT INTO conformance_generation VALUES (0);

-- the deviations listed beside the counts are a few in a hundred evaluations
CREATE INDEX conformance_evaluation_status ON conformance_evaluation (status);
