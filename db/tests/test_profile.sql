/*
test_profile: tSQLt tests of app.save_my_profile (the signed-in user's own
language and password hash).

Needs test_fixture.sql first (fixture users, the application principal).
Run: EXEC tSQLt.Run 'test_profile';
Disabled for this file: CP02, because tSQLt's API names its parameters in
PascalCase (@ExpectedErrorNumber); RF05, because tSQLt test names are sentences
in brackets.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO
-- noqa: disable=CP02,RF05

EXEC tSQLt.NewTestClass 'test_profile';
GO

CREATE OR ALTER PROCEDURE test_profile.setup
AS
BEGIN
    EXEC test_fixture.arrange;
END;
GO

CREATE OR ALTER PROCEDURE test_profile.[test save_my_profile sets the callers language and keeps history]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    DECLARE @user_id INT = test_fixture.id(N'test.luzern.rep');
    CREATE TABLE #actual (user_id INT, language_code VARCHAR(2));

    -- Act
    INSERT #actual EXEC test_fixture.exec_as_api @sql = N'EXEC app.save_my_profile @language_code = ''fr'';';

    -- Assert
    DECLARE @language VARCHAR(2);
    DECLARE @editor INT;
    SELECT @language = a.language_code
    FROM #actual AS a
    WHERE a.user_id = @user_id;
    SELECT @editor = u.last_edited_by
    FROM core.app_user AS u
    WHERE u.user_id = @user_id;
    EXEC tSQLt.AssertEqualsString @Expected = 'fr', @Actual = @language;
    EXEC tSQLt.AssertEquals @Expected = @user_id, @Actual = @editor;
END;
GO

CREATE OR ALTER PROCEDURE test_profile.[test save_my_profile refuses FR because codes compare byte-wise]
AS
BEGIN
    -- Arrange
    EXEC test_fixture.sign_in @login_name = N'test.luzern.rep';
    DECLARE
        @expected_message NVARCHAR(2048) = N'The value for the parameter language_code is not supported. '
        + N'Supported values are de, fr, en.';
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50400, @ExpectedMessage = @expected_message;

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.save_my_profile @language_code = ''FR'';';
END;
GO

CREATE OR ALTER PROCEDURE test_profile.[test save_my_profile raises 50401 without session context]
AS
BEGIN
    -- Arrange: SetUp signed out
    EXEC tSQLt.ExpectException @ExpectedErrorNumber = 50401, @ExpectedMessage = N'No active user is signed in.';

    -- Act
    EXEC test_fixture.exec_as_api @sql = N'EXEC app.save_my_profile @language_code = ''fr'';';
END;
GO
