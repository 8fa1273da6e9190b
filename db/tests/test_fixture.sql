/*
test_fixture: what the tSQLt test classes (test_users, test_leads, test_routing)
share. Not a test class: a plain schema of helpers, deployed with the tests into a
test database (never into production), before the test classes.

- leadbase_test_web: a user without login in role leadbase_web, standing in for
  the web app's login. security.caller() believes session context only from
  members of leadbase_web, so
  the procedures under test are called as this user (test_fixture.exec_as_api);
  the test runner itself (dbo) has no office and sees no lead.
- test_fixture.arrange: the fixture rows, inserted inside the test's rolled-back
  transaction. Offices and the default mapping come from the deployment's seed.
  tSQLt.FakeTable does not support temporal tables and may refuse tables bound by
  the schema-bound security policy, so the real tables are used; the policy is
  switched off only while the fixture leads are inserted (the ALTER is rolled
  back with the test).
      users   test.luzern.rep, test.luzern.rep2 (representatives, luzern),
              test.luzern.manager (manager, luzern), test.romandie.rep,
              test.romandie.manager (romandie), test.admin (admin, all offices),
              test.inactive.rep (inactive representative, luzern)
      leads   luzern_lead (6003 Luzern, assigned to test.luzern.rep),
              luzern_new_lead (6010 Kriens, new), luzern_won_lead (6005, won),
              romandie_lead (1003 Lausanne, new)
  Their ids: test_fixture.id(N'luzern_lead'), test_fixture.id(N'test.admin').
- Session context: test_fixture.sign_in / sign_out set user_id with @read_only = 0
  (SESSION_CONTEXT is not rolled back with a test; every SetUp signs out first).
- test_fixture.policy_off / policy_on: for assertions that must see every office.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF DATABASE_PRINCIPAL_ID(N'leadbase_test_web') IS NULL
    BEGIN
        CREATE USER leadbase_test_web WITHOUT LOGIN;
    END;

IF COALESCE(IS_ROLEMEMBER(N'leadbase_web', N'leadbase_test_web'), 0) = 0
    BEGIN
        ALTER ROLE leadbase_web ADD MEMBER leadbase_test_web;
    END;

IF SCHEMA_ID(N'test_fixture') IS NULL
    BEGIN
        EXEC (N'CREATE SCHEMA test_fixture AUTHORIZATION dbo;');
    END;
GO

IF OBJECT_ID(N'test_fixture.fixture_id', N'U') IS NULL
    BEGIN
        CREATE TABLE test_fixture.fixture_id (
            fixture_name NVARCHAR(100) NOT NULL,
            id BIGINT NOT NULL,
            CONSTRAINT pk_test_fixture_fixture_id PRIMARY KEY CLUSTERED (fixture_name)
        );
    END;
GO

-- The id of a fixture user (by login name) or lead (by fixture name).
CREATE OR ALTER FUNCTION test_fixture.id(@fixture_name NVARCHAR(100))
RETURNS BIGINT
AS
BEGIN
    RETURN (
        SELECT f.id
        FROM test_fixture.fixture_id AS f
        WHERE f.fixture_name = @fixture_name
    );
END;
GO

-- Run a batch as the application principal, e.g. N'EXEC app.whoami;'.
-- The user name is written without N: sqlfluff's parser rejects N'...' here.
CREATE OR ALTER PROCEDURE test_fixture.exec_as_api
    @sql NVARCHAR(MAX)
AS
BEGIN
    EXEC (@sql) AS USER = 'leadbase_test_web';
END;
GO

CREATE OR ALTER PROCEDURE test_fixture.sign_in
    @login_name NVARCHAR(100)
AS
BEGIN
    DECLARE @user_id INT = CAST(test_fixture.id(@login_name) AS INT);

    EXEC sys.sp_set_session_context @key = N'user_id', @value = @user_id, @read_only = 0;
END;
GO

CREATE OR ALTER PROCEDURE test_fixture.sign_out
AS
BEGIN
    EXEC sys.sp_set_session_context @key = N'user_id', @value = NULL, @read_only = 0;
END;
GO

CREATE OR ALTER PROCEDURE test_fixture.policy_off
AS
BEGIN
    ALTER SECURITY POLICY security.office_policy WITH (STATE = OFF);
END;
GO

CREATE OR ALTER PROCEDURE test_fixture.policy_on
AS
BEGIN
    ALTER SECURITY POLICY security.office_policy WITH (STATE = ON);
END;
GO

CREATE OR ALTER PROCEDURE test_fixture.arrange
AS
BEGIN
    SET NOCOUNT ON;

    EXEC test_fixture.sign_out;

    DELETE test_fixture.fixture_id;

    INSERT core.app_user (login_name, display_name, role_code, password_hash, is_active)
    VALUES
    ('test.luzern.rep', N'Lena Luzern', 'representative', NULL, 1),
    ('test.luzern.rep2', N'Luca Luzern', 'representative', NULL, 1),
    ('test.luzern.manager', N'Marta Luzern', 'manager', NULL, 1),
    ('test.romandie.rep', N'Rémi Romandie', 'representative', NULL, 1),
    ('test.romandie.manager', N'Roxane Romandie', 'manager', NULL, 1),
    ('test.admin', N'Adrian Admin', 'admin', 'argon2id-test-hash', 1),
    ('test.inactive.rep', N'Ines Inaktiv', 'representative', NULL, 0);

    INSERT test_fixture.fixture_id (fixture_name, id)
    SELECT
        u.login_name,
        u.user_id
    FROM core.app_user AS u
    WHERE u.login_name LIKE 'test.%';

    INSERT core.user_office (user_id, office_id)
    SELECT
        u.user_id,
        o.office_id
    FROM (
        VALUES
        ('test.luzern.rep', 'luzern'),
        ('test.luzern.rep2', 'luzern'),
        ('test.luzern.manager', 'luzern'),
        ('test.romandie.rep', 'romandie'),
        ('test.romandie.manager', 'romandie'),
        ('test.admin', 'luzern'),
        ('test.admin', 'romandie'),
        ('test.admin', 'egeli'),
        ('test.inactive.rep', 'luzern')
    ) AS m(login_name, office_code)
    INNER JOIN core.app_user AS u ON m.login_name = u.login_name
    INNER JOIN core.office AS o ON m.office_code = o.office_code;

    EXEC test_fixture.policy_off;

    -- source_batch tags each fixture lead so that its id can be recorded.
    INSERT core.lead (company_name, legal_form, plz, ort, canton, size_category, source_batch, status, score, office_id)
    SELECT
        f.company_name,
        f.legal_form,
        f.plz,
        f.ort,
        f.canton,
        'small' AS size_category,
        CONCAT('test:', f.fixture_name) AS source_batch,
        f.status,
        25 AS score,
        o.office_id
    FROM (
        VALUES
        ('luzern_lead', N'Müller Holzbau AG', 'AG', 6003, N'Luzern', 'LU', 'assigned', 'luzern'),
        ('luzern_new_lead', N'Pilatus Druck GmbH', 'GmbH', 6010, N'Kriens', 'LU', 'new', 'luzern'),
        ('luzern_won_lead', N'Rigi Bau AG', 'AG', 6005, N'Luzern', 'LU', 'won', 'luzern'),
        ('romandie_lead', N'Boulangerie Léman SA', 'SA', 1003, N'Lausanne', 'VD', 'new', 'romandie')
    ) AS f(fixture_name, company_name, legal_form, plz, ort, canton, status, office_code)
    INNER JOIN core.office AS o ON f.office_code = o.office_code;

    INSERT test_fixture.fixture_id (fixture_name, id)
    SELECT
        SUBSTRING(l.source_batch, 6, 40) AS fixture_name,
        l.lead_id
    FROM core.lead AS l
    WHERE l.source_batch LIKE 'test:%';

    INSERT core.lead_assignment (lead_id, office_id, user_id, assigned_by, assigned_at)
    SELECT
        l.lead_id,
        l.office_id,
        test_fixture.id(N'test.luzern.rep') AS user_id,
        test_fixture.id(N'test.admin') AS assigned_by,
        SYSUTCDATETIME() AS assigned_at
    FROM core.lead AS l
    WHERE l.lead_id = test_fixture.id(N'luzern_lead');

    EXEC test_fixture.policy_on;
END;
GO
