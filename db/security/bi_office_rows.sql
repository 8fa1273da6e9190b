/*
bi_office_rows.sql: the rows behind bi.kpi, bi.representative, bi.lead_history and
bi.lead_outcome, each read by a multi-statement table-valued function that applies
the caller's offices before any predicate of the caller runs (why: see
security/bi_rows.sql). The offices are applied explicitly (security.caller_offices())
and by security.office_policy on the tables.

    security.bi_kpi_rows()             app.get_kpis' figures (core.kpi_figures, the one
                                       definition) for every representative, the last 90
                                       days (UTC business dates) as of now
    security.bi_representative_rows()  representatives of the caller's offices, one row per office
    security.bi_lead_history_rows()    every version of the leads as kept (system time)
    security.bi_lead_outcome_rows()    events that set a final status, with their note

Callers: the bi views only (ownership chaining, all owned by dbo). Same names,
columns and order as db/postgres/security/bi_office_rows.sql.
Example:
    SELECT r.kpi_code, r.value FROM security.bi_kpi_rows() AS r;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION security.bi_kpi_rows()
RETURNS @rows TABLE (
    kpi_code VARCHAR(20) NOT NULL,
    office_id SMALLINT NOT NULL,
    office_code VARCHAR(20) NOT NULL,
    user_id INT NULL,
    display_name NVARCHAR(200) NULL,
    bucket VARCHAR(20) NULL,
    sort_order INT NOT NULL,
    value DECIMAL(19, 2) NOT NULL,
    base DECIMAL(19, 2) NULL,
    rate DECIMAL(19, 4) NULL,
    period_from DATE NOT NULL,
    period_to DATE NOT NULL
)
AS
BEGIN
    DECLARE @to DATE = CAST(SYSUTCDATETIME() AS DATE);
    DECLARE @from DATE = DATEADD(DAY, -89, @to);

    INSERT @rows (
        kpi_code, office_id, office_code, user_id, display_name, bucket, sort_order, value, base, rate,
        period_from, period_to
    )
    SELECT
        f.kpi_code,
        f.office_id,
        o.office_code,
        f.user_id,
        u.display_name,
        f.bucket,
        f.sort_order,
        CAST(f.value AS DECIMAL(19, 2)) AS value,
        CAST(f.base AS DECIMAL(19, 2)) AS base,
        CAST(f.value / NULLIF(f.base, 0) AS DECIMAL(19, 4)) AS rate,
        @from AS period_from,
        @to AS period_to
    FROM core.kpi_figures(SYSUTCDATETIME(), @from, @to) AS f
    INNER JOIN core.office AS o ON f.office_id = o.office_id
    LEFT OUTER JOIN core.app_user AS u ON f.user_id = u.user_id
    WHERE
        (f.is_rep = 0 OR f.user_id IS NOT NULL)
        AND f.office_id IN (
            SELECT co.office_id
            FROM security.caller_offices() AS co
        );

    RETURN;
END;
GO

CREATE OR ALTER FUNCTION security.bi_representative_rows()
RETURNS @rows TABLE (
    user_id INT NOT NULL,
    display_name NVARCHAR(200) NOT NULL,
    office_id SMALLINT NOT NULL,
    office_code VARCHAR(20) NOT NULL,
    is_active BIT NOT NULL,
    lead_capacity SMALLINT NULL,
    PRIMARY KEY (user_id, office_id)
)
AS
BEGIN
    INSERT @rows (user_id, display_name, office_id, office_code, is_active, lead_capacity)
    SELECT
        u.user_id,
        u.display_name,
        uo.office_id,
        o.office_code,
        u.is_active,
        u.lead_capacity
    FROM core.app_user AS u
    INNER JOIN core.user_office AS uo ON u.user_id = uo.user_id
    INNER JOIN core.office AS o ON uo.office_id = o.office_id
    WHERE
        u.role_code = 'representative'
        AND uo.office_id IN (
            SELECT co.office_id
            FROM security.caller_offices() AS co
        );

    RETURN;
END;
GO

CREATE OR ALTER FUNCTION security.bi_lead_history_rows()
RETURNS @rows TABLE (
    lead_id BIGINT NOT NULL,
    office_id SMALLINT NOT NULL,
    company_name NVARCHAR(200) NOT NULL,
    plz SMALLINT NOT NULL,
    ort NVARCHAR(100) NOT NULL,
    branche VARCHAR(10) NULL,
    size_category VARCHAR(10) NOT NULL,
    status VARCHAR(20) NOT NULL,
    score SMALLINT NOT NULL,
    delivered_at DATETIME2(3) NOT NULL,
    import_batch_id BIGINT NULL,
    last_edited_by INT NULL,
    valid_from DATETIME2(3) NOT NULL,
    valid_to DATETIME2(3) NULL
)
AS
BEGIN
    -- FOR SYSTEM_TIME ALL hides versions of zero duration; the contract's audit trail
    -- is core plus history read directly (db/CONTRACT.md, "Tables").
    INSERT @rows (
        lead_id, office_id, company_name, plz, ort, branche, size_category, status, score, delivered_at,
        import_batch_id, last_edited_by, valid_from, valid_to
    )
    SELECT
        v.lead_id,
        v.office_id,
        v.company_name,
        v.plz,
        v.ort,
        v.branche,
        v.size_category,
        v.status,
        v.score,
        v.delivered_at,
        v.import_batch_id,
        v.last_edited_by,
        v.valid_from,
        v.valid_to
    FROM (
        SELECT
            l.lead_id,
            l.office_id,
            l.company_name,
            l.plz,
            l.ort,
            l.branche,
            l.size_category,
            l.status,
            l.score,
            l.delivered_at,
            l.import_batch_id,
            l.last_edited_by,
            l.valid_from,
            CAST(NULL AS DATETIME2(3)) AS valid_to
        FROM core.lead AS l
        UNION ALL
        SELECT
            h.lead_id,
            h.office_id,
            h.company_name,
            h.plz,
            h.ort,
            h.branche,
            h.size_category,
            h.status,
            h.score,
            h.delivered_at,
            h.import_batch_id,
            h.last_edited_by,
            h.valid_from,
            h.valid_to
        FROM history.lead AS h
    ) AS v
    WHERE v.office_id IN (
        SELECT co.office_id
        FROM security.caller_offices() AS co
    );

    RETURN;
END;
GO

CREATE OR ALTER FUNCTION security.bi_lead_outcome_rows()
RETURNS @rows TABLE (
    event_id BIGINT NOT NULL PRIMARY KEY,
    lead_id BIGINT NOT NULL,
    office_id SMALLINT NOT NULL,
    outcome VARCHAR(20) NOT NULL,
    decided_at DATETIME2(3) NOT NULL,
    user_id INT NOT NULL,
    user_name NVARCHAR(200) NOT NULL,
    note NVARCHAR(2000) NULL
)
AS
BEGIN
    INSERT @rows (event_id, lead_id, office_id, outcome, decided_at, user_id, user_name, note)
    SELECT
        e.event_id,
        e.lead_id,
        e.office_id,
        e.new_status AS outcome,
        e.event_at AS decided_at,
        e.user_id,
        u.display_name AS user_name,
        e.note
    FROM core.lead_event AS e
    INNER JOIN core.lead_status AS s ON e.new_status = s.code
    INNER JOIN core.app_user AS u ON e.user_id = u.user_id
    WHERE
        s.is_final = 1
        AND e.office_id IN (
            SELECT co.office_id
            FROM security.caller_offices() AS co
        );

    RETURN;
END;
GO
