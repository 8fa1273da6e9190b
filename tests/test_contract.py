"""The contract holds on both engines: the same procedures with the same parameters
(names, order) and result columns, as db/CONTRACT.md lists them; every object has
its twin; the manifests list every file exactly once."""
import re
from pathlib import Path

import psycopg
import pytest

from . import contract

DB = contract.ROOT / "db"
PG = DB / "postgres"
KINDS = ["tables", "migrations", "procedures", "views", "security", "functions", "seed"]
PROCEDURES = contract.procedures()


def _object_files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for kind in KINDS for p in (root / kind).glob("*.sql")}


def _postgres_only(path: Path) -> bool:
    return path.read_text(encoding="utf-8").startswith("-- PostgreSQL only:")


def test_contract_lists_the_procedures():
    assert {"whoami", "list_leads", "get_lead", "log_event", "assign_lead", "set_plz_mapping",
            "route_leads"} <= set(PROCEDURES)


def test_every_object_has_its_twin():
    tsql, pg = _object_files(DB), _object_files(PG)
    missing_pg = sorted(tsql - pg)
    missing_tsql = sorted(f for f in pg - tsql if not _postgres_only(PG / f))
    assert missing_pg == [], f"T-SQL objects without a PostgreSQL twin: {missing_pg}"
    assert missing_tsql == [], f"PostgreSQL objects without a T-SQL twin: {missing_tsql}"


@pytest.mark.parametrize("root", [DB, PG], ids=["mssql", "postgres"])
def test_manifest_lists_every_file_once(root):
    listed = [line.strip() for line in (root / "manifest.txt").read_text().splitlines()
              if line.strip() and not line.startswith("#")]
    assert len(listed) == len(set(listed)), "a file is listed twice"
    assert [f for f in listed if not (root / f).exists()] == []
    assert sorted(_object_files(root) - set(listed)) == []


def _tsql_parameters(text: str, schema: str, name: str) -> list[str]:
    match = re.search(rf"CREATE\s+OR\s+ALTER\s+PROCEDURE\s+{schema}\.{name}\b(.*?)\bAS\b",
                      text, re.IGNORECASE | re.DOTALL)
    assert match, f"no CREATE OR ALTER PROCEDURE {schema}.{name}"
    header = re.sub(r"--[^\n]*", "", match.group(1))
    header = re.sub(r"\bWITH\s+EXECUTE\s+AS\b.*", "", header, flags=re.IGNORECASE | re.DOTALL)
    return re.findall(r"@([a-z_]+)\s", header)


def _twin_path(root: Path, schema: str, name: str) -> Path:
    folder = "procedures" if schema == "app" else "security"
    return root / folder / f"{name}.sql"


@pytest.mark.parametrize("name", sorted(PROCEDURES))
def test_tsql_procedure_has_the_contract_parameters(name):
    spec = PROCEDURES[name]
    text = _twin_path(DB, spec["schema"], name).read_text(encoding="utf-8-sig")
    assert _tsql_parameters(text, spec["schema"], name) == spec["params"]


@pytest.mark.parametrize("name", sorted(PROCEDURES))
def test_postgres_function_has_the_contract_parameters_and_columns(name, pg):
    spec = PROCEDURES[name]
    with psycopg.connect(pg.admin_url) as conn:
        row = conn.execute(
            """SELECT p.proargnames, p.proargmodes::text[]
               FROM pg_proc AS p JOIN pg_namespace AS n ON n.oid = p.pronamespace
               WHERE n.nspname = %s AND p.proname = %s""", (spec["schema"], name)).fetchall()
    assert len(row) == 1, "exactly one function of that name"
    names, modes = row[0]
    params = [n.removeprefix("p_") for n, m in zip(names, modes or ["i"] * len(names)) if m == "i"]
    columns = [n for n, m in zip(names, modes or []) if m == "t"]
    assert params == spec["params"]
    assert columns == spec["columns"]
