-- Issue 26: a yes/no left unanswered is stored as unknown. Fracture risk and aggressiveness may be
-- unknown (rows written before hold what their events said, which was never unknown), and
-- BM-CEMENT-LEAK leaves a vertebral cement step whose leak was not answered out as not evaluable.
ALTER TABLE statistics_procedure ALTER COLUMN fracture_risk DROP NOT NULL;
ALTER TABLE statistics_procedure ALTER COLUMN aggressive DROP NOT NULL;
ALTER TABLE statistics_procedure ADD COLUMN vertebral_cement_leak_unknown INTEGER DEFAULT 0 NOT NULL;
-- The case list shows each patient by the centre's pseudonym and finds them by it (upper-cased here,
-- blanked by an erasure as the document's is), and leaves out cases entered in error where asked.
-- The case files written before hold neither, so the case summary is read again from the events:
-- its files go here, its position in V108_1 (the token store is the registry's), and it rebuilds
-- on the next start.
ALTER TABLE case_file ADD COLUMN pseudonym_key VARCHAR(64);
ALTER TABLE case_file ADD COLUMN entered_in_error BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX case_file_pseudonym ON case_file (pseudonym_key);
DELETE FROM case_file;
-- A case whose procedures are all entered in error (or the case itself) is left with no statistics
-- rows; it is marked here, so that readers holding its rows drop them.
CREATE TABLE statistics_cleared (
    case_id  VARCHAR(64) NOT NULL,
    revision BIGINT      NOT NULL
);
CREATE INDEX statistics_cleared_revision ON statistics_cleared (revision);
