/*
0400: core.lead and history.lead get delivered_at (business time: when the partner
delivered the lead; existing leads take created_at), import_batch_id and
no_advertising (UWG star entry), last in both tables and in the same order.

Runs after security/drop_office_policy.sql (no policy binds core.lead here) and
inside the deployment's single transaction: system versioning goes off, both
tables change, the backfill runs (no history rows are written while versioning is
off) and versioning comes back on with the same history table. A no-op when the
columns exist. Statements that name the new columns run through sp_executesql:
they are compiled only after the columns exist.
PostgreSQL twin: db/postgres/migrations/0400_lead_import_columns.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF
    NOT EXISTS (
        SELECT 1
        FROM sys.columns
        WHERE object_id = OBJECT_ID(N'core.lead') AND name = N'delivered_at'
    )
    BEGIN
        ALTER TABLE core.lead SET (SYSTEM_VERSIONING = OFF);

        ALTER TABLE core.lead ADD
        delivered_at DATETIME2(3) NULL,
        import_batch_id BIGINT NULL,
        no_advertising BIT NOT NULL CONSTRAINT df_core_lead_no_advertising DEFAULT (0);

        ALTER TABLE history.lead ADD
        delivered_at DATETIME2(3) NULL,
        import_batch_id BIGINT NULL,
        no_advertising BIT NOT NULL CONSTRAINT df_history_lead_no_advertising DEFAULT (0);

        EXEC sys.sp_executesql N'
            UPDATE core.lead SET delivered_at = created_at;
            UPDATE history.lead SET delivered_at = created_at;
            ALTER TABLE core.lead ALTER COLUMN delivered_at DATETIME2(3) NOT NULL;
            ALTER TABLE history.lead ALTER COLUMN delivered_at DATETIME2(3) NOT NULL;
            ALTER TABLE core.lead ADD CONSTRAINT df_core_lead_delivered_at
                DEFAULT (SYSUTCDATETIME()) FOR delivered_at;
            ALTER TABLE history.lead DROP CONSTRAINT df_history_lead_no_advertising;';

        ALTER TABLE core.lead SET (
            SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.lead, DATA_CONSISTENCY_CHECK = ON)
        );
    END;
GO
