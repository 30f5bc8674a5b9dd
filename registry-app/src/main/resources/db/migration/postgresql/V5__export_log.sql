-- Every export, report and dataset download (issue 11): who took what, with which settings, when.
-- Kept outside the event store (an export changes no case); read by registry managers.
CREATE TABLE export_log (
    id          BIGSERIAL PRIMARY KEY,
    recorded_at TIMESTAMP     NOT NULL,
    user_id     VARCHAR(512)  NOT NULL,
    user_name   VARCHAR(255),
    role        VARCHAR(32)   NOT NULL,
    export      VARCHAR(255)  NOT NULL,
    settings    VARCHAR(4000) NOT NULL
);
CREATE INDEX export_log_recorded_at ON export_log (recorded_at);
