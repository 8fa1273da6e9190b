"""A real BI client: unixODBC with Debian's PostgreSQL ODBC driver (odbc-postgresql,
installed by ./leadbase test when missing) and pyodbc, logged in as the BI login of
one office, as Excel or Power BI's ODBC connector would be. It reads every `bi` view:
only its office's rows, and the figures app.get_kpis gives a manager of that office."""
from decimal import Decimal
from urllib.parse import urlsplit

import psycopg
import pytest

from .helpers import pg_login
from .test_bi_views import OFFICE_VIEWS, SHARED_VIEWS

pyodbc = pytest.importorskip("pyodbc")
DRIVER = "PostgreSQL Unicode"


def _odbc(url: str):
    if DRIVER not in pyodbc.drivers():
        pytest.fail(f"ODBC driver {DRIVER!r} missing: ./leadbase test installs odbc-postgresql")
    parts = urlsplit(url)
    return pyodbc.connect(
        f"DRIVER={{{DRIVER}}};SERVER={parts.hostname};PORT={parts.port};DATABASE={parts.path.lstrip('/')};"
        f"UID={parts.username};PWD={parts.password};SSLmode=disable;ReadOnly=1", autocommit=True)


@pytest.fixture
def bi_odbc(pg):
    url = pg_login(pg, "bi_luzern_odbc", "leadbase_bi")
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        conn.execute("INSERT INTO security.bi_login_office VALUES ('bi_luzern_odbc', 1)")
    connection = _odbc(url)
    yield connection
    connection.close()


def _rows(connection, query: str) -> list[dict]:
    cursor = connection.cursor()
    cursor.execute(query)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def test_an_odbc_client_reads_every_bi_view_of_its_office_only(pg, bi_odbc):
    w = pg.world
    pg.call("log_event", as_user="lu_rep", lead_id=w.leads["lu1"], event_type="meeting", new_status="won")
    pg.call("log_event", as_user="ro_rep", lead_id=w.leads["ro1"], event_type="meeting", new_status="won")
    tables = {f"bi.{row.table_name}" for row in bi_odbc.cursor().tables(schema="bi")}
    assert tables >= set(OFFICE_VIEWS) | SHARED_VIEWS
    for view, column in OFFICE_VIEWS.items():
        rows = _rows(bi_odbc, f"SELECT * FROM {view}")
        assert {r[column] for r in rows} <= {1}, view
    leads = _rows(bi_odbc, "SELECT lead_id, company_name FROM bi.lead ORDER BY lead_id")
    assert [r["lead_id"] for r in leads] == sorted([w.leads["lu1"], w.leads["lu2"]])
    assert len(_rows(bi_odbc, "SELECT * FROM bi.office")) == 3


def test_odbc_figures_equal_the_procedures(pg, bi_odbc):
    expected = sorted(((r["kpi_code"], r["user_id"], r["bucket"], r["value"], r["base"], r["rate"])
                       for r in pg.call("get_kpis", as_user="lu_mgr")), key=lambda t: repr(t[:3]))
    got = sorted(((r["kpi_code"], r["user_id"], r["bucket"], Decimal(r["value"]),
                   None if r["base"] is None else Decimal(r["base"]),
                   None if r["rate"] is None else Decimal(r["rate"]))
                  for r in _rows(bi_odbc, "SELECT * FROM bi.kpi")), key=lambda t: repr(t[:3]))
    assert got == expected and expected
    # The counts a manager's screen shows, through the driver.
    [quality] = _rows(bi_odbc, "SELECT count(*) AS n FROM bi.lead WHERE status = 'contacted'")
    assert quality["n"] == 1


def test_an_odbc_login_without_a_mapping_reads_nothing_and_may_not_write(pg):
    url = pg_login(pg, "bi_nobody_odbc", "leadbase_bi")
    connection = _odbc(url)
    try:
        for view in OFFICE_VIEWS:
            assert _rows(connection, f"SELECT count(*) AS n FROM {view}")[0]["n"] == 0, view
        with pytest.raises(pyodbc.Error):
            connection.cursor().execute("SELECT * FROM core.lead")
    finally:
        connection.close()
