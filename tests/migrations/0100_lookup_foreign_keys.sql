-- For tests/test_migrations.py only: takes a deployed database back to the shape
-- before migration 0100 (CHECK lists of codes, no lookup tables).
ALTER TABLE core.lead
DROP CONSTRAINT fk_core_lead_branche_core_noga_branche,
DROP CONSTRAINT fk_core_lead_size_category_core_size_category,
DROP CONSTRAINT fk_core_lead_status_core_lead_status,
ADD CONSTRAINT ck_core_lead_size_category CHECK (size_category IN ('micro', 'small', 'medium', 'large')),
ADD CONSTRAINT ck_core_lead_status
CHECK (status IN ('new', 'assigned', 'contacted', 'qualified', 'won', 'lost', 'do_not_contact'));
ALTER TABLE core.lead_event
DROP CONSTRAINT fk_core_lead_event_event_type_core_event_type,
DROP CONSTRAINT fk_core_lead_event_old_status_core_lead_status,
DROP CONSTRAINT fk_core_lead_event_new_status_core_lead_status,
ADD CONSTRAINT ck_core_lead_event_event_type CHECK (event_type IN ('call', 'email', 'meeting', 'note'));
ALTER TABLE core.app_user
DROP CONSTRAINT fk_core_app_user_role_code_core_role,
ADD CONSTRAINT ck_core_app_user_role_code CHECK (role_code IN ('representative', 'manager', 'admin'));
DROP TABLE core.lead_status, core.event_type, core.role, core.size_category, core.noga_branche CASCADE;
