"""The calendar feed's procedures (db/CONTRACT.md, "Calendar feed"), engine-agnostic:
a secret link per user (made, replaced, revoked; only its hash kept), the feed read by
the web tier's login as the link's owner, and one lead's follow-up. What other
offices and colleagues cannot get from a feed is in tests/test_isolation.py; the
routes and the iCalendar text in tests/test_web_calendar.py."""
import re
from datetime import date, timedelta

import psycopg
import pytest

from thin_api.errors import LeadbaseError

from .helpers import MISSING_LEAD, error_of, pg_login

DAY = date(2030, 1, 31)


def _feed(engine, secret):
    return engine.call("read_calendar_feed", secret=secret)


def _step(engine, user, lead, step="Send offer", day=DAY, **more):
    return engine.call("log_event", as_user=user, lead_id=engine.world.leads[lead], event_type="call",
                       next_step=step, next_step_at=day, **more)[0]


def test_a_new_link_is_64_hex_characters_returned_once_and_only_its_hash_kept(engine):
    assert engine.call("my_calendar_feed", as_user="lu_rep") == []
    [made] = engine.call("create_calendar_feed", as_user="lu_rep")
    assert made["user_id"] == engine.world.users["lu_rep"]
    assert re.fullmatch(r"[0-9a-f]{64}", made["secret"])
    [state] = engine.call("my_calendar_feed", as_user="lu_rep")
    assert (state["user_id"], state["created_at"], state["revoked_at"]) == (
        made["user_id"], made["created_at"], None)
    assert "secret" not in state
    # Another link for another user is another secret.
    [other] = engine.call("create_calendar_feed", as_user="lu_rep2")
    assert other["secret"] != made["secret"]


def test_the_feed_has_the_owners_dated_next_steps_with_what_the_calendar_needs(engine):
    w = engine.world
    [made] = engine.call("create_calendar_feed", as_user="lu_rep")
    # lu1's only next step (the world's "Send offer") has no date: nothing yet.
    assert _feed(engine, made["secret"]) == []
    event = _step(engine, "lu_rep", "lu1", step="Offerte senden; Preis, Rabatt")
    [row] = _feed(engine, made["secret"])
    assert (row["lead_id"], row["event_id"], row["company_name"], row["ort"], row["next_step"],
            row["next_step_at"]) == (w.leads["lu1"], event["event_id"], "Pilatus Holzbau AG", "Luzern",
                                     "Offerte senden; Preis, Rabatt", DAY)
    assert row["event_at"] == event["event_at"]
    # Only a date is a follow-up too.
    engine.call("assign_lead", as_user="lu_mgr", lead_id=w.leads["lu2"], user_id=w.users["lu_rep"])
    _step(engine, "lu_rep", "lu2", step=None, day=DAY - timedelta(days=1))
    rows = _feed(engine, made["secret"])
    assert [(r["lead_id"], r["next_step"]) for r in rows] == [
        (w.leads["lu2"], None), (w.leads["lu1"], "Offerte senden; Preis, Rabatt")]


def test_the_latest_next_step_decides_and_an_undated_one_takes_the_lead_out(engine):
    [made] = engine.call("create_calendar_feed", as_user="lu_rep")
    _step(engine, "lu_rep", "lu1", step="First", day=DAY)
    second = _step(engine, "lu_rep", "lu1", step="Second", day=DAY + timedelta(days=7))
    [row] = _feed(engine, made["secret"])
    assert (row["event_id"], row["next_step"], row["next_step_at"]) == (
        second["event_id"], "Second", DAY + timedelta(days=7))
    # An event without a next step leaves the step as it is (as on the home page) ...
    engine.call("log_event", as_user="lu_rep", lead_id=engine.world.leads["lu1"], event_type="note", note="x")
    assert [r["event_id"] for r in _feed(engine, made["secret"])] == [second["event_id"]]
    # ... an undated next step replaces it: the home page shows no date, nor does the calendar.
    _step(engine, "lu_rep", "lu1", step="Call some day", day=None)
    assert _feed(engine, made["secret"]) == []
    [home] = engine.call("my_open_leads", as_user="lu_rep")
    assert (home["next_step"], home["next_step_at"]) == ("Call some day", None)


def test_a_closed_or_reassigned_lead_leaves_the_feed(engine):
    w = engine.world
    [made] = engine.call("create_calendar_feed", as_user="lu_rep")
    [made2] = engine.call("create_calendar_feed", as_user="lu_rep2")
    _step(engine, "lu_rep", "lu1")
    assert len(_feed(engine, made["secret"])) == 1
    engine.call("assign_lead", as_user="lu_mgr", lead_id=w.leads["lu1"], user_id=w.users["lu_rep2"],
                note="Holidays")
    assert _feed(engine, made["secret"]) == []
    # The new holder gets the lead's follow-up; then it is won, and nobody has it.
    assert [r["lead_id"] for r in _feed(engine, made2["secret"])] == [w.leads["lu1"]]
    engine.call("log_event", as_user="lu_rep2", lead_id=w.leads["lu1"], event_type="meeting", new_status="won")
    assert _feed(engine, made2["secret"]) == []


def test_a_new_link_replaces_the_old_and_a_revoked_link_reads_like_an_unknown_one(engine):
    [first] = engine.call("create_calendar_feed", as_user="lu_rep")
    _step(engine, "lu_rep", "lu1")
    [second] = engine.call("create_calendar_feed", as_user="lu_rep")
    assert _feed(engine, first["secret"]) == []
    assert len(_feed(engine, second["secret"])) == 1
    [revoked] = engine.call("revoke_calendar_feed", as_user="lu_rep")
    assert revoked["revoked_at"] is not None and revoked["created_at"] == second["created_at"]
    assert _feed(engine, second["secret"]) == []
    [state] = engine.call("my_calendar_feed", as_user="lu_rep")
    assert state["revoked_at"] == revoked["revoked_at"]
    # Idempotent; a user who never had a link gets no row.
    assert engine.call("revoke_calendar_feed", as_user="lu_rep")[0]["revoked_at"] == revoked["revoked_at"]
    assert engine.call("revoke_calendar_feed", as_user="lu_rep2") == []
    # A new link after revoking works again.
    [third] = engine.call("create_calendar_feed", as_user="lu_rep")
    assert len(_feed(engine, third["secret"])) == 1


def test_unknown_malformed_and_inactive_owners_links_read_nothing(engine):
    w = engine.world
    [made] = engine.call("create_calendar_feed", as_user="lu_rep")
    _step(engine, "lu_rep", "lu1")
    secret = made["secret"]
    for probe in ("0" * 64, secret.upper(), secret + "0", secret[:-1], secret + " ", " " + secret,
                  secret[:32], "x" * 4000, "'; --", "é" * 64):
        assert _feed(engine, probe) == [], probe
    # An owner who is deactivated: the link reads nothing (and again once active).
    engine.call("save_user", as_user="admin", login_name="lu.rep", display_name="Lu Rep",
                role_code="representative", office_codes="luzern", is_active=False)
    assert _feed(engine, secret) == []
    engine.call("save_user", as_user="admin", login_name="lu.rep", display_name="Lu Rep",
                role_code="representative", office_codes="luzern", is_active=True)
    assert [r["lead_id"] for r in _feed(engine, secret)] == [w.leads["lu1"]]


def test_the_procedures_errors(engine):
    for procedure in ("my_calendar_feed", "create_calendar_feed", "revoke_calendar_feed"):
        error = error_of(engine, procedure)
        assert (error.number, error.message) == (50401, "No active user is signed in.")
    for secret in (None, "", "   "):
        error = error_of(engine, "read_calendar_feed", secret=secret)
        assert (error.number, error.message) == (
            50400, "The value for the parameter secret is not supported. It must not be empty.")
    # Read as the owner only: never on top of a signed-in user.
    [made] = engine.call("create_calendar_feed", as_user="lu_rep")
    error = error_of(engine, "read_calendar_feed", as_user="ro_rep", secret=made["secret"])
    assert (error.number, error.message) == (50409, "A calendar feed is read without a signed-in user.")
    assert error_of(engine, "get_lead_follow_up", lead_id=None).number == 50400


def test_the_feed_is_read_by_the_web_tiers_login_only_and_leaves_no_user_behind(pg):
    [made] = pg.call("create_calendar_feed", as_user="lu_rep")
    _step(pg, "lu_rep", "lu1")
    dba = pg_login(pg, "calendar_dba", "leadbase_api")
    with psycopg.connect(dba) as conn:
        with pytest.raises(psycopg.Error) as caught:
            conn.execute("SELECT * FROM app.read_calendar_feed(p_secret => %s)", (made["secret"],))
        assert caught.value.sqlstate == "LB403"
    # After the read, the transaction has no user again: nothing more is the owner's.
    with pg.gateway.session() as s:
        assert len(s.call("read_calendar_feed", secret=made["secret"])) == 1
        assert s.call("whoami") == []
        with pytest.raises(LeadbaseError) as caught:
            s.call("my_open_leads")
        assert caught.value.number == 50401


def test_a_leads_follow_up_for_whoever_sees_the_lead(engine):
    w = engine.world
    assert engine.call("get_lead_follow_up", as_user="lu_rep", lead_id=w.leads["lu1"]) == []  # undated
    event = _step(engine, "lu_rep", "lu1")
    for user in ("lu_rep", "lu_rep2", "lu_mgr", "multi_mgr", "admin"):
        [row] = engine.call("get_lead_follow_up", as_user=user, lead_id=w.leads["lu1"])
        assert (row["lead_id"], row["event_id"], row["next_step_at"]) == (w.leads["lu1"], event["event_id"], DAY)
    for user in ("ro_rep", "ro_mgr", "eg_rep", None):
        assert engine.call("get_lead_follow_up", as_user=user, lead_id=w.leads["lu1"]) == []
    assert engine.call("get_lead_follow_up", as_user="lu_rep", lead_id=MISSING_LEAD) == []
    engine.call("log_event", as_user="lu_rep", lead_id=w.leads["lu1"], event_type="call", new_status="lost")
    assert engine.call("get_lead_follow_up", as_user="lu_rep", lead_id=w.leads["lu1"]) == []
