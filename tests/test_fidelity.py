"""Where SQL Server and PostgreSQL could answer differently (issue 7), pinned down
engine-agnostically: codes compare exactly (not case-insensitively), text changes of
case count, a huge page is an empty page, history shows every version, and bulk runs
are logged as db/CONTRACT.md ("Transactions") says."""
import json

import psycopg
import pytest

from .helpers import error_of

DEFAULT = [{"office_code": "luzern", "plz_from": 6000, "plz_to": 6499},
           {"office_code": "romandie", "plz_from": 1000, "plz_to": 2499},
           {"office_code": "romandie", "plz_from": 2800, "plz_to": 2999}]


@pytest.mark.parametrize("procedure,as_user,params", [
    ("add_lead", "lu_mgr", {"company_name": "Case AG", "plz": 6003, "ort": "Luzern", "size_category": "MEDIUM"}),
    ("log_event", "lu_mgr", {"lead_id": "lu1", "event_type": "note", "new_status": "WON"}),
    ("log_event", "lu_mgr", {"lead_id": "lu1", "event_type": "CALL"}),
    ("save_user", "admin", {"login_name": "case.user", "display_name": "Case User", "role_code": "ADMIN",
                            "office_codes": "luzern"}),
    ("list_leads", "lu_mgr", {"status": "WON"}),
    ("list_leads", "lu_mgr", {"sort": "SCORE"}),
    ("set_plz_mapping", "admin", {"mapping": json.dumps([{"office_code": "LUZERN", "plz_from": 6000,
                                                          "plz_to": 6499}]), "dry_run": True}),
])
def test_codes_in_another_case_are_refused(engine, procedure, as_user, params):
    params = {k: engine.world.leads[v] if k == "lead_id" else v for k, v in params.items()}
    error = error_of(engine, procedure, as_user=as_user, **params)
    assert error.number == 50400, error.message


def test_a_display_name_change_of_case_alone_is_saved(engine):
    def display_name():
        [row] = [u for u in engine.call("list_users", as_user="admin") if u["login_name"] == "eg.rep"]
        return row["display_name"]

    original = display_name()
    try:
        engine.call("save_user", as_user="admin", login_name="eg.rep", display_name=original.upper(),
                    role_code="representative", office_codes="egeli")
        assert display_name() == original.upper()
    finally:  # SQL Server shares one world across tests
        engine.call("save_user", as_user="admin", login_name="eg.rep", display_name=original,
                    role_code="representative", office_codes="egeli")


def test_a_page_far_past_the_end_is_empty_not_an_overflow(engine):
    assert engine.call("list_leads", as_user="lu_mgr", page=2147483647, page_size=200) == []


def test_history_keeps_versions_changed_twice_in_one_transaction(engine):
    """Moved to Luzern and back in one session: on PostgreSQL one transaction, whose
    middle version lasts no time; FOR SYSTEM_TIME ALL would hide it on SQL Server,
    where get_lead_history reads history.lead directly instead (on SQL Server the
    gateway commits each call, so there the versions are simply consecutive)."""
    bern = engine.world.leads["eg1"]
    moved = DEFAULT + [{"office_code": "luzern", "plz_from": 3000, "plz_to": 3999}]
    with engine.gateway.session(as_user=engine.world.users["admin"]) as s:
        s.call("set_plz_mapping", mapping=json.dumps(moved))
        s.call("set_plz_mapping", mapping=json.dumps(DEFAULT))
    changes = [r["detail"] for r in engine.call("get_lead_history", as_user="admin", lead_id=bern)
               if r["entry_kind"] == "changed"]
    assert sorted(changes) == ["office: egeli -> luzern", "office: luzern -> egeli"]


def _command_log(admin_url):
    with psycopg.connect(admin_url) as conn:
        return conn.execute("SELECT command_name, dry_run, rows_affected, error_number, ended_at IS NOT NULL"
                            " FROM core.command_log ORDER BY command_log_id").fetchall()


def test_postgres_logs_each_finished_bulk_run_once_and_no_refused_one(pg):
    """db/CONTRACT.md, "Transactions": one row per finished run, dry runs included; a
    refused call leaves none. (SQL Server also keeps failed runs: tSQLt test_routing.)"""
    before = _command_log(pg.admin_url)
    pg.call("route_leads", as_user="admin", dry_run=True)
    pg.call("set_plz_mapping", as_user="admin", mapping=json.dumps(DEFAULT))
    pg.call("set_plz_mapping", as_user="admin", dry_run=True,
            mapping=json.dumps(DEFAULT + [{"office_code": "luzern", "plz_from": 3000, "plz_to": 3999}]))
    assert error_of(pg, "route_leads", as_user="lu_mgr").number == 50403
    assert error_of(pg, "set_plz_mapping", as_user="admin", mapping="[]", dry_run=None).number == 50400
    assert _command_log(pg.admin_url)[len(before):] == [
        ("app.route_leads", True, 0, None, True),
        ("app.route_leads", False, 0, None, True),      # called by set_plz_mapping
        ("app.set_plz_mapping", False, 0, None, True),   # unchanged: no range written
        ("app.set_plz_mapping", True, 4, None, True),    # ranges it would write, as on SQL Server
    ]


def _history_offices(pg, user, lead_id):
    """history.lead rows of lead_id as user sees them under row-level security: the
    superuser takes the table owner's role (FORCE ROW LEVEL SECURITY applies to it)
    and names the user as the web tier does."""
    with psycopg.connect(pg.admin_url) as conn:
        conn.execute("SET ROLE leadbase_owner")
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(pg.world.users[user]),))
        return sorted(r[0] for r in conn.execute(
            "SELECT o.office_code FROM history.lead AS h JOIN core.office AS o ON o.office_id = h.office_id"
            " WHERE h.lead_id = %s", (lead_id,)))


def test_postgres_history_of_a_moved_lead_stays_with_its_old_office(pg):
    """Bern moves from Egeli to Luzern: Luzern sees none of its Egeli-era versions,
    Egeli still sees them (and get_lead_history tells Luzern only 'routed to')."""
    bern = pg.world.leads["eg1"]
    assert _history_offices(pg, "eg_rep", bern) == []          # no earlier version yet
    pg.call("set_plz_mapping", as_user="admin",
            mapping=json.dumps(DEFAULT + [{"office_code": "luzern", "plz_from": 3000, "plz_to": 3999}]))
    assert _history_offices(pg, "eg_rep", bern) == ["egeli"]
    assert _history_offices(pg, "lu_mgr", bern) == []
    assert _history_offices(pg, "ro_mgr", bern) == []
    timeline = pg.call("get_lead_history", as_user="lu_mgr", lead_id=bern)
    assert [(r["entry_kind"], r["detail"]) for r in timeline] == [("changed", "routed to luzern")]
    assert pg.call("get_lead_history", as_user="eg_rep", lead_id=bern) == []
