/*
core.lead_match_key: every match key a lead has ever had (a refresh adds the new
ones, none is removed), as core.key_hash. A delivery matches the lead's history too.
Hashes only; only the import and erasure read it. Kept by the trigger
core.tr_lead_keep_match_keys (functions/keep_match_keys.sql).
PostgreSQL twin: db/postgres/tables/lead_match_key.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.lead_match_key', N'U') IS NULL
    BEGIN
        CREATE TABLE core.lead_match_key (
            key_hash VARBINARY(32) NOT NULL,
            lead_id BIGINT NOT NULL,
            key_kind VARCHAR(10) NOT NULL,
            CONSTRAINT pk_core_lead_match_key PRIMARY KEY CLUSTERED (key_hash, lead_id),
            CONSTRAINT fk_core_lead_match_key_lead_id_core_lead
            FOREIGN KEY (lead_id) REFERENCES core.lead (lead_id),
            CONSTRAINT ck_core_lead_match_key_key_kind
            CHECK (key_kind IN ('uid', 'name_plz', 'phone', 'email', 'domain'))
        );
    END;
GO

-- A lead's keys, read from the index alone (the next best lead's suppression check).
IF INDEXPROPERTY(OBJECT_ID(N'core.lead_match_key'), N'ix_core_lead_match_key_lead_id_key_hash', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_lead_match_key_lead_id_key_hash
            ON core.lead_match_key (lead_id, key_hash);
    END;
GO
