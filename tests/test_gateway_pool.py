"""The pooled PostgreSQL gateway: a connection handed from one request to the next
never carries the caller along, not even after an error mid-request; and a request
costs few network round trips (counted on the wire with libpq's trace)."""
import tempfile

import pytest
from psycopg.pq import Trace

from thin_api import create_app, db
from thin_api.errors import LeadbaseError
from thin_api.gateway import Gateway, PostgresSession

from .test_web import sign_in


@pytest.fixture
def pooled(pg):
    """A gateway whose pool holds exactly one connection: every session reuses it."""
    gw = Gateway(pg.gateway.url, pool_size=1)
    yield gw
    gw.close()


def backend_pid(session) -> int:
    return session.conn.execute("SELECT pg_backend_pid()").fetchone()[0]


def whoami(gw, user_id):
    with gw.session(as_user=user_id) as s:
        return s.call("whoami"), backend_pid(s)


def test_the_next_session_on_the_same_connection_has_no_caller(pg, pooled):
    users = pg.world.users
    rows, pid = whoami(pooled, users["lu_rep"])
    assert [r["login_name"] for r in rows] == ["lu.rep"]
    rows, pid_again = whoami(pooled, None)
    assert pid_again == pid
    assert rows == []
    with pooled.session() as s:
        assert s.call("list_leads") == []


def test_a_procedure_error_mid_request_keeps_the_caller_inside_and_leaves_nothing_behind(pg, pooled):
    users, leads = pg.world.users, pg.world.leads
    with pooled.session(as_user=users["lu_mgr"]) as s:
        s.call("assign_lead", lead_id=leads["lu2"], user_id=users["lu_rep"])
        with pytest.raises(LeadbaseError):
            s.call("log_event", lead_id=leads["lu2"], event_type="no such type")
        # The session goes on as the same caller, in a new transaction ...
        assert [r["login_name"] for r in s.call("whoami")] == ["lu.mgr"]
        pid = backend_pid(s)
    # ... and the work before the error was rolled back with it.
    assert pg.call("get_lead", as_user="lu_mgr", lead_id=leads["lu2"])[0]["assigned_user_id"] is None
    rows, pid_again = whoami(pooled, None)
    assert (rows, pid_again) == ([], pid)


def test_an_exception_in_the_web_tier_mid_request_rolls_back_and_leaves_no_caller(pg, pooled):
    users, leads = pg.world.users, pg.world.leads
    with pytest.raises(RuntimeError):
        with pooled.session(as_user=users["lu_mgr"]) as s:
            s.call("assign_lead", lead_id=leads["lu2"], user_id=users["lu_rep"])
            pid = backend_pid(s)
            raise RuntimeError("the page failed")
    assert pg.call("get_lead", as_user="lu_mgr", lead_id=leads["lu2"])[0]["assigned_user_id"] is None
    rows, pid_again = whoami(pooled, None)
    assert (rows, pid_again) == ([], pid)


def test_a_session_wide_setting_left_on_a_connection_does_not_stand_in_for_the_caller(pg, pooled):
    # Only transaction-scoped settings are ever sent; should a session-wide one get
    # onto a pooled connection anyway, every transaction overrides it before its call.
    with pooled.session() as s:
        s.conn.execute("SELECT set_config('app.user_id', %s, false)", (str(pg.world.users["admin"]),))
    rows, _ = whoami(pooled, None)
    assert rows == []
    rows, _ = whoami(pooled, pg.world.users["ro_rep"])
    assert [r["login_name"] for r in rows] == ["ro.rep"]


class RoundTrips:
    """Counts the server's ReadyForQuery messages: one per round trip the client waits for."""

    def __init__(self, conn):
        self.conn = conn
        self.file = tempfile.TemporaryFile("w+")

    def __enter__(self):
        self.conn.pgconn.trace(self.file.fileno())
        self.conn.pgconn.set_trace_flags(Trace.SUPPRESS_TIMESTAMPS | Trace.REGRESS_MODE)
        return self

    def __exit__(self, *exc):
        self.conn.pgconn.untrace()
        self.file.seek(0)
        self.lines = self.file.read().splitlines()
        self.count = sum(1 for line in self.lines if "\tReadyForQuery" in line)


def test_a_session_costs_one_round_trip_per_call_plus_the_commit(pg, pooled):
    with pooled.session() as s:  # open the pool's one connection
        conn = s.conn
    with RoundTrips(conn) as trips:
        with pooled.session(as_user=pg.world.users["lu_rep"]) as s:
            s.call("whoami")  # BEGIN and the caller travel with the first call
            s.call("list_leads")
    assert trips.count == 3, trips.lines


def test_a_list_page_is_one_transaction_with_one_round_trip_per_call(pg, monkeypatch):
    app = create_app({"TESTING": True, "DATABASE_URL": pg.gateway.url, "SECRET_KEY": "test",
                      "DB_POOL_SIZE": 1})
    calls = []
    call = PostgresSession.call
    monkeypatch.setattr(PostgresSession, "call",
                        lambda self, procedure, **params: calls.append(procedure) or call(self, procedure, **params))
    try:
        client = app.test_client()
        assert sign_in(client, "lu.rep").status_code == 302
        with app.app_context():
            pool = db.gateway()._pool
            conn = pool.getconn()
            pool.putconn(conn)
        calls.clear()
        with RoundTrips(conn) as trips:
            assert client.get("/leads").status_code == 200
        # whoami (with BEGIN and the caller), the page's procedures, COMMIT.
        assert calls[0] == "whoami" and "list_leads" in calls
        assert trips.count == len(calls) + 1, (calls, trips.lines)
        assert sum("BEGIN" in line for line in trips.lines if line.startswith("F")) == 1
    finally:
        db.close(app)
