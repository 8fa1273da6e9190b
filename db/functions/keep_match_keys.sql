/*
core.tr_lead_keep_match_keys: match keys beside every lead, however it was written
(app.add_lead, the import, routing, later edits). After each INSERT and UPDATE
statement on core.lead the keys of the new row versions are added to
core.lead_match_key, set-based. Keys are never removed, so a delivery also matches
what a lead used to be (its history). An UPDATE computes keys only for rows whose
keyed columns changed (routing, assignment and scoring change none): the
NOT EXISTS (... INTERSECT ...) compares the columns NULL-safely.
Then, once, for a database deployed before match keys existed: the keys of every
lead (this file runs while security/drop_office_policy.sql has lifted the policy).
PostgreSQL twin: db/postgres/functions/keep_match_keys.sql (core.keep_match_keys).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER TRIGGER core.tr_lead_keep_match_keys
ON core.lead
AFTER INSERT, UPDATE
AS
BEGIN
    SET NOCOUNT ON;

    IF NOT EXISTS (SELECT 1 FROM inserted)
        RETURN;

    INSERT core.lead_match_key (key_hash, lead_id, key_kind)
    SELECT
        k.key_hash,
        i.lead_id,
        MIN(k.key_kind) AS key_kind
    FROM inserted AS i
    LEFT JOIN deleted AS d ON i.lead_id = d.lead_id
    CROSS APPLY core.match_keys(i.uid, i.company_name, i.plz, i.phone, i.email, i.website) AS k
    WHERE
        (
            d.lead_id IS NULL
            OR NOT EXISTS (
                SELECT
                    i.uid,
                    i.company_name,
                    i.plz,
                    i.phone,
                    i.email,
                    i.website
                INTERSECT
                SELECT
                    d.uid,
                    d.company_name,
                    d.plz,
                    d.phone,
                    d.email,
                    d.website
            )
        )
        AND NOT EXISTS (
            SELECT 1
            FROM core.lead_match_key AS m
            WHERE m.key_hash = k.key_hash AND m.lead_id = i.lead_id
        )
    GROUP BY k.key_hash, i.lead_id;
END;
GO

IF NOT EXISTS (SELECT 1 FROM core.lead_match_key)
    BEGIN
        INSERT core.lead_match_key (key_hash, lead_id, key_kind)
        SELECT
            k.key_hash,
            l.lead_id,
            MIN(k.key_kind) AS key_kind
        FROM core.lead AS l
        CROSS APPLY core.match_keys(l.uid, l.company_name, l.plz, l.phone, l.email, l.website) AS k
        GROUP BY k.key_hash, l.lead_id;
    END;
GO
