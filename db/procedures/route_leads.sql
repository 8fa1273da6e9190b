/*
app.route_leads: move every lead whose office differs from what its PLZ maps to,
together with its assignments and events, in one transaction. A moved lead's
current assignment ends (its representative belongs to the old office and can no
longer see it), and an 'assigned' lead becomes 'new' again, ready for its new office.

Callers: admins (web tier, DBAs); app.set_plz_mapping after it replaced the
ranges. Normally there is nothing to move: routing happens when a lead is added
and when the mapping changes.
Parameters:
    @dry_run  BIT  0 (default): move the leads; 1: report the moves, change nothing
Result (one row per direction, the same shape for dry and real runs):
    from_office_code VARCHAR(20), to_office_code VARCHAR(20), lead_count BIGINT
Errors:
    50400  'The value for the parameter dry_run is not supported. It must be true or false.'
    50401  'No active user is signed in.'
    50403  'Only admins may route leads.'
    50409  'The PLZ mapping is being changed. Try again in a moment.'
Logged in core.command_log, dry runs included: the call (replayable), user, start,
end, leads moved (or that would move), and error number and message on failure.

Runs WITH EXECUTE AS 'leadbase_router': re-routing must see and move every
office's leads (security.caller_offices gives that user every office).
security.caller() still names the session's user, so the admin check holds. The
user name is written without N: sqlfluff's T-SQL parser rejects N'...' here, and
SQL Server takes either.
Runs inside a caller's transaction too (app.set_plz_mapping): then it works
behind a savepoint and leaves commit or rollback to the caller.
Real runs and app.set_plz_mapping hold the application lock 'leadbase_routing'
exclusively until the end of the transaction; app.add_lead holds it shared.
PostgreSQL twin: db/postgres/procedures/route_leads.sql.
Example:
    EXEC app.route_leads @dry_run = 1;  -- preview
    EXEC app.route_leads;               -- move
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.route_leads
    @dry_run BIT = 0
    WITH EXECUTE AS 'leadbase_router'
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @command_log_id BIGINT;
    DECLARE @lock_result INT;
    DECLARE @rows_affected INT;
    DECLARE @error_message NVARCHAR(4000);
    DECLARE @error_number INT;
    DECLARE @now DATETIME2(3);
    DECLARE @trancount INT = @@TRANCOUNT;

    CREATE TABLE #move (
        lead_id BIGINT NOT NULL PRIMARY KEY,
        from_office_id SMALLINT NOT NULL,
        to_office_id SMALLINT NOT NULL
    );

    ----------------------------------------------------------------------------
    -- Check the parameters
    ----------------------------------------------------------------------------
    IF @dry_run IS NULL
        BEGIN
            THROW 50400, N'The value for the parameter dry_run is not supported. It must be true or false.', 1;
        END;

    ----------------------------------------------------------------------------
    -- Who is calling
    ----------------------------------------------------------------------------
    SELECT
        @caller_id = c.user_id,
        @caller_role = c.role_code
    FROM security.caller() AS c;

    IF @caller_id IS NULL
        BEGIN
            THROW 50401, N'No active user is signed in.', 1;
        END;

    IF @caller_role <> 'admin'
        BEGIN
            THROW 50403, N'Only admins may route leads.', 1;
        END;

    ----------------------------------------------------------------------------
    -- Log the call, with every parameter, before the work starts
    ----------------------------------------------------------------------------
    INSERT core.command_log (command_name, parameters, user_id, dry_run, started_at)
    VALUES (
        'app.route_leads',
        CONCAT(N'EXEC app.route_leads @dry_run = ', @dry_run, N';'),
        @caller_id,
        @dry_run,
        SYSUTCDATETIME()
    );

    SET @command_log_id = SCOPE_IDENTITY();

    ----------------------------------------------------------------------------
    -- Plan, and unless this is a dry run move, in one transaction
    ----------------------------------------------------------------------------
    BEGIN TRY
        IF @trancount = 0
            BEGIN TRANSACTION;
        ELSE
            SAVE TRANSACTION route_leads;

        IF @dry_run = 0
            BEGIN
                -- sp_getapplock's parameter names are PascalCase (CP02 does not apply).
                -- noqa: disable=CP02
                EXEC @lock_result = sys.sp_getapplock
                    @Resource = N'leadbase_routing',
                    @LockMode = 'Exclusive',
                    @LockOwner = 'Transaction',
                    @LockTimeout = 30000;
                -- noqa: enable=CP02

                IF @lock_result < 0
                    BEGIN
                        THROW 50409, N'The PLZ mapping is being changed. Try again in a moment.', 1;
                    END;
            END;

        -- The plan, once: a dry run reports exactly what a real run would move.
        INSERT #move (lead_id, from_office_id, to_office_id)
        SELECT
            p.lead_id,
            p.from_office_id,
            p.to_office_id
        FROM core.plan_routing(NULL) AS p;

        SET @rows_affected = @@ROWCOUNT;

        IF @dry_run = 0
            BEGIN
                SET @now = SYSUTCDATETIME();

                UPDATE l
                SET
                    office_id = m.to_office_id,
                    status = CASE WHEN l.status = 'assigned' THEN 'new' ELSE l.status END,
                    last_edited_by = @caller_id
                FROM core.lead AS l
                INNER JOIN #move AS m ON l.lead_id = m.lead_id;

                -- The current assignment ends now (never before it began).
                UPDATE a
                SET
                    office_id = m.to_office_id,
                    assigned_until = COALESCE(a.assigned_until, IIF(a.assigned_at > @now, a.assigned_at, @now)),
                    last_edited_by = @caller_id
                FROM core.lead_assignment AS a
                INNER JOIN #move AS m ON a.lead_id = m.lead_id;

                UPDATE e
                SET
                    office_id = m.to_office_id,
                    last_edited_by = @caller_id
                FROM core.lead_event AS e
                INNER JOIN #move AS m ON e.lead_id = m.lead_id;
            END;

        UPDATE core.command_log
        SET
            ended_at = SYSUTCDATETIME(),
            rows_affected = @rows_affected
        WHERE command_log_id = @command_log_id;

        IF @trancount = 0
            COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        SET @error_number = ERROR_NUMBER();
        SET @error_message = ERROR_MESSAGE();

        -- Undo only this procedure's work: its own transaction, or back to its
        -- savepoint when a caller's transaction can still commit. A caller's
        -- doomed transaction (XACT_STATE() = -1) is the caller's to roll back.
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;
        ELSE IF XACT_STATE() = 1
            ROLLBACK TRANSACTION route_leads;

        -- Log the failure. Inside a caller's doomed transaction nothing can be
        -- written: the caller (app.set_plz_mapping) logs its own failure.
        IF XACT_STATE() <> -1
            BEGIN
                UPDATE core.command_log
                SET
                    ended_at = SYSUTCDATETIME(),
                    error_number = @error_number,
                    error_message = @error_message
                WHERE command_log_id = @command_log_id;
            END;

        THROW;
    END CATCH;

    ----------------------------------------------------------------------------
    -- The result: the moves, by direction
    ----------------------------------------------------------------------------
    SELECT
        from_office.office_code AS from_office_code,
        to_office.office_code AS to_office_code,
        COUNT_BIG(*) AS lead_count
    FROM #move AS m
    INNER JOIN core.office AS from_office ON m.from_office_id = from_office.office_id
    INNER JOIN core.office AS to_office ON m.to_office_id = to_office.office_id
    GROUP BY from_office.office_code, to_office.office_code
    ORDER BY from_office_code ASC, to_office_code ASC;
END;
GO
