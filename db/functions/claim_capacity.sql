/*
core.claim_capacity(@user_id, @count_open): a representative's office, open leads and
capacity: the one definition of "open" for app.next_best_leads and app.claim_next_lead.

open_lead_count: current assignments of leads whose status is open
(core.lead_status.is_open); lead_capacity NULL = not set (no limit). With
@count_open = 0 the leads are counted only when a capacity is set (NULL otherwise):
a ranking needs the count only to compare it with the capacity, and a representative
can hold thousands of current assignments of closed leads.
One row for an active representative (they have exactly one office), else none.
An inline table-valued function (expanded into the calling query; row-level
security applies to the leads it counts). Not schema-bound, so migrations of the
tables it reads need not drop it.
PostgreSQL twin: db/postgres/functions/claim_capacity.sql.
Example:
    SELECT c.office_id, c.open_lead_count, c.lead_capacity FROM core.claim_capacity(7, 1) AS c;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION core.claim_capacity(
    @user_id INT,
    @count_open BIT
)
RETURNS TABLE
AS
RETURN
SELECT -- noqa: ST06
    uo.office_id,
    CASE
        WHEN @count_open = 1 OR u.lead_capacity IS NOT NULL
            THEN (
                SELECT COUNT(*)
                FROM core.lead_assignment AS a
                INNER JOIN core.lead AS l ON a.lead_id = l.lead_id
                INNER JOIN core.lead_status AS s ON l.status = s.code
                WHERE
                    a.user_id = @user_id
                    AND a.assigned_until IS NULL
                    AND s.is_open = 1
            )
    END AS open_lead_count,
    u.lead_capacity
FROM core.app_user AS u
INNER JOIN core.user_office AS uo ON u.user_id = uo.user_id
WHERE
    u.user_id = @user_id
    AND u.is_active = 1
    AND u.role_code = 'representative';
GO
