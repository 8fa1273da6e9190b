-- bi.import_batch: partner quality for BI, one row per batch and office of the reader:
-- partner, file, received_at (business time), status and the rows that became new,
-- refreshed, suppressed, duplicate or invalid leads there. Shares are counts over
-- row_count. Rows come from security.bi_import_batch_rows() (only the reader's
-- offices, before any predicate of the reader runs).
DROP VIEW IF EXISTS bi.import_batch;
CREATE VIEW bi.import_batch AS
SELECT
    r.batch_id,
    r.partner_code,
    r.file_name,
    r.received_at,
    r.status,
    r.office_id,
    r.office_code,
    r.row_count,
    r.new_count,
    r.refreshed_count,
    r.suppressed_count,
    r.duplicate_count,
    r.invalid_count
FROM security.bi_import_batch_rows() AS r;
