/*
app.get_kpis: the key figures of the manager's office, one definition each, per
office and per representative, for a period of business dates, as the database knew
them at any instant (system time). The dashboard, the exports and bi.kpi all read
this; the formulas are in db/CONTRACT.md, "KPIs".

Callers: the web tier's dashboard, team page and exports; DBAs.
Parameters:
    @kpi_code     VARCHAR(100)  a code of core.kpi (app.list_codes 'kpi'); NULL (default) = every KPI
    @period_from  DATE          first business date (UTC); NULL = 89 days before period_to
    @period_to    DATE          last business date (UTC), inclusive; NULL = the date of as_of
    @office_code  VARCHAR(100)  one of the caller's offices; NULL = all of them (another office: no rows)
    @user_id      INT           one representative's rows only; NULL = every representative
    @as_of        DATETIME2(3)  the instant (UTC) whose knowledge counts, not in the future; NULL = now
Result, by office_code, KPI sort order, user_id (office rows first), sort_order:
    kpi_code VARCHAR(20), office_code VARCHAR(20), user_id INT (NULL: the whole office),
    display_name NVARCHAR(200), bucket VARCHAR(20) (stage, month YYYY-MM, aging bucket,
    status or event type; NULL for a single figure), sort_order INT, value DECIMAL(19, 2),
    base DECIMAL(19, 2), rate DECIMAL(19, 4) (value / base; NULL without a base).
    Representatives get their office's rows and their own rows only.
    A figure with nothing to count has no row.
Errors:
    50401  'No active user is signed in.'
    50400  every invalid parameter, in one message
The figures are core.kpi_figures (FOR SYSTEM_TIME AS OF, under the office security
policy), the one definition that bi.kpi reads too.
PostgreSQL twin: db/postgres/procedures/get_kpis.sql.
Example:
    EXEC app.get_kpis @period_from = '2026-07-01', @period_to = '2026-09-30', @as_of = '2026-10-01T00:00:00';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.get_kpis
    @kpi_code VARCHAR(100) = NULL,
    @period_from DATE = NULL,
    @period_to DATE = NULL,
    @office_code VARCHAR(100) = NULL,
    @user_id INT = NULL,
    @as_of DATETIME2(3) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @now DATETIME2(3) = SYSUTCDATETIME();
    DECLARE @at DATETIME2(3) = COALESCE(@as_of, SYSUTCDATETIME());
    DECLARE @to DATE = COALESCE(@period_to, CAST(COALESCE(@as_of, SYSUTCDATETIME()) AS DATE));
    DECLARE @from DATE;

    ----------------------------------------------------------------------------
    -- Who is calling, then the parameters
    ----------------------------------------------------------------------------
    EXEC security.require_caller
        @allowed_roles = NULL,
        @forbidden_message = NULL,
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    -- DATEADD beyond 0001-01-01 or 9999-12-31 would fail: the period stops there.
    SET @from = COALESCE(@period_from, CASE WHEN @to < '0001-03-31' THEN '0001-01-01' ELSE DATEADD(DAY, -89, @to) END);

    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (1, core.code_problem('kpi', 'kpi_code', @kpi_code, 0)),
        (
            2,
            CASE
                WHEN @from > @to
                    THEN N'The value for the parameter period_from is not supported. It must not be after period_to.'
                WHEN DATEDIFF(DAY, @from, @to) > 731
                    THEN N'The value for the parameter period_to is not supported. A period spans at most 732 days.'
            END
        ),
        (
            3,
            CASE
                WHEN
                    @office_code IS NOT NULL
                    AND NOT EXISTS (
                        SELECT 1
                        FROM core.office AS o
                        WHERE o.office_code = @office_code
                    )
                    THEN (
                        SELECT
                            N'The value for the parameter office_code is not supported. Supported values are '
                            + STRING_AGG(o.office_code, ', ') WITHIN GROUP (ORDER BY o.office_id) + N'.'
                        FROM core.office AS o
                    )
            END
        ),
        (
            4,
            CASE
                WHEN @as_of > @now
                    THEN N'The value for the parameter as_of is not supported. It must not be in the future.'
            END
        )
    ) AS p(problem_no, problem)
    WHERE p.problem IS NOT NULL;

    IF @message IS NOT NULL
        BEGIN
            THROW 50400, @message, 1;
        END;

    ----------------------------------------------------------------------------
    -- The caller's offices, narrowed by @office_code (the policy enforces them)
    ----------------------------------------------------------------------------
    CREATE TABLE #office (office_id SMALLINT NOT NULL PRIMARY KEY);
    INSERT #office (office_id)
    SELECT o.office_id
    FROM core.office AS o
    INNER JOIN security.caller_offices() AS co ON o.office_id = co.office_id
    WHERE @office_code IS NULL OR o.office_code = @office_code;

    ----------------------------------------------------------------------------
    -- The result: representatives see their own rows besides their office's
    ----------------------------------------------------------------------------
    SELECT
        f.kpi_code,
        o.office_code,
        f.user_id,
        u.display_name,
        f.bucket,
        f.sort_order,
        CAST(f.value AS DECIMAL(19, 2)) AS value,
        CAST(f.base AS DECIMAL(19, 2)) AS base,
        CAST(f.value / NULLIF(f.base, 0) AS DECIMAL(19, 4)) AS rate
    FROM core.kpi_figures(@at, @from, @to) AS f
    INNER JOIN #office AS mine ON f.office_id = mine.office_id
    INNER JOIN core.office AS o ON f.office_id = o.office_id
    INNER JOIN core.kpi AS k ON f.kpi_code = k.code
    LEFT OUTER JOIN core.app_user AS u ON f.user_id = u.user_id
    WHERE
        (@kpi_code IS NULL OR f.kpi_code = @kpi_code)
        AND (
            f.is_rep = 0
            OR (
                f.user_id IS NOT NULL
                AND (@caller_role <> 'representative' OR f.user_id = @caller_id)
                AND (@user_id IS NULL OR f.user_id = @user_id)
            )
        )
    ORDER BY o.office_code, k.sort_order, f.is_rep, u.display_name, f.user_id, f.sort_order;
END;
GO
