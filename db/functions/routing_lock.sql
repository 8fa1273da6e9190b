/*
core.routing_lock: take or release the application lock 'leadbase_routing',
owned by the session (db/CONTRACT.md, "Transactions").

Why a session lock taken before BEGIN TRANSACTION: a system-versioned row's period
starts at its transaction's begin time. A transaction that began, then waited for
the lock while another transaction changed and committed the same rows, fails
with error 13535 when it updates them. Taken before the transaction begins, the
wait cannot make the transaction older than the rows it changes.
    'Exclusive'  app.set_plz_mapping and app.route_leads (real runs): routing
    'Shared'     app.add_lead, app.log_event, app.assign_lead: per-lead writers,
                 which may run together but not during routing
    'Release'    after COMMIT or ROLLBACK (also in CATCH); the lock is counted per
                 take, so a nested take (route_leads inside set_plz_mapping) and
                 its release leave the outer one held
Errors:
    50409  'The PLZ mapping is being changed. Try again in a moment.' (no lock
           within 30 seconds)
Callers reach it by ownership chaining; nobody is granted it.
PostgreSQL twin: db/postgres/functions/routing_lock.sql (transaction-scoped
advisory locks: PostgreSQL's history trigger does not fail on older transactions).
Microsoft docs: "sp_getapplock (Transact-SQL)", "Temporal tables" (period start is
the transaction's begin time; error 13535).
Example:
    EXEC core.routing_lock @mode = 'Shared';
    BEGIN TRANSACTION; ... COMMIT TRANSACTION;
    EXEC core.routing_lock @mode = 'Release';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE core.routing_lock
    @mode VARCHAR(10)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @lock_result INT;

    -- sp_getapplock's parameter names are PascalCase (CP02 does not apply).
    -- noqa: disable=CP02
    IF @mode = 'Release'
        BEGIN
            IF APPLOCK_MODE(N'public', N'leadbase_routing', N'Session') <> N'NoLock'
                BEGIN
                    EXEC sys.sp_releaseapplock @Resource = N'leadbase_routing', @LockOwner = 'Session';
                END;

            RETURN;
        END;

    IF @mode NOT IN ('Shared', 'Exclusive')
        BEGIN
            THROW 50400, N'The value for the parameter mode is not supported. Use Shared, Exclusive or Release.', 1;
        END;

    EXEC @lock_result = sys.sp_getapplock
        @Resource = N'leadbase_routing',
        @LockMode = @mode,
        @LockOwner = 'Session',
        @LockTimeout = 30000;
    -- noqa: enable=CP02

    IF @lock_result < 0
        BEGIN
            THROW 50409, N'The PLZ mapping is being changed. Try again in a moment.', 1;
        END;
END;
GO
