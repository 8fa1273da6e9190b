/*
drop_office_policy.sql: drop the schema-bound row-level security chain so that
the following files can (re)create it.

Why: security.office_policy is created WITH (SCHEMABINDING = ON) and its
predicate functions WITH SCHEMABINDING. While they are bound, SQL Server refuses
to alter them (CREATE OR ALTER FUNCTION fails on security.office_access_predicate
and on the functions it references) and refuses ALTER TABLE on the columns they
use. So the deployment drops, in dependency order,
    security.office_policy                  (security/office_policy.sql)
    security.office_access_predicate        (security/office_access_predicate.sql)
    security.caller_offices                 (security/caller_offices.sql)
early in db/manifest.txt, before the tables, and recreates them later in the
manifest; security/office_policy.sql comes after every table it names.
security.caller() is not dropped: once caller_offices is gone nothing
schema-bound references it, and CREATE OR ALTER keeps its permissions.

Until security/office_policy.sql has run, the office tables have no security
policy. deploy.ps1 runs the whole manifest in one transaction, so no other
session sees that state; a deployer that does not should block the application
(e.g. run in a maintenance window).

The PostgreSQL twin has a file of the same name that only explains why it has
nothing to drop (its policies are recreated in place).
*/

DROP SECURITY POLICY IF EXISTS security.office_policy;

DROP FUNCTION IF EXISTS security.office_access_predicate;

DROP FUNCTION IF EXISTS security.caller_offices;
GO
