/*
app.import_batch: decide every staged row of a receiving batch, set-based, in the
caller's transaction (with the staging): it lands whole or not at all.

Each row gets one decision (core.import_decision) with a reason (core.import_reason):
    invalid     missing_value / invalid_value; field_name names the field (the rules
                of app.add_lead); an invalid UID is only a finding (uid_finding).
    duplicate   in_batch: shares a strong key with an earlier row of the file, or would
                refresh the same lead as an earlier row (duplicate_of_row).
    suppressed  matched, on a strong key (uid, name_plz, phone, email) against every key
                a lead ever had, or on any key (also domain) against core.suppression;
                the first that applies:
                suppression_list (until_date), already_customer (a matched lead is won),
                do_not_contact (until_date; NULL = for good), other_office_pipeline (a
                lead of another office is new, assigned, qualified, or contacted within
                its window: never named), contacted_recently (a lost lead within its
                window, until_date). A lead of the row's own office that is still open
                is refreshed instead. Windows: core.contact_window, the lead's office's
                row else the global one, counted from its last call/e-mail/meeting
                (event_at) or its delivery, compared with the batch's received_at.
                A key that two leads marked distinct share (core.distinct_lead_pair)
                matches neither of them.
    refreshed   matched: a lead of the row's office matched; its changed fields are
                updated (history keeps the old version); new keys are added by
                core.tr_lead_keep_match_keys.
    new         routed: a new lead in the office its PLZ routes to, delivered_at = the
                batch's received_at.
Rows are routed by PLZ (the catch-all office for a PLZ that is not Swiss); that office
is the decision's office, and the security policy shows it to that office only.

Callers: the file reader after staging; DBAs. Only the manager or admin who started
the batch. Calling it again for an imported batch returns its counts (no-op).
Parameters:
    @batch_id  BIGINT  required
Result (one row): batch_id BIGINT, status VARCHAR(20), already_imported BIT,
    row_count INT, new_count BIGINT, refreshed_count BIGINT, suppressed_count BIGINT,
    duplicate_count BIGINT, invalid_count BIGINT, other_office_count BIGINT.
    The counts cover the caller's offices; rows routed to other offices are only
    counted (other_office_count), never described.
Errors:
    50401  'No active user is signed in.'
    50403  'Only managers and admins may import partner files.'
    50404  'There is no import batch 12 of yours.'
    50409  the batch failed, or the same file was imported meanwhile
Runs WITH EXECUTE AS 'leadbase_router': deduplication must see every office's leads
and new leads go to every office (security.caller_offices gives that user every
office). security.caller() still names the session's user, so the checks hold.
Imports run one at a time (application lock 'leadbase_import') and hold the routing
lock shared, as app.add_lead does.
PostgreSQL twin: db/postgres/procedures/import_batch.sql.
Example:
    EXEC app.import_batch @batch_id = 12;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.import_batch
    @batch_id BIGINT
    WITH EXECUTE AS 'leadbase_router'
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @status VARCHAR(20);
    DECLARE @partner_id INT;
    DECLARE @content_hash CHAR(64);
    DECLARE @received_at DATETIME2(3);
    DECLARE @partner_code VARCHAR(40);
    DECLARE @catch_all SMALLINT;
    DECLARE @lock_result INT;
    DECLARE @already BIT = 0;
    DECLARE @trancount INT = @@TRANCOUNT;

    -- Text columns take the database's collation, not tempdb's (joins with core tables).
    -- noqa: disable=CP02
    CREATE TABLE #row (
        row_no INT NOT NULL PRIMARY KEY,
        company_name NVARCHAR(4000) COLLATE DATABASE_DEFAULT NULL,
        legal_form NVARCHAR(4000) COLLATE DATABASE_DEFAULT NULL,
        uid_text NVARCHAR(4000) COLLATE DATABASE_DEFAULT NULL,
        street NVARCHAR(4000) COLLATE DATABASE_DEFAULT NULL,
        plz_text NVARCHAR(4000) COLLATE DATABASE_DEFAULT NULL,
        ort NVARCHAR(4000) COLLATE DATABASE_DEFAULT NULL,
        canton NVARCHAR(4000) COLLATE DATABASE_DEFAULT NULL,
        phone NVARCHAR(4000) COLLATE DATABASE_DEFAULT NULL,
        email NVARCHAR(4000) COLLATE DATABASE_DEFAULT NULL,
        website NVARCHAR(4000) COLLATE DATABASE_DEFAULT NULL,
        branche NVARCHAR(4000) COLLATE DATABASE_DEFAULT NULL,
        size_category NVARCHAR(4000) COLLATE DATABASE_DEFAULT NULL,
        no_advertising BIT NOT NULL,
        plz INT NULL,
        office_id SMALLINT NULL,
        reason_code VARCHAR(30) COLLATE DATABASE_DEFAULT NULL,
        field_name VARCHAR(40) COLLATE DATABASE_DEFAULT NULL,
        matched_key VARCHAR(20) COLLATE DATABASE_DEFAULT NULL,
        until_date DATE NULL,
        duplicate_of_row INT NULL,
        lead_id BIGINT NULL,
        uid VARCHAR(15) COLLATE DATABASE_DEFAULT NULL,
        uid_finding BIT NOT NULL DEFAULT (0)
    );
    CREATE TABLE #key (
        row_no INT NOT NULL,
        key_kind VARCHAR(10) COLLATE DATABASE_DEFAULT NOT NULL,
        key_hash VARBINARY(32) NOT NULL,
        INDEX ix_key_hash CLUSTERED (key_hash, row_no)
    );
    CREATE TABLE #match (
        row_no INT NOT NULL,
        lead_id BIGINT NULL,
        key_kind VARCHAR(10) COLLATE DATABASE_DEFAULT NOT NULL,
        same_office BIT NOT NULL,
        hold_rank INT NULL,
        until_date DATE NULL
    );
    -- noqa: enable=CP02
    CREATE TABLE #new_lead (
        row_no INT NOT NULL PRIMARY KEY,
        lead_id BIGINT NOT NULL
    );

    ----------------------------------------------------------------------------
    -- Who is calling
    ----------------------------------------------------------------------------
    EXEC security.require_caller
        @allowed_roles = 'manager,admin',
        @forbidden_message = N'Only managers and admins may import partner files.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    BEGIN TRY
        BEGIN TRANSACTION;  -- nests inside a caller's (db/CONTRACT.md, "Transactions")

        SELECT
            @status = b.status,
            @partner_id = b.partner_id,
            @content_hash = b.content_hash,
            @received_at = b.received_at
        FROM core.import_batch AS b WITH (UPDLOCK, HOLDLOCK)
        WHERE b.batch_id = @batch_id AND b.imported_by = @caller_id;

        IF @status IS NULL
            BEGIN
                SET @message = CONCAT(N'There is no import batch ', @batch_id, N' of yours.');
                THROW 50404, @message, 1;
            END;

        IF @status = 'failed'
            BEGIN
                SET @message = CONCAT(N'The import batch ', @batch_id, N' failed; start the import of the file again.');
                THROW 50409, @message, 1;
            END;

        IF @status = 'imported'
            SET @already = 1;
        ELSE
            BEGIN
                -- sp_getapplock's parameter names are PascalCase (CP02 does not apply).
                -- noqa: disable=CP02
                EXEC @lock_result = sys.sp_getapplock
                    @Resource = N'leadbase_import',
                    @LockMode = 'Exclusive',
                    @LockOwner = 'Transaction',
                    @LockTimeout = 600000;
                IF @lock_result >= 0
                    EXEC @lock_result = sys.sp_getapplock
                        @Resource = N'leadbase_routing',
                        @LockMode = 'Shared',
                        @LockOwner = 'Transaction',
                        @LockTimeout = 30000;
                -- noqa: enable=CP02
                IF @lock_result < 0
                    BEGIN
                        THROW 50409, N'Another import or a PLZ mapping change is running. Try again in a moment.', 1;
                    END;

                IF
                    EXISTS (
                        SELECT 1
                        FROM core.import_batch AS b
                        WHERE b.partner_id = @partner_id AND b.content_hash = @content_hash AND b.status = 'imported'
                    )
                    BEGIN
                        SET
                            @message
                            = CONCAT(N'The same file was imported meanwhile; batch ', @batch_id, N' is not needed.');
                        THROW 50409, @message, 1;
                    END;

                SELECT @partner_code = p.partner_code
                FROM core.partner AS p
                WHERE p.partner_id = @partner_id;

                SELECT @catch_all = o.office_id
                FROM core.office AS o
                WHERE o.is_catch_all = 1;

                ----------------------------------------------------------------
                -- The rows, trimmed, checked and routed
                ----------------------------------------------------------------
                INSERT #row (
                    row_no, company_name, legal_form, uid_text, street, plz_text, ort, canton, phone, email,
                    website, branche, size_category, no_advertising
                )
                SELECT
                    s.row_no,
                    NULLIF(TRIM(s.company_name), N'') AS company_name,
                    NULLIF(TRIM(s.legal_form), N'') AS legal_form,
                    NULLIF(TRIM(s.uid), N'') AS uid_text,
                    NULLIF(TRIM(s.street), N'') AS street,
                    NULLIF(TRIM(s.plz), N'') AS plz_text,
                    NULLIF(TRIM(s.ort), N'') AS ort,
                    UPPER(NULLIF(TRIM(s.canton), N'')) AS canton,
                    NULLIF(TRIM(s.phone), N'') AS phone,
                    LOWER(NULLIF(TRIM(s.email), N'')) AS email,
                    NULLIF(TRIM(s.website), N'') AS website,
                    NULLIF(TRIM(s.branche), N'') AS branche,
                    COALESCE(LOWER(NULLIF(TRIM(s.size_category), N'')), N'small') AS size_category,
                    CASE
                        WHEN LOWER(TRIM(s.no_advertising)) IN (
                            N'1', N'*', N'x', N'y', N'j', N'o', N'yes', N'ja', N'oui', N'true'
                        ) THEN 1
                        ELSE 0
                    END AS no_advertising
                FROM stage.import_row AS s
                WHERE s.batch_id = @batch_id;

                UPDATE #row
                SET
                    plz = CASE
                        WHEN plz_text COLLATE Latin1_General_100_BIN2 LIKE N'[1-9][0-9][0-9][0-9]' -- noqa: CP02
                            THEN TRY_CAST(plz_text AS INT)
                    END,
                    uid = STUFF(STUFF(STUFF(core.uid_key(uid_text), 10, 0, '.'), 7, 0, '.'), 4, 0, '-'),
                    field_name = CASE
                        WHEN company_name IS NULL OR LEN(company_name) > 200 THEN 'company_name'
                        WHEN
                            plz_text IS NULL
                            OR plz_text COLLATE Latin1_General_100_BIN2 NOT LIKE N'[1-9][0-9][0-9][0-9]' -- noqa: CP02
                            THEN 'plz'
                        WHEN ort IS NULL OR LEN(ort) > 100 THEN 'ort'
                        WHEN LEN(legal_form) > 20 THEN 'legal_form'
                        WHEN LEN(street) > 200 THEN 'street'
                        WHEN canton COLLATE Latin1_General_100_BIN2 NOT LIKE N'[A-Z][A-Z]' THEN 'canton' -- noqa: CP02
                        WHEN LEN(phone) > 30 THEN 'phone'
                        WHEN
                            email NOT LIKE N'_%@_%._%'
                            OR email LIKE N'%@%@%'
                            OR email LIKE N'% %'
                            OR LEN(email) > 254
                            THEN 'email'
                        WHEN LEN(website) > 254 THEN 'website'
                        WHEN LEN(branche) > 10 THEN 'branche'
                        WHEN NOT EXISTS (
                            SELECT 1
                            FROM core.size_category AS sc
                            WHERE sc.code = #row.size_category COLLATE Latin1_General_100_BIN2 -- noqa: CP02
                        ) THEN 'size_category'
                    END;

                UPDATE r
                SET
                    reason_code = CASE
                        WHEN r.field_name IS NULL THEN NULL
                        WHEN r.field_name = 'company_name' AND r.company_name IS NULL THEN 'missing_value'
                        WHEN r.field_name = 'plz' AND r.plz_text IS NULL THEN 'missing_value'
                        WHEN r.field_name = 'ort' AND r.ort IS NULL THEN 'missing_value'
                        ELSE 'invalid_value'
                    END,
                    uid_finding = IIF(r.uid_text IS NOT NULL AND r.uid IS NULL, 1, 0),
                    office_id = COALESCE(
                        (
                            SELECT TOP (1) pr.office_id
                            FROM core.office_plz_range AS pr
                            WHERE r.plz BETWEEN pr.plz_from AND pr.plz_to
                        ),
                        @catch_all
                    )
                FROM #row AS r;

                ----------------------------------------------------------------
                -- Match keys of the valid rows; duplicates within the batch
                ----------------------------------------------------------------
                INSERT #key (row_no, key_kind, key_hash)
                SELECT
                    r.row_no,
                    k.key_kind,
                    k.key_hash
                FROM #row AS r
                CROSS APPLY core.match_keys(r.uid_text, r.company_name, r.plz, r.phone, r.email, r.website) AS k
                WHERE r.reason_code IS NULL;

                UPDATE r
                SET
                    reason_code = 'in_batch',
                    duplicate_of_row = d.first_row
                FROM #row AS r
                INNER JOIN (
                    WITH f AS (
                        SELECT
                            key_hash,
                            MIN(row_no) AS first_row
                        FROM #key
                        WHERE key_kind <> 'domain'
                        GROUP BY key_hash
                    )

                    SELECT
                        k.row_no,
                        MIN(f.first_row) AS first_row
                    FROM #key AS k
                    INNER JOIN f ON k.key_hash = f.key_hash AND k.row_no > f.first_row
                    GROUP BY k.row_no
                ) AS d ON r.row_no = d.row_no;

                ----------------------------------------------------------------
                -- Holds: the suppression list and every lead a row matches
                ----------------------------------------------------------------
                WITH candidate AS (
                    SELECT
                        k.row_no,
                        m.lead_id,
                        k.key_kind,
                        ROW_NUMBER() OVER (
                            PARTITION BY k.row_no, m.lead_id
                            ORDER BY
                                CASE k.key_kind WHEN 'uid' THEN 1 WHEN 'name_plz' THEN 2 WHEN 'phone' THEN 3 ELSE 4 END
                        ) AS key_rank
                    FROM #key AS k
                    INNER JOIN #row AS r ON k.row_no = r.row_no AND r.reason_code IS NULL
                    INNER JOIN core.lead_match_key AS m ON k.key_hash = m.key_hash
                    WHERE
                        k.key_kind <> 'domain'
                        -- A key two leads marked distinct share matches neither of them.
                        AND NOT EXISTS (
                            SELECT 1
                            FROM core.distinct_lead_pair AS dp
                            INNER JOIN core.lead_match_key AS o
                            ON dp.distinct_from_lead_id = o.lead_id AND o.key_hash = k.key_hash
                            WHERE dp.lead_id = m.lead_id
                        )
                ),

                judged AS (
                    SELECT
                        c.row_no,
                        c.lead_id,
                        c.key_kind,
                        l.status,
                        w.window_months,
                        CAST(
                            DATEADD(MONTH, w.window_months, COALESCE(e.last_contact_at, l.delivered_at)) AS DATE
                        ) AS until_date,
                        IIF(l.office_id = r.office_id, 1, 0) AS same_office
                    FROM candidate AS c
                    INNER JOIN #row AS r ON c.row_no = r.row_no
                    INNER JOIN core.lead AS l ON c.lead_id = l.lead_id
                    OUTER APPLY (
                        SELECT MAX(ev.event_at) AS last_contact_at
                        FROM core.lead_event AS ev
                        WHERE ev.lead_id = l.lead_id AND ev.event_type IN ('call', 'email', 'meeting')
                    ) AS e
                    OUTER APPLY (
                        SELECT TOP (1) cw.window_months
                        FROM core.contact_window AS cw
                        WHERE cw.status_code = l.status AND (cw.office_id = l.office_id OR cw.office_id IS NULL)
                        ORDER BY IIF(cw.office_id IS NULL, 1, 0)
                    ) AS w
                    WHERE c.key_rank = 1
                )

                INSERT #match (row_no, lead_id, key_kind, same_office, hold_rank, until_date)
                SELECT
                    j.row_no,
                    j.lead_id,
                    j.key_kind,
                    j.same_office,
                    CASE
                        WHEN j.status = 'won' THEN 2
                        WHEN
                            j.status = 'do_not_contact'
                            AND (j.window_months IS NULL OR j.until_date > @received_at)
                            THEN 3
                        WHEN
                            j.same_office = 0
                            AND (
                                j.status IN ('new', 'assigned', 'qualified')
                                OR (
                                    j.status = 'contacted'
                                    AND (j.window_months IS NULL OR j.until_date > @received_at)
                                )
                            )
                            THEN 4
                        WHEN j.status = 'lost' AND (j.window_months IS NULL OR j.until_date > @received_at) THEN 5
                    END AS hold_rank,
                    IIF(j.window_months IS NOT NULL, j.until_date, NULL) AS until_date
                FROM judged AS j;

                INSERT #match (row_no, lead_id, key_kind, same_office, hold_rank, until_date)
                SELECT
                    k.row_no,
                    NULL AS lead_id,
                    k.key_kind,
                    0 AS same_office,
                    1 AS hold_rank,
                    s.until_date
                FROM #key AS k
                INNER JOIN #row AS r ON k.row_no = r.row_no AND r.reason_code IS NULL
                INNER JOIN core.suppression AS s ON k.key_hash = s.key_hash
                WHERE s.until_date IS NULL OR s.until_date > CAST(@received_at AS DATE);

                UPDATE r
                SET
                    reason_code = CHOOSE(
                        h.hold_rank,
                        'suppression_list', 'already_customer', 'do_not_contact', 'other_office_pipeline',
                        'contacted_recently'
                    ),
                    matched_key = h.key_kind,
                    until_date = IIF(h.hold_rank <> 4, h.until_date, NULL)
                FROM #row AS r
                INNER JOIN (
                    SELECT
                        m.row_no,
                        m.hold_rank,
                        m.key_kind,
                        m.until_date,
                        ROW_NUMBER() OVER (
                            PARTITION BY m.row_no
                            ORDER BY m.hold_rank ASC, IIF(m.until_date IS NULL, 0, 1), m.until_date DESC
                        ) AS pick
                    FROM #match AS m
                    WHERE m.hold_rank IS NOT NULL
                ) AS h ON r.row_no = h.row_no AND h.pick = 1
                WHERE r.reason_code IS NULL;

                -- Refresh: the row's office's matched lead (best key first); a second
                -- row refreshing the same lead is a duplicate of the first.
                UPDATE r
                SET
                    reason_code = 'matched',
                    matched_key = m.key_kind,
                    lead_id = m.lead_id
                FROM #row AS r
                INNER JOIN (
                    SELECT
                        im.row_no,
                        im.lead_id,
                        im.key_kind,
                        ROW_NUMBER() OVER (
                            PARTITION BY im.row_no
                            ORDER BY
                                CASE im.key_kind
                                    WHEN 'uid' THEN 1 WHEN 'name_plz' THEN 2 WHEN 'phone' THEN 3 ELSE 4
                                END,
                                im.lead_id
                        ) AS pick
                    FROM #match AS im
                    WHERE im.same_office = 1 AND im.lead_id IS NOT NULL
                ) AS m ON r.row_no = m.row_no AND m.pick = 1
                WHERE r.reason_code IS NULL;

                UPDATE r
                SET
                    reason_code = 'in_batch',
                    duplicate_of_row = f.first_row,
                    lead_id = NULL,
                    matched_key = NULL
                FROM #row AS r
                INNER JOIN (
                    SELECT
                        lead_id,
                        MIN(row_no) AS first_row
                    FROM #row
                    WHERE reason_code = 'matched'
                    GROUP BY lead_id
                ) AS f ON r.lead_id = f.lead_id AND r.row_no > f.first_row
                WHERE r.reason_code = 'matched';

                ----------------------------------------------------------------
                -- Write: new leads, refreshed leads (their keys follow:
                -- core.tr_lead_keep_match_keys), the decisions, the counts
                ----------------------------------------------------------------
                -- MERGE, because its OUTPUT can name the source row of each new lead.
                MERGE core.lead AS l
                USING (
                    SELECT
                        r.row_no,
                        r.company_name,
                        r.legal_form,
                        r.uid,
                        r.street,
                        r.plz,
                        r.ort,
                        r.canton,
                        r.phone,
                        r.email,
                        r.website,
                        r.branche,
                        r.size_category,
                        r.office_id,
                        r.no_advertising,
                        s.score
                    FROM #row AS r
                    CROSS APPLY core.initial_score(r.size_category, r.phone, r.email, r.website, r.uid) AS s
                    WHERE r.reason_code IS NULL
                ) AS n
                ON 1 = 0
                WHEN NOT MATCHED
                    THEN
                    INSERT (
                        company_name, legal_form, uid, street, plz, ort, canton, phone, email, website, branche,
                        size_category, source_batch, status, score, office_id, last_edited_by, delivered_at,
                        import_batch_id, no_advertising
                    )
                    VALUES (
                        n.company_name, n.legal_form, n.uid, n.street, n.plz, n.ort, n.canton, n.phone, n.email,
                        n.website, n.branche, n.size_category, LEFT(CONCAT(@partner_code, ' #', @batch_id), 40),
                        'new', n.score, n.office_id, @caller_id, @received_at, @batch_id, n.no_advertising
                    )
                OUTPUT n.row_no, INSERTED.lead_id INTO #new_lead (row_no, lead_id);

                UPDATE r
                SET
                    reason_code = 'routed',
                    lead_id = n.lead_id
                FROM #row AS r
                INNER JOIN #new_lead AS n ON r.row_no = n.row_no;

                UPDATE l
                SET
                    company_name = r.company_name,
                    legal_form = COALESCE(r.legal_form, l.legal_form),
                    uid = COALESCE(r.uid, l.uid),
                    street = COALESCE(r.street, l.street),
                    plz = r.plz,
                    ort = r.ort,
                    canton = COALESCE(r.canton, l.canton),
                    phone = COALESCE(r.phone, l.phone),
                    email = COALESCE(r.email, l.email),
                    website = COALESCE(r.website, l.website),
                    branche = COALESCE(r.branche, l.branche),
                    no_advertising = IIF(l.no_advertising = 1 OR r.no_advertising = 1, 1, 0),
                    last_edited_by = @caller_id
                FROM core.lead AS l
                INNER JOIN #row AS r ON l.lead_id = r.lead_id
                WHERE
                    r.reason_code = 'matched'
                    -- Changed fields only (EXCEPT compares NULLs as equal); l and r are the outer rows.
                    -- noqa: disable=RF01,AL03
                    AND EXISTS (
                        SELECT
                            l.company_name,
                            l.legal_form,
                            l.uid,
                            l.street,
                            l.plz,
                            l.ort,
                            l.canton,
                            l.phone,
                            l.email,
                            l.website,
                            l.branche,
                            l.no_advertising
                        EXCEPT
                        SELECT
                            r.company_name,
                            COALESCE(r.legal_form, l.legal_form),
                            COALESCE(r.uid, l.uid),
                            COALESCE(r.street, l.street),
                            r.plz,
                            r.ort,
                            COALESCE(r.canton, l.canton),
                            COALESCE(r.phone, l.phone),
                            COALESCE(r.email, l.email),
                            COALESCE(r.website, l.website),
                            COALESCE(r.branche, l.branche),
                            IIF(l.no_advertising = 1 OR r.no_advertising = 1, 1, 0)
                    );
                -- noqa: enable=RF01,AL03

                INSERT core.import_decision (
                    batch_id, row_no, office_id, reason_code, matched_key, field_name, until_date, duplicate_of_row,
                    uid_finding, lead_id, company_name, legal_form, uid, street, plz, ort, canton, phone, email,
                    website, branche, size_category, no_advertising
                )
                SELECT
                    @batch_id AS batch_id,
                    r.row_no,
                    r.office_id,
                    r.reason_code,
                    r.matched_key,
                    r.field_name,
                    r.until_date,
                    r.duplicate_of_row,
                    r.uid_finding,
                    r.lead_id,
                    LEFT(r.company_name, 400) AS company_name,
                    LEFT(r.legal_form, 40) AS legal_form,
                    LEFT(r.uid_text, 40) AS uid,
                    LEFT(r.street, 400) AS street,
                    LEFT(r.plz_text, 40) AS plz,
                    LEFT(r.ort, 200) AS ort,
                    LEFT(r.canton, 10) AS canton,
                    LEFT(r.phone, 60) AS phone,
                    LEFT(r.email, 400) AS email,
                    LEFT(r.website, 400) AS website,
                    LEFT(r.branche, 20) AS branche,
                    LEFT(r.size_category, 20) AS size_category,
                    r.no_advertising
                FROM #row AS r;

                INSERT core.import_batch_office (
                    batch_id, office_id, new_count, refreshed_count, suppressed_count, duplicate_count, invalid_count
                )
                SELECT
                    @batch_id AS batch_id,
                    r.office_id,
                    SUM(IIF(ir.decision_code = 'new', 1, 0)) AS new_count,
                    SUM(IIF(ir.decision_code = 'refreshed', 1, 0)) AS refreshed_count,
                    SUM(IIF(ir.decision_code = 'suppressed', 1, 0)) AS suppressed_count,
                    SUM(IIF(ir.decision_code = 'duplicate', 1, 0)) AS duplicate_count,
                    SUM(IIF(ir.decision_code = 'invalid', 1, 0)) AS invalid_count
                FROM #row AS r
                INNER JOIN core.import_reason AS ir ON r.reason_code = ir.reason_code
                GROUP BY r.office_id;

                UPDATE core.import_batch
                SET
                    status = 'imported',
                    finished_at = SYSUTCDATETIME(),
                    row_count = (SELECT COUNT(*) FROM #row)
                WHERE batch_id = @batch_id;

                DELETE FROM stage.import_row
                WHERE batch_id = @batch_id;
            END;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;

        THROW;
    END CATCH;

    ----------------------------------------------------------------------------
    -- The result: the caller's offices' counts; other offices' rows only counted
    ----------------------------------------------------------------------------
    SELECT
        b.batch_id,
        b.status,
        b.row_count,
        CAST(COALESCE(SUM(IIF(mine.office_id IS NOT NULL, bo.new_count, 0)), 0) AS BIGINT) AS new_count,
        CAST(COALESCE(SUM(IIF(mine.office_id IS NOT NULL, bo.refreshed_count, 0)), 0) AS BIGINT) AS refreshed_count,
        CAST(COALESCE(SUM(IIF(mine.office_id IS NOT NULL, bo.suppressed_count, 0)), 0) AS BIGINT) AS suppressed_count,
        CAST(COALESCE(SUM(IIF(mine.office_id IS NOT NULL, bo.duplicate_count, 0)), 0) AS BIGINT) AS duplicate_count,
        CAST(COALESCE(SUM(IIF(mine.office_id IS NOT NULL, bo.invalid_count, 0)), 0) AS BIGINT) AS invalid_count,
        CAST(COALESCE(SUM(IIF(
            mine.office_id IS NULL AND bo.office_id IS NOT NULL,
            bo.new_count + bo.refreshed_count + bo.suppressed_count + bo.duplicate_count + bo.invalid_count,
            0
        )), 0) AS BIGINT) AS other_office_count,
        @already AS already_imported
    FROM core.import_batch AS b
    LEFT JOIN core.import_batch_office AS bo ON b.batch_id = bo.batch_id
    LEFT JOIN core.user_office AS mine ON bo.office_id = mine.office_id AND mine.user_id = @caller_id
    WHERE b.batch_id = @batch_id
    GROUP BY b.batch_id, b.status, b.row_count;
END;
GO
