/*
drop_office_policy.sql: drop every schema-bound object so that the following
files can change tables and (re)create the objects.

Why: security.office_policy is created WITH (SCHEMABINDING = ON) and the
functions below WITH SCHEMABINDING. While they are bound, SQL Server refuses to
alter them (CREATE OR ALTER FUNCTION fails on security.office_access_predicate
and on the functions it references) and refuses ALTER TABLE ... ALTER COLUMN on
the columns they use (app_user, user_office, office, lead, ...), which the
migrations (db/migrations/, db/CONTRACT.md "Schema changes") need. So the
deployment drops, in dependency order,
    security.office_policy                  (security/office_policy.sql)
    security.office_access_predicate        (security/office_access_predicate.sql)
    core.user_office_codes                  (functions/user_office_codes.sql)
    security.caller_offices                 (security/caller_offices.sql)
    security.caller                         (security/caller.sql)
(each after everything schema-bound to it; tests/test_sql_static.py checks it)
early in db/manifest.txt, before the tables and migrations, and recreates them
later in the manifest; security/office_policy.sql comes after every table it
names. The procedures that call security.caller() and core.user_office_codes are
not schema-bound (deferred name resolution), so dropping the functions leaves
them valid once the files recreate them; grants.sql runs last and restores every
permission. A migration that needs another schema-bound object out of the way
adds it here.

Until security/office_policy.sql has run, the office tables have no security
policy. deploy.ps1 and thin_api/deploy.py run the whole manifest in one
transaction, so no other session sees that state; a deployer that does not
should block the application (e.g. run in a maintenance window).

The PostgreSQL twin has a file of the same name that only explains why it has
nothing to drop (its policies are recreated in place).
Microsoft docs: "CREATE FUNCTION (Transact-SQL)", SCHEMABINDING.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

DROP SECURITY POLICY IF EXISTS security.office_policy;

DROP FUNCTION IF EXISTS security.office_access_predicate;

DROP FUNCTION IF EXISTS core.user_office_codes;

DROP FUNCTION IF EXISTS security.caller_offices;

DROP FUNCTION IF EXISTS security.caller;
GO
