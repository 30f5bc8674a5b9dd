-- Each evaluation carries the event position that wrote it, so a case's change is seen without
-- updating its conformance_case row on every evaluation (that update wrote a random page per event
-- and halved the rebuild's pace); an entry left with no evaluation is marked in conformance_cleared.
ALTER TABLE conformance_evaluation ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
CREATE INDEX conformance_evaluation_revision ON conformance_evaluation (revision);

CREATE TABLE conformance_cleared (
    case_id  VARCHAR(64) NOT NULL,
    revision BIGINT      NOT NULL
);
CREATE INDEX conformance_cleared_revision ON conformance_cleared (revision);

DROP INDEX conformance_case_revision;
ALTER TABLE conformance_case DROP COLUMN revision;
