/*
0100_lookup_foreign_keys.sql: coded columns refer to their lookup tables.

Brings a database deployed before the lookup tables (core.lead_status,
core.event_type, core.role, core.size_category, core.noga_branche, created and
filled by their table files just before) to the current shape, keeping its data.
A no-op on a fresh database, where the table files already create this shape.
1. The CHECK lists of codes are dropped (the lookup tables replace them).
2. The code columns compare byte-wise (COLLATE Latin1_General_100_BIN2), so 'WON'
   is not 'won', as on PostgreSQL. Temporal tables: system versioning is turned
   off, the table and its history table are altered alike, and versioning is
   turned on again with the same history table. The indexes and defaults on those
   columns block ALTER COLUMN: they are dropped first and recreated. The
   schema-bound security.caller (it reads core.app_user.role_code) is already
   dropped by security/drop_office_policy.sql.
3. Foreign keys to the lookup tables are added WITH CHECK. A lead whose branche is
   not a NOGA 2008 code stops the deployment with a message naming the codes,
   before anything is changed: nothing is lost, the data is for a person to fix.
Runs inside the deployment's single transaction.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

SET NOCOUNT ON;
SET XACT_ABORT ON;

DECLARE @unknown NVARCHAR(4000) = (
    SELECT STRING_AGG(CAST(b.branche AS NVARCHAR(4000)), N', ') WITHIN GROUP (ORDER BY b.branche)
    FROM (
        SELECT DISTINCT l.branche
        FROM core.lead AS l
        WHERE
            l.branche IS NOT NULL
            AND NOT EXISTS (
                SELECT 1
                FROM core.noga_branche AS n
                WHERE n.code = l.branche COLLATE Latin1_General_100_BIN2  -- noqa: CP02
            )
    ) AS b
);

IF @unknown IS NOT NULL
    BEGIN
        DECLARE @message NVARCHAR(4000) = CONCAT(
            N'core.lead.branche holds codes that are not NOGA 2008 codes of core.noga_branche: ', @unknown,
            N'. Correct them (app.list_codes lists the codes), then deploy again.'
        );
        THROW 50409, @message, 1;
    END;
GO

----------------------------------------------------------------------------
-- 1. CHECK lists
----------------------------------------------------------------------------
IF OBJECT_ID(N'core.ck_core_lead_status', N'C') IS NOT NULL
    BEGIN
        ALTER TABLE core.lead DROP CONSTRAINT ck_core_lead_status;
    END;

IF OBJECT_ID(N'core.ck_core_lead_size_category', N'C') IS NOT NULL
    BEGIN
        ALTER TABLE core.lead DROP CONSTRAINT ck_core_lead_size_category;
    END;

IF OBJECT_ID(N'core.ck_core_lead_event_event_type', N'C') IS NOT NULL
    BEGIN
        ALTER TABLE core.lead_event DROP CONSTRAINT ck_core_lead_event_event_type;
    END;

IF OBJECT_ID(N'core.ck_core_lead_event_old_status', N'C') IS NOT NULL
    BEGIN
        ALTER TABLE core.lead_event DROP CONSTRAINT ck_core_lead_event_old_status;
    END;

IF OBJECT_ID(N'core.ck_core_lead_event_new_status', N'C') IS NOT NULL
    BEGIN
        ALTER TABLE core.lead_event DROP CONSTRAINT ck_core_lead_event_new_status;
    END;

IF OBJECT_ID(N'core.ck_core_app_user_role_code', N'C') IS NOT NULL
    BEGIN
        ALTER TABLE core.app_user DROP CONSTRAINT ck_core_app_user_role_code;
    END;
GO

----------------------------------------------------------------------------
-- 2. Byte-wise code columns
----------------------------------------------------------------------------
IF
    EXISTS (
        SELECT 1
        FROM sys.columns AS c
        WHERE
            c.object_id = OBJECT_ID(N'core.lead')
            AND c.name = N'status'
            AND c.collation_name <> N'Latin1_General_100_BIN2'
    )
    BEGIN
        ALTER TABLE core.lead SET (SYSTEM_VERSIONING = OFF);
        DROP INDEX ix_core_lead_office_id_status_branche_score ON core.lead;
        DROP INDEX ix_core_lead_status_branche_score ON core.lead;
        ALTER TABLE core.lead DROP CONSTRAINT df_core_lead_size_category, df_core_lead_status;

        ALTER TABLE core.lead ALTER COLUMN branche
        VARCHAR(10) COLLATE Latin1_General_100_BIN2 NULL;  -- noqa: CP02
        ALTER TABLE core.lead ALTER COLUMN size_category
        VARCHAR(10) COLLATE Latin1_General_100_BIN2 NOT NULL;  -- noqa: CP02
        ALTER TABLE core.lead ALTER COLUMN status
        VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL;  -- noqa: CP02
        ALTER TABLE history.lead ALTER COLUMN branche
        VARCHAR(10) COLLATE Latin1_General_100_BIN2 NULL;  -- noqa: CP02
        ALTER TABLE history.lead ALTER COLUMN size_category
        VARCHAR(10) COLLATE Latin1_General_100_BIN2 NOT NULL;  -- noqa: CP02
        ALTER TABLE history.lead ALTER COLUMN status
        VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL;  -- noqa: CP02

        ALTER TABLE core.lead ADD CONSTRAINT df_core_lead_size_category DEFAULT ('small') FOR size_category;
        ALTER TABLE core.lead ADD CONSTRAINT df_core_lead_status DEFAULT ('new') FOR status;
        -- As in tables/lead.sql.
        CREATE INDEX ix_core_lead_office_id_status_branche_score
            ON core.lead (office_id, status, branche, score DESC, lead_id DESC);
        CREATE INDEX ix_core_lead_status_branche_score
            ON core.lead (status, branche, score DESC, lead_id DESC);
        ALTER TABLE core.lead SET (
            SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.lead, DATA_CONSISTENCY_CHECK = ON)
        );
    END;
GO

IF
    EXISTS (
        SELECT 1
        FROM sys.columns AS c
        WHERE
            c.object_id = OBJECT_ID(N'core.lead_event')
            AND c.name = N'event_type'
            AND c.collation_name <> N'Latin1_General_100_BIN2'
    )
    BEGIN
        ALTER TABLE core.lead_event SET (SYSTEM_VERSIONING = OFF);

        ALTER TABLE core.lead_event ALTER COLUMN event_type

        VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL;  -- noqa: CP02
        ALTER TABLE core.lead_event ALTER COLUMN old_status
        VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL;  -- noqa: CP02
        ALTER TABLE core.lead_event ALTER COLUMN new_status
        VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL;  -- noqa: CP02
        ALTER TABLE history.lead_event ALTER COLUMN event_type
        VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL;  -- noqa: CP02
        ALTER TABLE history.lead_event ALTER COLUMN old_status
        VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL;  -- noqa: CP02
        ALTER TABLE history.lead_event ALTER COLUMN new_status
        VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL;  -- noqa: CP02

        ALTER TABLE core.lead_event SET (
            SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.lead_event, DATA_CONSISTENCY_CHECK = ON)
        );
    END;
GO

IF
    EXISTS (
        SELECT 1
        FROM sys.columns AS c
        WHERE
            c.object_id = OBJECT_ID(N'core.app_user')
            AND c.name = N'role_code'
            AND c.collation_name <> N'Latin1_General_100_BIN2'
    )
    BEGIN
        ALTER TABLE core.app_user SET (SYSTEM_VERSIONING = OFF);

        ALTER TABLE core.app_user ALTER COLUMN role_code

        VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL;  -- noqa: CP02
        ALTER TABLE history.app_user ALTER COLUMN role_code
        VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL;  -- noqa: CP02

        ALTER TABLE core.app_user SET (
            SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.app_user, DATA_CONSISTENCY_CHECK = ON)
        );
    END;
GO

----------------------------------------------------------------------------
-- 3. Foreign keys to the lookup tables
----------------------------------------------------------------------------
IF OBJECT_ID(N'core.fk_core_lead_branche_core_noga_branche', N'F') IS NULL
    BEGIN
        ALTER TABLE core.lead WITH CHECK ADD CONSTRAINT fk_core_lead_branche_core_noga_branche
        FOREIGN KEY (branche) REFERENCES core.noga_branche (code);
    END;

IF OBJECT_ID(N'core.fk_core_lead_size_category_core_size_category', N'F') IS NULL
    BEGIN
        ALTER TABLE core.lead WITH CHECK ADD CONSTRAINT fk_core_lead_size_category_core_size_category
        FOREIGN KEY (size_category) REFERENCES core.size_category (code);
    END;

IF OBJECT_ID(N'core.fk_core_lead_status_core_lead_status', N'F') IS NULL
    BEGIN
        ALTER TABLE core.lead WITH CHECK ADD CONSTRAINT fk_core_lead_status_core_lead_status
        FOREIGN KEY (status) REFERENCES core.lead_status (code);
    END;

IF OBJECT_ID(N'core.fk_core_lead_event_event_type_core_event_type', N'F') IS NULL
    BEGIN
        ALTER TABLE core.lead_event WITH CHECK ADD CONSTRAINT fk_core_lead_event_event_type_core_event_type
        FOREIGN KEY (event_type) REFERENCES core.event_type (code);
    END;

IF OBJECT_ID(N'core.fk_core_lead_event_old_status_core_lead_status', N'F') IS NULL
    BEGIN
        ALTER TABLE core.lead_event WITH CHECK ADD CONSTRAINT fk_core_lead_event_old_status_core_lead_status
        FOREIGN KEY (old_status) REFERENCES core.lead_status (code);
    END;

IF OBJECT_ID(N'core.fk_core_lead_event_new_status_core_lead_status', N'F') IS NULL
    BEGIN
        ALTER TABLE core.lead_event WITH CHECK ADD CONSTRAINT fk_core_lead_event_new_status_core_lead_status
        FOREIGN KEY (new_status) REFERENCES core.lead_status (code);
    END;

IF OBJECT_ID(N'core.fk_core_app_user_role_code_core_role', N'F') IS NULL
    BEGIN
        ALTER TABLE core.app_user WITH CHECK ADD CONSTRAINT fk_core_app_user_role_code_core_role
        FOREIGN KEY (role_code) REFERENCES core.role (code);
    END;
GO
