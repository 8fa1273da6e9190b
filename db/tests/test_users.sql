/*
test_users: tSQLt tests of app.whoami, app.get_user_credentials, app.list_users
and app.save_user.

Needs test_fixture.sql first (fixture users, the application principal).
Run: EXEC tSQLt.Run 'test_users';
Disabled for this file: CP02, because tSQLt's API names its parameters in
PascalCase (@ExpectedErrorNumber); RF05, because tSQLt test names are sentences
in brackets ([test whoami ...]).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_users';
GO

CREATE OR ALTER PROCEDURE test_users.setup
AS
BEGIN
    EXEC test_fixture.arrange;
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test whoami returns the signed-in user with sorted office codes]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        user_id INT,
        login_name VARCHAR(100),
        display_name NVARCHAR(200),
        role_code VARCHAR(20),
        office_codes VARCHAR(8000),
        language_code VARCHAR(2)
    );
    SELECT TOP (0) a.* INTO #expected FROM #actual AS a;
    INSERT #expected VALUES (
        test_fixture.id(N'test.admin'), 'test.admin', N'Adrian Admin', 'admin', 'egeli,luzern,romandie', NULL
    );
    EXEC test_fixture.sign_in @login_name = N'test.admin';

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.whoami;';

    -- Assert
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test whoami returns no row without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    CREATE TABLE #actual (
        user_id INT,
        login_name VARCHAR(100),
        display_name NVARCHAR(200),
        role_code VARCHAR(20),
        office_codes VARCHAR(8000),
        language_code VARCHAR(2)
    );

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.whoami;';

    -- Assert
    EXEC tSQLt.AssertEmptyTable @TableName = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test whoami returns no row for an inactive user]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        user_id INT,
        login_name VARCHAR(100),
        display_name NVARCHAR(200),
        role_code VARCHAR(20),
        office_codes VARCHAR(8000),
        language_code VARCHAR(2)
    );
    EXEC test_fixture.sign_in @login_name = N'test.inactive.rep';

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.whoami;';

    -- Assert
    EXEC tSQLt.AssertEmptyTable @TableName = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test get_user_credentials finds a login whatever its case]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        user_id INT,
        login_name VARCHAR(100),
        display_name NVARCHAR(200),
        role_code VARCHAR(20),
        password_hash VARCHAR(200),
        is_active BIT
    );
    SELECT TOP (0) a.* INTO #expected FROM #actual AS a;
    INSERT #expected VALUES (
        test_fixture.id(N'test.admin'), 'test.admin', N'Adrian Admin', 'admin', 'argon2id-test-hash', 1
    );

    -- Act: no session context, as at sign-in
    INSERT #actual
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.get_user_credentials @login_name = N''  Test.Admin '';';

    -- Assert
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test get_user_credentials raises 50400 for an empty login name]
AS
BEGIN
    -- Arrange
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50400,
        @ExpectedMessage = N'The value for the parameter login_name is not supported. It must not be empty.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.get_user_credentials @login_name = N''  '';';
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test list_users raises 50400 for an unknown role_code]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter role_code is not supported. '
        + N'Supported values are representative, manager, admin.';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_users @role_code = ''boss'';';
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test list_users raises 50401 without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50401, @ExpectedMessage = N'No active user is signed in.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_users;';
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test list_users raises 50403 for a representative]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50403, @ExpectedMessage = N'Only managers and admins may list users.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_users;';
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test list_users shows a manager only the users sharing an office]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        user_id INT,
        login_name VARCHAR(100),
        display_name NVARCHAR(200),
        role_code VARCHAR(20),
        office_codes VARCHAR(8000),
        is_active BIT,
        open_lead_count BIGINT,
        lead_capacity SMALLINT,
        sso_subject VARCHAR(255),
        sso_email VARCHAR(254)
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_users;';

    -- Assert: the fixture users the Luzern manager may see, with their open leads
    SELECT
        a.login_name,
        a.open_lead_count
    INTO #actual_fixture
    FROM #actual AS a
    WHERE a.login_name LIKE 'test.%';

    SELECT TOP (0) a.* INTO #expected FROM #actual_fixture AS a;
    INSERT #expected (login_name, open_lead_count)
    VALUES
    ('test.luzern.rep', 1),
    ('test.luzern.rep2', 0),
    ('test.luzern.manager', 0),
    ('test.admin', 0),
    ('test.inactive.rep', 0);

    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual_fixture';
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test list_users shows a manager only the offices shared with a colleague]
AS
BEGIN
    -- Arrange: test.admin works for every office; the Luzern manager shares luzern only
    CREATE TABLE #manager_view (
        user_id INT,
        login_name VARCHAR(100),
        display_name NVARCHAR(200),
        role_code VARCHAR(20),
        office_codes VARCHAR(8000),
        is_active BIT,
        open_lead_count BIGINT,
        lead_capacity SMALLINT,
        sso_subject VARCHAR(255),
        sso_email VARCHAR(254)
    );
    SELECT TOP (0) m.* INTO #admin_view FROM #manager_view AS m;
    CREATE TABLE #expected (viewer VARCHAR(20), office_codes VARCHAR(8000));
    INSERT #expected VALUES ('manager', 'luzern'), ('admin', 'egeli,luzern,romandie');

    -- Act
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    INSERT #manager_view EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_users;';
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    INSERT #admin_view EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_users;';

    -- Assert
    SELECT
        'manager' AS viewer,
        m.office_codes
    INTO #actual
    FROM #manager_view AS m
    WHERE m.login_name = 'test.admin'
    UNION ALL
    SELECT
        'admin' AS viewer,
        a.office_codes
    FROM #admin_view AS a
    WHERE a.login_name = 'test.admin';
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test save_user creates a user with their offices]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        user_id INT,
        login_name VARCHAR(100),
        role_code VARCHAR(20),
        office_codes VARCHAR(8000),
        is_active BIT,
        lead_capacity SMALLINT
    );
    EXEC test_fixture.sign_in @login_name = N'test.admin';

    -- Act
    INSERT #actual
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.save_user @login_name = N''test.new.manager'',
        @display_name = N''  Nora Neu '', @role_code = ''manager'', @office_codes = N''romandie, luzern,,luzern'';';

    -- Assert
    SELECT
        a.login_name,
        a.role_code,
        a.office_codes,
        a.is_active
    INTO #actual_user
    FROM #actual AS a;
    SELECT TOP (0) a.* INTO #expected FROM #actual_user AS a;
    INSERT #expected VALUES ('test.new.manager', 'manager', 'luzern,romandie', 1);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual_user';

    DECLARE @display_name NVARCHAR(200) = (
        SELECT u.display_name
        FROM core.app_user AS u
        WHERE u.login_name = 'test.new.manager'
    );
    EXEC tSQLt.AssertEqualsString @Expected = N'Nora Neu', @Actual = @display_name;
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test save_user keeps the password hash when none is given]
AS
BEGIN
    -- Arrange
    DECLARE @password_hash VARCHAR(200);
    EXEC test_fixture.sign_in @login_name = N'test.admin';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.save_user @login_name = N''test.admin'',
        @display_name = N''Adrian Admin'', @role_code = ''admin'', @office_codes = N''luzern,romandie,egeli'';';

    -- Assert
    SELECT @password_hash = u.password_hash
    FROM core.app_user AS u
    WHERE u.login_name = 'test.admin';
    EXEC tSQLt.AssertEqualsString @Expected = 'argon2id-test-hash', @Actual = @password_hash;
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test save_user raises 50400 listing every problem]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter login_name is not supported. '
        + N'It must have 3 to 100 characters of a-z, 0-9, dot, underscore and hyphen.; '
        + N'The value for the parameter office_codes is not supported. '
        + N'It must list known office codes (unknown: zurich).';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.save_user @login_name = N''Anna Meier'',
        @display_name = N''Anna Meier'', @role_code = ''manager'', @office_codes = N''luzern,zurich'';';
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test save_user raises 50400 for a representative of two offices]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter office_codes is not supported. '
        + N'A representative belongs to exactly one office.';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.save_user @login_name = N''anna.meier'',
        @display_name = N''Anna Meier'', @role_code = ''representative'', @office_codes = N''luzern,romandie'';';
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test save_user raises 50401 without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50401, @ExpectedMessage = N'No active user is signed in.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.save_user @login_name = N''anna.meier'',
        @display_name = N''Anna Meier'', @role_code = ''representative'', @office_codes = N''luzern'';';
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test save_user lets a manager add a representative of their office]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    CREATE TABLE #actual (
        user_id INT, login_name VARCHAR(100), role_code VARCHAR(20), office_codes VARCHAR(8000), is_active BIT,
        lead_capacity SMALLINT
    );

    -- Act
    INSERT #actual
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.save_user @login_name = N''anna.meier'',
        @display_name = N''Anna Meier'', @role_code = ''representative'', @office_codes = N''luzern'',
        @lead_capacity = 40;';

    -- Assert
    DECLARE @capacity SMALLINT;
    SELECT @capacity = a.lead_capacity
    FROM #actual AS a
    WHERE a.login_name = 'anna.meier';
    EXEC tSQLt.AssertEquals @Expected = 40, @Actual = @capacity;
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test save_user raises 50403 for a manager and another office]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50403,
        @ExpectedMessage = N'Managers manage representatives of their own offices only.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.save_user @login_name = N''anna.meier'',
        @display_name = N''Anna Meier'', @role_code = ''representative'', @office_codes = N''romandie'';';
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test save_user raises 50409 when an admin demotes themselves]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50409, @ExpectedMessage = N'Admins cannot deactivate or demote themselves.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.save_user @login_name = N''test.admin'',
        @display_name = N''Adrian Admin'', @role_code = ''manager'', @office_codes = N''luzern'';';
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test get_user_history names who changed a user]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    CREATE TABLE #saved (
        user_id INT, login_name VARCHAR(100), role_code VARCHAR(20), office_codes VARCHAR(8000), is_active BIT,
        lead_capacity SMALLINT
    );
    INSERT #saved
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.save_user @login_name = N''anna.meier'',
        @display_name = N''Anna Meier'', @role_code = ''representative'', @office_codes = N''luzern'',
        @lead_capacity = 30;';
    CREATE TABLE #actual (
        changed_at DATETIME2(3), changed_by NVARCHAR(200), display_name NVARCHAR(200), role_code VARCHAR(20),
        office_codes NVARCHAR(MAX), is_active BIT, lead_capacity SMALLINT, password_changed BIT
    );

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.get_user_history @login_name = N''anna.meier'';';

    -- Assert
    DECLARE @changed_by NVARCHAR(200);
    DECLARE @offices NVARCHAR(MAX);
    DECLARE @capacity SMALLINT;
    SELECT TOP (1)
        @changed_by = a.changed_by,
        @offices = a.office_codes,
        @capacity = a.lead_capacity
    FROM #actual AS a
    ORDER BY a.changed_at DESC;
    EXEC tSQLt.AssertEqualsString @Expected = N'Adrian Admin', @Actual = @changed_by;
    EXEC tSQLt.AssertEqualsString @Expected = N'luzern', @Actual = @offices;
    EXEC tSQLt.AssertEquals @Expected = 30, @Actual = @capacity;
END;
GO

CREATE OR ALTER PROCEDURE test_users.[test get_user_history raises 50404 for a user of another office]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50404, @ExpectedMessage = N'The user test.romandie.rep was not found.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.get_user_history @login_name = N''test.romandie.rep'';';
END;
GO
