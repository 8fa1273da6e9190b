/*
security.office_access_predicate(@office_id): the row-level security predicate
of security.office_policy.

Parameters:
    @office_id  smallint  the office_id of the row being read or written
Result: one row (access_result = 1) when @office_id is among
security.caller_offices(), else no row (the row is filtered or the write blocked).

Inline and schema-bound as SQL Server requires; no type conversion (office_id is
smallint everywhere) and nothing per row beyond comparing office_id with the
caller's offices, so index seeks on office_id survive.
Do not call it directly; it is bound by security.office_policy
(see security/drop_office_policy.sql for redeployment).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION security.office_access_predicate(@office_id SMALLINT)
RETURNS TABLE
WITH SCHEMABINDING
AS
RETURN
SELECT 1 AS access_result
WHERE EXISTS (
    SELECT 1
    FROM security.caller_offices() AS co
    WHERE co.office_id = @office_id
);
GO
