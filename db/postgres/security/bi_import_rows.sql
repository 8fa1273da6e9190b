-- security.bi_import_batch_rows(): the rows behind bi.import_batch, one per batch and
-- office of the reader: the partner's delivery and what became of its rows there.
-- Like security/bi_rows.sql: applies the reader's offices before any predicate of the
-- reader runs (plpgsql, SECURITY DEFINER as leadbase_owner, FORCE RLS inside too), so
-- a BI login sees only its offices' batches. The T-SQL twin is
-- db/security/bi_import_rows.sql.
CREATE OR REPLACE FUNCTION security.bi_import_batch_rows()
RETURNS TABLE (
    batch_id BIGINT,
    partner_code VARCHAR,
    file_name VARCHAR,
    received_at TIMESTAMPTZ,
    status VARCHAR,
    office_id SMALLINT,
    office_code VARCHAR,
    row_count INTEGER,
    new_count INTEGER,
    refreshed_count INTEGER,
    suppressed_count INTEGER,
    duplicate_count INTEGER,
    invalid_count INTEGER
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
ROWS 100
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_offices smallint[] := security.caller_offices();
BEGIN
    PERFORM security.log_bi_central_read('bi.import_batch');
    RETURN QUERY
    SELECT
        b.batch_id, p.partner_code, b.file_name, b.received_at, b.status, bo.office_id, o.office_code,
        bo.new_count + bo.refreshed_count + bo.suppressed_count + bo.duplicate_count + bo.invalid_count,
        bo.new_count, bo.refreshed_count, bo.suppressed_count, bo.duplicate_count, bo.invalid_count
    FROM core.import_batch_office AS bo
    INNER JOIN core.import_batch AS b ON bo.batch_id = b.batch_id
    INNER JOIN core.partner AS p ON b.partner_id = p.partner_id
    INNER JOIN core.office AS o ON bo.office_id = o.office_id
    WHERE bo.office_id = ANY (v_offices);
END
$$;
