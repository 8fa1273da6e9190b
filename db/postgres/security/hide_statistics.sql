-- Statistics that would tell a login how many rows other offices hold, or when they
-- work: revoked from PUBLIC in the Leadbase database (catalog privileges are per
-- database; the deployment runs as a superuser, so this file steps out of the
-- owner role for the REVOKEs and back in at the end).
--
-- Revoked: the pg_stat_* / pg_statio_* views of tables, indexes, sequences and
-- functions, pg_stat_database, every pg_stat_get_* function that takes an oid (a
-- relation, function or database: the same figures without the views) and the size
-- functions. No client Leadbase names uses them: the web tier calls app.*, BI tools
-- (Power BI, Excel through Npgsql or ODBC) read pg_class, pg_attribute and pg_type
-- for metadata, psql's \d commands too (only \dt+ and \l+ show sizes and then fail
-- for non-superusers). pgAdmin's statistics tabs need a superuser or pg_monitor.
-- Not revocable without breaking those clients: pg_class.reltuples and relpages
-- (every client reads pg_class). db/CONTRACT.md says why volumes are accepted.
-- The T-SQL twin (db/security/hide_statistics.sql) denies SHOWPLAN and VIEW
-- DATABASE STATE.
RESET ROLE;

DO $revoke$
DECLARE
    v_object text;
BEGIN
    FOR v_object IN
        SELECT format('TABLE pg_catalog.%I', c.relname)
        FROM pg_catalog.pg_class AS c
        WHERE
            c.relnamespace = 'pg_catalog'::regnamespace
            AND c.relkind = 'v'
            AND (
                c.relname ~ '^pg_stat(io)?_(xact_)?(all|sys|user)_(tables|indexes|sequences|functions)$'
                OR c.relname = 'pg_stat_database'
            )
        UNION ALL
        SELECT format('FUNCTION %s', p.oid::regprocedure)
        FROM pg_catalog.pg_proc AS p
        WHERE
            p.pronamespace = 'pg_catalog'::regnamespace
            AND (
                (p.proname LIKE 'pg\_stat\_get\_%' AND p.proargtypes = '26'::oidvector)
                OR p.proname IN (
                    'pg_relation_size', 'pg_total_relation_size', 'pg_table_size',
                    'pg_indexes_size', 'pg_database_size'
                )
            )
    LOOP
        EXECUTE format('REVOKE ALL ON %s FROM PUBLIC', v_object);
    END LOOP;
END
$revoke$;

SET ROLE leadbase_owner;
