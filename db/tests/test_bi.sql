/*
test_bi: tSQLt tests of the bi views as a BI user would type SQL against them:
only the user's offices are read, an error in the user's own predicate never
reaches another office's rows (the side channel of Microsoft's "Row-level
security" page), and plans and database state are denied. Twin of the pytest
tests/test_bi_side_channels.py.

Needs test_fixture.sql (fixture users and leads). leadbase_test_bi is a user
without login in leadbase_bi, mapped to luzern inside each test (rolled back).
Run: EXEC tSQLt.Run 'test_bi';
Disabled for this file: CP02 (tSQLt's PascalCase parameters), RF05 (test names
are sentences in brackets).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

IF DATABASE_PRINCIPAL_ID(N'leadbase_test_bi') IS NULL
    BEGIN
        CREATE USER leadbase_test_bi WITHOUT LOGIN;
    END;

IF COALESCE(IS_ROLEMEMBER(N'leadbase_bi', N'leadbase_test_bi'), 0) = 0
    BEGIN
        ALTER ROLE leadbase_bi ADD MEMBER leadbase_test_bi;
    END;
GO

EXEC tSQLt.NewTestClass 'test_bi';
GO

CREATE OR ALTER PROCEDURE test_bi.setup
AS
BEGIN
    EXEC test_fixture.arrange;
    -- Session context is not rolled back with a test.
    EXEC sys.sp_set_session_context @key = N'break_glass_id', @value = NULL, @read_only = 0;

    INSERT security.bi_login_office (login_name, office_id)
    SELECT
        N'leadbase_test_bi' AS login_name,
        o.office_id
    FROM core.office AS o
    WHERE o.office_code = 'luzern';

    -- The Romandie lead gets a representative and a call, so that names and events
    -- of another office exist to be probed.
    EXEC test_fixture.policy_off;

    INSERT core.lead_assignment (lead_id, office_id, user_id, assigned_by, assigned_at)
    SELECT
        l.lead_id,
        l.office_id,
        test_fixture.id(N'test.romandie.rep') AS user_id,
        test_fixture.id(N'test.romandie.manager') AS assigned_by,
        SYSUTCDATETIME() AS assigned_at
    FROM core.lead AS l
    WHERE l.lead_id = test_fixture.id(N'romandie_lead');

    INSERT core.lead_event (lead_id, office_id, user_id, event_type, note)
    SELECT
        l.lead_id,
        l.office_id,
        test_fixture.id(N'test.romandie.rep') AS user_id,
        'call' AS event_type,
        N'Rappeler lundi' AS note
    FROM core.lead AS l
    WHERE l.lead_id = test_fixture.id(N'romandie_lead');

    EXEC test_fixture.policy_on;
END;
GO

-- Run a batch as the BI user. The user name is written without N (sqlfluff).
CREATE OR ALTER PROCEDURE test_bi.exec_as_bi
    @sql NVARCHAR(MAX)
AS
BEGIN
    EXEC (@sql) AS USER = 'leadbase_test_bi';
END;
GO

CREATE OR ALTER PROCEDURE test_bi.[test a bi user reads the leads of its offices only]
AS
BEGIN
    -- Arrange
    CREATE TABLE #expected (lead_id BIGINT, assigned_to NVARCHAR(200));
    INSERT #expected VALUES
    (test_fixture.id(N'luzern_lead'), N'Lena Luzern'),
    (test_fixture.id(N'luzern_new_lead'), NULL),
    (test_fixture.id(N'luzern_won_lead'), NULL);
    CREATE TABLE #actual (lead_id BIGINT, assigned_to NVARCHAR(200));

    -- Act
    INSERT #actual
    EXEC test_bi.exec_as_bi @sql = N'SELECT l.lead_id, l.assigned_to FROM bi.lead AS l
        WHERE l.source_batch LIKE ''test:%'';';

    -- Assert
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_bi.[test a failing predicate of a bi user never reaches another office's rows]
AS
BEGIN
    -- Arrange: each predicate divides by zero on exactly the Romandie row it aims at
    EXEC tSQLt.ExpectNoException;

    -- Act
    EXEC test_bi.exec_as_bi @sql = N'
        SELECT COUNT(*) AS n FROM bi.lead AS l
        WHERE 1 / (CASE WHEN l.company_name = N''Boulangerie Léman SA'' THEN 0 ELSE 1 END) = 1;
        SELECT COUNT(*) AS n FROM bi.lead AS l
        WHERE 1 / (CASE WHEN l.assigned_to = N''Rémi Romandie'' THEN 0 ELSE 1 END) = 1;
        SELECT COUNT(*) AS n FROM bi.lead_assignment AS a
        WHERE 1 / (CASE WHEN a.user_name = N''Rémi Romandie'' THEN 0 ELSE 1 END) = 1;
        SELECT COUNT(*) AS n FROM bi.lead_event AS e
        WHERE 1 / (CASE WHEN e.user_name = N''Rémi Romandie'' THEN 0 ELSE 1 END) = 1;';
END;
GO

CREATE OR ALTER PROCEDURE test_bi.[test a failing predicate does reach the bi user's own rows]
AS
BEGIN
    -- Arrange: the control of the test above, aimed at a Luzern row
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 8134;

    -- Act
    EXEC test_bi.exec_as_bi @sql = N'
        SELECT COUNT(*) AS n FROM bi.lead AS l
        WHERE 1 / (CASE WHEN l.assigned_to = N''Lena Luzern'' THEN 0 ELSE 1 END) = 1;';
END;
GO

CREATE OR ALTER PROCEDURE test_bi.[test bi users and the app principal may not see plans or database state]
AS
BEGIN
    -- Arrange
    CREATE TABLE #expected (showplan INT, view_database_state INT);
    INSERT #expected VALUES (0, 0);
    CREATE TABLE #bi (showplan INT, view_database_state INT);
    CREATE TABLE #api (showplan INT, view_database_state INT);
    DECLARE @probe NVARCHAR(MAX) = N'SELECT HAS_PERMS_BY_NAME(NULL, N''DATABASE'', N''SHOWPLAN''),
        HAS_PERMS_BY_NAME(NULL, N''DATABASE'', N''VIEW DATABASE STATE'');';

    -- Act
    INSERT #bi EXEC test_bi.exec_as_bi @sql = @probe;
    INSERT #api EXEC test_fixture.exec_as_api @sql = @probe;

    -- Assert
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#bi';
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#api';
END;
GO

CREATE OR ALTER PROCEDURE test_bi.[test a break-glass window acting as nobody reads every office through bi]
AS
BEGIN
    -- Arrange: leadbase_test_dba (db/tests/test_dba.sql) is in leadbase_breakglass
    CREATE TABLE #opened (break_glass_id INT, expires_at DATETIME2(3));
    CREATE TABLE #before (lead_count INT);
    CREATE TABLE #after (lead_count INT);
    CREATE TABLE #expected (before_count INT, after_count INT);
    INSERT #expected VALUES (0, 4);
    DECLARE @count NVARCHAR(MAX) = N'SELECT COUNT(*) FROM bi.lead AS l WHERE l.source_batch LIKE ''test:%'';';

    -- Act
    INSERT #before EXEC (@count) AS USER = 'leadbase_test_dba';
    INSERT #opened
    EXEC (N'EXEC security.open_break_glass @reason = N''INC-4714: lead missing in every office'';')
    AS USER = 'leadbase_test_dba';
    INSERT #after EXEC (@count) AS USER = 'leadbase_test_dba';
    EXEC sys.sp_set_session_context @key = N'break_glass_id', @value = NULL, @read_only = 0;

    -- Assert
    SELECT
        b.lead_count AS before_count,
        a.lead_count AS after_count
    INTO #actual
    FROM #before AS b
    CROSS JOIN #after AS a;
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_bi.[test every office view of the manager's office holds the bi user's offices only]
AS
BEGIN
    -- Arrange: the Romandie lead has a representative (SetUp); each view's offices are collected.
    CREATE TABLE #actual (view_name SYSNAME, office_id SMALLINT);

    -- Act
    INSERT #actual
    EXEC test_bi.exec_as_bi @sql = N'
        SELECT DISTINCT N''bi.kpi'' AS view_name, k.office_id FROM bi.kpi AS k
        UNION SELECT DISTINCT N''bi.representative'', r.office_id FROM bi.representative AS r
        UNION SELECT DISTINCT N''bi.lead_history'', h.office_id FROM bi.lead_history AS h
        UNION SELECT DISTINCT N''bi.lead_outcome'', o.office_id FROM bi.lead_outcome AS o;';

    -- Assert: Luzern (office 1) only; the fixture's Luzern leads make kpi, history and
    -- representative rows (no outcome event exists in the fixture).
    SELECT TOP (0) a.* INTO #expected FROM #actual AS a;
    INSERT #expected
    SELECT
        v.view_name,
        o.office_id
    FROM (VALUES (N'bi.kpi'), (N'bi.representative'), (N'bi.lead_history')) AS v(view_name)
    CROSS JOIN core.office AS o
    WHERE o.office_code = 'luzern';
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_bi.[test bi.kpi holds the figures of app.get_kpis for a manager of the office]
AS
BEGIN
    -- Arrange
    CREATE TABLE #procedure (
        kpi_code VARCHAR(20), office_code VARCHAR(20), user_id INT, display_name NVARCHAR(200), bucket VARCHAR(20),
        sort_order INT, value DECIMAL(19, 2), base DECIMAL(19, 2), rate DECIMAL(19, 4)
    );
    CREATE TABLE #actual (
        kpi_code VARCHAR(20), user_id INT, bucket VARCHAR(20), value DECIMAL(19, 2), base DECIMAL(19, 2),
        rate DECIMAL(19, 4)
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    INSERT #procedure EXEC test_fixture.exec_as_api @sql = N'EXEC app.get_kpis;';
    EXEC test_fixture.sign_out;

    -- Act
    INSERT #actual
    EXEC test_bi.exec_as_bi @sql = N'SELECT k.kpi_code, k.user_id, k.bucket, k.value, k.base, k.rate FROM bi.kpi AS k;';

    -- Assert
    SELECT
        p.kpi_code,
        p.user_id,
        p.bucket,
        p.value,
        p.base,
        p.rate
    INTO #expected
    FROM #procedure AS p;
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO
