/*
app.claim_next_lead: the caller takes their next best lead, atomically.

Callers: representatives (the home page's "take next lead", DBAs acting as one).
Parameters: none.
Result (one row, or none when no lead is left to take): assignment_id BIGINT,
    lead_id BIGINT, company_name NVARCHAR(200), score SMALLINT,
    expected_value DECIMAL(9,2), reasons NVARCHAR(500),
    open_lead_count INT (after the claim), lead_capacity SMALLINT
The candidates are core.rank_next_leads' list, best first. The first one that no
other transaction holds is locked WITH (UPDLOCK, READPAST, ROWLOCK): parallel
claimers never wait for each other and never get the same lead, since a lead locked
by another claim (or a manager's assignment) is skipped. After the lock the lead is
checked again (assigned meanwhile, or no longer open): then the next candidate is
tried. The unique index on the current assignment stays the last guard. The
caller's own user row is locked first (UPDLOCK), so two claims of one
representative cannot both pass the capacity check. The assignment records
reason_code claimed; a new lead becomes assigned.
Transactions: db/CONTRACT.md "Transactions" (routing lock before BEGIN TRANSACTION).
Errors:
    50401  'No active user is signed in.'
    50403  'Only representatives claim leads.'
    50409  'You have 20 open leads and your capacity is 20: close or hand back a lead
           before taking another.'
PostgreSQL twin: db/postgres/procedures/claim_next_lead.sql.
Example:
    EXEC app.claim_next_lead;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.claim_next_lead
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @office_id SMALLINT;
    DECLARE @open_lead_count INT;
    DECLARE @lead_capacity SMALLINT;
    DECLARE @lead_id BIGINT;
    DECLARE @tried INT = 0;
    DECLARE @now DATETIME2(3) = SYSUTCDATETIME();
    DECLARE @has_lock BIT = 0;
    DECLARE @trancount INT = @@TRANCOUNT;
    DECLARE @candidate TABLE (
        rank_no INT NOT NULL PRIMARY KEY,
        lead_id BIGINT NOT NULL,
        score SMALLINT NOT NULL,
        expected_value DECIMAL(9, 2) NOT NULL,
        reasons NVARCHAR(500) NOT NULL
    );
    DECLARE @claimed TABLE (
        assignment_id BIGINT NOT NULL,
        lead_id BIGINT NOT NULL
    );

    ----------------------------------------------------------------------------
    -- Who is calling
    ----------------------------------------------------------------------------
    EXEC security.require_caller
        @allowed_roles = 'representative',
        @forbidden_message = N'Only representatives claim leads.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    -- The office's outcome counts, rebuilt when older than ten minutes (in their own
    -- transaction, before the claim's).
    SELECT @office_id = k.office_id
    FROM core.claim_capacity(@caller_id, 0) AS k;

    IF @office_id IS NOT NULL
        BEGIN
            EXEC core.refresh_success_rates @office_id = @office_id;
        END;

    ----------------------------------------------------------------------------
    -- Lock the first free candidate and assign it, in one transaction
    ----------------------------------------------------------------------------
    BEGIN TRY
        -- db/CONTRACT.md, "Transactions": the routing lock before the transaction.
        EXEC core.routing_lock @mode = 'Shared';
        SET @has_lock = 1;

        BEGIN TRANSACTION;

        -- One claim at a time per representative: the capacity check holds until commit.
        SELECT @caller_id = u.user_id
        FROM core.app_user AS u WITH (UPDLOCK, ROWLOCK)
        WHERE u.user_id = @caller_id;

        SELECT
            @office_id = k.office_id,
            @open_lead_count = k.open_lead_count,
            @lead_capacity = k.lead_capacity
        FROM core.claim_capacity(@caller_id, 1) AS k;

        IF @open_lead_count >= @lead_capacity
            BEGIN
                SET @message = CONCAT(
                    N'You have ', @open_lead_count, N' open leads and your capacity is ', @lead_capacity,
                    N': close or hand back a lead before taking another.'
                );
                THROW 50409, @message, 1;
            END;

        INSERT @candidate (rank_no, lead_id, score, expected_value, reasons)
        SELECT
            r.rank_no,
            r.lead_id,
            r.score,
            r.expected_value,
            r.reasons
        FROM core.rank_next_leads(@caller_id, @office_id, 200) AS r;

        WHILE @lead_id IS NULL AND @tried < 200
            BEGIN
                SET @tried = @tried + 1;

                -- The best candidate nobody holds; a held one is skipped, not waited for.
                SELECT TOP (1) @lead_id = l.lead_id
                FROM @candidate AS c
                INNER JOIN core.lead AS l WITH (UPDLOCK, READPAST, ROWLOCK) ON c.lead_id = l.lead_id
                WHERE c.rank_no >= @tried
                ORDER BY c.rank_no
                -- Candidates in rank order, each lead sought by its key: only the row
                -- taken is locked.
                OPTION (FORCE ORDER, LOOP JOIN);

                IF @lead_id IS NULL
                    BEGIN
                        BREAK;
                    END;

                SELECT @tried = c.rank_no
                FROM @candidate AS c
                WHERE c.lead_id = @lead_id;

                -- Locked: check again what may have changed since the ranking.
                IF
                    EXISTS (
                        SELECT 1
                        FROM core.lead_assignment AS a
                        WHERE
                            a.lead_id = @lead_id
                            AND a.assigned_until IS NULL
                    )
                    OR NOT EXISTS (
                        SELECT 1
                        FROM core.lead AS l
                        INNER JOIN core.lead_status AS s ON l.status = s.code
                        WHERE
                            l.lead_id = @lead_id
                            AND s.is_open = 1
                    )
                    BEGIN
                        SET @lead_id = NULL;
                    END;
            END;

        IF @lead_id IS NOT NULL
            BEGIN
                INSERT core.lead_assignment (
                    lead_id,
                    office_id,
                    user_id,
                    assigned_by,
                    assigned_at,
                    note,
                    last_edited_by,
                    reason_code
                )
                OUTPUT INSERTED.assignment_id, INSERTED.lead_id
                INTO @claimed (assignment_id, lead_id)
                VALUES (
                    @lead_id,
                    @office_id,
                    @caller_id,
                    @caller_id,
                    @now,
                    NULL,
                    @caller_id,
                    'claimed'
                );

                UPDATE core.lead
                SET
                    status = 'assigned',
                    last_edited_by = @caller_id
                WHERE
                    lead_id = @lead_id
                    AND status = 'new';
            END;

        COMMIT TRANSACTION;

        EXEC core.routing_lock @mode = 'Release';
    END TRY
    BEGIN CATCH
        -- db/CONTRACT.md, "Transactions": roll back our own transaction; a caller's
        -- is doomed (XACT_ABORT) and the caller's to roll back.
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;

        IF @has_lock = 1
            BEGIN
                EXEC core.routing_lock @mode = 'Release';
            END;

        THROW;
    END CATCH;

    ----------------------------------------------------------------------------
    -- The result
    ----------------------------------------------------------------------------
    -- Columns in the contract's order.
    SELECT -- noqa: ST06
        d.assignment_id,
        d.lead_id,
        l.company_name,
        c.score,
        c.expected_value,
        c.reasons,
        @open_lead_count + 1 AS open_lead_count,
        @lead_capacity AS lead_capacity
    FROM @claimed AS d
    INNER JOIN @candidate AS c ON d.lead_id = c.lead_id
    INNER JOIN core.lead AS l ON d.lead_id = l.lead_id;
END;
GO
