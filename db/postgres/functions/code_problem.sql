-- core.code_problem: the validation message for a code parameter, or NULL when the
-- value is a code of its list (core.code_list); NULL is a problem when p_is_required.
-- Lists of more than 20 codes are named, not listed. Same text as the T-SQL twin.
-- Example: SELECT core.code_problem('lead_status', 'status', 'WON', false);
DROP FUNCTION IF EXISTS core.code_problem;
CREATE FUNCTION core.code_problem(
    p_list_name VARCHAR,
    p_parameter_name VARCHAR,
    p_value VARCHAR,
    p_is_required BOOLEAN
)
RETURNS TEXT
LANGUAGE sql
STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT
        CASE
            WHEN (p_value IS NULL AND NOT p_is_required)
                OR EXISTS (SELECT 1 FROM core.code_list AS c WHERE c.list_name = p_list_name AND c.code = p_value)
                THEN NULL
            ELSE
                'The value for the parameter ' || p_parameter_name || ' is not supported. Supported values are '
                || (
                    SELECT
                        CASE
                            WHEN count(*) > 20
                                THEN 'the ' || count(*) || ' codes that app.list_codes returns for list_name '
                                || p_list_name
                            ELSE string_agg(c.code, ', ' ORDER BY c.sort_order)
                        END
                    FROM core.code_list AS c
                    WHERE c.list_name = p_list_name
                )
                || '.'
        END;
$$;
