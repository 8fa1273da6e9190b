/*
app.list_import_decisions: the rows of a batch routed to the caller's offices, with
each decision and its reason (security policy on core.import_decision). Held rows
never name the lead or office that held them; lead_id is the lead a row created or
refreshed (or that a release created).

Parameters:
    @batch_id       BIGINT       required
    @decision_code  VARCHAR(20)  new | refreshed | suppressed | duplicate | invalid;
                                 NULL (default) = all
    @page           INT          1 and up; default 1
    @page_size      INT          1-200; default 50
Result, by row_no: decision_id BIGINT, row_no INT, office_code VARCHAR(20),
    decision_code VARCHAR(20), reason_code VARCHAR(30), matched_key VARCHAR(20),
    field_name VARCHAR(40), until_date DATE, duplicate_of_row INT, uid_finding BIT,
    lead_id BIGINT, company_name NVARCHAR(400), plz NVARCHAR(40), ort NVARCHAR(200),
    uid NVARCHAR(40), phone NVARCHAR(60), email NVARCHAR(400), no_advertising BIT,
    override_action VARCHAR(20), total_count BIGINT
Errors:
    50400  every invalid parameter, in one message
    50401  'No active user is signed in.'
    50403  'Only managers and admins may review imports.'
PostgreSQL twin: db/postgres/procedures/list_import_decisions.sql.
Example:
    EXEC app.list_import_decisions @batch_id = 12, @decision_code = 'suppressed';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.list_import_decisions
    @batch_id BIGINT,
    @decision_code VARCHAR(20) = NULL,
    @page INT = 1,
    @page_size INT = 50
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);

    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (
            1,
            CASE
                WHEN @batch_id IS NULL
                    THEN N'The value for the parameter batch_id is not supported. It must be given.'
            END
        ),
        (
            2,
            CASE
                WHEN @decision_code NOT IN ('new', 'refreshed', 'suppressed', 'duplicate', 'invalid')
                    THEN
                        N'The value for the parameter decision_code is not supported. '
                        + N'Supported values are new, refreshed, suppressed, duplicate, invalid.'
            END
        ),
        (
            3,
            CASE
                WHEN @page IS NULL OR @page NOT BETWEEN 1 AND 1000000
                    THEN N'The value for the parameter page is not supported. It must be between 1 and 1000000.'
            END
        ),
        (
            4,
            CASE
                WHEN @page_size IS NULL OR @page_size NOT BETWEEN 1 AND 200
                    THEN N'The value for the parameter page_size is not supported. It must be between 1 and 200.'
            END
        )
    ) AS p(problem_no, problem)
    WHERE p.problem IS NOT NULL;

    IF @message IS NOT NULL
        BEGIN
            THROW 50400, @message, 1;
        END;

    EXEC security.require_caller
        @allowed_roles = 'manager,admin',
        @forbidden_message = N'Only managers and admins may review imports.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    SELECT
        d.decision_id,
        d.row_no,
        o.office_code,
        ir.decision_code,
        d.reason_code,
        d.matched_key,
        d.field_name,
        d.until_date,
        d.duplicate_of_row,
        d.uid_finding,
        d.company_name,
        d.plz,
        d.ort,
        d.uid,
        d.phone,
        d.email,
        d.no_advertising,
        ov.action AS override_action,
        COALESCE(d.lead_id, ov.lead_id) AS lead_id,
        COUNT(*) OVER () AS total_count
    FROM core.import_decision AS d
    INNER JOIN core.import_reason AS ir ON d.reason_code = ir.reason_code
    INNER JOIN core.office AS o ON d.office_id = o.office_id
    LEFT JOIN core.import_override AS ov ON d.decision_id = ov.decision_id
    WHERE d.batch_id = @batch_id AND (@decision_code IS NULL OR ir.decision_code = @decision_code)
    ORDER BY
        d.row_no
        OFFSET (@page - 1) * @page_size ROWS FETCH NEXT @page_size ROWS ONLY;
END;
GO
