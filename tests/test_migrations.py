"""The schema-change convention (db/CONTRACT.md, "Schema changes"): numbered
migrations with twins, listed right after the tables, and on PostgreSQL a database
taken back to the previous shape is brought to a fresh deployment's shape by the
deployer, keeping every row; a second deployment changes nothing."""
import re

import psycopg
import pytest

from thin_api import deploy

from . import contract

DB = contract.ROOT / "db"
PG = DB / "postgres"
REVERSE = contract.ROOT / "tests" / "migrations"
TSQL_MIGRATIONS = sorted((DB / "migrations").glob("*.sql"))
SCHEMAS = ("core", "history", "security", "stage")


def _names(folder):
    return sorted(p.name for p in folder.glob("*.sql"))


def test_migrations_are_numbered_twins_with_a_reverse_script():
    names = _names(DB / "migrations")
    assert names == _names(PG / "migrations")
    assert names == _names(REVERSE), "each migration needs tests/migrations/<same name> (its reverse)"
    assert all(re.fullmatch(r"\d{4}_[a-z0-9_]+\.sql", n) for n in names)
    numbers = [n[:4] for n in names]
    assert len(numbers) == len(set(numbers)), "a migration number is used twice"


@pytest.mark.parametrize("engine", ["mssql", "postgres"])
def test_manifest_lists_every_migration_after_the_tables_in_order(engine):
    entries = [str(p.relative_to(deploy.MANIFESTS[engine].parent)) for p in deploy.manifest(engine)]
    listed = [e.split("/", 1)[1] for e in entries if e.startswith("migrations/")]
    assert listed == _names(deploy.MANIFESTS[engine].parent / "migrations")


def test_the_deployer_refuses_migrations_out_of_place_or_order():
    ok = ["tables/a.sql", "migrations/0001_x.sql", "migrations/0002_y.sql", "seed/s.sql"]
    assert deploy.migration_order_problem(ok) is None
    assert deploy.migration_order_problem([ok[0], ok[2], ok[1], ok[3]])
    assert deploy.migration_order_problem([ok[0], ok[3], ok[1], ok[2]])
    assert deploy.migration_order_problem([ok[1], ok[0], ok[2], ok[3]])


def _temporal_tables():
    return {p.stem for p in (DB / "tables").glob("*.sql")
            if "SYSTEM_VERSIONING = ON" in p.read_text(encoding="utf-8-sig")}


@pytest.mark.parametrize("path", TSQL_MIGRATIONS, ids=[p.name for p in TSQL_MIGRATIONS])
def test_tsql_migration_of_a_temporal_table_switches_versioning_off_and_on(path):
    text = path.read_text(encoding="utf-8-sig")
    for table in sorted(_temporal_tables()):
        if re.search(rf"ALTER\s+TABLE\s+core\.{table}\b", text, re.IGNORECASE):
            assert re.search(rf"ALTER\s+TABLE\s+core\.{table}\s+SET\s*\(\s*SYSTEM_VERSIONING\s*=\s*OFF", text)
            assert re.search(rf"SYSTEM_VERSIONING\s*=\s*ON\s*\(\s*HISTORY_TABLE\s*=\s*history\.{table}\b", text)
    assert re.search(r"IF\s+(NOT\s+)?EXISTS", text, re.IGNORECASE), "guarded by a catalog check"


def _catalog(conn) -> list[tuple]:
    # Column positions by rank, not attnum: a reverse script that drops a column
    # leaves a gap in attnum that neither a fresh nor an older database has.
    columns = conn.execute(
        """SELECT n.nspname, c.relname,
                  rank() OVER (PARTITION BY a.attrelid ORDER BY a.attnum), a.attname, format_type(a.atttypid, a.atttypmod),
                  coalesce(co.collname, ''), a.attnotnull
           FROM pg_attribute AS a
           JOIN pg_class AS c ON c.oid = a.attrelid
           JOIN pg_namespace AS n ON n.oid = c.relnamespace
           LEFT JOIN pg_collation AS co ON co.oid = a.attcollation
           WHERE n.nspname = ANY(%s) AND c.relkind IN ('r', 'v') AND a.attnum > 0
             AND NOT a.attisdropped
           ORDER BY 1, 2, 3""", (list(SCHEMAS),)).fetchall()
    constraints = conn.execute(
        """SELECT n.nspname, c.relname, k.conname, pg_get_constraintdef(k.oid)
           FROM pg_constraint AS k JOIN pg_class AS c ON c.oid = k.conrelid
           JOIN pg_namespace AS n ON n.oid = c.relnamespace
           WHERE n.nspname = ANY(%s) ORDER BY 1, 2, 3""", (list(SCHEMAS),)).fetchall()
    indexes = conn.execute(
        "SELECT schemaname, indexname, indexdef FROM pg_indexes WHERE schemaname = ANY(%s) ORDER BY 1, 2",
        (list(SCHEMAS),)).fetchall()
    return columns + constraints + indexes


def _data(conn) -> dict[str, tuple]:
    """Row count and a digest of every row of every table (as superuser: no RLS)."""
    tables = conn.execute(
        "SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname = ANY(%s) ORDER BY 1",
        (list(SCHEMAS),)).fetchall()
    return {t: conn.execute(f"SELECT count(*), md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) "
                            f"FROM {t} AS x").fetchone() for (t,) in tables}


def test_postgres_migrations_bring_the_previous_shape_to_the_current_one_keeping_data(pg):
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        fresh_catalog, fresh_data = _catalog(conn), _data(conn)
        assert fresh_data["core.lead"][0] > 0 and fresh_data["history.lead"][0] > 0
        for path in sorted(REVERSE.glob("*.sql"), reverse=True):
            conn.execute(path.read_text(encoding="utf-8"))
        assert _catalog(conn) != fresh_catalog, "the reverse scripts must restore an older shape"

    deploy.deploy_postgres(pg.admin_url)
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        assert _catalog(conn) == fresh_catalog
        assert _data(conn) == fresh_data

    deploy.deploy_postgres(pg.admin_url)
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        assert _catalog(conn) == fresh_catalog
        assert _data(conn) == fresh_data
    # The migrated database still works for the app (sign-in lower-cases the name).
    assert [r["login_name"] for r in pg.call("get_user_credentials", login_name="ADMIN")] == ["admin"]
