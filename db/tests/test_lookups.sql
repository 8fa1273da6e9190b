/*
test_lookups: tSQLt tests of the lookup tables of coded values, app.list_codes and
core.code_problem: one list per coded value, checked byte-wise and by foreign keys.

Needs test_fixture.sql first (fixture users, the application principal).
Run: EXEC tSQLt.Run 'test_lookups';
Disabled for this file: CP02, because tSQLt's API names its parameters in
PascalCase (@ExpectedErrorNumber) and collation names are mixed case; RF05,
because tSQLt test names are sentences in brackets.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_lookups';
GO

CREATE OR ALTER PROCEDURE test_lookups.setup
AS
BEGIN
    EXEC test_fixture.arrange;
END;
GO

CREATE OR ALTER PROCEDURE test_lookups.[test list_codes returns the statuses in order with their flags]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        list_name VARCHAR(30),
        code VARCHAR(20),
        sort_order SMALLINT,
        label_de NVARCHAR(200),
        label_fr NVARCHAR(200),
        label_en NVARCHAR(200),
        is_final BIT,
        is_open BIT,
        is_contact BIT
    );
    SELECT TOP (0) a.* INTO #expected FROM #actual AS a;
    INSERT #expected VALUES
    ('lead_status', 'new', 1, N'Neu', N'Nouveau', N'New', 0, 1, NULL),
    ('lead_status', 'assigned', 2, N'Zugewiesen', N'Attribué', N'Assigned', 0, 1, NULL),
    ('lead_status', 'contacted', 3, N'Kontaktiert', N'Contacté', N'Contacted', 0, 1, NULL),
    ('lead_status', 'qualified', 4, N'Qualifiziert', N'Qualifié', N'Qualified', 0, 1, NULL),
    ('lead_status', 'won', 5, N'Gewonnen', N'Gagné', N'Won', 1, 0, NULL),
    ('lead_status', 'lost', 6, N'Verloren', N'Perdu', N'Lost', 1, 0, NULL),
    ('lead_status', 'do_not_contact', 7, N'Nicht kontaktieren', N'Ne pas contacter', N'Do not contact', 1, 0, NULL);

    -- Act
    INSERT #actual EXEC app.list_codes @list_name = 'lead_status';

    -- Assert
    EXEC tSQLt.AssertEqualsTable @Expected = '#expected', @Actual = '#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_lookups.[test list_codes holds the NOGA divisions and classes]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        list_name VARCHAR(30),
        code VARCHAR(20),
        sort_order SMALLINT,
        label_de NVARCHAR(200),
        label_fr NVARCHAR(200),
        label_en NVARCHAR(200),
        is_final BIT,
        is_open BIT,
        is_contact BIT
    );

    -- Act
    INSERT #actual EXEC app.list_codes @list_name = 'noga_branche';

    -- Assert
    DECLARE @divisions INT = (
        SELECT COUNT(*) FROM #actual AS a
        WHERE LEN(a.code) = 2
    );
    DECLARE @classes INT = (
        SELECT COUNT(*) FROM #actual AS a
        WHERE LEN(a.code) = 5
    );
    DECLARE @label NVARCHAR(200);
    SELECT @label = a.label_fr
    FROM #actual AS a
    WHERE a.code = '62.01';
    EXEC tSQLt.AssertEquals @Expected = 88, @Actual = @divisions;
    EXEC tSQLt.AssertEquals @Expected = 615, @Actual = @classes;
    EXEC tSQLt.AssertEqualsString @Expected = N'Programmation informatique', @Actual = @label;
END;
GO

CREATE OR ALTER PROCEDURE test_lookups.[test list_codes raises 50400 naming the lists]
AS
BEGIN
    -- Arrange
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter list_name is not supported. '
        + N'Supported values are aging_bucket, assignment_reason, event_type, feedback_reason, import_reason, '
        + N'kpi, language, lead_status, noga_branche, role, scoring_factor, sign_in_outcome, size_category.';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_codes @list_name = ''status'';';
END;
GO

CREATE OR ALTER PROCEDURE test_lookups.[test list_leads refuses WON because codes compare byte-wise]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter status is not supported. '
        + N'Supported values are new, assigned, contacted, qualified, won, lost, do_not_contact.';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_leads @status = ''WON'';';
END;
GO

CREATE OR ALTER PROCEDURE test_lookups.[test add_lead names the NOGA list for an unknown branche]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter branche is not supported. '
        + N'Supported values are the 703 codes that app.list_codes returns for list_name noga_branche.';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.add_lead @company_name = N''Rigi AG'', @plz = 6353, @ort = N''Weggis'', '
        + N'@branche = N''62.99'';';
END;
GO

CREATE OR ALTER PROCEDURE test_lookups.[test a foreign key refuses a status that is not in the list]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.policy_off;
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 547;

    -- Act
    UPDATE core.lead
    SET status = 'WON'
    WHERE lead_id = test_fixture.id(N'luzern_lead');
END;
GO

CREATE OR ALTER PROCEDURE test_lookups.[test every code column compares byte-wise]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (table_name NVARCHAR(300), column_name SYSNAME);

    -- Act
    INSERT #actual
    SELECT
        CONCAT(OBJECT_SCHEMA_NAME(c.object_id), N'.', OBJECT_NAME(c.object_id)) AS table_name,
        c.name AS column_name
    FROM sys.columns AS c
    WHERE
        c.object_id IN (
            OBJECT_ID(N'core.lead'), OBJECT_ID(N'history.lead'), OBJECT_ID(N'core.lead_event'),
            OBJECT_ID(N'history.lead_event'), OBJECT_ID(N'core.app_user'), OBJECT_ID(N'history.app_user'),
            OBJECT_ID(N'core.lead_status'), OBJECT_ID(N'core.event_type'), OBJECT_ID(N'core.role'),
            OBJECT_ID(N'core.size_category'), OBJECT_ID(N'core.noga_branche')
        )
        AND c.name IN (
            N'code', N'status', N'branche', N'size_category', N'event_type', N'old_status',
            N'new_status', N'role_code'
        )
        AND c.collation_name <> N'Latin1_General_100_BIN2';

    -- Assert
    EXEC tSQLt.AssertEmptyTable @TableName = '#actual';
END;
GO
