-- app.link_sso: link a Leadbase user to the company's identity provider (OpenID
-- Connect) by the provider's subject or by e-mail (stored lower case); both NULL
-- removes the link.
--
-- Callers: admins (the web tier's user page, DBAs).
-- Parameters: p_login_name (required), p_subject (at most 255), p_email (at most 254).
-- Result: user_id, login_name, subject, email (NULL after removing).
-- Errors: LB400 every invalid parameter; LB401 no active user; LB403 not an admin;
-- LB404 unknown user; LB409 the subject or e-mail is linked to another user.
-- Example: SELECT * FROM app.link_sso(p_login_name => 'anna.meier', p_email => 'anna.meier@example.ch');
DROP FUNCTION IF EXISTS app.link_sso;
CREATE FUNCTION app.link_sso(
    p_login_name VARCHAR,
    p_subject VARCHAR DEFAULT NULL,
    p_email VARCHAR DEFAULT NULL
)
RETURNS TABLE (user_id INTEGER, login_name VARCHAR, subject VARCHAR, email VARCHAR)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_caller_id integer;
    v_caller_role varchar;
    v_user_id integer;
    v_subject varchar := nullif(trim(p_subject), '');
    v_email varchar := lower(nullif(trim(p_email), ''));
BEGIN
    IF nullif(trim(p_login_name), '') IS NULL THEN
        v_problems := v_problems || 'The value for the parameter login_name is not supported. It must not be empty.'::text;
    END IF;
    IF length(v_subject) > 255 THEN
        v_problems := v_problems || 'The value for the parameter subject is not supported. It must not be longer than 255 characters.'::text;
    END IF;
    IF length(v_email) > 254 OR v_email NOT LIKE '%_@_%' THEN
        v_problems := v_problems || 'The value for the parameter email is not supported. It must be an e-mail address of at most 254 characters.'::text;
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    SELECT r.user_id, r.role_code INTO v_caller_id, v_caller_role
    FROM security.require_caller(ARRAY['admin'], 'Only admins may link sign-ins.') AS r;
    SELECT u.user_id INTO v_user_id FROM core.app_user AS u WHERE u.login_name = lower(trim(p_login_name));
    IF v_user_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB404', MESSAGE = format('The user %s was not found.', p_login_name);
    END IF;
    IF EXISTS (
        SELECT 1 FROM core.user_sso_link AS l
        WHERE l.user_id <> v_user_id AND (l.subject = v_subject OR l.email = v_email)
    ) THEN
        RAISE EXCEPTION USING ERRCODE = 'LB409', MESSAGE = 'The subject or e-mail is linked to another user.';
    END IF;

    IF v_subject IS NULL AND v_email IS NULL THEN
        DELETE FROM core.user_sso_link AS l WHERE l.user_id = v_user_id;
    ELSE
        INSERT INTO core.user_sso_link AS l (user_id, subject, email, last_edited_by)
        VALUES (v_user_id, v_subject, v_email, v_caller_id)
        ON CONFLICT ON CONSTRAINT pk_core_user_sso_link DO UPDATE
        SET subject = excluded.subject, email = excluded.email, last_edited_by = excluded.last_edited_by;
    END IF;

    RETURN QUERY
    SELECT u.user_id, u.login_name, l.subject::varchar, l.email::varchar
    FROM core.app_user AS u
    LEFT JOIN core.user_sso_link AS l ON u.user_id = l.user_id
    WHERE u.user_id = v_user_id;
END
$$;
