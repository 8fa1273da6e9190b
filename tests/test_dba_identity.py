"""DBAs act as themselves: a DBA's login is the one Leadbase user that
security.dba_login_user maps it to, whatever app.user_id says; only the web tier's
login (leadbase_web) may name a user through the session or read credentials;
acting as somebody else is break-glass, logged with its reason (PostgreSQL; the
T-SQL twin is db/tests/test_dba.sql)."""
import json

import psycopg
import pytest

from .helpers import pg_login


def _dba(pg, name, user, *extra_groups):
    """A DBA login in leadbase_api, mapped to the world's user `user` (or unmapped)."""
    url = pg_login(pg, name, "leadbase_api", *extra_groups)
    if user:
        with psycopg.connect(pg.admin_url, autocommit=True) as conn:
            conn.execute("INSERT INTO security.dba_login_user VALUES (%s, %s)", (name, pg.world.users[user]))
    return url


def _claim(conn, user_id):
    conn.execute("SELECT set_config('app.user_id', %s, true)", (str(user_id),))


def _whoami(conn):
    return conn.execute("SELECT user_id FROM app.whoami()").fetchall()


def _lead_offices(conn):
    return {r[0] for r in conn.execute("SELECT office_code FROM app.list_leads(p_page_size => 200)")}


def test_a_mapped_dba_is_their_user_whatever_the_session_claims(pg):
    w = pg.world
    with psycopg.connect(_dba(pg, "dba_lu", "lu_mgr")) as conn:
        assert _whoami(conn) == [(w.users["lu_mgr"],)]
        _claim(conn, w.users["admin"])
        assert _whoami(conn) == [(w.users["lu_mgr"],)]
        assert _lead_offices(conn) == {"luzern"}
        assert conn.execute("SELECT * FROM app.get_lead(p_lead_id => %s)", (w.leads["ro1"],)).fetchall() == []
        mapping = json.dumps([{"office_code": "luzern", "plz_from": 1000, "plz_to": 9999}])
        with pytest.raises(psycopg.Error) as refused:
            conn.execute("SELECT * FROM app.set_plz_mapping(p_mapping => %s, p_dry_run => false)", (mapping,))
        assert refused.value.sqlstate == "LB403"


def test_an_unmapped_dba_is_nobody(pg):
    w = pg.world
    with psycopg.connect(_dba(pg, "dba_nobody", None)) as conn:
        _claim(conn, w.users["admin"])
        assert _whoami(conn) == []
        assert _lead_offices(conn) == set()
        with pytest.raises(psycopg.Error) as refused:
            conn.execute("SELECT * FROM app.log_event(p_lead_id => %s, p_event_type => 'note')", (w.leads["lu1"],))
        assert refused.value.sqlstate == "LB401"


def test_a_mapped_user_who_is_deactivated_locks_their_dba_out(pg):
    with psycopg.connect(_dba(pg, "dba_gone", "gone_rep")) as conn:
        _claim(conn, pg.world.users["admin"])
        assert _whoami(conn) == []


def test_credentials_are_for_the_web_tier_only(pg):
    assert pg.call("get_user_credentials", login_name="lu.rep")[0]["login_name"] == "lu.rep"
    with psycopg.connect(_dba(pg, "dba_creds", "admin")) as conn:
        with pytest.raises(psycopg.Error) as refused:
            conn.execute("SELECT * FROM app.get_user_credentials(p_login_name => 'lu.rep')")
        assert refused.value.sqlstate == "LB403"


def test_break_glass_acts_as_another_user_for_one_transaction_and_is_logged(pg):
    w = pg.world
    with psycopg.connect(_dba(pg, "dba_oncall", "lu_rep", "leadbase_breakglass")) as conn:
        with pytest.raises(psycopg.Error) as invalid:
            conn.execute("SELECT * FROM security.open_break_glass(p_reason => 'short', p_act_as_user_id => 987654)")
        assert invalid.value.sqlstate == "LB400"
        assert "reason" in invalid.value.diag.message_primary
        assert "act_as_user_id" in invalid.value.diag.message_primary
        conn.rollback()

        conn.execute("SELECT * FROM security.open_break_glass(p_reason => 'INC-4712: reassign for absent manager', "
                     "p_act_as_user_id => %s)", (w.users["ro_mgr"],))
        assert _whoami(conn) == [(w.users["ro_mgr"],)]
        assert _lead_offices(conn) == {"romandie"}  # the user's offices, not every office
        row = conn.execute("SELECT * FROM app.assign_lead(p_lead_id => %s, p_user_id => %s)",
                           (w.leads["ro2"], w.users["ro_rep"])).fetchone()
        assert row is not None
        conn.commit()
        assert _whoami(conn) == [(w.users["lu_rep"],)]  # back to themselves
    with psycopg.connect(pg.admin_url) as conn:
        [(login, reason, act_as)] = conn.execute(
            "SELECT login_name, reason, act_as_user_id FROM security.break_glass_log").fetchall()
    assert (login, act_as) == ("dba_oncall", w.users["ro_mgr"]) and reason.startswith("INC-4712")
    history = pg.call("get_lead_history", as_user="ro_mgr", lead_id=w.leads["ro2"])
    assert any(r["entry_kind"] == "assigned" for r in history)


def test_another_logins_break_glass_window_acts_as_nobody(pg):
    w = pg.world
    with psycopg.connect(_dba(pg, "dba_first", "lu_rep", "leadbase_breakglass")) as conn:
        [(window,)] = conn.execute("SELECT break_glass_id FROM security.open_break_glass("
                                   "p_reason => 'INC-4713: check the admin view', p_act_as_user_id => %s)",
                                   (w.users["admin"],)).fetchall()
        conn.commit()
    with psycopg.connect(_dba(pg, "dba_second", "eg_rep", "leadbase_breakglass")) as conn:
        conn.execute("SELECT set_config('app.break_glass_id', %s, true)", (str(window),))
        assert _whoami(conn) == [(w.users["eg_rep"],)]
        assert _lead_offices(conn) == {"egeli"}
