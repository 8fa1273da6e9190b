"""The next best lead and atomic claiming (app.next_best_leads, app.claim_next_lead,
core.rank_next_leads), engine-agnostic, plus a PostgreSQL test with real parallel
connections that no lead is ever given to two representatives."""
import json
import re
import threading
from datetime import datetime, timedelta, timezone

import psycopg
import pytest

from .helpers import error_of
from .imports_support import run_import


def _add_leads(engine, as_user, count, **fields):
    """count new leads with the given fields; their ids, oldest first."""
    defaults = {"company_name": "Test AG", "plz": 6003, "ort": "Luzern", "size_category": "small",
                "phone": "+41 41 000 00 00"}
    with engine.gateway.session(as_user=engine.world.users[as_user]) as s:
        return [s.call("add_lead", **{**defaults, **fields, "company_name": f"{fields.get('company_name', 'Test')} {i}"})[0]
                ["lead_id"] for i in range(count)]


def _close(engine, lead_ids, rep, status):
    """A Luzern manager assigns each lead to rep and records its outcome."""
    w = engine.world
    with engine.gateway.session(as_user=w.users["lu_mgr"]) as s:
        for lead in lead_ids:
            s.call("assign_lead", lead_id=lead, user_id=w.users[rep])
            s.call("log_event", lead_id=lead, event_type="call", new_status=status)


def test_next_best_leads_are_the_callers_unassigned_open_leads_best_first(engine):
    w = engine.world
    extra = _add_leads(engine, "lu_mgr", 3)
    rows = engine.call("next_best_leads", as_user="lu_rep")
    ids = [r["lead_id"] for r in rows]
    # lu1 is assigned, ro*/eg* belong to other offices.
    assert set(ids) == {w.leads["lu2"], *extra}
    assert [r["rank_no"] for r in rows] == list(range(1, len(rows) + 1))
    assert [r["expected_value"] for r in rows] == sorted((r["expected_value"] for r in rows), reverse=True)
    top = rows[0]
    # Nothing learned yet, nothing waiting: expected value is the score.
    assert (top["success_factor"], top["aging_factor"]) == (1, 1)
    assert top["expected_value"] == top["score"]
    assert top["reasons"] == f"score {top['score']}"
    assert len(engine.call("next_best_leads", as_user="lu_rep", max_rows=2)) == 2


def test_next_best_leads_rules(engine):
    assert error_of(engine, "next_best_leads", as_user="lu_mgr").number == 50403
    assert error_of(engine, "next_best_leads").number == 50401
    assert error_of(engine, "next_best_leads", as_user="gone_rep").number == 50401
    error = error_of(engine, "next_best_leads", as_user="lu_rep", max_rows=51)
    assert (error.number, error.message) == (
        50400, "The value for the parameter max_rows is not supported. It must be between 1 and 50.")


def test_own_success_with_similar_leads_lifts_them_and_reasons_show_only_own_counts(engine):
    # 24 closed IT-services leads in Luzern: lu_rep won 5 of 6, colleagues 3 of 18.
    it = dict(branche="62.01", canton="LU")
    mine = _add_leads(engine, "lu_mgr", 6, company_name="Mine", **it)
    theirs = _add_leads(engine, "lu_mgr", 18, company_name="Theirs", **it)
    _close(engine, mine[:5], "lu_rep", "won")
    _close(engine, mine[5:], "lu_rep", "lost")
    _close(engine, theirs[:3], "lu_rep2", "won")
    _close(engine, theirs[3:], "lu_rep2", "lost")
    [similar] = _add_leads(engine, "lu_mgr", 1, company_name="Similar", **it)           # score 40
    [bigger] = _add_leads(engine, "lu_mgr", 1, company_name="Bigger", size_category="large",
                          branche="47.11", canton="ZG")                                  # score 70
    rows = {r["lead_id"]: r for r in engine.call("next_best_leads", as_user="lu_rep")}
    assert rows[similar]["score"] < rows[bigger]["score"]
    assert rows[similar]["rank_no"] < rows[bigger]["rank_no"]
    assert rows[similar]["success_factor"] > 1 and rows[bigger]["success_factor"] == 1
    assert "branche 62: you 5 of 6 (x" in rows[similar]["reasons"]
    # The colleague's record lowers nothing of theirs into lu_rep's reasons, and their own
    # ranking rests on their own outcomes.
    assert "3 of 18" not in rows[similar]["reasons"]
    theirs_view = {r["lead_id"]: r for r in engine.call("next_best_leads", as_user="lu_rep2")}
    assert theirs_view[similar]["success_factor"] < 1
    assert "you 3 of 18" in theirs_view[similar]["reasons"]


def _ranked(engine, rep="lu_rep"):
    return {r["lead_id"]: r for r in engine.call("next_best_leads", as_user=rep, max_rows=50)}


def test_suppressed_star_entries_and_leads_inside_their_window_are_never_proposed(engine):
    [plain] = _add_leads(engine, "lu_mgr", 1, company_name="Plain", phone="+41 41 111 11 11")
    [starred] = _add_leads(engine, "lu_mgr", 1, company_name="Starred", phone="+41 41 555 66 77")
    engine.call("add_suppressions", as_user="admin", entries=json.dumps([{"phone": "+41 41 555 66 77"}]))
    # Entered after the suppression: not marked no_advertising, but its phone is on the list.
    [suppressed] = _add_leads(engine, "lu_mgr", 1, company_name="Later", phone="041 555 66 77")
    [called] = _add_leads(engine, "lu_mgr", 1, company_name="Called", phone="+41 41 222 22 22")
    # A manager's call on an unassigned lead: contacted, inside its 6-month window.
    engine.call("log_event", as_user="lu_mgr", lead_id=called, event_type="call")
    ranked = _ranked(engine)
    assert plain in ranked
    assert not {starred, suppressed, called} & set(ranked)
    # No window for contacted leads in Luzern (0 months): the called lead is back.
    engine.call("save_contact_window", as_user="admin", status_code="contacted", window_months=0,
                office_code="luzern")
    assert called in _ranked(engine)
    assert not {starred, suppressed} & set(_ranked(engine))
    # Nobody can claim what is not proposed.
    while rows := engine.call("claim_next_lead", as_user="lu_rep"):
        assert rows[0]["lead_id"] not in (starred, suppressed)


def test_leads_age_from_their_delivery_not_from_their_entry(engine):
    received = datetime.now(timezone.utc) - timedelta(days=45)
    _, result = run_import(engine, [{"company_name": "Alt Geliefert AG", "plz": 6003, "ort": "Luzern",
                                     "size_category": "small", "phone": "+41 41 333 33 33"}],
                           as_user="lu_mgr", received_at=received)
    assert result["new_count"] == 1
    [old] = [r for r in _ranked(engine).values() if r["company_name"] == "Alt Geliefert AG"]
    assert (old["age_days"], old["aging_factor"]) == (45, 1.25)
    assert old["reasons"].endswith("; waiting 45 days (x1.25)")
    assert old["expected_value"] == round(old["score"] * 1.25, 2)
    fresh = _ranked(engine)[engine.world.leads["lu2"]]
    assert (fresh["age_days"], fresh["aging_factor"]) == (0, 1)


def test_success_counts_are_kept_per_office_and_refreshed_on_demand(engine):
    it = dict(branche="62.01", canton="LU")
    leads = _add_leads(engine, "lu_mgr", 24, company_name="Closed", **it)
    _close(engine, leads[:4], "lu_rep", "won")
    _close(engine, leads[4:], "lu_rep2", "lost")
    [similar] = _add_leads(engine, "lu_mgr", 1, company_name="Similar", **it)
    before = _ranked(engine)[similar]
    assert "branche 62: you 4 of 4" in before["reasons"]
    # Outcomes after the counts were taken show once they are rebuilt (at the latest
    # after ten minutes, or at once when a manager asks).
    more = _add_leads(engine, "lu_mgr", 2, company_name="More", **it)
    _close(engine, more, "lu_rep", "lost")
    assert _ranked(engine)[similar]["reasons"] == before["reasons"]
    [refreshed] = engine.call("refresh_success_rates", as_user="lu_mgr")
    assert (refreshed["office_code"], refreshed["outcome_count"]) == ("luzern", 26)
    after = _ranked(engine)[similar]
    assert "branche 62: you 4 of 6" in after["reasons"]
    branche_factor = lambda row: float(re.search(r"branche 62: you \d+ of \d+ \(x([\d.]+)\)", row["reasons"])[1])  # noqa: E731
    assert branche_factor(after) < branche_factor(before)
    assert error_of(engine, "refresh_success_rates", as_user="lu_rep").number == 50403
    assert error_of(engine, "refresh_success_rates").number == 50401


def test_claim_next_lead_takes_the_top_lead_and_records_why(engine):
    w = engine.world
    [top] = engine.call("next_best_leads", as_user="lu_rep", max_rows=1)
    [claimed] = engine.call("claim_next_lead", as_user="lu_rep")
    assert (claimed["lead_id"], claimed["expected_value"]) == (top["lead_id"], top["expected_value"])
    assert claimed["lead_capacity"] is None and claimed["open_lead_count"] == 2  # lu1 and this one
    lead = engine.call("get_lead", as_user="lu_rep", lead_id=top["lead_id"])[0]
    assert (lead["assigned_user_id"], lead["status"]) == (w.users["lu_rep"], "assigned")
    assert top["lead_id"] not in [r["lead_id"] for r in engine.call("next_best_leads", as_user="lu_rep2")]
    # Luzern has no unassigned lead left: nothing to take, no error.
    assert engine.call("claim_next_lead", as_user="lu_rep2") == []
    assert engine.call("next_best_leads", as_user="lu_rep2") == []


def test_claim_next_lead_refuses_beyond_capacity(engine):
    engine.call("save_user", as_user="admin", login_name="lu.rep", display_name="Lu Rep",
                role_code="representative", office_codes="luzern", lead_capacity=1)
    error = error_of(engine, "claim_next_lead", as_user="lu_rep")
    assert (error.number, error.message) == (50409, "You have 1 open leads and your capacity is 1: "
                                                     "close or hand back a lead before taking another.")
    assert engine.call("next_best_leads", as_user="lu_rep") == []
    assert engine.call("get_lead", as_user="lu_mgr", lead_id=engine.world.leads["lu2"])[0]["assigned_user_id"] is None
    assert error_of(engine, "claim_next_lead", as_user="lu_mgr").number == 50403
    assert error_of(engine, "claim_next_lead").number == 50401


def test_representatives_rank_and_claim_only_their_own_office(engine):
    w = engine.world
    foreign = {w.leads[n] for n in w.leads if w.offices[n] != "romandie"}
    assert not foreign & {r["lead_id"] for r in engine.call("next_best_leads", as_user="ro_rep")}
    [claimed] = engine.call("claim_next_lead", as_user="ro_rep")
    assert claimed["lead_id"] == w.leads["ro2"]
    assert engine.call("claim_next_lead", as_user="ro_rep") == []
    # Luzern's leads are still there for Luzern.
    assert w.leads["lu2"] in [r["lead_id"] for r in engine.call("next_best_leads", as_user="lu_rep")]


def _assignment_reasons(pg, lead_id):
    with psycopg.connect(pg.admin_url) as conn:
        return [r[0] for r in conn.execute(
            "SELECT reason_code FROM core.lead_assignment WHERE lead_id = %s ORDER BY assignment_id", (lead_id,))]


def test_every_assignment_records_why(pg):
    w = pg.world
    [claimed] = pg.call("claim_next_lead", as_user="lu_rep")
    pg.call("assign_lead", as_user="lu_mgr", lead_id=claimed["lead_id"], user_id=w.users["lu_rep2"], note="Absent")
    assert _assignment_reasons(pg, claimed["lead_id"]) == ["claimed", "reassigned"]
    assert _assignment_reasons(pg, w.leads["lu1"]) == ["assigned"]


def test_parallel_claims_never_give_a_lead_twice(pg):
    """12 representatives claim 4 times each at once, on 12 connections, for 30 leads."""
    reps = []
    with pg.gateway.session(as_user=pg.world.users["admin"]) as s:
        for i in range(12):
            reps.append(s.call("save_user", login_name=f"par.rep{i}", display_name=f"Par Rep {i}",
                               role_code="representative", office_codes="luzern")[0]["user_id"])
    _add_leads(pg, "lu_mgr", 29)
    start = threading.Barrier(len(reps))
    claims, errors = [], []

    def claimer(user_id):
        start.wait()
        for _ in range(4):
            try:
                claims.extend((user_id, r["lead_id"]) for r in pg.gateway.call("claim_next_lead", as_user=user_id))
            except Exception as error:  # noqa: BLE001 -- any error fails the test below
                errors.append(error)

    threads = [threading.Thread(target=claimer, args=(rep,)) for rep in reps]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    leads = [lead for _, lead in claims]
    assert len(leads) == len(set(leads)) == 30  # lu2 and the 29 new ones, each once
    with psycopg.connect(pg.admin_url) as conn:
        assert conn.execute("""SELECT count(*) FROM core.lead_assignment
                               WHERE assigned_until IS NULL AND reason_code = 'claimed'""").fetchone()[0] == 30
