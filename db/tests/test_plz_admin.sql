/*
test_plz_admin: tSQLt tests of app.list_plz_ranges and app.get_plz_mapping_history
(the admins' mapping page).

Needs test_fixture.sql first (fixture users, the application principal).
Run: EXEC tSQLt.Run 'test_plz_admin';
Disabled for this file: CP02, because tSQLt's API names its parameters in
PascalCase (@ExpectedErrorNumber); RF05, because tSQLt test names are sentences
in brackets.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_plz_admin';
GO

CREATE OR ALTER PROCEDURE test_plz_admin.setup
AS
BEGIN
    EXEC test_fixture.arrange;
END;
GO

CREATE OR ALTER PROCEDURE test_plz_admin.[test list_plz_ranges shows each office with its ranges]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    CREATE TABLE #actual (
        office_code VARCHAR(20),
        office_name NVARCHAR(100),
        is_catch_all BIT,
        plz_from SMALLINT,
        plz_to SMALLINT
    );
    SELECT TOP (0) a.* INTO #expected FROM #actual AS a;
    INSERT #expected (office_code, office_name, is_catch_all, plz_from, plz_to)
    SELECT
        o.office_code,
        o.office_name,
        o.is_catch_all,
        r.plz_from,
        r.plz_to
    FROM core.office AS o
    LEFT JOIN core.office_plz_range AS r ON o.office_id = r.office_id;

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_plz_ranges;';

    -- Assert
    EXEC tSQLt.AssertEqualsTable @Expected = '#expected', @Actual = '#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_plz_admin.[test list_plz_ranges raises 50403 for a manager]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50403, @ExpectedMessage = N'Only admins may see the PLZ mapping.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_plz_ranges;';
END;
GO

CREATE OR ALTER PROCEDURE test_plz_admin.[test get_plz_mapping_history names who changed the ranges]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    DECLARE
        @mapping NVARCHAR(MAX) = N'[{"office_code": "luzern", "plz_from": 6000, "plz_to": 6299},'
        + N'{"office_code": "romandie", "plz_from": 1000, "plz_to": 2499},'
        + N'{"office_code": "romandie", "plz_from": 2800, "plz_to": 2999}]';
    DECLARE @sql NVARCHAR(MAX) = CONCAT(N'EXEC app.set_plz_mapping @mapping = N''', @mapping, N''';');
    CREATE TABLE #moves (from_office_code VARCHAR(20), to_office_code VARCHAR(20), lead_count BIGINT);
    INSERT #moves EXEC test_fixture.exec_as_api @sql = @sql;
    CREATE TABLE #actual (
        changed_at DATETIME2(3),
        changed_by NVARCHAR(200),
        ranges_before NVARCHAR(MAX),
        ranges_after NVARCHAR(MAX)
    );

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.get_plz_mapping_history;';

    -- Assert
    DECLARE @changed_by NVARCHAR(200);
    DECLARE @after NVARCHAR(MAX);
    SELECT TOP (1)
        @changed_by = a.changed_by,
        @after = a.ranges_after
    FROM #actual AS a
    ORDER BY a.changed_at DESC;
    EXEC tSQLt.AssertEqualsString @Expected = N'Adrian Admin', @Actual = @changed_by;
    EXEC tSQLt.AssertLike @ExpectedPattern = N'%luzern 6000-6299%', @Actual = @after;
END;
GO
