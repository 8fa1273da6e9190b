/*
test_leads: tSQLt tests of app.list_leads, app.get_lead, app.get_lead_history,
app.add_lead, app.log_event and app.assign_lead, including office isolation under
two session contexts (a Luzern and a Romandie user) and fail-closed behaviour
without session context.

Needs test_fixture.sql first (fixture users and leads, the application principal).
Run: EXEC tSQLt.Run 'test_leads';
Disabled for this file: CP02, because tSQLt's API names its parameters in
PascalCase (@ExpectedErrorNumber); RF05, because tSQLt test names are sentences
in brackets.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_leads';
GO

CREATE OR ALTER PROCEDURE test_leads.setup
AS
BEGIN
    EXEC test_fixture.arrange;
END;
GO

--------------------------------------------------------------------------------
-- app.list_leads
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_leads.[test list_leads raises 50400 listing every problem]
AS
BEGIN
    -- Arrange
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter sort is not supported. '
        + N'Supported values are score, oldest, newest.; '
        + N'The value for the parameter page_size is not supported. It must be between 1 and 200.';
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_leads @sort = ''random'', @page_size = 0;';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test list_leads shows a Luzern user the Luzern leads only]
AS
BEGIN
    -- Arrange
    CREATE TABLE #list (
        lead_id BIGINT, company_name NVARCHAR(200), legal_form VARCHAR(20), plz SMALLINT, ort NVARCHAR(100),
        canton CHAR(2), branche VARCHAR(10), size_category VARCHAR(10), status VARCHAR(20), score SMALLINT,
        office_code VARCHAR(20), assigned_user_id INT, assigned_to NVARCHAR(200), created_at DATETIME2(3),
        age_days INT, total_count BIGINT, total_is_exact BIT
    );
    CREATE TABLE #expected (lead_id BIGINT);
    INSERT #expected VALUES
    (test_fixture.id(N'luzern_lead')), (test_fixture.id(N'luzern_new_lead')), (test_fixture.id(N'luzern_won_lead'));
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';

    -- Act: newest first, so the fixture leads are on the first page
    INSERT #list EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_leads @sort = ''newest'', @page_size = 200;';

    -- Assert
    SELECT l.lead_id
    INTO #actual
    FROM #list AS l
    WHERE l.lead_id IN (
        SELECT f.id
        FROM test_fixture.fixture_id AS f
    );
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test list_leads shows a Romandie user the Romandie leads only]
AS
BEGIN
    -- Arrange
    CREATE TABLE #list (
        lead_id BIGINT, company_name NVARCHAR(200), legal_form VARCHAR(20), plz SMALLINT, ort NVARCHAR(100),
        canton CHAR(2), branche VARCHAR(10), size_category VARCHAR(10), status VARCHAR(20), score SMALLINT,
        office_code VARCHAR(20), assigned_user_id INT, assigned_to NVARCHAR(200), created_at DATETIME2(3),
        age_days INT, total_count BIGINT, total_is_exact BIT
    );
    CREATE TABLE #expected (lead_id BIGINT);
    INSERT #expected VALUES (test_fixture.id(N'romandie_lead'));
    EXEC test_fixture.sign_in @login_name = N'test.romandie.rep';

    -- Act
    INSERT #list EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_leads @sort = ''newest'', @page_size = 200;';

    -- Assert
    SELECT l.lead_id
    INTO #actual
    FROM #list AS l
    WHERE l.lead_id IN (
        SELECT f.id
        FROM test_fixture.fixture_id AS f
    );
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test list_leads returns no rows without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    CREATE TABLE #list (
        lead_id BIGINT, company_name NVARCHAR(200), legal_form VARCHAR(20), plz SMALLINT, ort NVARCHAR(100),
        canton CHAR(2), branche VARCHAR(10), size_category VARCHAR(10), status VARCHAR(20), score SMALLINT,
        office_code VARCHAR(20), assigned_user_id INT, assigned_to NVARCHAR(200), created_at DATETIME2(3),
        age_days INT, total_count BIGINT, total_is_exact BIT
    );

    -- Act
    INSERT #list EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_leads;';

    -- Assert
    EXEC tSQLt.AssertEmptyTable @TableName = N'#list';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test list_leads searches company names without regard to case or accents]
AS
BEGIN
    -- Arrange
    CREATE TABLE #list (
        lead_id BIGINT, company_name NVARCHAR(200), legal_form VARCHAR(20), plz SMALLINT, ort NVARCHAR(100),
        canton CHAR(2), branche VARCHAR(10), size_category VARCHAR(10), status VARCHAR(20), score SMALLINT,
        office_code VARCHAR(20), assigned_user_id INT, assigned_to NVARCHAR(200), created_at DATETIME2(3),
        age_days INT, total_count BIGINT, total_is_exact BIT
    );
    CREATE TABLE #expected (lead_id BIGINT, assigned_to NVARCHAR(200));
    INSERT #expected VALUES (test_fixture.id(N'luzern_lead'), N'Lena Luzern');
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';

    -- Act: the company is "Müller Holzbau AG"
    INSERT #list
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_leads @search = N''MULLER HOLZ'', @sort = ''newest'';';

    -- Assert
    SELECT
        l.lead_id,
        l.assigned_to
    INTO #actual
    FROM #list AS l
    WHERE l.lead_id = test_fixture.id(N'luzern_lead');
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test list_leads counts up to 10000 and then says more]
AS
BEGIN
    -- Arrange: the fixture's 3 Luzern leads and 9,998 more: 10,001, one past the cap
    CREATE TABLE #list (
        lead_id BIGINT, company_name NVARCHAR(200), legal_form VARCHAR(20), plz SMALLINT, ort NVARCHAR(100),
        canton CHAR(2), branche VARCHAR(10), size_category VARCHAR(10), status VARCHAR(20), score SMALLINT,
        office_code VARCHAR(20), assigned_user_id INT, assigned_to NVARCHAR(200), created_at DATETIME2(3),
        age_days INT, total_count BIGINT, total_is_exact BIT
    );
    CREATE TABLE #actual (total_count BIGINT, total_is_exact BIT);
    CREATE TABLE #expected (total_count BIGINT, total_is_exact BIT);
    INSERT #expected VALUES (10000, 0);
    EXEC test_fixture.policy_off;
    INSERT core.lead (company_name, plz, ort, office_id)
    SELECT
        CONCAT(N'Bulk ', n.n, N' GmbH') AS company_name,
        6004 AS plz,
        N'Bulkdorf' AS ort,
        o.office_id
    FROM (
        SELECT TOP (9998) ROW_NUMBER() OVER (ORDER BY (SELECT NULL)) AS n
        FROM sys.all_columns AS a
        CROSS JOIN sys.all_columns AS b
    ) AS n
    CROSS JOIN core.office AS o
    WHERE o.office_code = 'luzern';
    EXEC test_fixture.policy_on;
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';

    -- Act
    INSERT #list EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_leads @page_size = 1;';

    -- Assert
    INSERT #actual
    SELECT
        l.total_count,
        l.total_is_exact
    FROM #list AS l;
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test list_leads counts a narrow PLZ range and a wide one alike]
AS
BEGIN
    -- Arrange: 1,990 Luzern leads at 6020 (read through office_id, plz), 30 at 6021
    -- (6020-6021 holds 2,020: left to the sort order's index), and 3,000 Romandie
    -- leads at 6020 that count for nothing.
    CREATE TABLE #list (
        lead_id BIGINT, company_name NVARCHAR(200), legal_form VARCHAR(20), plz SMALLINT, ort NVARCHAR(100),
        canton CHAR(2), branche VARCHAR(10), size_category VARCHAR(10), status VARCHAR(20), score SMALLINT,
        office_code VARCHAR(20), assigned_user_id INT, assigned_to NVARCHAR(200), created_at DATETIME2(3),
        age_days INT, total_count BIGINT, total_is_exact BIT
    );
    CREATE TABLE #actual (plz_to SMALLINT, total_count BIGINT);
    CREATE TABLE #expected (plz_to SMALLINT, total_count BIGINT);
    INSERT #expected VALUES (6020, 1990), (6021, 2020);
    EXEC test_fixture.policy_off;
    INSERT core.lead (company_name, plz, ort, office_id)
    SELECT
        CONCAT(N'Bulk ', n.n, N' GmbH') AS company_name,
        CASE WHEN n.n <= 1990 OR o.office_code = 'romandie' THEN 6020 ELSE 6021 END AS plz,
        N'Bulkdorf' AS ort,
        o.office_id
    FROM (
        SELECT TOP (3000) ROW_NUMBER() OVER (ORDER BY (SELECT NULL)) AS n
        FROM sys.all_columns AS a
        CROSS JOIN sys.all_columns AS b
    ) AS n
    CROSS JOIN core.office AS o
    WHERE
        (o.office_code = 'luzern' AND n.n <= 2020)
        OR o.office_code = 'romandie';
    EXEC test_fixture.policy_on;
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';

    -- Act
    INSERT #list EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.list_leads @plz_from = 6020, @plz_to = 6020, @page_size = 1;';
    INSERT #actual
    SELECT
        6020 AS plz_to,
        l.total_count
    FROM #list AS l;
    DELETE #list;
    INSERT #list EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.list_leads @plz_from = 6020, @plz_to = 6021, @page_size = 1;';
    INSERT #actual
    SELECT
        6021 AS plz_to,
        l.total_count
    FROM #list AS l;

    -- Assert
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test list_leads keyset page starts after the given lead]
AS
BEGIN
    -- Arrange: the Luzern leads newest first, one per page
    CREATE TABLE #list (
        lead_id BIGINT, company_name NVARCHAR(200), legal_form VARCHAR(20), plz SMALLINT, ort NVARCHAR(100),
        canton CHAR(2), branche VARCHAR(10), size_category VARCHAR(10), status VARCHAR(20), score SMALLINT,
        office_code VARCHAR(20), assigned_user_id INT, assigned_to NVARCHAR(200), created_at DATETIME2(3),
        age_days INT, total_count BIGINT, total_is_exact BIT
    );
    CREATE TABLE #expected (lead_id BIGINT);
    CREATE TABLE #actual (lead_id BIGINT);
    DECLARE @sql NVARCHAR(MAX);
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    INSERT #list EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_leads @sort = ''newest'', @page_size = 200;';
    INSERT #expected
    SELECT l.lead_id
    FROM #list AS l
    ORDER BY
        l.created_at DESC,
        l.lead_id DESC
        OFFSET 1 ROWS FETCH NEXT 1 ROWS ONLY;
    SET @sql = CONCAT(
        N'EXEC app.list_leads @sort = ''newest'', @page_size = 1, @after_lead_id = ',
        (
            SELECT TOP (1) l.lead_id
            FROM #list AS l
            ORDER BY l.created_at DESC, l.lead_id DESC
        ),
        N';'
    );
    DELETE #list;

    -- Act
    INSERT #list EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert
    INSERT #actual
    SELECT l.lead_id
    FROM #list AS l;
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test list_leads turns away another office's lead as after_lead_id]
AS
BEGIN
    -- Arrange: the same error as for a lead that does not exist
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.list_leads @after_lead_id = ', test_fixture.id(N'romandie_lead'), N';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50400,
        @ExpectedMessage = N'The value for the parameter after_lead_id is not supported. '
        + N'It must be a lead of your offices.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test search grams follow a lead's new name and office]
AS
BEGIN
    -- Arrange
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_lead');
    CREATE TABLE #expected (office_id SMALLINT, gram NCHAR(3));
    CREATE TABLE #actual (office_id SMALLINT, gram NCHAR(3));
    -- the key 'ab7 lau'
    INSERT #expected VALUES (2, N'ab7'), (2, N'b7 '), (2, N'7 l'), (2, N' la'), (2, N'lau');

    -- Act: renamed, then routed to Romandie (what app.route_leads does)
    EXEC test_fixture.policy_off;
    UPDATE core.lead
    SET company_name = N'Ab7', ort = N'LAU'
    WHERE lead_id = @lead_id;
    UPDATE core.lead
    SET office_id = 2
    WHERE lead_id = @lead_id;

    -- Assert: only the new name's grams, in the new office
    INSERT #actual
    SELECT
        g.office_id,
        g.gram
    FROM core.lead_search_gram AS g
    WHERE g.lead_id = @lead_id;
    EXEC test_fixture.policy_on;
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test search_grams ignores case and accents]
AS
BEGIN
    -- Arrange
    DECLARE @count INT;

    -- Act
    SELECT @count = COUNT(*)
    FROM core.search_grams(N'zürZUR') AS g
    WHERE g.gram = N'zur';

    -- Assert: 'zür', 'ürZ', 'rZU' and 'ZUR': 'zür' and 'ZUR' are one gram
    EXEC tSQLt.AssertEquals @Expected = 1, @Actual = @count;
END;
GO

--------------------------------------------------------------------------------
-- app.get_lead
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_leads.[test get_lead raises 50400 without a lead_id]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50400,
        @ExpectedMessage = N'The value for the parameter lead_id is not supported. It must not be empty.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.get_lead @lead_id = NULL;';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test get_lead returns a lead of the caller's office with its assignee]
AS
BEGIN
    -- Arrange
    CREATE TABLE #lead (
        lead_id BIGINT, company_name NVARCHAR(200), legal_form VARCHAR(20), uid VARCHAR(15), street NVARCHAR(200),
        plz SMALLINT, ort NVARCHAR(100), canton CHAR(2), phone VARCHAR(30), email VARCHAR(254),
        website VARCHAR(254), branche VARCHAR(10), size_category VARCHAR(10), source_batch VARCHAR(40),
        status VARCHAR(20), score SMALLINT, office_code VARCHAR(20), assigned_user_id INT,
        assigned_to NVARCHAR(200), created_at DATETIME2(3), age_days INT, no_advertising BIT
    );
    CREATE TABLE #expected (
        lead_id BIGINT, office_code VARCHAR(20), assigned_user_id INT, assigned_to NVARCHAR(200), no_advertising BIT
    );
    INSERT #expected VALUES (
        test_fixture.id(N'luzern_lead'), 'luzern', test_fixture.id(N'test.luzern.rep'), N'Lena Luzern', 0
    );
    DECLARE @sql NVARCHAR(MAX) = CONCAT(N'EXEC app.get_lead @lead_id = ', test_fixture.id(N'luzern_lead'), N';');
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';

    -- Act
    INSERT #lead EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert
    SELECT
        l.lead_id,
        l.office_code,
        l.assigned_user_id,
        l.assigned_to,
        l.no_advertising
    INTO #actual
    FROM #lead AS l;
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test get_lead hides a lead of another office as if it did not exist]
AS
BEGIN
    -- Arrange
    CREATE TABLE #lead (
        lead_id BIGINT, company_name NVARCHAR(200), legal_form VARCHAR(20), uid VARCHAR(15), street NVARCHAR(200),
        plz SMALLINT, ort NVARCHAR(100), canton CHAR(2), phone VARCHAR(30), email VARCHAR(254),
        website VARCHAR(254), branche VARCHAR(10), size_category VARCHAR(10), source_batch VARCHAR(40),
        status VARCHAR(20), score SMALLINT, office_code VARCHAR(20), assigned_user_id INT,
        assigned_to NVARCHAR(200), created_at DATETIME2(3), age_days INT, no_advertising BIT
    );
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.get_lead @lead_id = ', test_fixture.id(N'luzern_lead'), N';',
        N'EXEC app.get_lead @lead_id = -1;'
    );
    EXEC test_fixture.sign_in @login_name = N'test.romandie.rep';

    -- Act: another office's lead, then a lead that does not exist
    INSERT #lead EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert
    EXEC tSQLt.AssertEmptyTable @TableName = N'#lead';
END;
GO

--------------------------------------------------------------------------------
-- app.get_lead_history
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_leads.[test get_lead_history raises 50400 without a lead_id]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50400,
        @ExpectedMessage = N'The value for the parameter lead_id is not supported. It must not be empty.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.get_lead_history @lead_id = NULL;';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test get_lead_history lists the assignment and the call with their details]
AS
BEGIN
    -- Arrange
    CREATE TABLE #history (
        happened_at DATETIME2(3), entry_kind VARCHAR(20), actor NVARCHAR(200), detail NVARCHAR(1000),
        note NVARCHAR(2000), next_step NVARCHAR(500), next_step_at DATE
    );
    CREATE TABLE #expected (entry_kind VARCHAR(20), actor NVARCHAR(200), detail NVARCHAR(1000));
    INSERT #expected VALUES
    ('assigned', N'Marta Luzern', N'Lena Luzern'),
    ('call', N'Lena Luzern', N'status: assigned -> contacted');
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_new_lead');
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.assign_lead @lead_id = ', @lead_id, N', @user_id = ', test_fixture.id(N'test.luzern.rep'), N';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC test_fixture.exec_as_api @sql = @sql;
    SET @sql = CONCAT(N'EXEC app.log_event @lead_id = ', @lead_id, N', @event_type = ''call'';');
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC test_fixture.exec_as_api @sql = @sql;

    -- Act
    SET @sql = CONCAT(N'EXEC app.get_lead_history @lead_id = ', @lead_id, N';');
    INSERT #history EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert
    SELECT
        h.entry_kind,
        h.actor,
        h.detail
    INTO #actual
    FROM #history AS h
    WHERE h.entry_kind IN ('assigned', 'call');
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test get_lead_history hides the history of another office's lead]
AS
BEGIN
    -- Arrange
    CREATE TABLE #history (
        happened_at DATETIME2(3), entry_kind VARCHAR(20), actor NVARCHAR(200), detail NVARCHAR(1000),
        note NVARCHAR(2000), next_step NVARCHAR(500), next_step_at DATE
    );
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.get_lead_history @lead_id = ', test_fixture.id(N'luzern_lead'), N';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.romandie.manager';

    -- Act
    INSERT #history EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert
    EXEC tSQLt.AssertEmptyTable @TableName = N'#history';
END;
GO

--------------------------------------------------------------------------------
-- app.add_lead
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_leads.[test add_lead raises 50400 listing every problem]
AS
BEGIN
    -- Arrange
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter company_name is not supported. '
        + N'It must have 1 to 200 characters.; '
        + N'The value for the parameter plz is not supported. It must be a Swiss PLZ between 1000 and 9999.; '
        + N'The value for the parameter size_category is not supported. '
        + N'Supported values are micro, small, medium, large.';
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.add_lead @company_name = N''  '', @plz = 99, @ort = N''Luzern'', @size_category = ''huge'';';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test add_lead raises 50401 without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50401, @ExpectedMessage = N'No active user is signed in.';

    -- Act
    EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.add_lead @company_name = N''Seetal AG'', @plz = 6280, @ort = N''Hochdorf'';';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test add_lead raises 50403 for a PLZ of another office]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50403,
        @ExpectedMessage = N'The PLZ 1003 belongs to an office you are not a member of.';

    -- Act
    EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.add_lead @company_name = N''Léman SA'', @plz = 1003, @ort = N''Lausanne'';';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test add_lead routes and scores a new lead]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (lead_id BIGINT, office_code VARCHAR(20), status VARCHAR(20), score SMALLINT);
    CREATE TABLE #expected (office_code VARCHAR(20), status VARCHAR(20), score SMALLINT);
    INSERT #expected VALUES ('luzern', 'new', 55);  -- medium 40 + phone 15; blank e-mail does not count
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';

    -- Act
    INSERT #actual
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.add_lead @company_name = N''Seetal Metall AG'', @plz = 6280,
        @ort = N''Hochdorf'', @phone = N''041 910 00 00'', @email = N''  '', @size_category = ''medium'';';

    -- Assert
    SELECT
        a.office_code,
        a.status,
        a.score
    INTO #result
    FROM #actual AS a;
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
END;
GO

--------------------------------------------------------------------------------
-- app.log_event
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_leads.[test log_event raises 50400 for an unknown event_type]
AS
BEGIN
    -- Arrange
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.log_event @lead_id = ', test_fixture.id(N'luzern_lead'), N', @event_type = ''fax'';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter event_type is not supported. '
        + N'Supported values are call, email, meeting, note.';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test log_event raises 50401 without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.log_event @lead_id = ', test_fixture.id(N'luzern_lead'), N', @event_type = ''call'';'
    );
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50401, @ExpectedMessage = N'No active user is signed in.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test log_event raises 50404 for a lead that does not exist]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.romandie.rep';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50404, @ExpectedMessage = N'The lead -1 was not found.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.log_event @lead_id = -1, @event_type = ''call'';';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test log_event raises 50404 for a lead of another office as for a missing one]
AS
BEGIN
    -- Arrange
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_lead');
    DECLARE @expected_message NVARCHAR(2048) = CONCAT(N'The lead ', @lead_id, N' was not found.');
    DECLARE @sql NVARCHAR(MAX) = CONCAT(N'EXEC app.log_event @lead_id = ', @lead_id, N', @event_type = ''call'';');
    EXEC test_fixture.sign_in @login_name = N'test.romandie.rep';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50404, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test log_event keeps the business date it occurred]
AS
BEGIN
    -- Arrange: the lead was delivered ten days ago; the call happened yesterday.
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_lead');
    DECLARE @occurred_at DATETIME2(3) = DATEADD(DAY, -1, SYSUTCDATETIME());
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.log_event @lead_id = ', @lead_id, N', @event_type = ''note'', @occurred_at = ''',
        CAST(@occurred_at AS NVARCHAR(30)), N''';'
    );
    CREATE TABLE #logged (
        event_id BIGINT, lead_id BIGINT, event_at DATETIME2(3), status VARCHAR(20), was_duplicate BIT
    );
    EXEC test_fixture.policy_off;
    UPDATE core.lead SET delivered_at = DATEADD(DAY, -10, SYSUTCDATETIME())
    WHERE lead_id = @lead_id;
    EXEC test_fixture.policy_on;
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';

    -- Act
    INSERT #logged EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert
    EXEC tSQLt.AssertEquals @occurred_at, (SELECT lg.event_at FROM #logged AS lg);
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test log_event raises 50400 for an event before the lead's delivery]
AS
BEGIN
    -- Arrange: the fixture lead was delivered now.
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.log_event @lead_id = ', test_fixture.id(N'luzern_lead'),
        N', @event_type = ''note'', @occurred_at = ''2020-01-01'';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test log_event raises 50400 for an event in the future]
AS
BEGIN
    -- Arrange
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.log_event @lead_id = ', test_fixture.id(N'luzern_lead'),
        N', @event_type = ''note'', @occurred_at = ''2999-01-01'';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test log_event raises 50403 for a representative on a lead not assigned to them]
AS
BEGIN
    -- Arrange
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_lead');
    DECLARE @expected_message NVARCHAR(2048) = CONCAT(
        N'The lead ', @lead_id, N' is not assigned to you; representatives log only on their own leads.'
    );
    DECLARE @sql NVARCHAR(MAX) = CONCAT(N'EXEC app.log_event @lead_id = ', @lead_id, N', @event_type = ''note'';');
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep2';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50403, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test log_event raises 50403 for a representative reopening a won lead]
AS
BEGIN
    -- Arrange: the won lead is assigned to the representative
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_won_lead');
    DECLARE @expected_message NVARCHAR(2048) = CONCAT(N'The lead ', @lead_id, N' is won; only managers may reopen it.');
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.log_event @lead_id = ', @lead_id, N', @event_type = ''call'', @new_status = ''contacted'';'
    );
    EXEC test_fixture.policy_off;
    INSERT core.lead_assignment (lead_id, office_id, user_id, assigned_by, assigned_at)
    SELECT
        l.lead_id,
        l.office_id,
        test_fixture.id(N'test.luzern.rep') AS user_id,
        test_fixture.id(N'test.luzern.manager') AS assigned_by,
        SYSUTCDATETIME() AS assigned_at
    FROM core.lead AS l
    WHERE l.lead_id = @lead_id;
    EXEC test_fixture.policy_on;
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50403, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test log_event moves an assigned lead to contacted on a call]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        event_id BIGINT, lead_id BIGINT, event_at DATETIME2(3), status VARCHAR(20), was_duplicate BIT
    );
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_lead');
    DECLARE @status VARCHAR(20);
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.log_event @lead_id = ', @lead_id, N', @event_type = ''call'', @note = N''Interested'';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert: the result and the lead agree
    SELECT @status = a.status
    FROM #actual AS a;
    EXEC tSQLt.AssertEqualsString @Expected = 'contacted', @Actual = @status;

    EXEC test_fixture.policy_off;
    SELECT @status = l.status
    FROM core.lead AS l
    WHERE l.lead_id = @lead_id;
    EXEC tSQLt.AssertEqualsString @Expected = 'contacted', @Actual = @status;
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test log_event returns the first event again for a repeated client_token]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        event_id BIGINT, lead_id BIGINT, event_at DATETIME2(3), status VARCHAR(20), was_duplicate BIT
    );
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_lead');
    DECLARE @event_count INT;
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.log_event @lead_id = ', @lead_id,
        N', @event_type = ''email'', @client_token = ''6f1c2a4e-8d3b-4c1a-9a57-2f0e8b9d1c33'';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';

    -- Act: the same submit twice
    INSERT #actual EXEC test_fixture.exec_as_api @sql = @sql;
    INSERT #actual EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert: one event; the second call returned it, marked as a duplicate
    SELECT @event_count = COUNT(DISTINCT a.event_id)
    FROM #actual AS a;
    EXEC tSQLt.AssertEquals @Expected = 1, @Actual = @event_count;

    SELECT
        a.lead_id,
        a.status,
        a.was_duplicate
    INTO #result
    FROM #actual AS a;
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES (@lead_id, 'contacted', 0), (@lead_id, 'contacted', 1);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test log_event raises 50409 for a client_token used on another lead]
AS
BEGIN
    -- Arrange
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.log_event @lead_id = ', test_fixture.id(N'luzern_lead'),
        N', @event_type = ''note'', @client_token = ''0b7d1f52-3c8e-4f61-a2d4-95e3c7b8a610'';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC test_fixture.exec_as_api @sql = @sql;
    SET @sql = CONCAT(
        N'EXEC app.log_event @lead_id = ', test_fixture.id(N'luzern_new_lead'),
        N', @event_type = ''note'', @client_token = ''0b7d1f52-3c8e-4f61-a2d4-95e3c7b8a610'';'
    );
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50409,
        @ExpectedMessage = N'The value for the parameter client_token was already used for another event.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

--------------------------------------------------------------------------------
-- app.assign_lead
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_leads.[test assign_lead raises 50400 without a user_id]
AS
BEGIN
    -- Arrange
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.assign_lead @lead_id = ', test_fixture.id(N'luzern_new_lead'), N', @user_id = NULL;'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50400,
        @ExpectedMessage = N'The value for the parameter user_id is not supported. It must not be empty.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test assign_lead raises 50400 for a representative of another office]
AS
BEGIN
    -- Arrange
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter user_id is not supported. '
        + N'It must be an active representative of the lead''s office.';
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.assign_lead @lead_id = ', test_fixture.id(N'luzern_new_lead'),
        N', @user_id = ', test_fixture.id(N'test.romandie.rep'), N';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test assign_lead raises 50401 without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.assign_lead @lead_id = ', test_fixture.id(N'luzern_new_lead'),
        N', @user_id = ', test_fixture.id(N'test.luzern.rep'), N';'
    );
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50401, @ExpectedMessage = N'No active user is signed in.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test assign_lead raises 50403 for a representative]
AS
BEGIN
    -- Arrange
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.assign_lead @lead_id = ', test_fixture.id(N'luzern_new_lead'),
        N', @user_id = ', test_fixture.id(N'test.luzern.rep'), N';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50403, @ExpectedMessage = N'Only managers and admins may assign leads.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test assign_lead raises 50404 for a lead of another office as for a missing one]
AS
BEGIN
    -- Arrange
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_new_lead');
    DECLARE @expected_message NVARCHAR(2048) = CONCAT(N'The lead ', @lead_id, N' was not found.');
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.assign_lead @lead_id = ', @lead_id, N', @user_id = ', test_fixture.id(N'test.romandie.rep'), N';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.romandie.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50404, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test assign_lead raises 50409 for a lead that is won]
AS
BEGIN
    -- Arrange
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_won_lead');
    DECLARE @expected_message NVARCHAR(2048) = CONCAT(N'The lead ', @lead_id, N' is won and cannot be assigned.');
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.assign_lead @lead_id = ', @lead_id, N', @user_id = ', test_fixture.id(N'test.luzern.rep'), N';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50409, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_leads.[test assign_lead hands a lead over and ends the previous assignment]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        assignment_id BIGINT, lead_id BIGINT, user_id INT, assigned_at DATETIME2(3), previous_user_id INT
    );
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_lead');
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.assign_lead @lead_id = ', @lead_id, N', @user_id = ', test_fixture.id(N'test.luzern.rep2'),
        N', @note = N''Holiday cover'';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert: the result names both representatives; one current assignment remains
    SELECT
        a.lead_id,
        a.user_id,
        a.previous_user_id
    INTO #result
    FROM #actual AS a;
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES (
        @lead_id, CAST(test_fixture.id(N'test.luzern.rep2') AS INT), CAST(test_fixture.id(N'test.luzern.rep') AS INT)
    );
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';

    EXEC test_fixture.policy_off;
    SELECT
        la.user_id,
        IIF(la.assigned_until IS NULL, 1, 0) AS is_current
    INTO #assignment
    FROM core.lead_assignment AS la
    WHERE la.lead_id = @lead_id;
    SELECT TOP (0) a.* INTO #expected_assignment FROM #assignment AS a;
    INSERT #expected_assignment VALUES
    (CAST(test_fixture.id(N'test.luzern.rep') AS INT), 0),
    (CAST(test_fixture.id(N'test.luzern.rep2') AS INT), 1);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected_assignment', @Actual = N'#assignment';
END;
GO
