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
Logged in core.command_log (core.log_command), dry runs included: the call
(replayable), user, start, end, leads moved (or that would move), and error
number and message on failure.

Runs WITH EXECUTE AS 'leadbase_router': re-routing must see and move every
office's leads (security.caller_offices gives that user every office).
security.caller() still names the session's user, so the admin check holds. The
user name is written without N: sqlfluff's T-SQL parser rejects N'...' here, and
SQL Server takes either.
Transactions and the routing lock follow db/CONTRACT.md, "Transactions": a real
run takes the application lock 'leadbase_routing' exclusively, owned by the
session, BEFORE its transaction begins (a system-versioned row's period starts
at its transaction's begin time: a transaction that began before waiting for
the lock could update rows changed meanwhile and fail with error 13535), and
releases it after commit or rollback. The per-lead writers (app.add_lead,
app.log_event, app.assign_lead) hold it shared the same way. Called by
app.set_plz_mapping, which already holds it, the lock is granted at once.
A failed run is logged after the rollback, so its row stays.
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
    DECLARE @has_lock BIT = 0;
    DECLARE @trancount INT = @@TRANCOUNT;
    DECLARE @rows_affected INT;
    DECLARE @error_message NVARCHAR(4000);
    DECLARE @error_number INT;
    DECLARE @now DATETIME2(3);
    DECLARE @started_at DATETIME2(3) = SYSUTCDATETIME();
    DECLARE @parameters NVARCHAR(MAX) = CONCAT(N'EXEC app.route_leads @dry_run = ', @dry_run, N';');

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
    EXEC security.require_caller
        @allowed_roles = 'admin',
        @forbidden_message = N'Only admins may route leads.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    ----------------------------------------------------------------------------
    -- Lock (real runs), then plan and move in one transaction; log the run
    ----------------------------------------------------------------------------
    BEGIN TRY
        IF @dry_run = 0
            BEGIN
                EXEC core.routing_lock @mode = 'Exclusive';
                SET @has_lock = 1;
            END;

        BEGIN TRANSACTION;

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

                UPDATE f
                SET office_id = m.to_office_id
                FROM core.lead_feedback AS f
                INNER JOIN #move AS m ON f.lead_id = m.lead_id;

                -- A moved lead's learned score was the old office's model's: it goes back
                -- to the initial score under its new office (the next rescore learns it there).
                UPDATE s
                SET
                    office_id = m.to_office_id,
                    model_id = NULL,
                    score = l.score,
                    log_odds = NULL,
                    scored_at = SYSUTCDATETIME(),
                    noga_section = NULL,
                    noga_division = NULL,
                    size_category = NULL,
                    region = NULL,
                    partner = NULL,
                    batch_age = NULL,
                    contacts = NULL,
                    completeness = NULL,
                    feedback = NULL
                FROM core.lead_score AS s
                INNER JOIN #move AS m ON s.lead_id = m.lead_id
                INNER JOIN core.lead AS l ON m.lead_id = l.lead_id;

                -- A rescored office has a score row for every lead (core.rank_next_leads walks them).
                INSERT core.lead_score (lead_id, office_id, score)
                SELECT
                    m.lead_id,
                    m.to_office_id,
                    l.score
                FROM #move AS m
                INNER JOIN core.lead AS l ON m.lead_id = l.lead_id
                WHERE
                    NOT EXISTS (
                        SELECT 1 FROM core.lead_score AS s
                        WHERE s.lead_id = m.lead_id
                    )
                    AND EXISTS (
                        SELECT 1
                        FROM core.scoring_model AS sm
                        WHERE sm.office_id = m.to_office_id AND sm.rescored_at IS NOT NULL
                    );
            END;

        EXEC core.log_command
            @command_name = 'app.route_leads',
            @parameters = @parameters,
            @user_id = @caller_id,
            @dry_run = @dry_run,
            @started_at = @started_at,
            @rows_affected = @rows_affected;

        COMMIT TRANSACTION;

        IF @has_lock = 1
            BEGIN
                EXEC core.routing_lock @mode = 'Release';
            END;
    END TRY
    BEGIN CATCH
        SET @error_number = ERROR_NUMBER();
        SET @error_message = ERROR_MESSAGE();

        -- db/CONTRACT.md, "Transactions": roll back our own transaction, then log
        -- the failure; a caller's transaction is doomed (XACT_ABORT) and takes no
        -- writes: the caller rolls it back (app.set_plz_mapping logs then).
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;

        IF @has_lock = 1
            BEGIN
                EXEC core.routing_lock @mode = 'Release';
            END;

        IF XACT_STATE() = 0
            BEGIN
                EXEC core.log_command
                    @command_name = 'app.route_leads',
                    @parameters = @parameters,
                    @user_id = @caller_id,
                    @dry_run = @dry_run,
                    @started_at = @started_at,
                    @error_number = @error_number,
                    @error_message = @error_message;
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
