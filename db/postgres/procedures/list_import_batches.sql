-- app.list_import_batches: the partner batches a manager or admin may see, newest
-- delivery first: those with rows routed to the caller's offices, and those the
-- caller started. Counts cover the caller's offices only (row-level security on
-- core.import_batch_office). A batch still 'receiving' long after it started was
-- interrupted (its rows were never decided).
--
-- Parameters: p_batch_id (NULL = all), p_page (1), p_page_size (50, 1-200).
-- Result: batch_id, partner_code, file_name, received_at, imported_by, status,
-- started_at, finished_at, error_message, new_count, refreshed_count,
-- suppressed_count, duplicate_count, invalid_count.
-- Errors: LB400 page or page_size; LB401 no active user; LB403 not a manager or admin.
-- Example: SELECT * FROM app.list_import_batches(p_page_size => 20);
DROP FUNCTION IF EXISTS app.list_import_batches;
CREATE FUNCTION app.list_import_batches(
    p_batch_id BIGINT DEFAULT NULL,
    p_page INTEGER DEFAULT 1,
    p_page_size INTEGER DEFAULT 50
)
RETURNS TABLE (
    batch_id BIGINT,
    partner_code VARCHAR,
    file_name VARCHAR,
    received_at TIMESTAMPTZ,
    imported_by VARCHAR,
    status VARCHAR,
    started_at TIMESTAMPTZ,
    finished_at TIMESTAMPTZ,
    error_message VARCHAR,
    new_count BIGINT,
    refreshed_count BIGINT,
    suppressed_count BIGINT,
    duplicate_count BIGINT,
    invalid_count BIGINT
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_user_id integer;
    v_role varchar;
BEGIN
    IF p_page IS NULL OR p_page NOT BETWEEN 1 AND 1000000 THEN
        v_problems := v_problems || 'The value for the parameter page is not supported. It must be between 1 and 1000000.'::text;
    END IF;
    IF p_page_size IS NULL OR p_page_size NOT BETWEEN 1 AND 200 THEN
        v_problems := v_problems || 'The value for the parameter page_size is not supported. It must be between 1 and 200.'::text;
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;
    SELECT r.user_id, r.role_code INTO v_user_id, v_role
    FROM security.require_caller(
        ARRAY['manager', 'admin'], 'Only managers and admins may review imports.'
    ) AS r;

    RETURN QUERY
    SELECT
        b.batch_id, p.partner_code, b.file_name, b.received_at, u.display_name, b.status, b.started_at,
        b.finished_at, b.error_message,
        coalesce(c.new_count, 0), coalesce(c.refreshed_count, 0), coalesce(c.suppressed_count, 0),
        coalesce(c.duplicate_count, 0), coalesce(c.invalid_count, 0)
    FROM core.import_batch AS b
    INNER JOIN core.partner AS p ON b.partner_id = p.partner_id
    INNER JOIN core.app_user AS u ON b.imported_by = u.user_id
    LEFT JOIN (
        SELECT
            bo.batch_id,
            sum(bo.new_count)::bigint AS new_count,
            sum(bo.refreshed_count)::bigint AS refreshed_count,
            sum(bo.suppressed_count)::bigint AS suppressed_count,
            sum(bo.duplicate_count)::bigint AS duplicate_count,
            sum(bo.invalid_count)::bigint AS invalid_count
        FROM core.import_batch_office AS bo
        GROUP BY bo.batch_id
    ) AS c ON b.batch_id = c.batch_id
    WHERE
        (p_batch_id IS NULL OR b.batch_id = p_batch_id)
        AND (c.batch_id IS NOT NULL OR b.imported_by = v_user_id)
    ORDER BY b.received_at DESC, b.batch_id DESC
    OFFSET (p_page - 1) * p_page_size
    LIMIT p_page_size;
END
$$;
