-- app.list_scoring_models: the learned score's versions (admins, the "Score model"
-- screen): each of the caller's offices with its latest model (an office without a
-- model yet appears with NULLs: it needs a refit); with p_history every version of
-- the caller's offices, newest first (core.scoring_model).
--
-- Parameters: p_history (false: each office's latest model; true: every version).
-- Result: office_code, model_id (NULL: no model yet), trained_from, trained_to,
-- positive_count, negative_count, holdout_count, quality_basis, auc, log_loss,
-- fitted_at, fitted_by (display name), rescored_at (NULL: not rescored with this
-- version yet), lead_count (the office's leads scored by this version, from
-- core.lead_score; NULL without a model and in history rows). Current models are
-- sorted by office code; history newest first.
-- Errors: LB401 no active user; LB403 not an admin.
-- Example: SELECT * FROM app.list_scoring_models(p_history => true);
DROP FUNCTION IF EXISTS app.list_scoring_models;
CREATE FUNCTION app.list_scoring_models(p_history BOOLEAN DEFAULT FALSE)
RETURNS TABLE (
    office_code VARCHAR,
    model_id BIGINT,
    trained_from DATE,
    trained_to DATE,
    positive_count INTEGER,
    negative_count INTEGER,
    holdout_count INTEGER,
    quality_basis VARCHAR,
    auc NUMERIC(5, 4),
    log_loss NUMERIC(9, 4),
    fitted_at TIMESTAMPTZ,
    fitted_by VARCHAR,
    rescored_at TIMESTAMPTZ,
    lead_count INTEGER
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM security.require_caller(ARRAY['admin'], 'Only admins may see the scoring models.');

    IF coalesce(p_history, FALSE) THEN
        RETURN QUERY
        SELECT
            o.office_code, m.model_id, m.trained_from, m.trained_to, m.positive_count, m.negative_count,
            m.holdout_count, m.quality_basis, m.auc, m.log_loss, m.fitted_at, u.display_name, m.rescored_at,
            NULL::integer
        FROM core.scoring_model AS m
        INNER JOIN core.office AS o ON m.office_id = o.office_id
        LEFT JOIN core.app_user AS u ON m.fitted_by = u.user_id
        WHERE m.office_id = ANY (security.caller_offices())
        ORDER BY m.fitted_at DESC, m.model_id DESC;
        RETURN;
    END IF;

    RETURN QUERY
    SELECT
        o.office_code, m.model_id, m.trained_from, m.trained_to, m.positive_count, m.negative_count,
        m.holdout_count, m.quality_basis, m.auc, m.log_loss, m.fitted_at, u.display_name, m.rescored_at,
        CASE WHEN m.model_id IS NOT NULL THEN (
            SELECT count(*)::integer
            FROM core.lead_score AS s
            WHERE s.office_id = o.office_id AND s.model_id = m.model_id
        ) END
    FROM core.office AS o
    LEFT JOIN LATERAL (
        SELECT x.*
        FROM core.scoring_model AS x
        WHERE x.office_id = o.office_id
        ORDER BY x.model_id DESC
        LIMIT 1
    ) AS m ON TRUE
    LEFT JOIN core.app_user AS u ON m.fitted_by = u.user_id
    WHERE o.office_id = ANY (security.caller_offices())
    ORDER BY o.office_code;
END
$$;
