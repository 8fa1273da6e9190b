/*
security.caller(): the active application user behind this session, if any.

Returns one row (user_id, role_code) or none. A row needs all of:
- session context user_id, set by the web tier on a fresh connection with
    EXEC sys.sp_set_session_context @key = N'user_id', @value = 7, @read_only = 1;
- an active core.app_user with that user_id;
- a caller who is a member of the database role leadbase_api (any login can set
  session context; only the application principal may claim a user with it).
  Inside app.set_plz_mapping and app.route_leads (EXECUTE AS N'leadbase_router',
  a member of leadbase_api) the session's user is still returned.

The session value is read with TRY_CAST, so a value that is not an integer
yields no row instead of an error (security predicates must not raise errors).

Callers: security.caller_offices() (schema-bound, hence WITH SCHEMABINDING here),
the app procedures (who is calling, which role), tests.
Example:
    SELECT c.user_id, c.role_code FROM security.caller() AS c;
*/

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
    au.user_id = TRY_CAST(SESSION_CONTEXT(N'user_id') AS INT)
    AND au.is_active = 1
    AND IS_ROLEMEMBER(N'leadbase_api') = 1;
GO
