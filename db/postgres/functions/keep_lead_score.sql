-- A new lead of a rescored office gets its core.lead_score row at once, with the
-- initial score (model_id NULL): core.rank_next_leads walks core.lead_score in an
-- office that was rescored, so every lead there needs a row. The next rescore gives
-- it the learned score. After each INSERT statement on core.lead (app.add_lead, the
-- import, released import rows), set-based; offices never rescored get no rows.
-- Runs with the rights of the inserting function (RLS applies to the owner; the
-- import's router has its grants in security/grants.sql).
-- The T-SQL twin is the trigger core.tr_lead_keep_lead_score.
CREATE OR REPLACE FUNCTION core.keep_lead_score()
RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO core.lead_score (lead_id, office_id, score)
    SELECT n.lead_id, n.office_id, n.score
    FROM new_lead AS n
    WHERE EXISTS (
        SELECT 1 FROM core.scoring_model AS m
        WHERE m.office_id = n.office_id AND m.rescored_at IS NOT NULL
    )
    ON CONFLICT (lead_id) DO NOTHING;
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER keep_lead_score_insert AFTER INSERT ON core.lead
REFERENCING NEW TABLE AS new_lead
FOR EACH STATEMENT EXECUTE FUNCTION core.keep_lead_score();
