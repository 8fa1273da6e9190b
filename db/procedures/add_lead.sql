/*
app.add_lead: enter one lead by hand (a company a representative found, or a
manager's correction). Partner batches come through the import (roadmap).

Callers: the web tier; DBAs; the demo-data loader.
Parameters (text parameters are trimmed; blank optional values count as NULL):
    @company_name   NVARCHAR(4000)  required, 1-200 characters
    @plz            INT             required, 1000-9999
    @ort            NVARCHAR(4000)  required, 1-100 characters
    @legal_form     NVARCHAR(4000)  AG, GmbH, SA, Sàrl, ...; at most 20 characters; default NULL
    @uid            NVARCHAR(4000)  CHE-123.456.789; default NULL
    @street         NVARCHAR(4000)  at most 200 characters; default NULL
    @canton         NVARCHAR(4000)  two capital letters (LU, VD, ...); default NULL
    @phone          NVARCHAR(4000)  at most 30 characters; default NULL
    @email          NVARCHAR(4000)  an e-mail address, at most 254 characters; default NULL
    @website        NVARCHAR(4000)  at most 254 characters; default NULL
    @branche        NVARCHAR(4000)  NOGA code (62.01), at most 10 characters; default NULL
    @size_category  VARCHAR(10)     micro | small | medium | large; default small
    @source_batch   NVARCHAR(4000)  at most 40 characters; default NULL
Result (one row):
    lead_id BIGINT, office_code VARCHAR(20), status VARCHAR(20) ('new'), score SMALLINT
The office comes from routing (core.office_for_plz), the score from core.initial_score.
Errors:
    50400  every invalid parameter, in one message
    50401  'No active user is signed in.'
    50403  'The PLZ 3000 belongs to an office you are not a member of.'
    50409  'The PLZ mapping is being changed. Try again in a moment.'
A new lead and a routing change (app.set_plz_mapping, app.route_leads) serialize on
the application lock 'leadbase_routing' (shared here, exclusive there): otherwise,
under read committed snapshot, a lead could be routed by the old mapping and missed
by the re-routing of the new one.
PostgreSQL twin: db/postgres/procedures/add_lead.sql.
Example:
    EXEC app.add_lead @company_name = N'Pilatus Holzbau AG', @plz = 6010, @ort = N'Kriens',
        @legal_form = N'AG', @phone = N'041 123 45 67', @size_category = 'medium';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.add_lead
    @company_name NVARCHAR(4000),
    @plz INT,
    @ort NVARCHAR(4000),
    @legal_form NVARCHAR(4000) = NULL,
    @uid NVARCHAR(4000) = NULL,
    @street NVARCHAR(4000) = NULL,
    @canton NVARCHAR(4000) = NULL,
    @phone NVARCHAR(4000) = NULL,
    @email NVARCHAR(4000) = NULL,
    @website NVARCHAR(4000) = NULL,
    @branche NVARCHAR(4000) = NULL,
    @size_category VARCHAR(10) = 'small',
    @source_batch NVARCHAR(4000) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @office_id SMALLINT;
    DECLARE @has_lock BIT = 0;
    DECLARE @trancount INT = @@TRANCOUNT;
    DECLARE @score SMALLINT;
    DECLARE @uid_pattern NVARCHAR(60) = N'CHE-[0-9][0-9][0-9].[0-9][0-9][0-9].[0-9][0-9][0-9]';
    DECLARE @whitespace NVARCHAR(10) = N' ' + NCHAR(9) + NCHAR(10) + NCHAR(11) + NCHAR(12) + NCHAR(13);
    DECLARE @added TABLE (
        lead_id BIGINT NOT NULL,
        status VARCHAR(20) NOT NULL,
        score SMALLINT NOT NULL
    );

    SET @company_name = TRIM(@company_name);
    SET @ort = TRIM(@ort);
    SET @legal_form = NULLIF(TRIM(@legal_form), N'');
    SET @uid = NULLIF(TRIM(@uid), N'');
    SET @street = NULLIF(TRIM(@street), N'');
    SET @canton = NULLIF(TRIM(@canton), N'');
    SET @phone = NULLIF(TRIM(@phone), N'');
    SET @email = NULLIF(TRIM(@email), N'');
    SET @website = NULLIF(TRIM(@website), N'');
    SET @branche = NULLIF(TRIM(@branche), N'');
    SET @source_batch = NULLIF(TRIM(@source_batch), N'');

    ----------------------------------------------------------------------------
    -- Check the parameters: collect every problem, then stop once
    ----------------------------------------------------------------------------
    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (
            1,
            CASE
                WHEN NULLIF(@company_name, N'') IS NULL OR LEN(@company_name) > 200
                    THEN
                        N'The value for the parameter company_name is not supported. '
                        + N'It must have 1 to 200 characters.'
            END
        ),
        (
            2,
            CASE
                WHEN @plz IS NULL OR @plz NOT BETWEEN 1000 AND 9999
                    THEN
                        N'The value for the parameter plz is not supported. '
                        + N'It must be a Swiss PLZ between 1000 and 9999.'
            END
        ),
        (
            3,
            CASE
                WHEN NULLIF(@ort, N'') IS NULL OR LEN(@ort) > 100
                    THEN N'The value for the parameter ort is not supported. It must have 1 to 100 characters.'
            END
        ),
        (
            4,
            CASE
                WHEN LEN(@legal_form) > 20
                    THEN
                        N'The value for the parameter legal_form is not supported. '
                        + N'It must not be longer than 20 characters.'
            END
        ),
        (
            5,
            CASE
                -- Binary collation: [0-9] means the ASCII digits only.
                WHEN @uid COLLATE Latin1_General_100_BIN2 NOT LIKE @uid_pattern -- noqa: CP02
                    THEN N'The value for the parameter uid is not supported. It must look like CHE-123.456.789.'
            END
        ),
        (
            6,
            CASE
                WHEN LEN(@street) > 200
                    THEN
                        N'The value for the parameter street is not supported. '
                        + N'It must not be longer than 200 characters.'
            END
        ),
        (
            7,
            CASE
                WHEN @canton COLLATE Latin1_General_100_BIN2 NOT LIKE N'[A-Z][A-Z]' -- noqa: CP02
                    THEN N'The value for the parameter canton is not supported. It must be two capital letters.'
            END
        ),
        (
            8,
            CASE
                WHEN LEN(@phone) > 30
                    THEN
                        N'The value for the parameter phone is not supported. '
                        + N'It must not be longer than 30 characters.'
            END
        ),
        (
            9,
            CASE
                -- local@domain.tld: one @, no whitespace, a dot inside the domain.
                WHEN
                    @email NOT LIKE N'_%@_%._%'
                    OR @email LIKE N'%@%@%'
                    OR @email LIKE N'%[' + @whitespace + N']%'
                    OR LEN(@email) > 254
                    THEN N'The value for the parameter email is not supported. It must be an e-mail address.'
            END
        ),
        (
            10,
            CASE
                WHEN LEN(@website) > 254
                    THEN
                        N'The value for the parameter website is not supported. '
                        + N'It must not be longer than 254 characters.'
            END
        ),
        (
            11,
            CASE
                WHEN LEN(@branche) > 10
                    THEN
                        N'The value for the parameter branche is not supported. '
                        + N'It must not be longer than 10 characters.'
            END
        ),
        (
            11,
            CASE
                WHEN LEN(@branche) <= 10
                    THEN core.code_problem('noga_branche', 'branche', CAST(@branche AS VARCHAR(10)), 0)
            END
        ),
        (12, core.code_problem('size_category', 'size_category', @size_category, 1)),
        (
            13,
            CASE
                WHEN LEN(@source_batch) > 40
                    THEN
                        N'The value for the parameter source_batch is not supported. '
                        + N'It must not be longer than 40 characters.'
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
        @user_id = @caller_id OUTPUT;

    ----------------------------------------------------------------------------
    -- Route and insert, in one transaction
    ----------------------------------------------------------------------------
    BEGIN TRY
        -- db/CONTRACT.md, "Transactions": the routing lock before the transaction.
        EXEC core.routing_lock @mode = 'Shared';
        SET @has_lock = 1;

        BEGIN TRANSACTION;

        SELECT @office_id = f.office_id
        FROM core.office_for_plz(@plz, NULL) AS f;

        IF
            @office_id IS NULL
            OR NOT EXISTS (
                SELECT 1
                FROM security.caller_offices() AS co
                WHERE co.office_id = @office_id
            )
            BEGIN
                SET @message = CONCAT(N'The PLZ ', @plz, N' belongs to an office you are not a member of.');
                THROW 50403, @message, 1;
            END;

        SELECT @score = s.score
        FROM core.initial_score(@size_category, @phone, @email, @website, @uid) AS s;

        INSERT core.lead (
            company_name,
            legal_form,
            uid,
            street,
            plz,
            ort,
            canton,
            phone,
            email,
            website,
            branche,
            size_category,
            source_batch,
            status,
            score,
            office_id,
            last_edited_by
        )
        OUTPUT INSERTED.lead_id, INSERTED.status, INSERTED.score
        INTO @added (lead_id, status, score)
        VALUES (
            @company_name,
            @legal_form,
            @uid,
            @street,
            @plz,
            @ort,
            @canton,
            @phone,
            @email,
            @website,
            @branche,
            @size_category,
            @source_batch,
            'new',
            @score,
            @office_id,
            @caller_id
        );

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
    SELECT
        a.lead_id,
        o.office_code,
        a.status,
        a.score
    FROM @added AS a
    INNER JOIN core.office AS o ON o.office_id = @office_id;
END;
GO
