/*
app.list_codes: the coded values with their labels in German, French and English.

The one source of the lists the screens offer and label (statuses, event types,
roles, size categories, NOGA branches); procedures check the same tables.
Callers: the web tier (forms, labels), DBAs, import tools. Needs no signed-in
user: the lists are not secret.
Parameters:
    @list_name  VARCHAR(30)  lead_status | event_type | role | size_category |
                             noga_branche | language | assignment_reason | sign_in_outcome |
                             import_reason | kpi | aging_bucket | feedback_reason |
                             scoring_factor; NULL (default) = every list
Result (by list_name, sort_order):
    list_name VARCHAR(30), code VARCHAR(30), sort_order SMALLINT,
    label_de NVARCHAR(200), label_fr NVARCHAR(200), label_en NVARCHAR(200),
    is_final BIT, is_open BIT (lead_status; NULL elsewhere),
    is_contact BIT (event_type; NULL elsewhere)
Errors:
    50400  'The value for the parameter list_name is not supported. Supported values
           are aging_bucket, assignment_reason, event_type, feedback_reason, import_reason, kpi,
           language, lead_status, noga_branche, role, scoring_factor, sign_in_outcome,
           size_category.' (every list_name of core.code_list, in order)
PostgreSQL twin: db/postgres/procedures/list_codes.sql.
Example:
    EXEC app.list_codes @list_name = 'lead_status';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.list_codes
    @list_name VARCHAR(30) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);

    ----------------------------------------------------------------------------
    -- Check the parameters
    ----------------------------------------------------------------------------
    IF
        @list_name IS NOT NULL
        AND NOT EXISTS (
            SELECT 1
            FROM core.code_list AS c
            WHERE c.list_name = @list_name
        )
        BEGIN
            SELECT
                @message = N'The value for the parameter list_name is not supported. Supported values are '
                + STRING_AGG(l.list_name, N', ') WITHIN GROUP (ORDER BY l.list_name) + N'.'
            FROM (SELECT DISTINCT c.list_name FROM core.code_list AS c) AS l;
            THROW 50400, @message, 1;
        END;

    ----------------------------------------------------------------------------
    -- The codes
    ----------------------------------------------------------------------------
    SELECT
        c.list_name,
        c.code,
        c.sort_order,
        c.label_de,
        c.label_fr,
        c.label_en,
        c.is_final,
        c.is_open,
        c.is_contact
    FROM core.code_list AS c
    WHERE @list_name IS NULL OR c.list_name = @list_name
    ORDER BY c.list_name ASC, c.sort_order ASC;
END;
GO
