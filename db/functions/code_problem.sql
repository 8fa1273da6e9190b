/*
core.code_problem(...): the validation message for a code parameter, or NULL when
the value is a code of its list. Procedures put it among their collected problems,
so the supported values are named from the lookup table, never from a copy.

Parameters:
    @list_name       VARCHAR(30)    a list of core.code_list (lead_status, ...)
    @parameter_name  VARCHAR(128)   the parameter's name without @, for the message
    @value           VARCHAR(100)   the value given; compared byte-wise ('WON' is not 'won')
    @is_required     BIT            1: NULL is a problem too
Returns NVARCHAR(4000): 'The value for the parameter status is not supported.
Supported values are new, assigned, ...' (lists of more than 20 codes are named,
not listed: '... Supported values are the 703 codes that app.list_codes returns
for list_name noga_branche.'), or NULL.
PostgreSQL twin: db/postgres/functions/code_problem.sql.
Example:
    SELECT core.code_problem('lead_status', 'status', 'WON', 0);
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION core.code_problem(
    @list_name VARCHAR(30),
    @parameter_name VARCHAR(128),
    @value VARCHAR(100),
    @is_required BIT
)
RETURNS NVARCHAR(4000)
AS
BEGIN
    DECLARE @codes NVARCHAR(4000);
    DECLARE @code_count INT;

    IF
        (@value IS NULL AND @is_required = 0)
        OR EXISTS (
            SELECT 1
            FROM core.code_list AS c
            WHERE
                c.list_name = @list_name
                AND c.code = @value
        )
        BEGIN
            RETURN NULL;
        END;

    SELECT
        @code_count = COUNT(*),
        @codes = STRING_AGG(CAST(c.code AS NVARCHAR(4000)), N', ') WITHIN GROUP (ORDER BY c.sort_order)
    FROM core.code_list AS c
    WHERE c.list_name = @list_name;

    RETURN CONCAT(
        N'The value for the parameter ', @parameter_name, N' is not supported. Supported values are ',
        CASE
            WHEN @code_count > 20
                THEN CONCAT(N'the ', @code_count, N' codes that app.list_codes returns for list_name ', @list_name)
            ELSE @codes
        END,
        N'.'
    );
END;
GO
