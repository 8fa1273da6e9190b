-- core.rank_next_leads: a representative's next best leads, ranked by expected value.
-- The one ranking behind app.next_best_leads and app.claim_next_lead.
--
-- Candidates: the office's leads whose status is open (core.lead_status.is_open), with
-- no current assignment, and none of these:
--   no_advertising (UWG star entry: never proposed for a cold call; customers, won,
--     are final and never candidates anyway);
--   suppressed (a key the lead ever had, core.lead_match_key, is in core.suppression
--     and not expired; probed from the index (lead_id, key_hash));
--   inside the do-not-contact window of its status (core.contact_window, the office's
--     rule else the global one; counted from the last call/e-mail/meeting, else the
--     delivery, as the import counts it).
-- The pool is the office's 200 best-scored candidates, one walk of an index
-- (office_id, score DESC, lead_id DESC): core.lead_score's (the learned score) once the
-- office was rescored (a core.scoring_model with rescored_at; every lead of the office
-- then has a row), else core.lead's (the initial score); within it, expected value = score x success x aging:
--   success: per factor (NOGA division, size category, canton), the representative's
--     smoothed rate of positive outcomes (won, qualified) among the leads they were
--     assigned, (mine_positive + 5 x office_rate) / (mine + 5), relative to the
--     office's rate (positive + 1) / (outcomes + 2); segments with fewer than 20
--     office outcomes count as 1, so a factor never mirrors a few colleagues' leads.
--     The product of the three is kept within 0.50..2.00. The counts are read from
--     core.success_rate (kept by core.refresh_success_rates), a few rows per call.
--   aging: uncontacted leads (new, assigned) rise with their business age (days since
--     delivered_at, the partner's delivery), 1 + 0.5 x min(age, 90) / 90.
-- Factors are rounded to two decimals, so both engines rank identically.
-- reasons: 'score 55; branche 62: you 3 of 4 (x1.40); waiting 45 days (x1.25)'
-- (the representative's own counts only).
-- The score is the learned one (core.lead_score) in a rescored office, else core.lead.score.
-- Runs with the rights of the calling app function (leadbase_owner): RLS applies.
-- plpgsql, not SQL: a SQL function that is not inlined is planned again on every
-- call (about 10 ms for this query); plpgsql keeps the plan for the session.
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
LANGUAGE plpgsql
STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_rescored boolean := EXISTS (
        SELECT 1 FROM core.scoring_model AS m WHERE m.office_id = p_office_id AND m.rescored_at IS NOT NULL
    );
BEGIN
    RETURN QUERY
    WITH office_window AS (
        -- The office's do-not-contact window per status (its own rule, else the global one).
        SELECT DISTINCT ON (cw.status_code) cw.status_code, cw.window_months
        FROM core.contact_window AS cw
        WHERE cw.office_id = p_office_id OR cw.office_id IS NULL
        ORDER BY cw.status_code, cw.office_id NULLS LAST
    ),

    pool AS (
        SELECT
            l.lead_id,
            src.score,
            l.status,
            left(l.branche, 2)::varchar(10) AS division,
            l.size_category::varchar(10) AS size_category,
            l.canton::varchar(10) AS canton,
            ((now() AT TIME ZONE 'UTC')::date - (l.delivered_at AT TIME ZONE 'UTC')::date) AS age_days
        FROM (
            -- One of the two walks runs (the other's one-time filter is false). Each
            -- branch is ordered like its index, so the planner merges the two index walks
            -- (Merge Append) and stops after the 200th candidate; without the ORDER BYs it
            -- sorted every lead of the office (bench/next_best_lead.py --quick: p50 190 ms
            -- instead of 10-20 ms at 100,000 leads, growing with the office).
            (
                SELECT s.lead_id, s.score FROM core.lead_score AS s
                WHERE s.office_id = p_office_id AND v_rescored
                ORDER BY s.score DESC, s.lead_id DESC
            )
            UNION ALL
            (
                SELECT i.lead_id, i.score FROM core.lead AS i
                WHERE i.office_id = p_office_id AND NOT v_rescored
                ORDER BY i.score DESC, i.lead_id DESC
            )
        ) AS src
        INNER JOIN core.lead AS l ON src.lead_id = l.lead_id
        WHERE
            l.office_id = p_office_id
            AND l.status IN (SELECT s.code FROM core.lead_status AS s WHERE s.is_open)
            -- UWG: a star entry is never proposed for a cold call (customers, won, are not open).
            AND NOT l.no_advertising
            AND NOT EXISTS (
                SELECT 1 FROM core.lead_assignment AS a
                WHERE a.lead_id = l.lead_id AND a.assigned_until IS NULL
            )
            -- Suppressed: any key the lead ever had is on the suppression list, not expired.
            AND NOT EXISTS (
                SELECT 1
                FROM core.lead_match_key AS m
                INNER JOIN core.suppression AS x ON m.key_hash = x.key_hash
                WHERE m.lead_id = l.lead_id AND (x.until_date IS NULL OR x.until_date > (now() AT TIME ZONE 'UTC')::date)
            )
            -- Inside the do-not-contact window of its status, counted from the last
            -- call/e-mail/meeting or else the delivery (as the import counts it).
            AND NOT EXISTS (
                SELECT 1 FROM office_window AS w
                WHERE w.status_code = l.status AND (
                    w.window_months IS NULL
                    OR coalesce((
                        SELECT max(e.event_at) FROM core.lead_event AS e
                        WHERE e.lead_id = l.lead_id
                            AND e.event_type IN (SELECT t.code FROM core.event_type AS t WHERE t.is_contact)
                    ), l.delivered_at) + make_interval(months => w.window_months) > now()
                )
            )
            -- The latest feedback opens its reason's window, counted from when it was
            -- given (core.feedback_reason: already_customer, not_interested, closed_down).
            AND NOT EXISTS (
                SELECT 1
                FROM (
                    SELECT f.reason_code, f.given_at FROM core.lead_feedback AS f
                    WHERE f.lead_id = l.lead_id
                    ORDER BY f.given_at DESC, f.feedback_id DESC
                    LIMIT 1
                ) AS f
                INNER JOIN core.feedback_reason AS r ON f.reason_code = r.code
                INNER JOIN office_window AS w ON r.window_status_code = w.status_code
                WHERE w.window_months IS NULL OR f.given_at + make_interval(months => w.window_months) > now()
            )
        ORDER BY src.score DESC, src.lead_id DESC
        LIMIT 200
    ),

    pool_value AS (
        SELECT DISTINCT f.factor, f.value
        FROM pool AS p
        CROSS JOIN LATERAL (
            VALUES ('branche', p.division), ('size', p.size_category), ('canton', p.canton)
        ) AS f (factor, value)
        WHERE f.value IS NOT NULL
    ),

    ratio AS (
        -- The office's and the caller's counts, kept by core.refresh_success_rates.
        SELECT
            v.factor,
            v.value,
            coalesce(m.outcome_count, 0) AS mine,
            coalesce(m.positive_count, 0) AS mine_positive,
            round(
                CASE
                    WHEN o.outcome_count < 20 OR m.outcome_count IS NULL THEN 1.0
                    ELSE ((m.positive_count + 5.0 * ((o.positive_count + 1.0) / (o.outcome_count + 2.0))) / (m.outcome_count + 5.0))
                        / ((o.positive_count + 1.0) / (o.outcome_count + 2.0))
                END,
                2
            ) AS factor_value
        FROM pool_value AS v
        INNER JOIN core.success_rate AS o
            ON o.office_id = p_office_id AND o.user_id = 0 AND o.factor = v.factor AND o.factor_value = v.value
        LEFT JOIN core.success_rate AS m
            ON m.office_id = p_office_id AND m.user_id = p_user_id AND m.factor = v.factor AND m.factor_value = v.value
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
        LEFT JOIN ratio AS rc ON rc.factor = 'canton' AND rc.value = p.canton
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
    ORDER BY 1
    LIMIT p_limit;
END
$$;
