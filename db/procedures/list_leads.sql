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
    @after_lead_id BIGINT         keyset paging: the page starts after this lead (the
                                  last one of the previous page) in the chosen sort;
                                  @page then counts from there. NULL (default) = from
                                  the start. Must be a lead of the caller's offices.
Result (one row per lead of the page; none without an active user, fail closed):
    lead_id BIGINT, company_name NVARCHAR(200), legal_form VARCHAR(20), plz SMALLINT,
    ort NVARCHAR(100), canton CHAR(2), branche VARCHAR(10), size_category VARCHAR(10),
    status VARCHAR(20), score SMALLINT, office_code VARCHAR(20),
    assigned_user_id INT, assigned_to NVARCHAR(200) (the assignee's display name),
    created_at DATETIME2(3), age_days INT, total_count BIGINT (rows matching the
    filters, counted up to 10,000), total_is_exact BIT (0: more than total_count
    match, shown as "10,000+")
Errors:
    50400  every invalid parameter, in one message, e.g.
           'The value for the parameter page_size is not supported. It must be between 1 and 200.'
    50400  @after_lead_id is not a lead of the caller's offices (the same answer for a
           missing and another office's lead)
Cost: no part grows with the number of matching leads (issue 6) or with other
offices' rows (issue 8). Each of the caller's offices is read on its own through an
index that leads with office_id, only as far as the page needs (TOP per office, then
merged); the count stops after 10,001 rows; a search looks up the term's grams in
core.lead_search_gram within the caller's offices and rechecks LIKE on the stored
key core.lead.search_key.
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
    @page_size INT = 50,
    @after_lead_id BIGINT = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @pattern NVARCHAR(400);
    DECLARE @search_key NVARCHAR(301);
    DECLARE @gram_count INT = 0;
    DECLARE @after_score SMALLINT;
    DECLARE @after_created_at DATETIME2(3);
    DECLARE @skip BIGINT;
    -- The total is exact up to this many leads; beyond it, total_is_exact = 0.
    DECLARE @count_cap INT = 10000;
    DECLARE @offices TABLE (office_id SMALLINT PRIMARY KEY);
    DECLARE @found TABLE (lead_id BIGINT PRIMARY KEY);
    DECLARE @assigned TABLE (lead_id BIGINT PRIMARY KEY);
    -- A PLZ range with at most this many leads in the caller's offices is read through (office_id, plz).
    DECLARE @plz_first INT = 2000;
    DECLARE @plz_first_used BIT = 0;
    DECLARE @in_plz TABLE (lead_id BIGINT PRIMARY KEY);

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

    -- In BIGINT: a page far past the end is an empty page, like any page past the
    -- end, not an arithmetic overflow (error 8115) in INT.
    SET @skip = CAST(@page - 1 AS BIGINT) * @page_size;

    INSERT @offices (office_id)
    SELECT co.office_id
    FROM security.caller_offices() AS co;

    ----------------------------------------------------------------------------
    -- Keyset: the sort key of the lead to start after
    ----------------------------------------------------------------------------
    IF @after_lead_id IS NOT NULL
        BEGIN
            SELECT
                @after_score = l.score,
                @after_created_at = l.created_at
            FROM core.lead AS l
            INNER JOIN @offices AS o ON l.office_id = o.office_id
            WHERE l.lead_id = @after_lead_id;

            IF @after_score IS NULL
                BEGIN
                    THROW 50400,
                    N'The value for the parameter after_lead_id is not supported. It must be a lead of your offices.',
                    1;
                END;
        END;

    ----------------------------------------------------------------------------
    -- Search: the leads of the caller's offices that have every gram of the term
    -- (core.lead_search_gram); LIKE on the stored key rechecks them below. A term
    -- shorter than three characters has no grams: LIKE alone decides.
    -- [, % and _ in the search text are literals in the LIKE pattern.
    ----------------------------------------------------------------------------
    SET @search_key = LOWER(NULLIF(TRIM(@search), N''));
    SET @pattern = N'%' + REPLACE(REPLACE(REPLACE(@search_key, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%';

    IF @search_key IS NOT NULL
        BEGIN
            SELECT @gram_count = COUNT(*)
            FROM core.search_grams(@search_key);

            INSERT @found (lead_id)
            SELECT g.lead_id
            FROM @offices AS o
            INNER JOIN core.lead_search_gram AS g ON o.office_id = g.office_id
            INNER JOIN core.search_grams(@search_key) AS s ON g.gram = s.gram
            GROUP BY g.lead_id
            HAVING COUNT(*) = @gram_count
            OPTION (RECOMPILE);
        END;

    ----------------------------------------------------------------------------
    -- The assignee's current leads in the caller's offices, read first through the
    -- office-first index: as a filter inside the list query the plan followed
    -- table-wide statistics, so an assignee with many leads in another office
    -- changed what a Luzern list cost.
    ----------------------------------------------------------------------------
    IF @assigned_to IS NOT NULL
        BEGIN
            INSERT @assigned (lead_id)
            SELECT a.lead_id
            FROM @offices AS o
            INNER JOIN core.lead_assignment AS a ON o.office_id = a.office_id
            WHERE
                a.user_id = @assigned_to
                AND a.assigned_until IS NULL;
        END;

    ----------------------------------------------------------------------------
    -- A PLZ range with few leads of the caller's offices is read first through
    -- (office_id, plz), up to @plz_first + 1 per office, in that index's order; a
    -- wider one is left to the sort order's index. Planned inside the list query,
    -- that choice followed table-wide statistics: a PLZ full of another office's
    -- leads made a Luzern list scan every Luzern lead. Now it rests on the caller's
    -- own rows.
    ----------------------------------------------------------------------------
    IF @search_key IS NULL AND @assigned_to IS NULL AND (@plz_from IS NOT NULL OR @plz_to IS NOT NULL)
        BEGIN
            INSERT @in_plz (lead_id)
            SELECT p.lead_id
            FROM @offices AS o
            CROSS APPLY (
                SELECT TOP (@plz_first + 1) l.lead_id
                FROM core.lead AS l
                WHERE
                    l.office_id = o.office_id
                    AND l.plz BETWEEN COALESCE(@plz_from, 1000) AND COALESCE(@plz_to, 9999)
                ORDER BY l.plz
            ) AS p;

            IF @@ROWCOUNT <= @plz_first
                SET @plz_first_used = 1;
        END;

    ----------------------------------------------------------------------------
    -- The page. matching is referenced twice: counted up to the cap, and paged
    -- per office (TOP in index order, then merged). OPTION (RECOMPILE) embeds the
    -- parameter values, so filters that are NULL and sort orders that are not
    -- chosen drop out of the plan.
    ----------------------------------------------------------------------------
    WITH matching AS (
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
            l.office_id IN (SELECT o.office_id FROM @offices AS o)
            AND (@status IS NULL OR l.status = @status)
            AND (@branche IS NULL OR l.branche = @branche)
            AND (@plz_from IS NULL OR l.plz >= @plz_from)
            AND (@plz_to IS NULL OR l.plz <= @plz_to)
            AND (
                @pattern IS NULL
                OR (
                    (@gram_count = 0 OR l.lead_id IN (SELECT f.lead_id FROM @found AS f))
                    AND l.search_key LIKE @pattern
                )
            )
            AND (
                @assigned_to IS NULL
                OR l.lead_id IN (SELECT s.lead_id FROM @assigned AS s)
            )
            AND (
                @plz_first_used = 0
                OR l.lead_id IN (SELECT i.lead_id FROM @in_plz AS i)
            )
    ),

    counted AS (
        SELECT COUNT_BIG(*) AS matching_count
        FROM (
            SELECT TOP (@count_cap + 1) m.lead_id
            FROM matching AS m
        ) AS c
    ),

    paged AS (
        SELECT p.*
        FROM @offices AS o
        CROSS APPLY (
            SELECT TOP (@skip + @page_size) m.*
            FROM matching AS m
            WHERE
                m.office_id = o.office_id
                AND (
                    @after_lead_id IS NULL
                    OR (
                        @sort = 'score'
                        AND (m.score < @after_score OR (m.score = @after_score AND m.lead_id < @after_lead_id))
                    )
                    OR (
                        @sort = 'oldest'
                        AND (
                            m.created_at > @after_created_at
                            OR (m.created_at = @after_created_at AND m.lead_id > @after_lead_id)
                        )
                    )
                    OR (
                        @sort = 'newest'
                        AND (
                            m.created_at < @after_created_at
                            OR (m.created_at = @after_created_at AND m.lead_id < @after_lead_id)
                        )
                    )
                )
            ORDER BY
                CASE WHEN @sort = 'score' THEN m.score END DESC,
                CASE WHEN @sort = 'oldest' THEN m.created_at END ASC,
                CASE WHEN @sort = 'newest' THEN m.created_at END DESC,
                CASE WHEN @sort = 'oldest' THEN m.lead_id END ASC,
                m.lead_id DESC
        ) AS p
    )

    -- Columns in the contract's order (age_days, a calculation, before total_count).
    SELECT -- noqa: ST06
        p.lead_id,
        p.company_name,
        p.legal_form,
        p.plz,
        p.ort,
        p.canton,
        p.branche,
        p.size_category,
        p.status,
        p.score,
        ofc.office_code,
        a.user_id AS assigned_user_id,
        u.display_name AS assigned_to,
        p.created_at,
        DATEDIFF(DAY, p.created_at, SYSUTCDATETIME()) AS age_days,
        CASE WHEN c.matching_count > @count_cap THEN @count_cap ELSE c.matching_count END AS total_count,
        CAST(CASE WHEN c.matching_count > @count_cap THEN 0 ELSE 1 END AS BIT) AS total_is_exact
    FROM paged AS p
    CROSS JOIN counted AS c
    INNER JOIN core.office AS ofc ON p.office_id = ofc.office_id
    LEFT JOIN core.lead_assignment AS a ON p.lead_id = a.lead_id AND a.assigned_until IS NULL
    LEFT JOIN core.app_user AS u ON a.user_id = u.user_id
    ORDER BY
        CASE WHEN @sort = 'score' THEN p.score END DESC,
        CASE WHEN @sort = 'oldest' THEN p.created_at END ASC,
        CASE WHEN @sort = 'newest' THEN p.created_at END DESC,
        CASE WHEN @sort = 'oldest' THEN p.lead_id END ASC,
        p.lead_id DESC
        OFFSET @skip ROWS FETCH NEXT @page_size ROWS ONLY
    OPTION (RECOMPILE);
END;
GO
