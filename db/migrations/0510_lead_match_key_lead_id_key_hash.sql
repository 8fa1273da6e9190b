/*
0510_lead_match_key_lead_id_key_hash.sql: core.lead_match_key's index on lead_id
becomes (lead_id, key_hash), so that the next best lead checks a lead's keys against
core.suppression from the index alone. Brings a database deployed before it to the
current shape; a no-op on a fresh database (tables/lead_match_key.sql creates the
new index, and the old one never existed there). core.lead_match_key is not
temporal and no schema-bound object refers to the index. Runs inside the
deployment's single transaction.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF
    NOT EXISTS (
        SELECT 1
        FROM sys.indexes AS i
        WHERE
            i.object_id = OBJECT_ID(N'core.lead_match_key')
            AND i.name = N'ix_core_lead_match_key_lead_id_key_hash'
    )
    BEGIN
        CREATE INDEX ix_core_lead_match_key_lead_id_key_hash
            ON core.lead_match_key (lead_id, key_hash);
    END;
GO

IF
    EXISTS (
        SELECT 1
        FROM sys.indexes AS i
        WHERE
            i.object_id = OBJECT_ID(N'core.lead_match_key')
            AND i.name = N'ix_core_lead_match_key_lead_id'
    )
    BEGIN
        DROP INDEX ix_core_lead_match_key_lead_id ON core.lead_match_key;
    END;
GO
