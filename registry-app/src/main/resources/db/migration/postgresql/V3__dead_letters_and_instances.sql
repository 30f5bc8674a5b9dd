-- Axon's JDBC dead-letter queue (DeadLetterSchema defaults): an event a projection cannot handle is
-- parked here with its cause, and the rest of that case's events wait behind it, instead of the
-- whole projection stopping.
CREATE TABLE DeadLetterEntry (
    deadLetterIdentifier VARCHAR(255) NOT NULL,
    processingGroup      VARCHAR(255) NOT NULL,
    sequenceIdentifier   VARCHAR(255) NOT NULL,
    sequenceIndex        BIGINT       NOT NULL,
    messageType          VARCHAR(255) NOT NULL,
    eventIdentifier      VARCHAR(255) NOT NULL,
    timestamp            VARCHAR(255) NOT NULL,
    payloadType          VARCHAR(255) NOT NULL,
    payloadRevision      VARCHAR(255),
    payload              BYTEA        NOT NULL,
    metaData             BYTEA,
    type                 VARCHAR(255),
    aggregateIdentifier  VARCHAR(255),
    sequenceNumber       BIGINT,
    tokenType            VARCHAR(255),
    token                BYTEA,
    enqueuedAt           VARCHAR(255) NOT NULL,
    lastTouched          VARCHAR(255),
    processingStarted    VARCHAR(255),
    causeType            VARCHAR(255),
    causeMessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_pk PRIMARY KEY (deadLetterIdentifier),
    CONSTRAINT dead_letter_sequence UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);
CREATE INDEX dead_letter_group ON DeadLetterEntry (processingGroup);
CREATE INDEX dead_letter_sequence_identifier ON DeadLetterEntry (processingGroup, sequenceIdentifier);

-- The registry instances sharing this database, by heartbeat: how segments are shared out.
CREATE TABLE registry_instance (
    instance_id VARCHAR(64) PRIMARY KEY,
    last_seen   TIMESTAMP   NOT NULL
);
