/*
core.uid_key, core.name_key, core.phone_key, core.email_key, core.domain_key,
core.key_hash, core.match_keys: the normalized match keys of partner imports
(db/CONTRACT.md, "Matching"). The same text gives the same key, and so the same
hash, as the PostgreSQL twin (db/postgres/functions/match_keys.sql). Keys are ASCII.
Scalar functions are deterministic and schema-bound; SQL Server 2019 inlines them
into set-based queries where it can.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- Swiss UID: 'CHE123456789' when the text is a UID with a valid mod-11 check digit
-- (CHE-123.456.789, CHE123456789, with MWST/TVA/IVA after it), else NULL.
-- Weights 5 4 3 2 7 6 5 4 over the first eight digits; check = 11 - sum mod 11
-- (11 -> 0; 10 is never issued, so no digit matches it).
CREATE OR ALTER FUNCTION core.uid_key(@uid NVARCHAR(4000))
RETURNS VARCHAR(12)
WITH SCHEMABINDING, RETURNS NULL ON NULL INPUT
AS
BEGIN
    DECLARE @d VARCHAR(4000) = UPPER(CAST(@uid AS VARCHAR(4000)));
    DECLARE @at INT = PATINDEX('%[^A-Z0-9]%', @d COLLATE Latin1_General_100_BIN2);  -- noqa: CP02

    WHILE @at > 0
        BEGIN
            SET @d = STUFF(@d, @at, 1, '');
            SET @at = PATINDEX('%[^A-Z0-9]%', @d COLLATE Latin1_General_100_BIN2);  -- noqa: CP02
        END;

    IF RIGHT(@d, 4) = 'MWST'
        SET @d = LEFT(@d, LEN(@d) - 4);
    ELSE IF RIGHT(@d, 3) IN ('TVA', 'IVA')
        SET @d = LEFT(@d, LEN(@d) - 3);

    IF @d COLLATE Latin1_General_100_BIN2 NOT LIKE 'CHE[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'  -- noqa: CP02
        RETURN NULL;

    RETURN CASE
        WHEN (
            11 - (
                5 * CAST(SUBSTRING(@d, 4, 1) AS INT) + 4 * CAST(SUBSTRING(@d, 5, 1) AS INT)
                + 3 * CAST(SUBSTRING(@d, 6, 1) AS INT) + 2 * CAST(SUBSTRING(@d, 7, 1) AS INT)
                + 7 * CAST(SUBSTRING(@d, 8, 1) AS INT) + 6 * CAST(SUBSTRING(@d, 9, 1) AS INT)
                + 5 * CAST(SUBSTRING(@d, 10, 1) AS INT) + 4 * CAST(SUBSTRING(@d, 11, 1) AS INT)
            ) % 11
        ) % 11 = CAST(SUBSTRING(@d, 12, 1) AS INT)
            THEN @d
    END;
END;
GO

-- Company name folded: lower case, accents and ß folded, dots dropped (S.A. -> sa),
-- anything else but a-z and 0-9 a space, 'und', 'et' and the legal forms removed as
-- words (twice, for neighbours), then every space removed. NULL when nothing is left.
CREATE OR ALTER FUNCTION core.name_key(@name NVARCHAR(4000))
RETURNS VARCHAR(400)
WITH SCHEMABINDING, RETURNS NULL ON NULL INPUT
AS
BEGIN
    DECLARE @s NVARCHAR(4000) = LOWER(@name) COLLATE Latin1_General_100_BIN2;  -- noqa: CP02
    DECLARE @at INT;
    DECLARE @pass INT = 0;

    SET @s = REPLACE(REPLACE(REPLACE(REPLACE(@s, N'ß', N'ss'), N'æ', N'ae'), N'œ', N'oe'), N'.', N'');
    SET @s = TRANSLATE(@s, N'àáâãäåçèéêëìíîïñòóôõöøùúûüýÿ', N'aaaaaaceeeeiiiinoooooouuuuyy');
    SET @at = PATINDEX(N'%[^a-z0-9 ]%', @s COLLATE Latin1_General_100_BIN2);  -- noqa: CP02
    WHILE @at > 0
        BEGIN
            SET @s = STUFF(@s, @at, 1, N' ');
            SET @at = PATINDEX(N'%[^a-z0-9 ]%', @s COLLATE Latin1_General_100_BIN2);  -- noqa: CP02
        END;

    SET @s = N' ' + REPLACE(@s, N' ', N'  ') + N' ';
    SET @s = REPLACE(@s, N' societe  anonyme ', N' ');
    WHILE @pass < 2
        BEGIN
            SET @s = REPLACE(REPLACE(
                REPLACE(REPLACE(REPLACE(@s, N' und ', N' '), N' et ', N' '), N' ag ', N' '),
                N' aktiengesellschaft ', N' '
            ), N' gmbh ', N' ');
            SET @s = REPLACE(REPLACE(
                REPLACE(REPLACE(REPLACE(@s, N' sa ', N' '), N' sarl ', N' '), N' sagl ', N' '),
                N' genossenschaft ', N' '
            ), N' cooperative ', N' ');
            SET @s = REPLACE(REPLACE(REPLACE(REPLACE(
                REPLACE(REPLACE(@s, N' einzelfirma ', N' '), N' klg ', N' '),
                N' stiftung ', N' '
            ), N' fondation ', N' '), N' verein ', N' '), N' association ', N' ');
            SET @pass += 1;
        END;

    RETURN NULLIF(CAST(REPLACE(@s, N' ', N'') AS VARCHAR(400)), '');
END;
GO

-- Phone in E.164: '(0)' dropped, then only digits and a leading '+' kept;
-- 0041../+41.. -> +41.., a Swiss national 0xx number -> +41xx; Swiss numbers must
-- have nine digits after +41, others 8-15 digits in all. Else NULL.
CREATE OR ALTER FUNCTION core.phone_key(@phone NVARCHAR(4000))
RETURNS VARCHAR(16)
WITH SCHEMABINDING, RETURNS NULL ON NULL INPUT
AS
BEGIN
    DECLARE @p VARCHAR(4000) = REPLACE(CAST(@phone AS VARCHAR(4000)), '(0)', '');
    DECLARE @n VARCHAR(4000);
    DECLARE @at INT = PATINDEX('%[^0-9+]%', @p COLLATE Latin1_General_100_BIN2);  -- noqa: CP02

    WHILE @at > 0
        BEGIN
            SET @p = STUFF(@p, @at, 1, '');
            SET @at = PATINDEX('%[^0-9+]%', @p COLLATE Latin1_General_100_BIN2);  -- noqa: CP02
        END;

    SET @n = CASE
        WHEN @p LIKE '+%' AND SUBSTRING(@p, 2, 4000) NOT LIKE '%[^0-9]%' THEN SUBSTRING(@p, 2, 4000)
        WHEN @p LIKE '00%' AND @p NOT LIKE '%[^0-9]%' THEN SUBSTRING(@p, 3, 4000)
        WHEN @p LIKE '0%' AND @p NOT LIKE '%[^0-9]%' AND LEN(@p) = 10 THEN '41' + SUBSTRING(@p, 2, 4000)
    END;

    RETURN CASE
        WHEN @n IS NULL OR LEN(@n) NOT BETWEEN 8 AND 15 THEN NULL
        WHEN @n LIKE '41%' AND LEN(@n) <> 11 THEN NULL
        ELSE '+' + @n
    END;
END;
GO

-- E-mail address: trimmed, lower case, when it looks like local@domain.tld; else NULL.
CREATE OR ALTER FUNCTION core.email_key(@email NVARCHAR(4000))
RETURNS VARCHAR(254)
WITH SCHEMABINDING, RETURNS NULL ON NULL INPUT
AS
BEGIN
    DECLARE @e NVARCHAR(4000) = LOWER(TRIM(@email));
    DECLARE @whitespace NVARCHAR(10) = N' ' + NCHAR(9) + NCHAR(10) + NCHAR(11) + NCHAR(12) + NCHAR(13);

    RETURN CASE
        WHEN
            @e LIKE N'_%@_%._%'
            AND @e NOT LIKE N'%@%@%'
            AND @e NOT LIKE N'%[' + @whitespace + N']%'
            AND LEN(@e) <= 254
            THEN CAST(@e AS VARCHAR(254))
    END;
END;
GO

-- Domain of an e-mail address (after the @) or of a web address (scheme, www. and
-- path removed), lower case; NULL unless it is dotted a-z, 0-9 and '-'. Free-mail
-- domains are kept here; core.match_keys drops them.
CREATE OR ALTER FUNCTION core.domain_key(@address NVARCHAR(4000))
RETURNS VARCHAR(254)
WITH SCHEMABINDING, RETURNS NULL ON NULL INPUT
AS
BEGIN
    DECLARE @d VARCHAR(4000) = LOWER(TRIM(CAST(@address AS VARCHAR(4000))));
    DECLARE @cut INT;

    IF CHARINDEX('@', @d) > 0
        SET @d = SUBSTRING(@d, CHARINDEX('@', @d) + 1, 4000);
    ELSE IF CHARINDEX('://', @d) > 0
        SET @d = SUBSTRING(@d, CHARINDEX('://', @d) + 3, 4000);
    IF @d LIKE 'www.%'
        SET @d = SUBSTRING(@d, 5, 4000);
    SET @cut = PATINDEX('%[/:?#]%', @d);
    IF @cut > 0
        SET @d = LEFT(@d, @cut - 1);

    RETURN CASE
        WHEN
            @d COLLATE Latin1_General_100_BIN2 NOT LIKE '%[^a-z0-9.-]%'  -- noqa: CP02
            AND @d LIKE '_%._%'
            AND @d NOT LIKE '%..%'
            AND @d NOT LIKE '%.'
            AND LEN(@d) <= 254
            THEN @d
    END;
END;
GO

-- The stored form of a key: SHA-256 of '<kind>:<key>' (kinds uid, name_plz, phone,
-- email, domain). Leads and anonymized suppression markers keep only this.
CREATE OR ALTER FUNCTION core.key_hash(@kind_key VARCHAR(420))
RETURNS VARBINARY(32)
WITH SCHEMABINDING, RETURNS NULL ON NULL INPUT
AS
BEGIN
    RETURN HASHBYTES('SHA2_256', @kind_key);
END;
GO

-- Every match key of one company, as stored: strong keys uid, name_plz, phone, email
-- and the weak key domain (website and e-mail domains, free-mail providers left out).
-- Used for leads (core.tr_lead_keep_match_keys) and delivered rows (app.import_batch).
-- (PostgreSQL returns the same keys as an array of '<kind>:<key>': see its twin.)
CREATE OR ALTER FUNCTION core.match_keys(
    @uid NVARCHAR(4000),
    @company_name NVARCHAR(4000),
    @plz INT,
    @phone NVARCHAR(4000),
    @email NVARCHAR(4000),
    @website NVARCHAR(4000)
)
RETURNS TABLE
AS
RETURN
SELECT DISTINCT
    k.key_kind,
    core.key_hash(k.key_kind + ':' + k.key_value) AS key_hash
FROM (
    VALUES
    (CAST('uid' AS VARCHAR(10)), CAST(core.uid_key(@uid) AS VARCHAR(400))),
    ('name_plz', core.name_key(@company_name) + '|' + CAST(@plz AS VARCHAR(10))),
    ('phone', core.phone_key(@phone)),
    ('email', core.email_key(@email)),
    ('domain', core.domain_key(@website)),
    ('domain', core.domain_key(@email))
) AS k(key_kind, key_value)
WHERE
    k.key_value IS NOT NULL
    AND NOT (
        k.key_kind = 'domain'
        AND EXISTS (
            SELECT 1 FROM core.free_mail_domain AS f
            WHERE f.domain = k.key_value
        )
    );
GO
