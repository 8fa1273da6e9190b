"""The `bi` views as a BI login of one office reads them (PostgreSQL): every view
holds that office's rows only, and bi.kpi holds the figures app.get_kpis gives a
manager of that office (one definition: core.kpi_figures). The same reads through
a real ODBC driver: tests/test_odbc.py."""
import psycopg
import pytest

from .helpers import pg_login

# Every view in schema bi with the column that names the office of a row
# (bi.office and bi.code_label are not office data).
OFFICE_VIEWS = {
    "bi.lead": "office_id", "bi.lead_event": "office_id", "bi.lead_assignment": "office_id",
    "bi.import_batch": "office_id", "bi.kpi": "office_id", "bi.representative": "office_id",
    "bi.lead_history": "office_id", "bi.lead_outcome": "office_id",
}
SHARED_VIEWS = {"bi.office", "bi.code_label"}


@pytest.fixture
def bi_luzern(pg):
    url = pg_login(pg, "bi_luzern", "leadbase_bi")
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        conn.execute("INSERT INTO security.bi_login_office VALUES ('bi_luzern', 1)")
    with psycopg.connect(url, autocommit=True) as conn:
        yield conn


def test_every_bi_view_is_listed_here(pg):
    with psycopg.connect(pg.admin_url) as conn:
        views = {f"bi.{r[0]}" for r in conn.execute(
            "SELECT table_name FROM information_schema.views WHERE table_schema = 'bi'")}
    assert views == set(OFFICE_VIEWS) | SHARED_VIEWS


def test_a_bi_login_reads_its_office_only_in_every_view(pg, bi_luzern):
    w = pg.world
    pg.call("log_event", as_user="lu_rep", lead_id=w.leads["lu1"], event_type="meeting", new_status="won",
            note="Signed")
    pg.call("log_event", as_user="ro_rep", lead_id=w.leads["ro1"], event_type="meeting", new_status="lost")
    for view, column in OFFICE_VIEWS.items():
        offices = {r[0] for r in bi_luzern.execute(f"SELECT DISTINCT {column} FROM {view}")}
        assert offices <= {1}, view
    assert {r[0] for r in bi_luzern.execute("SELECT lead_id FROM bi.lead_history")} == {w.leads["lu1"],
                                                                                       w.leads["lu2"]}
    assert bi_luzern.execute("SELECT lead_id, outcome, user_name, note FROM bi.lead_outcome").fetchall() == [
        (w.leads["lu1"], "won", "Lu Rep", "Signed")]
    assert {r[0] for r in bi_luzern.execute("SELECT display_name FROM bi.representative")} == {
        "Lu Rep", "Lu Rep2", "Gone Rep"}
    # History as kept: lu1's versions before the meeting are there with their period.
    versions = bi_luzern.execute("SELECT status, valid_to IS NULL FROM bi.lead_history WHERE lead_id = %s "
                                 "ORDER BY valid_from", (w.leads["lu1"],)).fetchall()
    assert versions[-1] == ("won", True) and ("contacted", False) in versions


def test_bi_kpi_holds_the_figures_of_app_get_kpis(pg, bi_luzern):
    expected = [(r["kpi_code"], r["office_code"], r["user_id"], r["bucket"], r["value"], r["base"], r["rate"])
                for r in pg.call("get_kpis", as_user="lu_mgr")]
    rows = bi_luzern.execute("SELECT kpi_code, office_code, user_id, bucket, value, base, rate FROM bi.kpi").fetchall()
    assert sorted(rows, key=repr) == sorted(expected, key=repr)
    assert expected


def test_without_a_mapping_a_bi_login_reads_nothing(pg):
    url = pg_login(pg, "bi_nobody", "leadbase_bi")
    with psycopg.connect(url, autocommit=True) as conn:
        for view in OFFICE_VIEWS:
            assert conn.execute(f"SELECT count(*) FROM {view}").fetchone() == (0,), view


def test_a_central_bi_login_reads_every_office_and_each_read_is_in_the_audit_view(pg, bi_luzern):
    url = pg_login(pg, "bi_group", "leadbase_bi")
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        conn.execute("INSERT INTO security.bi_central_login (login_name, reason) "
                     "VALUES ('bi_group', 'Group controlling')")
    with psycopg.connect(url, autocommit=True) as central:
        assert {r[0] for r in central.execute("SELECT office_code FROM bi.lead")} == {"luzern", "romandie", "egeli"}
        central.execute("SELECT count(*) FROM bi.kpi").fetchone()
        # The audit is not the central login's to read or change.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            central.execute("SELECT * FROM security.bi_central_use")
    bi_luzern.execute("SELECT count(*) FROM bi.lead").fetchone()  # an office login is not logged
    with psycopg.connect(pg.admin_url) as conn:
        reads = conn.execute("SELECT login_name, view_name, reason FROM security.bi_central_use "
                             "ORDER BY read_at").fetchall()
    assert reads == [("bi_group", "bi.lead", "Group controlling"), ("bi_group", "bi.kpi", "Group controlling")]
