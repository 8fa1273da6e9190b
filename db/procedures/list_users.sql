/*
app.list_users: the people a manager works with, or every user for an admin.

Callers: managers (users who share an office with them) and admins (all users);
the web tier's user list and assignment picker; DBAs.
Parameters:
    @role_code  VARCHAR(20)  representative | manager | admin; NULL (default) = all
Result (one row per user, by display name):
    user_id INT, login_name VARCHAR(100), display_name NVARCHAR(200),
    role_code VARCHAR(20), office_codes VARCHAR(8000) (comma-separated, sorted),
    is_active BIT, open_lead_count BIGINT (current assignments the caller can see),
    lead_capacity SMALLINT (how many open leads a representative can carry; NULL = not set),
    sso_subject VARCHAR(255), sso_email VARCHAR(254) (the single sign-on link, NULL = none)
Errors:
    50400  'The value for the parameter role_code is not supported. Supported values
           are representative, manager, admin.'
    50401  'No active user is signed in.'
    50403  'Only managers and admins may list users.'
PostgreSQL twin: db/postgres/procedures/list_users.sql.
Example:
    EXEC app.list_users @role_code = 'representative';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.list_users
    @role_code VARCHAR(20) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);

    ----------------------------------------------------------------------------
    -- Check the parameters
    ----------------------------------------------------------------------------
    SET @message = core.code_problem('role', 'role_code', @role_code, 0);
    IF @message IS NOT NULL
        BEGIN
            THROW 50400, @message, 1;
        END;

    ----------------------------------------------------------------------------
    -- Who is calling
    ----------------------------------------------------------------------------
    EXEC security.require_caller
        @allowed_roles = 'manager,admin',
        @forbidden_message = N'Only managers and admins may list users.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    ----------------------------------------------------------------------------
    -- The users
    ----------------------------------------------------------------------------
    SELECT
        u.user_id,
        u.login_name,
        u.display_name,
        u.role_code,
        offices.office_codes,
        u.is_active,
        open_leads.open_lead_count,
        u.lead_capacity,
        sso.subject AS sso_subject,
        sso.email AS sso_email
    FROM core.app_user AS u
    LEFT JOIN core.user_sso_link AS sso ON u.user_id = sso.user_id
    OUTER APPLY core.user_office_codes(u.user_id) AS offices
    CROSS APPLY (
        -- Row-level security: only assignments in the caller's offices count.
        SELECT COUNT_BIG(*) AS open_lead_count
        FROM core.lead_assignment AS a
        WHERE
            a.user_id = u.user_id
            AND a.assigned_until IS NULL
    ) AS open_leads
    WHERE
        (@role_code IS NULL OR u.role_code = @role_code)
        AND (
            @caller_role = 'admin'
            OR EXISTS (
                SELECT 1
                FROM core.user_office AS mine
                INNER JOIN core.user_office AS theirs ON mine.office_id = theirs.office_id
                WHERE
                    mine.user_id = @caller_id
                    AND theirs.user_id = u.user_id
            )
        )
    ORDER BY u.display_name ASC, u.user_id ASC;
END;
GO
