"""Static checks of the SQL: sqlfluff parses every file under db/ (T-SQL) and
db/postgres/ (PostgreSQL) without an unparsable section and lints it clean with the
project's .sqlfluff. This is how the T-SQL is checked where no SQL Server runs."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def lint_results():
    done = subprocess.run(
        [sys.executable, "-m", "sqlfluff", "lint", "db", "--format", "json", "--processes", "2",
         "--disable-progress-bar", "--nocolor"],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    start = done.stdout.find("[")
    assert start >= 0, done.stderr[-2000:]
    return json.loads(done.stdout[start:])


def _violations(results, dialect_root: str, codes=None):
    found = []
    for result in results:
        path = result["filepath"]
        in_pg = "db/postgres/" in path
        if (dialect_root == "postgres") != in_pg:
            continue
        for v in result["violations"]:
            if codes is None or v["code"] in codes:
                found.append(f"{path}:{v.get('start_line_no')}: {v['code']} {v['description']}")
    return found


def _files(results, dialect_root):
    return [r for r in results if ("db/postgres/" in r["filepath"]) == (dialect_root == "postgres")]


@pytest.mark.parametrize("dialect_root", ["tsql", "postgres"])
def test_every_sql_file_parses(lint_results, dialect_root):
    assert len(_files(lint_results, dialect_root)) >= 30
    assert _violations(lint_results, dialect_root, codes={"PRS"}) == []


@pytest.mark.parametrize("dialect_root", ["tsql", "postgres"])
def test_every_sql_file_lints_clean(lint_results, dialect_root):
    assert _violations(lint_results, dialect_root) == []


TSQL_FILES = sorted(p for p in (ROOT / "db").rglob("*.sql") if "postgres" not in p.parts)
_SET_OPTIONS = re.compile(r"\A(?:/\*.*?\*/\s*)?SET ANSI_NULLS ON;\s*SET QUOTED_IDENTIFIER ON;\s*GO\s*$",
                          re.DOTALL | re.MULTILINE)


@pytest.mark.parametrize("path", TSQL_FILES, ids=[str(p.relative_to(ROOT / "db")) for p in TSQL_FILES])
def test_every_tsql_file_starts_with_the_set_options_filtered_indexes_need(path):
    """QUOTED_IDENTIFIER and ANSI_NULLS are stored with each procedure and must be ON
    where filtered indexes are created or written (error 1934); sqlcmd defaults
    QUOTED_IDENTIFIER to OFF. So every file sets both in its first batch."""
    text = path.read_text(encoding="utf-8-sig")
    assert _SET_OPTIONS.match(text), "begin (after the header) with SET ANSI_NULLS ON; SET QUOTED_IDENTIFIER ON; GO"


def test_drop_office_policy_drops_every_schema_bound_dependent_first():
    """SQL Server refuses to drop an object that a schema-bound one references, so
    security/drop_office_policy.sql must drop dependents first, and every
    schema-bound object that references a dropped one must be dropped too."""
    text = (ROOT / "db" / "security" / "drop_office_policy.sql").read_text(encoding="utf-8-sig")
    body = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)
    dropped = re.findall(r"DROP (?:FUNCTION|SECURITY POLICY) IF EXISTS ([a-z_]+\.[a-z_]+);", body)
    assert "security.caller" in dropped and "core.user_office_codes" in dropped
    problems = []
    for path in TSQL_FILES:
        source = re.sub(r"/\*.*?\*/|--[^\n]*", "", path.read_text(encoding="utf-8-sig"), flags=re.DOTALL)
        created = re.search(r"CREATE (?:OR ALTER )?(?:FUNCTION|SECURITY POLICY) ([a-z_]+\.[a-z_]+)", source)
        if not created or "SCHEMABINDING" not in source:
            continue
        name = created.group(1)
        for target in dropped:
            if target != name and re.search(rf"\b{re.escape(target)}\s*\(", source):
                if name not in dropped:
                    problems.append(f"{name} is schema-bound to {target} but not dropped")
                elif dropped.index(name) > dropped.index(target):
                    problems.append(f"{name} must be dropped before {target}")
    assert problems == []
