/*
core.lead_search_gram: the three-character pieces (grams) of every lead's search key,
the index behind the search of app.list_leads (see functions/search_grams.sql for why
an n-gram table and not full-text search).

Key (office_id, gram, lead_id): a search reads only the caller's offices' entries for
the term's grams, so its cost does not depend on other offices' leads. gram compares
case- and accent-insensitively (Latin1_General_100_CI_AI).
Kept by the trigger core.tr_lead_search_gram (triggers/lead_search_gram.sql) in the
same statement as the lead's insert, name, Ort or office change (routing), so a moved
lead's grams move with it atomically. No foreign key to core.lead: the trigger runs
after the lead's row is written and removes the grams of a deleted lead.
Row-level security: security.office_policy filters and blocks by office_id, as on
core.lead. Not temporal: it is derived data, rebuilt from core.lead.
PostgreSQL twin: db/postgres/tables/lead_search_gram.sql (none needed there).
Created only when missing; migrations/0250_lead_search_key.sql fills it for existing leads.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.lead_search_gram', N'U') IS NULL
    BEGIN
        CREATE TABLE core.lead_search_gram (
            office_id SMALLINT NOT NULL,
            gram NCHAR(3) COLLATE Latin1_General_100_CI_AI NOT NULL, -- noqa: CP02
            lead_id BIGINT NOT NULL,
            CONSTRAINT pk_core_lead_search_gram PRIMARY KEY CLUSTERED (office_id, gram, lead_id)
            WITH (DATA_COMPRESSION = PAGE)
        );
    END;
GO
