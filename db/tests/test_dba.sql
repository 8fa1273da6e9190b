/*
test_dba: tSQLt tests of who a DBA is when calling the app procedures: the one
user security.dba_login_user maps their login to, whatever the session context
says; nobody without a mapping; never a reader of credentials; somebody else
only through a logged break-glass window. Twin of tests/test_dba_identity.py.

ORIGINAL_LOGIN() is the login running the tests, so each test maps that login
(rolled back with the test) and calls the procedures as leadbase_test_dba, a
user without login in leadbase_api and leadbase_breakglass but not leadbase_web.
Needs test_fixture.sql. Run: EXEC tSQLt.Run 'test_dba';
Disabled for this file: CP02 (tSQLt's PascalCase parameters), RF05 (test names
are sentences in brackets).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

IF DATABASE_PRINCIPAL_ID(N'leadbase_test_dba') IS NULL
    BEGIN
        CREATE USER leadbase_test_dba WITHOUT LOGIN;
    END;

IF COALESCE(IS_ROLEMEMBER(N'leadbase_api', N'leadbase_test_dba'), 0) = 0
    BEGIN
        ALTER ROLE leadbase_api ADD MEMBER leadbase_test_dba;
    END;

IF COALESCE(IS_ROLEMEMBER(N'leadbase_breakglass', N'leadbase_test_dba'), 0) = 0
    BEGIN
        ALTER ROLE leadbase_breakglass ADD MEMBER leadbase_test_dba;
    END;
GO

EXEC tSQLt.NewTestClass 'test_dba';
GO

CREATE OR ALTER PROCEDURE test_dba.setup
AS
BEGIN
    EXEC test_fixture.arrange;
    -- Session context is not rolled back with a test.
    EXEC sys.sp_set_session_context @key = N'break_glass_id', @value = NULL, @read_only = 0;
END;
GO

-- Map the login running the tests to a fixture user (rolled back with the test).
CREATE OR ALTER PROCEDURE test_dba.map_login
    @login_name NVARCHAR(100)
AS
BEGIN
    INSERT security.dba_login_user (login_name, user_id)
    VALUES (ORIGINAL_LOGIN(), CAST(test_fixture.id(@login_name) AS INT));
END;
GO

-- Run a batch as the DBA's database user. The user name is written without N (sqlfluff).
CREATE OR ALTER PROCEDURE test_dba.exec_as_dba
    @sql NVARCHAR(MAX)
AS
BEGIN
    EXEC (@sql) AS USER = 'leadbase_test_dba';
END;
GO

CREATE OR ALTER PROCEDURE test_dba.[test a mapped dba is their user whatever the session context says]
AS
BEGIN
    -- Arrange
    CREATE TABLE #who (
        user_id INT, login_name VARCHAR(100), display_name NVARCHAR(200), role_code VARCHAR(20),
        office_codes VARCHAR(8000), language_code VARCHAR(2)
    );
    CREATE TABLE #expected (user_id INT);
    INSERT #expected VALUES (CAST(test_fixture.id(N'test.luzern.manager') AS INT));
    EXEC test_dba.map_login @login_name = N'test.luzern.manager';
    EXEC test_fixture.sign_in @login_name = N'test.admin';

    -- Act
    INSERT #who EXEC test_dba.exec_as_dba @sql = N'EXEC app.whoami;';

    -- Assert
    SELECT w.user_id
    INTO #actual
    FROM #who AS w;
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_dba.[test an unmapped dba is nobody even when the session names an admin]
AS
BEGIN
    -- Arrange
    CREATE TABLE #who (
        user_id INT, login_name VARCHAR(100), display_name NVARCHAR(200), role_code VARCHAR(20),
        office_codes VARCHAR(8000), language_code VARCHAR(2)
    );
    EXEC test_fixture.sign_in @login_name = N'test.admin';

    -- Act
    INSERT #who EXEC test_dba.exec_as_dba @sql = N'EXEC app.whoami;';

    -- Assert
    EXEC tSQLt.AssertEmptyTable @TableName = N'#who';
END;
GO

CREATE OR ALTER PROCEDURE test_dba.[test get_user_credentials refuses a dba]
AS
BEGIN
    -- Arrange
    EXEC test_dba.map_login @login_name = N'test.admin';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50403,
        @ExpectedMessage = N'Only the web tier''s login (leadbase_web) may read credentials.';

    -- Act
    EXEC test_dba.exec_as_dba @sql = N'EXEC app.get_user_credentials @login_name = N''test.admin'';';
END;
GO

CREATE OR ALTER PROCEDURE test_dba.[test break-glass acting as a user is logged and makes the dba that user]
AS
BEGIN
    -- Arrange
    DECLARE @romandie_manager INT = CAST(test_fixture.id(N'test.romandie.manager') AS INT);
    DECLARE @open NVARCHAR(MAX) = CONCAT(
        N'EXEC security.open_break_glass @reason = N''INC-4712: reassign for an absent manager'', ',
        N'@act_as_user_id = ', @romandie_manager, N';'
    );
    CREATE TABLE #opened (break_glass_id INT, expires_at DATETIME2(3));
    CREATE TABLE #who (
        user_id INT, login_name VARCHAR(100), display_name NVARCHAR(200), role_code VARCHAR(20),
        office_codes VARCHAR(8000), language_code VARCHAR(2)
    );
    CREATE TABLE #expected (user_id INT, login_name SYSNAME, act_as_user_id INT);
    INSERT #expected VALUES (@romandie_manager, ORIGINAL_LOGIN(), @romandie_manager);
    EXEC test_dba.map_login @login_name = N'test.luzern.rep';

    -- Act
    INSERT #opened EXEC test_dba.exec_as_dba @sql = @open;
    INSERT #who EXEC test_dba.exec_as_dba @sql = N'EXEC app.whoami;';

    -- Assert
    SELECT
        w.user_id,
        bgl.login_name,
        bgl.act_as_user_id
    INTO #actual
    FROM #who AS w
    CROSS JOIN #opened AS o
    INNER JOIN security.break_glass_log AS bgl ON o.break_glass_id = bgl.break_glass_id;
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_dba.[test break-glass refuses an inactive user to act as, with the reason]
AS
BEGIN
    -- Arrange
    DECLARE @inactive INT = CAST(test_fixture.id(N'test.inactive.rep') AS INT);
    DECLARE @open NVARCHAR(MAX) = CONCAT(
        N'EXEC security.open_break_glass @reason = N''short'', @act_as_user_id = ', @inactive, N';'
    );
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter reason is not supported. '
        + N'A reason of at least 10 characters is required.; '
        + N'The value for the parameter act_as_user_id is not supported. It must name an active user.';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_dba.exec_as_dba @sql = @open;
END;
GO
