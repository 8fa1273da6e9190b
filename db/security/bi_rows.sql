/*
bi_rows.sql: the rows behind the bi views (bi.lead, bi.lead_event,
bi.lead_assignment), each read by a multi-statement table-valued function that
applies the caller's offices before any predicate of the caller runs.

Why: a BI login types its own SQL. Over a plain view, the optimizer may evaluate
the login's own predicate before the security predicate, so an expression that
fails, such as 1 / (score - 65), reveals values of rows the login cannot see
(Microsoft, "Row-level security", section "Security note: side-channel attacks":
https://learn.microsoft.com/sql/relational-databases/security/row-level-security).
SQL Server has no leakproof marking to prevent that. A multi-statement function
materializes its result in its return table first; the caller's predicates (and
errors) reach only those rows, and a plan shows the function, not the tables.
The price: every read materializes the login's offices' rows before filtering.
security/hide_statistics.sql denies SHOWPLAN and VIEW DATABASE STATE besides.

The offices are applied twice on purpose: explicitly (the function's own WHERE,
from security.caller_offices()) and by security.office_policy on the tables.
The names come from core.app_user only for rows already limited to the caller's
offices, so no user of another office can be probed through them.

Callers: the bi views only (ownership chaining from the views, all owned by dbo;
the reader needs no permission here). Same names, columns and order as
db/postgres/security/bi_rows.sql.
Example:
    SELECT r.lead_id, r.assigned_to FROM security.bi_lead_rows() AS r;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION security.bi_lead_rows()
RETURNS @rows TABLE (
    lead_id BIGINT NOT NULL PRIMARY KEY,
    company_name NVARCHAR(200) NOT NULL,
    legal_form VARCHAR(20) NULL,
    uid VARCHAR(15) NULL,
    street NVARCHAR(200) NULL,
    plz SMALLINT NOT NULL,
    ort NVARCHAR(100) NOT NULL,
    canton CHAR(2) NULL,
    branche VARCHAR(10) NULL,
    size_category VARCHAR(10) NOT NULL,
    source_batch VARCHAR(40) NULL,
    status VARCHAR(20) NOT NULL,
    score SMALLINT NOT NULL,
    office_id SMALLINT NOT NULL,
    office_code VARCHAR(20) NOT NULL,
    created_at DATETIME2(3) NOT NULL,
    assigned_user_id INT NULL,
    assigned_to NVARCHAR(200) NULL
)
AS
BEGIN
    INSERT @rows (
        lead_id, company_name, legal_form, uid, street, plz, ort, canton, branche,
        size_category, source_batch, status, score, office_id, office_code, created_at,
        assigned_user_id, assigned_to
    )
    SELECT
        l.lead_id,
        l.company_name,
        l.legal_form,
        l.uid,
        l.street,
        l.plz,
        l.ort,
        l.canton,
        l.branche,
        l.size_category,
        l.source_batch,
        l.status,
        l.score,
        l.office_id,
        o.office_code,
        l.created_at,
        la.user_id,
        au.display_name
    FROM core.lead AS l
    INNER JOIN core.office AS o ON l.office_id = o.office_id
    LEFT OUTER JOIN core.lead_assignment AS la ON l.lead_id = la.lead_id AND la.assigned_until IS NULL
    LEFT OUTER JOIN core.app_user AS au ON la.user_id = au.user_id
    WHERE l.office_id IN (
        SELECT co.office_id
        FROM security.caller_offices() AS co
    );

    RETURN;
END;
GO

CREATE OR ALTER FUNCTION security.bi_lead_event_rows()
RETURNS @rows TABLE (
    event_id BIGINT NOT NULL PRIMARY KEY,
    lead_id BIGINT NOT NULL,
    office_id SMALLINT NOT NULL,
    event_at DATETIME2(3) NOT NULL,
    event_type VARCHAR(20) NOT NULL,
    old_status VARCHAR(20) NULL,
    new_status VARCHAR(20) NULL,
    user_id INT NOT NULL,
    user_name NVARCHAR(200) NOT NULL,
    next_step_at DATE NULL
)
AS
BEGIN
    INSERT @rows (
        event_id, lead_id, office_id, event_at, event_type, old_status, new_status,
        user_id, user_name, next_step_at
    )
    SELECT
        le.event_id,
        le.lead_id,
        le.office_id,
        le.event_at,
        le.event_type,
        le.old_status,
        le.new_status,
        le.user_id,
        au.display_name,
        le.next_step_at
    FROM core.lead_event AS le
    INNER JOIN core.app_user AS au ON le.user_id = au.user_id
    WHERE le.office_id IN (
        SELECT co.office_id
        FROM security.caller_offices() AS co
    );

    RETURN;
END;
GO

CREATE OR ALTER FUNCTION security.bi_lead_assignment_rows()
RETURNS @rows TABLE (
    assignment_id BIGINT NOT NULL PRIMARY KEY,
    lead_id BIGINT NOT NULL,
    office_id SMALLINT NOT NULL,
    user_id INT NOT NULL,
    user_name NVARCHAR(200) NOT NULL,
    assigned_by INT NOT NULL,
    assigned_at DATETIME2(3) NOT NULL,
    assigned_until DATETIME2(3) NULL,
    reason_code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL  -- noqa: CP02
)
AS
BEGIN
    INSERT @rows (
        assignment_id, lead_id, office_id, user_id, user_name, assigned_by, assigned_at,
        assigned_until, reason_code
    )
    SELECT
        la.assignment_id,
        la.lead_id,
        la.office_id,
        la.user_id,
        au.display_name,
        la.assigned_by,
        la.assigned_at,
        la.assigned_until,
        la.reason_code
    FROM core.lead_assignment AS la
    INNER JOIN core.app_user AS au ON la.user_id = au.user_id
    WHERE la.office_id IN (
        SELECT co.office_id
        FROM security.caller_offices() AS co
    );

    RETURN;
END;
GO
