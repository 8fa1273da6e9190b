-- core.import_reason: the one list of import decisions and their reasons, with
-- labels (seed/030_import.sql). decision_code: new, refreshed, suppressed,
-- duplicate, invalid.
CREATE TABLE IF NOT EXISTS core.import_reason (
    reason_code VARCHAR(30) NOT NULL,
    decision_code VARCHAR(20) NOT NULL,
    sort_order SMALLINT NOT NULL,
    label_de VARCHAR(200) NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    CONSTRAINT pk_core_import_reason PRIMARY KEY (reason_code),
    CONSTRAINT ck_core_import_reason_decision_code
    CHECK (decision_code IN ('new', 'refreshed', 'suppressed', 'duplicate', 'invalid'))
);
