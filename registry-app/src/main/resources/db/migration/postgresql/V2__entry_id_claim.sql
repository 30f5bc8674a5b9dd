-- Command-side lookup: which case each client-supplied entry id belongs to, registry-wide.
CREATE TABLE entry_id_claim (
    entry_id   VARCHAR(64) PRIMARY KEY,
    entry_kind VARCHAR(32) NOT NULL,
    case_id    VARCHAR(64) NOT NULL
);
