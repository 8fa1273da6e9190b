-- app.stage_import_rows: add rows of a partner file to a receiving batch, as JSON
-- (the way SQL Server's reader streams them, in chunks; on PostgreSQL the reader
-- uses COPY into stage.import_row, and tests and DBAs may use this).
--
-- Parameters: p_batch_id (a receiving batch the caller started), p_rows (JSON array
-- of objects with row_no and any of the fields company_name, legal_form, uid,
-- street, plz, ort, canton, phone, email, website, branche, size_category,
-- no_advertising; values as text).
-- Result: batch_id, staged_count (rows staged for the batch so far).
-- Errors: LB400 rows not a JSON array of objects with distinct row_no >= 1;
-- LB401 no active user; LB404 no receiving batch of the caller with that id.
-- Example: SELECT * FROM app.stage_import_rows(p_batch_id => 12,
--     p_rows => '[{"row_no": 1, "company_name": "Pilatus Holzbau AG", "plz": "6010", "ort": "Kriens"}]');
DROP FUNCTION IF EXISTS app.stage_import_rows;
CREATE FUNCTION app.stage_import_rows(p_batch_id BIGINT, p_rows TEXT)
RETURNS TABLE (batch_id BIGINT, staged_count BIGINT)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_user_id integer;
    v_rows jsonb;
BEGIN
    BEGIN
        v_rows := p_rows::jsonb;
    EXCEPTION WHEN others THEN
        v_rows := NULL;
    END;
    IF
        v_rows IS NULL OR jsonb_typeof(v_rows) <> 'array'
        OR EXISTS (
            SELECT 1 FROM jsonb_array_elements(v_rows) AS e (v)
            WHERE jsonb_typeof(e.v) <> 'object' OR NOT (e.v ->> 'row_no') ~ '^[0-9]{1,9}$' OR (e.v ->> 'row_no')::int < 1
        )
    THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter rows is not supported. It must be a JSON array of objects, each with a row_no of 1 or more.';
    END IF;

    SELECT r.user_id INTO v_user_id FROM security.require_caller() AS r;
    IF NOT core.is_own_receiving_batch(p_batch_id) THEN
        RAISE EXCEPTION USING ERRCODE = 'LB404',
            MESSAGE = format('There is no receiving import batch %s of yours.', p_batch_id);
    END IF;

    BEGIN
        INSERT INTO stage.import_row (
            batch_id, row_no, company_name, legal_form, uid, street, plz, ort, canton, phone, email,
            website, branche, size_category, no_advertising
        )
        SELECT
            p_batch_id, r.row_no, r.company_name, r.legal_form, r.uid, r.street, r.plz, r.ort, r.canton,
            r.phone, r.email, r.website, r.branche, r.size_category, r.no_advertising
        FROM jsonb_to_recordset(v_rows) AS r (
            row_no integer, company_name text, legal_form text, uid text, street text, plz text, ort text,
            canton text, phone text, email text, website text, branche text, size_category text,
            no_advertising text
        );
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter rows is not supported. Each row_no may be staged once per batch.';
    END;

    RETURN QUERY
    SELECT p_batch_id, count(*) FROM stage.import_row AS s WHERE s.batch_id = p_batch_id;
END
$$;
