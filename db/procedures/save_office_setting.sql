/*
app.save_office_setting: an office's settings for the representatives' home page.

Callers: admins; managers of that office.
Parameters:
    @office_code           VARCHAR(20), required: an office of the caller
    @untouched_alert_days  INT, required: 1-365 (a lead assigned and untouched this
                           many days raises an alert, app.my_alerts)
Result: office_code VARCHAR(20), untouched_alert_days SMALLINT
Errors:
    50400  every invalid parameter, listed (an office not the caller's reads like an
           unknown one)
    50401  'No active user is signed in.'
    50403  'Only admins and managers may change office settings.'
PostgreSQL twin: db/postgres/procedures/save_office_setting.sql.
Example:
    EXEC app.save_office_setting @office_code = 'luzern', @untouched_alert_days = 3;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.save_office_setting
    @office_code VARCHAR(20),
    @untouched_alert_days INT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @office_id SMALLINT;

    EXEC security.require_caller
        @allowed_roles = 'admin,manager',
        @forbidden_message = N'Only admins and managers may change office settings.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    SELECT @office_id = o.office_id
    FROM core.office AS o
    INNER JOIN security.caller_offices() AS c ON o.office_id = c.office_id
    WHERE o.office_code = @office_code;

    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (
            1,
            CASE
                WHEN @office_id IS NULL
                    THEN
                        N'The value for the parameter office_code is not supported. '
                        + N'It must name one of your offices.'
            END
        ),
        (
            2,
            CASE
                WHEN @untouched_alert_days IS NULL OR @untouched_alert_days NOT BETWEEN 1 AND 365
                    THEN
                        N'The value for the parameter untouched_alert_days is not supported. '
                        + N'It must be between 1 and 365.'
            END
        )
    ) AS p(problem_no, problem)
    WHERE p.problem IS NOT NULL;

    IF @message IS NOT NULL
        BEGIN
            THROW 50400, @message, 1;
        END;

    UPDATE core.office_setting
    SET
        untouched_alert_days = @untouched_alert_days,
        last_edited_by = @caller_id
    WHERE office_id = @office_id;

    IF @@ROWCOUNT = 0
        BEGIN
            INSERT core.office_setting (office_id, untouched_alert_days, last_edited_by)
            VALUES (@office_id, @untouched_alert_days, @caller_id);
        END;

    SELECT
        o.office_code,
        s.untouched_alert_days
    FROM core.office_setting AS s
    INNER JOIN core.office AS o ON s.office_id = o.office_id
    WHERE s.office_id = @office_id;
END;
GO
