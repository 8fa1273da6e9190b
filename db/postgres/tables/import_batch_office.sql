-- core.import_batch_office: a batch's outcome counts for one office (the office the
-- rows were routed to by PLZ). Office data: row-level security, so a manager sees
-- the counts of their offices only.
CREATE TABLE IF NOT EXISTS core.import_batch_office (
    batch_id BIGINT NOT NULL,
    office_id SMALLINT NOT NULL,
    new_count INTEGER NOT NULL DEFAULT 0,
    refreshed_count INTEGER NOT NULL DEFAULT 0,
    suppressed_count INTEGER NOT NULL DEFAULT 0,
    duplicate_count INTEGER NOT NULL DEFAULT 0,
    invalid_count INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT pk_core_import_batch_office PRIMARY KEY (batch_id, office_id),
    CONSTRAINT fk_core_import_batch_office_batch_id_core_import_batch
    FOREIGN KEY (batch_id) REFERENCES core.import_batch (batch_id),
    CONSTRAINT fk_core_import_batch_office_office_id_core_office
    FOREIGN KEY (office_id) REFERENCES core.office (office_id)
);

CREATE INDEX IF NOT EXISTS ix_core_import_batch_office_office_id ON core.import_batch_office (office_id, batch_id);
