/*
app.save_partner: create or change a partner and its column mapping (admins).

Parameters:
    @partner_code  NVARCHAR(4000)  1-40 characters a-z, 0-9, _ or - (lower-cased); required
    @partner_name  NVARCHAR(4000)  1-200 characters; required
    @column_map    NVARCHAR(MAX)   JSON object from the partner's file headers to Leadbase
                                   fields (company_name, legal_form, uid, street, plz, ort,
                                   canton, phone, email, website, branche, size_category,
                                   no_advertising); NULL (default) keeps the mapping, '{}' clears it
    @is_active     BIT             default 1
Result (one row): partner_id INT, partner_code VARCHAR(40), partner_name NVARCHAR(200),
    is_active BIT, column_count BIGINT
Errors:
    50400  every invalid parameter, in one message (unknown fields named)
    50401  'No active user is signed in.'
    50403  'Only admins may change partners.'
PostgreSQL twin: db/postgres/procedures/save_partner.sql.
Example:
    EXEC app.save_partner @partner_code = N'swissleads', @partner_name = N'Swiss Leads AG',
        @column_map = N'{"Firma": "company_name", "PLZ": "plz"}';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.save_partner
    @partner_code NVARCHAR(4000),
    @partner_name NVARCHAR(4000),
    @column_map NVARCHAR(MAX) = NULL,
    @is_active BIT = 1
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @bad_fields NVARCHAR(2000);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @partner_id INT;
    DECLARE @trancount INT = @@TRANCOUNT;

    SET @partner_code = LOWER(TRIM(@partner_code));
    SET @partner_name = TRIM(@partner_name);

    IF ISJSON(@column_map) = 1 AND LEFT(LTRIM(@column_map), 1) = N'{'
        BEGIN
            SELECT @bad_fields = STRING_AGG(COALESCE(j.value, N'null'), N', ')
            FROM OPENJSON(@column_map) AS j
            WHERE
                j.type <> 1
                OR j.value NOT IN (
                    N'company_name', N'legal_form', N'uid', N'street', N'plz', N'ort', N'canton', N'phone',
                    N'email', N'website', N'branche', N'size_category', N'no_advertising'
                )
                OR LEN(TRIM(j.[key])) NOT BETWEEN 1 AND 200;
        END;

    ----------------------------------------------------------------------------
    -- Check the parameters: collect every problem, then stop once
    ----------------------------------------------------------------------------
    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (
            1,
            CASE
                WHEN
                    @partner_code IS NULL
                    OR LEN(@partner_code) NOT BETWEEN 1 AND 40
                    OR @partner_code COLLATE Latin1_General_100_BIN2 LIKE N'%[^a-z0-9_-]%' -- noqa: CP02
                    THEN
                        N'The value for the parameter partner_code is not supported. '
                        + N'It must have 1 to 40 characters a-z, 0-9, _ or -.'
            END
        ),
        (
            2,
            CASE
                WHEN NULLIF(@partner_name, N'') IS NULL OR LEN(@partner_name) > 200
                    THEN
                        N'The value for the parameter partner_name is not supported. '
                        + N'It must have 1 to 200 characters.'
            END
        ),
        (
            3,
            CASE
                WHEN @is_active IS NULL
                    THEN N'The value for the parameter is_active is not supported. It must be true or false.'
            END
        ),
        (
            4,
            CASE
                WHEN @column_map IS NOT NULL AND (ISJSON(@column_map) = 0 OR LEFT(LTRIM(@column_map), 1) <> N'{')
                    THEN
                        N'The value for the parameter column_map is not supported. '
                        + N'It must be a JSON object from headers to fields.'
                WHEN @bad_fields IS NOT NULL
                    THEN
                        N'The value for the parameter column_map is not supported. '
                        + N'Unknown fields or empty headers: ' + @bad_fields + N'.'
            END
        )
    ) AS p(problem_no, problem)
    WHERE p.problem IS NOT NULL;

    IF @message IS NOT NULL
        BEGIN
            THROW 50400, @message, 1;
        END;

    ----------------------------------------------------------------------------
    -- Who is calling
    ----------------------------------------------------------------------------
    EXEC security.require_caller
        @allowed_roles = 'admin',
        @forbidden_message = N'Only admins may change partners.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    ----------------------------------------------------------------------------
    -- Save, in one transaction
    ----------------------------------------------------------------------------
    BEGIN TRY
        BEGIN TRANSACTION;  -- nests inside a caller's (db/CONTRACT.md, "Transactions")

        UPDATE core.partner
        SET
            partner_name = @partner_name,
            is_active = @is_active,
            @partner_id = partner_id
        WHERE partner_code = @partner_code;

        IF @partner_id IS NULL
            BEGIN
                INSERT core.partner (partner_code, partner_name, is_active)
                VALUES (@partner_code, @partner_name, @is_active);
                SET @partner_id = SCOPE_IDENTITY();
            END;

        IF @column_map IS NOT NULL
            BEGIN
                DELETE FROM core.partner_column
                WHERE partner_id = @partner_id;

                INSERT core.partner_column (partner_id, source_header, field_name)
                SELECT
                    @partner_id AS partner_id,
                    LOWER(TRIM(j.[key])) AS source_header,
                    MIN(j.value) AS field_name
                FROM OPENJSON(@column_map) AS j
                GROUP BY LOWER(TRIM(j.[key]));
            END;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;

        THROW;
    END CATCH;

    SELECT
        p.partner_id,
        p.partner_code,
        p.partner_name,
        p.is_active,
        CAST((
            SELECT COUNT(*) FROM core.partner_column AS pc
            WHERE pc.partner_id = p.partner_id
        ) AS BIGINT)
            AS column_count
    FROM core.partner AS p
    WHERE p.partner_id = @partner_id;
END;
GO
