CREATE TABLE case_file (
    case_id       VARCHAR(64) PRIMARY KEY,
    centre_id     VARCHAR(64) NOT NULL,
    stage         VARCHAR(32) NOT NULL,
    referral_date DATE        NOT NULL,
    document      TEXT        NOT NULL
);
CREATE INDEX case_file_centre_stage ON case_file (centre_id, stage);
