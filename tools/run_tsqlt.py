"""Run Leadbase's tSQLt tests (db/tests/*.sql) against a SQL Server database.

The database must already hold the Leadbase schema (deploy.ps1 or
thin_api/deploy.py) and tSQLt (PrepareServer.sql, tSQLt.class.sql). This
runner deploys the test classes, runs ``EXEC tSQLt.RunAll``, prints every test
from ``tSQLt.TestResult`` and, as its last line, ``N passed, N failed``. The
exit code is 1 when a test failed or no test ran.

Usage::

    python tools/run_tsqlt.py "DRIVER={ODBC Driver 18 for SQL Server};SERVER=...;DATABASE=leadbase_test;..."
    LEADS_MSSQL_URL=mssql://user:pass@host:1433/leadbase_test python tools/run_tsqlt.py

The connection is an ODBC connection string or a ``mssql://`` URL; query
parameters of the URL are passed on as ODBC keywords (``?TrustServerCertificate=yes``),
``driver`` names the ODBC driver (default: ODBC Driver 18 for SQL Server).
pyodbc is imported only when the runner connects.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from thin_api.deploy import split_batches  # noqa: E402  (one GO rule for every deployer)
from thin_api.gateway import mssql_connection_string as odbc_connection_string  # noqa: E402

TESTS_DIR = Path(__file__).resolve().parent.parent / "db" / "tests"


def _execute(cursor, sql: str) -> None:
    """Run one batch and consume every result set and message it returns."""
    cursor.execute(sql)
    while cursor.nextset():
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the tSQLt tests of db/tests.")
    parser.add_argument(
        "connection",
        nargs="?",
        default=os.environ.get("LEADS_MSSQL_URL"),
        help="ODBC connection string or mssql:// URL (default: $LEADS_MSSQL_URL)",
    )
    parser.add_argument("--tests", type=Path, default=TESTS_DIR, help="folder of tSQLt test files")
    args = parser.parse_args(argv)
    if not args.connection:
        parser.error("give a connection string or set LEADS_MSSQL_URL")

    import pyodbc  # imported lazily: only SQL Server runs need the ODBC driver

    connection = pyodbc.connect(odbc_connection_string(args.connection), autocommit=True)
    try:
        cursor = connection.cursor()
        for path in sorted(args.tests.glob("*.sql")):
            for batch in split_batches(path.read_text(encoding="utf-8-sig")):
                try:
                    _execute(cursor, batch)
                except pyodbc.Error as error:
                    raise SystemExit(f"{path.name}: {error}") from error
        try:
            _execute(cursor, "EXEC tSQLt.RunAll;")
        except pyodbc.Error as error:
            # RunAll raises an error when any test fails; tSQLt.TestResult says which.
            print(f"tSQLt.RunAll: {error}", file=sys.stderr)
        rows = cursor.execute(
            "SELECT Class, TestCase, Result, Msg FROM tSQLt.TestResult ORDER BY Id;"
        ).fetchall()
    finally:
        connection.close()

    passed = failed = 0
    for test_class, test_case, result, message in rows:
        line = f"{result:<8} [{test_class}].[{test_case}]"
        if result == "Success":
            passed += 1
        elif result in ("Failure", "Error"):
            failed += 1
            line += f" {message or ''}".rstrip()
        print(line)
    if not rows:
        print("No test results: counted as a failed run.", file=sys.stderr)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not rows else 0


if __name__ == "__main__":
    sys.exit(main())
