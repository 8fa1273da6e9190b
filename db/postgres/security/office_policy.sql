-- Row-level security on every table that holds office data and on its history
-- table: a row is visible and writable only when its office is one of the caller's.
-- FORCE: the owner's SECURITY DEFINER functions are bound by the policies too.
-- The ::smallint[] cast keeps = ANY ((SELECT ...)) an InitPlan instead of a subquery.
DO $policies$
DECLARE
    v_table text;
BEGIN
    FOREACH v_table IN ARRAY ARRAY[
        'core.lead', 'core.lead_assignment', 'core.lead_event', 'core.lead_feedback',
        'core.import_decision', 'core.import_batch_office', 'core.import_override', 'core.lead_merge',
        'core.success_rate', 'core.success_rate_refresh',
        'core.scoring_model', 'core.scoring_weight', 'core.lead_score',
        'history.lead', 'history.lead_assignment', 'history.lead_event'
    ] LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', v_table);
        EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', v_table);
        EXECUTE format('DROP POLICY IF EXISTS office_policy ON %s', v_table);
        EXECUTE format(
            'CREATE POLICY office_policy ON %s FOR ALL '
            'USING (office_id = ANY ((SELECT security.caller_offices())::smallint[])) '
            'WITH CHECK (office_id = ANY ((SELECT security.caller_offices())::smallint[]))',
            v_table
        );
    END LOOP;
END
$policies$;
