-- app.import_batch: decide every staged row of a receiving batch, set-based, in the
-- caller's transaction (with the staging): it lands whole or not at all.
--
-- Each row gets one decision (core.import_decision) with a reason (core.import_reason):
--   invalid      missing_value / invalid_value, field_name names the field (the rules
--                of app.add_lead); an invalid UID is only a finding (uid_finding).
--   duplicate    in_batch: shares a strong key with an earlier row of the file, or
--                would refresh the same lead as an earlier row (duplicate_of_row).
--   suppressed   matched, on a strong key (uid, name_plz, phone, email) against every
--                key a lead ever had, or on any key (also domain) against
--                core.suppression; the first that applies:
--                suppression_list (until_date), already_customer (a matched lead is
--                won), do_not_contact (until_date; NULL = for good),
--                other_office_pipeline (a lead of another office is new, assigned,
--                qualified, or contacted within its window: never names it),
--                contacted_recently (a lost lead within its window, until).
--                A lead of the row's own office that is still open is refreshed instead.
--                A key that two leads marked distinct share (core.distinct_lead_pair)
--                matches neither of them.
--                Windows: core.contact_window, the lead's office's row else the
--                global one, counted from its last call/e-mail/meeting (event_at) or
--                its delivery, compared with the batch's received_at.
--   refreshed    matched: a lead of the row's office matched; its changed fields are
--                updated (history keeps the old version), new keys are added.
--   new          routed: a new lead in the office its PLZ routes to, delivered_at =
--                the batch's received_at.
-- Rows are routed by PLZ (the catch-all office for a PLZ that is not Swiss); that
-- office is the decision's office, and row-level security shows it to that office only.
--
-- Callers: the file reader after staging; DBAs. Only the manager or admin who started
-- the batch. Calling it again for an imported batch returns its counts (no-op).
-- Parameters: p_batch_id.
-- Result (one row): batch_id, status, already_imported, row_count, new_count,
-- refreshed_count, suppressed_count, duplicate_count, invalid_count,
-- other_office_count. The counts cover the caller's offices; rows routed to other
-- offices are only counted (other_office_count), never described.
-- Errors: LB401 no active user; LB403 not a manager or admin; LB404 no batch of the
-- caller with that id; LB409 the batch failed, or the same file was imported meanwhile.
-- Example: SELECT * FROM app.import_batch(p_batch_id => 12);
--
-- Owned by leadbase_router (BYPASSRLS): deduplication must see every office's leads
-- and new leads go to every office. The caller checks below keep everyone else out,
-- and the result describes the caller's offices only.
DROP FUNCTION IF EXISTS app.import_batch;
CREATE FUNCTION app.import_batch(p_batch_id BIGINT)
RETURNS TABLE (
    batch_id BIGINT,
    status VARCHAR,
    already_imported BOOLEAN,
    row_count INTEGER,
    new_count BIGINT,
    refreshed_count BIGINT,
    suppressed_count BIGINT,
    duplicate_count BIGINT,
    invalid_count BIGINT,
    other_office_count BIGINT
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_user_id integer;
    v_role varchar;
    v_batch core.import_batch%ROWTYPE;
    v_partner_code varchar;
    v_catch_all smallint;
    v_offices smallint[];
    v_already boolean := FALSE;
BEGIN
    SELECT r.user_id, r.role_code INTO v_user_id, v_role
    FROM security.require_caller(
        ARRAY['manager', 'admin'], 'Only managers and admins may import partner files.'
    ) AS r;

    SELECT b.* INTO v_batch FROM core.import_batch AS b
    WHERE b.batch_id = p_batch_id AND b.imported_by = v_user_id
    FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'LB404', MESSAGE = format('There is no import batch %s of yours.', p_batch_id);
    END IF;
    IF v_batch.status = 'failed' THEN
        RAISE EXCEPTION USING ERRCODE = 'LB409',
            MESSAGE = format('The import batch %s failed; start the import of the file again.', p_batch_id);
    END IF;

    SELECT array_agg(uo.office_id) INTO v_offices FROM core.user_office AS uo WHERE uo.user_id = v_user_id;

    IF v_batch.status = 'receiving' THEN
        -- Imports one at a time (a company delivered in two files at once is still
        -- one lead); routing may not change meanwhile (shared, as app.add_lead).
        PERFORM pg_advisory_xact_lock(hashtext('leadbase_import'));
        PERFORM core.routing_lock('Shared');
        IF EXISTS (
            SELECT 1 FROM core.import_batch AS b
            WHERE b.partner_id = v_batch.partner_id AND b.content_hash = v_batch.content_hash AND b.status = 'imported'
        ) THEN
            RAISE EXCEPTION USING ERRCODE = 'LB409',
                MESSAGE = format('The same file was imported meanwhile; batch %s is not needed.', p_batch_id);
        END IF;
        SELECT p.partner_code INTO v_partner_code FROM core.partner AS p WHERE p.partner_id = v_batch.partner_id;
        SELECT o.office_id INTO v_catch_all FROM core.office AS o WHERE o.is_catch_all;

        ------------------------------------------------------------------------
        -- The rows, trimmed, checked and routed
        ------------------------------------------------------------------------
        DROP TABLE IF EXISTS import_row;
        CREATE TEMP TABLE import_row ON COMMIT DROP AS
        SELECT
            s.row_no,
            nullif(btrim(s.company_name), '') AS company_name,
            nullif(btrim(s.legal_form), '') AS legal_form,
            nullif(btrim(s.uid), '') AS uid_text,
            nullif(btrim(s.street), '') AS street,
            nullif(btrim(s.plz), '') AS plz_text,
            nullif(btrim(s.ort), '') AS ort,
            upper(nullif(btrim(s.canton), '')) AS canton,
            nullif(btrim(s.phone), '') AS phone,
            lower(nullif(btrim(s.email), '')) AS email,
            nullif(btrim(s.website), '') AS website,
            nullif(btrim(s.branche), '') AS branche,
            coalesce(lower(nullif(btrim(s.size_category), '')), 'small') AS size_category,
            coalesce(lower(btrim(s.no_advertising)) IN ('1', '*', 'x', 'y', 'j', 'o', 'yes', 'ja', 'oui', 'true'), FALSE)
                AS no_advertising,
            NULL::integer AS plz,
            NULL::smallint AS office_id,
            NULL::varchar AS reason_code,
            NULL::varchar AS field_name,
            NULL::varchar AS matched_key,
            NULL::date AS until_date,
            NULL::integer AS duplicate_of_row,
            NULL::bigint AS lead_id,
            NULL::text AS uid,
            FALSE AS uid_finding
        FROM stage.import_row AS s
        WHERE s.batch_id = p_batch_id;

        UPDATE import_row AS r
        SET
            plz = CASE WHEN r.plz_text ~ '^[1-9][0-9]{3}$' THEN r.plz_text::int END,
            uid = (SELECT substr(k, 1, 3) || '-' || substr(k, 4, 3) || '.' || substr(k, 7, 3) || '.' || substr(k, 10, 3)
                   FROM core.uid_key(r.uid_text) AS k),
            field_name = CASE
                WHEN r.company_name IS NULL THEN 'company_name'
                WHEN length(r.company_name) > 200 THEN 'company_name'
                WHEN r.plz_text IS NULL THEN 'plz'
                WHEN r.plz_text !~ '^[1-9][0-9]{3}$' THEN 'plz'
                WHEN r.ort IS NULL OR length(r.ort) > 100 THEN 'ort'
                WHEN length(r.legal_form) > 20 THEN 'legal_form'
                WHEN length(r.street) > 200 THEN 'street'
                WHEN r.canton !~ '^[A-Z]{2}$' THEN 'canton'
                WHEN length(r.phone) > 30 THEN 'phone'
                WHEN r.email !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' OR length(r.email) > 254 THEN 'email'
                WHEN length(r.website) > 254 THEN 'website'
                WHEN length(r.branche) > 10 THEN 'branche'
                WHEN NOT EXISTS (SELECT 1 FROM core.size_category AS sc WHERE sc.code = r.size_category) THEN 'size_category'
            END;
        UPDATE import_row AS r
        SET
            reason_code = CASE
                WHEN r.field_name IS NULL THEN NULL
                WHEN r.field_name IN ('company_name', 'plz', 'ort') AND
                    (CASE r.field_name WHEN 'company_name' THEN r.company_name WHEN 'plz' THEN r.plz_text ELSE r.ort END) IS NULL
                    THEN 'missing_value'
                ELSE 'invalid_value'
            END,
            uid_finding = r.uid_text IS NOT NULL AND r.uid IS NULL,
            office_id = coalesce(
                (SELECT pr.office_id FROM core.office_plz_range AS pr WHERE r.plz BETWEEN pr.plz_from AND pr.plz_to LIMIT 1),
                v_catch_all
            );
        CREATE INDEX ON import_row (row_no);

        ------------------------------------------------------------------------
        -- Match keys of the valid rows; duplicates within the batch
        ------------------------------------------------------------------------
        DROP TABLE IF EXISTS import_key;
        CREATE TEMP TABLE import_key ON COMMIT DROP AS
        SELECT DISTINCT r.row_no, split_part(k.kind_key, ':', 1) AS key_kind, core.key_hash(k.kind_key) AS key_hash
        FROM import_row AS r
        CROSS JOIN LATERAL unnest(core.match_keys(r.uid_text, r.company_name, r.plz, r.phone, r.email, r.website))
            AS k (kind_key)
        WHERE r.reason_code IS NULL;
        CREATE INDEX ON import_key (key_hash);
        ANALYZE import_row;
        ANALYZE import_key;

        UPDATE import_row AS r
        SET reason_code = 'in_batch', duplicate_of_row = d.first_row
        FROM (
            SELECT k.row_no, min(f.first_row) AS first_row
            FROM import_key AS k
            INNER JOIN (
                SELECT key_hash, min(row_no) AS first_row FROM import_key WHERE key_kind <> 'domain' GROUP BY key_hash
            ) AS f ON k.key_hash = f.key_hash AND f.first_row < k.row_no
            GROUP BY k.row_no
        ) AS d
        WHERE r.row_no = d.row_no;

        ------------------------------------------------------------------------
        -- Holds: the suppression list and every lead a row matches
        ------------------------------------------------------------------------
        DROP TABLE IF EXISTS import_match;
        CREATE TEMP TABLE import_match ON COMMIT DROP AS
        WITH candidate AS (
            SELECT DISTINCT ON (k.row_no, m.lead_id) k.row_no, m.lead_id, k.key_kind
            FROM import_key AS k
            INNER JOIN import_row AS r ON k.row_no = r.row_no AND r.reason_code IS NULL
            INNER JOIN core.lead_match_key AS m ON k.key_hash = m.key_hash
            WHERE
                k.key_kind <> 'domain'
                -- A key two leads marked distinct share matches neither of them.
                AND NOT EXISTS (
                    SELECT 1
                    FROM core.distinct_lead_pair AS dp
                    INNER JOIN core.lead_match_key AS o ON dp.distinct_from_lead_id = o.lead_id AND o.key_hash = k.key_hash
                    WHERE dp.lead_id = m.lead_id
                )
            ORDER BY k.row_no, m.lead_id, array_position(ARRAY['uid', 'name_plz', 'phone', 'email'], k.key_kind::text)
        ),

        judged AS (
            SELECT
                c.row_no,
                c.lead_id,
                c.key_kind,
                l.office_id = r.office_id AS same_office,
                l.status,
                w.window_months,
                (coalesce(e.last_contact_at, l.delivered_at) + make_interval(months => w.window_months))::date AS until_date
            FROM candidate AS c
            INNER JOIN import_row AS r ON c.row_no = r.row_no
            INNER JOIN core.lead AS l ON c.lead_id = l.lead_id
            LEFT JOIN LATERAL (
                SELECT max(ev.event_at) AS last_contact_at FROM core.lead_event AS ev
                WHERE ev.lead_id = l.lead_id AND ev.event_type IN ('call', 'email', 'meeting')
            ) AS e ON TRUE
            LEFT JOIN LATERAL (
                SELECT cw.window_months FROM core.contact_window AS cw
                WHERE cw.status_code = l.status AND (cw.office_id = l.office_id OR cw.office_id IS NULL)
                ORDER BY cw.office_id NULLS LAST LIMIT 1
            ) AS w ON TRUE
        )

        SELECT
            j.row_no,
            j.lead_id,
            j.key_kind,
            j.same_office,
            CASE
                WHEN j.status = 'won' THEN 2
                WHEN j.status = 'do_not_contact' AND (j.window_months IS NULL OR j.until_date > v_batch.received_at) THEN 3
                WHEN NOT j.same_office AND (
                    j.status IN ('new', 'assigned', 'qualified')
                    OR (j.status = 'contacted' AND (j.window_months IS NULL OR j.until_date > v_batch.received_at))
                ) THEN 4
                WHEN j.status = 'lost' AND (j.window_months IS NULL OR j.until_date > v_batch.received_at) THEN 5
            END AS hold_rank,
            CASE WHEN j.window_months IS NOT NULL THEN j.until_date END AS until_date
        FROM judged AS j
        UNION ALL
        SELECT k.row_no, NULL::bigint, k.key_kind, FALSE, 1, s.until_date
        FROM import_key AS k
        INNER JOIN import_row AS r ON k.row_no = r.row_no AND r.reason_code IS NULL
        INNER JOIN core.suppression AS s ON k.key_hash = s.key_hash
        WHERE s.until_date IS NULL OR s.until_date > v_batch.received_at::date;

        UPDATE import_row AS r
        SET
            reason_code = (ARRAY[
                'suppression_list', 'already_customer', 'do_not_contact', 'other_office_pipeline', 'contacted_recently'
            ])[h.hold_rank],
            matched_key = h.key_kind,
            until_date = CASE WHEN h.hold_rank <> 4 THEN h.until_date END
        FROM (
            SELECT DISTINCT ON (m.row_no) m.row_no, m.hold_rank, m.key_kind, m.until_date
            FROM import_match AS m
            WHERE m.hold_rank IS NOT NULL
            ORDER BY m.row_no, m.hold_rank, m.until_date DESC NULLS FIRST
        ) AS h
        WHERE r.row_no = h.row_no AND r.reason_code IS NULL;

        -- Refresh: the row's office's matched lead (best key first); a second row
        -- refreshing the same lead is a duplicate of the first.
        UPDATE import_row AS r
        SET reason_code = 'matched', matched_key = m.key_kind, lead_id = m.lead_id
        FROM (
            SELECT DISTINCT ON (im.row_no) im.row_no, im.lead_id, im.key_kind
            FROM import_match AS im
            WHERE im.same_office AND im.lead_id IS NOT NULL
            ORDER BY im.row_no, array_position(ARRAY['uid', 'name_plz', 'phone', 'email'], im.key_kind::text), im.lead_id
        ) AS m
        WHERE r.row_no = m.row_no AND r.reason_code IS NULL;
        UPDATE import_row AS r
        SET reason_code = 'in_batch', duplicate_of_row = f.first_row, lead_id = NULL, matched_key = NULL
        FROM (
            SELECT lead_id, min(row_no) AS first_row FROM import_row WHERE reason_code = 'matched' GROUP BY lead_id
        ) AS f
        WHERE r.reason_code = 'matched' AND r.lead_id = f.lead_id AND r.row_no > f.first_row;

        ------------------------------------------------------------------------
        -- Write: new leads, refreshed leads (their keys follow: functions/keep_match_keys.sql),
        -- the decisions, the counts
        ------------------------------------------------------------------------
        UPDATE import_row AS r
        SET reason_code = 'routed', lead_id = nextval(pg_get_serial_sequence('core.lead', 'lead_id'))
        WHERE r.reason_code IS NULL;

        -- The new leads and, in the same statement, their match keys: import_key holds
        -- exactly the keys core.match_keys gives the new rows (the same function on the
        -- same values), so the insert trigger finds them present and does not compute
        -- them a second time (functions/keep_match_keys.sql). The keys' foreign-key
        -- checks run at the end of the statement, when the leads exist.
        WITH new_lead AS (
            INSERT INTO core.lead (
                lead_id, company_name, legal_form, uid, street, plz, ort, canton, phone, email, website, branche,
                size_category, source_batch, status, score, office_id, last_edited_by, delivered_at,
                import_batch_id, no_advertising
            )
            SELECT
                r.lead_id, r.company_name, r.legal_form, r.uid, r.street, r.plz, r.ort, r.canton, r.phone,
                r.email, r.website, r.branche, r.size_category, left(v_partner_code || ' #' || p_batch_id, 40),
                'new', s.score, r.office_id, v_user_id, v_batch.received_at, p_batch_id, r.no_advertising
            FROM import_row AS r
            CROSS JOIN LATERAL core.initial_score(r.size_category, r.phone, r.email, r.website, r.uid) AS s
            WHERE r.reason_code = 'routed'
            RETURNING core.lead.lead_id
        )

        INSERT INTO core.lead_match_key (key_hash, lead_id, key_kind)
        SELECT k.key_hash, n.lead_id, k.key_kind
        FROM new_lead AS n
        INNER JOIN import_row AS r ON n.lead_id = r.lead_id
        INNER JOIN import_key AS k ON r.row_no = k.row_no;

        UPDATE core.lead AS l
        SET
            company_name = r.company_name,
            legal_form = coalesce(r.legal_form, l.legal_form),
            uid = coalesce(r.uid, l.uid),
            street = coalesce(r.street, l.street),
            plz = r.plz,
            ort = r.ort,
            canton = coalesce(r.canton, l.canton),
            phone = coalesce(r.phone, l.phone),
            email = coalesce(r.email, l.email),
            website = coalesce(r.website, l.website),
            branche = coalesce(r.branche, l.branche),
            no_advertising = l.no_advertising OR r.no_advertising,
            last_edited_by = v_user_id
        FROM import_row AS r
        WHERE
            r.reason_code = 'matched' AND l.lead_id = r.lead_id
            AND (l.company_name, l.legal_form, l.uid, l.street, l.plz, l.ort, l.canton, l.phone, l.email, l.website,
                l.branche, l.no_advertising)
            IS DISTINCT FROM
            (r.company_name, coalesce(r.legal_form, l.legal_form), coalesce(r.uid, l.uid), coalesce(r.street, l.street),
                r.plz::smallint, r.ort, coalesce(r.canton, l.canton), coalesce(r.phone, l.phone),
                coalesce(r.email, l.email), coalesce(r.website, l.website), coalesce(r.branche, l.branche),
                l.no_advertising OR r.no_advertising);

        INSERT INTO core.import_decision (
            batch_id, row_no, office_id, reason_code, matched_key, field_name, until_date, duplicate_of_row,
            uid_finding, lead_id, company_name, legal_form, uid, street, plz, ort, canton, phone, email, website,
            branche, size_category, no_advertising
        )
        SELECT
            p_batch_id, r.row_no, r.office_id, r.reason_code, r.matched_key, r.field_name, r.until_date,
            r.duplicate_of_row, r.uid_finding, r.lead_id, left(r.company_name, 400), left(r.legal_form, 40),
            left(r.uid_text, 40), left(r.street, 400), left(r.plz_text, 40), left(r.ort, 200), left(r.canton, 10),
            left(r.phone, 60), left(r.email, 400), left(r.website, 400), left(r.branche, 20),
            left(r.size_category, 20), r.no_advertising
        FROM import_row AS r;

        INSERT INTO core.import_batch_office (
            batch_id, office_id, new_count, refreshed_count, suppressed_count, duplicate_count, invalid_count
        )
        SELECT
            p_batch_id,
            r.office_id,
            count(*) FILTER (WHERE ir.decision_code = 'new'),
            count(*) FILTER (WHERE ir.decision_code = 'refreshed'),
            count(*) FILTER (WHERE ir.decision_code = 'suppressed'),
            count(*) FILTER (WHERE ir.decision_code = 'duplicate'),
            count(*) FILTER (WHERE ir.decision_code = 'invalid')
        FROM import_row AS r
        INNER JOIN core.import_reason AS ir ON r.reason_code = ir.reason_code
        GROUP BY r.office_id;

        UPDATE core.import_batch AS b
        SET status = 'imported', finished_at = now(), row_count = (SELECT count(*) FROM import_row)
        WHERE b.batch_id = p_batch_id;
        DELETE FROM stage.import_row AS s WHERE s.batch_id = p_batch_id;
    ELSE
        v_already := TRUE;
    END IF;

    RETURN QUERY
    SELECT
        b.batch_id,
        b.status,
        v_already,
        b.row_count,
        coalesce(sum(bo.new_count) FILTER (WHERE bo.office_id = ANY (v_offices)), 0)::bigint,
        coalesce(sum(bo.refreshed_count) FILTER (WHERE bo.office_id = ANY (v_offices)), 0)::bigint,
        coalesce(sum(bo.suppressed_count) FILTER (WHERE bo.office_id = ANY (v_offices)), 0)::bigint,
        coalesce(sum(bo.duplicate_count) FILTER (WHERE bo.office_id = ANY (v_offices)), 0)::bigint,
        coalesce(sum(bo.invalid_count) FILTER (WHERE bo.office_id = ANY (v_offices)), 0)::bigint,
        coalesce(sum(bo.new_count + bo.refreshed_count + bo.suppressed_count + bo.duplicate_count + bo.invalid_count)
            FILTER (WHERE NOT bo.office_id = ANY (v_offices)), 0)::bigint
    FROM core.import_batch AS b
    LEFT JOIN core.import_batch_office AS bo ON b.batch_id = bo.batch_id
    WHERE b.batch_id = p_batch_id
    GROUP BY b.batch_id, b.status, b.row_count;
END
$$;

ALTER FUNCTION app.import_batch OWNER TO leadbase_router;
