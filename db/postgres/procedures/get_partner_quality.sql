-- app.get_partner_quality: per partner, what its deliveries became in the caller's
-- offices: rows, and the share of new, refreshed, suppressed, duplicate and invalid
-- rows; of the leads it delivered, the share already contacted (any call, e-mail or
-- meeting) and won; and how many of them a representative found inaccurate
-- (feedback data_inaccurate, core.lead_feedback). For the managers' screens
-- (bi.import_batch has the per-batch rows).
--
-- Parameters: p_partner_code (NULL = every partner).
-- Result: partner_code, partner_name, batch_count, row_count, new_share,
-- refreshed_share, suppressed_share, duplicate_share, invalid_share, lead_count,
-- contacted_share, won_share, data_inaccurate_count (leads with at least one
-- data_inaccurate feedback), data_inaccurate_share (shares 0-1, numeric(5,4); NULL
-- without rows or leads).
-- Errors: LB401 no active user; LB403 not a manager or admin.
-- Example: SELECT * FROM app.get_partner_quality();
DROP FUNCTION IF EXISTS app.get_partner_quality;
CREATE FUNCTION app.get_partner_quality(p_partner_code VARCHAR DEFAULT NULL)
RETURNS TABLE (
    partner_code VARCHAR,
    partner_name VARCHAR,
    batch_count BIGINT,
    row_count BIGINT,
    new_share NUMERIC,
    refreshed_share NUMERIC,
    suppressed_share NUMERIC,
    duplicate_share NUMERIC,
    invalid_share NUMERIC,
    lead_count BIGINT,
    contacted_share NUMERIC,
    won_share NUMERIC,
    data_inaccurate_count BIGINT,
    data_inaccurate_share NUMERIC
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_user_id integer;
    v_role varchar;
BEGIN
    SELECT r.user_id, r.role_code INTO v_user_id, v_role
    FROM security.require_caller(
        ARRAY['manager', 'admin'], 'Only managers and admins may review imports.'
    ) AS r;

    -- Row-level security limits both the counts and the leads to the caller's offices.
    RETURN QUERY
    WITH delivered AS (
        SELECT
            b.partner_id,
            count(DISTINCT b.batch_id) AS batch_count,
            sum(bo.new_count + bo.refreshed_count + bo.suppressed_count + bo.duplicate_count + bo.invalid_count)
                AS row_count,
            sum(bo.new_count) AS new_count,
            sum(bo.refreshed_count) AS refreshed_count,
            sum(bo.suppressed_count) AS suppressed_count,
            sum(bo.duplicate_count) AS duplicate_count,
            sum(bo.invalid_count) AS invalid_count
        FROM core.import_batch_office AS bo
        INNER JOIN core.import_batch AS b ON bo.batch_id = b.batch_id
        GROUP BY b.partner_id
    ),

    outcome AS (
        SELECT
            b.partner_id,
            count(*) AS lead_count,
            count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM core.lead_event AS e
                WHERE e.lead_id = l.lead_id AND e.event_type IN ('call', 'email', 'meeting')
            )) AS contacted_count,
            count(*) FILTER (WHERE l.status = 'won') AS won_count,
            count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM core.lead_feedback AS f
                WHERE f.lead_id = l.lead_id AND f.reason_code = 'data_inaccurate'
            )) AS inaccurate_count
        FROM core.lead AS l
        INNER JOIN core.import_batch AS b ON l.import_batch_id = b.batch_id
        GROUP BY b.partner_id
    )

    SELECT
        p.partner_code, p.partner_name, d.batch_count, d.row_count::bigint,
        round(d.new_count::numeric / nullif(d.row_count, 0), 4),
        round(d.refreshed_count::numeric / nullif(d.row_count, 0), 4),
        round(d.suppressed_count::numeric / nullif(d.row_count, 0), 4),
        round(d.duplicate_count::numeric / nullif(d.row_count, 0), 4),
        round(d.invalid_count::numeric / nullif(d.row_count, 0), 4),
        coalesce(o.lead_count, 0),
        round(o.contacted_count::numeric / nullif(o.lead_count, 0), 4),
        round(o.won_count::numeric / nullif(o.lead_count, 0), 4),
        coalesce(o.inaccurate_count, 0),
        round(o.inaccurate_count::numeric / nullif(o.lead_count, 0), 4)
    FROM delivered AS d
    INNER JOIN core.partner AS p ON d.partner_id = p.partner_id
    LEFT JOIN outcome AS o ON d.partner_id = o.partner_id
    WHERE p_partner_code IS NULL OR p.partner_code = lower(trim(p_partner_code))
    ORDER BY p.partner_code;
END
$$;
