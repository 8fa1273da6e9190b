-- 0500_lead_assignment_reason.sql: core.lead_assignment gets reason_code (why the
-- representative got the lead: claimed, assigned, reassigned; core.assignment_reason).
-- Brings a database deployed before it to the current shape, keeping its data; a
-- no-op on a fresh database. The new column goes last on core.lead_assignment and
-- history.lead_assignment alike (history rows are copied by column position).
-- Existing assignments, all made by managers, get the reason app.assign_lead now
-- records: reassigned when another assignment of the lead ended the moment this one
-- began, else assigned; their history versions the same. Filled without triggers
-- (session_replication_role replica, for this step only), so no history version and
-- no valid_from changes.
ALTER TABLE core.lead_assignment ADD COLUMN IF NOT EXISTS reason_code VARCHAR(20);
ALTER TABLE history.lead_assignment ADD COLUMN IF NOT EXISTS reason_code VARCHAR(20);

DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_constraint
        WHERE
            conname = 'fk_core_lead_assignment_reason_code_core_assignment_reason'
            AND connamespace = 'core'::regnamespace
    ) THEN
        ALTER TABLE core.lead_assignment ADD CONSTRAINT fk_core_lead_assignment_reason_code_core_assignment_reason
        FOREIGN KEY (reason_code) REFERENCES core.assignment_reason (code);
    END IF;
END;
$$;

-- The fill runs as the deploying superuser: row-level security is forced on the owner.
RESET ROLE;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM core.lead_assignment WHERE reason_code IS NULL) THEN
        SET LOCAL session_replication_role = replica;
        UPDATE core.lead_assignment AS a
        SET reason_code = CASE
            WHEN EXISTS (
                SELECT 1 FROM core.lead_assignment AS p
                WHERE p.lead_id = a.lead_id AND p.assignment_id <> a.assignment_id AND p.assigned_until = a.assigned_at
            ) THEN 'reassigned'
            ELSE 'assigned'
        END
        WHERE a.reason_code IS NULL;
        UPDATE history.lead_assignment AS h
        SET reason_code = a.reason_code
        FROM core.lead_assignment AS a
        WHERE h.assignment_id = a.assignment_id AND h.reason_code IS NULL;
        SET LOCAL session_replication_role = origin;
    END IF;
END;
$$;
SET ROLE leadbase_owner;
