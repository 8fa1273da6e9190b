/*
security.caller(): the active application user behind this session, if any.

Returns one row (user_id, role_code) or none. Who the caller is depends on the
login, never on what the login says alone; the first of these that names a user:
1. an open break-glass window of this login (ORIGINAL_LOGIN()) that names a user
   to act as (security.open_break_glass @act_as_user_id; logged with its reason;
   named in session context break_glass_id);
2. a DBA's login mapped in security.dba_login_user: that user, whatever the
   session context says;
3. the web tier (a member of leadbase_web): session context user_id, set on a
   fresh connection with
    EXEC sys.sp_set_session_context @key = N'user_id', @value = 7, @read_only = 1;
   Any login can set session context; only leadbase_web members are believed.
The user must be active in core.app_user. Anything else: no row (fail closed).

Logins are compared by ORIGINAL_LOGIN(), which EXECUTE AS does not change: inside
app.set_plz_mapping and app.route_leads (EXECUTE AS N'leadbase_router') a mapped
DBA is still themselves, and leadbase_router, a member of leadbase_web, still
reads the web session's user. Known limit: there, IS_ROLEMEMBER sees the router,
so a login that is neither mapped nor in leadbase_web yet holds EXECUTE on those
two procedures (a direct member of leadbase_api without a mapping) would be
believed; keep every DBA login mapped (README, "Calling procedures as a DBA").

Session values are read with TRY_CAST, so a value that is not an integer yields
no row instead of an error (security predicates must not raise errors).

Callers: security.caller_offices() (schema-bound, hence WITH SCHEMABINDING here),
the app procedures (who is calling, which role), tests.
Example:
    SELECT c.user_id, c.role_code FROM security.caller() AS c;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION security.caller()
RETURNS TABLE
WITH SCHEMABINDING
AS
RETURN
SELECT
    au.user_id,
    au.role_code
FROM core.app_user AS au
WHERE
    au.is_active = 1
    AND au.user_id = COALESCE(
        (
            SELECT bgl.act_as_user_id
            FROM security.break_glass_log AS bgl
            WHERE
                bgl.break_glass_id = TRY_CAST(SESSION_CONTEXT(N'break_glass_id') AS INT)
                AND bgl.login_name = ORIGINAL_LOGIN()
                AND bgl.expires_at > SYSUTCDATETIME()
        ),
        (
            SELECT dlu.user_id
            FROM security.dba_login_user AS dlu
            WHERE dlu.login_name = ORIGINAL_LOGIN()
        ),
        CASE
            WHEN IS_ROLEMEMBER(N'leadbase_web') = 1 THEN TRY_CAST(SESSION_CONTEXT(N'user_id') AS INT)
        END
    );
GO
