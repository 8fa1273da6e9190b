/*
test_imports: tSQLt tests of the partner import: the match-key functions, and
app.start_import, app.stage_import_rows, app.import_batch, app.list_import_batches,
app.list_import_decisions under two session contexts (a Luzern manager and the
admin), including the same file twice and what a Luzern manager learns about rows
routed to Romandie (nothing but their number).

Needs test_fixture.sql first. Run: EXEC tSQLt.Run 'test_imports';
Disabled for this file: CP02 (tSQLt's PascalCase parameters), RF05 (test names are
sentences in brackets).
The same cases run on PostgreSQL in tests/test_match_keys.py and tests/test_imports.py.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_imports';
GO

CREATE OR ALTER PROCEDURE test_imports.setup
AS
BEGIN
    EXEC test_fixture.arrange;

    INSERT core.partner (partner_code, partner_name)
    VALUES ('acme', N'Acme AG');
END;
GO

-- Start, stage (JSON) and decide one file as the signed-in user; the batch id.
CREATE OR ALTER PROCEDURE test_imports.run_import
    @rows NVARCHAR(MAX),
    @content_hash CHAR(64),
    @batch_id BIGINT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @sql NVARCHAR(MAX);
    DECLARE @started TABLE (batch_id BIGINT, status VARCHAR(20), already_imported BIT);

    CREATE TABLE #staged (batch_id BIGINT, staged_count BIGINT);
    CREATE TABLE #result (
        batch_id BIGINT,
        status VARCHAR(20),
        already_imported BIT,
        row_count INT,
        new_count BIGINT,
        refreshed_count BIGINT,
        suppressed_count BIGINT,
        duplicate_count BIGINT,
        invalid_count BIGINT,
        other_office_count BIGINT
    );

    SET @sql = CONCAT(
        N'EXEC app.start_import @partner_code = N''acme'', @file_name = N''test.csv'', @content_hash = N''',
        @content_hash, N''', @received_at = ''2026-11-02'';'
    );
    INSERT @started EXEC test_fixture.exec_as_api @sql = @sql;
    SELECT @batch_id = s.batch_id FROM @started AS s;

    IF
        NOT EXISTS (
            SELECT 1 FROM @started
            WHERE already_imported = 1
        )
        BEGIN
            SET @sql = CONCAT(
                N'EXEC app.stage_import_rows @batch_id = ', @batch_id, N', @rows = N''',
                REPLACE(@rows, N'''', N''''''), N''';'
            );
            INSERT #staged EXEC test_fixture.exec_as_api @sql = @sql;
            SET @sql = CONCAT(N'EXEC app.import_batch @batch_id = ', @batch_id, N';');
            INSERT #result EXEC test_fixture.exec_as_api @sql = @sql;
        END;
END;
GO

--------------------------------------------------------------------------------
-- Match keys
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_imports.[test uid_key accepts every spelling and checks the digit]
AS
BEGIN
    EXEC tSQLt.AssertEquals 'CHE144272509', core.uid_key(N'CHE-144.272.509');
    EXEC tSQLt.AssertEquals 'CHE144272509', core.uid_key(N'che144272509');
    EXEC tSQLt.AssertEquals 'CHE144272509', core.uid_key(N'CHE-144.272.509 MWST');
    EXEC tSQLt.AssertEquals 'CHE144272509', core.uid_key(N'CHE-144.272.509 TVA');
    EXEC tSQLt.AssertEquals NULL, core.uid_key(N'CHE-144.272.508');
    EXEC tSQLt.AssertEquals NULL, core.uid_key(N'CHE-123.456.789');
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test name_key folds case accents and legal forms]
AS
BEGIN
    EXEC tSQLt.AssertEquals 'pilatusholzbau', core.name_key(N'PILATUS-HOLZBAU Aktiengesellschaft');
    EXEC tSQLt.AssertEquals 'mullersohne', core.name_key(N'Müller & Söhne GmbH');
    EXEC tSQLt.AssertEquals 'mullersohne', core.name_key(N'Müller und Söhne');
    EXEC tSQLt.AssertEquals 'boulangeriedulac', core.name_key(N'Boulangerie du Lac Sàrl');
    EXEC tSQLt.AssertEquals 'dupontfils', core.name_key(N'Dupont et Fils S.A.');
    EXEC tSQLt.AssertEquals 'dupontfils', core.name_key(N'Dupont & Fils Société anonyme');
    EXEC tSQLt.AssertEquals 'strassebau', core.name_key(N'Straße Bau Genossenschaft');
    EXEC tSQLt.AssertEquals NULL, core.name_key(N'Verein');
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test phone_key e-mail and domain keys]
AS
BEGIN
    EXEC tSQLt.AssertEquals '+41413901122', core.phone_key(N'041 390 11 22');
    EXEC tSQLt.AssertEquals '+41413901122', core.phone_key(N'+41 (0)41 390 11 22');
    EXEC tSQLt.AssertEquals '+41413901122', core.phone_key(N'0041 41 390.11.22');
    EXEC tSQLt.AssertEquals '+49762112345', core.phone_key(N'+49 7621 12345');
    EXEC tSQLt.AssertEquals NULL, core.phone_key(N'+41 41 390 11');
    EXEC tSQLt.AssertEquals 'info@firma.ch', core.email_key(N' Info@Firma.CH ');
    EXEC tSQLt.AssertEquals 'firma.ch', core.domain_key(N'https://www.Firma.ch/kontakt');
    EXEC tSQLt.AssertEquals 'firma.ch', core.domain_key(N'info@firma.ch');
    EXEC tSQLt.AssertEquals NULL, core.domain_key(N'firma');
END;
GO

--------------------------------------------------------------------------------
-- app.start_import
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_imports.[test start_import raises 50400 listing every problem]
AS
BEGIN
    -- Arrange
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter partner_code is not supported. '
        + N'It must name an active partner.; '
        + N'The value for the parameter content_hash is not supported. '
        + N'It must be a SHA-256 in 64 hexadecimal digits.';
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.start_import @partner_code = N''nobody'',
        @file_name = N''x.csv'', @content_hash = N''xyz'', @received_at = ''2026-11-02'';';
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test start_import refuses representatives with 50403]
AS
BEGIN
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50403;

    EXEC test_fixture.exec_as_api @sql = N'EXEC app.start_import @partner_code = N''acme'', @file_name = N''x.csv'',
        @content_hash = N''aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'', @received_at = ''2026-11-02'';';
END;
GO

--------------------------------------------------------------------------------
-- app.import_batch
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_imports.[test import_batch decides each row with its reason]
AS
BEGIN
    -- Arrange: new, refresh of a fixture lead, customer, duplicate, invalid
    DECLARE @batch_id BIGINT;
    DECLARE @rows NVARCHAR(MAX) = N'[
        {"row_no": 1, "company_name": "Seeblick Hotel AG", "plz": "6353", "ort": "Weggis"},
        {"row_no": 2, "company_name": "PILATUS DRUCK", "plz": "6010", "ort": "Kriens", "street": "Ring 1"},
        {"row_no": 3, "company_name": "Rigi Bau", "plz": "6005", "ort": "Luzern"},
        {"row_no": 4, "company_name": "Seeblick Hotel", "plz": "6353", "ort": "Weggis"},
        {"row_no": 5, "company_name": "Ohne PLZ AG", "plz": "D-79539", "ort": "Lörrach"}
    ]';
    EXEC test_fixture.sign_in @login_name = N'test.admin';

    -- Act
    EXEC test_imports.run_import
        @rows = @rows, @content_hash = '1111111111111111111111111111111111111111111111111111111111111111',
        @batch_id = @batch_id OUTPUT;

    -- Assert
    EXEC test_fixture.policy_off;
    SELECT
        d.row_no,
        d.reason_code,
        d.matched_key,
        d.field_name,
        d.duplicate_of_row
    INTO #actual
    FROM core.import_decision AS d
    WHERE d.batch_id = @batch_id;
    EXEC test_fixture.policy_on;

    SELECT TOP (0) * INTO #expected FROM #actual;
    INSERT #expected (row_no, reason_code, matched_key, field_name, duplicate_of_row)
    VALUES
    (1, 'routed', NULL, NULL, NULL),
    (2, 'matched', 'name_plz', NULL, NULL),
    (3, 'already_customer', 'name_plz', NULL, NULL),
    (4, 'in_batch', NULL, NULL, 1),
    (5, 'invalid_value', NULL, 'plz', NULL);
    EXEC tSQLt.AssertEqualsTable '#expected', '#actual';

    EXEC test_fixture.policy_off;
    EXEC tSQLt.AssertEquals
        N'Ring 1', (
            SELECT l.street FROM core.lead AS l
            WHERE l.lead_id = test_fixture.id(N'luzern_new_lead')
        );
    EXEC tSQLt.AssertEquals 0, (SELECT COUNT(*) FROM stage.import_row);
    EXEC test_fixture.policy_on;
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test the same file twice is a no-op that says so]
AS
BEGIN
    -- Arrange
    DECLARE @first BIGINT;
    DECLARE @second BIGINT;
    DECLARE @rows NVARCHAR(MAX) = N'[{"row_no": 1, "company_name": "Einmal AG", "plz": "6003", "ort": "Luzern"}]';
    DECLARE @hash CHAR(64) = '2222222222222222222222222222222222222222222222222222222222222222';
    EXEC test_fixture.sign_in @login_name = N'test.admin';

    -- Act
    EXEC test_imports.run_import @rows = @rows, @content_hash = @hash, @batch_id = @first OUTPUT;
    EXEC test_imports.run_import @rows = @rows, @content_hash = @hash, @batch_id = @second OUTPUT;

    -- Assert
    EXEC tSQLt.AssertEquals @first, @second;
    EXEC tSQLt.AssertEquals 1, (SELECT COUNT(*) FROM core.import_batch);
    EXEC test_fixture.policy_off;
    EXEC tSQLt.AssertEquals 1, (
        SELECT COUNT(*) FROM core.lead AS l
        WHERE l.company_name = N'Einmal AG'
    );
    EXEC test_fixture.policy_on;
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test another office's pipeline holds a row without naming it]
AS
BEGIN
    -- Arrange: the Romandie fixture lead gets a UID; Luzern's manager imports its Luzern branch.
    DECLARE @batch_id BIGINT;
    DECLARE @rows NVARCHAR(MAX) = N'[
        {"row_no": 1, "company_name": "Léman Filiale", "plz": "6004", "ort": "Luzern", "uid": "CHE144272509 MWST"},
        {"row_no": 2, "company_name": "Nouvelle Sàrl", "plz": "1003", "ort": "Lausanne"}
    ]';
    EXEC test_fixture.policy_off;
    UPDATE core.lead SET uid = 'CHE-144.272.509'
    WHERE lead_id = test_fixture.id(N'romandie_lead');
    EXEC test_fixture.policy_on;
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';

    -- Act
    EXEC test_imports.run_import
        @rows = @rows, @content_hash = '3333333333333333333333333333333333333333333333333333333333333333',
        @batch_id = @batch_id OUTPUT;
    CREATE TABLE #seen (
        decision_id BIGINT, row_no INT, office_code VARCHAR(20), decision_code VARCHAR(20), reason_code VARCHAR(30),
        matched_key VARCHAR(20), field_name VARCHAR(40), until_date DATE, duplicate_of_row INT, uid_finding BIT,
        lead_id BIGINT, company_name NVARCHAR(400), plz NVARCHAR(40), ort NVARCHAR(200), uid NVARCHAR(40),
        phone NVARCHAR(60), email NVARCHAR(400), no_advertising BIT, override_action VARCHAR(20), total_count BIGINT
    );
    DECLARE @sql NVARCHAR(MAX) = CONCAT(N'EXEC app.list_import_decisions @batch_id = ', @batch_id, N';');
    INSERT #seen EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert: the Luzern manager sees the held Luzern row only, without lead or office of Romandie.
    SELECT
        s.row_no,
        s.office_code,
        s.reason_code,
        s.matched_key,
        s.lead_id,
        s.until_date
    INTO #actual
    FROM #seen AS s;
    SELECT TOP (0) * INTO #expected FROM #actual;
    INSERT #expected VALUES (1, 'luzern', 'other_office_pipeline', 'uid', NULL, NULL);
    EXEC tSQLt.AssertEqualsTable '#expected', '#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test list_import_batches refuses representatives with 50403]
AS
BEGIN
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50403;

    EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_import_batches;';
END;
GO

--------------------------------------------------------------------------------
-- app.release_import_row, app.get_partner_quality
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_imports.[test release_import_row turns a held row into a lead and records why]
AS
BEGIN
    -- Arrange: the won fixture lead holds the row.
    DECLARE @batch_id BIGINT;
    DECLARE @decision_id BIGINT;
    DECLARE @sql NVARCHAR(MAX);
    DECLARE @rows NVARCHAR(MAX) = N'[{"row_no": 1, "company_name": "Rigi Bau", "plz": "6005", "ort": "Luzern"}]';
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC test_imports.run_import
        @rows = @rows, @content_hash = '4444444444444444444444444444444444444444444444444444444444444444',
        @batch_id = @batch_id OUTPUT;
    EXEC test_fixture.policy_off;
    SELECT @decision_id = d.decision_id FROM core.import_decision AS d
    WHERE d.batch_id = @batch_id;
    EXEC test_fixture.policy_on;
    CREATE TABLE #released (decision_id BIGINT, action VARCHAR(20), lead_id BIGINT, overridden_at DATETIME2(3));

    -- Act
    SET @sql = CONCAT(N'EXEC app.release_import_row @decision_id = ', @decision_id, N', @reason = N''Other firm'';');
    INSERT #released EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert
    EXEC test_fixture.policy_off;
    SELECT
        o.action,
        o.reason,
        o.overridden_by,
        l.company_name,
        l.status
    INTO #actual
    FROM core.import_override AS o
    INNER JOIN core.lead AS l ON o.lead_id = l.lead_id
    WHERE o.decision_id = @decision_id;
    EXEC test_fixture.policy_on;
    SELECT TOP (0) * INTO #expected FROM #actual;
    INSERT #expected VALUES ('release', N'Other firm', test_fixture.id(N'test.luzern.manager'), N'Rigi Bau', 'new');
    EXEC tSQLt.AssertEqualsTable '#expected', '#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test release_import_row hides another office's decision with 50404]
AS
BEGIN
    -- Arrange
    DECLARE @batch_id BIGINT;
    DECLARE @decision_id BIGINT;
    DECLARE @sql NVARCHAR(MAX);
    DECLARE @rows NVARCHAR(MAX) = N'[{"row_no": 1, "company_name": "Rigi Bau", "plz": "6005", "ort": "Luzern"}]';
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC test_imports.run_import
        @rows = @rows, @content_hash = '5555555555555555555555555555555555555555555555555555555555555555',
        @batch_id = @batch_id OUTPUT;
    EXEC test_fixture.policy_off;
    SELECT @decision_id = d.decision_id FROM core.import_decision AS d
    WHERE d.batch_id = @batch_id;
    EXEC test_fixture.policy_on;
    EXEC test_fixture.sign_in @login_name = N'test.romandie.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50404;

    -- Act
    SET @sql = CONCAT(N'EXEC app.release_import_row @decision_id = ', @decision_id, N', @reason = N''x'';');
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test get_partner_quality refuses representatives with 50403]
AS
BEGIN
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50403;

    EXEC test_fixture.exec_as_api @sql = N'EXEC app.get_partner_quality;';
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test add_suppressions holds later rows on the same phone]
AS
BEGIN
    -- Arrange
    DECLARE @batch_id BIGINT;
    DECLARE @rows NVARCHAR(MAX) = N'[{"row_no": 1, "company_name": "Robinson AG", "plz": "6003", "ort": "Luzern",
        "phone": "0415556677"}]';
    CREATE TABLE #added (entry_count BIGINT, key_count BIGINT, lead_count BIGINT);
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    INSERT #added EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.add_suppressions @entries = N''[{"phone": "+41 41 555 66 77"}]'';';

    -- Act
    EXEC test_imports.run_import
        @rows = @rows, @content_hash = '6666666666666666666666666666666666666666666666666666666666666666',
        @batch_id = @batch_id OUTPUT;

    -- Assert
    EXEC tSQLt.AssertEquals 1, (SELECT a.key_count FROM #added AS a);
    EXEC test_fixture.policy_off;
    EXEC tSQLt.AssertEquals
        'suppression_list', (
            SELECT d.reason_code FROM core.import_decision AS d
            WHERE d.batch_id = @batch_id
        );
    EXEC test_fixture.policy_on;
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test add_suppressions names the first 20 bad entries and counts the rest]
AS
BEGIN
    -- Arrange: 25 entries without a key (a PLZ alone), then one with a date that is no day.
    DECLARE @entries NVARCHAR(MAX) = CONCAT(
        N'[', REPLICATE(CAST(N'{"plz": "6003"}, ' AS NVARCHAR(MAX)), 25),
        N'{"phone": "041 555 66 77", "until_date": "2027-02-30"}]'
    );
    DECLARE @sql NVARCHAR(MAX) = CONCAT(N'EXEC app.add_suppressions @entries = N''', @entries, N''';');
    DECLARE @pattern NVARCHAR(400) = CONCAT(
        N'%Entries 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ',
        N'11, 12, 13, 14, 15, 16, 17, 18, 19, 20 and 6 more have no usable key%'
    );
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessagePattern = @pattern;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

--------------------------------------------------------------------------------
-- app.erase_lead
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_imports.[test erase_lead leaves markers and no personal data]
AS
BEGIN
    -- Arrange: the Luzern fixture lead gets a phone.
    DECLARE @lead_id BIGINT = test_fixture.id(N'luzern_new_lead');
    DECLARE @sql NVARCHAR(MAX) = CONCAT(N'EXEC app.erase_lead @lead_id = ', @lead_id, N', @reason = N''Request'';');
    CREATE TABLE #erased (erasure_request_id BIGINT, lead_id BIGINT, marker_count INT, requested_at DATETIME2(3));
    EXEC test_fixture.policy_off;
    UPDATE core.lead SET phone = '041 777 88 99'
    WHERE lead_id = @lead_id;
    EXEC test_fixture.policy_on;
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';

    -- Act
    INSERT #erased EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert: name+PLZ and phone became markers; the lead keeps no name or phone.
    EXEC tSQLt.AssertEquals 2, (SELECT e.marker_count FROM #erased AS e);
    EXEC test_fixture.policy_off;
    EXEC tSQLt.AssertEquals NULL, (
        SELECT l.phone FROM core.lead AS l
        WHERE l.lead_id = @lead_id
    );
    EXEC tSQLt.AssertEquals 0, (
        SELECT COUNT(*) FROM core.lead_match_key AS m
        WHERE m.lead_id = @lead_id
    );
    EXEC tSQLt.AssertEquals
        2, (
            SELECT COUNT(*) FROM core.suppression AS s
            WHERE s.source = 'erasure' AND s.created_by IS NOT NULL
        );
    EXEC test_fixture.policy_on;
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test erase_lead hides another office's lead with 50404]
AS
BEGIN
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.erase_lead @lead_id = ', test_fixture.id(N'romandie_lead'), N', @reason = N''x'';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50404;

    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

--------------------------------------------------------------------------------
-- app.get_lead_as_of
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_imports.[test get_lead_as_of raises 50400 for a future instant]
AS
BEGIN
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400;

    EXEC test_fixture.exec_as_api @sql = N'EXEC app.get_lead_as_of @lead_id = 1, @as_of = ''2999-01-01'';';
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test get_lead_as_of hides another office's lead]
AS
BEGIN
    -- Arrange
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.get_lead_as_of @lead_id = ', test_fixture.id(N'romandie_lead'),
        N', @as_of = ''', CONVERT(NVARCHAR(30), SYSUTCDATETIME(), 126), N''';'
    );
    CREATE TABLE #seen (
        lead_id BIGINT, company_name NVARCHAR(200), legal_form VARCHAR(20), uid VARCHAR(15), street NVARCHAR(200),
        plz SMALLINT, ort NVARCHAR(100), status VARCHAR(20), score SMALLINT, office_code VARCHAR(20),
        assigned_user_id INT, assigned_to NVARCHAR(200), delivered_at DATETIME2(3), valid_from DATETIME2(3),
        valid_to DATETIME2(3)
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';

    -- Act
    INSERT #seen EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert
    EXEC tSQLt.AssertEmptyTable '#seen';
END;
GO

--------------------------------------------------------------------------------
-- app.mark_import_row_distinct, app.merge_leads
--------------------------------------------------------------------------------
CREATE OR ALTER PROCEDURE test_imports.[test mark_import_row_distinct makes a lead the next import does not match]
AS
BEGIN
    -- Arrange: the won fixture lead and another company share a phone; the row is held.
    DECLARE @batch_id BIGINT;
    DECLARE @later_batch_id BIGINT;
    DECLARE @decision_id BIGINT;
    DECLARE @sql NVARCHAR(MAX);
    DECLARE @rows NVARCHAR(MAX) = N'[{"row_no": 1, "company_name": "Schreinerei Anders", "plz": "6010",
        "ort": "Kriens", "phone": "041 310 20 30"}]';
    DECLARE @later NVARCHAR(MAX) = N'[{"row_no": 1, "company_name": "Nur Telefon AG", "plz": "6011",
        "ort": "Kriens", "phone": "+41 41 310 20 30"}]';
    EXEC test_fixture.policy_off;
    UPDATE core.lead SET phone = N'041 310 20 30'
    WHERE lead_id = test_fixture.id(N'luzern_won_lead');
    EXEC test_fixture.policy_on;
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC test_imports.run_import
        @rows = @rows, @content_hash = '6666666666666666666666666666666666666666666666666666666666666666',
        @batch_id = @batch_id OUTPUT;
    EXEC test_fixture.policy_off;
    SELECT @decision_id = d.decision_id FROM core.import_decision AS d
    WHERE d.batch_id = @batch_id AND d.reason_code = 'already_customer';
    EXEC test_fixture.policy_on;
    CREATE TABLE #marked (decision_id BIGINT, action VARCHAR(20), lead_id BIGINT, overridden_at DATETIME2(3));

    -- Act: marked distinct, then a row with only the shared phone is delivered.
    SET @sql = CONCAT(
        N'EXEC app.mark_import_row_distinct @decision_id = ', @decision_id, N', @reason = N''Other firm'';'
    );
    INSERT #marked EXEC test_fixture.exec_as_api @sql = @sql;
    EXEC test_imports.run_import
        @rows = @later, @content_hash = '7777777777777777777777777777777777777777777777777777777777777777',
        @batch_id = @later_batch_id OUTPUT;

    -- Assert: a new lead, the override recorded, and the shared phone matches no lead.
    EXEC test_fixture.policy_off;
    SELECT
        o.action,
        o.reason,
        l.company_name,
        l.status,
        (
            SELECT d.reason_code FROM core.import_decision AS d
            WHERE d.batch_id = @later_batch_id
        ) AS later_reason
    INTO #actual
    FROM core.import_override AS o
    INNER JOIN core.lead AS l ON o.lead_id = l.lead_id
    WHERE o.decision_id = @decision_id;
    EXEC test_fixture.policy_on;
    SELECT TOP (0) * INTO #expected FROM #actual;
    INSERT #expected VALUES ('distinct', N'Other firm', N'Schreinerei Anders', 'new', 'routed');
    EXEC tSQLt.AssertEqualsTable '#expected', '#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test mark_import_row_distinct refuses a new row with 50409]
AS
BEGIN
    -- Arrange
    DECLARE @batch_id BIGINT;
    DECLARE @decision_id BIGINT;
    DECLARE @sql NVARCHAR(MAX);
    DECLARE @rows NVARCHAR(MAX) = N'[{"row_no": 1, "company_name": "Ganz Neu AG", "plz": "6010", "ort": "Kriens"}]';
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC test_imports.run_import
        @rows = @rows, @content_hash = '8888888888888888888888888888888888888888888888888888888888888888',
        @batch_id = @batch_id OUTPUT;
    EXEC test_fixture.policy_off;
    SELECT @decision_id = d.decision_id FROM core.import_decision AS d
    WHERE d.batch_id = @batch_id;
    EXEC test_fixture.policy_on;
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50409;

    -- Act
    SET @sql = CONCAT(N'EXEC app.mark_import_row_distinct @decision_id = ', @decision_id, N', @reason = N''x'';');
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test mark_import_row_distinct hides another office's decision with 50404]
AS
BEGIN
    -- Arrange
    DECLARE @batch_id BIGINT;
    DECLARE @decision_id BIGINT;
    DECLARE @sql NVARCHAR(MAX);
    DECLARE @rows NVARCHAR(MAX) = N'[{"row_no": 1, "company_name": "Rigi Bau", "plz": "6005", "ort": "Luzern"}]';
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC test_imports.run_import
        @rows = @rows, @content_hash = '9999999999999999999999999999999999999999999999999999999999999999',
        @batch_id = @batch_id OUTPUT;
    EXEC test_fixture.policy_off;
    SELECT @decision_id = d.decision_id FROM core.import_decision AS d
    WHERE d.batch_id = @batch_id;
    EXEC test_fixture.policy_on;
    EXEC test_fixture.sign_in @login_name = N'test.romandie.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50404;

    -- Act
    SET @sql = CONCAT(N'EXEC app.mark_import_row_distinct @decision_id = ', @decision_id, N', @reason = N''x'';');
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test merge_leads moves events and assignments and keeps the merge]
AS
BEGIN
    -- Arrange: the assigned fixture lead is merged into the new one of the same office.
    DECLARE @survivor BIGINT = test_fixture.id(N'luzern_new_lead');
    DECLARE @merged BIGINT = test_fixture.id(N'luzern_lead');
    DECLARE @sql NVARCHAR(MAX);
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    CREATE TABLE #merged (
        survivor_lead_id BIGINT, merged_lead_id BIGINT, event_count INT, assignment_count INT, merged_at DATETIME2(3)
    );

    -- Act
    SET @sql = CONCAT(
        N'EXEC app.merge_leads @survivor_lead_id = ', @survivor, N', @merged_lead_id = ', @merged,
        N', @reason = N''Same firm'';'
    );
    INSERT #merged EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert: the merged lead is gone, its assignment is the survivor's, the merge is recorded.
    EXEC test_fixture.policy_off;
    SELECT
        m.assignment_count,
        (
            SELECT COUNT(*) FROM core.lead AS l
            WHERE l.lead_id = @merged
        ) AS merged_left,
        (
            SELECT COUNT(*) FROM core.lead_assignment AS a
            WHERE a.lead_id = @survivor AND a.assigned_until IS NULL
        ) AS current_assignments,
        (
            SELECT r.reason FROM core.lead_merge AS r
            WHERE r.merged_lead_id = @merged
        ) AS reason
    INTO #actual
    FROM #merged AS m;
    EXEC test_fixture.policy_on;
    SELECT TOP (0) * INTO #expected FROM #actual;
    INSERT #expected VALUES (1, 0, 1, N'Same firm');
    EXEC tSQLt.AssertEqualsTable '#expected', '#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test merge_leads hides another office's lead with 50404]
AS
BEGIN
    -- Arrange
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.merge_leads @survivor_lead_id = ', test_fixture.id(N'luzern_lead'),
        N', @merged_lead_id = ', test_fixture.id(N'romandie_lead'), N', @reason = N''x'';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50404;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test merge_leads raises 50400 for the same lead twice without reason]
AS
BEGIN
    -- Arrange
    DECLARE @sql NVARCHAR(MAX) = CONCAT(
        N'EXEC app.merge_leads @survivor_lead_id = ', test_fixture.id(N'luzern_lead'),
        N', @merged_lead_id = ', test_fixture.id(N'luzern_lead'), N', @reason = N'' '';'
    );
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400;

    -- Act
    EXEC test_fixture.exec_as_api @sql = @sql;
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test list_partners names the active partners]
AS
BEGIN
    -- Arrange
    INSERT core.partner (partner_code, partner_name, is_active)
    VALUES ('gone', N'Gone AG', 0);
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    CREATE TABLE #actual (partner_code VARCHAR(40), partner_name NVARCHAR(200), column_count BIGINT);

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_partners;';

    -- Assert
    SELECT TOP (0) * INTO #expected FROM #actual;
    INSERT #expected VALUES ('acme', N'Acme AG', 0);
    EXEC tSQLt.AssertEqualsTable '#expected', '#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test list_partners refuses representatives with 50403]
AS
BEGIN
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50403;

    EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_partners;';
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test list_contact_windows keeps every version of a window]
AS
BEGIN
    -- Arrange
    DECLARE @sql NVARCHAR(MAX);
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.save_contact_window @status_code = ''lost'', @window_months = 24, @office_code = ''luzern'';';
    EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.save_contact_window @status_code = ''lost'', @window_months = 18, @office_code = ''luzern'';';
    CREATE TABLE #listed (
        office_code VARCHAR(20), status_code VARCHAR(20), window_months SMALLINT, changed_at DATETIME2(3),
        changed_by NVARCHAR(200), valid_to DATETIME2(3)
    );

    -- Act
    SET @sql = N'EXEC app.list_contact_windows @history = 1;';
    INSERT #listed EXEC test_fixture.exec_as_api @sql = @sql;

    -- Assert: the current version and the one it replaced.
    SELECT
        l.window_months,
        IIF(l.valid_to IS NULL, 1, 0) AS is_current
    INTO #actual
    FROM #listed AS l
    WHERE l.office_code = 'luzern' AND l.status_code = 'lost';
    SELECT TOP (0) * INTO #expected FROM #actual;
    INSERT #expected VALUES (18, 1), (24, 0);
    EXEC tSQLt.AssertEqualsTable '#expected', '#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_imports.[test list_contact_windows refuses managers with 50403]
AS
BEGIN
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50403;

    EXEC test_fixture.exec_as_api @sql = N'EXEC app.list_contact_windows;';
END;
GO
