/*
test_feedback: tSQLt tests of app.give_lead_feedback and what it feeds (the next
best lead's windows, the lead's timeline, the partner-quality report), including
office isolation under two session contexts and fail-closed behaviour without
session context. tests/test_feedback.py drives the same rules on both engines.

Needs test_fixture.sql first (fixture users and leads, the application principal).
Run: EXEC tSQLt.Run 'test_feedback';
Disabled for this file: CP02, because tSQLt's API names its parameters in
PascalCase (@ExpectedErrorNumber); RF05, because tSQLt test names are sentences
in brackets.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_feedback';
GO

CREATE OR ALTER PROCEDURE test_feedback.setup
AS
BEGIN
    EXEC test_fixture.arrange;
END;
GO

-- Gives feedback as the signed-in user; the result for INSERT ... EXEC.
CREATE OR ALTER PROCEDURE test_feedback.give
    @lead_id BIGINT,
    @reason_code VARCHAR(20),
    @note NVARCHAR(1000) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.give_lead_feedback @lead_id = ', @lead_id, N', @reason_code = ''', @reason_code, N''''
    );
    IF @note IS NOT NULL
        BEGIN
            SET @sql = CONCAT(@sql, N', @note = N''', REPLACE(@note, N'''', N''''''), N'''');
        END;
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_feedback.[test give_lead_feedback raises 50400 naming every problem]
AS
BEGIN
    -- Arrange
    DECLARE @note NVARCHAR(1001) = REPLICATE(N'x', 1001);
    DECLARE @expected NVARCHAR(2048) = CONCAT(
        N'The value for the parameter reason_code is not supported. Supported values are interested, ',
        N'not_interested, wrong_segment, data_inaccurate, already_customer, not_reachable, closed_down.; ',
        N'The value for the parameter note is not supported. It must not be longer than 1000 characters.'
    );
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_lead');
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected;

    -- Act
    EXEC test_feedback.give @lead_id = @lead_id, @reason_code = 'meh', @note = @note;
END;
GO

CREATE OR ALTER PROCEDURE test_feedback.[test give_lead_feedback raises 50401 without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_lead');
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50401, @ExpectedMessage = N'No active user is signed in.';

    -- Act
    EXEC test_feedback.give @lead_id = @lead_id, @reason_code = 'interested';
END;
GO

CREATE OR ALTER PROCEDURE test_feedback.[test give_lead_feedback raises 50403 on a colleague's lead]
AS
BEGIN
    -- Arrange: luzern_lead is test.luzern.rep's
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_lead');
    DECLARE @expected NVARCHAR(2048) = CONCAT(
        N'The lead ', @lead_id, N' is not assigned to you; representatives rate only their own leads.'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep2';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50403, @ExpectedMessage = @expected;

    -- Act
    EXEC test_feedback.give @lead_id = @lead_id, @reason_code = 'interested';
END;
GO

CREATE OR ALTER PROCEDURE test_feedback.[test give_lead_feedback answers another office's lead like a missing one]
AS
BEGIN
    -- Arrange
    DECLARE @lead_id BIGINT = test_fixture.id(N'romandie_lead');
    DECLARE @expected NVARCHAR(2048) = CONCAT(N'The lead ', @lead_id, N' was not found.');
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50404, @ExpectedMessage = @expected;

    -- Act
    EXEC test_feedback.give @lead_id = @lead_id, @reason_code = 'wrong_segment';
END;
GO

CREATE OR ALTER PROCEDURE test_feedback.[test give_lead_feedback records the rating with its window]
AS
BEGIN
    -- Arrange
    CREATE TABLE #actual (
        feedback_id BIGINT, lead_id BIGINT, reason_code VARCHAR(20), given_at DATETIME2(3),
        window_status_code VARCHAR(20), window_months SMALLINT
    );
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_lead');
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';

    -- Act
    INSERT #actual EXEC test_feedback.give
        @lead_id = @lead_id,
        @reason_code = 'not_interested',
        @note = N'  Has a supplier  ';

    -- Assert: the lost window (12 months by default); the note trimmed
    SELECT
        a.lead_id,
        a.reason_code,
        a.window_status_code,
        a.window_months
    INTO #result
    FROM #actual AS a;
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES (@lead_id, 'not_interested', 'lost', 12);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';

    EXEC test_fixture.policy_off;
    EXEC tSQLt.AssertEquals
        @Expected = N'Has a supplier',
        @Actual = (
            SELECT f.note
            FROM core.lead_feedback AS f
            WHERE f.lead_id = @lead_id
        );
END;
GO

CREATE OR ALTER PROCEDURE test_feedback.[test the latest feedback keeps a lead out of the next best leads]
AS
BEGIN
    -- Arrange: a manager rates luzern_new_lead, Luzern's only candidate
    CREATE TABLE #ignored (
        feedback_id BIGINT, lead_id BIGINT, reason_code VARCHAR(20), given_at DATETIME2(3),
        window_status_code VARCHAR(20), window_months SMALLINT
    );
    CREATE TABLE #next (
        rank_no INT, lead_id BIGINT, success_factor DECIMAL(4, 2), aging_factor DECIMAL(4, 2),
        expected_value DECIMAL(9, 2), reasons NVARCHAR(500)
    );
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_new_lead');
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    INSERT #ignored EXEC test_feedback.give @lead_id = @lead_id, @reason_code = 'already_customer';

    -- Act
    INSERT #next EXEC test_next_best_lead.next_best_lead_ids @login_name = N'test.luzern.rep2';

    -- Assert
    EXEC tSQLt.AssertEmptyTable @TableName = N'#next';
END;
GO

CREATE OR ALTER PROCEDURE test_feedback.[test feedback without a window leaves the lead proposed]
AS
BEGIN
    -- Arrange
    CREATE TABLE #ignored (
        feedback_id BIGINT, lead_id BIGINT, reason_code VARCHAR(20), given_at DATETIME2(3),
        window_status_code VARCHAR(20), window_months SMALLINT
    );
    CREATE TABLE #next (
        rank_no INT, lead_id BIGINT, success_factor DECIMAL(4, 2), aging_factor DECIMAL(4, 2),
        expected_value DECIMAL(9, 2), reasons NVARCHAR(500)
    );
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_new_lead');
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    INSERT #ignored EXEC test_feedback.give @lead_id = @lead_id, @reason_code = 'not_interested';
    INSERT #ignored EXEC test_feedback.give @lead_id = @lead_id, @reason_code = 'interested';

    -- Act
    INSERT #next EXEC test_next_best_lead.next_best_lead_ids @login_name = N'test.luzern.rep2';

    -- Assert
    SELECT n.lead_id INTO #result FROM #next AS n;
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES (@lead_id);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
END;
GO
