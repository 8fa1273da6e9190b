/*
app.get_lead: one lead with its current assignment.

Callers: the web tier's lead page; DBAs.
Parameters:
    @lead_id  BIGINT, required.
Result (one row, or none when the lead does not exist or belongs to another office:
the two cannot be told apart):
    lead_id BIGINT, company_name NVARCHAR(200), legal_form VARCHAR(20), uid VARCHAR(15),
    street NVARCHAR(200), plz SMALLINT, ort NVARCHAR(100), canton CHAR(2),
    phone VARCHAR(30), email VARCHAR(254), website VARCHAR(254), branche VARCHAR(10),
    size_category VARCHAR(10), source_batch VARCHAR(40), status VARCHAR(20),
    score SMALLINT, office_code VARCHAR(20), assigned_user_id INT,
    assigned_to NVARCHAR(200), created_at DATETIME2(3), age_days INT,
    no_advertising BIT (the UWG star entry: from a partner file or a suppression list)
Errors:
    50400  'The value for the parameter lead_id is not supported. It must not be empty.'
Row-level security decides whether the lead exists for the caller.
PostgreSQL twin: db/postgres/procedures/get_lead.sql.
Example:
    EXEC app.get_lead @lead_id = 42;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.get_lead
    @lead_id BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    ----------------------------------------------------------------------------
    -- Check the parameters
    ----------------------------------------------------------------------------
    IF @lead_id IS NULL
        BEGIN
            THROW 50400, N'The value for the parameter lead_id is not supported. It must not be empty.', 1;
        END;

    ----------------------------------------------------------------------------
    -- The lead (no_advertising last: it joined the result later)
    ----------------------------------------------------------------------------
    SELECT -- noqa: ST06
        l.lead_id,
        l.company_name,
        l.legal_form,
        l.uid,
        l.street,
        l.plz,
        l.ort,
        l.canton,
        l.phone,
        l.email,
        l.website,
        l.branche,
        l.size_category,
        l.source_batch,
        l.status,
        l.score,
        o.office_code,
        a.user_id AS assigned_user_id,
        u.display_name AS assigned_to,
        l.created_at,
        DATEDIFF(DAY, l.created_at, SYSUTCDATETIME()) AS age_days,
        l.no_advertising
    FROM core.lead AS l
    INNER JOIN core.office AS o ON l.office_id = o.office_id
    LEFT JOIN core.lead_assignment AS a ON l.lead_id = a.lead_id AND a.assigned_until IS NULL
    LEFT JOIN core.app_user AS u ON a.user_id = u.user_id
    WHERE l.lead_id = @lead_id;
END;
GO
