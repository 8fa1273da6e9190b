-- What each role may touch; nothing else is granted (PUBLIC gets nothing).
-- Functions are re-created on deployment, so this file runs last.

-- The web app and DBA operators: execute the procedures, nothing more.
GRANT USAGE ON SCHEMA app TO leadbase_api;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA app TO leadbase_api;

-- BI logins: read the secured views.
GRANT USAGE ON SCHEMA bi TO leadbase_bi, leadbase_breakglass;
GRANT SELECT ON ALL TABLES IN SCHEMA bi TO leadbase_bi, leadbase_breakglass;
-- The views read their rows from these functions, which the reader must be allowed
-- to call (they return only the reader's offices, as the views do).
GRANT EXECUTE ON FUNCTION
security.bi_lead_rows, security.bi_lead_event_rows, security.bi_lead_assignment_rows,
security.bi_import_batch_rows, security.bi_kpi_rows, security.bi_representative_rows,
security.bi_lead_history_rows, security.bi_lead_outcome_rows
TO leadbase_bi, leadbase_breakglass;

-- Who read every office as a central BI login, and when (security/bi_central_use.sql).
GRANT SELECT ON security.bi_central_use TO leadbase_breakglass;

-- Break-glass DBAs: open an audited session, then read bi.* or call app.*.
GRANT USAGE ON SCHEMA security TO leadbase_breakglass;
GRANT EXECUTE ON FUNCTION security.open_break_glass TO leadbase_breakglass;

-- The routing role owns app.route_leads and app.set_plz_mapping and works on the
-- tables directly (it bypasses RLS; the functions check that the caller is an admin).
GRANT USAGE ON SCHEMA core, history, security TO leadbase_router;
GRANT SELECT ON core.office, core.app_user, core.user_office TO leadbase_router;
GRANT SELECT, UPDATE ON core.lead, core.lead_assignment, core.lead_event, core.lead_feedback TO leadbase_router;
-- Routing moves learned scores; the import's new leads get one in a rescored office
-- (core.keep_lead_score).
GRANT SELECT, INSERT, UPDATE ON core.lead_score TO leadbase_router;
GRANT SELECT ON core.scoring_model TO leadbase_router;
GRANT SELECT, INSERT, UPDATE, DELETE ON core.office_plz_range TO leadbase_router;
GRANT INSERT ON history.lead, history.lead_assignment, history.lead_event, history.office_plz_range
TO leadbase_router;
GRANT SELECT, INSERT, UPDATE ON core.command_log TO leadbase_router;
GRANT EXECUTE ON FUNCTION
security.caller, core.plan_routing, core.office_for_plz, core.stamp_valid_from, core.keep_history,
core.log_command, core.routing_lock, security.require_caller
TO leadbase_router;

-- Policies run security.caller_offices() with the rights of whoever reads: BI logins
-- and break-glass DBAs read views, so they execute it (it only ever returns their own
-- offices). The app login never needs it: the procedures run as the owner.
GRANT USAGE ON SCHEMA security TO leadbase_bi;
GRANT EXECUTE ON FUNCTION security.caller_offices TO leadbase_bi, leadbase_breakglass;

-- The search helper reads only the searchable columns of core.lead.
GRANT USAGE ON SCHEMA core TO leadbase_search;
REVOKE SELECT (company_name, ort) ON core.lead FROM leadbase_search;
GRANT SELECT (lead_id, office_id, search_key) ON core.lead TO leadbase_search;
-- The stored search key is computed by whoever writes a lead, the router too.
GRANT EXECUTE ON FUNCTION core.search_key, core.unaccent(REGDICTIONARY, TEXT)
TO leadbase_search, leadbase_router;

-- Partner imports: the reader streams rows into stage.import_row (COPY) in the
-- transaction that then calls app.import_batch; it may only add rows.
GRANT USAGE ON SCHEMA stage TO leadbase_api;
GRANT INSERT ON TABLE stage.import_row TO leadbase_api;
-- app.import_batch is owned by the router: it matches against every office's leads
-- and routes new leads to every office (see that file).
GRANT USAGE ON SCHEMA stage TO leadbase_router;
GRANT SELECT, DELETE ON TABLE stage.import_row TO leadbase_router;
GRANT SELECT ON core.partner, core.office_plz_range, core.contact_window, core.suppression,
core.free_mail_domain, core.import_reason, core.size_category TO leadbase_router;
GRANT SELECT, UPDATE ON core.import_batch TO leadbase_router;
GRANT INSERT ON core.lead, core.import_decision TO leadbase_router;
GRANT SELECT, INSERT ON core.import_batch_office TO leadbase_router;
GRANT SELECT, INSERT ON core.lead_match_key TO leadbase_router;
-- A false match marked distinct is not matched again (app.mark_import_row_distinct).
GRANT SELECT ON core.distinct_lead_pair TO leadbase_router;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA core TO leadbase_router;
GRANT EXECUTE ON FUNCTION core.uid_key, core.name_key, core.phone_key, core.email_key, core.domain_key,
core.key_hash, core.match_keys, core.keep_match_keys, core.keep_lead_score, core.initial_score TO leadbase_router;

-- app.erase_lead (owned by the router) anonymizes a lead everywhere, its history too.
GRANT EXECUTE ON FUNCTION security.caller_offices, core.anonymize_history TO leadbase_router;
GRANT SELECT, UPDATE ON history.lead, history.lead_event, core.import_decision TO leadbase_router;
GRANT SELECT, INSERT ON core.suppression TO leadbase_router;
GRANT DELETE ON core.lead_match_key TO leadbase_router;
GRANT SELECT, INSERT, UPDATE ON core.erasure_request TO leadbase_router;
-- app.apply_retention (owned by the router) erases through the same core.erase_leads.
GRANT EXECUTE ON FUNCTION core.erase_leads TO leadbase_router;
GRANT SELECT ON core.retention_period TO leadbase_router;
