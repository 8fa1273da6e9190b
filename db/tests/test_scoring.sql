/*
test_scoring: tSQLt tests of the learned score: app.refit_scoring_model,
app.rescore_leads, app.explain_score and what they feed (core.lead_score, the next
best lead), including office isolation and fail-closed behaviour without session
context. tests/test_scoring.py drives the same rules on both engines.

Needs test_fixture.sql first (fixture users and leads, the application principal).
Run: EXEC tSQLt.Run 'test_scoring';
Disabled for this file: CP02, because tSQLt's API names its parameters in
PascalCase (@ExpectedErrorNumber); RF05, because tSQLt test names are sentences
in brackets.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_scoring';
GO

CREATE OR ALTER PROCEDURE test_scoring.setup
AS
BEGIN
    EXEC test_fixture.arrange;
END;
GO

-- Luzern has one won lead (luzern_won_lead); luzern_lead becomes lost, so a model can
-- be fitted; then test.admin refits Luzern (nothing held out) and rescores it.
CREATE OR ALTER PROCEDURE test_scoring.fit_luzern
AS
BEGIN
    SET NOCOUNT ON;
    CREATE TABLE #refit (
        office_code VARCHAR(20), model_id BIGINT, trained_from DATE, trained_to DATE,
        positive_count INT, negative_count INT, holdout_count INT, prior_log_odds DECIMAL(9, 4),
        scale DECIMAL(4, 2), quality_basis VARCHAR(10), auc DECIMAL(5, 4), log_loss DECIMAL(9, 4),
        fitted_at DATETIME2(3)
    );
    CREATE TABLE #rescore (
        office_code VARCHAR(20), model_id BIGINT, lead_count INT, average_score DECIMAL(5, 2),
        scored_at DATETIME2(3)
    );
    EXEC test_fixture.policy_off;
    UPDATE core.lead
    SET status = 'lost'
    WHERE lead_id = test_fixture.id(N'luzern_lead');
    EXEC test_fixture.policy_on;
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    INSERT #refit EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.refit_scoring_model @office_code = ''luzern'', @holdout_percent = 0';
    INSERT #rescore EXEC test_fixture.exec_as_api @sql = N'EXEC app.rescore_leads @office_code = ''luzern''';
END;
GO

CREATE OR ALTER PROCEDURE test_scoring.[test refit_scoring_model raises 50403 for a representative]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50403,
        @ExpectedMessage = N'Only admins may refit the scoring model.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.refit_scoring_model';
END;
GO

CREATE OR ALTER PROCEDURE test_scoring.[test refit_scoring_model raises 50400 naming every problem]
AS
BEGIN
    -- Arrange
    DECLARE @expected NVARCHAR(2048) = CONCAT(
        N'The value for the parameter holdout_percent is not supported. It must be between 0 and 50.; ',
        N'The value for the parameter trained_from is not supported. It must not be after trained_to.'
    );
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected;

    -- Act
    EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.refit_scoring_model @holdout_percent = 51, @trained_from = ''2026-02-01'',
            @trained_to = ''2026-01-01''';
END;
GO

CREATE OR ALTER PROCEDURE test_scoring.[test rescore_leads raises 50401 without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50401, @ExpectedMessage = N'No active user is signed in.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.rescore_leads';
END;
GO

CREATE OR ALTER PROCEDURE test_scoring.[test rescore_leads answers another office's code like an unknown one]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    DECLARE @expected NVARCHAR(2048) = CONCAT(
        N'The value for the parameter office_code is not supported. ',
        N'It must name one of your offices.'
    );
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected;

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.rescore_leads @office_code = ''romandie''';
END;
GO

CREATE OR ALTER PROCEDURE test_scoring.[test an office without a model keeps the initial score]
AS
BEGIN
    -- Arrange
    CREATE TABLE #rescore (
        office_code VARCHAR(20), model_id BIGINT, lead_count INT, average_score DECIMAL(5, 2),
        scored_at DATETIME2(3)
    );
    EXEC test_fixture.sign_in @login_name = N'test.romandie.manager';

    -- Act
    INSERT #rescore EXEC test_fixture.exec_as_api @sql = N'EXEC app.rescore_leads';

    -- Assert
    SELECT
        r.office_code,
        r.model_id,
        r.lead_count
    INTO #result
    FROM #rescore AS r;
    SELECT TOP (0) r.* INTO #expected FROM #result AS r;
    INSERT #expected VALUES ('romandie', NULL, 0);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#result';
END;
GO

CREATE OR ALTER PROCEDURE test_scoring.[test rescore gives every lead of the office a score that replays]
AS
BEGIN
    -- Arrange
    CREATE TABLE #explain (
        lead_id BIGINT, model_id BIGINT, fitted_at DATETIME2(3), score SMALLINT, prior_log_odds DECIMAL(9, 4),
        factor_code VARCHAR(20), factor_value VARCHAR(40), weight DECIMAL(9, 4), points INT, rank_no INT
    );
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_new_lead');
    DECLARE @sql NVARCHAR(200) = CONCAT(N'EXEC app.explain_score @lead_id = ', @lead_id);
    EXEC test_scoring.fit_luzern;

    -- Act
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    INSERT #explain EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert: nine factors; prior + weights give the score
    EXEC tSQLt.AssertEquals @Expected = 9, @Actual = (SELECT COUNT(*) FROM #explain);
    EXEC tSQLt.AssertEquals
        @Expected = (SELECT MIN(e.score) FROM #explain AS e),
        @Actual = (
            SELECT CAST(ROUND(100.0 / (1.0 + EXP(-CAST(MIN(e.prior_log_odds) + SUM(e.weight) AS FLOAT))), 0) AS INT)
            FROM #explain AS e
        );
    EXEC test_fixture.policy_off;
    EXEC tSQLt.AssertEquals
        @Expected = (
            SELECT COUNT(*)
            FROM core.lead AS l
            WHERE l.office_id = 1
        ),
        @Actual = (
            SELECT COUNT(*)
            FROM core.lead_score AS s
            WHERE s.office_id = 1 AND s.model_id IS NOT NULL
        );
END;
GO

CREATE OR ALTER PROCEDURE test_scoring.[test explain_score answers another office's lead like a missing one]
AS
BEGIN
    -- Arrange
    CREATE TABLE #explain (
        lead_id BIGINT, model_id BIGINT, fitted_at DATETIME2(3), score SMALLINT, prior_log_odds DECIMAL(9, 4),
        factor_code VARCHAR(20), factor_value VARCHAR(40), weight DECIMAL(9, 4), points INT, rank_no INT
    );
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_new_lead');
    DECLARE @foreign NVARCHAR(200) = CONCAT(N'EXEC app.explain_score @lead_id = ', @lead_id);
    EXEC test_scoring.fit_luzern;

    -- Act
    EXEC test_fixture.sign_in @login_name = N'test.romandie.rep';
    INSERT #explain EXEC test_fixture.exec_as_api @sql = @foreign;
    INSERT #explain EXEC test_fixture.exec_as_api @sql = N'EXEC app.explain_score @lead_id = 987654321';

    -- Assert
    EXEC tSQLt.AssertEmptyTable @TableName = N'#explain';
END;
GO

CREATE OR ALTER PROCEDURE test_scoring.[test a new lead of a rescored office is ranked with its initial score]
AS
BEGIN
    -- Arrange
    EXEC test_scoring.fit_luzern;

    -- Act: a lead added after the rescore
    EXEC test_fixture.policy_off;
    INSERT core.lead (company_name, plz, ort, status, score, office_id)
    VALUES (N'Später AG', 6003, N'Luzern', 'new', 42, 1);

    -- Assert
    EXEC tSQLt.AssertEquals
        @Expected = 42,
        @Actual = (
            SELECT s.score
            FROM core.lead_score AS s
            WHERE s.lead_id = SCOPE_IDENTITY() AND s.model_id IS NULL
        );
END;
GO

CREATE OR ALTER PROCEDURE test_scoring.[test list_scoring_models shows each office's latest model and its scored leads]
AS
BEGIN
    -- Arrange
    CREATE TABLE #listed (
        office_code VARCHAR(20), model_id BIGINT, trained_from DATE, trained_to DATE,
        positive_count INT, negative_count INT, holdout_count INT, quality_basis VARCHAR(10),
        auc DECIMAL(5, 4), log_loss DECIMAL(9, 4), fitted_at DATETIME2(3), fitted_by NVARCHAR(200),
        rescored_at DATETIME2(3), lead_count INT
    );
    EXEC test_scoring.fit_luzern;

    -- Act
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    INSERT #listed EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_scoring_models';

    -- Assert: Luzern's model with every lead scored; Romandie without a model, in NULLs
    EXEC test_fixture.policy_off;
    SELECT
        l.office_code,
        l.positive_count,
        l.negative_count,
        l.quality_basis,
        l.lead_count,
        IIF(l.model_id IS NULL, 0, 1) AS has_model,
        IIF(l.rescored_at IS NULL, 0, 1) AS is_rescored
    INTO #actual
    FROM #listed AS l
    WHERE l.office_code IN ('luzern', 'romandie');
    DECLARE @luzern_leads INT = (
        SELECT COUNT(*)
        FROM core.lead AS l
        WHERE l.office_id = 1
    );
    SELECT TOP (0) a.* INTO #expected FROM #actual AS a;
    INSERT #expected VALUES
    ('luzern', 1, 1, 'training', @luzern_leads, 1, 1),
    ('romandie', NULL, NULL, NULL, NULL, 0, 0);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_scoring.[test list_scoring_models with history lists every version with its rescore]
AS
BEGIN
    -- Arrange: two fits of Luzern
    CREATE TABLE #listed (
        office_code VARCHAR(20), model_id BIGINT, trained_from DATE, trained_to DATE,
        positive_count INT, negative_count INT, holdout_count INT, quality_basis VARCHAR(10),
        auc DECIMAL(5, 4), log_loss DECIMAL(9, 4), fitted_at DATETIME2(3), fitted_by NVARCHAR(200),
        rescored_at DATETIME2(3), lead_count INT
    );
    CREATE TABLE #refit (
        office_code VARCHAR(20), model_id BIGINT, trained_from DATE, trained_to DATE,
        positive_count INT, negative_count INT, holdout_count INT, prior_log_odds DECIMAL(9, 4),
        scale DECIMAL(4, 2), quality_basis VARCHAR(10), auc DECIMAL(5, 4), log_loss DECIMAL(9, 4),
        fitted_at DATETIME2(3)
    );
    EXEC test_scoring.fit_luzern;
    INSERT #refit EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.refit_scoring_model @office_code = ''luzern'', @holdout_percent = 0';

    -- Act
    INSERT #listed EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_scoring_models @history = 1';

    -- Assert: the new version not rescored yet, the old one rescored; no lead counts in history
    SELECT
        l.model_id,
        l.lead_count,
        IIF(l.rescored_at IS NULL, 0, 1) AS is_rescored
    INTO #actual
    FROM #listed AS l
    WHERE l.office_code = 'luzern';
    DECLARE @new BIGINT = (SELECT r.model_id FROM #refit AS r);
    EXEC test_fixture.policy_off;
    DECLARE @old BIGINT = (
        SELECT MAX(m.model_id)
        FROM core.scoring_model AS m
        WHERE m.office_id = 1 AND m.model_id < @new
    );
    SELECT TOP (0) a.* INTO #expected FROM #actual AS a;
    INSERT #expected VALUES (@new, NULL, 0), (@old, NULL, 1);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_scoring.[test list_scoring_models refuses managers with 50403]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50403,
        @ExpectedMessage = N'Only admins may see the scoring models.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_scoring_models';
END;
GO
