/*
app.set_plz_mapping: replace the PLZ-to-office mapping and re-route the leads it
moves, in one transaction; or preview the moves (dry run).

Callers: admins (the web tier's mapping page with preview, DBAs).
Parameters:
    @mapping  NVARCHAR(MAX)  required: a JSON array of
                             {"office_code": "luzern", "plz_from": 6000, "plz_to": 6499};
                             it replaces every range. Ranges lie in 1000-9999 and do
                             not overlap; without a catch-all office they must cover
                             1000-9999 completely.
    @dry_run  BIT            0 (default): replace and re-route; 1: return the moves
                             the mapping would cause and change nothing
Result (one row per direction, the same shape for dry and real runs):
    from_office_code VARCHAR(20), to_office_code VARCHAR(20), lead_count BIGINT
    The real run returns the result of app.route_leads, which it calls after
    replacing the ranges; the dry run returns core.plan_routing(@mapping), grouped
    the same way.
Errors:
    50400  every problem, in one message, joined with '; ':
           'The value for the parameter mapping is not supported. It must be a JSON array
           of {"office_code", "plz_from", "plz_to"}.'
           'The value for the parameter mapping is not supported. Entry 2: not an object.'
           '... Entry 2: unknown office_code zurich.'
           '... Entry 2: plz_from and plz_to must be PLZ between 1000 and 9999.'
           '... Entry 2: plz_from must be between 1000 and plz_to.'
           'PLZ 6000-6099 is mapped to luzern and romandie' (each overlap)
           'PLZ 3000-3999 is mapped to no office' (each gap, without a catch-all office)
           'The value for the parameter dry_run is not supported. It must be true or false.'
    50401  'No active user is signed in.'
    50403  'Only admins may change the PLZ mapping.'
    50409  'The PLZ mapping is being changed. Try again in a moment.'
Logged in core.command_log (core.log_command), dry runs included: the call
(replayable), user, start, end, the number of ranges written (or that would be written; 0 when the mapping is
unchanged), and error number and message on failure. The re-routing logs its own
row (app.route_leads: the leads moved).
A mapping equal to the current one writes no ranges (no new history versions).
Transactions and the routing lock follow db/CONTRACT.md, "Transactions" (see
app.route_leads): a real run takes 'leadbase_routing' exclusively, owned by the
session, before its transaction begins, and a failed run is logged after the
rollback.

Runs WITH EXECUTE AS 'leadbase_router', like app.route_leads: the preview and the
re-routing see every office's leads. security.caller() still names the session's
user, so the admin check holds. The user name is written without N: sqlfluff's
T-SQL parser rejects N'...' here, and SQL Server takes either.
PostgreSQL twin: db/postgres/procedures/set_plz_mapping.sql.
Example:
    DECLARE @mapping NVARCHAR(MAX) = N'[
        {"office_code": "luzern", "plz_from": 6000, "plz_to": 6999},
        {"office_code": "romandie", "plz_from": 1000, "plz_to": 2999}
    ]';
    EXEC app.set_plz_mapping @mapping = @mapping, @dry_run = 1;  -- preview
    EXEC app.set_plz_mapping @mapping = @mapping;                -- apply
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.set_plz_mapping
    @mapping NVARCHAR(MAX),
    @dry_run BIT = 0
    WITH EXECUTE AS 'leadbase_router'
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @is_array BIT = 0;
    DECLARE @is_changed BIT = 0;
    DECLARE @has_lock BIT = 0;
    DECLARE @trancount INT = @@TRANCOUNT;
    DECLARE @rows_affected INT = 0;
    DECLARE @error_message NVARCHAR(4000);
    DECLARE @error_number INT;
    DECLARE @started_at DATETIME2(3) = SYSUTCDATETIME();
    DECLARE @parameters NVARCHAR(MAX) = CONCAT(
        N'EXEC app.set_plz_mapping @mapping = N''', REPLACE(@mapping, N'''', N''''''),
        N''', @dry_run = ', @dry_run, N';'
    );
    DECLARE @problem TABLE (
        problem_no INT IDENTITY (1, 1) PRIMARY KEY,
        problem NVARCHAR(4000) NOT NULL
    );
    DECLARE @entry TABLE (
        entry_no INT NOT NULL PRIMARY KEY,
        is_object BIT NOT NULL,
        office_code NVARCHAR(4000) NULL,
        office_id SMALLINT NULL,
        plz_from_text NVARCHAR(4000) NULL,
        plz_to_text NVARCHAR(4000) NULL
    );
    DECLARE @range TABLE (
        office_id SMALLINT NOT NULL,
        office_code VARCHAR(20) NOT NULL,
        plz_from INT NOT NULL,
        plz_to INT NOT NULL,
        entry_no INT NOT NULL PRIMARY KEY
    );

    CREATE TABLE #planned_move (
        lead_id BIGINT NOT NULL PRIMARY KEY,
        from_office_id SMALLINT NOT NULL,
        to_office_id SMALLINT NOT NULL
    );

    ----------------------------------------------------------------------------
    -- Check the parameters: collect every problem, then stop once
    ----------------------------------------------------------------------------
    -- The shape: wrapped in [ ], the value is one element whose type OPENJSON
    -- names (4 = array).
    IF ISJSON(@mapping) = 1
        BEGIN
            SELECT @is_array = IIF(j.type = 4, 1, 0)
            FROM OPENJSON(CONCAT(N'[', @mapping, N']')) AS j;
        END;

    IF @is_array = 0
        BEGIN
            INSERT @problem (problem)
            VALUES (
                N'The value for the parameter mapping is not supported. '
                + N'It must be a JSON array of {"office_code", "plz_from", "plz_to"}.'
            );
        END;
    ELSE
        BEGIN
            -- Each entry (numbered from 1); the values are read as text so that
            -- any JSON value can be checked instead of failing a conversion.
            INSERT @entry (entry_no, is_object, office_code, office_id, plz_from_text, plz_to_text)
            SELECT
                CAST(j.[key] AS INT) + 1 AS entry_no,
                IIF(j.type = 5, 1, 0) AS is_object,
                e.office_code,
                o.office_id,
                e.plz_from_text,
                e.plz_to_text
            FROM OPENJSON(@mapping) AS j
            OUTER APPLY
                OPENJSON (IIF(j.type = 5, j.value, NULL)) WITH (
                    office_code NVARCHAR(4000) '$.office_code',
                    plz_from_text NVARCHAR(4000) '$.plz_from',
                    plz_to_text NVARCHAR(4000) '$.plz_to'
                ) AS e
            -- Office codes compare byte-wise, as on PostgreSQL: 'LUZERN' is unknown.
            LEFT JOIN core.office AS o
            ON e.office_code COLLATE Latin1_General_100_BIN2 = o.office_code; -- noqa: CP02

            -- Binary collation: [0-9] means the ASCII digits only.
            INSERT @problem (problem)
            SELECT
                CONCAT(
                    N'The value for the parameter mapping is not supported. Entry ', c.entry_no, N': ', c.problem, N'.'
                ) AS problem
            FROM (
                SELECT
                    en.entry_no,
                    CASE
                        WHEN en.is_object = 0
                            THEN N'not an object'
                        WHEN en.office_id IS NULL
                            THEN CONCAT(N'unknown office_code ', COALESCE(en.office_code, N'null'))
                        WHEN
                            COALESCE(en.plz_from_text, N'') COLLATE Latin1_General_100_BIN2 NOT LIKE N'[0-9][0-9][0-9][0-9]' -- noqa: CP02,LT05
                            OR COALESCE(en.plz_to_text, N'') COLLATE Latin1_General_100_BIN2 NOT LIKE N'[0-9][0-9][0-9][0-9]' -- noqa: CP02,LT05
                            THEN N'plz_from and plz_to must be PLZ between 1000 and 9999'
                        WHEN
                            CAST(en.plz_from_text AS INT) < 1000
                            OR CAST(en.plz_from_text AS INT) > CAST(en.plz_to_text AS INT)
                            THEN N'plz_from must be between 1000 and plz_to'
                    END AS problem
                FROM @entry AS en
            ) AS c
            WHERE c.problem IS NOT NULL
            ORDER BY c.entry_no ASC;
        END;

    IF @is_array = 1 AND NOT EXISTS (SELECT 1 FROM @problem)
        BEGIN
            INSERT @range (office_id, office_code, plz_from, plz_to, entry_no)
            -- The office's own code, not the JSON's text of it.
            SELECT
                en.office_id,
                o.office_code,
                CAST(en.plz_from_text AS INT) AS plz_from,
                CAST(en.plz_to_text AS INT) AS plz_to,
                en.entry_no
            FROM @entry AS en
            INNER JOIN core.office AS o ON en.office_id = o.office_id;

            -- Each pair of entries that overlaps, by where the overlap starts.
            INSERT @problem (problem)
            SELECT
                CONCAT(
                    N'PLZ ', IIF(a.plz_from > b.plz_from, a.plz_from, b.plz_from),
                    N'-', IIF(a.plz_to < b.plz_to, a.plz_to, b.plz_to),
                    N' is mapped to ', a.office_code, N' and ', b.office_code
                ) AS problem
            FROM @range AS a
            INNER JOIN @range AS b
            ON
                a.entry_no < b.entry_no
                AND a.plz_from <= b.plz_to
                AND a.plz_to >= b.plz_from
            ORDER BY IIF(a.plz_from > b.plz_from, a.plz_from, b.plz_from) ASC, a.entry_no ASC, b.entry_no ASC;

            -- Without a catch-all office: each run of PLZ that no range names.
            IF
                NOT EXISTS (
                    SELECT 1
                    FROM core.office AS o
                    WHERE o.is_catch_all = 1
                )
                BEGIN
                    WITH digit AS (
                        SELECT v.d
                        FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS v(d)
                    ),

                    plz AS (
                        SELECT 1000 * thousands.d + 100 * hundreds.d + 10 * tens.d + units.d AS plz
                        FROM digit AS thousands
                        CROSS JOIN digit AS hundreds
                        CROSS JOIN digit AS tens
                        CROSS JOIN digit AS units
                        WHERE thousands.d >= 1
                    ),

                    uncovered AS (
                        SELECT
                            p.plz,
                            p.plz - ROW_NUMBER() OVER (ORDER BY p.plz) AS island
                        FROM plz AS p
                        WHERE
                            NOT EXISTS (
                                SELECT 1
                                FROM @range AS r
                                WHERE p.plz BETWEEN r.plz_from AND r.plz_to
                            )
                    )

                    INSERT @problem (problem)
                    SELECT CONCAT(N'PLZ ', MIN(u.plz), N'-', MAX(u.plz), N' is mapped to no office') AS problem
                    FROM uncovered AS u
                    GROUP BY u.island
                    ORDER BY MIN(u.plz) ASC;
                END;
        END;

    IF @dry_run IS NULL
        BEGIN
            INSERT @problem (problem)
            VALUES (N'The value for the parameter dry_run is not supported. It must be true or false.');
        END;

    IF EXISTS (SELECT 1 FROM @problem)
        BEGIN
            -- THROW takes at most 2048 characters; a longer list is cut.
            SELECT
                @message = LEFT(
                    STRING_AGG(CAST(p.problem AS NVARCHAR(MAX)), N'; ')
                    WITHIN GROUP (ORDER BY p.problem_no), 2048
                )
            FROM @problem AS p;

            THROW 50400, @message, 1;
        END;

    ----------------------------------------------------------------------------
    -- Who is calling
    ----------------------------------------------------------------------------
    EXEC security.require_caller
        @allowed_roles = 'admin',
        @forbidden_message = N'Only admins may change the PLZ mapping.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    ----------------------------------------------------------------------------
    -- Lock (real runs), then replace the ranges and re-route in one transaction,
    -- or plan only; log the run
    ----------------------------------------------------------------------------
    BEGIN TRY
        IF @dry_run = 0
            BEGIN
                EXEC core.routing_lock @mode = 'Exclusive';
                SET @has_lock = 1;
            END;

        BEGIN TRANSACTION;

        -- Valid ranges neither overlap nor repeat, so set comparison suffices.
        IF
            EXISTS (
                SELECT
                    r.office_id,
                    r.plz_from,
                    r.plz_to
                FROM @range AS r
                EXCEPT
                SELECT
                    cr.office_id,
                    cr.plz_from,
                    cr.plz_to
                FROM core.office_plz_range AS cr
            )
            OR EXISTS (
                SELECT
                    cr.office_id,
                    cr.plz_from,
                    cr.plz_to
                FROM core.office_plz_range AS cr
                EXCEPT
                SELECT
                    r.office_id,
                    r.plz_from,
                    r.plz_to
                FROM @range AS r
            )
            BEGIN
                SET @is_changed = 1;
                SET @rows_affected = (SELECT COUNT(*) FROM @range);
            END;

        IF @dry_run = 1
            BEGIN
                INSERT #planned_move (lead_id, from_office_id, to_office_id)
                SELECT
                    p.lead_id,
                    p.from_office_id,
                    p.to_office_id
                FROM core.plan_routing(@mapping) AS p;
            END;
        ELSE
            BEGIN
                IF @is_changed = 1
                    BEGIN
                        -- last_edited_by first, so that the history rows of the
                        -- deletion name who replaced the mapping.
                        UPDATE core.office_plz_range
                        SET last_edited_by = @caller_id;

                        DELETE core.office_plz_range;

                        INSERT core.office_plz_range (office_id, plz_from, plz_to, last_edited_by)
                        SELECT
                            r.office_id,
                            r.plz_from,
                            r.plz_to,
                            @caller_id AS last_edited_by
                        FROM @range AS r;
                    END;

                -- Its result set is this procedure's result.
                EXEC app.route_leads @dry_run = 0;
            END;

        EXEC core.log_command
            @command_name = 'app.set_plz_mapping',
            @parameters = @parameters,
            @user_id = @caller_id,
            @dry_run = @dry_run,
            @started_at = @started_at,
            @rows_affected = @rows_affected;

        COMMIT TRANSACTION;

        IF @has_lock = 1
            BEGIN
                EXEC core.routing_lock @mode = 'Release';
            END;
    END TRY
    BEGIN CATCH
        SET @error_number = ERROR_NUMBER();
        SET @error_message = ERROR_MESSAGE();

        -- db/CONTRACT.md, "Transactions": roll back our own transaction, then log
        -- the failure; a caller's transaction is doomed (XACT_ABORT) and takes no
        -- writes: the caller rolls it back (app.set_plz_mapping logs then).
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;

        IF @has_lock = 1
            BEGIN
                EXEC core.routing_lock @mode = 'Release';
            END;

        IF XACT_STATE() = 0
            BEGIN
                EXEC core.log_command
                    @command_name = 'app.set_plz_mapping',
                    @parameters = @parameters,
                    @user_id = @caller_id,
                    @dry_run = @dry_run,
                    @started_at = @started_at,
                    @error_number = @error_number,
                    @error_message = @error_message;
            END;

        THROW;
    END CATCH;

    ----------------------------------------------------------------------------
    -- The dry run's result: the planned moves, by direction (the real run has
    -- returned app.route_leads's result, of the same shape)
    ----------------------------------------------------------------------------
    IF @dry_run = 1
        BEGIN
            SELECT
                from_office.office_code AS from_office_code,
                to_office.office_code AS to_office_code,
                COUNT_BIG(*) AS lead_count
            FROM #planned_move AS m
            INNER JOIN core.office AS from_office ON m.from_office_id = from_office.office_id
            INNER JOIN core.office AS to_office ON m.to_office_id = to_office.office_id
            GROUP BY from_office.office_code, to_office.office_code
            ORDER BY from_office_code ASC, to_office_code ASC;
        END;
END;
GO
