/*
test_sign_in: tSQLt tests of app.record_sign_in (the sign-in throttle) and
app.list_sign_in_events (the sign-in log).

Needs test_fixture.sql first (fixture users, the application principal).
Run: EXEC tSQLt.Run 'test_sign_in';
Disabled for this file: CP02, because tSQLt's API names its parameters in
PascalCase (@ExpectedErrorNumber); RF05, because tSQLt test names are sentences
in brackets ([test ...]).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_sign_in';
GO

CREATE OR ALTER PROCEDURE test_sign_in.setup
AS
BEGIN
    EXEC test_fixture.arrange;
    DELETE core.sign_in_event;
END;
GO

-- Records @count failed attempts of @login_name from 192.0.2.10.
CREATE OR ALTER PROCEDURE test_sign_in.fail
    @login_name NVARCHAR(100),
    @count INT
AS
BEGIN
    DECLARE @i INT = 0;
    DECLARE
        @sql NVARCHAR(MAX) = N'EXEC app.record_sign_in @login_name = N''' + @login_name
        + N''', @client_address = N''192.0.2.10'', @password_ok = 0;';
    CREATE TABLE #ignored (outcome VARCHAR(20), user_id INT, retry_after_seconds INT);

    WHILE @i < @count
        BEGIN
            INSERT #ignored EXEC test_fixture.exec_as_api @sql = @sql;
            SET @i = @i + 1;
        END;
END;
GO

CREATE OR ALTER PROCEDURE test_sign_in.[test a good attempt signs the user in]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (outcome VARCHAR(20), user_id INT, retry_after_seconds INT);
    SELECT TOP (0) a.* INTO #expected FROM #actual AS a;
    INSERT #expected VALUES ('signed_in', test_fixture.id(N'test.luzern.rep'), NULL);

    -- Act
    INSERT #actual
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.record_sign_in @login_name = N'' Test.Luzern.Rep '',
        @client_address = N''192.0.2.10'', @password_ok = 1;';

    -- Assert
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_sign_in.[test five failures lock the login out even with the right password]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (outcome VARCHAR(20), user_id INT, retry_after_seconds INT);
    EXEC test_sign_in.fail @login_name = N'test.luzern.rep', @count = 5;

    -- Act
    INSERT #actual
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.record_sign_in @login_name = N''test.luzern.rep'',
        @client_address = N''198.51.100.7'', @password_ok = 1;';

    -- Assert
    DECLARE @outcome VARCHAR(20) = (SELECT a.outcome FROM #actual AS a);
    DECLARE @retry INT = (SELECT a.retry_after_seconds FROM #actual AS a);
    EXEC tSQLt.AssertEquals @Expected = 'locked_out', @Actual = @outcome;
    IF @retry NOT BETWEEN 1 AND 600
        BEGIN
            EXEC tSQLt.Fail N'retry_after_seconds must be between 1 and 600.';
        END;
END;
GO

CREATE OR ALTER PROCEDURE test_sign_in.[test an unknown login is locked out like a known one]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (outcome VARCHAR(20), user_id INT, retry_after_seconds INT);
    EXEC test_sign_in.fail @login_name = N'no.such.user', @count = 5;

    -- Act
    INSERT #actual
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.record_sign_in @login_name = N''no.such.user'',
        @client_address = N''198.51.100.7'', @password_ok = 0;';

    -- Assert
    DECLARE @outcome VARCHAR(20) = (SELECT a.outcome FROM #actual AS a);
    EXEC tSQLt.AssertEquals @Expected = 'locked_out', @Actual = @outcome;
END;
GO

CREATE OR ALTER PROCEDURE test_sign_in.[test a successful sign-in starts the count again]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (outcome VARCHAR(20), user_id INT, retry_after_seconds INT);
    EXEC test_sign_in.fail @login_name = N'test.luzern.rep', @count = 4;
    INSERT #actual
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.record_sign_in @login_name = N''test.luzern.rep'',
        @client_address = N''192.0.2.10'', @password_ok = 1;';
    EXEC test_sign_in.fail @login_name = N'test.luzern.rep', @count = 4;
    DELETE #actual;

    -- Act
    INSERT #actual
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.record_sign_in @login_name = N''test.luzern.rep'',
        @client_address = N''192.0.2.10'', @password_ok = 1;';

    -- Assert
    DECLARE @outcome VARCHAR(20) = (SELECT a.outcome FROM #actual AS a);
    EXEC tSQLt.AssertEquals @Expected = 'signed_in', @Actual = @outcome;
END;
GO

CREATE OR ALTER PROCEDURE test_sign_in.[test record_sign_in raises 50400 listing every problem]
AS
BEGIN
    -- Arrange
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50400,
        @ExpectedMessagePattern = N'%login_name%client_address%password_ok%';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.record_sign_in @login_name = N'' '',
        @client_address = NULL, @password_ok = NULL;';
END;
GO

CREATE OR ALTER PROCEDURE test_sign_in.[test only the web tier records sign-ins]
AS
BEGIN
    -- Arrange
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50403;

    -- Act: as dbo, not a member of leadbase_web
    EXEC app.record_sign_in @login_name = N'test.admin', @client_address = N'192.0.2.1', @password_ok = 1;
END;
GO

CREATE OR ALTER PROCEDURE test_sign_in.[test admins read the sign-in log]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        sign_in_event_id BIGINT,
        happened_at DATETIME2(3),
        login_name VARCHAR(100),
        client_address VARCHAR(45),
        user_id INT,
        outcome VARCHAR(20)
    );
    INSERT core.sign_in_event (happened_at, login_name, client_address, user_id, outcome)
    VALUES
    ('2026-01-01T08:00:00', 'test.luzern.rep', '192.0.2.10', NULL, 'failed'),
    ('2026-01-01T08:01:00', 'test.luzern.rep', '192.0.2.10', 1, 'signed_in');
    EXEC test_fixture.sign_in @login_name = N'test.admin';

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_sign_in_events;';

    -- Assert
    DECLARE @count INT = (SELECT COUNT(*) FROM #actual);
    DECLARE @signed_in INT = (
        SELECT COUNT(*)
        FROM #actual AS a
        WHERE a.outcome = 'signed_in'
    );
    EXEC tSQLt.AssertEquals @Expected = 2, @Actual = @count;
    EXEC tSQLt.AssertEquals @Expected = 1, @Actual = @signed_in;
END;
GO

CREATE OR ALTER PROCEDURE test_sign_in.[test a manager may not read the sign-in log]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50403, @ExpectedMessage = N'Only admins may read the sign-in log.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_sign_in_events;';
END;
GO
