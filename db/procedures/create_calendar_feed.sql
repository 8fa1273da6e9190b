/*
app.create_calendar_feed: a new secret link to the caller's calendar feed (their
follow-ups, app.read_calendar_feed); the caller's previous link stops working.

Callers: the profile page; any user, for themselves (the feed carries the leads
assigned to them). The secret is 32 random bytes from CRYPT_GEN_RANDOM
(PostgreSQL: pgcrypto's gen_random_bytes), returned once as 64 lower-case
hexadecimal characters; only its SHA-256 is stored (core.calendar_feed), so it
cannot be shown again. 256 random bits: guessing a live link is out of reach at
any request rate.
Parameters: none.
Result (one row):
    user_id INT, secret VARCHAR(64), created_at DATETIME2(3)
Errors:
    50401  'No active user is signed in.'
Transactions: db/CONTRACT.md, "Transactions" (no routing lock: no lead is written).
PostgreSQL twin: db/postgres/procedures/create_calendar_feed.sql.
Example:
    EXEC app.create_calendar_feed;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.create_calendar_feed
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @trancount INT = @@TRANCOUNT;
    DECLARE @secret VARCHAR(64) = LOWER(CONVERT(VARCHAR(64), CRYPT_GEN_RANDOM(32), 2));
    DECLARE @secret_hash BINARY(32);
    DECLARE @now DATETIME2(3) = SYSUTCDATETIME();

    SET @secret_hash = HASHBYTES('SHA2_256', @secret);

    ----------------------------------------------------------------------------
    -- Who is calling
    ----------------------------------------------------------------------------
    EXEC security.require_caller
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    ----------------------------------------------------------------------------
    -- Replace the caller's link (one row per user; the lock keeps two parallel
    -- calls from both inserting)
    ----------------------------------------------------------------------------
    BEGIN TRY
        BEGIN TRANSACTION;

        UPDATE f
        SET
            f.secret_hash = @secret_hash,
            f.created_at = @now,
            f.revoked_at = NULL,
            f.last_edited_by = @caller_id
        FROM core.calendar_feed AS f WITH (UPDLOCK, SERIALIZABLE)
        WHERE f.user_id = @caller_id;

        IF @@ROWCOUNT = 0
            BEGIN
                INSERT core.calendar_feed (user_id, secret_hash, created_at, revoked_at, last_edited_by)
                VALUES (@caller_id, @secret_hash, @now, NULL, @caller_id);
            END;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        -- db/CONTRACT.md, "Transactions": only our own transaction; a caller's is theirs.
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;
        THROW;
    END CATCH;

    SELECT
        @caller_id AS user_id,
        @secret AS secret,
        @now AS created_at;
END;
GO
