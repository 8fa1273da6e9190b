/*
core.erase_leads: the one way personal data of leads is erased (Swiss nDSG), for a
set of leads at once; app.erase_lead (one lead, on request) and app.apply_retention
(every lead past its retention period) both call it. For each lead in @lead_ids:
  - every match key it ever had becomes a hashed suppression marker (core.suppression,
    for good, source @source: 'erasure' or 'retention'), so a later delivery of the
    same company is still suppressed; then its keys go;
  - its personal data is removed (name 'erased #<id>', legal form, UID, street,
    phone, e-mail, website; notes and next steps of its events; the notes of its
    feedback (core.lead_feedback); the import decisions
    that name it lose the delivered data);
  - a request is recorded (core.erasure_request: who, when, why, how many markers)
    without the erased data. Its history rows follow when a DBA runs
    core.anonymize_history (versioning off and on; see there).
PLZ, Ort, office, status and dates stay. The caller checks who may erase which leads
and runs this in its own transaction; the security policy still applies (a lead the
caller cannot see is not touched). No result set: callers read core.erasure_request.
core.lead_id_list is the table type of the lead ids (a user needs EXECUTE on it to
declare one; security/grants.sql).
PostgreSQL twin: db/postgres/functions/erase_leads.sql (takes a BIGINT[] and
anonymizes the history at once).
Example:
    DECLARE @ids core.lead_id_list;
    INSERT @ids (lead_id) VALUES (42);
    EXEC core.erase_leads @lead_ids = @ids, @user_id = 7, @reason = N'Request by e-mail', @source = 'erasure';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF TYPE_ID(N'core.lead_id_list') IS NULL
    BEGIN
        CREATE TYPE core.lead_id_list AS TABLE (
            lead_id BIGINT NOT NULL PRIMARY KEY
        );
    END;
GO

CREATE OR ALTER PROCEDURE core.erase_leads
    @lead_ids core.lead_id_list READONLY,  -- noqa: CP05
    @user_id INT,
    @reason NVARCHAR(500),
    @source VARCHAR(20)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @marker TABLE (
        lead_id BIGINT NOT NULL,
        key_hash VARBINARY(32) NOT NULL,
        key_kind VARCHAR(10) NOT NULL,
        PRIMARY KEY (lead_id, key_hash)
    );

    BEGIN TRY
        -- Every key the leads ever had, before their names become 'erased #<id>'.
        INSERT @marker (lead_id, key_hash, key_kind)
        SELECT
            m.lead_id,
            m.key_hash,
            m.key_kind
        FROM core.lead_match_key AS m
        INNER JOIN @lead_ids AS i ON m.lead_id = i.lead_id;

        UPDATE l
        SET
            company_name = CONCAT(N'erased #', l.lead_id),
            legal_form = NULL,
            uid = NULL,
            street = NULL,
            phone = NULL,
            email = NULL,
            website = NULL,
            last_edited_by = @user_id
        FROM core.lead AS l
        INNER JOIN @lead_ids AS i ON l.lead_id = i.lead_id;

        UPDATE e
        SET
            note = NULL,
            next_step = NULL,
            last_edited_by = @user_id
        FROM core.lead_event AS e
        INNER JOIN @lead_ids AS i ON e.lead_id = i.lead_id
        WHERE e.note IS NOT NULL OR e.next_step IS NOT NULL;

        UPDATE f
        SET note = NULL
        FROM core.lead_feedback AS f
        INNER JOIN @lead_ids AS i ON f.lead_id = i.lead_id
        WHERE f.note IS NOT NULL;

        UPDATE d
        SET
            company_name = NULL,
            legal_form = NULL,
            uid = NULL,
            street = NULL,
            phone = NULL,
            email = NULL,
            website = NULL
        FROM core.import_decision AS d
        INNER JOIN @lead_ids AS i ON d.lead_id = i.lead_id;

        INSERT core.suppression (key_hash, key_kind, source, until_date, created_by)
        SELECT
            k.key_hash,
            k.key_kind,
            @source AS source,
            NULL AS until_date,
            @user_id AS created_by
        FROM @marker AS k;

        -- The keys go, those of the new name 'erased #<id>' too (they match nothing else).
        DELETE m
        FROM core.lead_match_key AS m
        INNER JOIN @lead_ids AS i ON m.lead_id = i.lead_id;

        INSERT core.erasure_request (lead_id, office_id, reason, requested_by, marker_count)
        SELECT
            l.lead_id,
            l.office_id,
            @reason AS reason,
            @user_id AS requested_by,
            (
                SELECT COUNT(*) FROM @marker AS k
                WHERE k.lead_id = l.lead_id
            ) AS marker_count
        FROM core.lead AS l
        INNER JOIN @lead_ids AS i ON l.lead_id = i.lead_id;
    END TRY
    BEGIN CATCH
        THROW;
    END CATCH;
END;
GO
