-- app.fail_import: record that a batch's import failed (the reader calls it after
-- the staging-and-import transaction rolled back). Only a receiving batch of the
-- caller changes; anything else is a no-op. A batch left 'receiving' by a killed
-- process reads as interrupted in app.list_import_batches.
--
-- Parameters: p_batch_id, p_error_message (kept up to 4000 characters).
-- Result: batch_id, status.
-- Errors: LB401 no active user; LB404 no batch of the caller with that id.
-- Example: SELECT * FROM app.fail_import(p_batch_id => 12, p_error_message => 'line 7: not UTF-8');
DROP FUNCTION IF EXISTS app.fail_import;
CREATE FUNCTION app.fail_import(p_batch_id BIGINT, p_error_message VARCHAR DEFAULT NULL)
RETURNS TABLE (batch_id BIGINT, status VARCHAR)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_user_id integer;
BEGIN
    SELECT r.user_id INTO v_user_id FROM security.require_caller() AS r;
    UPDATE core.import_batch AS b
    SET status = 'failed', finished_at = now(), error_message = left(coalesce(p_error_message, 'failed'), 4000)
    WHERE b.batch_id = p_batch_id AND b.imported_by = v_user_id AND b.status = 'receiving';
    DELETE FROM stage.import_row AS s
    WHERE s.batch_id = p_batch_id
      AND EXISTS (SELECT 1 FROM core.import_batch AS b WHERE b.batch_id = p_batch_id AND b.imported_by = v_user_id);

    RETURN QUERY
    SELECT b.batch_id, b.status FROM core.import_batch AS b
    WHERE b.batch_id = p_batch_id AND b.imported_by = v_user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'LB404', MESSAGE = format('There is no import batch %s of yours.', p_batch_id);
    END IF;
END
$$;
