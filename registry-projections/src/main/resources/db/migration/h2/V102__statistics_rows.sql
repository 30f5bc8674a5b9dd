-- The statistics read model: the analysis dataset's rows in typed columns, one per procedure, with
-- each follow-up and complication beside them (ordinal: their order within the procedure's row).
-- The analysis-dataset projection writes them in the same transaction as its case documents;
-- revision is the stream position at which the projection last wrote the case: at or after the
-- global index of the event that changed it.
CREATE TABLE statistics_procedure (
    case_id              VARCHAR(64)  NOT NULL,
    procedure_id         VARCHAR(64)  NOT NULL,
    centre_id            VARCHAR(64)  NOT NULL,
    operator_id          VARCHAR(64)  NOT NULL,
    performed_on         DATE         NOT NULL,
    procedure_number     INT          NOT NULL,
    procedures_in_case   INT          NOT NULL,
    referral_date        DATE,
    assessed_on          DATE,
    diagnosis            VARCHAR(40),
    histological         BOOLEAN      NOT NULL,
    intent               VARCHAR(20),
    lesion_site          VARCHAR(40),
    vertebral            BOOLEAN      NOT NULL,
    max_diameter_mm      INT,
    fracture_risk        BOOLEAN      NOT NULL,
    aggressive           BOOLEAN      NOT NULL,
    techniques           VARCHAR(200) NOT NULL,
    step_techniques      VARCHAR(2000) NOT NULL,
    single_technique     BOOLEAN      NOT NULL,
    anaesthesia          VARCHAR(40),
    technical_success    BOOLEAN,
    baseline_vas         INT,
    baseline_opioid_mme  DOUBLE PRECISION,
    baseline_neuralgia   BOOLEAN,
    cement_steps         INT          NOT NULL,
    cement_steps_leaking INT          NOT NULL,
    cement_volume_ml     DOUBLE PRECISION,
    ethanol_volume_ml    DOUBLE PRECISION,
    closure_reason       VARCHAR(40),
    closed_on            DATE,
    revision             BIGINT       NOT NULL,
    PRIMARY KEY (case_id, procedure_id)
);
CREATE INDEX statistics_procedure_revision ON statistics_procedure (revision);
CREATE INDEX statistics_procedure_centre ON statistics_procedure (centre_id, performed_on);
CREATE INDEX statistics_procedure_operator ON statistics_procedure (operator_id, performed_on);
CREATE INDEX statistics_procedure_period ON statistics_procedure (performed_on);
CREATE INDEX statistics_procedure_diagnosis ON statistics_procedure (diagnosis);

CREATE TABLE statistics_follow_up (
    case_id           VARCHAR(64) NOT NULL,
    procedure_id      VARCHAR(64) NOT NULL,
    follow_up_id      VARCHAR(64) NOT NULL,
    ordinal           INT         NOT NULL,
    assessed_on       DATE        NOT NULL,
    days_after        INT         NOT NULL,
    vas               INT         NOT NULL,
    opioid_mme        DOUBLE PRECISION,
    neuralgia         BOOLEAN,
    local_recurrence  BOOLEAN,
    tumour_volume     VARCHAR(20),
    fracture          BOOLEAN,
    vital_status      VARCHAR(20),
    PRIMARY KEY (case_id, procedure_id, follow_up_id)
);

CREATE TABLE statistics_complication (
    case_id           VARCHAR(64) NOT NULL,
    procedure_id      VARCHAR(64) NOT NULL,
    complication_id   VARCHAR(64) NOT NULL,
    ordinal           INT         NOT NULL,
    onset             DATE        NOT NULL,
    days_after        INT         NOT NULL,
    complication_type VARCHAR(40) NOT NULL,
    cirse_grade       INT         NOT NULL,
    PRIMARY KEY (case_id, procedure_id, complication_id)
);

-- Bumped by each rebuild, so a reader holding rows in memory knows to read them all again.
CREATE TABLE statistics_generation (
    generation BIGINT NOT NULL
);
INSERT INTO statistics_generation VALUES (0);
