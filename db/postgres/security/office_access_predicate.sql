-- Twin of the T-SQL predicate function security.office_access_predicate. PostgreSQL
-- needs no predicate function: each policy in security/office_policy.sql writes the
-- predicate inline as office_id = ANY ((SELECT security.caller_offices())::smallint[]),
-- which the planner computes once per query. A per-row boolean function was measured
-- 1,637 times slower (shared/findings.md). This file intentionally creates nothing.
SELECT 1 AS no_predicate_function_on_postgresql;
