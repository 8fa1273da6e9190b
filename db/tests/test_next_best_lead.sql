/*
test_next_best_lead: tSQLt tests of app.next_best_leads, app.claim_next_lead and the
reasons app.assign_lead records, including office isolation under two session
contexts (a Luzern and a Romandie representative) and fail-closed behaviour without
session context. That parallel claims never share a lead is proven with real
parallel connections by tests/test_next_best_lead.py (PostgreSQL; the same test
runs here when LEADS_MSSQL_URL is set).

Needs test_fixture.sql first (fixture users and leads, the application principal).
Run: EXEC tSQLt.Run 'test_next_best_lead';
Disabled for this file: CP02, because tSQLt's API names its parameters in
PascalCase (@ExpectedErrorNumber); RF05, because tSQLt test names are sentences
in brackets.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_next_best_lead';
GO

CREATE OR ALTER PROCEDURE test_next_best_lead.setup
AS
BEGIN
    EXEC test_fixture.arrange;
END;
GO

-- The result of app.next_best_leads, for INSERT ... EXEC.
CREATE OR ALTER PROCEDURE test_next_best_lead.next_best_lead_ids
    @login_name NVARCHAR(100)
AS
BEGIN
    SET NOCOUNT ON;
    CREATE TABLE #next (
        rank_no INT, lead_id BIGINT, company_name NVARCHAR(200), plz SMALLINT, ort NVARCHAR(100), canton CHAR(2),
        branche VARCHAR(10), size_category VARCHAR(10), status VARCHAR(20), score SMALLINT, age_days INT,
        success_factor DECIMAL(4, 2), aging_factor DECIMAL(4, 2), expected_value DECIMAL(9, 2), reasons NVARCHAR(500)
    );
    EXEC test_fixture.sign_in @login_name = @login_name;
    INSERT #next EXEC test_fixture.exec_as_api @sql = N'EXEC app.next_best_leads;';
    SELECT
        n.rank_no,
        n.lead_id,
        n.success_factor,
        n.aging_factor,
        n.expected_value,
        n.reasons
    FROM #next AS n;
END;
GO

--------------------------------------------------------------------------------
-- app.next_best_leads
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_next_best_lead.[test next_best_leads raises 50400 for max_rows out of range]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50400,
        @ExpectedMessage = N'The value for the parameter max_rows is not supported. It must be between 1 and 50.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.next_best_leads @max_rows = 51;';
END;
GO

CREATE OR ALTER PROCEDURE test_next_best_lead.[test next_best_leads raises 50401 without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50401, @ExpectedMessage = N'No active user is signed in.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.next_best_leads;';
END;
GO

CREATE OR ALTER PROCEDURE test_next_best_lead.[test next_best_leads raises 50403 for a manager]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50403, @ExpectedMessage = N'Only representatives have next best leads.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.next_best_leads;';
END;
GO

CREATE OR ALTER PROCEDURE test_next_best_lead.[test next_best_leads lists the office's unassigned open leads only]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        rank_no INT, lead_id BIGINT, success_factor DECIMAL(4, 2), aging_factor DECIMAL(4, 2),
        expected_value DECIMAL(9, 2), reasons NVARCHAR(500)
    );
    CREATE TABLE #expected (login_name NVARCHAR(100), rank_no INT, lead_id BIGINT, success_factor DECIMAL(4, 2));
    CREATE TABLE #result (login_name NVARCHAR(100), rank_no INT, lead_id BIGINT, success_factor DECIMAL(4, 2));
    -- luzern_lead is assigned, luzern_won_lead is final, romandie_lead is Romandie's.
    INSERT #expected VALUES
    (N'test.luzern.rep', 1, test_fixture.id(N'luzern_new_lead'), 1.00),
    (N'test.romandie.rep', 1, test_fixture.id(N'romandie_lead'), 1.00);

    -- Act
    INSERT #actual EXEC test_next_best_lead.next_best_lead_ids @login_name = N'test.luzern.rep';
    INSERT #result (login_name, rank_no, lead_id, success_factor)
    SELECT
        N'test.luzern.rep' AS login_name,
        a.rank_no,
        a.lead_id,
        a.success_factor
    FROM #actual AS a;
    DELETE #actual;
    INSERT #actual EXEC test_next_best_lead.next_best_lead_ids @login_name = N'test.romandie.rep';
    INSERT #result (login_name, rank_no, lead_id, success_factor)
    SELECT
        N'test.romandie.rep' AS login_name,
        a.rank_no,
        a.lead_id,
        a.success_factor
    FROM #actual AS a;

    -- Assert
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
END;
GO

CREATE OR ALTER PROCEDURE test_next_best_lead.[test next_best_leads is empty at capacity]
AS
BEGIN
    -- Arrange: test.luzern.rep carries luzern_lead
    CREATE TABLE #actual (
        rank_no INT, lead_id BIGINT, success_factor DECIMAL(4, 2), aging_factor DECIMAL(4, 2),
        expected_value DECIMAL(9, 2), reasons NVARCHAR(500)
    );
    UPDATE core.app_user
    SET lead_capacity = 1
    WHERE user_id = test_fixture.id(N'test.luzern.rep');

    -- Act
    INSERT #actual EXEC test_next_best_lead.next_best_lead_ids @login_name = N'test.luzern.rep';

    -- Assert
    EXEC tSQLt.AssertEmptyTable @TableName = N'#actual';
END;
GO

--------------------------------------------------------------------------------
-- app.claim_next_lead
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_next_best_lead.[test claim_next_lead raises 50401 without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50401, @ExpectedMessage = N'No active user is signed in.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.claim_next_lead;';
END;
GO

CREATE OR ALTER PROCEDURE test_next_best_lead.[test claim_next_lead raises 50403 for a manager]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50403, @ExpectedMessage = N'Only representatives claim leads.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.claim_next_lead;';
END;
GO

CREATE OR ALTER PROCEDURE test_next_best_lead.[test claim_next_lead raises 50409 beyond capacity]
AS
BEGIN
    -- Arrange: test.luzern.rep carries luzern_lead
    DECLARE
        @expected_message NVARCHAR(2048) = N'You have 1 open leads and your capacity is 1: '
        + N'close or hand back a lead before taking another.';
    UPDATE core.app_user
    SET lead_capacity = 1
    WHERE user_id = test_fixture.id(N'test.luzern.rep');
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50409,
        @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.claim_next_lead;';
END;
GO

CREATE OR ALTER PROCEDURE test_next_best_lead.[test claim_next_lead assigns the top lead to the caller as claimed]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        assignment_id BIGINT, lead_id BIGINT, company_name NVARCHAR(200), score SMALLINT,
        expected_value DECIMAL(9, 2), reasons NVARCHAR(500), open_lead_count INT, lead_capacity SMALLINT
    );
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_new_lead');
    DECLARE @rep_id INT = CAST(test_fixture.id(N'test.luzern.rep2') AS INT);
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep2';

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.claim_next_lead;';

    -- Assert: the lead, now the caller's current assignment, claimed, and assigned
    SELECT
        a.lead_id,
        a.open_lead_count
    INTO #result
    FROM #actual AS a;
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES (@lead_id, 1);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';

    EXEC test_fixture.policy_off;
    SELECT
        la.user_id,
        la.assigned_by,
        la.reason_code,
        l.status
    INTO #assignment
    FROM core.lead_assignment AS la
    INNER JOIN core.lead AS l ON la.lead_id = l.lead_id
    WHERE
        la.lead_id = @lead_id
        AND la.assigned_until IS NULL;
    SELECT TOP (0) a.* INTO #expected_assignment FROM #assignment AS a;
    INSERT #expected_assignment VALUES (@rep_id, @rep_id, 'claimed', 'assigned');
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected_assignment', @Actual = N'#assignment';
END;
GO

CREATE OR ALTER PROCEDURE test_next_best_lead.[test claim_next_lead takes only own office leads and then returns no row]
AS
BEGIN
    -- Arrange: Romandie has one free lead
    CREATE TABLE #actual (
        assignment_id BIGINT, lead_id BIGINT, company_name NVARCHAR(200), score SMALLINT,
        expected_value DECIMAL(9, 2), reasons NVARCHAR(500), open_lead_count INT, lead_capacity SMALLINT
    );
    CREATE TABLE #expected (lead_id BIGINT);
    INSERT #expected VALUES (test_fixture.id(N'romandie_lead'));
    EXEC test_fixture.sign_in @login_name = N'test.romandie.rep';

    -- Act: claim twice
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.claim_next_lead;';
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.claim_next_lead;';

    -- Assert: one lead, Romandie's; luzern_new_lead is still free
    SELECT a.lead_id INTO #result FROM #actual AS a;
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
    EXEC test_fixture.policy_off;
    EXEC tSQLt.AssertEquals
        @Expected = 0,
        @Actual = (
            SELECT COUNT(*) FROM core.lead_assignment AS la
            WHERE la.lead_id = test_fixture.id(N'luzern_new_lead')
        );
END;
GO

--------------------------------------------------------------------------------
-- app.assign_lead records why
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_next_best_lead.[test assign_lead records assigned then reassigned]
AS
BEGIN
    -- Arrange
    CREATE TABLE #ignored (
        assignment_id BIGINT, lead_id BIGINT, user_id INT, assigned_at DATETIME2(3), previous_user_id INT
    );
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_new_lead');
    DECLARE @first NVARCHAR(MAX) = CONCAT(
        N'EXEC app.assign_lead @lead_id = ', @lead_id, N', @user_id = ', test_fixture.id(N'test.luzern.rep'), N';'
    );
    DECLARE @second NVARCHAR(MAX) = CONCAT(
        N'EXEC app.assign_lead @lead_id = ', @lead_id, N', @user_id = ', test_fixture.id(N'test.luzern.rep2'),
        N', @note = N''Absent'';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';

    -- Act
    INSERT #ignored EXEC test_fixture.exec_as_api @sql = @first;
    INSERT #ignored EXEC test_fixture.exec_as_api @sql = @second;

    -- Assert
    EXEC test_fixture.policy_off;
    SELECT
        la.reason_code,
        la.note
    INTO #result
    FROM core.lead_assignment AS la
    WHERE la.lead_id = @lead_id;
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES ('assigned', NULL), ('reassigned', N'Absent');
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
END;
GO

--------------------------------------------------------------------------------
-- Who is never proposed, business age, outcome counts
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_next_best_lead.[test next_best_leads never proposes a no_advertising lead]
AS
BEGIN
    -- Arrange: luzern_new_lead, Luzern's only candidate, is a star entry
    CREATE TABLE #actual (
        rank_no INT, lead_id BIGINT, success_factor DECIMAL(4, 2), aging_factor DECIMAL(4, 2),
        expected_value DECIMAL(9, 2), reasons NVARCHAR(500)
    );
    EXEC test_fixture.policy_off;
    UPDATE core.lead
    SET no_advertising = 1
    WHERE lead_id = test_fixture.id(N'luzern_new_lead');
    EXEC test_fixture.policy_on;

    -- Act
    INSERT #actual EXEC test_next_best_lead.next_best_lead_ids @login_name = N'test.luzern.rep2';

    -- Assert
    EXEC tSQLt.AssertEmptyTable @TableName = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_next_best_lead.[test next_best_leads never proposes a suppressed lead]
AS
BEGIN
    -- Arrange: one of luzern_new_lead's keys is on the suppression list for good
    CREATE TABLE #actual (
        rank_no INT, lead_id BIGINT, success_factor DECIMAL(4, 2), aging_factor DECIMAL(4, 2),
        expected_value DECIMAL(9, 2), reasons NVARCHAR(500)
    );
    INSERT core.suppression (key_hash, key_kind, source, until_date)
    SELECT TOP (1)
        m.key_hash,
        m.key_kind,
        'list' AS source,
        NULL AS until_date
    FROM core.lead_match_key AS m
    WHERE m.lead_id = test_fixture.id(N'luzern_new_lead');

    -- Act
    INSERT #actual EXEC test_next_best_lead.next_best_lead_ids @login_name = N'test.luzern.rep2';

    -- Assert
    EXEC tSQLt.AssertEmptyTable @TableName = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_next_best_lead.[test next_best_leads leaves out a lead inside its window]
AS
BEGIN
    -- Arrange: luzern_new_lead was called yesterday (contacted: 6 months by default)
    CREATE TABLE #actual (
        rank_no INT, lead_id BIGINT, success_factor DECIMAL(4, 2), aging_factor DECIMAL(4, 2),
        expected_value DECIMAL(9, 2), reasons NVARCHAR(500)
    );
    EXEC test_fixture.policy_off;
    UPDATE core.lead
    SET status = 'contacted'
    WHERE lead_id = test_fixture.id(N'luzern_new_lead');
    INSERT core.lead_event (lead_id, office_id, user_id, event_at, event_type)
    SELECT
        l.lead_id,
        l.office_id,
        test_fixture.id(N'test.luzern.manager') AS user_id,
        DATEADD(DAY, -1, SYSUTCDATETIME()) AS event_at,
        'call' AS event_type
    FROM core.lead AS l
    WHERE l.lead_id = test_fixture.id(N'luzern_new_lead');
    EXEC test_fixture.policy_on;

    -- Act
    INSERT #actual EXEC test_next_best_lead.next_best_lead_ids @login_name = N'test.luzern.rep2';

    -- Assert
    EXEC tSQLt.AssertEmptyTable @TableName = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_next_best_lead.[test next_best_leads ages a lead from its delivery]
AS
BEGIN
    -- Arrange: luzern_new_lead was delivered 45 days ago, entered today
    CREATE TABLE #actual (
        rank_no INT, lead_id BIGINT, success_factor DECIMAL(4, 2), aging_factor DECIMAL(4, 2),
        expected_value DECIMAL(9, 2), reasons NVARCHAR(500)
    );
    EXEC test_fixture.policy_off;
    UPDATE core.lead
    SET delivered_at = DATEADD(DAY, -45, SYSUTCDATETIME())
    WHERE lead_id = test_fixture.id(N'luzern_new_lead');
    EXEC test_fixture.policy_on;

    -- Act
    INSERT #actual EXEC test_next_best_lead.next_best_lead_ids @login_name = N'test.luzern.rep2';

    -- Assert: score 25 x 1.25
    SELECT
        a.aging_factor,
        a.expected_value,
        a.reasons
    INTO #result
    FROM #actual AS a;
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES (1.25, 31.25, N'score 25; waiting 45 days (x1.25)');
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
END;
GO

CREATE OR ALTER PROCEDURE test_next_best_lead.[test next_best_leads reads the kept counts with own counts only]
AS
BEGIN
    -- Arrange: fresh counts for Luzern, canton LU: the office 10 of 40, rep2 5 of 5
    CREATE TABLE #actual (
        rank_no INT, lead_id BIGINT, success_factor DECIMAL(4, 2), aging_factor DECIMAL(4, 2),
        expected_value DECIMAL(9, 2), reasons NVARCHAR(500)
    );
    DECLARE @office_id SMALLINT = (
        SELECT o.office_id
        FROM core.office AS o
        WHERE o.office_code = 'luzern'
    );
    EXEC test_fixture.policy_off;
    INSERT core.success_rate (office_id, user_id, factor, factor_value, outcome_count, positive_count)
    VALUES
    (@office_id, 0, 'canton', 'LU', 40, 10),
    (@office_id, CAST(test_fixture.id(N'test.luzern.rep2') AS INT), 'canton', 'LU', 5, 5);
    INSERT core.success_rate_refresh (office_id, refreshed_at, outcome_count)
    VALUES (@office_id, SYSUTCDATETIME(), 40);
    EXEC test_fixture.policy_on;

    -- Act
    INSERT #actual EXEC test_next_best_lead.next_best_lead_ids @login_name = N'test.luzern.rep2';

    -- Assert: (5 + 5 x 11/42) / 10 / (11/42) = 2.41, kept at 2.00
    SELECT
        a.success_factor,
        a.reasons
    INTO #result
    FROM #actual AS a;
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES (2.00, N'score 25; canton LU: you 5 of 5 (x2.41)');
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
END;
GO

--------------------------------------------------------------------------------
-- app.refresh_success_rates
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_next_best_lead.[test refresh_success_rates raises 50403 for a representative]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50403, @ExpectedMessage = N'Only admins and managers may refresh success rates.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.refresh_success_rates;';
END;
GO

CREATE OR ALTER PROCEDURE test_next_best_lead.[test refresh_success_rates answers another office like an unknown one]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50400,
        @ExpectedMessage
        = N'The value for the parameter office_code is not supported. It must name one of your offices.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.refresh_success_rates @office_code = ''romandie'';';
END;
GO

CREATE OR ALTER PROCEDURE test_next_best_lead.[test refresh_success_rates counts the office's closed leads]
AS
BEGIN
    -- Arrange: luzern_won_lead is Luzern's only closed lead
    CREATE TABLE #actual (
        office_code VARCHAR(20), outcome_count INT, refreshed_at DATETIME2(3), rate_count INT
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.refresh_success_rates;';

    -- Assert: one lead, the office's rows for size and canton (no branche, nobody assigned it)
    SELECT
        a.office_code,
        a.outcome_count,
        a.rate_count
    INTO #result
    FROM #actual AS a;
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES ('luzern', 1, 2);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
END;
GO
