/*
app.revoke_calendar_feed: the caller's calendar feed link stops working at once.

Callers: the profile page; any user, for themselves. The secret's hash is forgotten
(core.calendar_feed.secret_hash NULL, revoked_at stamped), so the link reads like
any unknown one: an empty calendar. Idempotent: revoking a revoked link keeps its
first revoked_at.
Parameters: none.
Result (one row, or none when the caller never made a link):
    user_id INT, created_at DATETIME2(3), revoked_at DATETIME2(3)
Errors:
    50401  'No active user is signed in.'
Transactions: db/CONTRACT.md, "Transactions" (no routing lock: no lead is written).
PostgreSQL twin: db/postgres/procedures/revoke_calendar_feed.sql.
Example:
    EXEC app.revoke_calendar_feed;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.revoke_calendar_feed
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @trancount INT = @@TRANCOUNT;

    EXEC security.require_caller
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    BEGIN TRY
        BEGIN TRANSACTION;

        UPDATE f
        SET
            f.secret_hash = NULL,
            f.revoked_at = SYSUTCDATETIME(),
            f.last_edited_by = @caller_id
        FROM core.calendar_feed AS f
        WHERE f.user_id = @caller_id AND f.revoked_at IS NULL;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        -- db/CONTRACT.md, "Transactions": only our own transaction; a caller's is theirs.
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;
        THROW;
    END CATCH;

    SELECT
        f.user_id,
        f.created_at,
        f.revoked_at
    FROM core.calendar_feed AS f
    WHERE f.user_id = @caller_id;
END;
GO
