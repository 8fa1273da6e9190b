/*
app.merge_leads: a manager merges two leads of one office that are the same company,
with a mandatory reason. What a merge means (db/CONTRACT.md, "Merging leads"):
- the survivor keeps its own data; its empty fields take the merged lead's values;
  no_advertising (UWG star entry) holds if either lead had it; delivered_at is the
  earlier delivery;
- the merged lead's events and assignments move to the survivor (a current
  assignment of the merged lead ends when the survivor has one); its match keys,
  distinct pairs, import decisions, overrides and feedback point to the survivor (its
  learned score, core.lead_score, goes), so later
  deliveries of either spelling match the survivor;
- the merged lead is deleted from core.lead: its versions, and the versions of its
  events and assignments before the move, stay in history (get_lead_as_of);
- core.lead_merge records who, when, why and how much moved; the survivor's
  timeline gets a note.

Parameters:
    @survivor_lead_id  BIGINT          required
    @merged_lead_id    BIGINT          required; not the survivor
    @reason            NVARCHAR(4000)  1-500 characters; required
Result (one row): survivor_lead_id BIGINT, merged_lead_id BIGINT, event_count INT,
    assignment_count INT, merged_at DATETIME2(3)
Errors:
    50400  every invalid parameter, in one message (also the same lead twice)
    50401  'No active user is signed in.'
    50403  'Only managers and admins may merge leads.'
    50404  'There is no lead 34.' (also for another office's lead: the security
           policy hides it)
    50409  'Only leads of the same office can be merged.'
PostgreSQL twin: db/postgres/procedures/merge_leads.sql.
Example:
    EXEC app.merge_leads @survivor_lead_id = 12, @merged_lead_id = 34,
        @reason = N'Same company: head office and old address';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.merge_leads
    @survivor_lead_id BIGINT,
    @merged_lead_id BIGINT,
    @reason NVARCHAR(4000)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @survivor_office_id SMALLINT;
    DECLARE @merged_office_id SMALLINT;
    DECLARE @merged_name NVARCHAR(200);
    DECLARE @events INT;
    DECLARE @assignments INT;
    DECLARE @now DATETIME2(3) = SYSUTCDATETIME();
    DECLARE @trancount INT = @@TRANCOUNT;

    SET @reason = TRIM(@reason);

    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (
            1,
            CASE
                WHEN @survivor_lead_id IS NULL
                    THEN N'The value for the parameter survivor_lead_id is not supported. It must be given.'
            END
        ),
        (
            2,
            CASE
                WHEN @merged_lead_id IS NULL OR @merged_lead_id = @survivor_lead_id
                    THEN
                        N'The value for the parameter merged_lead_id is not supported. '
                        + N'It must be given and differ from survivor_lead_id.'
            END
        ),
        (
            3,
            CASE
                WHEN NULLIF(@reason, N'') IS NULL OR LEN(@reason) > 500
                    THEN N'The value for the parameter reason is not supported. It must have 1 to 500 characters.'
            END
        )
    ) AS p(problem_no, problem)
    WHERE p.problem IS NOT NULL;

    IF @message IS NOT NULL
        BEGIN
            THROW 50400, @message, 1;
        END;

    EXEC security.require_caller
        @allowed_roles = 'manager,admin',
        @forbidden_message = N'Only managers and admins may merge leads.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    EXEC core.routing_lock @mode = 'Shared';

    BEGIN TRY
        BEGIN TRANSACTION;  -- nests inside a caller's (db/CONTRACT.md, "Transactions")

        -- The security policy hides another office's lead: not found, like a missing one.
        SELECT @survivor_office_id = l.office_id
        FROM core.lead AS l WITH (UPDLOCK, HOLDLOCK)
        WHERE l.lead_id = @survivor_lead_id;

        IF @survivor_office_id IS NULL
            BEGIN
                SET @message = CONCAT(N'There is no lead ', @survivor_lead_id, N'.');
                THROW 50404, @message, 1;
            END;

        SELECT
            @merged_office_id = l.office_id,
            @merged_name = l.company_name
        FROM core.lead AS l WITH (UPDLOCK, HOLDLOCK)
        WHERE l.lead_id = @merged_lead_id;

        IF @merged_office_id IS NULL
            BEGIN
                SET @message = CONCAT(N'There is no lead ', @merged_lead_id, N'.');
                THROW 50404, @message, 1;
            END;

        IF @merged_office_id <> @survivor_office_id
            BEGIN
                THROW 50409, N'Only leads of the same office can be merged.', 1;
            END;

        -- The merged lead's events and assignments belong to the survivor now.
        UPDATE core.lead_event
        SET
            lead_id = @survivor_lead_id,
            last_edited_by = @caller_id
        WHERE lead_id = @merged_lead_id;
        SET @events = @@ROWCOUNT;

        UPDATE core.lead_assignment
        SET
            assigned_until = @now,
            last_edited_by = @caller_id
        WHERE
            lead_id = @merged_lead_id
            AND assigned_until IS NULL
            AND EXISTS (
                SELECT 1 FROM core.lead_assignment AS s
                WHERE s.lead_id = @survivor_lead_id AND s.assigned_until IS NULL
            );

        UPDATE core.lead_assignment
        SET
            lead_id = @survivor_lead_id,
            last_edited_by = @caller_id
        WHERE lead_id = @merged_lead_id;
        SET @assignments = @@ROWCOUNT;

        -- Later deliveries of either spelling match the survivor.
        INSERT core.lead_match_key (key_hash, lead_id, key_kind)
        SELECT
            k.key_hash,
            @survivor_lead_id AS lead_id,
            k.key_kind
        FROM core.lead_match_key AS k
        WHERE
            k.lead_id = @merged_lead_id
            AND NOT EXISTS (
                SELECT 1 FROM core.lead_match_key AS s
                WHERE s.key_hash = k.key_hash AND s.lead_id = @survivor_lead_id
            );

        DELETE FROM core.lead_match_key
        WHERE lead_id = @merged_lead_id;

        INSERT core.distinct_lead_pair (lead_id, distinct_from_lead_id)
        SELECT DISTINCT
            IIF(dp.lead_id = @merged_lead_id, @survivor_lead_id, dp.lead_id) AS lead_id,
            IIF(dp.distinct_from_lead_id = @merged_lead_id, @survivor_lead_id, dp.distinct_from_lead_id)
                AS distinct_from_lead_id
        FROM core.distinct_lead_pair AS dp
        WHERE
            @merged_lead_id IN (dp.lead_id, dp.distinct_from_lead_id)
            AND @survivor_lead_id NOT IN (dp.lead_id, dp.distinct_from_lead_id)
            AND NOT EXISTS (
                SELECT 1 FROM core.distinct_lead_pair AS e
                WHERE
                    e.lead_id = IIF(dp.lead_id = @merged_lead_id, @survivor_lead_id, dp.lead_id)
                    AND e.distinct_from_lead_id
                    = IIF(dp.distinct_from_lead_id = @merged_lead_id, @survivor_lead_id, dp.distinct_from_lead_id)
            );

        DELETE FROM core.distinct_lead_pair
        WHERE @merged_lead_id IN (lead_id, distinct_from_lead_id);

        UPDATE core.import_decision
        SET lead_id = @survivor_lead_id
        WHERE lead_id = @merged_lead_id;

        UPDATE core.import_override
        SET lead_id = @survivor_lead_id
        WHERE lead_id = @merged_lead_id;

        UPDATE core.lead_feedback
        SET lead_id = @survivor_lead_id
        WHERE lead_id = @merged_lead_id;

        DELETE FROM core.lead_score
        WHERE lead_id = @merged_lead_id;

        UPDATE core.lead_merge
        SET survivor_lead_id = @survivor_lead_id
        WHERE survivor_lead_id = @merged_lead_id;

        UPDATE s
        SET
            s.legal_form = COALESCE(s.legal_form, m.legal_form),
            s.uid = COALESCE(s.uid, m.uid),
            s.street = COALESCE(s.street, m.street),
            s.canton = COALESCE(s.canton, m.canton),
            s.phone = COALESCE(s.phone, m.phone),
            s.email = COALESCE(s.email, m.email),
            s.website = COALESCE(s.website, m.website),
            s.branche = COALESCE(s.branche, m.branche),
            s.no_advertising = IIF(s.no_advertising = 1 OR m.no_advertising = 1, 1, 0),
            s.delivered_at = IIF(m.delivered_at < s.delivered_at, m.delivered_at, s.delivered_at),
            s.last_edited_by = @caller_id
        FROM core.lead AS s
        CROSS JOIN core.lead AS m
        WHERE s.lead_id = @survivor_lead_id AND m.lead_id = @merged_lead_id;

        DELETE FROM core.lead
        WHERE lead_id = @merged_lead_id;

        INSERT core.lead_event (lead_id, office_id, user_id, event_at, event_type, note, last_edited_by)
        VALUES (
            @survivor_lead_id,
            @survivor_office_id,
            @caller_id,
            @now,
            'note',
            LEFT(CONCAT(N'Merged lead ', @merged_lead_id, N' (', @merged_name, N') into this lead: ', @reason), 2000),
            @caller_id
        );

        INSERT core.lead_merge (
            merged_lead_id, survivor_lead_id, office_id, reason, event_count, assignment_count, merged_by
        )
        VALUES (
            @merged_lead_id, @survivor_lead_id, @survivor_office_id, @reason, @events, @assignments, @caller_id
        );

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;

        EXEC core.routing_lock @mode = 'Release';
        THROW;
    END CATCH;

    EXEC core.routing_lock @mode = 'Release';

    SELECT
        m.survivor_lead_id,
        m.merged_lead_id,
        m.event_count,
        m.assignment_count,
        m.merged_at
    FROM core.lead_merge AS m
    WHERE m.merged_lead_id = @merged_lead_id;
END;
GO
