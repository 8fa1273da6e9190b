/*
core.import_batch_office: a batch's outcome counts for one office (the office the
rows were routed to by PLZ). Office data: security.office_policy, so a manager sees
the counts of their offices only.
PostgreSQL twin: db/postgres/tables/import_batch_office.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.import_batch_office', N'U') IS NULL
    BEGIN
        CREATE TABLE core.import_batch_office (
            batch_id BIGINT NOT NULL,
            office_id SMALLINT NOT NULL,
            new_count INT NOT NULL CONSTRAINT df_core_import_batch_office_new_count DEFAULT (0),
            refreshed_count INT NOT NULL CONSTRAINT df_core_import_batch_office_refreshed_count DEFAULT (0),
            suppressed_count INT NOT NULL CONSTRAINT df_core_import_batch_office_suppressed_count DEFAULT (0),
            duplicate_count INT NOT NULL CONSTRAINT df_core_import_batch_office_duplicate_count DEFAULT (0),
            invalid_count INT NOT NULL CONSTRAINT df_core_import_batch_office_invalid_count DEFAULT (0),
            CONSTRAINT pk_core_import_batch_office PRIMARY KEY CLUSTERED (batch_id, office_id),
            CONSTRAINT fk_core_import_batch_office_batch_id_core_import_batch
            FOREIGN KEY (batch_id) REFERENCES core.import_batch (batch_id),
            CONSTRAINT fk_core_import_batch_office_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id)
        );
    END;
GO

IF INDEXPROPERTY(OBJECT_ID(N'core.import_batch_office'), N'ix_core_import_batch_office_office_id', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_import_batch_office_office_id
            ON core.import_batch_office (office_id, batch_id);
    END;
GO
