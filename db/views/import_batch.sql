/*
bi.import_batch: partner quality for BI, one row per batch and office of the reader:
partner, file, received_at (business time, UTC), status and the rows that became new,
refreshed, suppressed, duplicate or invalid leads there (shares: counts over
row_count). Rows come from security.bi_import_batch_rows() (security/bi_import_rows.sql):
only the reader's offices, before any predicate of the reader runs.
Callers: members of leadbase_bi (SELECT on schema bi).
Same columns, in the same order, as db/postgres/views/import_batch.sql.
Example:
    SELECT b.partner_code, SUM(b.new_count) * 1.0 / SUM(b.row_count) AS new_share
    FROM bi.import_batch AS b
    GROUP BY b.partner_code;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW bi.import_batch
AS
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
GO
