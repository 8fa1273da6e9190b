/*
app.next_best_leads: the leads a representative should call next, best first, with
the reasons (core.rank_next_leads says how they are ranked).

Callers: representatives (web tier's home page, DBAs acting as one).
Parameters:
    @max_rows  INT  1-50; default 10
Result (best first): rank_no INT, lead_id BIGINT, company_name NVARCHAR(200),
    plz SMALLINT, ort NVARCHAR(100), canton CHAR(2), branche VARCHAR(10),
    size_category VARCHAR(10), status VARCHAR(20), score SMALLINT, age_days INT,
    success_factor DECIMAL(4,2), aging_factor DECIMAL(4,2), expected_value DECIMAL(9,2),
    reasons NVARCHAR(500)
Candidates come from the caller's office only, unassigned and open, neither
suppressed, no_advertising nor inside a do-not-contact window. A representative
at capacity (open leads >= lead_capacity) gets no rows: there is nothing to take.
Errors:
    50400  'The value for the parameter max_rows is not supported. It must be between 1 and 50.'
    50401  'No active user is signed in.'
    50403  'Only representatives have next best leads.'
PostgreSQL twin: db/postgres/procedures/next_best_leads.sql.
Example:
    EXEC app.next_best_leads @max_rows = 5;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.next_best_leads
    @max_rows INT = 10
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @office_id SMALLINT;
    DECLARE @open_lead_count INT;
    DECLARE @lead_capacity SMALLINT;

    ----------------------------------------------------------------------------
    -- Check the parameters
    ----------------------------------------------------------------------------
    IF @max_rows IS NULL OR @max_rows NOT BETWEEN 1 AND 50
        BEGIN
            THROW 50400, N'The value for the parameter max_rows is not supported. It must be between 1 and 50.', 1;
        END;

    ----------------------------------------------------------------------------
    -- Who is calling
    ----------------------------------------------------------------------------
    EXEC security.require_caller
        @allowed_roles = 'representative',
        @forbidden_message = N'Only representatives have next best leads.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    SELECT
        @office_id = k.office_id,
        @open_lead_count = k.open_lead_count,
        @lead_capacity = k.lead_capacity
    FROM core.claim_capacity(@caller_id, 0) AS k;

    -- The office's outcome counts, rebuilt when older than ten minutes.
    IF @office_id IS NOT NULL AND (@lead_capacity IS NULL OR @open_lead_count < @lead_capacity)
        BEGIN
            EXEC core.refresh_success_rates @office_id = @office_id;
        END;

    ----------------------------------------------------------------------------
    -- The result: nothing to take at capacity
    ----------------------------------------------------------------------------
    SELECT
        r.rank_no,
        r.lead_id,
        l.company_name,
        l.plz,
        l.ort,
        l.canton,
        l.branche,
        l.size_category,
        l.status,
        r.score,
        r.age_days,
        r.success_factor,
        r.aging_factor,
        r.expected_value,
        r.reasons
    FROM core.rank_next_leads(@caller_id, @office_id, @max_rows) AS r
    INNER JOIN core.lead AS l ON r.lead_id = l.lead_id
    WHERE @lead_capacity IS NULL OR @open_lead_count < @lead_capacity
    ORDER BY r.rank_no;
END;
GO
