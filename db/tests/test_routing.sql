/*
test_routing: tSQLt tests of core.initial_score, core.office_for_plz,
core.plan_routing, app.route_leads and app.set_plz_mapping: every error, the dry
runs (they change nothing and return what the real run returns) and the moves of
leads with their assignments and events.

Needs test_fixture.sql first. Besides the shared fixture, SetUp adds
misrouted_lead: PLZ 3011 Bern, which the default mapping gives to egeli (the
catch-all), filed under luzern, with an assignment and an event.
Run: EXEC tSQLt.Run 'test_routing';
Disabled for this file: CP02, because tSQLt's API names its parameters in
PascalCase (@ExpectedErrorNumber); RF05, because tSQLt test names are sentences
in brackets.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_routing';
GO

CREATE OR ALTER PROCEDURE test_routing.setup
AS
BEGIN
    DECLARE @luzern SMALLINT = (
        SELECT o.office_id
        FROM core.office AS o
        WHERE o.office_code = 'luzern'
    );

    EXEC test_fixture.arrange;

    EXEC test_fixture.policy_off;

    INSERT core.lead (company_name, plz, ort, size_category, source_batch, status, score, office_id)
    VALUES (N'Aare Treuhand AG', 3011, N'Bern', 'small', 'test:misrouted_lead', 'assigned', 25, @luzern);

    INSERT test_fixture.fixture_id (fixture_name, id)
    VALUES (N'misrouted_lead', SCOPE_IDENTITY());

    INSERT core.lead_assignment (lead_id, office_id, user_id, assigned_by, assigned_at)
    VALUES (
        test_fixture.id(N'misrouted_lead'),
        @luzern,
        test_fixture.id(N'test.luzern.rep'),
        test_fixture.id(N'test.admin'),
        SYSUTCDATETIME()
    );

    INSERT core.lead_event (lead_id, office_id, user_id, event_at, event_type)
    VALUES (test_fixture.id(N'misrouted_lead'), @luzern, test_fixture.id(N'test.luzern.rep'), SYSUTCDATETIME(), 'call');

    EXEC test_fixture.policy_on;
END;
GO

-- The offices of a lead, its assignments and its events, seen past the policy.
CREATE OR ALTER PROCEDURE test_routing.assert_offices
    @lead_id BIGINT,
    @office_code VARCHAR(20)
AS
BEGIN
    DECLARE @office_codes VARCHAR(8000);
    DECLARE @expected VARCHAR(8000) = CONCAT(
        'assignment:', @office_code, ',event:', @office_code, ',lead:', @office_code
    );

    EXEC test_fixture.policy_off;

    SELECT @office_codes = STRING_AGG(CONCAT(x.source, ':', o.office_code), ',') WITHIN GROUP (ORDER BY x.source)
    FROM (
        SELECT
            'assignment' AS source,
            la.office_id
        FROM core.lead_assignment AS la
        WHERE la.lead_id = @lead_id
        UNION ALL
        SELECT
            'event' AS source,
            le.office_id
        FROM core.lead_event AS le
        WHERE le.lead_id = @lead_id
        UNION ALL
        SELECT
            'lead' AS source,
            l.office_id
        FROM core.lead AS l
        WHERE l.lead_id = @lead_id
    ) AS x
    INNER JOIN core.office AS o ON x.office_id = o.office_id;

    EXEC test_fixture.policy_on;

    EXEC tSQLt.AssertEqualsString @Expected = @expected, @Actual = @office_codes;
END;
GO

--------------------------------------------------------------------------------
-- core.initial_score, core.office_for_plz, core.plan_routing
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_routing.[test initial_score adds the size and the contact details]
AS
BEGIN
    -- Arrange
    CREATE TABLE #expected (case_name VARCHAR(20), score SMALLINT);
    INSERT #expected VALUES ('micro bare', 10), ('small phone', 40), ('large full', 100), ('unknown size', 15);

    -- Act
    SELECT
        c.case_name,
        s.score
    INTO #actual
    FROM (
        VALUES
        ('micro bare', 'micro', NULL, NULL, NULL, NULL),
        ('small phone', 'small', '041 000 00 00', NULL, NULL, NULL),
        ('large full', 'large', '041 000 00 00', 'info@example.ch', 'example.ch', 'CHE-123.456.789'),
        ('unknown size', NULL, NULL, 'info@example.ch', NULL, NULL)
    ) AS c(case_name, size_category, phone, email, website, uid)
    CROSS APPLY core.initial_score(c.size_category, c.phone, c.email, c.website, c.uid) AS s;

    -- Assert
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_routing.[test office_for_plz uses a range or else the catch-all office]
AS
BEGIN
    -- Arrange
    CREATE TABLE #expected (plz INT, office_code VARCHAR(20));
    INSERT #expected VALUES (1003, 'romandie'), (3011, 'egeli'), (6003, 'luzern'), (6500, 'egeli');

    -- Act: the default mapping from the seed
    SELECT
        p.plz,
        o.office_code
    INTO #actual
    FROM (VALUES (1003), (3011), (6003), (6500)) AS p(plz)
    CROSS APPLY core.office_for_plz(p.plz, NULL) AS f
    INNER JOIN core.office AS o ON f.office_id = o.office_id;

    -- Assert
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_routing.[test plan_routing moves a lead to the office of a proposed range]
AS
BEGIN
    -- Arrange
    CREATE TABLE #expected (from_office_code VARCHAR(20), to_office_code VARCHAR(20));
    INSERT #expected VALUES ('luzern', 'romandie');
    EXEC test_fixture.policy_off;

    -- Act
    SELECT
        from_office.office_code AS from_office_code,
        to_office.office_code AS to_office_code
    INTO #actual
    FROM core.plan_routing(N'[{"office_code": "romandie", "plz_from": 3000, "plz_to": 3999}]') AS p
    INNER JOIN core.office AS from_office ON p.from_office_id = from_office.office_id
    INNER JOIN core.office AS to_office ON p.to_office_id = to_office.office_id
    WHERE p.lead_id = test_fixture.id(N'misrouted_lead');

    -- Assert
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

--------------------------------------------------------------------------------
-- app.route_leads
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_routing.[test route_leads raises 50400 for a missing dry_run]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50400,
        @ExpectedMessage = N'The value for the parameter dry_run is not supported. It must be true or false.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.route_leads @dry_run = NULL;';
END;
GO

CREATE OR ALTER PROCEDURE test_routing.[test route_leads raises 50401 without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50401, @ExpectedMessage = N'No active user is signed in.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.route_leads @dry_run = 1;';
END;
GO

CREATE OR ALTER PROCEDURE test_routing.[test route_leads raises 50403 for a manager]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50403, @ExpectedMessage = N'Only admins may route leads.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.route_leads @dry_run = 1;';
END;
GO

CREATE OR ALTER PROCEDURE test_routing.[test route_leads dry run changes nothing and previews the real run]
AS
BEGIN
    -- Arrange
    CREATE TABLE #dry (from_office_code VARCHAR(20), to_office_code VARCHAR(20), lead_count BIGINT);
    CREATE TABLE #real (from_office_code VARCHAR(20), to_office_code VARCHAR(20), lead_count BIGINT);
    DECLARE @lead_id BIGINT = test_fixture.id(N'misrouted_lead');
    EXEC test_fixture.sign_in @login_name = N'test.admin';

    -- Act: dry run
    INSERT #dry EXEC test_fixture.exec_as_api @sql = N'EXEC app.route_leads @dry_run = 1;';

    -- Assert: nothing moved
    EXEC test_routing.assert_offices @lead_id = @lead_id, @office_code = 'luzern';

    -- Act: real run
    INSERT #real EXEC test_fixture.exec_as_api @sql = N'EXEC app.route_leads @dry_run = 0;';

    -- Assert: the preview was the effect; the lead moved with its assignment and event
    EXEC tSQLt.AssertEqualsTable @Expected = N'#dry', @Actual = N'#real';
    EXEC test_routing.assert_offices @lead_id = @lead_id, @office_code = 'egeli';

    -- Assert: the Luzern representative's assignment ended; the lead is new again
    EXEC test_fixture.policy_off;
    SELECT
        l.status,
        (
            SELECT COUNT(*)
            FROM core.lead_assignment AS la
            WHERE
                la.lead_id = l.lead_id
                AND la.assigned_until IS NULL
        ) AS current_assignments
    INTO #actual_lead
    FROM core.lead AS l
    WHERE l.lead_id = @lead_id;
    SELECT TOP (0) a.* INTO #expected_lead FROM #actual_lead AS a;
    INSERT #expected_lead VALUES ('new', 0);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected_lead', @Actual = N'#actual_lead';
END;
GO

CREATE OR ALTER PROCEDURE test_routing.[test route_leads logs dry and real runs]
AS
BEGIN
    -- Arrange
    CREATE TABLE #discard (from_office_code VARCHAR(20), to_office_code VARCHAR(20), lead_count BIGINT);
    CREATE TABLE #expected (parameters NVARCHAR(MAX), dry_run BIT, error_number INT, is_finished INT);
    INSERT #expected VALUES
    (N'EXEC app.route_leads @dry_run = 1;', 1, NULL, 1),
    (N'EXEC app.route_leads @dry_run = 0;', 0, NULL, 1);
    DECLARE @last_log_id BIGINT = COALESCE((SELECT MAX(g.command_log_id) FROM core.command_log AS g), 0);
    EXEC test_fixture.sign_in @login_name = N'test.admin';

    -- Act
    INSERT #discard EXEC test_fixture.exec_as_api @sql = N'EXEC app.route_leads @dry_run = 1;';
    INSERT #discard EXEC test_fixture.exec_as_api @sql = N'EXEC app.route_leads;';

    -- Assert
    SELECT
        g.parameters,
        g.dry_run,
        g.error_number,
        IIF(g.ended_at IS NOT NULL AND g.rows_affected >= 1, 1, 0) AS is_finished
    INTO #actual
    FROM core.command_log AS g
    WHERE
        g.command_log_id > @last_log_id
        AND g.command_name = 'app.route_leads'
        AND g.user_id = test_fixture.id(N'test.admin');
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected', @Actual = N'#actual';
END;
GO

--------------------------------------------------------------------------------
-- app.set_plz_mapping
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_routing.[test set_plz_mapping raises 50400 when the mapping is not a JSON array]
AS
BEGIN
    -- Arrange
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter mapping is not supported. '
        + N'It must be a JSON array of {"office_code", "plz_from", "plz_to"}.';
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.set_plz_mapping @mapping = N''{"office_code": "luzern", "plz_from": 6000, "plz_to": 6499}'';';
END;
GO

CREATE OR ALTER PROCEDURE test_routing.[test set_plz_mapping raises 50400 naming each bad entry]
AS
BEGIN
    -- Arrange
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter mapping is not supported. '
        + N'Entry 1: unknown office_code zurich.; '
        + N'The value for the parameter mapping is not supported. '
        + N'Entry 2: plz_from must be between 1000 and plz_to.; '
        + N'The value for the parameter mapping is not supported. '
        + N'Entry 3: plz_from and plz_to must be PLZ between 1000 and 9999.';
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.set_plz_mapping @mapping = N''[
        {"office_code": "zurich", "plz_from": 8000, "plz_to": 8999},
        {"office_code": "luzern", "plz_from": 6499, "plz_to": 6000},
        {"office_code": "romandie", "plz_from": 1000, "plz_to": 99999}
    ]'';';
END;
GO

CREATE OR ALTER PROCEDURE test_routing.[test set_plz_mapping raises 50400 naming each overlap]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50400, @ExpectedMessage = N'PLZ 6000-6099 is mapped to luzern and romandie';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.set_plz_mapping @mapping = N''[
        {"office_code": "luzern", "plz_from": 6000, "plz_to": 6499},
        {"office_code": "romandie", "plz_from": 5000, "plz_to": 6099}
    ]'';';
END;
GO

CREATE OR ALTER PROCEDURE test_routing.[test set_plz_mapping raises 50400 naming each gap without a catch-all office]
AS
BEGIN
    -- Arrange: no catch-all office (rolled back with the test)
    UPDATE core.office
    SET is_catch_all = 0;
    DECLARE
        @expected_message NVARCHAR(2048) = N'PLZ 3000-3999 is mapped to no office; '
        + N'PLZ 7000-9999 is mapped to no office';
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.set_plz_mapping @mapping = N''[
        {"office_code": "romandie", "plz_from": 1000, "plz_to": 2999},
        {"office_code": "luzern", "plz_from": 4000, "plz_to": 6999}
    ]'';';
END;
GO

CREATE OR ALTER PROCEDURE test_routing.[test set_plz_mapping raises 50401 without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50401, @ExpectedMessage = N'No active user is signed in.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.set_plz_mapping @mapping = N''[]'', @dry_run = 1;';
END;
GO

CREATE OR ALTER PROCEDURE test_routing.[test set_plz_mapping raises 50403 for a manager]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50403, @ExpectedMessage = N'Only admins may change the PLZ mapping.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.set_plz_mapping @mapping = N''[]'', @dry_run = 1;';
END;
GO

CREATE OR ALTER PROCEDURE test_routing.[test set_plz_mapping dry run changes nothing and previews the real run]
AS
BEGIN
    -- Arrange: the default mapping plus romandie 3000-3999
    CREATE TABLE #dry (from_office_code VARCHAR(20), to_office_code VARCHAR(20), lead_count BIGINT);
    CREATE TABLE #real (from_office_code VARCHAR(20), to_office_code VARCHAR(20), lead_count BIGINT);
    DECLARE @lead_id BIGINT = test_fixture.id(N'misrouted_lead');
    DECLARE @mapping NVARCHAR(MAX) = N'[
        {"office_code": "luzern", "plz_from": 6000, "plz_to": 6499},
        {"office_code": "romandie", "plz_from": 1000, "plz_to": 2499},
        {"office_code": "romandie", "plz_from": 2800, "plz_to": 2999},
        {"office_code": "romandie", "plz_from": 3000, "plz_to": 3999}
    ]';
    DECLARE @sql NVARCHAR(MAX);
    SELECT
        r.office_id,
        r.plz_from,
        r.plz_to
    INTO #ranges_before
    FROM core.office_plz_range AS r;
    EXEC test_fixture.sign_in @login_name = N'test.admin';

    -- Act: dry run
    SET @sql = CONCAT(N'EXEC app.set_plz_mapping @mapping = N''', @mapping, N''', @dry_run = 1;');
    INSERT #dry EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert: nothing changed
    SELECT
        r.office_id,
        r.plz_from,
        r.plz_to
    INTO #ranges_after_dry_run
    FROM core.office_plz_range AS r;
    EXEC tSQLt.AssertEqualsTable @Expected = N'#ranges_before', @Actual = N'#ranges_after_dry_run';
    EXEC test_routing.assert_offices @lead_id = @lead_id, @office_code = 'luzern';

    -- Act: real run
    SET @sql = CONCAT(N'EXEC app.set_plz_mapping @mapping = N''', @mapping, N''';');
    INSERT #real EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert: the preview was the effect; the ranges are the mapping; the lead moved
    EXEC tSQLt.AssertEqualsTable @Expected = N'#dry', @Actual = N'#real';

    SELECT
        o.office_code,
        r.plz_from,
        r.plz_to
    INTO #ranges
    FROM core.office_plz_range AS r
    INNER JOIN core.office AS o ON r.office_id = o.office_id;
    SELECT TOP (0) r.* INTO #expected_ranges FROM #ranges AS r;
    INSERT #expected_ranges VALUES
    ('luzern', 6000, 6499), ('romandie', 1000, 2499), ('romandie', 2800, 2999), ('romandie', 3000, 3999);
    EXEC tSQLt.AssertEqualsTable @Expected = N'#expected_ranges', @Actual = N'#ranges';

    EXEC test_routing.assert_offices @lead_id = @lead_id, @office_code = 'romandie';
END;
GO
