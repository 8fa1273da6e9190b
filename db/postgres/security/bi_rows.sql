-- The rows behind the bi views (bi.lead, bi.lead_event, bi.lead_assignment), each
-- read by a function that applies the caller's offices before anything else runs.
--
-- Why functions: a BI login types its own SQL. Built-in comparisons are leakproof,
-- so PostgreSQL evaluates a login's `WHERE lead_id = 42` below the row-level-security
-- filter, even through a security_barrier view, and EXPLAIN (ANALYZE) then shows
-- whether the office filter removed a row; plain EXPLAIN shows estimates taken from
-- every office's statistics. A plpgsql set-returning function is opaque to the
-- planner: the login's predicates run only over the rows it returned, and the plan
-- shows one Function Scan with a fixed estimate (ROWS 1000), whatever other offices
-- hold. The price: every read materializes the login's offices' rows, so a filter
-- is applied after that read, not through an index (bench/bi_reads.py).
--
-- Callers: the bi views (and so BI logins and break-glass DBAs, who need EXECUTE:
-- a view's function calls are checked against the reader). SECURITY DEFINER as
-- leadbase_owner, so row-level security still applies inside (FORCE).
-- Each first records a read by a central BI login (security/bi_central_use.sql),
-- so they are VOLATILE. The T-SQL twin (db/security/bi_rows.sql) uses multi-statement
-- table-valued functions of the same names.
CREATE OR REPLACE FUNCTION security.bi_lead_rows()
RETURNS TABLE (
    lead_id BIGINT,
    company_name VARCHAR,
    legal_form VARCHAR,
    uid VARCHAR,
    street VARCHAR,
    plz SMALLINT,
    ort VARCHAR,
    canton CHAR(2),
    branche VARCHAR,
    size_category VARCHAR,
    source_batch VARCHAR,
    status VARCHAR,
    score SMALLINT,
    office_id SMALLINT,
    office_code VARCHAR,
    created_at TIMESTAMPTZ,
    assigned_user_id INTEGER,
    assigned_to VARCHAR
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
ROWS 1000
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_offices smallint[] := security.caller_offices();
BEGIN
    PERFORM security.log_bi_central_read('bi.lead');
    RETURN QUERY
    SELECT
        l.lead_id, l.company_name, l.legal_form, l.uid, l.street, l.plz, l.ort, l.canton,
        l.branche, l.size_category, l.source_batch, l.status, l.score, l.office_id,
        o.office_code, l.created_at, a.user_id, u.display_name
    FROM core.lead AS l
    INNER JOIN core.office AS o ON l.office_id = o.office_id
    LEFT JOIN core.lead_assignment AS a ON l.lead_id = a.lead_id AND a.assigned_until IS NULL
    LEFT JOIN core.app_user AS u ON a.user_id = u.user_id
    WHERE l.office_id = ANY (v_offices);
END
$$;

CREATE OR REPLACE FUNCTION security.bi_lead_event_rows()
RETURNS TABLE (
    event_id BIGINT,
    lead_id BIGINT,
    office_id SMALLINT,
    event_at TIMESTAMPTZ,
    event_type VARCHAR,
    old_status VARCHAR,
    new_status VARCHAR,
    user_id INTEGER,
    user_name VARCHAR,
    next_step_at DATE
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
ROWS 1000
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_offices smallint[] := security.caller_offices();
BEGIN
    PERFORM security.log_bi_central_read('bi.lead_event');
    RETURN QUERY
    SELECT
        e.event_id, e.lead_id, e.office_id, e.event_at, e.event_type, e.old_status,
        e.new_status, e.user_id, u.display_name, e.next_step_at
    FROM core.lead_event AS e
    INNER JOIN core.app_user AS u ON e.user_id = u.user_id
    WHERE e.office_id = ANY (v_offices);
END
$$;

-- Its result gained reason_code (issue 10): a changed result type needs a DROP, and
-- the view over it goes too (views/lead_assignment.sql recreates it later).
DROP FUNCTION IF EXISTS security.bi_lead_assignment_rows() CASCADE;
CREATE FUNCTION security.bi_lead_assignment_rows()
RETURNS TABLE (
    assignment_id BIGINT,
    lead_id BIGINT,
    office_id SMALLINT,
    user_id INTEGER,
    user_name VARCHAR,
    assigned_by INTEGER,
    assigned_at TIMESTAMPTZ,
    assigned_until TIMESTAMPTZ,
    reason_code VARCHAR
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
ROWS 1000
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_offices smallint[] := security.caller_offices();
BEGIN
    PERFORM security.log_bi_central_read('bi.lead_assignment');
    RETURN QUERY
    SELECT
        a.assignment_id, a.lead_id, a.office_id, a.user_id, u.display_name, a.assigned_by,
        a.assigned_at, a.assigned_until, a.reason_code
    FROM core.lead_assignment AS a
    INNER JOIN core.app_user AS u ON a.user_id = u.user_id
    WHERE a.office_id = ANY (v_offices);
END
$$;
