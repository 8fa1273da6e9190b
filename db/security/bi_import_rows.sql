/*
bi_import_rows.sql: security.bi_import_batch_rows(), the rows behind bi.import_batch:
one per batch and office of the reader, the partner's delivery and what became of its
rows there. A multi-statement table-valued function for the reasons given in
security/bi_rows.sql: the reader's offices are applied (explicitly and by
security.office_policy on core.import_batch_office) before any predicate of the reader.
Callers: bi.import_batch only (ownership chaining). Same name, columns and order as
db/postgres/security/bi_import_rows.sql.
Example:
    SELECT r.partner_code, SUM(r.new_count) AS new_leads FROM security.bi_import_batch_rows() AS r
    GROUP BY r.partner_code;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION security.bi_import_batch_rows()
RETURNS @rows TABLE (
    batch_id BIGINT NOT NULL,
    partner_code VARCHAR(40) NOT NULL,
    file_name NVARCHAR(260) NOT NULL,
    received_at DATETIME2(3) NOT NULL,
    status VARCHAR(20) NOT NULL,
    office_id SMALLINT NOT NULL,
    office_code VARCHAR(20) NOT NULL,
    row_count INT NOT NULL,
    new_count INT NOT NULL,
    refreshed_count INT NOT NULL,
    suppressed_count INT NOT NULL,
    duplicate_count INT NOT NULL,
    invalid_count INT NOT NULL,
    PRIMARY KEY (batch_id, office_id)
)
AS
BEGIN
    INSERT @rows (
        batch_id, partner_code, file_name, received_at, status, office_id, office_code, row_count,
        new_count, refreshed_count, suppressed_count, duplicate_count, invalid_count
    )
    SELECT
        b.batch_id,
        p.partner_code,
        b.file_name,
        b.received_at,
        b.status,
        bo.office_id,
        o.office_code,
        bo.new_count + bo.refreshed_count + bo.suppressed_count + bo.duplicate_count + bo.invalid_count
            AS row_count,
        bo.new_count,
        bo.refreshed_count,
        bo.suppressed_count,
        bo.duplicate_count,
        bo.invalid_count
    FROM core.import_batch_office AS bo
    INNER JOIN core.import_batch AS b ON bo.batch_id = b.batch_id
    INNER JOIN core.partner AS p ON b.partner_id = p.partner_id
    INNER JOIN core.office AS o ON bo.office_id = o.office_id
    WHERE bo.office_id IN (
        SELECT co.office_id
        FROM security.caller_offices() AS co
    );

    RETURN;
END;
GO
