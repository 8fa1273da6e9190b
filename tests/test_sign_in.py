"""The sign-in throttle and log (app.record_sign_in, app.list_sign_in_events) on each
engine, and the sign-in page that uses them."""
import psycopg
import pytest

from thin_api import passwords

from .helpers import error_of, pg_login
from .test_i18n import csrf
from .test_web import SIGN_IN_FAILED, app, client, sign_in, text  # noqa: F401 (fixtures)
from .world import PASSWORD

ADDRESS = "192.0.2.10"


def attempt(engine, login="lu.rep", ok=False, address=ADDRESS):
    return engine.call("record_sign_in", login_name=login, client_address=address, password_ok=ok)[0]


def outcomes(engine, count, **kwargs):
    return [attempt(engine, **kwargs)["outcome"] for _ in range(count)]


def test_a_good_attempt_signs_in_the_user(engine):
    row = attempt(engine, login="  LU.Rep ", ok=True)
    assert row == {"outcome": "signed_in", "user_id": engine.world.users["lu_rep"], "retry_after_seconds": None}


def test_five_failures_lock_the_login_even_against_the_right_password(engine):
    assert outcomes(engine, 5) == ["failed"] * 5
    row = attempt(engine, ok=True)
    assert row["outcome"] == "locked_out" and row["user_id"] is None
    assert 0 < row["retry_after_seconds"] <= 600
    # Another login from another address is not affected.
    assert attempt(engine, login="ro.rep", ok=True, address="198.51.100.7")["outcome"] == "signed_in"


def test_an_unknown_login_is_throttled_exactly_like_a_known_one(engine):
    known = outcomes(engine, 6, login="lu.rep")
    unknown = outcomes(engine, 6, login="no.such.user")
    assert known == unknown == ["failed"] * 5 + ["locked_out"]


def test_a_successful_sign_in_starts_the_count_again(engine):
    assert outcomes(engine, 4) == ["failed"] * 4
    assert attempt(engine, ok=True)["outcome"] == "signed_in"
    assert outcomes(engine, 4) == ["failed"] * 4
    assert attempt(engine, ok=True)["outcome"] == "signed_in"


def test_twenty_failures_from_one_address_lock_that_address(engine):
    for i in range(20):
        assert attempt(engine, login=f"guess{i}")["outcome"] == "failed"
    assert attempt(engine, login="lu.mgr", ok=True)["outcome"] == "locked_out"
    assert attempt(engine, login="lu.mgr", ok=True, address="198.51.100.7")["outcome"] == "signed_in"


def test_the_lockout_ends_when_the_failures_are_ten_minutes_old(pg):
    assert outcomes(pg, 6) == ["failed"] * 5 + ["locked_out"]
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        conn.execute("UPDATE core.sign_in_event SET happened_at = happened_at - interval '10 minutes 1 second'")
    assert attempt(pg, ok=True)["outcome"] == "signed_in"


def test_record_sign_in_lists_every_problem(engine):
    error = error_of(engine, "record_sign_in", login_name=" ", client_address="x" * 46, password_ok=None)
    assert error.number == 50400
    for name in ("login_name", "client_address", "password_ok"):
        assert f"parameter {name} is not supported" in error.message


def test_only_the_web_tier_records_sign_ins(pg):
    url = pg_login(pg, "curious_dba", "leadbase_api")
    with psycopg.connect(url) as conn, pytest.raises(psycopg.Error) as caught:
        conn.execute("SELECT * FROM app.record_sign_in('lu.rep', '192.0.2.1', true)")
    assert caught.value.sqlstate == "LB403"


def test_admins_read_the_sign_in_log(engine):
    attempt(engine, login="lu.rep", ok=False)
    attempt(engine, login="nobody.here", ok=False, address="198.51.100.7")
    attempt(engine, login="lu.rep", ok=True)
    rows = engine.call("list_sign_in_events", as_user="admin")
    assert [(r["login_name"], r["outcome"]) for r in rows[:3]] == [
        ("lu.rep", "signed_in"), ("nobody.here", "failed"), ("lu.rep", "failed")]
    assert rows[0]["user_id"] == engine.world.users["lu_rep"] and rows[1]["user_id"] is None
    only = engine.call("list_sign_in_events", as_user="admin", client_address="198.51.100.7")
    assert [r["login_name"] for r in only] == ["nobody.here"]
    assert len(engine.call("list_sign_in_events", as_user="admin", outcome="failed", limit=1)) == 1


@pytest.mark.parametrize("user", ["lu_mgr", "lu_rep", "multi_mgr"])
def test_only_admins_read_the_sign_in_log(engine, user):
    assert error_of(engine, "list_sign_in_events", as_user=user).number == 50403
    assert error_of(engine, "list_sign_in_events").number == 50401


def test_list_sign_in_events_lists_every_problem(engine):
    error = error_of(engine, "list_sign_in_events", as_user="admin", outcome="nope", limit=0)
    assert error.number == 50400
    assert "parameter outcome" in error.message and "parameter limit" in error.message
    # The supported outcomes come from the lookup table core.sign_in_outcome, byte-wise.
    error = error_of(engine, "list_sign_in_events", as_user="admin", outcome="LOCKED_OUT")
    assert error.message == ("The value for the parameter outcome is not supported. "
                             "Supported values are signed_in, failed, locked_out.")
    assert engine.call("list_sign_in_events", as_user="admin", outcome="locked_out") == []


# --- the sign-in page -------------------------------------------------------------

def test_the_page_locks_out_a_login_after_five_failures(client, pg):
    for _ in range(5):
        response = sign_in(client, "lu.rep", "wrong")
        assert response.status_code == 401 and SIGN_IN_FAILED in text(response)
    response = sign_in(client, "lu.rep", PASSWORD)
    assert response.status_code == 429
    assert "Too many failed sign-ins" in text(response)
    assert client.get("/leads").status_code == 302  # not signed in
    log = pg.call("list_sign_in_events", as_user="admin", login_name="lu.rep")
    assert [r["outcome"] for r in log] == ["locked_out"] + ["failed"] * 5
    assert {r["client_address"] for r in log} == {"127.0.0.1"}


def test_the_page_answers_an_unknown_login_exactly_like_a_known_one(client):
    for login in ("lu.rep", "no.such.user"):
        pages = [sign_in(client, login, "wrong") for _ in range(6)]
        assert [p.status_code for p in pages] == [401] * 5 + [429]
    known = [text(p) for p in [sign_in(client, "lu.rep", "wrong")]]
    unknown = [text(p) for p in [sign_in(client, "no.such.user", "wrong")]]
    assert known[0].replace("lu.rep", "X") == unknown[0].replace("no.such.user", "X")


def test_guessing_the_current_password_on_the_profile_page_is_throttled(client, pg):
    assert sign_in(client, "lu.rep").status_code == 302
    token = csrf(client, "/profile")

    def change(current):
        return client.post("/profile/password", data={
            "current_password": current, "new_password": "a new secret 1",
            "repeat_password": "a new secret 1", "csrf_token": token})

    assert [change("guess").status_code for _ in range(5)] == [400] * 5
    locked = change(PASSWORD)  # the right password no longer helps
    assert locked.status_code == 429 and "Too many failed sign-ins" in text(locked)
    [row] = pg.call("get_user_credentials", login_name="lu.rep")
    assert passwords.verify(row["password_hash"], PASSWORD)  # unchanged
    log = pg.call("list_sign_in_events", as_user="admin", login_name="lu.rep")
    assert [r["outcome"] for r in log][:6] == ["locked_out"] + ["failed"] * 5
