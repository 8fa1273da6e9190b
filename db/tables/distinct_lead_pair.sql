/*
core.distinct_lead_pair: a manager's word that two leads are different companies
although they share a match key (app.mark_import_row_distinct): lead_id is the lead
made from the falsely matched row, distinct_from_lead_id the lead it matched.
Kept both ways. app.import_batch does not match a row to a lead through a key that
the lead shares with a lead it is distinct from. Lead ids only, like core.lead_match_key: no app procedure returns
it, so it tells no office about another's leads.
PostgreSQL twin: db/postgres/tables/distinct_lead_pair.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.distinct_lead_pair', N'U') IS NULL
    BEGIN
        CREATE TABLE core.distinct_lead_pair (
            lead_id BIGINT NOT NULL,
            distinct_from_lead_id BIGINT NOT NULL,
            created_at DATETIME2(3) NOT NULL
            CONSTRAINT df_core_distinct_lead_pair_created_at DEFAULT (SYSUTCDATETIME()),
            CONSTRAINT pk_core_distinct_lead_pair PRIMARY KEY CLUSTERED (lead_id, distinct_from_lead_id),
            CONSTRAINT fk_core_distinct_lead_pair_lead_id_core_lead
            FOREIGN KEY (lead_id) REFERENCES core.lead (lead_id),
            CONSTRAINT fk_core_distinct_lead_pair_distinct_from_lead_id_core_lead
            FOREIGN KEY (distinct_from_lead_id) REFERENCES core.lead (lead_id),
            CONSTRAINT ck_core_distinct_lead_pair_two_leads CHECK (lead_id <> distinct_from_lead_id)
        );
        CREATE INDEX ix_core_distinct_lead_pair_distinct_from_lead_id
            ON core.distinct_lead_pair (distinct_from_lead_id);
    END;
GO
