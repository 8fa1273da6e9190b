-- core.plan_routing: the leads whose office would change under a mapping.
--
-- Parameters: p_mapping (NULL = the current ranges; else a proposed mapping, JSON
-- text as in app.set_plz_mapping).
-- Result: lead_id, from_office_id, to_office_id.
-- Runs with the caller's rights: only the routing functions, owned by the BYPASSRLS
-- role leadbase_router, see every office through it. The rule itself is
-- core.office_for_plz, evaluated once per PLZ, not once per lead.
DROP FUNCTION IF EXISTS core.plan_routing;
CREATE FUNCTION core.plan_routing(p_mapping TEXT DEFAULT NULL)
RETURNS TABLE (lead_id BIGINT, from_office_id SMALLINT, to_office_id SMALLINT)
LANGUAGE sql
STABLE
AS $$
    WITH plz_office AS MATERIALIZED (
        SELECT p.plz::smallint AS plz, f.office_id
        FROM generate_series(1000, 9999) AS p (plz)
        CROSS JOIN LATERAL core.office_for_plz(p.plz, p_mapping) AS f
    )

    SELECT l.lead_id, l.office_id AS from_office_id, po.office_id AS to_office_id
    FROM core.lead AS l
    INNER JOIN plz_office AS po ON l.plz = po.plz
    WHERE l.office_id <> po.office_id;
$$;
