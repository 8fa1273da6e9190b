-- 0100_lookup_foreign_keys.sql: coded columns refer to their lookup tables
-- (core.lead_status, core.event_type, core.role, core.size_category,
-- core.noga_branche, created and filled by their table files just before).
-- Brings a database deployed before them to the current shape, keeping its data; a
-- no-op on a fresh database. The CHECK lists are dropped and the foreign keys added.
-- A lead whose branche is not a NOGA 2008 code stops the deployment with a message
-- naming the codes, before anything changes: the data is for a person to fix.
-- (The T-SQL twin also makes the code columns byte-wise; PostgreSQL's are already.)
-- It runs as the deploying superuser, not as leadbase_owner: row-level security is
-- forced on the owner, and would hide every lead from the check and from the
-- validation of the new foreign keys.
RESET ROLE;
DO $$
DECLARE
    v_unknown text;
BEGIN
    SELECT string_agg(DISTINCT l.branche, ', ' ORDER BY l.branche) INTO v_unknown
    FROM core.lead AS l
    WHERE l.branche IS NOT NULL AND NOT EXISTS (SELECT 1 FROM core.noga_branche AS n WHERE n.code = l.branche);
    IF v_unknown IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB409', MESSAGE = format(
            'core.lead.branche holds codes that are not NOGA 2008 codes of core.noga_branche: %s. '
            'Correct them (app.list_codes lists the codes), then deploy again.', v_unknown);
    END IF;
END;
$$;

ALTER TABLE core.lead DROP CONSTRAINT IF EXISTS ck_core_lead_status;
ALTER TABLE core.lead DROP CONSTRAINT IF EXISTS ck_core_lead_size_category;
ALTER TABLE core.lead_event DROP CONSTRAINT IF EXISTS ck_core_lead_event_event_type;
ALTER TABLE core.app_user DROP CONSTRAINT IF EXISTS ck_core_app_user_role_code;

DO $$
DECLARE
    v_fk record;
BEGIN
    FOR v_fk IN
        SELECT *
        FROM (VALUES
            ('lead', 'fk_core_lead_branche_core_noga_branche', 'branche', 'noga_branche'),
            ('lead', 'fk_core_lead_size_category_core_size_category', 'size_category', 'size_category'),
            ('lead', 'fk_core_lead_status_core_lead_status', 'status', 'lead_status'),
            ('lead_event', 'fk_core_lead_event_event_type_core_event_type', 'event_type', 'event_type'),
            ('lead_event', 'fk_core_lead_event_old_status_core_lead_status', 'old_status', 'lead_status'),
            ('lead_event', 'fk_core_lead_event_new_status_core_lead_status', 'new_status', 'lead_status'),
            ('app_user', 'fk_core_app_user_role_code_core_role', 'role_code', 'role')
        ) AS v (table_name, constraint_name, column_name, lookup_name)
        WHERE NOT EXISTS (
            SELECT 1 FROM pg_catalog.pg_constraint AS c
            WHERE c.conname = v.constraint_name AND c.connamespace = 'core'::regnamespace
        )
    LOOP
        EXECUTE format('ALTER TABLE core.%I ADD CONSTRAINT %I FOREIGN KEY (%I) REFERENCES core.%I (code)',
            v_fk.table_name, v_fk.constraint_name, v_fk.column_name, v_fk.lookup_name);
    END LOOP;
END;
$$;

SET ROLE leadbase_owner;
