-- core.initial_score: the profile score a new lead starts with, until the scoring
-- model (roadmap) replaces it. Size: micro 10, small 25, medium 40, large 55;
-- +15 phone, +15 e-mail, +10 website, +5 UID; at most 100.
DROP FUNCTION IF EXISTS core.initial_score;
CREATE FUNCTION core.initial_score(
    p_size_category VARCHAR,
    p_phone VARCHAR,
    p_email VARCHAR,
    p_website VARCHAR,
    p_uid VARCHAR
)
RETURNS TABLE (score SMALLINT)
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT least(
        100,
        CASE p_size_category
            WHEN 'micro' THEN 10 WHEN 'small' THEN 25 WHEN 'medium' THEN 40 WHEN 'large' THEN 55 ELSE 0
        END
        + CASE WHEN p_phone IS NULL THEN 0 ELSE 15 END
        + CASE WHEN p_email IS NULL THEN 0 ELSE 15 END
        + CASE WHEN p_website IS NULL THEN 0 ELSE 10 END
        + CASE WHEN p_uid IS NULL THEN 0 ELSE 5 END
    )::smallint AS score;
$$;
