-- For tests/test_migrations.py only: takes a deployed database back to the shape
-- before migration 0001 (login_name in the database's default collation).
ALTER TABLE core.app_user ALTER COLUMN login_name TYPE VARCHAR(100) COLLATE "default";
ALTER TABLE history.app_user ALTER COLUMN login_name TYPE VARCHAR(100) COLLATE "default";
