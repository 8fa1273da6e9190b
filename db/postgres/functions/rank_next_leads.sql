-- core.rank_next_leads: a representative's next best leads, ranked by expected value.
-- The one ranking behind app.next_best_leads and app.claim_next_lead.
--
-- Candidates: the office's leads whose status is open (core.lead_status.is_open), with
-- no current assignment; suppressed companies and do-not-contact windows will be
-- excluded here too (the status do_not_contact is final, so already excluded).
-- The pool is the office's 200 best-scored candidates (index (office_id, score DESC,
-- lead_id DESC)); within it, expected value = score × success × aging:
--   success: per factor (NOGA division, size category, canton), the representative's
--     smoothed rate of positive outcomes (won, qualified) among the leads they were
--     assigned, (mine_positive + 5 × office_rate) / (mine + 5), relative to the
--     office's rate (positive + 1) / (outcomes + 2); segments with fewer than 20
--     office outcomes count as 1, so a factor never mirrors a few colleagues' leads.
--     The product of the three is kept within 0.50..2.00.
--   aging: uncontacted leads (new, assigned) rise with age, 1 + 0.5 × min(age, 90) / 90.
-- Factors are rounded to two decimals, so both engines rank identically.
-- reasons: 'score 55; branche 62: you 3 of 4 (x1.40); waiting 45 days (x1.25)'
-- (the representative's own counts only).
-- Runs with the rights of the calling app function (leadbase_owner): RLS applies.
-- T-SQL twin: db/functions/rank_next_leads.sql.
DROP FUNCTION IF EXISTS core.rank_next_leads;
CREATE FUNCTION core.rank_next_leads(p_user_id INTEGER, p_office_id SMALLINT, p_limit INTEGER)
RETURNS TABLE (
    rank_no INTEGER,
    lead_id BIGINT,
    score SMALLINT,
    age_days INTEGER,
    success_factor NUMERIC(4, 2),
    aging_factor NUMERIC(4, 2),
    expected_value NUMERIC(9, 2),
    reasons VARCHAR(500)
)
LANGUAGE sql
STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH pool AS (
        SELECT
            l.lead_id,
            l.score,
            l.status,
            left(l.branche, 2) AS division,
            l.size_category,
            l.canton,
            ((now() AT TIME ZONE 'UTC')::date - (l.created_at AT TIME ZONE 'UTC')::date) AS age_days
        FROM core.lead AS l
        WHERE
            l.office_id = p_office_id
            AND l.status IN (SELECT s.code FROM core.lead_status AS s WHERE s.is_open)
            AND NOT EXISTS (
                SELECT 1 FROM core.lead_assignment AS a
                WHERE a.lead_id = l.lead_id AND a.assigned_until IS NULL
            )
        ORDER BY l.score DESC, l.lead_id DESC
        LIMIT 200
    ),
    pool_value AS (
        SELECT DISTINCT f.factor, f.value
        FROM pool AS p
        CROSS JOIN LATERAL (
            VALUES ('branche', p.division), ('size', p.size_category), ('canton', p.canton::varchar)
        ) AS f (factor, value)
        WHERE f.value IS NOT NULL
    ),
    outcome AS (
        SELECT
            left(l.branche, 2) AS division,
            l.size_category,
            l.canton,
            l.status IN ('won', 'qualified') AS is_positive,
            EXISTS (
                SELECT 1 FROM core.lead_assignment AS a
                WHERE a.lead_id = l.lead_id AND a.user_id = p_user_id
            ) AS is_mine
        FROM core.lead AS l
        WHERE l.office_id = p_office_id AND l.status IN ('won', 'qualified', 'lost', 'do_not_contact')
    ),
    rate AS (
        SELECT
            v.factor,
            v.value,
            count(*) FILTER (WHERE f.is_mine) AS mine,
            count(*) FILTER (WHERE f.is_mine AND f.is_positive) AS mine_positive,
            count(*) AS outcomes,
            (count(*) FILTER (WHERE f.is_positive) + 1.0) / (count(*) + 2.0) AS office_rate
        FROM outcome AS o
        CROSS JOIN LATERAL (
            VALUES ('branche', o.division, o.is_mine, o.is_positive),
            ('size', o.size_category, o.is_mine, o.is_positive),
            ('canton', o.canton::varchar, o.is_mine, o.is_positive)
        ) AS f (factor, value, is_mine, is_positive)
        INNER JOIN pool_value AS v ON f.factor = v.factor AND f.value = v.value
        GROUP BY v.factor, v.value
    ),
    ratio AS (
        SELECT
            r.factor,
            r.value,
            r.mine,
            r.mine_positive,
            round(
                CASE
                    WHEN r.outcomes < 20 OR r.mine = 0 THEN 1.0
                    ELSE ((r.mine_positive + 5.0 * r.office_rate) / (r.mine + 5.0)) / r.office_rate
                END,
                2
            ) AS factor_value
        FROM rate AS r
    ),
    scored AS (
        SELECT
            p.lead_id,
            p.score,
            p.age_days,
            least(2.00, greatest(0.50, round(
                coalesce(rb.factor_value, 1.0) * coalesce(rs.factor_value, 1.0) * coalesce(rc.factor_value, 1.0), 2
            )))::numeric(4, 2) AS success_factor,
            (CASE
                WHEN p.status IN ('new', 'assigned') THEN round(1.0 + 0.5 * least(p.age_days, 90) / 90.0, 2)
                ELSE 1.00
            END)::numeric(4, 2) AS aging_factor,
            concat_ws('; ',
                'score ' || p.score,
                CASE WHEN rb.mine > 0 THEN format('branche %s: you %s of %s (x%s)', rb.value, rb.mine_positive, rb.mine, rb.factor_value::numeric(4, 2)) END,
                CASE WHEN rs.mine > 0 THEN format('size %s: you %s of %s (x%s)', rs.value, rs.mine_positive, rs.mine, rs.factor_value::numeric(4, 2)) END,
                CASE WHEN rc.mine > 0 THEN format('canton %s: you %s of %s (x%s)', rc.value, rc.mine_positive, rc.mine, rc.factor_value::numeric(4, 2)) END
            ) AS factor_reasons,
            p.status
        FROM pool AS p
        LEFT JOIN ratio AS rb ON rb.factor = 'branche' AND rb.value = p.division
        LEFT JOIN ratio AS rs ON rs.factor = 'size' AND rs.value = p.size_category
        LEFT JOIN ratio AS rc ON rc.factor = 'canton' AND rc.value = p.canton::varchar
    ),
    valued AS (
        SELECT
            s.*,
            round(s.score * s.success_factor * s.aging_factor, 2)::numeric(9, 2) AS expected_value
        FROM scored AS s
    )
    SELECT
        (row_number() OVER (ORDER BY v.expected_value DESC, v.score DESC, v.lead_id DESC))::integer AS rank_no,
        v.lead_id,
        v.score,
        v.age_days,
        v.success_factor,
        v.aging_factor,
        v.expected_value,
        (v.factor_reasons
            || CASE WHEN v.aging_factor > 1.00 THEN format('; waiting %s days (x%s)', v.age_days, v.aging_factor) ELSE '' END
        )::varchar(500) AS reasons
    FROM valued AS v
    ORDER BY rank_no
    LIMIT p_limit;
$$;
