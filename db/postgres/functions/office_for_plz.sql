-- core.office_for_plz: the one routing rule. A PLZ belongs to the office whose range
-- contains it, else to the catch-all office.
--
-- Parameters: p_plz; p_mapping (NULL = the current ranges in core.office_plz_range,
-- else a proposed mapping as JSON text in the shape of app.set_plz_mapping).
-- Result: office_id (no row when no range and no catch-all office exist).
DROP FUNCTION IF EXISTS core.office_for_plz;
CREATE FUNCTION core.office_for_plz(p_plz INTEGER, p_mapping TEXT DEFAULT NULL)
RETURNS TABLE (office_id SMALLINT)
LANGUAGE sql
STABLE
AS $$
    SELECT coalesce(
        (
            SELECT r.office_id
            FROM core.office_plz_range AS r
            WHERE p_mapping IS NULL AND p_plz BETWEEN r.plz_from AND r.plz_to
            UNION ALL
            SELECT o.office_id
            FROM jsonb_to_recordset(p_mapping::jsonb) AS m (office_code varchar, plz_from integer, plz_to integer)
            INNER JOIN core.office AS o ON m.office_code = o.office_code
            WHERE p_plz BETWEEN m.plz_from AND m.plz_to
            LIMIT 1
        ),
        (SELECT o.office_id FROM core.office AS o WHERE o.is_catch_all)
    ) AS office_id;
$$;
