-- app.set_plz_mapping: replace the PLZ-to-office mapping and re-route the leads it
-- moves, in one transaction; or preview the moves (dry run).
--
-- Callers: admins (web tier's mapping page with preview, DBAs).
-- Parameters:
--   p_mapping  JSON array of {"office_code": "luzern", "plz_from": 6000, "plz_to": 6499};
--              it replaces every range. Ranges must lie in 1000-9999 and not overlap;
--              without a catch-all office they must cover 1000-9999 completely.
--   p_dry_run  default false: return the moves the mapping would cause, change nothing.
-- Result: from_office_code, to_office_code, lead_count (one row per move direction;
-- the same shape for dry and real runs).
-- Errors: LB400 listing every problem (bad JSON, unknown office, bad range, each
-- overlap 'PLZ 6000-6099 is mapped to luzern and romandie', each gap 'PLZ 3000-3999
-- is mapped to no office'); LB401 no active user; LB403 caller not an admin.
-- Logged in core.command_log, dry runs included.
-- Example: SELECT * FROM app.set_plz_mapping(p_dry_run => true, p_mapping =>
--   '[{"office_code":"luzern","plz_from":6000,"plz_to":6999},
--     {"office_code":"romandie","plz_from":1000,"plz_to":2999}]');
--
-- Owned by leadbase_router (BYPASSRLS), like app.route_leads: the preview counts the
-- leads of every office. The admin check keeps everyone else out.
DROP FUNCTION IF EXISTS app.set_plz_mapping;
CREATE FUNCTION app.set_plz_mapping(p_mapping TEXT, p_dry_run BOOLEAN DEFAULT FALSE)
RETURNS TABLE (from_office_code VARCHAR, to_office_code VARCHAR, lead_count BIGINT)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_caller_id integer;
    v_caller_role varchar;
    v_json jsonb;
    v_started_at TIMESTAMPTZ := clock_timestamp();
    v_changed boolean;
    v_ranges integer;
BEGIN
    BEGIN
        v_json := p_mapping::jsonb;
    EXCEPTION WHEN invalid_text_representation THEN
        v_json := NULL;
    END;
    IF v_json IS NULL OR jsonb_typeof(v_json) <> 'array' THEN
        v_problems := v_problems || 'The value for the parameter mapping is not supported. It must be a JSON array of {"office_code", "plz_from", "plz_to"}.'::text;
    ELSE
        v_problems := v_problems || ARRAY(
            SELECT format('The value for the parameter mapping is not supported. Entry %s: %s.', e.n, e.problem)
            FROM (
                SELECT
                    m.n,
                    CASE
                        WHEN jsonb_typeof(m.entry) <> 'object' THEN 'not an object'
                        WHEN NOT EXISTS (SELECT 1 FROM core.office AS o WHERE o.office_code = m.entry ->> 'office_code')
                            THEN format('unknown office_code %s', coalesce(m.entry ->> 'office_code', 'null'))
                        WHEN coalesce(m.entry ->> 'plz_from', '') !~ '^[0-9]{4}$'
                            OR coalesce(m.entry ->> 'plz_to', '') !~ '^[0-9]{4}$'
                            THEN 'plz_from and plz_to must be PLZ between 1000 and 9999'
                        WHEN (m.entry ->> 'plz_from')::integer < 1000
                            OR (m.entry ->> 'plz_from')::integer > (m.entry ->> 'plz_to')::integer
                            THEN 'plz_from must be between 1000 and plz_to'
                    END AS problem
                FROM jsonb_array_elements(v_json) WITH ORDINALITY AS m (entry, n)
            ) AS e
            WHERE e.problem IS NOT NULL
            ORDER BY e.n
        );
    END IF;

    IF cardinality(v_problems) = 0 THEN
        -- Overlaps, then gaps (only when no catch-all office takes the rest).
        v_problems := v_problems || ARRAY(
            WITH r AS (
                SELECT m.n, m.entry ->> 'office_code' AS office_code,
                    (m.entry ->> 'plz_from')::integer AS plz_from, (m.entry ->> 'plz_to')::integer AS plz_to
                FROM jsonb_array_elements(v_json) WITH ORDINALITY AS m (entry, n)
            )

            SELECT format('PLZ %s-%s is mapped to %s and %s',
                greatest(a.plz_from, b.plz_from), least(a.plz_to, b.plz_to), a.office_code, b.office_code)
            FROM r AS a
            INNER JOIN r AS b ON a.n < b.n AND a.plz_from <= b.plz_to AND b.plz_from <= a.plz_to
            ORDER BY greatest(a.plz_from, b.plz_from), a.n, b.n
        );
        IF NOT EXISTS (SELECT 1 FROM core.office AS o WHERE o.is_catch_all) THEN
            v_problems := v_problems || ARRAY(
                WITH uncovered AS (
                    SELECT p.plz, p.plz - row_number() OVER (ORDER BY p.plz) AS island
                    FROM generate_series(1000, 9999) AS p (plz)
                    WHERE NOT EXISTS (
                        SELECT 1
                        FROM jsonb_to_recordset(v_json) AS m (plz_from integer, plz_to integer)
                        WHERE p.plz BETWEEN m.plz_from AND m.plz_to
                    )
                )

                SELECT format('PLZ %s-%s is mapped to no office', min(u.plz), max(u.plz))
                FROM uncovered AS u
                GROUP BY u.island
                ORDER BY min(u.plz)
            );
        END IF;
    END IF;
    IF p_dry_run IS NULL THEN
        v_problems := v_problems || 'The value for the parameter dry_run is not supported. It must be true or false.'::text;
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    SELECT r.user_id, r.role_code INTO v_caller_id, v_caller_role FROM security.require_caller(ARRAY['admin'], 'Only admins may change the PLZ mapping.') AS r;

    IF NOT p_dry_run THEN
        -- Exclusive routing lock: app.add_lead waits until the new mapping is in place.
        PERFORM core.routing_lock('Exclusive');
    END IF;

    -- Ranges written (or that a dry run would write), as on SQL Server: all of the
    -- mapping's when it differs from the current one, else none (a repeated submit
    -- leaves no history).
    v_changed := EXISTS (
        (SELECT o.office_id, m.plz_from::smallint, m.plz_to::smallint
         FROM jsonb_to_recordset(v_json) AS m (office_code varchar, plz_from integer, plz_to integer)
         INNER JOIN core.office AS o ON m.office_code = o.office_code
         EXCEPT ALL
         SELECT r.office_id, r.plz_from, r.plz_to FROM core.office_plz_range AS r)
        UNION ALL
        (SELECT r.office_id, r.plz_from, r.plz_to FROM core.office_plz_range AS r
         EXCEPT ALL
         SELECT o.office_id, m.plz_from::smallint, m.plz_to::smallint
         FROM jsonb_to_recordset(v_json) AS m (office_code varchar, plz_from integer, plz_to integer)
         INNER JOIN core.office AS o ON m.office_code = o.office_code)
    );
    v_ranges := CASE WHEN v_changed THEN jsonb_array_length(v_json) ELSE 0 END;

    IF p_dry_run THEN
        FOR from_office_code, to_office_code, lead_count IN
            SELECT f.office_code, t.office_code, count(*)
            FROM core.plan_routing(v_json::text) AS p
            INNER JOIN core.office AS f ON p.from_office_id = f.office_id
            INNER JOIN core.office AS t ON p.to_office_id = t.office_id
            GROUP BY f.office_code, t.office_code
            ORDER BY f.office_code, t.office_code
        LOOP
            RETURN NEXT;
        END LOOP;
    ELSE
        IF v_changed THEN
            UPDATE core.office_plz_range AS r SET last_edited_by = v_caller_id WHERE TRUE;
            DELETE FROM core.office_plz_range AS r WHERE TRUE;
            INSERT INTO core.office_plz_range (office_id, plz_from, plz_to, last_edited_by)
            SELECT o.office_id, m.plz_from, m.plz_to, v_caller_id
            FROM jsonb_to_recordset(v_json) AS m (office_code varchar, plz_from integer, plz_to integer)
            INNER JOIN core.office AS o ON m.office_code = o.office_code;
        END IF;
        FOR from_office_code, to_office_code, lead_count IN
            SELECT r.from_office_code, r.to_office_code, r.lead_count FROM app.route_leads(FALSE) AS r
        LOOP
            RETURN NEXT;
        END LOOP;
    END IF;

    -- Only a successful run is kept here (db/CONTRACT.md, "Transactions").
    PERFORM core.log_command(
        'app.set_plz_mapping', format('app.set_plz_mapping(p_mapping => %L, p_dry_run => %s)', v_json::text, p_dry_run), v_caller_id, p_dry_run, v_started_at, v_ranges
    );
END
$$;
ALTER FUNCTION app.set_plz_mapping OWNER TO leadbase_router;
