/*
test_calendar: tSQLt tests of the calendar feed (app.create_calendar_feed,
app.revoke_calendar_feed, app.my_calendar_feed, app.read_calendar_feed,
app.get_lead_follow_up): the link's secret and its hash, the feed read as the
link's owner (the owner's dated next steps only, nothing of a colleague or another
office), revoking, and the errors. tests/test_calendar.py and
tests/test_isolation.py drive the same rules on both engines.

Needs test_fixture.sql first (fixture users and leads, the application principal).
Run: EXEC tSQLt.Run 'test_calendar';
Disabled for this file: CP02, because tSQLt's API names its parameters in
PascalCase (@ExpectedErrorNumber); RF05, because tSQLt test names are sentences
in brackets.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_calendar';
GO

CREATE OR ALTER PROCEDURE test_calendar.setup
AS
BEGIN
    EXEC test_fixture.arrange;
END;
GO

-- A new link of the signed-in user: its secret.
CREATE OR ALTER PROCEDURE test_calendar.make_link
    @login_name NVARCHAR(100),
    @secret VARCHAR(64) OUTPUT
AS
BEGIN
    CREATE TABLE #made (user_id INT, secret VARCHAR(64), created_at DATETIME2(3));
    EXEC test_fixture.sign_in @login_name = @login_name;
    INSERT #made EXEC test_fixture.exec_as_api @sql = N'EXEC app.create_calendar_feed;';
    EXEC test_fixture.sign_out;
    SELECT @secret = m.secret FROM #made AS m;
END;
GO

-- A dated next step on a lead, logged by the signed-in user.
CREATE OR ALTER PROCEDURE test_calendar.log_step
    @login_name NVARCHAR(100),
    @lead_name NVARCHAR(100)
AS
BEGIN
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.log_event @lead_id = ', test_fixture.id(@lead_name),
        N', @event_type = ''call'', @next_step = N''Offerte senden'', @next_step_at = ''2030-01-31'';'
    );
    EXEC test_fixture.sign_in @login_name = @login_name;
    EXEC test_fixture.exec_as_api @sql = @sql;
    EXEC test_fixture.sign_out;
END;
GO

CREATE OR ALTER PROCEDURE test_calendar.[test create_calendar_feed raises 50401 without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50401, @ExpectedMessage = N'No active user is signed in.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.create_calendar_feed;';
END;
GO

CREATE OR ALTER PROCEDURE test_calendar.[test read_calendar_feed raises 50403 outside the web tier]
AS
BEGIN
    -- Arrange
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50403;

    -- Act: as dbo, not a member of leadbase_web
    EXEC app.read_calendar_feed @secret = N'0000000000000000000000000000000000000000000000000000000000000000';
END;
GO

CREATE OR ALTER PROCEDURE test_calendar.[test read_calendar_feed raises 50409 when a user is signed in]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.romandie.rep';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50409, @ExpectedMessage = N'A calendar feed is read without a signed-in user.';

    -- Act
    EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.read_calendar_feed @secret = N''00000000000000000000000000000000'';';
END;
GO

CREATE OR ALTER PROCEDURE test_calendar.[test read_calendar_feed raises 50400 for an empty secret]
AS
BEGIN
    -- Arrange
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50400,
        @ExpectedMessage = N'The value for the parameter secret is not supported. It must not be empty.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.read_calendar_feed @secret = N''  '';';
END;
GO

CREATE OR ALTER PROCEDURE test_calendar.[test a new link is 64 hex characters and only its hash is stored]
AS
BEGIN
    -- Arrange
    DECLARE @secret VARCHAR(64);
    DECLARE @stored BINARY(32);
    DECLARE @hashed BINARY(32);
    DECLARE @length INT;
    DECLARE @non_hex INT;

    -- Act
    EXEC test_calendar.make_link @login_name = N'test.luzern.rep', @secret = @secret OUTPUT;

    -- Assert
    SELECT @stored = f.secret_hash
    FROM core.calendar_feed AS f
    WHERE f.user_id = test_fixture.id(N'test.luzern.rep');
    SET @hashed = HASHBYTES('SHA2_256', @secret);
    SET @length = DATALENGTH(@secret);
    SET @non_hex = IIF(@secret COLLATE Latin1_General_100_BIN2 LIKE '%[^0-9a-f]%', 1, 0);  -- noqa: CP02
    EXEC tSQLt.AssertEquals @Expected = 64, @Actual = @length;
    EXEC tSQLt.AssertEquals @Expected = 0, @Actual = @non_hex;
    EXEC tSQLt.AssertEquals @Expected = @stored, @Actual = @hashed;
END;
GO

CREATE OR ALTER PROCEDURE test_calendar.[test a feed has the owner's dated steps, no colleague's or other office's]
AS
BEGIN
    -- Arrange: luzern_lead is test.luzern.rep's; luzern_new_lead becomes test.luzern.rep2's and
    -- romandie_lead test.romandie.rep's, each with a dated next step.
    CREATE TABLE #feed (
        lead_id BIGINT, event_id BIGINT, company_name NVARCHAR(200), ort NVARCHAR(100),
        next_step NVARCHAR(500), next_step_at DATE, event_at DATETIME2(3)
    );
    CREATE TABLE #result (
        login_name NVARCHAR(100), lead_id BIGINT, next_step NVARCHAR(500), next_step_at DATE
    );
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES
    (N'test.luzern.rep', test_fixture.id(N'luzern_lead'), N'Offerte senden', '2030-01-31'),
    (N'test.luzern.rep2', test_fixture.id(N'luzern_new_lead'), N'Offerte senden', '2030-01-31'),
    (N'test.romandie.rep', test_fixture.id(N'romandie_lead'), N'Offerte senden', '2030-01-31');
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.assign_lead @lead_id = ', test_fixture.id(N'luzern_new_lead'),
        N', @user_id = ', test_fixture.id(N'test.luzern.rep2'), N';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC test_fixture.exec_as_api @sql = @sql;
    SET @sql = CONCAT(
        N'EXEC app.assign_lead @lead_id = ', test_fixture.id(N'romandie_lead'),
        N', @user_id = ', test_fixture.id(N'test.romandie.rep'), N';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.romandie.manager';
    EXEC test_fixture.exec_as_api @sql = @sql;
    EXEC test_calendar.log_step @login_name = N'test.luzern.rep', @lead_name = N'luzern_lead';
    EXEC test_calendar.log_step @login_name = N'test.luzern.rep2', @lead_name = N'luzern_new_lead';
    EXEC test_calendar.log_step @login_name = N'test.romandie.rep', @lead_name = N'romandie_lead';
    DECLARE @login_name NVARCHAR(100);
    DECLARE @secret VARCHAR(64);
    DECLARE owners CURSOR LOCAL FAST_FORWARD FOR
    SELECT v.login_name
    FROM (
        VALUES (N'test.luzern.rep'), (N'test.luzern.rep2'), (N'test.romandie.rep'), (N'test.luzern.manager')
    ) AS v(login_name);

    -- Act: each owner's feed, read signed out as the web tier
    OPEN owners;
    FETCH NEXT FROM owners INTO @login_name;
    WHILE @@FETCH_STATUS = 0
        BEGIN
            EXEC test_calendar.make_link @login_name = @login_name, @secret = @secret OUTPUT;
            SET @sql = CONCAT(N'EXEC app.read_calendar_feed @secret = N''', @secret, N''';');
            DELETE #feed;
            INSERT #feed EXEC test_fixture.exec_as_api @sql = @sql;
            INSERT #result
            SELECT
                @login_name AS login_name,
                f.lead_id,
                f.next_step,
                f.next_step_at
            FROM #feed AS f;
            FETCH NEXT FROM owners INTO @login_name;
        END;
    CLOSE owners;
    DEALLOCATE owners;

    -- Assert: and the session has no user after a read
    DECLARE @user_after SQL_VARIANT = SESSION_CONTEXT(N'user_id');
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
    EXEC tSQLt.AssertEquals @Expected = NULL, @Actual = @user_after;
END;
GO

CREATE OR ALTER PROCEDURE test_calendar.[test a revoked link reads nothing]
AS
BEGIN
    -- Arrange
    CREATE TABLE #feed (
        lead_id BIGINT, event_id BIGINT, company_name NVARCHAR(200), ort NVARCHAR(100),
        next_step NVARCHAR(500), next_step_at DATE, event_at DATETIME2(3)
    );
    CREATE TABLE #revoked (user_id INT, created_at DATETIME2(3), revoked_at DATETIME2(3));
    DECLARE @secret VARCHAR(64);
    DECLARE @sql NVARCHAR(MAX);
    DECLARE @before INT;
    DECLARE @forgotten INT;
    EXEC test_calendar.log_step @login_name = N'test.luzern.rep', @lead_name = N'luzern_lead';
    EXEC test_calendar.make_link @login_name = N'test.luzern.rep', @secret = @secret OUTPUT;
    SET @sql = CONCAT(N'EXEC app.read_calendar_feed @secret = N''', @secret, N''';');
    INSERT #feed EXEC test_fixture.exec_as_api @sql = @sql;
    SET @before = (SELECT COUNT(*) FROM #feed);
    EXEC tSQLt.AssertEquals @Expected = 1, @Actual = @before;
    DELETE #feed;

    -- Act
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    INSERT #revoked EXEC test_fixture.exec_as_api @sql = N'EXEC app.revoke_calendar_feed;';
    EXEC test_fixture.sign_out;
    INSERT #feed EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert
    SET @forgotten = (
        SELECT COUNT(*)
        FROM core.calendar_feed AS f
        WHERE f.user_id = test_fixture.id(N'test.luzern.rep') AND f.secret_hash IS NULL
    );
    EXEC tSQLt.AssertEmptyTable @TableName = N'#feed';
    EXEC tSQLt.AssertEquals @Expected = 1, @Actual = @forgotten;
END;
GO

CREATE OR ALTER PROCEDURE test_calendar.[test get_lead_follow_up hides another office's lead]
AS
BEGIN
    -- Arrange
    CREATE TABLE #follow_up (
        lead_id BIGINT, event_id BIGINT, company_name NVARCHAR(200), ort NVARCHAR(100),
        next_step NVARCHAR(500), next_step_at DATE, event_at DATETIME2(3)
    );
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.get_lead_follow_up @lead_id = ', test_fixture.id(N'luzern_lead'), N';'
    );
    DECLARE @seen INT;
    EXEC test_calendar.log_step @login_name = N'test.luzern.rep', @lead_name = N'luzern_lead';

    -- Act
    EXEC test_fixture.sign_in @login_name = N'test.romandie.rep';
    INSERT #follow_up EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert
    EXEC tSQLt.AssertEmptyTable @TableName = N'#follow_up';
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    INSERT #follow_up EXEC test_fixture.exec_as_api @sql = @sql;
    SET @seen = (SELECT COUNT(*) FROM #follow_up);
    EXEC tSQLt.AssertEquals @Expected = 1, @Actual = @seen;
END;
GO
