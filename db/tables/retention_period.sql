/*
core.retention_period (system-versioned): how long the personal data of a lead is
kept after its last business activity (its latest event's event_at, else its
delivery) before app.apply_retention anonymizes it (Swiss nDSG). office_id NULL is
the global rule; an office's own row wins for that office's leads. Changes are
historized in history.retention_period, like the contact windows.
PostgreSQL twin: db/postgres/tables/retention_period.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.retention_period', N'U') IS NULL
    BEGIN
        CREATE TABLE history.retention_period (
            retention_period_id INT NOT NULL,
            office_id SMALLINT NULL,
            retention_months SMALLINT NOT NULL,
            last_edited_by INT NULL,
            valid_from DATETIME2(3) NOT NULL,
            valid_to DATETIME2(3) NOT NULL
        );

        CREATE CLUSTERED INDEX ix_history_retention_period_valid_to_valid_from
            ON history.retention_period (valid_to, valid_from)
            WITH (DATA_COMPRESSION = PAGE);

        CREATE TABLE core.retention_period (
            retention_period_id INT IDENTITY (1, 1) NOT NULL,
            office_id SMALLINT NULL,
            retention_months SMALLINT NOT NULL,
            last_edited_by INT NULL,
            valid_from DATETIME2(3) GENERATED ALWAYS AS ROW START NOT NULL,
            valid_to DATETIME2(3) GENERATED ALWAYS AS ROW END NOT NULL,
            CONSTRAINT pk_core_retention_period PRIMARY KEY CLUSTERED (retention_period_id),
            CONSTRAINT fk_core_retention_period_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            CONSTRAINT ck_core_retention_period_retention_months CHECK (retention_months BETWEEN 1 AND 600),
            PERIOD FOR SYSTEM_TIME (valid_from, valid_to)
        )
        WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.retention_period, DATA_CONSISTENCY_CHECK = ON));
    END;
GO

-- One rule per office (a unique index treats the global rule's NULL as one value).
IF INDEXPROPERTY(OBJECT_ID(N'core.retention_period'), N'ux_core_retention_period_office_id', 'IndexID') IS NULL
    BEGIN
        CREATE UNIQUE INDEX ux_core_retention_period_office_id
            ON core.retention_period (office_id);
    END;
GO
