/*
app.my_calendar_feed: whether the caller has a calendar feed link, and since when.

Callers: the profile page; any user, for themselves. The link itself is never shown
again (only its secret's SHA-256 is kept): a lost link is replaced by a new one
(app.create_calendar_feed).
Parameters: none.
Result (one row, or none when the caller never made a link):
    user_id INT, created_at DATETIME2(3), revoked_at DATETIME2(3) (NULL: the link works)
Errors:
    50401  'No active user is signed in.'
PostgreSQL twin: db/postgres/procedures/my_calendar_feed.sql.
Example:
    EXEC app.my_calendar_feed;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.my_calendar_feed
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);

    EXEC security.require_caller
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    SELECT
        f.user_id,
        f.created_at,
        f.revoked_at
    FROM core.calendar_feed AS f
    WHERE f.user_id = @caller_id;
END;
GO
