/*
app.explain_score: why a lead has its learned score: the model version and each
factor's contribution, largest first.

Callers: the lead page; DBAs. Any user, on the leads of their offices.
Parameters:
    @lead_id  BIGINT  required
Result (one row per factor, by rank_no: the largest contribution in points first):
    lead_id, model_id, fitted_at (the model version), score (the learned score),
    prior_log_odds DECIMAL(9,4), factor_code (core.scoring_factor), factor_value (the
    lead's value when it was scored), weight DECIMAL(9,4) (its log-odds contribution,
    the model's weight for that value; 0 for a value the model never saw), points INT
    (score minus the score without this factor's contribution), rank_no INT.
    prior + the weights = the lead's log-odds, so the score replays from these rows.
    Everything comes from the lead's own office's model, learned from that office's
    outcomes only (row-level security on core.lead_score, core.scoring_model and
    core.scoring_weight).
No rows when the lead has no learned score (no model yet, or added or moved since the
last rescore: it has the initial score), does not exist, or belongs to another
office: the last two cannot be told apart.
Errors:
    50400  'The value for the parameter lead_id is not supported. It must not be empty.'
PostgreSQL twin: db/postgres/procedures/explain_score.sql.
Example:
    EXEC app.explain_score @lead_id = 42;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.explain_score
    @lead_id BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    ----------------------------------------------------------------------------
    -- Check the parameters
    ----------------------------------------------------------------------------
    IF @lead_id IS NULL
        BEGIN
            THROW 50400, N'The value for the parameter lead_id is not supported. It must not be empty.', 1;
        END;

    ----------------------------------------------------------------------------
    -- The contributions
    ----------------------------------------------------------------------------
    WITH contribution AS (
        SELECT
            s.lead_id,
            s.model_id,
            m.fitted_at,
            s.score,
            m.prior_log_odds,
            v.factor_code,
            v.factor_value,
            f.sort_order,
            CAST(COALESCE(w.weight, 0) AS DECIMAL(9, 4)) AS weight,
            s.score - CAST(ROUND(
                100.0 / (1.0 + EXP(-CAST(s.log_odds - COALESCE(w.weight, 0) AS FLOAT))), 0
            ) AS INT) AS points
        FROM core.lead_score AS s
        INNER JOIN core.lead AS l ON s.lead_id = l.lead_id
        INNER JOIN core.scoring_model AS m ON s.model_id = m.model_id
        CROSS APPLY (
            VALUES
            ('noga_section', s.noga_section),
            ('noga_division', s.noga_division),
            ('size', s.size_category),
            ('region', s.region),
            ('partner', s.partner),
            ('batch_age', s.batch_age),
            ('contacts', s.contacts),
            ('completeness', s.completeness),
            ('feedback', s.feedback)
        ) AS v(factor_code, factor_value)
        INNER JOIN core.scoring_factor AS f ON v.factor_code = f.code
        LEFT JOIN core.scoring_weight AS w
        ON
            s.model_id = w.model_id
            AND v.factor_code = w.factor_code
            AND v.factor_value = w.factor_value
        WHERE s.lead_id = @lead_id
    )

    SELECT
        c.lead_id,
        c.model_id,
        c.fitted_at,
        c.score,
        c.prior_log_odds,
        c.factor_code,
        c.factor_value,
        c.weight,
        c.points,
        CAST(ROW_NUMBER() OVER (ORDER BY ABS(c.points) DESC, ABS(c.weight) DESC, c.sort_order) AS INT) AS rank_no
    FROM contribution AS c
    ORDER BY rank_no;
END;
GO
