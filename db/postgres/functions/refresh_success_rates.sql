-- core.refresh_success_rates: rebuilds an office's core.success_rate rows, set-based,
-- when they are older than p_max_age_seconds (default 600, ten minutes; 0: always).
-- The counts: every closed lead of the office (won, qualified: positive; lost,
-- do_not_contact: negative) per segment (NOGA division, size category, canton), once
-- for the office (user_id 0) and once for each representative who was ever assigned
-- the lead.
-- Only one transaction rebuilds an office at a time (a transaction-scoped advisory
-- lock, tried without waiting): a ranking that finds the rows stale while another
-- call rebuilds them uses the rows as they were, and never waits.
-- Returns TRUE when it rebuilt the rows.
-- Callers: app.next_best_leads and app.claim_next_lead (the default),
-- app.refresh_success_rates (0: always). Runs with the rights of the calling app
-- function (leadbase_owner): RLS applies, the office must be one of the caller's.
-- T-SQL twin: db/functions/refresh_success_rates.sql (a procedure, same name).
DROP FUNCTION IF EXISTS core.refresh_success_rates;
CREATE FUNCTION core.refresh_success_rates(p_office_id SMALLINT, p_max_age_seconds INTEGER DEFAULT 600)
RETURNS BOOLEAN
LANGUAGE plpgsql
VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_outcomes integer;
BEGIN
    IF coalesce(p_max_age_seconds, 0) > 0 THEN
        IF EXISTS (
            SELECT 1 FROM core.success_rate_refresh AS r
            WHERE r.office_id = p_office_id AND r.refreshed_at > now() - make_interval(secs => p_max_age_seconds)
        ) THEN
            RETURN FALSE;
        END IF;
        IF NOT pg_try_advisory_xact_lock(hashtext('leadbase_success_rate'), p_office_id) THEN
            RETURN FALSE;   -- another transaction rebuilds them now
        END IF;
        -- Checked again under the lock: each statement sees what a rebuild that just
        -- committed wrote (READ COMMITTED).
        IF EXISTS (
            SELECT 1 FROM core.success_rate_refresh AS r
            WHERE r.office_id = p_office_id AND r.refreshed_at > now() - make_interval(secs => p_max_age_seconds)
        ) THEN
            RETURN FALSE;
        END IF;
    ELSE
        PERFORM pg_advisory_xact_lock(hashtext('leadbase_success_rate'), p_office_id);
    END IF;

    DELETE FROM core.success_rate AS r WHERE r.office_id = p_office_id;

    WITH outcome AS (
        SELECT
            l.lead_id,
            left(l.branche, 2)::varchar(10) AS division,
            l.size_category::varchar(10) AS size_category,
            l.canton::varchar(10) AS canton,
            l.status IN ('won', 'qualified') AS is_positive
        FROM core.lead AS l
        WHERE l.office_id = p_office_id AND l.status IN ('won', 'qualified', 'lost', 'do_not_contact')
    ),

    holder AS (
        SELECT o.division, o.size_category, o.canton, o.is_positive, 0 AS user_id
        FROM outcome AS o
        UNION ALL
        SELECT o.division, o.size_category, o.canton, o.is_positive, a.user_id
        FROM outcome AS o
        INNER JOIN (
            SELECT DISTINCT x.lead_id, x.user_id FROM core.lead_assignment AS x WHERE x.office_id = p_office_id
        ) AS a
            ON o.lead_id = a.lead_id
    )

    INSERT INTO core.success_rate (office_id, user_id, factor, factor_value, outcome_count, positive_count)
    SELECT p_office_id, h.user_id, f.factor, f.factor_value, count(*), count(*) FILTER (WHERE h.is_positive)
    FROM holder AS h
    CROSS JOIN LATERAL (
        VALUES ('branche', h.division), ('size', h.size_category), ('canton', h.canton)
    ) AS f (factor, factor_value)
    WHERE f.factor_value IS NOT NULL
    GROUP BY h.user_id, f.factor, f.factor_value;

    SELECT count(*) INTO v_outcomes
    FROM core.lead AS l
    WHERE l.office_id = p_office_id AND l.status IN ('won', 'qualified', 'lost', 'do_not_contact');

    INSERT INTO core.success_rate_refresh AS r (office_id, refreshed_at, outcome_count)
    VALUES (p_office_id, now(), v_outcomes)
    ON CONFLICT (office_id) DO UPDATE SET refreshed_at = excluded.refreshed_at, outcome_count = excluded.outcome_count;
    RETURN TRUE;
END
$$;
