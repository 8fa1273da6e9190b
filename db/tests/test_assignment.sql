/*
test_assignment: tSQLt tests of app.assign_leads (many leads at once, or every open
lead of an absent representative) and of app.assign_lead as its one-lead case: all
or nothing with the first problem named, a reason for every reassignment, the dry
run, and office isolation (another office's lead or representative answers like a
missing one); app.team_alerts (the home page's alert rule counted per representative)
and who may call app.list_inaccurate_leads. The same rules run on PostgreSQL in
tests/test_assignment.py.

Needs test_fixture.sql first (fixture users and leads, the application principal).
Run: EXEC tSQLt.Run 'test_assignment';
Disabled for this file: CP02, because tSQLt's API names its parameters in
PascalCase (@ExpectedErrorNumber); RF05, because tSQLt test names are sentences
in brackets; CP05, because sqlfluff takes the table type for a data type.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05,CP05

EXEC tSQLt.NewTestClass 'test_assignment';
GO

CREATE OR ALTER PROCEDURE test_assignment.setup
AS
BEGIN
    EXEC test_fixture.arrange;
END;
GO

-- The batch a DBA would type: the lead ids in a core.lead_id_list, then the call.
-- A fixture name that is no lead stands for a missing one (987654321).
CREATE OR ALTER PROCEDURE test_assignment.call_sql
    @lead_names NVARCHAR(400),
    @user_name NVARCHAR(100),
    @tail NVARCHAR(400),
    @sql NVARCHAR(MAX) OUTPUT
AS
BEGIN
    SET @sql = CONCAT(
        N'DECLARE @ids core.lead_id_list; INSERT @ids (lead_id) VALUES ',
        (
            SELECT STRING_AGG(CONCAT(N'(', COALESCE(test_fixture.id(TRIM(n.value)), 987654321), N')'), N', ')
            FROM STRING_SPLIT(@lead_names, N',') AS n
        ),
        N'; EXEC app.assign_leads @lead_ids = @ids, @user_id = ', test_fixture.id(@user_name), @tail, N';'
    );
END;
GO

--------------------------------------------------------------------------------
-- Many leads at once
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_assignment.[test assign_leads gives every lead, the reassigned one with its reason]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        assignment_id BIGINT, lead_id BIGINT, user_id INT, assigned_at DATETIME2(3), previous_user_id INT
    );
    DECLARE @sql NVARCHAR(MAX);
    EXEC test_assignment.call_sql
        @lead_names = N'luzern_lead, luzern_new_lead',
        @user_name = N'test.luzern.rep2',
        @tail = N', @note = N''Workload''',
        @sql = @sql OUTPUT;
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert
    EXEC test_fixture.policy_off;
    SELECT
        la.lead_id,
        la.user_id,
        la.reason_code,
        la.note,
        l.status
    INTO #result
    FROM core.lead_assignment AS la
    INNER JOIN core.lead AS l ON la.lead_id = l.lead_id
    WHERE
        la.assigned_until IS NULL
        AND la.lead_id IN (SELECT a.lead_id FROM #actual AS a);
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES
    (
        test_fixture.id(N'luzern_lead'), CAST(test_fixture.id(N'test.luzern.rep2') AS INT), 'reassigned',
        N'Workload', 'assigned'
    ),
    (
        test_fixture.id(N'luzern_new_lead'), CAST(test_fixture.id(N'test.luzern.rep2') AS INT), 'assigned',
        N'Workload', 'assigned'
    );
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
END;
GO

CREATE OR ALTER PROCEDURE test_assignment.[test assign_leads dry run returns the rows and changes nothing]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        assignment_id BIGINT, lead_id BIGINT, user_id INT, assigned_at DATETIME2(3), previous_user_id INT
    );
    DECLARE @sql NVARCHAR(MAX);
    EXEC test_assignment.call_sql
        @lead_names = N'luzern_lead, luzern_new_lead',
        @user_name = N'test.luzern.rep2',
        @tail = N', @note = N''Workload'', @dry_run = 1',
        @sql = @sql OUTPUT;
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert
    SELECT
        a.assignment_id,
        a.lead_id,
        a.previous_user_id
    INTO #result
    FROM #actual AS a;
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES
    (NULL, test_fixture.id(N'luzern_lead'), CAST(test_fixture.id(N'test.luzern.rep') AS INT)),
    (NULL, test_fixture.id(N'luzern_new_lead'), NULL);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';

    EXEC test_fixture.policy_off;
    DECLARE @current INT = (
        SELECT COUNT(*)
        FROM core.lead_assignment AS la
        WHERE la.user_id = test_fixture.id(N'test.luzern.rep2')
    );
    EXEC tSQLt.AssertEquals @Expected = 0, @Actual = @current;
END;
GO

CREATE OR ALTER PROCEDURE test_assignment.[test assign_leads raises 50400 for a reassignment without a note]
AS
BEGIN
    -- Arrange
    DECLARE @sql NVARCHAR(MAX);
    EXEC test_assignment.call_sql
        @lead_names = N'luzern_new_lead, luzern_lead',
        @user_name = N'test.luzern.rep2',
        @tail = N'',
        @sql = @sql OUTPUT;
    DECLARE @expected_message NVARCHAR(2048) = CONCAT(
        N'The value for the parameter note is not supported. ',
        N'It must give the reason for the reassignment of the lead ', test_fixture.id(N'luzern_lead'), N'.'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_assignment.[test assign_lead raises 50400 for a reassignment without a note]
AS
BEGIN
    -- Arrange
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.assign_lead @lead_id = ', test_fixture.id(N'luzern_lead'),
        N', @user_id = ', test_fixture.id(N'test.luzern.rep2'), N', @note = N''  '';'
    );
    DECLARE @expected_message NVARCHAR(2048) = CONCAT(
        N'The value for the parameter note is not supported. ',
        N'It must give the reason for the reassignment of the lead ', test_fixture.id(N'luzern_lead'), N'.'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_assignment.[test assign_leads raises 50409 for the won lead and assigns nothing]
AS
BEGIN
    -- Arrange
    DECLARE @sql NVARCHAR(MAX);
    EXEC test_assignment.call_sql
        @lead_names = N'luzern_new_lead, luzern_won_lead',
        @user_name = N'test.luzern.rep',
        @tail = N'',
        @sql = @sql OUTPUT;
    DECLARE @expected_message NVARCHAR(2048) = CONCAT(
        N'The lead ', test_fixture.id(N'luzern_won_lead'), N' is won and cannot be assigned.'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50409, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

--------------------------------------------------------------------------------
-- Another office reads like nothing
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_assignment.[test assign_leads raises 50404 for another office's lead as if missing]
AS
BEGIN
    -- Arrange: the wording of a missing lead (the lowest id that is not there)
    DECLARE @sql NVARCHAR(MAX);
    EXEC test_assignment.call_sql
        @lead_names = N'luzern_new_lead, romandie_lead',
        @user_name = N'test.luzern.rep',
        @tail = N'',
        @sql = @sql OUTPUT;
    DECLARE @expected_message NVARCHAR(2048) = CONCAT(
        N'The lead ', test_fixture.id(N'romandie_lead'), N' was not found.'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50404, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_assignment.[test assign_leads raises 50400 for another office's representative]
AS
BEGIN
    -- Arrange
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter user_id is not supported. '
        + N'It must be an active representative of the lead''s office.';
    DECLARE @sql NVARCHAR(MAX);
    EXEC test_assignment.call_sql
        @lead_names = N'luzern_new_lead',
        @user_name = N'test.romandie.rep',
        @tail = N'',
        @sql = @sql OUTPUT;
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

--------------------------------------------------------------------------------
-- Everything an absent representative holds
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_assignment.[test assign_leads from_user_id hands over the open leads]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        assignment_id BIGINT, lead_id BIGINT, user_id INT, assigned_at DATETIME2(3), previous_user_id INT
    );
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.assign_leads @from_user_id = ', test_fixture.id(N'test.luzern.rep'),
        N', @user_id = ', test_fixture.id(N'test.luzern.rep2'), N', @note = N''Holiday'';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert
    SELECT
        a.lead_id,
        a.user_id,
        a.previous_user_id
    INTO #result
    FROM #actual AS a;
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES (
        test_fixture.id(N'luzern_lead'), CAST(test_fixture.id(N'test.luzern.rep2') AS INT),
        CAST(test_fixture.id(N'test.luzern.rep') AS INT)
    );
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
END;
GO

CREATE OR ALTER PROCEDURE test_assignment.[test assign_leads from_user_id of another office reads like a missing user]
AS
BEGIN
    -- Arrange
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter from_user_id is not supported. '
        + N'It must be a representative of your offices.';
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.assign_leads @from_user_id = ', test_fixture.id(N'test.romandie.rep'),
        N', @user_id = ', test_fixture.id(N'test.luzern.rep2'), N', @note = N''Away'';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_assignment.[test assign_leads from_user_id needs a reason]
AS
BEGIN
    -- Arrange
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter note is not supported. '
        + N'It must give the reason for the reassignment.';
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.assign_leads @from_user_id = ', test_fixture.id(N'test.luzern.rep'),
        N', @user_id = ', test_fixture.id(N'test.luzern.rep2'), N';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

--------------------------------------------------------------------------------
-- Who may
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_assignment.[test assign_leads raises 50403 for a representative]
AS
BEGIN
    -- Arrange
    DECLARE @sql NVARCHAR(MAX);
    EXEC test_assignment.call_sql
        @lead_names = N'luzern_new_lead',
        @user_name = N'test.luzern.rep',
        @tail = N'',
        @sql = @sql OUTPUT;
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50403, @ExpectedMessage = N'Only managers and admins may assign leads.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_assignment.[test assign_leads raises 50401 without session context]
AS
BEGIN
    -- Arrange
    DECLARE @sql NVARCHAR(MAX);
    EXEC test_assignment.call_sql
        @lead_names = N'luzern_new_lead',
        @user_name = N'test.luzern.rep',
        @tail = N'',
        @sql = @sql OUTPUT;
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50401, @ExpectedMessage = N'No active user is signed in.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

--------------------------------------------------------------------------------
-- The team page's alerts, and the partner findings
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_assignment.[test team_alerts counts each representative's alerts by the home page rule]
AS
BEGIN
    -- Arrange: the fixture's Luzern assignment, ten days old and untouched
    CREATE TABLE #actual (
        user_id INT, display_name NVARCHAR(200), office_code VARCHAR(20), is_active BIT, open_lead_count INT,
        untouched_count INT, due_today_count INT
    );
    EXEC test_fixture.policy_off;
    UPDATE core.lead_assignment
    SET assigned_at = DATEADD(DAY, -10, assigned_at)
    WHERE lead_id = test_fixture.id(N'luzern_lead');
    EXEC test_fixture.policy_on;
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.team_alerts;';

    -- Assert: Luzern's active representatives only, Romandie's not at all
    SELECT
        a.display_name,
        a.open_lead_count,
        a.untouched_count,
        a.due_today_count
    INTO #result
    FROM #actual AS a
    WHERE a.office_code = 'luzern';
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES (N'Lena Luzern', 1, 1, 0), (N'Luca Luzern', 0, 0, 0);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
    DECLARE @others INT = (
        SELECT COUNT(*)
        FROM #actual AS a
        WHERE a.office_code <> 'luzern'
    );
    EXEC tSQLt.AssertEquals @Expected = 0, @Actual = @others;
END;
GO

CREATE OR ALTER PROCEDURE test_assignment.[test team_alerts raises 50403 for a representative]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50403, @ExpectedMessage = N'Only managers and admins may see the team''s alerts.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.team_alerts;';
END;
GO

CREATE OR ALTER PROCEDURE test_assignment.[test list_inaccurate_leads raises 50403 for a representative]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50403, @ExpectedMessage = N'Only managers and admins may review imports.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_inaccurate_leads;';
END;
GO
