/*
app.read_calendar_feed: the follow-ups of a calendar feed link's owner, for the web
tier's /calendar/<secret>.ics, which nobody signs in to.

Callers: the web tier's login only (members of leadbase_web, like
app.get_user_credentials), on a connection without a signed-in user. A live secret
names its owner (core.calendar_feed, by SHA-256); the procedure then reads as the
owner, through the same security policy as every other call: it sets session
context user_id to the owner (@read_only = 0), checks that security.caller() is
that active user, reads, and clears user_id again (also after an error).
A follow-up is a lead's current next step (core.latest_next_step: the latest event
that set one, as on the home page), when that step has a date; the feed has one per
open lead currently assigned to the owner. A lead reassigned, closed, moved to another office
or whose latest step has no date drops out.
Parameters:
    @secret  NVARCHAR(4000), required: 64 lower-case hexadecimal characters (what
             app.create_calendar_feed returned).
Result (by next_step_at, lead_id):
    lead_id BIGINT, event_id BIGINT (the event that set the step: with lead_id, the
    follow-up's stable identity), company_name NVARCHAR(200), ort NVARCHAR(100),
    next_step NVARCHAR(500) (NULL: only a date), next_step_at DATE,
    event_at DATETIME2(3) (when the step was set)
    An unknown, malformed or revoked secret, and the link of an inactive user, give
    no row, as does the link of a user without follow-ups.
Errors:
    50400  'The value for the parameter secret is not supported. It must not be empty.'
    50403  the caller is not a member of leadbase_web
    50409  'A calendar feed is read without a signed-in user.' (session context
           user_id is set: the feed is read as its owner only)
PostgreSQL twin: db/postgres/procedures/read_calendar_feed.sql.
Example:
    EXEC app.read_calendar_feed @secret = N'3f9c…';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.read_calendar_feed
    @secret NVARCHAR(4000)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @owner_id INT;
    DECLARE @secret_text VARCHAR(64);

    ----------------------------------------------------------------------------
    -- Check the caller and the parameters
    ----------------------------------------------------------------------------
    IF COALESCE(IS_ROLEMEMBER(N'leadbase_web'), 0) = 0
        BEGIN
            THROW 50403, N'Only the web tier''s login (leadbase_web) may read calendar feeds.', 1;
        END;

    IF SESSION_CONTEXT(N'user_id') IS NOT NULL
        BEGIN
            THROW 50409, N'A calendar feed is read without a signed-in user.', 1;
        END;

    IF NULLIF(TRIM(@secret), N'') IS NULL
        BEGIN
            THROW 50400, N'The value for the parameter secret is not supported. It must not be empty.', 1;
        END;

    ----------------------------------------------------------------------------
    -- The owner: only a well-formed secret is hashed, anything else is unknown
    ----------------------------------------------------------------------------
    IF DATALENGTH(@secret) = 128 AND @secret COLLATE Latin1_General_100_BIN2 NOT LIKE N'%[^0-9a-f]%'  -- noqa: CP02
        BEGIN
            SET @secret_text = CAST(@secret AS VARCHAR(64));
        END;

    SELECT @owner_id = f.user_id
    FROM core.calendar_feed AS f
    WHERE f.secret_hash = HASHBYTES('SHA2_256', @secret_text);

    ----------------------------------------------------------------------------
    -- Read as the owner. No owner takes the same steps and reads nothing, so an
    -- unknown secret costs what an empty feed costs.
    ----------------------------------------------------------------------------
    BEGIN TRY
        EXEC sys.sp_set_session_context @key = N'user_id', @value = @owner_id, @read_only = 0;
        IF
            NOT EXISTS (
                SELECT 1
                FROM security.caller() AS c
                WHERE c.user_id = @owner_id
            )
            BEGIN
                SET @owner_id = NULL;
            END;

        SELECT
            l.lead_id,
            n.event_id,
            l.company_name,
            l.ort,
            n.next_step,
            n.next_step_at,
            n.event_at
        FROM core.lead_assignment AS a
        INNER JOIN core.lead AS l ON a.lead_id = l.lead_id
        INNER JOIN core.lead_status AS s ON l.status = s.code
        CROSS APPLY core.latest_next_step(l.lead_id) AS n
        WHERE
            a.user_id = @owner_id
            AND a.assigned_until IS NULL
            AND s.is_open = 1
            AND n.next_step_at IS NOT NULL
        ORDER BY n.next_step_at, l.lead_id;

        EXEC sys.sp_set_session_context @key = N'user_id', @value = NULL, @read_only = 0;
    END TRY
    BEGIN CATCH
        EXEC sys.sp_set_session_context @key = N'user_id', @value = NULL, @read_only = 0;
        THROW;
    END CATCH;
END;
GO
