/*
0250_lead_search_key: brings a database deployed from the previous main to the shape
of issue 6 (search on a stored key) and issue 8 (costs independent of other offices):
- core.lead gets the persisted computed column search_key, history.lead the same
  column as a plain one, filled for the versions already there (SQL Server refuses to add a computed column while system
  versioning is on: Msg 13724). Versioning goes off and back on with the same
  history table inside the deployment's transaction;
- core.lead_search_gram (created empty by tables/lead_search_gram.sql) is filled with
  the grams of the existing leads; from then on the trigger keeps it;
- the indexes that did not lead with office_id (ix_core_lead_score,
  ix_core_lead_status_branche_score) are dropped: app.list_leads reads each office
  on its own.
Idempotent and guarded by catalog checks: a no-op on a fresh database. Runs after
security/drop_office_policy.sql, so no security policy filters or blocks it.
PostgreSQL twin: db/postgres/migrations/0250_lead_search_key.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF COL_LENGTH(N'core.lead', N'search_key') IS NULL
    BEGIN
        ALTER TABLE core.lead SET (SYSTEM_VERSIONING = OFF);

        ALTER TABLE core.lead ADD search_key AS (
            CAST(LOWER(company_name + N' ' + ort) AS NVARCHAR(301)) COLLATE Latin1_General_100_CI_AI -- noqa: CP02
        ) PERSISTED;

        ALTER TABLE history.lead ADD search_key NVARCHAR(301) COLLATE Latin1_General_100_CI_AI NULL; -- noqa: CP02

        -- The versions already in history get their key while versioning is off
        -- (dynamic: the column is new to this batch).
        EXEC (N'UPDATE history.lead SET search_key = CAST(LOWER(company_name + N'' '' + ort) AS NVARCHAR(301));');

        ALTER TABLE core.lead SET (
            SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.lead, DATA_CONSISTENCY_CHECK = ON)
        );
    END;
GO

-- A separate batch: it reads the column added above.
IF
    NOT EXISTS (SELECT 1 FROM core.lead_search_gram)
    AND EXISTS (SELECT 1 FROM core.lead)
    BEGIN
        INSERT core.lead_search_gram (office_id, gram, lead_id)
        SELECT
            l.office_id,
            s.gram,
            l.lead_id
        FROM core.lead AS l
        CROSS APPLY core.search_grams(l.search_key) AS s;
    END;
GO

IF INDEXPROPERTY(OBJECT_ID(N'core.lead'), N'ix_core_lead_score', 'IndexID') IS NOT NULL
    BEGIN
        DROP INDEX ix_core_lead_score ON core.lead;
    END;
GO

IF INDEXPROPERTY(OBJECT_ID(N'core.lead'), N'ix_core_lead_status_branche_score', 'IndexID') IS NOT NULL
    BEGIN
        DROP INDEX ix_core_lead_status_branche_score ON core.lead;
    END;
GO
