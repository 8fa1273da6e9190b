/*
core.tr_lead_search_gram: keeps core.lead_search_gram equal to the grams of each
lead's stored search key (core.lead.search_key), in the statement that changes the
lead: insert, a new company name or Ort, a new office (routing), delete.

Runs in the caller's security context: the policy's block predicates on
core.lead_search_gram admit exactly the offices the lead's own write was admitted to
(the router sees every office). Statements that change none of company_name, ort,
office_id (status, score, assignments) leave the grams alone.
After migrations/0250_lead_search_key.sql in db/manifest.txt: it reads search_key.
PostgreSQL: the stored generated column core.lead.search_key and its GIN indexes are
kept by PostgreSQL itself; there is no twin.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER TRIGGER core.tr_lead_search_gram
ON core.lead
AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;

    IF UPDATE(company_name) OR UPDATE(ort) OR UPDATE(office_id) OR NOT EXISTS (SELECT 1 FROM inserted)
        BEGIN
            DELETE g
            FROM deleted AS d
            CROSS APPLY core.search_grams(d.search_key) AS s
            INNER JOIN core.lead_search_gram AS g
            ON
                d.office_id = g.office_id
                AND s.gram = g.gram
                AND d.lead_id = g.lead_id;

            INSERT core.lead_search_gram (office_id, gram, lead_id)
            SELECT
                i.office_id,
                s.gram,
                i.lead_id
            FROM inserted AS i
            CROSS APPLY core.search_grams(i.search_key) AS s;
        END;
END;
GO
