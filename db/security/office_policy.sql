/*
security.office_policy: office isolation by row-level security.

One policy, security.office_access_predicate(office_id) on every table that holds
office data:
- core.lead_search_gram (the lead search's grams): FILTER, BLOCK AFTER INSERT and
  BEFORE DELETE (its trigger only inserts and deletes);
- core.lead, core.lead_assignment, core.lead_event, and the import's office data
  core.import_decision, core.import_batch_office, core.import_override, the merges
  core.lead_merge, the ratings core.lead_feedback, the next best lead's outcome
  counts core.success_rate, core.success_rate_refresh, and the learned score
  core.scoring_model, core.scoring_weight, core.lead_score: FILTER (reads,
  and which rows
  UPDATE/DELETE can reach) and BLOCK AFTER INSERT, AFTER UPDATE (no row can be
  written into, or moved to, an office the caller does not have), BEFORE UPDATE,
  BEFORE DELETE;
- history.lead, history.lead_assignment, history.lead_event: FILTER. SQL Server
  does not carry a table's predicates over to its history table, and history
  tables take no block predicates (only system versioning writes them).
Without an application user, BI mapping, break-glass window or the routing
principal the caller has no office: no rows, no writes (fail closed).

SCHEMABINDING = ON: the predicate functions and the columns they use cannot
change while the policy exists; security/drop_office_policy.sql drops the chain
at the start of a deployment and this file, which must run after every table it
names and after the predicate functions, recreates it. Re-runnable on its own too.
The predicate argument is written "fn (column)": sqlfluff's layout rule LT01
wants the space here.
Check: SELECT * FROM sys.security_predicates
    WHERE object_id = OBJECT_ID(N'security.office_policy');
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

DROP SECURITY POLICY IF EXISTS security.office_policy;
GO

CREATE SECURITY POLICY security.office_policy
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON core.lead,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead AFTER INSERT,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead AFTER UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead BEFORE UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead BEFORE DELETE,
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON core.lead_assignment,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_assignment AFTER INSERT,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_assignment AFTER UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_assignment BEFORE UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_assignment BEFORE DELETE,
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON core.lead_event,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_event AFTER INSERT,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_event AFTER UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_event BEFORE UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_event BEFORE DELETE,
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON core.lead_search_gram,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_search_gram AFTER INSERT,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_search_gram BEFORE DELETE,
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON core.import_decision,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.import_decision AFTER INSERT,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.import_decision AFTER UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.import_decision BEFORE UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.import_decision BEFORE DELETE,
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON core.import_batch_office,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.import_batch_office AFTER INSERT,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.import_batch_office AFTER UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.import_batch_office BEFORE UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.import_batch_office BEFORE DELETE,
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON core.import_override,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.import_override AFTER INSERT,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.import_override AFTER UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.import_override BEFORE UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.import_override BEFORE DELETE,
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON core.lead_feedback,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_feedback AFTER INSERT,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_feedback AFTER UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_feedback BEFORE UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_feedback BEFORE DELETE,
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON core.success_rate,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.success_rate AFTER INSERT,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.success_rate AFTER UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.success_rate BEFORE UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.success_rate BEFORE DELETE,
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON core.success_rate_refresh,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.success_rate_refresh AFTER INSERT,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.success_rate_refresh AFTER UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.success_rate_refresh BEFORE UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.success_rate_refresh BEFORE DELETE,
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON core.scoring_model,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.scoring_model AFTER INSERT,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.scoring_model AFTER UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.scoring_model BEFORE UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.scoring_model BEFORE DELETE,
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON core.scoring_weight,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.scoring_weight AFTER INSERT,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.scoring_weight AFTER UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.scoring_weight BEFORE UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.scoring_weight BEFORE DELETE,
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON core.lead_score,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_score AFTER INSERT,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_score AFTER UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_score BEFORE UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_score BEFORE DELETE,
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON core.lead_merge,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_merge AFTER INSERT,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_merge AFTER UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_merge BEFORE UPDATE,
ADD BLOCK PREDICATE security.office_access_predicate (office_id) ON core.lead_merge BEFORE DELETE,
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON history.lead,
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON history.lead_assignment,
ADD FILTER PREDICATE security.office_access_predicate (office_id) ON history.lead_event
WITH (STATE = ON, SCHEMABINDING = ON);
GO
