-- app.add_suppressions: an admin uploads a suppression list (a Robinson-style list of
-- companies, phones or domains that refused advertising). Each entry's match keys
-- (core.match_keys: UID, name+PLZ, phone, e-mail, domain) are kept hashed in
-- core.suppression (source 'list'), so every later import holds matching rows
-- (reason suppression_list). Existing leads of the caller's offices that match get
-- no_advertising set (their history keeps the change).
--
-- Parameters: p_entries (JSON array of objects with any of company_name + plz, uid,
-- phone, email, website, and until_date (YYYY-MM-DD; NULL = for good)).
-- Result: entry_count, key_count (keys added), lead_count (existing leads marked).
-- Errors: LB400 entries not such an array, or entries without any key or with an
-- until_date that is not YYYY-MM-DD (named by position, counted from 1: the first
-- 20, then 'and N more'); LB401 no active user; LB403 not an admin.
-- Example: SELECT * FROM app.add_suppressions(p_entries =>
--     '[{"phone": "041 210 00 01"}, {"website": "werbefrei.ch", "until_date": "2027-12-31"}]');
DROP FUNCTION IF EXISTS app.add_suppressions;
CREATE FUNCTION app.add_suppressions(p_entries TEXT)
RETURNS TABLE (entry_count BIGINT, key_count BIGINT, lead_count BIGINT)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_entries jsonb;
    v_user_id integer;
    v_role varchar;
    v_bad text;
    v_until text;
    v_keys bigint;
    v_leads bigint;
BEGIN
    BEGIN
        v_entries := p_entries::jsonb;
    EXCEPTION WHEN others THEN
        v_entries := NULL;
    END;
    IF v_entries IS NULL OR jsonb_typeof(v_entries) <> 'array'
        OR EXISTS (SELECT 1 FROM jsonb_array_elements(v_entries) AS e (v) WHERE jsonb_typeof(e.v) <> 'object') THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter entries is not supported. It must be a JSON array of objects.';
    END IF;

    DROP TABLE IF EXISTS suppression_entry;
    CREATE TEMP TABLE suppression_entry ON COMMIT DROP AS
    SELECT
        e.n,
        CASE WHEN e.v ->> 'until_date' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN e.v ->> 'until_date' END AS until_text,
        e.v ->> 'until_date' AS until_date,
        core.match_keys(
            e.v ->> 'uid', e.v ->> 'company_name',
            CASE WHEN e.v ->> 'plz' ~ '^[1-9][0-9]{3}$' THEN (e.v ->> 'plz')::int END,
            e.v ->> 'phone', e.v ->> 'email', e.v ->> 'website'
        ) AS kind_keys
    FROM jsonb_array_elements(v_entries) WITH ORDINALITY AS e (v, n);

    -- A date of the right shape that is no day (2027-02-30) is refused like any other
    -- (SQL Server's TRY_CONVERT), not with the cast's error; each distinct date once.
    FOR v_until IN SELECT DISTINCT s.until_text FROM suppression_entry AS s WHERE s.until_text IS NOT NULL LOOP
        BEGIN
            PERFORM v_until::date;
        EXCEPTION WHEN others THEN
            UPDATE suppression_entry AS s SET until_text = NULL WHERE s.until_text = v_until;
        END;
    END LOOP;

    -- The first 20 named, the rest counted: the message stays short for any list.
    SELECT
        string_agg(b.n::text, ', ' ORDER BY b.n) FILTER (WHERE b.k <= 20)
        || CASE WHEN count(*) > 20 THEN format(' and %s more', count(*) - 20) ELSE '' END
    INTO v_bad
    FROM (
        SELECT s.n, row_number() OVER (ORDER BY s.n) AS k
        FROM suppression_entry AS s
        WHERE cardinality(s.kind_keys) = 0 OR (s.until_date IS NOT NULL AND s.until_text IS NULL)
    ) AS b;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = format(
            'The value for the parameter entries is not supported. Entries %s have no usable key '
            '(company_name with plz, uid, phone, email or website) or an until_date that is not YYYY-MM-DD.', v_bad);
    END IF;

    SELECT r.user_id, r.role_code INTO v_user_id, v_role
    FROM security.require_caller(ARRAY['admin'], 'Only admins may upload suppression lists.') AS r;

    -- It marks leads: a lead writer, so the shared routing lock, as on SQL Server.
    PERFORM core.routing_lock('Shared');

    WITH added AS (
        INSERT INTO core.suppression (key_hash, key_kind, source, until_date, created_by)
        SELECT DISTINCT core.key_hash(k.kind_key), split_part(k.kind_key, ':', 1), 'list', s.until_text::date, v_user_id
        FROM suppression_entry AS s
        CROSS JOIN LATERAL unnest(s.kind_keys) AS k (kind_key)
        WHERE NOT EXISTS (
            SELECT 1 FROM core.suppression AS x
            WHERE x.key_hash = core.key_hash(k.kind_key) AND x.source = 'list'
                AND x.until_date IS NOT DISTINCT FROM s.until_text::date
        )
        RETURNING core.suppression.key_hash
    ),

    marked AS (
        UPDATE core.lead AS l
        SET no_advertising = TRUE, last_edited_by = v_user_id
        WHERE NOT l.no_advertising AND l.lead_id IN (
            SELECT m.lead_id
            FROM suppression_entry AS s
            CROSS JOIN LATERAL unnest(s.kind_keys) AS k (kind_key)
            INNER JOIN core.lead_match_key AS m ON m.key_hash = core.key_hash(k.kind_key)
        )
        RETURNING l.lead_id
    )

    SELECT (SELECT count(*) FROM added), (SELECT count(*) FROM marked) INTO v_keys, v_leads;

    RETURN QUERY SELECT (SELECT count(*) FROM suppression_entry), v_keys, v_leads;
END
$$;
