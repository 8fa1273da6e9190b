/*
core.contact_window (system-versioned): how long a company stays out of new
deliveries after its lead reached a status, counted from the last contact (event_at,
business time) or, without one, from delivery. office_id NULL is the global rule; an
office's own row wins for that office's leads. window_months NULL: never expires.
status_code is a code of core.lead_status (byte-wise, as there).
Written by app.save_contact_window; history: history.contact_window.
PostgreSQL twin: db/postgres/tables/contact_window.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.contact_window', N'U') IS NULL
    BEGIN
        CREATE TABLE history.contact_window (
            contact_window_id INT NOT NULL,
            office_id SMALLINT NULL,
            status_code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            window_months SMALLINT NULL,
            last_edited_by INT NULL,
            valid_from DATETIME2(3) NOT NULL,
            valid_to DATETIME2(3) NOT NULL
        );

        CREATE CLUSTERED INDEX ix_history_contact_window_valid_to_valid_from
            ON history.contact_window (valid_to, valid_from)
            WITH (DATA_COMPRESSION = PAGE);

        CREATE TABLE core.contact_window (
            contact_window_id INT IDENTITY (1, 1) NOT NULL,
            office_id SMALLINT NULL,
            status_code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            window_months SMALLINT NULL,
            last_edited_by INT NULL,
            valid_from DATETIME2(3) GENERATED ALWAYS AS ROW START NOT NULL,
            valid_to DATETIME2(3) GENERATED ALWAYS AS ROW END NOT NULL,
            CONSTRAINT pk_core_contact_window PRIMARY KEY CLUSTERED (contact_window_id),
            CONSTRAINT fk_core_contact_window_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            CONSTRAINT ck_core_contact_window_window_months CHECK (window_months BETWEEN 0 AND 600),
            PERIOD FOR SYSTEM_TIME (valid_from, valid_to)
        )
        WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.contact_window, DATA_CONSISTENCY_CHECK = ON));
    END;
GO

-- The status is a code of core.lead_status; added when missing, like the indexes.
IF OBJECT_ID(N'core.fk_core_contact_window_status_code_core_lead_status', N'F') IS NULL
    BEGIN
        ALTER TABLE core.contact_window ADD CONSTRAINT fk_core_contact_window_status_code_core_lead_status
        FOREIGN KEY (status_code) REFERENCES core.lead_status (code);
    END;
GO

-- One rule per office and status (a unique index treats the global rule's NULL as one value).
IF INDEXPROPERTY(OBJECT_ID(N'core.contact_window'), N'ux_core_contact_window_office_id_status_code', 'IndexID') IS NULL
    BEGIN
        CREATE UNIQUE INDEX ux_core_contact_window_office_id_status_code
            ON core.contact_window (office_id, status_code);
    END;
GO
