/*
test_kpis: tSQLt tests of app.get_kpis: the formulas on the fixture's leads, office
isolation under two session contexts (a Luzern and a Romandie manager), a
representative's own rows, fail-closed behaviour without session context, the
validation message, and "as of" an instant before the fixture existed. Every
figure is also checked on both engines by tests/test_kpis.py.

Needs test_fixture.sql first (fixture users and leads, the application principal).
Fixture, Luzern: luzern_lead (assigned to test.luzern.rep, status assigned),
luzern_new_lead (new), luzern_won_lead (won); Romandie: romandie_lead (new).
Run: EXEC tSQLt.Run 'test_kpis';
Disabled for this file: CP02, because tSQLt's API names its parameters in
PascalCase (@ExpectedErrorNumber); RF05, because tSQLt test names are sentences
in brackets.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_kpis';
GO

CREATE OR ALTER PROCEDURE test_kpis.setup
AS
BEGIN
    EXEC test_fixture.arrange;
END;
GO

-- The result of app.get_kpis for a signed-in fixture user, for INSERT ... EXEC.
CREATE OR ALTER PROCEDURE test_kpis.kpis_of
    @login_name NVARCHAR(100),
    @sql NVARCHAR(MAX) = N'EXEC app.get_kpis;'
AS
BEGIN
    SET NOCOUNT ON;
    EXEC test_fixture.sign_in @login_name = @login_name;
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_kpis.[test get_kpis raises 50401 without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50401, @ExpectedMessage = N'No active user is signed in.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.get_kpis;';
END;
GO

CREATE OR ALTER PROCEDURE test_kpis.[test get_kpis names every invalid parameter in one message]
AS
BEGIN
    -- Arrange
    DECLARE @expected_message NVARCHAR(2048) = CONCAT(
        N'The value for the parameter kpi_code is not supported. Supported values are available, assigned, ',
        N'contact_rate, first_contact_hours, conversion, conversion_month, aging, pipeline, activity.; ',
        N'The value for the parameter period_from is not supported. It must not be after period_to.; ',
        N'The value for the parameter office_code is not supported. Supported values are luzern, romandie, egeli.; ',
        N'The value for the parameter as_of is not supported. It must not be in the future.'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.get_kpis @kpi_code = ''Funnel'', @office_code = ''bern'',
        @period_from = ''2026-03-01'', @period_to = ''2026-02-01'', @as_of = ''2999-01-01'';';
END;
GO

CREATE OR ALTER PROCEDURE test_kpis.[test get_kpis counts the open leads of the caller's office only]
AS
BEGIN
    -- Arrange
    CREATE TABLE #kpi (
        kpi_code VARCHAR(20), office_code VARCHAR(20), user_id INT, display_name NVARCHAR(200), bucket VARCHAR(20),
        sort_order INT, value DECIMAL(19, 2), base DECIMAL(19, 2), rate DECIMAL(19, 4)
    );
    CREATE TABLE #result (
        login_name NVARCHAR(100), kpi_code VARCHAR(20), office_code VARCHAR(20), user_id INT,
        value DECIMAL(19, 2), base DECIMAL(19, 2), rate DECIMAL(19, 4)
    );

    -- Act
    INSERT #kpi EXEC test_kpis.kpis_of @login_name = N'test.luzern.manager';
    INSERT #result
    SELECT
        N'test.luzern.manager' AS login_name,
        k.kpi_code,
        k.office_code,
        k.user_id,
        k.value,
        k.base,
        k.rate
    FROM #kpi AS k
    WHERE k.kpi_code IN ('available', 'assigned');
    DELETE #kpi;
    INSERT #kpi EXEC test_kpis.kpis_of @login_name = N'test.romandie.manager';
    INSERT #result
    SELECT
        N'test.romandie.manager' AS login_name,
        k.kpi_code,
        k.office_code,
        k.user_id,
        k.value,
        k.base,
        k.rate
    FROM #kpi AS k
    WHERE k.kpi_code IN ('available', 'assigned');

    -- Assert: Luzern's open leads are luzern_lead (assigned) and luzern_new_lead; the
    -- won lead is closed; Romandie's manager sees romandie_lead only.
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES
    (N'test.luzern.manager', 'available', 'luzern', NULL, 1, 2, 0.5),
    (N'test.luzern.manager', 'assigned', 'luzern', NULL, 1, 2, 0.5),
    (N'test.luzern.manager', 'assigned', 'luzern', CAST(test_fixture.id(N'test.luzern.rep') AS INT), 1, NULL, NULL),
    (N'test.romandie.manager', 'available', 'romandie', NULL, 1, 1, 1);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
END;
GO

CREATE OR ALTER PROCEDURE test_kpis.[test get_kpis follows the funnel of the period's deliveries]
AS
BEGIN
    -- Arrange: the won lead reached every stage; a call on luzern_lead makes it contacted.
    CREATE TABLE #kpi (
        kpi_code VARCHAR(20), office_code VARCHAR(20), user_id INT, display_name NVARCHAR(200), bucket VARCHAR(20),
        sort_order INT, value DECIMAL(19, 2), base DECIMAL(19, 2), rate DECIMAL(19, 4)
    );
    DECLARE @call NVARCHAR(MAX) = CONCAT(
        N'EXEC app.log_event @lead_id = ', test_fixture.id(N'luzern_lead'), N', @event_type = ''call'';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC test_fixture.exec_as_api @sql = @call;

    -- Act
    INSERT #kpi EXEC test_kpis.kpis_of
        @login_name = N'test.luzern.manager',
        @sql = N'EXEC app.get_kpis @kpi_code = ''conversion'';';

    -- Assert
    SELECT
        k.bucket,
        k.value,
        k.base,
        k.rate
    INTO #result
    FROM #kpi AS k
    WHERE k.user_id IS NULL;
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES
    ('new', 3, 3, 1),
    ('contacted', 2, 3, 0.6667),
    ('qualified', 1, 2, 0.5),
    ('won', 1, 1, 1);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
END;
GO

CREATE OR ALTER PROCEDURE test_kpis.[test get_kpis gives a representative the office rows and their own]
AS
BEGIN
    -- Arrange
    CREATE TABLE #kpi (
        kpi_code VARCHAR(20), office_code VARCHAR(20), user_id INT, display_name NVARCHAR(200), bucket VARCHAR(20),
        sort_order INT, value DECIMAL(19, 2), base DECIMAL(19, 2), rate DECIMAL(19, 4)
    );

    -- Act: the colleague asks for the representative's rows
    DECLARE @ask NVARCHAR(MAX) = CONCAT(N'EXEC app.get_kpis @user_id = ', test_fixture.id(N'test.luzern.rep'), N';');
    INSERT #kpi EXEC test_kpis.kpis_of
        @login_name = N'test.luzern.rep2',
        @sql = @ask;

    -- Assert: only office rows, and only Luzern's
    SELECT DISTINCT
        k.office_code,
        k.user_id
    INTO #result
    FROM #kpi AS k;
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES ('luzern', NULL);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
END;
GO

CREATE OR ALTER PROCEDURE test_kpis.[test get_kpis as of an instant before the fixture counts nothing]
AS
BEGIN
    -- Arrange: the fixture rows began with this test's transaction (system time); the
    -- test database holds no other leads.
    CREATE TABLE #kpi (
        kpi_code VARCHAR(20), office_code VARCHAR(20), user_id INT, display_name NVARCHAR(200), bucket VARCHAR(20),
        sort_order INT, value DECIMAL(19, 2), base DECIMAL(19, 2), rate DECIMAL(19, 4)
    );

    -- Act
    INSERT #kpi EXEC test_kpis.kpis_of
        @login_name = N'test.admin',
        @sql = N'DECLARE @before DATETIME2(3) = DATEADD(DAY, -1, SYSUTCDATETIME());
            EXEC app.get_kpis @as_of = @before;';

    -- Assert
    EXEC tSQLt.AssertEmptyTable @TableName = N'#kpi';
END;
GO
