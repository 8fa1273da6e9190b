/*
app.list_leads: one page of the leads of the caller's offices.

Callers: the web tier's lead list; DBAs and analysts.
Parameters (all optional):
    @status       VARCHAR(20)     new | assigned | contacted | qualified | won | lost |
                                  do_not_contact; NULL (default) = any
    @branche      VARCHAR(10)     NOGA code, exact; NULL (default) = any
    @plz_from     INT             1000-9999; NULL (default) = open start
    @plz_to       INT             1000-9999, not below plz_from; NULL (default) = open end
    @search       NVARCHAR(4000)  substring of company name or Ort, case- and
                                  accent-insensitive, at most 100 characters;
                                  NULL or blank (default) = no search
    @assigned_to  INT             user_id of the current assignee; NULL (default) = any
    @sort         VARCHAR(10)     score (default: best first) | oldest | newest
    @page         INT             1 and up; default 1
    @page_size    INT             1-200; default 50
Result (one row per lead of the page; none without an active user, fail closed):
    lead_id BIGINT, company_name NVARCHAR(200), legal_form VARCHAR(20), plz SMALLINT,
    ort NVARCHAR(100), canton CHAR(2), branche VARCHAR(10), size_category VARCHAR(10),
    status VARCHAR(20), score SMALLINT, office_code VARCHAR(20),
    assigned_user_id INT, assigned_to NVARCHAR(200) (the assignee's display name),
    created_at DATETIME2(3), age_days INT, total_count BIGINT (rows matching the
    filters, for paging)
Errors:
    50400  every invalid parameter, in one message, e.g.
           'The value for the parameter page_size is not supported. It must be between 1 and 200.'
Row-level security decides which leads exist for the caller.
PostgreSQL twin: db/postgres/procedures/list_leads.sql.
Example:
    EXEC app.list_leads @status = 'new', @search = N'zurich', @sort = 'oldest', @page_size = 20;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.list_leads
    @status VARCHAR(20) = NULL,
    @branche VARCHAR(10) = NULL,
    @plz_from INT = NULL,
    @plz_to INT = NULL,
    @search NVARCHAR(4000) = NULL,
    @assigned_to INT = NULL,
    @sort VARCHAR(10) = 'score',
    @page INT = 1,
    @page_size INT = 50
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @pattern NVARCHAR(400);

    ----------------------------------------------------------------------------
    -- Check the parameters: collect every problem, then stop once
    ----------------------------------------------------------------------------
    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (1, core.code_problem('lead_status', 'status', @status, 0)),
        (
            2,
            CASE
                WHEN @plz_from NOT BETWEEN 1000 AND 9999
                    THEN N'The value for the parameter plz_from is not supported. It must be between 1000 and 9999.'
            END
        ),
        (
            3,
            CASE
                WHEN @plz_to NOT BETWEEN 1000 AND 9999
                    THEN N'The value for the parameter plz_to is not supported. It must be between 1000 and 9999.'
            END
        ),
        (
            4,
            CASE
                WHEN @plz_from > @plz_to
                    THEN N'The value for the parameter plz_to is not supported. It must not be less than plz_from.'
            END
        ),
        (
            5,
            CASE
                WHEN LEN(@search) > 100
                    THEN
                        N'The value for the parameter search is not supported. '
                        + N'It must not be longer than 100 characters.'
            END
        ),
        (
            6,
            CASE
                -- Byte-wise, as on PostgreSQL: 'SCORE' is not a sort order.
                WHEN
                    @sort IS NULL
                    OR @sort COLLATE Latin1_General_100_BIN2 NOT IN ('score', 'oldest', 'newest') -- noqa: CP02
                    THEN
                        N'The value for the parameter sort is not supported. '
                        + N'Supported values are score, oldest, newest.'
            END
        ),
        (
            7,
            CASE
                WHEN @page IS NULL OR @page < 1
                    THEN N'The value for the parameter page is not supported. It must be 1 or more.'
            END
        ),
        (
            8,
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

    -- LIKE pattern for the search: [, % and _ in the search text are literals.
    SET @search = NULLIF(TRIM(@search), N'');
    SET @pattern = N'%' + REPLACE(REPLACE(REPLACE(@search, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%';

    ----------------------------------------------------------------------------
    -- The page. filtered is referenced twice: once counted (total_count), once
    -- paged. The optimizer expands it into two independent accesses, each with
    -- its own index; OPTION (RECOMPILE) embeds the parameter values, so filters
    -- that are NULL and sort orders that are not chosen drop out of the plan.
    ----------------------------------------------------------------------------
    WITH filtered AS (
        SELECT
            l.lead_id,
            l.company_name,
            l.legal_form,
            l.plz,
            l.ort,
            l.canton,
            l.branche,
            l.size_category,
            l.status,
            l.score,
            l.office_id,
            l.created_at
        FROM core.lead AS l
        WHERE
            (@status IS NULL OR l.status = @status)
            AND (@branche IS NULL OR l.branche = @branche)
            AND (@plz_from IS NULL OR l.plz >= @plz_from)
            AND (@plz_to IS NULL OR l.plz <= @plz_to)
            AND (
                @pattern IS NULL
                OR l.company_name COLLATE Latin1_General_100_CI_AI LIKE @pattern -- noqa: CP02
                OR l.ort COLLATE Latin1_General_100_CI_AI LIKE @pattern -- noqa: CP02
            )
            AND (
                @assigned_to IS NULL
                OR EXISTS (
                    SELECT 1
                    FROM core.lead_assignment AS a
                    WHERE
                        a.lead_id = l.lead_id
                        AND a.assigned_until IS NULL
                        AND a.user_id = @assigned_to
                )
            )
    ),

    counted AS (
        SELECT COUNT_BIG(*) AS total_count
        FROM filtered
    )

    -- Columns in the contract's order (age_days, a calculation, before total_count).
    SELECT -- noqa: ST06
        f.lead_id,
        f.company_name,
        f.legal_form,
        f.plz,
        f.ort,
        f.canton,
        f.branche,
        f.size_category,
        f.status,
        f.score,
        o.office_code,
        a.user_id AS assigned_user_id,
        u.display_name AS assigned_to,
        f.created_at,
        DATEDIFF(DAY, f.created_at, SYSUTCDATETIME()) AS age_days,
        c.total_count
    FROM filtered AS f
    CROSS JOIN counted AS c
    INNER JOIN core.office AS o ON f.office_id = o.office_id
    LEFT JOIN core.lead_assignment AS a ON f.lead_id = a.lead_id AND a.assigned_until IS NULL
    LEFT JOIN core.app_user AS u ON a.user_id = u.user_id
    ORDER BY
        CASE WHEN @sort = 'score' THEN f.score END DESC,
        CASE WHEN @sort = 'oldest' THEN f.created_at END ASC,
        CASE WHEN @sort = 'newest' THEN f.created_at END DESC,
        CASE WHEN @sort = 'oldest' THEN f.lead_id END ASC,
        f.lead_id DESC
        -- In BIGINT: a page far past the end is an empty page, like any page past the
        -- end, not an arithmetic overflow (error 8115) in INT.
        OFFSET (CAST(@page AS BIGINT) - 1) * @page_size ROWS FETCH NEXT @page_size ROWS ONLY
    OPTION (RECOMPILE);
END;
GO
