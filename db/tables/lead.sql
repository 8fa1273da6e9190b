/*
core.lead: the companies the offices sell to (system-versioned, row-level security).

office_id is set by routing only (app.add_lead, app.route_leads): the office whose
PLZ range contains plz, else the catch-all office. security.office_policy filters
and blocks rows by office_id (security.office_access_predicate), here and on
history.lead.
status (core.lead_status) moves new -> assigned -> contacted -> qualified -> won /
lost; do_not_contact can be set at any time. branche (core.noga_branche) and
size_category (core.size_category) are codes of their lookup tables; code columns
compare byte-wise (Latin1_General_100_BIN2), as on PostgreSQL.
score (0-100) starts at core.initial_score().
History: history.lead.
Every index leads with office_id except the routing one (plz), which only the
router uses: a caller's list reads its offices' parts only, so its cost does not
depend on other offices' rows (app.list_leads reads each office on its own).
search_key: see core.lead_search_gram.
Created only when missing; indexes are added when missing; migrations/0250 brings
older databases to this shape.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.lead', N'U') IS NULL
    BEGIN
        CREATE TABLE history.lead (
            lead_id BIGINT NOT NULL,
            company_name NVARCHAR(200) NOT NULL,
            legal_form VARCHAR(20) NULL,
            uid VARCHAR(15) NULL,
            street NVARCHAR(200) NULL,
            plz SMALLINT NOT NULL,
            ort NVARCHAR(100) NOT NULL,
            canton CHAR(2) NULL,
            phone VARCHAR(30) NULL,
            email VARCHAR(254) NULL,
            website VARCHAR(254) NULL,
            branche VARCHAR(10) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            size_category VARCHAR(10) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            source_batch VARCHAR(40) NULL,
            status VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            score SMALLINT NOT NULL,
            office_id SMALLINT NOT NULL,
            created_at DATETIME2(3) NOT NULL,
            last_edited_by INT NULL,
            valid_from DATETIME2(3) NOT NULL,
            valid_to DATETIME2(3) NOT NULL,
            search_key NVARCHAR(301) COLLATE Latin1_General_100_CI_AI NULL, -- noqa: CP02
            delivered_at DATETIME2(3) NOT NULL,
            import_batch_id BIGINT NULL,
            no_advertising BIT NOT NULL
        );

        CREATE CLUSTERED INDEX ix_history_lead_valid_to_valid_from
            ON history.lead (valid_to, valid_from)
            WITH (DATA_COMPRESSION = PAGE);

        CREATE TABLE core.lead (
            lead_id BIGINT IDENTITY (1, 1) NOT NULL,
            company_name NVARCHAR(200) NOT NULL,
            legal_form VARCHAR(20) NULL,
            uid VARCHAR(15) NULL,
            street NVARCHAR(200) NULL,
            plz SMALLINT NOT NULL,
            ort NVARCHAR(100) NOT NULL,
            canton CHAR(2) NULL,
            phone VARCHAR(30) NULL,
            email VARCHAR(254) NULL,
            website VARCHAR(254) NULL,
            branche VARCHAR(10) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            size_category VARCHAR(10) COLLATE Latin1_General_100_BIN2 NOT NULL  -- noqa: CP02
            CONSTRAINT df_core_lead_size_category DEFAULT ('small'),
            source_batch VARCHAR(40) NULL,
            status VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL  -- noqa: CP02
            CONSTRAINT df_core_lead_status DEFAULT ('new'),
            score SMALLINT NOT NULL CONSTRAINT df_core_lead_score DEFAULT (0),
            office_id SMALLINT NOT NULL,
            created_at DATETIME2(3) NOT NULL CONSTRAINT df_core_lead_created_at DEFAULT (SYSUTCDATETIME()),
            last_edited_by INT NULL,
            valid_from DATETIME2(3) GENERATED ALWAYS AS ROW START NOT NULL,
            valid_to DATETIME2(3) GENERATED ALWAYS AS ROW END NOT NULL,
            -- The stored search key: company name and Ort, lower case, compared
            -- accent-insensitively; its grams are in core.lead_search_gram. History
            -- keeps it as a plain column (SQL Server's rule for computed columns).
            search_key AS (
                CAST(LOWER(company_name + N' ' + ort) AS NVARCHAR(301)) COLLATE Latin1_General_100_CI_AI -- noqa: CP02
            ) PERSISTED,
            -- Added by migrations/0400_lead_import_columns.sql (last, as there): when the
            -- partner delivered the lead (business time), the batch, the UWG star entry.
            delivered_at DATETIME2(3) NOT NULL CONSTRAINT df_core_lead_delivered_at DEFAULT (SYSUTCDATETIME()),
            import_batch_id BIGINT NULL,
            no_advertising BIT NOT NULL CONSTRAINT df_core_lead_no_advertising DEFAULT (0),
            CONSTRAINT pk_core_lead PRIMARY KEY CLUSTERED (lead_id),
            CONSTRAINT fk_core_lead_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            CONSTRAINT ck_core_lead_plz CHECK (plz BETWEEN 1000 AND 9999),
            -- CHE-123.456.789; the byte-wise comparison keeps "CHE" upper case under
            -- a case-insensitive collation.
            CONSTRAINT ck_core_lead_uid CHECK (
                uid LIKE 'CHE-[0-9][0-9][0-9].[0-9][0-9][0-9].[0-9][0-9][0-9]'
                AND CAST(LEFT(uid, 3) AS VARBINARY(3)) = CAST('CHE' AS VARBINARY(3))
            ),
            -- Coded values: one lookup table each (never deleted, so no supporting indexes).
            CONSTRAINT fk_core_lead_branche_core_noga_branche
            FOREIGN KEY (branche) REFERENCES core.noga_branche (code),
            CONSTRAINT fk_core_lead_size_category_core_size_category
            FOREIGN KEY (size_category) REFERENCES core.size_category (code),
            CONSTRAINT fk_core_lead_status_core_lead_status
            FOREIGN KEY (status) REFERENCES core.lead_status (code),
            CONSTRAINT ck_core_lead_score CHECK (score BETWEEN 0 AND 100),
            PERIOD FOR SYSTEM_TIME (valid_from, valid_to)
        )
        WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.lead, DATA_CONSISTENCY_CHECK = ON));
    END;
GO

-- Best leads of an office first; office_id leads, so it also supports
-- fk_core_lead_office_id_core_office.
IF INDEXPROPERTY(OBJECT_ID(N'core.lead'), N'ix_core_lead_office_id_score', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_lead_office_id_score
            ON core.lead (office_id, score DESC, lead_id DESC);
    END;
GO

-- Filtered lists: status and branche within an office, best first.
IF INDEXPROPERTY(OBJECT_ID(N'core.lead'), N'ix_core_lead_office_id_status_branche_score', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_lead_office_id_status_branche_score
            ON core.lead (office_id, status, branche, score DESC, lead_id DESC);
    END;
GO

-- Oldest / newest leads of an office.
IF INDEXPROPERTY(OBJECT_ID(N'core.lead'), N'ix_core_lead_office_id_created_at', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_lead_office_id_created_at
            ON core.lead (office_id, created_at, lead_id);
    END;
GO

-- PLZ range filters within an office.
IF INDEXPROPERTY(OBJECT_ID(N'core.lead'), N'ix_core_lead_office_id_plz', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_lead_office_id_plz
            ON core.lead (office_id, plz);
    END;
GO

-- Routing (core.plan_routing: plz and current office_id) reads every office by PLZ.
IF INDEXPROPERTY(OBJECT_ID(N'core.lead'), N'ix_core_lead_plz', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_lead_plz
            ON core.lead (plz)
            INCLUDE (office_id);
    END;
GO

-- app.get_lead_history reads one lead's versions from history.lead directly: a
-- seek instead of a scan of the (valid_to, valid_from) clustered index. Added when
-- missing, so existing databases get it on the next deployment (no migration).
IF INDEXPROPERTY(OBJECT_ID(N'history.lead'), N'ix_history_lead_lead_id_valid_from', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_history_lead_lead_id_valid_from
            ON history.lead (lead_id, valid_from)
            WITH (DATA_COMPRESSION = PAGE);
    END;
GO
