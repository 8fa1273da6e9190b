/*
app.get_partner_quality: per partner, what its deliveries became in the caller's
offices: rows, and the share of new, refreshed, suppressed, duplicate and invalid rows;
of the leads it delivered, the share already contacted (any call, e-mail or meeting)
and won, and how many a representative found inaccurate (feedback data_inaccurate,
core.lead_feedback). For the managers' screens (bi.import_batch has the per-batch rows).
Row-level security limits the counts and the leads to the caller's offices.

Parameters:
    @partner_code  NVARCHAR(4000)  NULL (default) = every partner
Result, by partner_code: partner_code VARCHAR(40), partner_name NVARCHAR(200),
    batch_count BIGINT, row_count BIGINT, new_share, refreshed_share, suppressed_share,
    duplicate_share, invalid_share (DECIMAL(5,4), 0-1), lead_count BIGINT,
    contacted_share, won_share (DECIMAL(5,4); NULL without rows or leads),
    data_inaccurate_count BIGINT (leads with at least one data_inaccurate feedback),
    data_inaccurate_share (DECIMAL(5,4); NULL without leads), in this order as on
    PostgreSQL
Errors:
    50401  'No active user is signed in.'
    50403  'Only managers and admins may review imports.'
PostgreSQL twin: db/postgres/procedures/get_partner_quality.sql.
Example:
    EXEC app.get_partner_quality;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.get_partner_quality
    @partner_code NVARCHAR(4000) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);

    EXEC security.require_caller
        @allowed_roles = 'manager,admin',
        @forbidden_message = N'Only managers and admins may review imports.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    WITH delivered AS (
        SELECT
            b.partner_id,
            COUNT(DISTINCT b.batch_id) AS batch_count,
            SUM(
                CAST(
                    bo.new_count + bo.refreshed_count + bo.suppressed_count + bo.duplicate_count + bo.invalid_count
                    AS BIGINT
                )
            ) AS row_count,
            SUM(CAST(bo.new_count AS DECIMAL(19, 4))) AS new_count,
            SUM(CAST(bo.refreshed_count AS DECIMAL(19, 4))) AS refreshed_count,
            SUM(CAST(bo.suppressed_count AS DECIMAL(19, 4))) AS suppressed_count,
            SUM(CAST(bo.duplicate_count AS DECIMAL(19, 4))) AS duplicate_count,
            SUM(CAST(bo.invalid_count AS DECIMAL(19, 4))) AS invalid_count
        FROM core.import_batch_office AS bo
        INNER JOIN core.import_batch AS b ON bo.batch_id = b.batch_id
        GROUP BY b.partner_id
    ),

    outcome AS (
        SELECT
            b.partner_id,
            COUNT_BIG(*) AS lead_count,
            SUM(
                CASE
                    WHEN EXISTS (
                        SELECT 1
                        FROM core.lead_event AS e
                        WHERE e.lead_id = l.lead_id AND e.event_type IN ('call', 'email', 'meeting')
                    ) THEN 1.0
                    ELSE 0.0
                END
            ) AS contacted_count,
            SUM(CASE WHEN l.status = 'won' THEN 1.0 ELSE 0.0 END) AS won_count,
            SUM(
                CASE
                    WHEN EXISTS (
                        SELECT 1
                        FROM core.lead_feedback AS f
                        WHERE f.lead_id = l.lead_id AND f.reason_code = 'data_inaccurate'
                    ) THEN 1.0
                    ELSE 0.0
                END
            ) AS inaccurate_count
        FROM core.lead AS l
        INNER JOIN core.import_batch AS b ON l.import_batch_id = b.batch_id
        GROUP BY b.partner_id
    )

    -- The contract's column order (the same as PostgreSQL's), not the linter's.
    SELECT  -- noqa: ST06
        p.partner_code,
        p.partner_name,
        CAST(d.batch_count AS BIGINT) AS batch_count,
        d.row_count,
        CAST(d.new_count / NULLIF(d.row_count, 0) AS DECIMAL(5, 4)) AS new_share,
        CAST(d.refreshed_count / NULLIF(d.row_count, 0) AS DECIMAL(5, 4)) AS refreshed_share,
        CAST(d.suppressed_count / NULLIF(d.row_count, 0) AS DECIMAL(5, 4)) AS suppressed_share,
        CAST(d.duplicate_count / NULLIF(d.row_count, 0) AS DECIMAL(5, 4)) AS duplicate_share,
        CAST(d.invalid_count / NULLIF(d.row_count, 0) AS DECIMAL(5, 4)) AS invalid_share,
        COALESCE(o.lead_count, 0) AS lead_count,
        CAST(o.contacted_count / NULLIF(o.lead_count, 0) AS DECIMAL(5, 4)) AS contacted_share,
        CAST(o.won_count / NULLIF(o.lead_count, 0) AS DECIMAL(5, 4)) AS won_share,
        CAST(COALESCE(o.inaccurate_count, 0) AS BIGINT) AS data_inaccurate_count,
        CAST(o.inaccurate_count / NULLIF(o.lead_count, 0) AS DECIMAL(5, 4)) AS data_inaccurate_share
    FROM delivered AS d
    INNER JOIN core.partner AS p ON d.partner_id = p.partner_id
    LEFT OUTER JOIN outcome AS o ON d.partner_id = o.partner_id
    WHERE @partner_code IS NULL OR p.partner_code = LOWER(TRIM(@partner_code))
    ORDER BY p.partner_code;
END;
GO
