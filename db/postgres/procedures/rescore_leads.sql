-- app.rescore_leads: give every lead of the caller's offices its learned score from
-- the office's latest model (core.lead_score), set-based.
--
-- Callers: admins and managers (DBAs, a scheduled job acting as one), after
-- app.refit_scoring_model or whenever leads changed (contacts, feedback, age). An
-- office without a model is left alone: its leads keep the initial score.
-- score = round(100 / (1 + exp(-log_odds))), log_odds = the model's prior + the weight
-- of each of the lead's factor values (core.scoring_features; 0 for a value the model
-- never saw). Every lead of the office is scored, open or closed, and the model is
-- marked rescored (core.scoring_model.rescored_at): from then on the next best lead
-- reads these scores. Idempotent: the same model and the same leads give the same rows.
-- Takes the routing lock shared, so no lead moves office meanwhile.
-- Parameters: p_office_code (NULL = every office of the caller).
-- Result (one row per office): office_code, model_id (NULL: no model yet), lead_count
-- (leads scored), average_score, scored_at.
-- Errors: LB400 office_code names no office of the caller (another office's code
-- answers like an unknown one); LB401 no active user; LB403 not an admin or manager.
-- Example: SELECT * FROM app.rescore_leads(p_office_code => 'luzern');
DROP FUNCTION IF EXISTS app.rescore_leads;
CREATE FUNCTION app.rescore_leads(p_office_code VARCHAR DEFAULT NULL)
RETURNS TABLE (
    office_code VARCHAR,
    model_id BIGINT,
    lead_count INTEGER,
    average_score NUMERIC(5, 2),
    scored_at TIMESTAMPTZ
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_offices smallint[];
    v_office_id smallint;
    v_model_id bigint;
    v_prior numeric(9, 4);
BEGIN
    PERFORM security.require_caller(ARRAY['admin', 'manager'], 'Only admins and managers may rescore leads.');

    SELECT coalesce(array_agg(o.office_id ORDER BY o.office_id), '{}') INTO v_offices
    FROM core.office AS o
    WHERE o.office_id = ANY (security.caller_offices()) AND (p_office_code IS NULL OR o.office_code = p_office_code);
    IF p_office_code IS NOT NULL AND cardinality(v_offices) = 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter office_code is not supported. It must name one of your offices.';
    END IF;

    PERFORM core.routing_lock('Shared');

    FOREACH v_office_id IN ARRAY v_offices LOOP
        v_model_id := NULL;
        SELECT m.model_id, m.prior_log_odds INTO v_model_id, v_prior
        FROM core.scoring_model AS m
        WHERE m.office_id = v_office_id
        ORDER BY m.model_id DESC
        LIMIT 1;

        IF v_model_id IS NOT NULL THEN
            DELETE FROM core.lead_score AS s WHERE s.office_id = v_office_id;

            INSERT INTO core.lead_score (
                lead_id, office_id, model_id, score, log_odds, scored_at, noga_section, noga_division,
                size_category, region, partner, batch_age, contacts, completeness, feedback
            )
            SELECT
                x.lead_id, v_office_id, v_model_id, round(100.0 / (1.0 + exp(-x.log_odds)))::smallint, x.log_odds,
                now(), x.noga_section, x.noga_division, x.size_category, x.region, x.partner, x.batch_age,
                x.contacts, x.completeness, x.feedback
            FROM (
                SELECT
                    f.*,
                    v_prior + coalesce(w1.weight, 0) + coalesce(w2.weight, 0) + coalesce(w3.weight, 0)
                    + coalesce(w4.weight, 0) + coalesce(w5.weight, 0) + coalesce(w6.weight, 0)
                    + coalesce(w7.weight, 0) + coalesce(w8.weight, 0) + coalesce(w9.weight, 0) AS log_odds
                FROM core.scoring_features(v_office_id) AS f
                LEFT JOIN core.scoring_weight AS w1
                    ON w1.model_id = v_model_id AND w1.factor_code = 'noga_section' AND f.noga_section = w1.factor_value
                LEFT JOIN core.scoring_weight AS w2
                    ON w2.model_id = v_model_id AND w2.factor_code = 'noga_division' AND f.noga_division = w2.factor_value
                LEFT JOIN core.scoring_weight AS w3
                    ON w3.model_id = v_model_id AND w3.factor_code = 'size' AND f.size_category = w3.factor_value
                LEFT JOIN core.scoring_weight AS w4
                    ON w4.model_id = v_model_id AND w4.factor_code = 'region' AND f.region = w4.factor_value
                LEFT JOIN core.scoring_weight AS w5
                    ON w5.model_id = v_model_id AND w5.factor_code = 'partner' AND f.partner = w5.factor_value
                LEFT JOIN core.scoring_weight AS w6
                    ON w6.model_id = v_model_id AND w6.factor_code = 'batch_age' AND f.batch_age = w6.factor_value
                LEFT JOIN core.scoring_weight AS w7
                    ON w7.model_id = v_model_id AND w7.factor_code = 'contacts' AND f.contacts = w7.factor_value
                LEFT JOIN core.scoring_weight AS w8
                    ON w8.model_id = v_model_id AND w8.factor_code = 'completeness' AND f.completeness = w8.factor_value
                LEFT JOIN core.scoring_weight AS w9
                    ON w9.model_id = v_model_id AND w9.factor_code = 'feedback' AND f.feedback = w9.factor_value
            ) AS x;

            UPDATE core.scoring_model AS m SET rescored_at = now() WHERE m.model_id = v_model_id;
        END IF;

        RETURN QUERY
        SELECT
            o.office_code,
            v_model_id,
            (SELECT count(*)::integer FROM core.lead_score AS s WHERE s.office_id = v_office_id AND s.model_id = v_model_id),
            (SELECT round(avg(s.score), 2)::numeric(5, 2) FROM core.lead_score AS s
                WHERE s.office_id = v_office_id AND s.model_id = v_model_id),
            CASE WHEN v_model_id IS NOT NULL THEN now() END
        FROM core.office AS o
        WHERE o.office_id = v_office_id;
    END LOOP;
END
$$;
