-- app.get_sso_user: the Leadbase user an identity provider's sign-in belongs to, by
-- the link an admin made (core.user_sso_link): the subject first, then the e-mail.
--
-- Callers: the web tier's single sign-on, after it has checked the provider's ID token
-- (signature, issuer, audience, expiry, nonce); only its login (leadbase_web).
-- Parameters: p_subject (the "sub" claim, required), p_email (the "email" claim).
-- Result: user_id, login_name, display_name, role_code, is_active; no row when nobody
-- is linked.
-- Errors: LB400 empty subject; LB403 not the web tier's login.
-- Example: SELECT * FROM app.get_sso_user(p_subject => '5d1f...', p_email => 'anna.meier@example.ch');
DROP FUNCTION IF EXISTS app.get_sso_user;
CREATE FUNCTION app.get_sso_user(p_subject VARCHAR, p_email VARCHAR DEFAULT NULL)
RETURNS TABLE (
    user_id INTEGER,
    login_name VARCHAR,
    display_name VARCHAR,
    role_code VARCHAR,
    is_active BOOLEAN
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'leadbase_web', 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = 'LB403',
            MESSAGE = 'Only the web tier''s login (leadbase_web) may read sign-in links.';
    END IF;
    IF p_subject IS NULL OR trim(p_subject) = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter subject is not supported. It must not be empty.';
    END IF;

    RETURN QUERY
    SELECT u.user_id, u.login_name, u.display_name, u.role_code, u.is_active
    FROM core.user_sso_link AS l
    INNER JOIN core.app_user AS u ON l.user_id = u.user_id
    WHERE l.subject = p_subject OR l.email = lower(trim(p_email))
    -- The subject first: it is the provider's stable name for the person.
    ORDER BY (l.subject = p_subject) DESC NULLS LAST
    LIMIT 1;
END
$$;
