/*
test_retention: tSQLt tests of app.apply_retention and app.save_retention_period
(Swiss nDSG): leads past their retention period are erased through core.erase_leads
(markers kept, personal data gone), customers and recent leads are kept, a second run
finds nothing, a dry run changes nothing, an admin of one office never touches
another office's leads, and a changed period is historized.

Needs test_fixture.sql first. Run: EXEC tSQLt.Run 'test_retention';
Disabled for this file: CP02 (tSQLt's PascalCase parameters), RF05 (test names are
sentences in brackets).
The same cases run on PostgreSQL in tests/test_retention.py.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_retention';
GO

-- The fixture, with every lead delivered five years ago and no activity since.
CREATE OR ALTER PROCEDURE test_retention.setup
AS
BEGIN
    EXEC test_fixture.arrange;

    EXEC test_fixture.policy_off;
    DELETE FROM core.lead_event;
    UPDATE core.lead SET delivered_at = DATEADD(YEAR, -5, SYSUTCDATETIME());
    EXEC test_fixture.policy_on;
END;
GO

CREATE OR ALTER PROCEDURE test_retention.[test apply_retention erases old leads and keeps customers]
AS
BEGIN
    -- Arrange
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_new_lead');
    DECLARE @won_id BIGINT = test_fixture.id(N'luzern_won_lead');
    CREATE TABLE #result (office_code VARCHAR(20), retention_months SMALLINT, lead_count BIGINT, marker_count BIGINT);
    EXEC test_fixture.sign_in @login_name = N'test.admin';

    -- Act
    INSERT #result EXEC test_fixture.exec_as_api @sql = N'EXEC app.apply_retention;';

    -- Assert: the open lead is erased with its markers; the customer is kept.
    EXEC test_fixture.policy_off;
    EXEC tSQLt.AssertEquals
        @Expected = N'erased #', @Actual = (
            SELECT LEFT(l.company_name, 8) FROM core.lead AS l
            WHERE l.lead_id = @lead_id
        );
    EXEC tSQLt.AssertNotEquals
        @Expected = N'erased #', @Actual = (
            SELECT LEFT(l.company_name, 8) FROM core.lead AS l
            WHERE l.lead_id = @won_id
        );
    EXEC tSQLt.AssertEquals 0, (
        SELECT COUNT(*) FROM core.lead_match_key AS m
        WHERE m.lead_id = @lead_id
    );
    EXEC tSQLt.AssertEquals 1, (
        SELECT COUNT(*) FROM core.suppression AS s
        WHERE s.source = 'retention'
    );
    EXEC tSQLt.AssertEquals 1, (
        SELECT COUNT(*) FROM core.erasure_request AS r
        WHERE r.lead_id = @lead_id AND r.history_anonymized_at IS NULL
    );
    EXEC test_fixture.policy_on;
    EXEC tSQLt.AssertEquals 36, (
        SELECT r.retention_months FROM #result AS r
        WHERE r.office_code = 'luzern'
    );
END;
GO

CREATE OR ALTER PROCEDURE test_retention.[test apply_retention twice erases nothing the second time]
AS
BEGIN
    -- Arrange
    CREATE TABLE #result (office_code VARCHAR(20), retention_months SMALLINT, lead_count BIGINT, marker_count BIGINT);
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    INSERT #result EXEC test_fixture.exec_as_api @sql = N'EXEC app.apply_retention;';
    DELETE FROM #result;

    -- Act
    INSERT #result EXEC test_fixture.exec_as_api @sql = N'EXEC app.apply_retention;';

    -- Assert
    EXEC tSQLt.AssertEquals 0, (SELECT SUM(r.lead_count) FROM #result AS r);
END;
GO

CREATE OR ALTER PROCEDURE test_retention.[test apply_retention dry run changes nothing]
AS
BEGIN
    -- Arrange
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_new_lead');
    CREATE TABLE #result (office_code VARCHAR(20), retention_months SMALLINT, lead_count BIGINT, marker_count BIGINT);
    EXEC test_fixture.sign_in @login_name = N'test.admin';

    -- Act
    INSERT #result EXEC test_fixture.exec_as_api @sql = N'EXEC app.apply_retention @dry_run = 1;';

    -- Assert
    EXEC tSQLt.AssertNotEquals 0, (SELECT SUM(r.lead_count) FROM #result AS r);
    EXEC test_fixture.policy_off;
    EXEC tSQLt.AssertEquals 0, (SELECT COUNT(*) FROM core.erasure_request);
    EXEC tSQLt.AssertNotEquals
        @Expected = N'erased #', @Actual = (
            SELECT LEFT(l.company_name, 8) FROM core.lead AS l
            WHERE l.lead_id = @lead_id
        );
    EXEC test_fixture.policy_on;
END;
GO

CREATE OR ALTER PROCEDURE test_retention.[test an admin of one office never touches another office's leads]
AS
BEGIN
    -- Arrange: an admin of Romandie only.
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_new_lead');
    DECLARE @romandie_id BIGINT = test_fixture.id(N'romandie_lead');
    DECLARE @user_id INT;
    CREATE TABLE #result (office_code VARCHAR(20), retention_months SMALLINT, lead_count BIGINT, marker_count BIGINT);
    INSERT core.app_user (login_name, display_name, role_code, password_hash, is_active)
    VALUES ('test.romandie.admin', N'Romy Admin', 'admin', 'argon2id-test-hash', 1);
    SET @user_id = SCOPE_IDENTITY();
    INSERT core.user_office (user_id, office_id)
    SELECT
        @user_id AS user_id,
        o.office_id
    FROM core.office AS o
    WHERE o.office_code = 'romandie';
    EXEC sys.sp_set_session_context @key = N'user_id', @value = @user_id, @read_only = 0;

    -- Act
    INSERT #result EXEC test_fixture.exec_as_api @sql = N'EXEC app.apply_retention;';

    -- Assert: only Romandie is named and erased.
    EXEC tSQLt.AssertEquals 1, (SELECT COUNT(*) FROM #result);
    EXEC tSQLt.AssertEquals 'romandie', (SELECT r.office_code FROM #result AS r);
    EXEC test_fixture.policy_off;
    EXEC tSQLt.AssertEquals 1, (
        SELECT COUNT(*) FROM core.erasure_request AS r
        WHERE r.lead_id = @romandie_id
    );
    EXEC tSQLt.AssertEquals 0, (
        SELECT COUNT(*) FROM core.erasure_request AS r
        WHERE r.lead_id = @lead_id
    );
    EXEC test_fixture.policy_on;
END;
GO

CREATE OR ALTER PROCEDURE test_retention.[test apply_retention refuses a manager with 50403]
AS
BEGIN
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50403;

    EXEC test_fixture.exec_as_api @sql = N'EXEC app.apply_retention;';
END;
GO

CREATE OR ALTER PROCEDURE test_retention.[test save_retention_period keeps the old period in history]
AS
BEGIN
    -- Arrange
    CREATE TABLE #saved (office_code VARCHAR(20), retention_months SMALLINT);
    EXEC test_fixture.sign_in @login_name = N'test.admin';

    -- Act
    INSERT #saved EXEC test_fixture.exec_as_api @sql = N'EXEC app.save_retention_period @retention_months = 24;';

    -- Assert
    EXEC tSQLt.AssertEquals 24, (SELECT s.retention_months FROM #saved AS s);
    EXEC tSQLt.AssertEquals 1, (
        SELECT COUNT(*) FROM history.retention_period AS h
        WHERE h.office_id IS NULL AND h.retention_months = 36
    );
END;
GO

CREATE OR ALTER PROCEDURE test_retention.[test save_retention_period names every invalid parameter]
AS
BEGIN
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400;

    EXEC test_fixture.exec_as_api @sql = N'EXEC app.save_retention_period @retention_months = 0, @office_code = ''x'';';
END;
GO
