/*
app.mark_import_row_distinct: a manager overrides a false match. A row held because
it matched an existing lead (already_customer, do_not_contact,
other_office_pipeline, contacted_recently) is a different company: it becomes a new
lead of its office, and the new lead is remembered as distinct from every lead it
shares a strong match key with (core.distinct_lead_pair, both ways), so that a key
two distinct leads share matches neither of them in later imports. The override
is recorded with the mandatory reason, who and when (core.import_override, action
'distinct'). Which leads the row matched is never told: they may be another
office's (core.lead_match_key holds hashes and lead ids only, no office data).

Parameters:
    @decision_id  BIGINT          required
    @reason       NVARCHAR(4000)  1-500 characters; required
Result (one row): decision_id BIGINT, action VARCHAR(20) ('distinct'), lead_id BIGINT,
    overridden_at DATETIME2(3)
Errors:
    50400  every invalid parameter, in one message
    50401  'No active user is signed in.'
    50403  'Only managers and admins may override import decisions.'
    50404  'There is no import decision 77.' (also for another office's decision:
           the security policy hides it)
    50409  the row was not held by a matched lead (new, refreshed, on the suppression
           list, a duplicate within the batch, invalid), or was overridden already
PostgreSQL twin: db/postgres/procedures/mark_import_row_distinct.sql.
Example:
    EXEC app.mark_import_row_distinct @decision_id = 77,
        @reason = N'Same switchboard number, different company';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.mark_import_row_distinct
    @decision_id BIGINT,
    @reason NVARCHAR(4000)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @decision_code VARCHAR(20);
    DECLARE @reason_code VARCHAR(30);
    DECLARE @office_id SMALLINT;
    DECLARE @lead_id BIGINT;
    DECLARE @trancount INT = @@TRANCOUNT;

    SET @reason = TRIM(@reason);

    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (
            1,
            CASE
                WHEN @decision_id IS NULL
                    THEN N'The value for the parameter decision_id is not supported. It must be given.'
            END
        ),
        (
            2,
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
        @forbidden_message = N'Only managers and admins may override import decisions.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    EXEC core.routing_lock @mode = 'Shared';

    BEGIN TRY
        BEGIN TRANSACTION;  -- nests inside a caller's (db/CONTRACT.md, "Transactions")

        -- The security policy hides another office's decision: not found, like a missing one.
        SELECT
            @decision_code = r.decision_code,
            @reason_code = d.reason_code,
            @office_id = d.office_id
        FROM core.import_decision AS d WITH (UPDLOCK, HOLDLOCK)
        INNER JOIN core.import_reason AS r ON d.reason_code = r.reason_code
        WHERE d.decision_id = @decision_id;

        IF @office_id IS NULL
            BEGIN
                SET @message = CONCAT(N'There is no import decision ', @decision_id, N'.');
                THROW 50404, @message, 1;
            END;

        IF @decision_code <> 'suppressed' OR @reason_code = 'suppression_list'
            BEGIN
                SET @message = CONCAT(
                    N'Only a row held because it matched an existing lead can be marked distinct; this row is ',
                    @decision_code, N' (', @reason_code, N').'
                );
                THROW 50409, @message, 1;
            END;

        IF
            EXISTS (
                SELECT 1 FROM core.import_override AS o
                WHERE o.decision_id = @decision_id
            )
            BEGIN
                THROW 50409, N'This row was overridden already.', 1;
            END;

        EXEC core.lead_from_decision
            @decision_id = @decision_id,
            @user_id = @caller_id,
            @lead_id = @lead_id OUTPUT;

        -- The new lead's keys (added by core.tr_lead_keep_match_keys) against every lead's keys.
        INSERT core.distinct_lead_pair (lead_id, distinct_from_lead_id)
        SELECT DISTINCT
            pair.lead_id,
            pair.distinct_from_lead_id
        FROM core.lead_match_key AS mine
        INNER JOIN core.lead_match_key AS other
        ON mine.key_hash = other.key_hash AND mine.lead_id <> other.lead_id
        CROSS APPLY (
            VALUES (mine.lead_id, other.lead_id), (other.lead_id, mine.lead_id)
        ) AS pair(lead_id, distinct_from_lead_id)
        WHERE
            mine.lead_id = @lead_id
            AND mine.key_kind <> 'domain'
            AND NOT EXISTS (
                SELECT 1 FROM core.distinct_lead_pair AS dp
                WHERE dp.lead_id = pair.lead_id AND dp.distinct_from_lead_id = pair.distinct_from_lead_id
            );

        INSERT core.import_override (decision_id, office_id, action, reason, lead_id, overridden_by)
        VALUES (@decision_id, @office_id, 'distinct', @reason, @lead_id, @caller_id);

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
        o.decision_id,
        o.action,
        o.lead_id,
        o.overridden_at
    FROM core.import_override AS o
    WHERE o.decision_id = @decision_id;
END;
GO
