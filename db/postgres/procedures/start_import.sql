-- app.start_import: register a partner file as an import batch, before its rows are
-- staged. The same file (partner and content hash) already imported is a no-op that
-- says so: the existing batch comes back with already_imported = true.
--
-- Callers: the file reader (thin_api/imports.py: CLI and web upload); DBAs.
-- Parameters: p_partner_code (an active partner), p_file_name (1-260 characters),
-- p_content_hash (SHA-256 of the file, 64 hex digits), p_received_at (when the
-- partner delivered the file: business time, becomes the leads' delivered_at; not
-- in the future).
-- Result: batch_id, status (receiving | imported), already_imported.
-- Errors: LB400 every invalid parameter; LB401 no active user; LB403 not a manager
-- or admin.
-- Then, in one transaction: stage the rows (COPY into stage.import_row, or
-- app.stage_import_rows) and call app.import_batch. If that transaction fails, the
-- batch stays 'receiving' (app.fail_import records why); nothing else is left.
-- Example: SELECT * FROM app.start_import(p_partner_code => 'swissleads',
--     p_file_name => '2026-11.csv', p_content_hash => '9f86...', p_received_at => '2026-11-02');
DROP FUNCTION IF EXISTS app.start_import;
CREATE FUNCTION app.start_import(
    p_partner_code VARCHAR,
    p_file_name VARCHAR,
    p_content_hash VARCHAR,
    p_received_at TIMESTAMPTZ
)
RETURNS TABLE (batch_id BIGINT, status VARCHAR, already_imported BOOLEAN)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_user_id integer;
    v_role varchar;
    v_partner_id integer;
    v_batch_id bigint;
BEGIN
    p_file_name := trim(p_file_name);
    p_content_hash := lower(trim(p_content_hash));
    SELECT p.partner_id INTO v_partner_id
    FROM core.partner AS p
    WHERE p.partner_code = lower(trim(p_partner_code)) AND p.is_active;

    IF v_partner_id IS NULL THEN
        v_problems := v_problems || 'The value for the parameter partner_code is not supported. It must name an active partner.'::text;
    END IF;
    IF nullif(p_file_name, '') IS NULL OR length(p_file_name) > 260 THEN
        v_problems := v_problems || 'The value for the parameter file_name is not supported. It must have 1 to 260 characters.'::text;
    END IF;
    IF p_content_hash IS NULL OR p_content_hash !~ '^[0-9a-f]{64}$' THEN
        v_problems := v_problems || 'The value for the parameter content_hash is not supported. It must be a SHA-256 in 64 hexadecimal digits.'::text;
    END IF;
    IF p_received_at IS NULL OR p_received_at > now() + interval '1 day' THEN
        v_problems := v_problems || 'The value for the parameter received_at is not supported. It must be given and not in the future.'::text;
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    SELECT r.user_id, r.role_code INTO v_user_id, v_role
    FROM security.require_caller(
        ARRAY['manager', 'admin'], 'Only managers and admins may import partner files.'
    ) AS r;

    SELECT b.batch_id INTO v_batch_id
    FROM core.import_batch AS b
    WHERE b.partner_id = v_partner_id AND b.content_hash = p_content_hash AND b.status = 'imported';
    IF v_batch_id IS NOT NULL THEN
        RETURN QUERY SELECT v_batch_id, 'imported'::varchar, TRUE;
        RETURN;
    END IF;

    INSERT INTO core.import_batch (partner_id, file_name, content_hash, received_at, imported_by)
    VALUES (v_partner_id, p_file_name, p_content_hash, p_received_at, v_user_id)
    RETURNING core.import_batch.batch_id INTO v_batch_id;
    RETURN QUERY SELECT v_batch_id, 'receiving'::varchar, FALSE;
END
$$;
