-- PostgreSQL only: the file reader COPYs a partner file's rows straight into
-- stage.import_row (thin_api/imports.py), the one table the app role may write.
-- SQL Server has no such path (app roles are denied on schema stage; rows arrive
-- through app.stage_import_rows), so this file has no twin.
--
-- The rule, defined once: rows may be added only to a receiving batch that the
-- caller started. app.stage_import_rows checks it first, and a trigger holds it for
-- COPY, so nobody adds rows to another manager's import in flight.
CREATE OR REPLACE FUNCTION core.is_own_receiving_batch(p_batch_id BIGINT)
RETURNS BOOLEAN
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (
        SELECT 1
        FROM core.import_batch AS b
        WHERE
            b.batch_id = p_batch_id
            AND b.status = 'receiving'
            AND b.imported_by = (SELECT c.user_id FROM security.caller() AS c)
    );
$$;

-- A statement trigger, not a row-level-security policy: PostgreSQL refuses COPY FROM
-- into a table with row-level security. It checks each batch a statement wrote once
-- (a loop over the distinct batch ids: as a WHERE the planner ran the check per row).
CREATE OR REPLACE FUNCTION core.check_staged_batches()
RETURNS TRIGGER
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_batch_id BIGINT;
BEGIN
    FOR v_batch_id IN SELECT DISTINCT r.batch_id FROM new_rows AS r LOOP
        IF NOT core.is_own_receiving_batch(v_batch_id) THEN
            RAISE EXCEPTION USING ERRCODE = 'LB404',
                MESSAGE = format('There is no receiving import batch %s of yours.', v_batch_id);
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS tr_stage_import_row_own_batch ON stage.import_row;
CREATE TRIGGER tr_stage_import_row_own_batch
AFTER INSERT ON stage.import_row
REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT
EXECUTE FUNCTION core.check_staged_batches();
