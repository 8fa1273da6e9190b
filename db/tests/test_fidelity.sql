/*
test_fidelity: tSQLt tests for what issue 7 (SQL Server fidelity) found, each one
able to fail on a real server:
- the app principal inserting another office's lead straight into core.lead
  meets the BLOCK predicate (error 33504), not only the procedures' own checks;
- a moved lead's versions from its old office stay with the old office
  (history.lead filter predicate), read by a plain member of the app's role;
- get_lead_history, run by a plain member of the app's role (denied schema
  history, reaching it by ownership chaining), returns versions of zero duration
  (a lead moved twice in one transaction), which FOR SYSTEM_TIME ALL would hide;
- a failed routing run is kept in core.command_log (written after the rollback).
bi reads as a leadbase_bi user and break-glass sessions are tested in test_bi and
test_dba.

Needs test_fixture.sql first (fixture users and leads, the application principal).
Run: EXEC tSQLt.Run 'test_fidelity';
Disabled for this file: CP02 (tSQLt's PascalCase parameters), RF05 (test names
are sentences in brackets).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_fidelity';
GO

CREATE OR ALTER PROCEDURE test_fidelity.setup
AS
BEGIN
    EXEC test_fixture.arrange;
END;
GO

-- A direct INSERT into core.lead, owned by dbo like the table: run as the app
-- principal it reaches the table by ownership chaining (the role is denied the
-- schema), so only row-level security stands in the way.
CREATE OR ALTER PROCEDURE test_fidelity.insert_lead_directly
    @office_code VARCHAR(20)
AS
BEGIN
    INSERT core.lead (company_name, plz, ort, size_category, status, score, office_id)
    SELECT
        N'Direct AG' AS company_name,
        1003 AS plz,
        N'Lausanne' AS ort,
        'small' AS size_category,
        'new' AS status,
        25 AS score,
        o.office_id
    FROM core.office AS o
    WHERE o.office_code = @office_code;
END;
GO

-- The offices of one lead's history versions, as the caller's row-level security
-- lets them through (run as the app principal, like the procedures).
CREATE OR ALTER PROCEDURE test_fidelity.history_offices
    @lead_id BIGINT
AS
BEGIN
    SELECT o.office_code
    FROM history.lead AS h
    INNER JOIN core.office AS o ON h.office_id = o.office_id
    WHERE h.lead_id = @lead_id;
END;
GO

-- Moves the fixture lead in Kriens (6010) to Romandie, or back (@to_romandie = 0).
CREATE OR ALTER PROCEDURE test_fidelity.move_kriens
    @to_romandie BIT
AS
BEGIN
    DECLARE @mapping NVARCHAR(MAX) = CASE
        WHEN @to_romandie = 1 THEN N'[
            {"office_code": "luzern", "plz_from": 6000, "plz_to": 6009},
            {"office_code": "romandie", "plz_from": 6010, "plz_to": 6010},
            {"office_code": "luzern", "plz_from": 6011, "plz_to": 6499},
            {"office_code": "romandie", "plz_from": 1000, "plz_to": 2499},
            {"office_code": "romandie", "plz_from": 2800, "plz_to": 2999}]'
        ELSE N'[
            {"office_code": "luzern", "plz_from": 6000, "plz_to": 6499},
            {"office_code": "romandie", "plz_from": 1000, "plz_to": 2499},
            {"office_code": "romandie", "plz_from": 2800, "plz_to": 2999}]'
    END;
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.set_plz_mapping @mapping = N''', REPLACE(@mapping, N'''', N''''''), N''';'
    );
    CREATE TABLE #moves (from_office_code VARCHAR(20), to_office_code VARCHAR(20), lead_count BIGINT);

    EXEC test_fixture.sign_in @login_name = N'test.admin';
    INSERT #moves EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_fidelity.[test the app principal inserting another office's lead directly gets 33504]
AS
BEGIN
    -- Arrange: a Luzern representative, the app principal allowed to run the helper
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    GRANT EXECUTE ON OBJECT::test_fidelity.insert_lead_directly TO leadbase_test_web;
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 33504;

    -- Act: the BLOCK AFTER INSERT predicate refuses the Romandie row
    EXEC test_fixture.exec_as_api @sql = N'EXEC test_fidelity.insert_lead_directly @office_code = ''romandie'';';
END;
GO

CREATE OR ALTER PROCEDURE test_fidelity.[test the app principal inserting its own office's lead directly succeeds]
AS
BEGIN
    -- Arrange: the same path as the 33504 test, so that test fails for the predicate only
    EXEC test_fixture.sign_in @login_name = N'test.romandie.rep';
    GRANT EXECUTE ON OBJECT::test_fidelity.insert_lead_directly TO leadbase_test_web;
    EXEC tSQLt.ExpectNoException;

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC test_fidelity.insert_lead_directly @office_code = ''romandie'';';
END;
GO

CREATE OR ALTER PROCEDURE test_fidelity.[test a moved lead's old versions stay with its old office]
AS
BEGIN
    -- Arrange: Kriens moves from Luzern to Romandie
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_new_lead');
    DECLARE @sql NVARCHAR(200) = CONCAT(N'EXEC test_fidelity.history_offices @lead_id = ', @lead_id, N';');
    CREATE TABLE #romandie_sees (office_code VARCHAR(20));
    CREATE TABLE #luzern_sees (office_code VARCHAR(20));
    GRANT EXECUTE ON OBJECT::test_fidelity.history_offices TO leadbase_test_web;
    EXEC test_fidelity.move_kriens @to_romandie = 1;

    -- Act
    EXEC test_fixture.sign_in @login_name = N'test.romandie.manager';
    INSERT #romandie_sees EXEC test_fixture.exec_as_api @sql = @sql;
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    INSERT #luzern_sees EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert: Romandie sees none of the Luzern-era versions, Luzern sees them
    EXEC tSQLt.AssertEmptyTable @TableName = N'#romandie_sees';
    IF
        NOT EXISTS (
            SELECT 1 FROM #luzern_sees
            WHERE office_code = 'luzern'
        )
        BEGIN
            EXEC tSQLt.Fail N'The Luzern manager should see the Luzern-era versions of the moved lead.';
        END;
    IF
        EXISTS (
            SELECT 1 FROM #luzern_sees
            WHERE office_code <> 'luzern'
        )
        BEGIN
            EXEC tSQLt.Fail N'The Luzern manager sees versions of another office.';
        END;
END;
GO

CREATE OR ALTER PROCEDURE test_fidelity.[test get_lead_history shows both moves made in one transaction]
AS
BEGIN
    -- Arrange: to Romandie and back, inside the test's one transaction
    DECLARE @sql NVARCHAR(200) = CONCAT(
        N'EXEC app.get_lead_history @lead_id = ', test_fixture.id(N'luzern_new_lead'), N';'
    );
    CREATE TABLE #history (
        happened_at DATETIME2(3), entry_kind VARCHAR(20), actor NVARCHAR(200), detail NVARCHAR(1000),
        note NVARCHAR(2000), next_step NVARCHAR(500), next_step_at DATE
    );
    CREATE TABLE #expected (detail NVARCHAR(1000));
    INSERT #expected VALUES (N'office: luzern -> romandie'), (N'office: romandie -> luzern');
    EXEC test_fidelity.move_kriens @to_romandie = 1;
    EXEC test_fidelity.move_kriens @to_romandie = 0;

    -- Act: as a plain member of the app's role, denied schema history
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    INSERT #history EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert
    SELECT h.detail
    INTO #actual
    FROM #history AS h
    WHERE h.entry_kind = 'changed';
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_fidelity.[test add_lead refuses MEDIUM because codes compare byte-wise]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400;

    -- Act
    EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.add_lead @company_name = N''Case AG'', @plz = 6003, @ort = N''Luzern'',
            @size_category = ''MEDIUM'';';
END;
GO

CREATE OR ALTER PROCEDURE test_fidelity.[test save_user refuses ADMIN because codes compare byte-wise]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400;

    -- Act
    EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.save_user @login_name = N''case.user'', @display_name = N''Case User'',
            @role_code = ''ADMIN'', @office_codes = N''luzern'';';
END;
GO

CREATE OR ALTER PROCEDURE test_fidelity.[test list_leads refuses the sort order SCORE]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400;

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_leads @sort = ''SCORE'';';
END;
GO

CREATE OR ALTER PROCEDURE test_fidelity.[test set_plz_mapping refuses the office code LUZERN]
AS
BEGIN
    -- Arrange
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter mapping is not supported. '
        + N'Entry 1: unknown office_code LUZERN.';
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.set_plz_mapping @dry_run = 1,
            @mapping = N''[{"office_code": "LUZERN", "plz_from": 6000, "plz_to": 6499}]'';';
END;
GO

CREATE OR ALTER PROCEDURE test_fidelity.[test save_user saves a display name that changes case only]
AS
BEGIN
    -- Arrange
    DECLARE @actual NVARCHAR(200);
    CREATE TABLE #saved (
        user_id INT, login_name VARCHAR(100), role_code VARCHAR(20), office_codes VARCHAR(8000), is_active BIT,
        lead_capacity SMALLINT
    );
    EXEC test_fixture.sign_in @login_name = N'test.admin';

    -- Act
    INSERT #saved EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.save_user @login_name = N''test.romandie.rep'', @display_name = N''RÉMI ROMANDIE'',
            @role_code = ''representative'', @office_codes = N''romandie'';';

    -- Assert
    SELECT @actual = u.display_name
    FROM core.app_user AS u
    WHERE u.login_name = 'test.romandie.rep';
    IF CAST(@actual AS VARBINARY(400)) <> CAST(N'RÉMI ROMANDIE' AS VARBINARY(400))
        BEGIN
            EXEC tSQLt.Fail N'The display name should be saved in upper case, got: ', @actual;
        END;
END;
GO

-- Removes what the no-transaction test below committed.
CREATE OR ALTER PROCEDURE test_fidelity.[clean up after the failed run]
AS
BEGIN
    DECLARE @user_id INT = (
        SELECT u.user_id FROM core.app_user AS u
        WHERE u.login_name = 'test.fidelity.admin'
    );

    EXEC test_fixture.sign_out;
    DELETE core.command_log
    WHERE user_id = @user_id;
    DELETE core.app_user
    WHERE user_id = @user_id;
END;
GO

-- No test transaction: app.route_leads must own its transaction to log its failure
-- after the rollback, as it does when the web tier calls it.
--[@tSQLt:NoTransaction]('test_fidelity.[clean up after the failed run]')
CREATE OR ALTER PROCEDURE test_fidelity.[test a failed routing run is kept in core.command_log]
AS
BEGIN
    -- Arrange: an admin, and a routing lock that cannot be had
    DECLARE @user_id INT;
    INSERT core.app_user (login_name, display_name, role_code, is_active)
    VALUES ('test.fidelity.admin', N'Fidelity Admin', 'admin', 1);
    SET @user_id = SCOPE_IDENTITY();
    EXEC sys.sp_set_session_context @key = N'user_id', @value = @user_id, @read_only = 0;
    EXEC tSQLt.SpyProcedure
        @ProcedureName = N'core.routing_lock',
        @CommandToExecute = N'THROW 50409, N''The PLZ mapping is being changed. Try again in a moment.'', 1;';
    CREATE TABLE #expected (error_number INT, dry_run BIT, is_ended BIT);
    INSERT #expected VALUES (50409, 0, 1);

    -- Act
    BEGIN TRY
        EXEC test_fixture.exec_as_api @sql = N'EXEC app.route_leads @dry_run = 0;';
    END TRY
    BEGIN CATCH
        IF ERROR_NUMBER() <> 50409
            BEGIN
                THROW;
            END;
    END CATCH;

    -- Assert: one row, with the error, although the run failed
    SELECT
        g.error_number,
        g.dry_run,
        CAST(IIF(g.ended_at IS NULL, 0, 1) AS BIT) AS is_ended
    INTO #actual
    FROM core.command_log AS g
    WHERE g.user_id = @user_id AND g.command_name = 'app.route_leads';
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO
