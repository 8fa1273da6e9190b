-- app.apply_retention: anonymizes the personal data of every lead of the caller's
-- offices whose retention period has passed (Swiss nDSG), through core.erase_leads,
-- the mechanism app.erase_lead uses: hashed suppression markers kept (source
-- 'retention', for good), personal data and history rows anonymized, one
-- core.erasure_request per lead (reason names the period).
--
-- A lead is past retention when its last business activity (its latest event's
-- event_at, else its delivery, delivered_at) lies more than core.retention_period's
-- months before now: the office's own row, else the global one. Customers (status
-- 'won') are kept: their data serves a running business relationship. A lead erased
-- before is never erased again, so the procedure is idempotent: a second run finds
-- nothing. Set-based: one call handles every lead due.
--
-- Callers: admins, by hand or from a scheduled job (python -m thin_api retention).
-- Parameters: p_dry_run (default false): count, change nothing.
-- Result: office_code, retention_months, lead_count, marker_count: one row per office
-- of the caller (also with 0); other offices are never read or named.
-- Errors: LB400 dry_run missing; LB401 no active user; LB403 not an admin.
-- Logged in core.command_log (call, user, start, end, leads anonymized).
-- Example: SELECT * FROM app.apply_retention(p_dry_run => true);
--
-- Owned by leadbase_router (BYPASSRLS), like app.erase_lead: history rows of a lead
-- from before a move to this office belong to another office and must be anonymized
-- too. The explicit office filter below keeps each admin to their offices' leads.
DROP FUNCTION IF EXISTS app.apply_retention;
CREATE FUNCTION app.apply_retention(p_dry_run BOOLEAN DEFAULT FALSE)
RETURNS TABLE (office_code VARCHAR, retention_months SMALLINT, lead_count BIGINT, marker_count BIGINT)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_user_id integer;
    v_offices smallint[];
    v_started_at timestamptz := clock_timestamp();
    v_lead_ids bigint[];
    v_rows integer := 0;
    v_months smallint;
BEGIN
    IF p_dry_run IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter dry_run is not supported. It must be true or false.';
    END IF;
    SELECT r.user_id INTO v_user_id
    FROM security.require_caller(ARRAY['admin'], 'Only admins may apply the retention periods.') AS r;
    SELECT coalesce(array_agg(uo.office_id), '{}') INTO v_offices
    FROM core.user_office AS uo WHERE uo.user_id = v_user_id;

    CREATE TEMP TABLE IF NOT EXISTS retention_due (lead_id BIGINT, office_id SMALLINT, retention_months SMALLINT)
    ON COMMIT DROP;
    TRUNCATE retention_due;
    -- The leads due, locked against a concurrent erasure or edit.
    INSERT INTO retention_due (lead_id, office_id, retention_months)
    SELECT l.lead_id, l.office_id, p.retention_months
    FROM core.lead AS l
    CROSS JOIN LATERAL (
        SELECT rp.retention_months FROM core.retention_period AS rp
        WHERE rp.office_id = l.office_id OR rp.office_id IS NULL
        ORDER BY rp.office_id NULLS LAST LIMIT 1
    ) AS p
    WHERE
        l.office_id = ANY (v_offices)
        AND l.status <> 'won'
        AND greatest(l.delivered_at, (SELECT max(e.event_at) FROM core.lead_event AS e WHERE e.lead_id = l.lead_id))
        < now() - make_interval(months => p.retention_months)
        AND NOT EXISTS (SELECT 1 FROM core.erasure_request AS r WHERE r.lead_id = l.lead_id)
    FOR UPDATE OF l;
    -- A fresh look after the locks: a lead erased meanwhile is not erased twice.
    DELETE FROM retention_due AS d
    WHERE EXISTS (SELECT 1 FROM core.erasure_request AS r WHERE r.lead_id = d.lead_id);

    CREATE TEMP TABLE IF NOT EXISTS retention_done (lead_id BIGINT, marker_count INTEGER) ON COMMIT DROP;
    TRUNCATE retention_done;
    IF p_dry_run THEN
        INSERT INTO retention_done (lead_id, marker_count)
        SELECT d.lead_id, (SELECT count(*) FROM core.lead_match_key AS m WHERE m.lead_id = d.lead_id)
        FROM retention_due AS d;
    ELSE
        -- One erasure per retention period (the reason names it).
        FOR v_lead_ids, v_months IN
            SELECT array_agg(d.lead_id), d.retention_months FROM retention_due AS d GROUP BY d.retention_months
        LOOP
            INSERT INTO retention_done (lead_id, marker_count)
            SELECT e.lead_id, e.marker_count
            FROM core.erase_leads(
                v_lead_ids, v_user_id,
                format('Retention period of %s months passed (app.apply_retention).', v_months), 'retention'
            ) AS e;
        END LOOP;
    END IF;
    SELECT count(*) INTO v_rows FROM retention_done;

    RETURN QUERY
    SELECT
        o.office_code,
        coalesce(own.retention_months, global.retention_months),
        count(d.lead_id),
        coalesce(sum(done.marker_count), 0)::bigint
    FROM core.office AS o
    LEFT JOIN core.retention_period AS own ON o.office_id = own.office_id
    LEFT JOIN core.retention_period AS global ON global.office_id IS NULL
    LEFT JOIN retention_due AS d ON o.office_id = d.office_id
    LEFT JOIN retention_done AS done ON d.lead_id = done.lead_id
    WHERE o.office_id = ANY (v_offices)
    GROUP BY o.office_code, own.retention_months, global.retention_months
    ORDER BY o.office_code;

    -- Only a successful run is kept here (db/CONTRACT.md, "Transactions").
    PERFORM core.log_command(
        'app.apply_retention', format('app.apply_retention(p_dry_run => %s)', p_dry_run), v_user_id, p_dry_run,
        v_started_at, v_rows
    );
END
$$;

ALTER FUNCTION app.apply_retention OWNER TO leadbase_router;
