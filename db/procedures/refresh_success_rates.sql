/*
app.refresh_success_rates: rebuild the outcome counts behind the next best lead's
success factor (core.success_rate) now, for the caller's offices.

Callers: admins and managers (DBAs, a scheduled job acting as one). Rankings also
rebuild an office's counts themselves when they are older than ten minutes
(core.refresh_success_rates), so this is needed only to see an outcome at once.
Parameters:
    @office_code  VARCHAR(20)  NULL = every office of the caller
Result (one row per office rebuilt): office_code VARCHAR(20), outcome_count INT
    (closed leads counted), refreshed_at DATETIME2(3), rate_count INT (rows of
    core.success_rate)
Errors:
    50400  'The value for the parameter office_code is not supported. It must name one
           of your offices.' (another office's code answers like an unknown one)
    50401  'No active user is signed in.'
    50403  'Only admins and managers may refresh success rates.'
PostgreSQL twin: db/postgres/procedures/refresh_success_rates.sql.
Example:
    EXEC app.refresh_success_rates @office_code = 'luzern';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.refresh_success_rates
    @office_code VARCHAR(20) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @office_id SMALLINT;
    DECLARE @office TABLE (office_id SMALLINT NOT NULL PRIMARY KEY);

    ----------------------------------------------------------------------------
    -- Who is calling
    ----------------------------------------------------------------------------
    EXEC security.require_caller
        @allowed_roles = 'admin,manager',
        @forbidden_message = N'Only admins and managers may refresh success rates.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    ----------------------------------------------------------------------------
    -- Check the parameters: only the caller's offices exist here
    ----------------------------------------------------------------------------
    INSERT @office (office_id)
    SELECT o.office_id
    FROM core.office AS o
    INNER JOIN security.caller_offices() AS c ON o.office_id = c.office_id
    WHERE @office_code IS NULL OR o.office_code = @office_code;

    IF @office_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM @office)
        BEGIN
            THROW 50400,
            N'The value for the parameter office_code is not supported. It must name one of your offices.',
            1;
        END;

    ----------------------------------------------------------------------------
    -- Rebuild each office
    ----------------------------------------------------------------------------
    SELECT @office_id = MIN(o.office_id)
    FROM @office AS o;

    WHILE @office_id IS NOT NULL
        BEGIN
            EXEC core.refresh_success_rates @office_id = @office_id, @max_age_seconds = 0;

            SELECT @office_id = MIN(o.office_id)
            FROM @office AS o
            WHERE o.office_id > @office_id;
        END;

    WITH rate_count AS (
        SELECT
            r.office_id,
            COUNT(*) AS rate_count
        FROM core.success_rate AS r
        INNER JOIN @office AS x ON r.office_id = x.office_id
        GROUP BY r.office_id
    )

    SELECT
        o.office_code,
        f.outcome_count,
        f.refreshed_at,
        COALESCE(c.rate_count, 0) AS rate_count
    FROM core.office AS o
    INNER JOIN @office AS x ON o.office_id = x.office_id
    INNER JOIN core.success_rate_refresh AS f ON o.office_id = f.office_id
    LEFT JOIN rate_count AS c ON o.office_id = c.office_id
    ORDER BY o.office_code;
END;
GO
