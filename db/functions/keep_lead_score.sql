/*
core.tr_lead_keep_lead_score: a new lead of a rescored office gets its
core.lead_score row at once, with the initial score (model_id NULL):
core.rank_next_leads walks core.lead_score in an office that was rescored, so every
lead there needs a row. The next rescore gives it the learned score. After each
INSERT statement on core.lead (app.add_lead, the import, released import rows),
set-based; offices never rescored get no rows. The security policy's block
predicate admits the row: it is the inserted lead's office.
PostgreSQL twin: db/postgres/functions/keep_lead_score.sql (core.keep_lead_score).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER TRIGGER core.tr_lead_keep_lead_score
ON core.lead
AFTER INSERT
AS
BEGIN
    SET NOCOUNT ON;

    IF NOT EXISTS (SELECT 1 FROM inserted)
        RETURN;

    INSERT core.lead_score (lead_id, office_id, score)
    SELECT
        i.lead_id,
        i.office_id,
        i.score
    FROM inserted AS i
    WHERE
        EXISTS (
            SELECT 1
            FROM core.scoring_model AS m
            WHERE
                m.office_id = i.office_id
                AND m.rescored_at IS NOT NULL
        )
        AND NOT EXISTS (
            SELECT 1
            FROM core.lead_score AS s
            WHERE s.lead_id = i.lead_id
        );
END;
GO
