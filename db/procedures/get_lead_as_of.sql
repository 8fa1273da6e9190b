/*
app.get_lead_as_of: what a lead looked like at a past instant (system time: what the
database knew then): its data, status, score, office and who owned it.

Callers: the web tier's lead page; DBAs and auditors.
Parameters:
    @lead_id  BIGINT        required
    @as_of    DATETIME2(3)  a past instant (UTC); required
Result (one row or none): lead_id BIGINT, company_name NVARCHAR(200), legal_form
    VARCHAR(20), uid VARCHAR(15), street NVARCHAR(200), plz SMALLINT, ort NVARCHAR(100),
    status VARCHAR(20), score SMALLINT, office_code VARCHAR(20), assigned_user_id INT,
    assigned_to NVARCHAR(200), delivered_at DATETIME2(3), valid_from DATETIME2(3),
    valid_to DATETIME2(3) (NULL for the current version)
    No row when the lead did not exist then, its version then belonged to another
    office (the policy filters history tables too), or it does not exist or is another
    office's: the cases cannot be told apart.
Errors:
    50400  every invalid parameter, in one message
FOR SYSTEM_TIME AS OF reads core.lead and core.lead_assignment with their history.
PostgreSQL twin: db/postgres/procedures/get_lead_as_of.sql.
Example:
    EXEC app.get_lead_as_of @lead_id = 42, @as_of = '2026-06-30T10:00:00';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.get_lead_as_of
    @lead_id BIGINT,
    @as_of DATETIME2(3)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);

    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (
            1,
            CASE
                WHEN @lead_id IS NULL
                    THEN N'The value for the parameter lead_id is not supported. It must not be empty.'
            END
        ),
        (
            2,
            CASE
                WHEN @as_of IS NULL OR @as_of > SYSUTCDATETIME()
                    THEN N'The value for the parameter as_of is not supported. It must be a past instant.'
            END
        )
    ) AS p(problem_no, problem)
    WHERE p.problem IS NOT NULL;

    IF @message IS NOT NULL
        BEGIN
            THROW 50400, @message, 1;
        END;

    SELECT
        l.lead_id,
        l.company_name,
        l.legal_form,
        l.uid,
        l.street,
        l.plz,
        l.ort,
        l.status,
        l.score,
        o.office_code,
        a.user_id AS assigned_user_id,
        u.display_name AS assigned_to,
        l.delivered_at,
        l.valid_from,
        NULLIF(l.valid_to, CAST('9999-12-31T23:59:59.999' AS DATETIME2(3))) AS valid_to
    FROM core.lead FOR SYSTEM_TIME AS OF @as_of AS l
    INNER JOIN core.office AS o ON l.office_id = o.office_id
    OUTER APPLY (
        SELECT TOP (1) la.user_id
        FROM core.lead_assignment FOR SYSTEM_TIME AS OF @as_of AS la
        WHERE la.lead_id = l.lead_id AND la.assigned_until IS NULL
        ORDER BY la.assigned_at DESC
    ) AS a
    LEFT OUTER JOIN core.app_user AS u ON a.user_id = u.user_id
    WHERE l.lead_id = @lead_id;
END;
GO
