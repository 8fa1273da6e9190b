/*
Migration 0200: core.sign_in_event.outcome refers to the lookup table
core.sign_in_outcome (one list per coded value) instead of a CHECK list, and
compares byte-wise like every code column (Latin1_General_100_BIN2).

A no-op on a fresh database (tables/sign_in_event.sql declares the foreign key).
The table is not temporal, and no index or schema-bound object uses the column,
so its collation can change in place. See db/CONTRACT.md, "Schema changes".
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.ck_core_sign_in_event_outcome', N'C') IS NOT NULL
    BEGIN
        ALTER TABLE core.sign_in_event DROP CONSTRAINT ck_core_sign_in_event_outcome;
    END;
GO

IF
    EXISTS (
        SELECT 1
        FROM sys.columns AS c
        WHERE
            c.object_id = OBJECT_ID(N'core.sign_in_event')
            AND c.name = N'outcome'
            AND c.collation_name <> N'Latin1_General_100_BIN2'
    )
    BEGIN
        ALTER TABLE core.sign_in_event
        ALTER COLUMN outcome VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL;  -- noqa: CP02
    END;
GO

IF OBJECT_ID(N'core.fk_core_sign_in_event_outcome_core_sign_in_outcome', N'F') IS NULL
    BEGIN
        ALTER TABLE core.sign_in_event
        ADD CONSTRAINT fk_core_sign_in_event_outcome_core_sign_in_outcome
        FOREIGN KEY (outcome) REFERENCES core.sign_in_outcome (code);
    END;
GO
