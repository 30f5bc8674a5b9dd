CREATE TABLE analysis_case (
    case_id   VARCHAR(64) PRIMARY KEY,
    centre_id VARCHAR(64) NOT NULL,
    document  CLOB        NOT NULL
);
CREATE INDEX analysis_case_centre ON analysis_case (centre_id);

CREATE TABLE conformance_case (
    case_id   VARCHAR(64) PRIMARY KEY,
    centre_id VARCHAR(64) NOT NULL
);

CREATE TABLE conformance_evaluation (
    case_id       VARCHAR(64)   NOT NULL,
    centre_id     VARCHAR(64)   NOT NULL,
    entry_key     VARCHAR(120)  NOT NULL,
    entry_kind    VARCHAR(32)   NOT NULL,
    entry_id      VARCHAR(64),
    entry_date    DATE,
    rule_id       VARCHAR(64)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    detail        VARCHAR(2000),
    justification VARCHAR(2000)
);
CREATE INDEX conformance_evaluation_entry ON conformance_evaluation (case_id, entry_key);
CREATE INDEX conformance_evaluation_centre_date ON conformance_evaluation (centre_id, entry_date);
