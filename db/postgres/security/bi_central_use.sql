-- The use of the central BI logins, visible in an audit view.
--
-- security.log_bi_central_read(view): called first by every function behind a bi view;
-- records the read when the reader is a central BI login (security.bi_central_login).
-- A read that cannot be recorded (a read-only replica) fails: central reads happen on
-- the primary. SECURITY DEFINER as leadbase_owner (the reader has no right on the table).
-- security.bi_central_use (view): login_name, view_name, read_at, reason — every read
-- by a central login, newest first; for DBAs (the owner, superusers, break-glass).
-- T-SQL twin: db/security/bi_central_use.sql (SQL Server Audit).
CREATE OR REPLACE FUNCTION security.log_bi_central_read(p_view_name VARCHAR)
RETURNS VOID
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    INSERT INTO security.bi_central_read (login_name, view_name)
    SELECT c.login_name, p_view_name
    FROM security.bi_central_login AS c
    WHERE c.login_name = session_user;
END
$$;

CREATE OR REPLACE VIEW security.bi_central_use AS
SELECT
    r.login_name,
    r.view_name,
    r.read_at,
    c.reason
FROM security.bi_central_read AS r
LEFT JOIN security.bi_central_login AS c ON r.login_name = c.login_name;
