-- app.refit_scoring_model: learn a new version of the score of each of the caller's
-- offices from that office's own outcomes (core.scoring_model, core.scoring_weight).
--
-- Callers: admins (DBAs, a scheduled job acting as one). The new version scores leads
-- once app.rescore_leads has run; until then the office's leads keep their scores.
-- The model (naive Bayes in log-odds, db/CONTRACT.md "The learned score"): training
-- leads are the office's leads delivered within the window that have an outcome
-- (core.scoring_features: positive won, qualified; negative lost, do_not_contact, a
-- latest feedback not_interested), except the held-out ones ((lead_id x 7919) % 100 below
-- p_holdout_percent). prior = logit(p0), p0 = (positives + 1) / (outcomes + 2). For each
-- value of each factor: rate = (positives + 10 x parent) / (outcomes + 10) and
-- weight = logit(rate) - logit(parent), where parent is p0, or for a NOGA division the
-- rate of its section (a rare value stays near its parent). All weights are then
-- multiplied by the scale (0.20-1.00) with the lowest log-loss on the training leads.
-- Quality: ROC AUC and log-loss of prior + sum of weights on the held-out leads (on the
-- training leads when none are held out).
-- Parameters: p_office_code (NULL = every office of the caller), p_trained_from (NULL =
-- since the first delivery), p_trained_to (NULL = today, UTC), p_holdout_percent (20; 0-50).
-- Result (one row per office): office_code, model_id (NULL: no model, the office needs
-- at least one positive and one negative training lead), trained_from, trained_to,
-- positive_count, negative_count, holdout_count, prior_log_odds, scale, quality_basis,
-- auc, log_loss, fitted_at.
-- Errors: LB400 every invalid parameter (an office not the caller's answers like an
-- unknown one); LB401 no active user; LB403 not an admin.
-- Example: SELECT * FROM app.refit_scoring_model(p_office_code => 'luzern', p_trained_from => '2025-01-01');
DROP FUNCTION IF EXISTS app.refit_scoring_model;
CREATE FUNCTION app.refit_scoring_model(
    p_office_code VARCHAR DEFAULT NULL,
    p_trained_from DATE DEFAULT NULL,
    p_trained_to DATE DEFAULT NULL,
    p_holdout_percent INTEGER DEFAULT 20
)
RETURNS TABLE (
    office_code VARCHAR,
    model_id BIGINT,
    trained_from DATE,
    trained_to DATE,
    positive_count INTEGER,
    negative_count INTEGER,
    holdout_count INTEGER,
    prior_log_odds NUMERIC(9, 4),
    scale NUMERIC(4, 2),
    quality_basis VARCHAR,
    auc NUMERIC(5, 4),
    log_loss NUMERIC(9, 4),
    fitted_at TIMESTAMPTZ
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_caller_id integer;
    v_offices smallint[];
    v_office_id smallint;
    v_to date := coalesce(p_trained_to, (now() AT TIME ZONE 'UTC')::date);
    v_positive integer;
    v_negative integer;
    v_holdout integer;
    v_p0 float8;
    v_prior numeric(9, 4);
    v_model_id bigint;
    v_scale numeric(4, 2);
    v_basis varchar(10);
BEGIN
    IF p_holdout_percent IS NULL OR p_holdout_percent NOT BETWEEN 0 AND 50 THEN
        v_problems := v_problems || 'The value for the parameter holdout_percent is not supported. It must be between 0 and 50.'::text;
    END IF;
    IF p_trained_from > v_to THEN
        v_problems := v_problems || 'The value for the parameter trained_from is not supported. It must not be after trained_to.'::text;
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    SELECT r.user_id INTO v_caller_id
    FROM security.require_caller(ARRAY['admin'], 'Only admins may refit the scoring model.') AS r;

    SELECT coalesce(array_agg(o.office_id ORDER BY o.office_id), '{}') INTO v_offices
    FROM core.office AS o
    WHERE o.office_id = ANY (security.caller_offices()) AND (p_office_code IS NULL OR o.office_code = p_office_code);
    IF p_office_code IS NOT NULL AND cardinality(v_offices) = 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter office_code is not supported. It must name one of your offices.';
    END IF;

    CREATE TEMP TABLE IF NOT EXISTS scoring_sample (
        lead_id bigint NOT NULL,
        is_holdout boolean NOT NULL,
        outcome smallint NOT NULL,
        factor_code varchar(20) NOT NULL,
        factor_value varchar(40) NOT NULL
    ) ON COMMIT DROP;

    FOREACH v_office_id IN ARRAY v_offices LOOP
        DELETE FROM pg_temp.scoring_sample;
        INSERT INTO pg_temp.scoring_sample (lead_id, is_holdout, outcome, factor_code, factor_value)
        SELECT f.lead_id, (f.lead_id * 7919) % 100 < p_holdout_percent, f.outcome, v.factor_code, v.factor_value
        FROM core.scoring_features(v_office_id) AS f
        CROSS JOIN LATERAL (
            VALUES
            ('noga_section', f.noga_section), ('noga_division', f.noga_division), ('size', f.size_category),
            ('region', f.region), ('partner', f.partner), ('batch_age', f.batch_age), ('contacts', f.contacts),
            ('completeness', f.completeness), ('feedback', f.feedback)
        ) AS v (factor_code, factor_value)
        WHERE f.outcome IS NOT NULL AND f.delivered_on <= v_to AND (p_trained_from IS NULL OR f.delivered_on >= p_trained_from);

        -- One 'size' row per lead: the lead counts.
        SELECT
            count(*) FILTER (WHERE NOT s.is_holdout AND s.outcome = 1),
            count(*) FILTER (WHERE NOT s.is_holdout AND s.outcome = 0),
            count(*) FILTER (WHERE s.is_holdout)
        INTO v_positive, v_negative, v_holdout
        FROM pg_temp.scoring_sample AS s
        WHERE s.factor_code = 'size';

        IF v_positive = 0 OR v_negative = 0 THEN
            RETURN QUERY
            SELECT
                o.office_code, NULL::bigint, p_trained_from, v_to, v_positive, v_negative, v_holdout,
                NULL::numeric(9, 4), NULL::numeric(4, 2), NULL::varchar, NULL::numeric(5, 4), NULL::numeric(9, 4),
                NULL::timestamptz
            FROM core.office AS o WHERE o.office_id = v_office_id;
            CONTINUE;
        END IF;

        v_p0 := (v_positive + 1.0) / (v_positive + v_negative + 2.0);
        v_prior := round(ln(v_p0 / (1.0 - v_p0))::numeric, 4);
        v_basis := CASE WHEN v_holdout > 0 THEN 'holdout' ELSE 'training' END;

        INSERT INTO core.scoring_model AS m (
            office_id, trained_from, trained_to, holdout_percent, fitted_by, positive_count, negative_count,
            holdout_count, prior_log_odds, scale, quality_basis
        )
        VALUES (
            v_office_id, p_trained_from, v_to, p_holdout_percent, v_caller_id, v_positive, v_negative,
            v_holdout, v_prior, 1.00, v_basis
        )
        RETURNING m.model_id INTO v_model_id;

        -- Smoothed rates, each value shrunk towards its parent (10 pseudo-leads).
        WITH value_count AS (
            SELECT
                s.factor_code,
                s.factor_value,
                count(*) FILTER (WHERE s.outcome = 1) AS positives,
                count(*) FILTER (WHERE s.outcome = 0) AS negatives
            FROM pg_temp.scoring_sample AS s
            WHERE NOT s.is_holdout
            GROUP BY s.factor_code, s.factor_value
        ),

        section_rate AS (
            SELECT c.factor_value AS section, (c.positives + 10.0 * v_p0) / (c.positives + c.negatives + 10.0) AS rate
            FROM value_count AS c
            WHERE c.factor_code = 'noga_section'
        ),

        division_section AS (
            SELECT DISTINCT d.factor_value AS division, s.factor_value AS section
            FROM pg_temp.scoring_sample AS d
            INNER JOIN pg_temp.scoring_sample AS s ON d.lead_id = s.lead_id AND s.factor_code = 'noga_section'
            WHERE d.factor_code = 'noga_division' AND NOT d.is_holdout
        ),

        parent AS (
            SELECT c.factor_code, c.factor_value, c.positives, c.negatives, coalesce(r.rate, v_p0) AS parent_rate
            FROM value_count AS c
            LEFT JOIN division_section AS ds ON c.factor_code = 'noga_division' AND c.factor_value = ds.division
            LEFT JOIN section_rate AS r ON ds.section = r.section
        )

        INSERT INTO core.scoring_weight (model_id, office_id, factor_code, factor_value, weight, positive_count, negative_count)
        SELECT
            v_model_id,
            v_office_id,
            p.factor_code,
            p.factor_value,
            round((
                ln(x.rate / (1.0 - x.rate)) - ln(p.parent_rate / (1.0 - p.parent_rate))
            )::numeric, 4),
            p.positives,
            p.negatives
        FROM parent AS p
        CROSS JOIN LATERAL (
            SELECT (p.positives + 10.0 * p.parent_rate) / (p.positives + p.negatives + 10.0) AS rate
        ) AS x;

        -- The scale with the lowest log-loss on the training leads.
        WITH lead_sum AS (
            SELECT s.lead_id, min(s.outcome) AS outcome, sum(w.weight) AS weight_sum
            FROM pg_temp.scoring_sample AS s
            INNER JOIN core.scoring_weight AS w
                ON w.model_id = v_model_id AND s.factor_code = w.factor_code AND s.factor_value = w.factor_value
            WHERE NOT s.is_holdout
            GROUP BY s.lead_id
        ),

        grid AS (
            SELECT (g / 20.0)::numeric(4, 2) AS scale FROM generate_series(4, 20) AS g
        ),

        loss AS (
            SELECT
                g.scale,
                avg(CASE
                    WHEN l.outcome = 1 THEN ln(1.0 + exp(-(v_prior + g.scale * l.weight_sum)))
                    ELSE ln(1.0 + exp(v_prior + g.scale * l.weight_sum))
                END) AS log_loss
            FROM grid AS g
            CROSS JOIN lead_sum AS l
            GROUP BY g.scale
        )

        SELECT l.scale INTO v_scale FROM loss AS l ORDER BY round(l.log_loss, 6), l.scale DESC LIMIT 1;

        UPDATE core.scoring_weight AS w SET weight = round(w.weight * v_scale, 4) WHERE w.model_id = v_model_id;

        -- Quality: AUC (ties count half) and log-loss of the stored weights.
        WITH lead_logit AS (
            SELECT s.lead_id, min(s.outcome) AS outcome, round(v_prior + coalesce(sum(w.weight), 0), 4) AS logit
            FROM pg_temp.scoring_sample AS s
            LEFT JOIN core.scoring_weight AS w
                ON w.model_id = v_model_id AND s.factor_code = w.factor_code AND s.factor_value = w.factor_value
            WHERE s.is_holdout = (v_basis = 'holdout')
            GROUP BY s.lead_id
        ),

        logit_group AS (
            SELECT
                l.logit,
                count(*) FILTER (WHERE l.outcome = 1) AS positives,
                count(*) FILTER (WHERE l.outcome = 0) AS negatives
            FROM lead_logit AS l
            GROUP BY l.logit
        ),

        ranked AS (
            SELECT
                g.positives,
                g.negatives,
                sum(g.negatives) OVER (ORDER BY g.logit ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS negatives_below
            FROM logit_group AS g
        ),

        auc AS (
            SELECT
                CASE
                    WHEN sum(r.positives) > 0 AND sum(r.negatives) > 0
                        THEN sum(r.positives * (coalesce(r.negatives_below, 0) + 0.5 * r.negatives))
                        / (sum(r.positives) * sum(r.negatives))
                END AS auc
            FROM ranked AS r
        ),

        loss AS (
            SELECT avg(CASE
                WHEN l.outcome = 1 THEN ln(1.0 + exp(-l.logit))
                ELSE ln(1.0 + exp(l.logit))
            END) AS log_loss
            FROM lead_logit AS l
        )

        UPDATE core.scoring_model AS m
        SET scale = v_scale, auc = round(a.auc, 4), log_loss = round(x.log_loss, 4)
        FROM auc AS a, loss AS x
        WHERE m.model_id = v_model_id;

        RETURN QUERY
        SELECT
            o.office_code, m.model_id, m.trained_from, m.trained_to, m.positive_count, m.negative_count,
            m.holdout_count, m.prior_log_odds, m.scale, m.quality_basis, m.auc, m.log_loss, m.fitted_at
        FROM core.scoring_model AS m
        INNER JOIN core.office AS o ON m.office_id = o.office_id
        WHERE m.model_id = v_model_id;
    END LOOP;
END
$$;
