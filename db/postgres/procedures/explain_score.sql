-- app.explain_score: why a lead has its learned score: the model version and each
-- factor's contribution, largest first.
--
-- Callers: the lead page; DBAs. Any user, on the leads of their offices.
-- Parameters: p_lead_id (required).
-- Result (one row per factor, by rank_no: the largest contribution in points first):
-- lead_id, model_id, fitted_at (the model version), score (the learned score),
-- prior_log_odds, factor_code (core.scoring_factor), factor_value (the lead's value when
-- it was scored), weight (its log-odds contribution, the model's weight for that value;
-- 0 for a value the model never saw), points (score minus the score without this
-- factor's contribution), rank_no. prior + the weights = the lead's log-odds, so the
-- score replays from these rows. Everything comes from the lead's own office's model,
-- learned from that office's outcomes only.
-- No rows when the lead has no learned score (no model yet, or added or moved since
-- the last rescore: it has the initial score), does not exist, or belongs to another
-- office: the last two cannot be told apart.
-- Errors: LB400 lead_id missing.
-- Example: SELECT * FROM app.explain_score(p_lead_id => 42);
DROP FUNCTION IF EXISTS app.explain_score;
CREATE FUNCTION app.explain_score(p_lead_id BIGINT)
RETURNS TABLE (
    lead_id BIGINT,
    model_id BIGINT,
    fitted_at TIMESTAMPTZ,
    score SMALLINT,
    prior_log_odds NUMERIC(9, 4),
    factor_code VARCHAR,
    factor_value VARCHAR,
    weight NUMERIC(9, 4),
    points INTEGER,
    rank_no INTEGER
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_lead_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter lead_id is not supported. It must not be empty.';
    END IF;
    -- Another office's lead returns here, as early and as fast as a missing one.
    IF NOT core.lead_in_offices(security.caller_offices(), p_lead_id) THEN
        RETURN;
    END IF;

    RETURN QUERY
    WITH contribution AS (
        SELECT
            s.lead_id,
            s.model_id,
            m.fitted_at,
            s.score,
            m.prior_log_odds,
            v.factor_code,
            v.factor_value,
            coalesce(w.weight, 0)::numeric(9, 4) AS weight,
            (s.score - round(100.0 / (1.0 + exp(-(s.log_odds - coalesce(w.weight, 0))))))::integer AS points,
            f.sort_order
        FROM core.lead_score AS s
        INNER JOIN core.scoring_model AS m ON s.model_id = m.model_id
        CROSS JOIN LATERAL (
            VALUES
            ('noga_section', s.noga_section), ('noga_division', s.noga_division), ('size', s.size_category),
            ('region', s.region), ('partner', s.partner), ('batch_age', s.batch_age), ('contacts', s.contacts),
            ('completeness', s.completeness), ('feedback', s.feedback)
        ) AS v (factor_code, factor_value)
        INNER JOIN core.scoring_factor AS f ON v.factor_code = f.code
        LEFT JOIN core.scoring_weight AS w
            ON s.model_id = w.model_id AND v.factor_code = w.factor_code AND v.factor_value = w.factor_value
        WHERE s.lead_id = p_lead_id
    )

    SELECT
        c.lead_id, c.model_id, c.fitted_at, c.score, c.prior_log_odds, c.factor_code::varchar, c.factor_value::varchar,
        c.weight, c.points,
        (row_number() OVER (ORDER BY abs(c.points) DESC, abs(c.weight) DESC, c.sort_order))::integer
    FROM contribution AS c
    ORDER BY 10;
END
$$;
