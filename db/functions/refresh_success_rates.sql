/*
core.refresh_success_rates: rebuilds an office's core.success_rate rows, set-based,
when they are older than @max_age_seconds (default 600, ten minutes; 0: always).

The counts: every closed lead of the office (won, qualified: positive; lost,
do_not_contact: negative) per segment (NOGA division, size category, canton), once
for the office (user_id 0) and once for each representative who was ever assigned
the lead.
Only one transaction rebuilds an office at a time (an application lock owned by the
transaction, tried without waiting unless @max_age_seconds = 0): a ranking that
finds the rows stale while another call rebuilds them goes on with the rows as they
are. Readers of core.success_rate wait for a rebuild in progress only under plain
READ COMMITTED locking (a few hundred milliseconds every ten minutes); with
READ_COMMITTED_SNAPSHOT ON they read the previous rows.
Parameters:
    @office_id        SMALLINT  the office (one of the caller's: RLS applies)
    @max_age_seconds  INT       default 600; 0 = rebuild now
    @refreshed        BIT OUTPUT  1 when it rebuilt the rows
Callers: app.next_best_leads and app.claim_next_lead (the default),
app.refresh_success_rates (0). It begins its own transaction (nested inside a
caller's, which then owns the commit). core.lead is only read: no routing lock.
PostgreSQL twin: db/postgres/functions/refresh_success_rates.sql (a function).
Example:
    DECLARE @done BIT;
    EXEC core.refresh_success_rates @office_id = 1, @max_age_seconds = 0, @refreshed = @done OUTPUT;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE core.refresh_success_rates
    @office_id SMALLINT,
    @max_age_seconds INT = 600,
    @refreshed BIT = 0 OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @trancount INT = @@TRANCOUNT;
    DECLARE @lock_result INT;
    DECLARE @lock_name NVARCHAR(255) = CONCAT(N'leadbase_success_rate_', @office_id);
    DECLARE @now DATETIME2(3) = SYSUTCDATETIME();
    DECLARE @outcomes INT;

    SET @refreshed = 0;
    SET @max_age_seconds = COALESCE(@max_age_seconds, 0);

    IF
        @max_age_seconds > 0
        AND EXISTS (
            SELECT 1
            FROM core.success_rate_refresh AS r
            WHERE
                r.office_id = @office_id
                AND r.refreshed_at > DATEADD(SECOND, -@max_age_seconds, @now)
        )
        BEGIN
            RETURN;
        END;

    BEGIN TRY
        BEGIN TRANSACTION;

        -- sp_getapplock's parameter names are PascalCase (CP02 does not apply).
        -- noqa: disable=CP02
        EXEC @lock_result = sys.sp_getapplock
            @Resource = @lock_name,
            @LockMode = 'Exclusive',
            @LockOwner = 'Transaction',
            @LockTimeout = CASE WHEN @max_age_seconds > 0 THEN 0 ELSE 30000 END;
        -- noqa: enable=CP02

        -- Not taken: another transaction rebuilds them now. Or rebuilt meanwhile.
        IF
            @lock_result < 0
            OR (
                @max_age_seconds > 0
                AND EXISTS (
                    SELECT 1
                    FROM core.success_rate_refresh AS r
                    WHERE
                        r.office_id = @office_id
                        AND r.refreshed_at > DATEADD(SECOND, -@max_age_seconds, @now)
                )
            )
            BEGIN
                COMMIT TRANSACTION;
                RETURN;
            END;

        DELETE FROM core.success_rate
        WHERE office_id = @office_id;

        WITH outcome AS (
            SELECT
                l.lead_id,
                CAST(LEFT(l.branche, 2) AS VARCHAR(10)) COLLATE Latin1_General_100_BIN2 AS division,  -- noqa: CP02
                CAST(l.size_category AS VARCHAR(10)) COLLATE Latin1_General_100_BIN2 AS size_category,  -- noqa: CP02
                CAST(l.canton AS VARCHAR(10)) COLLATE Latin1_General_100_BIN2 AS canton,  -- noqa: CP02
                CASE WHEN l.status IN ('won', 'qualified') THEN 1 ELSE 0 END AS is_positive
            FROM core.lead AS l
            WHERE
                l.office_id = @office_id
                AND l.status IN ('won', 'qualified', 'lost', 'do_not_contact')
        ),

        holder_lead AS (
            SELECT DISTINCT
                x.lead_id,
                x.user_id
            FROM core.lead_assignment AS x
            WHERE x.office_id = @office_id
        ),

        holder AS (
            SELECT
                o.division,
                o.size_category,
                o.canton,
                o.is_positive,
                0 AS user_id
            FROM outcome AS o
            UNION ALL
            SELECT
                o.division,
                o.size_category,
                o.canton,
                o.is_positive,
                a.user_id
            FROM outcome AS o
            INNER JOIN holder_lead AS a ON o.lead_id = a.lead_id
        )

        INSERT core.success_rate (office_id, user_id, factor, factor_value, outcome_count, positive_count)
        SELECT
            @office_id AS office_id,
            h.user_id,
            f.factor,
            f.factor_value,
            COUNT(*) AS outcome_count,
            SUM(h.is_positive) AS positive_count
        FROM holder AS h
        CROSS APPLY (
            VALUES
            ('branche', h.division),
            ('size', h.size_category),
            ('canton', h.canton)
        ) AS f(factor, factor_value)
        WHERE f.factor_value IS NOT NULL
        GROUP BY h.user_id, f.factor, f.factor_value;

        SELECT @outcomes = COUNT(*)
        FROM core.lead AS l
        WHERE
            l.office_id = @office_id
            AND l.status IN ('won', 'qualified', 'lost', 'do_not_contact');

        UPDATE core.success_rate_refresh
        SET
            refreshed_at = @now,
            outcome_count = @outcomes
        WHERE office_id = @office_id;

        IF @@ROWCOUNT = 0
            BEGIN
                INSERT core.success_rate_refresh (office_id, refreshed_at, outcome_count)
                VALUES (@office_id, @now, @outcomes);
            END;

        COMMIT TRANSACTION;
        SET @refreshed = 1;
    END TRY
    BEGIN CATCH
        -- db/CONTRACT.md, "Transactions": roll back our own transaction only.
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;
        THROW;
    END CATCH;
END;
GO
