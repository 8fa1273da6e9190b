/*
test_sso: tSQLt tests of app.link_sso and app.get_sso_user (single sign-on links).

Needs test_fixture.sql first (fixture users, the application principal).
Run: EXEC tSQLt.Run 'test_sso';
Disabled for this file: CP02, because tSQLt's API names its parameters in
PascalCase (@ExpectedErrorNumber); RF05, because tSQLt test names are sentences
in brackets.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_sso';
GO

CREATE OR ALTER PROCEDURE test_sso.setup
AS
BEGIN
    EXEC test_fixture.arrange;
END;
GO

CREATE OR ALTER PROCEDURE test_sso.[test link_sso stores the subject and a lower-case e-mail]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    CREATE TABLE #actual (user_id INT, login_name VARCHAR(100), subject VARCHAR(255), email VARCHAR(254));

    -- Act
    INSERT #actual
    EXEC test_fixture.exec_as_api
        @sql = N'EXEC app.link_sso @login_name = N''test.luzern.rep'', @subject = N''s-1'', '
        + N'@email = N''Lu@Example.CH'';';

    -- Assert
    SELECT TOP (0) a.* INTO #expected FROM #actual AS a;
    INSERT #expected VALUES (test_fixture.id(N'test.luzern.rep'), 'test.luzern.rep', 's-1', 'lu@example.ch');
    EXEC tSQLt.AssertEqualsTable @Expected = '#expected', @Actual = '#actual';
END;
GO

CREATE OR ALTER PROCEDURE test_sso.[test link_sso raises 50403 for a manager]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.manager';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50403, @ExpectedMessage = N'Only admins may link sign-ins.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.link_sso @login_name = N''test.luzern.rep'', @subject = N''s-1'';';
END;
GO

CREATE OR ALTER PROCEDURE test_sso.[test link_sso raises 50409 when the subject belongs to another user]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.admin';
    INSERT core.user_sso_link (user_id, subject, email, last_edited_by)
    VALUES (test_fixture.id(N'test.romandie.rep'), 's-1', NULL, NULL);
    EXEC tSQLt.ExpectException
        @ExpectedErrorNumber = 50409, @ExpectedMessage = N'The subject or e-mail is linked to another user.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.link_sso @login_name = N''test.luzern.rep'', @subject = N''s-1'';';
END;
GO
