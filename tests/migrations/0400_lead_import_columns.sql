-- For tests/test_migrations.py only: takes a deployed database back to the shape
-- before migration 0400 (core.lead and history.lead without delivered_at,
-- import_batch_id, no_advertising). Dropped columns leave gaps in the column numbers;
-- the catalog comparison uses column order, which is what a row's shape is.
RESET ROLE;
ALTER TABLE core.lead DROP COLUMN delivered_at, DROP COLUMN import_batch_id, DROP COLUMN no_advertising;
ALTER TABLE history.lead DROP COLUMN delivered_at, DROP COLUMN import_batch_id, DROP COLUMN no_advertising;
