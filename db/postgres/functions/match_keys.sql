-- core.uid_key, core.name_key, core.phone_key, core.email_key, core.domain_key,
-- core.key_hash: the normalized match keys of partner imports (db/CONTRACT.md,
-- "Matching"). IMMUTABLE so that the import computes them set-based; the T-SQL twin
-- (db/functions/match_keys.sql) gives the same keys for the same text.

-- Swiss UID: 'CHE123456789' when the text is a UID with a valid mod-11 check digit
-- (CHE-123.456.789, CHE123456789, with MWST/TVA/IVA after it), else NULL.
-- Weights 5 4 3 2 7 6 5 4 over the first eight digits; check = 11 - sum mod 11
-- (11 -> 0; 10 is never issued, so no digit matches it).
CREATE OR REPLACE FUNCTION core.uid_key(p_uid TEXT)
RETURNS TEXT
LANGUAGE plpgsql
IMMUTABLE
PARALLEL SAFE
STRICT
AS $$
DECLARE
    d text := regexp_replace(regexp_replace(upper(p_uid), '[^A-Z0-9]', '', 'g'), '(MWST|TVA|IVA)$', '');
BEGIN
    IF d !~ '^CHE[0-9]{9}$' THEN
        RETURN NULL;
    END IF;
    IF (
        11 - (
            5 * substr(d, 4, 1)::int + 4 * substr(d, 5, 1)::int + 3 * substr(d, 6, 1)::int
            + 2 * substr(d, 7, 1)::int + 7 * substr(d, 8, 1)::int + 6 * substr(d, 9, 1)::int
            + 5 * substr(d, 10, 1)::int + 4 * substr(d, 11, 1)::int
        ) % 11
    ) % 11 = substr(d, 12, 1)::int THEN
        RETURN d;
    END IF;
    RETURN NULL;
END
$$;

-- Company name folded: lower case, accents and ß folded (unaccent), dots dropped
-- (S.A. -> sa), other punctuation a space, '&', 'und', 'et' and the legal forms
-- removed as words, then every space removed. NULL when nothing is left.
-- The words go by plain replace() on ' word ' with every word between two spaces of
-- its own (so neighbours never share one): the same result as one regular expression
-- \m(und|et|ag|...)\M, at a third of its cost.
CREATE OR REPLACE FUNCTION core.name_key(p_name TEXT)
RETURNS TEXT
LANGUAGE plpgsql
IMMUTABLE
PARALLEL SAFE
STRICT
AS $$
DECLARE
    v text := ' ' || pg_catalog.regexp_replace(
        pg_catalog.replace(core.search_key(p_name), '.', ''), '[^a-z0-9]+', '  ', 'g'
    ) || ' ';
BEGIN
    v := pg_catalog.replace(v, ' und ', ' ');
    v := pg_catalog.replace(v, ' et ', ' ');
    v := pg_catalog.replace(v, ' ag ', ' ');
    v := pg_catalog.replace(v, ' aktiengesellschaft ', ' ');
    v := pg_catalog.replace(v, ' gmbh ', ' ');
    v := pg_catalog.replace(v, ' sa ', ' ');
    v := pg_catalog.replace(v, ' societe  anonyme ', ' ');
    v := pg_catalog.replace(v, ' sarl ', ' ');
    v := pg_catalog.replace(v, ' sagl ', ' ');
    v := pg_catalog.replace(v, ' genossenschaft ', ' ');
    v := pg_catalog.replace(v, ' cooperative ', ' ');
    v := pg_catalog.replace(v, ' einzelfirma ', ' ');
    v := pg_catalog.replace(v, ' klg ', ' ');
    v := pg_catalog.replace(v, ' stiftung ', ' ');
    v := pg_catalog.replace(v, ' fondation ', ' ');
    v := pg_catalog.replace(v, ' verein ', ' ');
    v := pg_catalog.replace(v, ' association ', ' ');
    RETURN nullif(pg_catalog.replace(v, ' ', ''), '');
END
$$;

-- Phone in E.164: '(0)' dropped, then only digits and a leading '+' kept;
-- 0041../+41.. -> +41.., a Swiss national 0xx number -> +41xx; Swiss numbers must
-- have nine digits after +41, others 8-15 digits in all. Else NULL.
CREATE OR REPLACE FUNCTION core.phone_key(p_phone TEXT)
RETURNS TEXT
LANGUAGE plpgsql
IMMUTABLE
PARALLEL SAFE
STRICT
AS $$
DECLARE
    p text := regexp_replace(replace(p_phone, '(0)', ''), '[^0-9+]', '', 'g');
    n text;
BEGIN
    n := CASE
        WHEN p ~ '^\+[0-9]+$' THEN substr(p, 2)
        WHEN p ~ '^00[0-9]+$' THEN substr(p, 3)
        WHEN p ~ '^0[0-9]{9}$' THEN '41' || substr(p, 2)
    END;
    IF n !~ '^[0-9]{8,15}$' OR (n LIKE '41%' AND length(n) <> 11) THEN
        RETURN NULL;
    END IF;
    RETURN '+' || n;
END
$$;

-- E-mail address: trimmed, lower case, when it looks like local@domain.tld; else NULL.
CREATE OR REPLACE FUNCTION core.email_key(p_email TEXT)
RETURNS TEXT
LANGUAGE sql
IMMUTABLE
PARALLEL SAFE
STRICT
AS $$
    SELECT CASE WHEN e ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' THEN e END
    FROM (SELECT pg_catalog.lower(pg_catalog.btrim(p_email)) AS e) AS t;
$$;

-- Domain of an e-mail address (after the @) or of a web address (scheme, www. and
-- path removed), lower case; NULL unless it has a dot. Free-mail domains are kept
-- here; the import drops them (core.free_mail_domain is data, not a rule).
CREATE OR REPLACE FUNCTION core.domain_key(p_address TEXT)
RETURNS TEXT
LANGUAGE sql
IMMUTABLE
PARALLEL SAFE
STRICT
AS $$
    SELECT CASE WHEN d ~ '^[a-z0-9-]+(\.[a-z0-9-]+)+$' THEN d END
    FROM (
        SELECT pg_catalog.regexp_replace(
            pg_catalog.regexp_replace(
                pg_catalog.lower(pg_catalog.btrim(p_address)), '^(.*@|[a-z]+://)?(www\.)?', ''
            ),
            '[/:?#].*$',
            ''
        ) AS d
    ) AS t;
$$;

-- The stored form of a key: SHA-256 of '<kind>:<key>' (kinds uid, name_plz, phone,
-- email, domain), as core.match_keys spells it. Leads and anonymized suppression
-- markers keep only this.
CREATE OR REPLACE FUNCTION core.key_hash(p_kind_key TEXT)
RETURNS BYTEA
LANGUAGE sql
IMMUTABLE
PARALLEL SAFE
STRICT
AS $$
    SELECT pg_catalog.sha256(pg_catalog.convert_to(p_kind_key, 'UTF8'));
$$;

-- Every match key of one company as '<kind>:<key>': the strong keys uid, name_plz,
-- phone, email and the weak key domain (website and e-mail domains, free-mail
-- providers left out). Used for leads (functions/keep_match_keys.sql) and for
-- delivered rows (app.import_batch) alike, so both always agree. An array, not a set:
-- a set-returning function per row cost ten times more (PostgreSQL plans it per call);
-- the T-SQL twin is an inline table-valued function.
CREATE OR REPLACE FUNCTION core.match_keys(
    p_uid TEXT, p_company_name TEXT, p_plz INTEGER, p_phone TEXT, p_email TEXT, p_website TEXT
)
RETURNS TEXT[]
LANGUAGE plpgsql
STABLE
PARALLEL SAFE
AS $$
DECLARE
    v_web text := core.domain_key(p_website);
    v_mail text := core.domain_key(p_email);
    v_web_free boolean;
    v_mail_free boolean;
BEGIN
    -- One look at the free-mail list for both domains (it runs once per row).
    IF v_web IS NOT NULL OR v_mail IS NOT NULL THEN
        SELECT coalesce(bool_or(f.domain = v_web), FALSE), coalesce(bool_or(f.domain = v_mail), FALSE)
        INTO v_web_free, v_mail_free
        FROM core.free_mail_domain AS f
        WHERE f.domain IN (v_web, v_mail);
        IF v_web_free THEN
            v_web := NULL;
        END IF;
        IF v_mail_free OR v_mail = v_web THEN
            v_mail := NULL;
        END IF;
    END IF;
    RETURN array_remove(ARRAY[
        'uid:' || core.uid_key(p_uid),
        'name_plz:' || core.name_key(p_company_name) || '|' || p_plz,
        'phone:' || core.phone_key(p_phone),
        'email:' || core.email_key(p_email),
        'domain:' || v_web,
        'domain:' || v_mail
    ], NULL);
END
$$;
