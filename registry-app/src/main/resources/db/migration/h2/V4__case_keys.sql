-- The per-case keys that seal each case's personal fields in the event store (issue 7). They live
-- here, outside the event store's tables, so erasure can destroy one (secret set to NULL, the row
-- kept as the record that it happened) while every event stays as written.
CREATE TABLE case_key (
    case_id    VARCHAR(255) PRIMARY KEY,
    secret     VARBINARY(32),
    created_at TIMESTAMP    NOT NULL,
    erased_at  TIMESTAMP
);
