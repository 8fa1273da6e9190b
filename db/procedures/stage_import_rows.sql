/*
app.stage_import_rows: add rows of a partner file to a receiving batch, as JSON: the
SQL Server file reader streams a file through it in chunks (OPENJSON), inside the
transaction that then calls app.import_batch.

Parameters:
    @batch_id  BIGINT         a receiving batch the caller started; required
    @rows      NVARCHAR(MAX)  JSON array of objects with row_no (1 and up, once per
                              batch) and any of the fields company_name, legal_form, uid,
                              street, plz, ort, canton, phone, email, website, branche,
                              size_category, no_advertising (values as text)
Result (one row): batch_id BIGINT, staged_count BIGINT (rows staged for the batch so far)
Errors:
    50400  rows is not such an array, or a row_no repeats
    50401  'No active user is signed in.'
    50404  'There is no receiving import batch 12 of yours.'
PostgreSQL twin: db/postgres/procedures/stage_import_rows.sql (its reader uses COPY).
Example:
    EXEC app.stage_import_rows @batch_id = 12,
        @rows = N'[{"row_no": 1, "company_name": "Pilatus Holzbau AG", "plz": "6010", "ort": "Kriens"}]';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.stage_import_rows
    @batch_id BIGINT,
    @rows NVARCHAR(MAX)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;

    IF
        ISJSON(@rows) = 0
        OR LEFT(LTRIM(@rows), 1) <> N'['
        OR EXISTS (
            SELECT 1
            FROM OPENJSON(@rows) AS j
            WHERE
                j.type <> 5
                OR TRY_CAST(JSON_VALUE(j.value, N'$.row_no') AS INT) IS NULL
                OR TRY_CAST(JSON_VALUE(j.value, N'$.row_no') AS INT) < 1
        )
        BEGIN
            SET
                @message = N'The value for the parameter rows is not supported. '
                + N'It must be a JSON array of objects, each with a row_no of 1 or more.';
            THROW 50400, @message, 1;
        END;

    EXEC security.require_caller @user_id = @caller_id OUTPUT;

    IF
        NOT EXISTS (
            SELECT 1
            FROM core.import_batch AS b
            WHERE b.batch_id = @batch_id AND b.imported_by = @caller_id AND b.status = 'receiving'
        )
        BEGIN
            SET @message = CONCAT(N'There is no receiving import batch ', @batch_id, N' of yours.');
            THROW 50404, @message, 1;
        END;

    IF
        EXISTS (
            SELECT 1
            FROM OPENJSON (@rows) WITH (row_no INT) AS r
            INNER JOIN stage.import_row AS s ON s.batch_id = @batch_id AND r.row_no = s.row_no
        )
        OR EXISTS (
            SELECT r.row_no
            FROM OPENJSON (@rows) WITH (row_no INT) AS r
            GROUP BY r.row_no
            HAVING COUNT(*) > 1
        )
        BEGIN
            SET
                @message = N'The value for the parameter rows is not supported. '
                + N'Each row_no may be staged once per batch.';
            THROW 50400, @message, 1;
        END;

    INSERT stage.import_row (
        batch_id, row_no, company_name, legal_form, uid, street, plz, ort, canton, phone, email,
        website, branche, size_category, no_advertising
    )
    SELECT
        @batch_id AS batch_id,
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
        r.no_advertising
    FROM OPENJSON (@rows) WITH (
        row_no INT,
        company_name NVARCHAR(4000),
        legal_form NVARCHAR(4000),
        uid NVARCHAR(4000),
        street NVARCHAR(4000),
        plz NVARCHAR(4000),
        ort NVARCHAR(4000),
        canton NVARCHAR(4000),
        phone NVARCHAR(4000),
        email NVARCHAR(4000),
        website NVARCHAR(4000),
        branche NVARCHAR(4000),
        size_category NVARCHAR(4000),
        no_advertising NVARCHAR(4000)
    ) AS r;

    SELECT
        CAST(COUNT(*) AS BIGINT) AS staged_count,
        @batch_id AS batch_id
    FROM stage.import_row AS s
    WHERE s.batch_id = @batch_id;
END;
GO
