/*
app.add_suppressions: an admin uploads a suppression list (a Robinson-style list of
companies, phones or domains that refused advertising). Each entry's match keys
(core.match_keys: UID, name+PLZ, phone, e-mail, domain) are kept hashed in
core.suppression (source 'list'), so every later import holds matching rows (reason
suppression_list). Existing leads of the caller's offices that match get
no_advertising set (their history keeps the change).

Parameters:
    @entries  NVARCHAR(MAX)  JSON array of objects with any of company_name + plz, uid,
                             phone, email, website, and until_date (YYYY-MM-DD; NULL =
                             for good)
Result (one row): entry_count BIGINT, key_count BIGINT (keys added), lead_count BIGINT
    (existing leads marked)
Errors:
    50400  entries is not such an array, or entries have no key or an until_date
           that is not YYYY-MM-DD (named by position, counted from 1: the first
           20, then 'and N more')
    50401  'No active user is signed in.'
    50403  'Only admins may upload suppression lists.'
PostgreSQL twin: db/postgres/procedures/add_suppressions.sql.
Example:
    EXEC app.add_suppressions
        @entries = N'[{"phone": "041 210 00 01"}, {"website": "werbefrei.ch", "until_date": "2027-12-31"}]';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.add_suppressions
    @entries NVARCHAR(MAX)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @bad NVARCHAR(2000);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @key_count BIGINT;
    DECLARE @lead_count BIGINT;
    DECLARE @trancount INT = @@TRANCOUNT;
    DECLARE @has_lock BIT = 0;

    CREATE TABLE #entry_key (
        n BIGINT NOT NULL,
        key_kind VARCHAR(10) COLLATE DATABASE_DEFAULT NOT NULL,  -- noqa: CP02
        key_hash VARBINARY(32) NOT NULL,
        until_date DATE NULL
    );

    IF
        ISJSON(@entries) = 0
        OR LEFT(LTRIM(@entries), 1) <> N'['
        OR EXISTS (
            SELECT 1 FROM OPENJSON(@entries) AS j
            WHERE j.type <> 5
        )
        BEGIN
            THROW 50400,
            N'The value for the parameter entries is not supported. It must be a JSON array of objects.',
            1;
        END;

    INSERT #entry_key (n, key_kind, key_hash, until_date)
    SELECT
        CAST(j.[key] AS BIGINT) + 1 AS n,
        k.key_kind,
        k.key_hash,
        TRY_CONVERT(DATE, e.until_date, 23) AS until_date
    FROM OPENJSON(@entries) AS j
    CROSS APPLY
        OPENJSON (j.value) WITH (
            company_name NVARCHAR(4000),
            plz NVARCHAR(4000),
            uid NVARCHAR(4000),
            phone NVARCHAR(4000),
            email NVARCHAR(4000),
            website NVARCHAR(4000),
            until_date NVARCHAR(4000)
        ) AS e
    CROSS APPLY core.match_keys(e.uid, e.company_name, TRY_CAST(e.plz AS INT), e.phone, e.email, e.website) AS k
    WHERE e.until_date IS NULL OR TRY_CONVERT(DATE, e.until_date, 23) IS NOT NULL;

    -- The first 20 named, the rest counted: the message stays short for any list.
    SELECT
        @bad = STRING_AGG(CASE WHEN b.k <= 20 THEN CAST(b.n AS NVARCHAR(20)) END, N', ')
        WITHIN GROUP (ORDER BY b.n)
        + CASE WHEN COUNT(*) > 20 THEN CONCAT(N' and ', COUNT(*) - 20, N' more') ELSE N'' END
    FROM (
        SELECT
            j.n,
            ROW_NUMBER() OVER (ORDER BY j.n) AS k
        FROM (SELECT CAST(e.[key] AS BIGINT) + 1 AS n FROM OPENJSON(@entries) AS e) AS j
        WHERE NOT EXISTS (
            SELECT 1 FROM #entry_key AS ek
            WHERE ek.n = j.n
        )
    ) AS b;

    IF @bad IS NOT NULL
        BEGIN
            SET
                @message = N'The value for the parameter entries is not supported. Entries ' + @bad
                + N' have no usable key (company_name with plz, uid, phone, email or website) '
                + N'or an until_date that is not YYYY-MM-DD.';
            THROW 50400, @message, 1;
        END;

    EXEC security.require_caller
        @allowed_roles = 'admin',
        @forbidden_message = N'Only admins may upload suppression lists.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    BEGIN TRY
        -- db/CONTRACT.md, "Transactions": it marks leads, so the shared routing lock
        -- before the transaction, which nests inside a caller's (the web upload's).
        EXEC core.routing_lock @mode = 'Shared';
        SET @has_lock = 1;

        BEGIN TRANSACTION;

        INSERT core.suppression (key_hash, key_kind, source, until_date, created_by)
        SELECT DISTINCT
            ek.key_hash,
            ek.key_kind,
            'list' AS source,
            ek.until_date,
            @caller_id AS created_by
        FROM #entry_key AS ek
        WHERE NOT EXISTS (
            SELECT 1
            FROM core.suppression AS s
            WHERE
                s.key_hash = ek.key_hash
                AND s.source = 'list'
                AND EXISTS (
                    SELECT s.until_date
                    INTERSECT
                    SELECT ek.until_date
                )
        );
        SET @key_count = @@ROWCOUNT;

        UPDATE core.lead
        SET
            no_advertising = 1,
            last_edited_by = @caller_id
        WHERE
            no_advertising = 0
            AND lead_id IN (
                SELECT m.lead_id
                FROM #entry_key AS ek
                INNER JOIN core.lead_match_key AS m ON ek.key_hash = m.key_hash
            );
        SET @lead_count = @@ROWCOUNT;

        COMMIT TRANSACTION;

        EXEC core.routing_lock @mode = 'Release';
    END TRY
    BEGIN CATCH
        -- Our own transaction is rolled back; a caller's is doomed (XACT_ABORT) and the
        -- caller's to roll back.
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;

        IF @has_lock = 1
            BEGIN
                EXEC core.routing_lock @mode = 'Release';
            END;

        THROW;
    END CATCH;

    SELECT
        CAST((SELECT COUNT(*) FROM OPENJSON(@entries)) AS BIGINT) AS entry_count,
        @key_count AS key_count,
        @lead_count AS lead_count;
END;
GO
