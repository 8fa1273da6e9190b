-- Twin of the T-SQL file that drops the security policy before its schema-bound
-- predicate functions are re-created. PostgreSQL policies do not bind functions that
-- way: security/office_policy.sql drops and re-creates each policy in one statement,
-- inside the deployment's single transaction. This file intentionally changes nothing.
SELECT 1 AS no_policy_to_drop_on_postgresql;
