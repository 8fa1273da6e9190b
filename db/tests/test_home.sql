/*
test_home: tSQLt tests of the representative's home page procedures
(app.my_open_leads, app.my_alerts, app.my_figures, app.save_office_setting),
including what a colleague and another office see, and fail-closed behaviour without
session context. tests/test_home.py drives the same rules on both engines.

Needs test_fixture.sql first (fixture users and leads, the application principal).
Run: EXEC tSQLt.Run 'test_home';
Disabled for this file: CP02, because tSQLt's API names its parameters in
PascalCase (@ExpectedErrorNumber); RF05, because tSQLt test names are sentences
in brackets.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_home';
GO

CREATE OR ALTER PROCEDURE test_home.setup
AS
BEGIN
    EXEC test_fixture.arrange;
END;
GO

CREATE OR ALTER PROCEDURE test_home.[test my_open_leads raises 50400 for max_rows out of range]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50400,
        @ExpectedMessage = N'The value for the parameter max_rows is not supported. It must be between 1 and 200.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.my_open_leads @max_rows = 0;';
END;
GO

CREATE OR ALTER PROCEDURE test_home.[test my_alerts raises 50401 without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50401, @ExpectedMessage = N'No active user is signed in.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.my_alerts;';
END;
GO

CREATE OR ALTER PROCEDURE test_home.[test my_open_leads lists only the caller's own open leads]
AS
BEGIN
    -- Arrange: luzern_lead is test.luzern.rep's
    CREATE TABLE #actual (
        lead_id BIGINT, company_name NVARCHAR(200), plz SMALLINT, ort NVARCHAR(100), status VARCHAR(20),
        score SMALLINT, assigned_at DATETIME2(3), assigned_days INT, age_days INT, last_contact_at DATETIME2(3),
        next_step NVARCHAR(500), next_step_at DATE
    );
    CREATE TABLE #result (login_name NVARCHAR(100), lead_id BIGINT);
    CREATE TABLE #expected (login_name NVARCHAR(100), lead_id BIGINT);
    INSERT #expected VALUES (N'test.luzern.rep', test_fixture.id(N'luzern_lead'));

    -- Act: the owner, a colleague and another office
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.my_open_leads;';
    INSERT #result
    SELECT
        N'test.luzern.rep' AS login_name,
        a.lead_id
    FROM #actual AS a;
    DELETE #actual;
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep2';
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.my_open_leads;';
    EXEC test_fixture.sign_in @login_name = N'test.romandie.rep';
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.my_open_leads;';
    INSERT #result
    SELECT
        N'others' AS login_name,
        a.lead_id
    FROM #actual AS a;

    -- Assert
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
END;
GO

CREATE OR ALTER PROCEDURE test_home.[test my_alerts tells a new assignment once and an untouched lead]
AS
BEGIN
    -- Arrange: luzern_lead was assigned to test.luzern.rep by the admin 6 days ago, untouched
    CREATE TABLE #actual (
        alert_kind VARCHAR(20), lead_id BIGINT, company_name NVARCHAR(200), since_at DATETIME2(3),
        due_on DATE, days INT, detail NVARCHAR(500)
    );
    CREATE TABLE #result (call_no INT, alert_kind VARCHAR(20), lead_id BIGINT, days INT);
    CREATE TABLE #expected (call_no INT, alert_kind VARCHAR(20), lead_id BIGINT, days INT);
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_lead');
    EXEC test_fixture.policy_off;
    UPDATE core.lead_assignment
    SET assigned_at = DATEADD(DAY, -6, SYSUTCDATETIME())
    WHERE lead_id = @lead_id;
    EXEC test_fixture.policy_on;
    INSERT #expected VALUES
    (1, 'untouched', @lead_id, 6),
    (1, 'new_assignment', @lead_id, 6),
    (2, 'untouched', @lead_id, 6);
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';

    -- Act: two visits
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.my_alerts;';
    INSERT #result
    SELECT
        1 AS call_no,
        a.alert_kind,
        a.lead_id,
        a.days
    FROM #actual AS a;
    DELETE #actual;
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.my_alerts;';
    INSERT #result
    SELECT
        2 AS call_no,
        a.alert_kind,
        a.lead_id,
        a.days
    FROM #actual AS a;

    -- Assert
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
END;
GO

CREATE OR ALTER PROCEDURE test_home.[test my_figures has every stage and counts only own leads]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (figure VARCHAR(20), stage VARCHAR(20), value INT, share DECIMAL(5, 4));
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.my_figures;';

    -- Assert: 2 contact figures, 7 stages; luzern_lead (assigned) is the one lead
    SELECT
        a.figure,
        a.stage,
        a.value
    INTO #result
    FROM #actual AS a
    WHERE a.value > 0 OR a.figure <> 'leads_by_stage';
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES
    ('contacts_this_week', NULL, 0),
    ('contacts_last_week', NULL, 0),
    ('leads_by_stage', 'assigned', 1);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
    EXEC tSQLt.AssertEquals @Expected = 9, @Actual = (SELECT COUNT(*) FROM #actual);
END;
GO

CREATE OR ALTER PROCEDURE test_home.[test save_office_setting answers another office like an unknown one]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50400,
        @ExpectedMessage
        = N'The value for the parameter office_code is not supported. It must name one of your offices.';

    -- Act
    EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.save_office_setting @office_code = ''romandie'', @untouched_alert_days = 3;';
END;
GO

CREATE OR ALTER PROCEDURE test_home.[test save_office_setting raises 50403 for a representative]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50403, @ExpectedMessage = N'Only admins and managers may change office settings.';

    -- Act
    EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.save_office_setting @office_code = ''luzern'', @untouched_alert_days = 3;';
END;
GO
