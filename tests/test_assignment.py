"""Manager assignment (app.assign_leads, app.assign_lead as its one-lead case):
many leads at once or everything a representative holds, all or nothing, the first
problem named, a reason for every reassignment, and nothing learned about other
offices. Engine-agnostic, plus PostgreSQL checks of the recorded reasons."""
import psycopg
import pytest

from .helpers import MISSING_LEAD, error_of, without_numbers


def _add(engine, count, manager="lu_mgr", plz=6003, ort="Luzern"):
    with engine.gateway.session(as_user=engine.world.users[manager]) as s:
        return [s.call("add_lead", company_name=f"Bulk {ort} {i} AG", plz=plz, ort=ort)[0]["lead_id"]
                for i in range(count)]


def _holder(engine, lead_id, as_user="lu_mgr"):
    return engine.call("get_lead", as_user=as_user, lead_id=lead_id)[0]["assigned_user_id"]


def test_many_leads_go_to_one_representative_in_one_call(engine):
    w = engine.world
    extra = _add(engine, 2)
    ids = [w.leads["lu2"], *extra]
    rows = engine.call("assign_leads", as_user="lu_mgr", lead_ids=ids, user_id=w.users["lu_rep2"])
    assert [r["lead_id"] for r in rows] == sorted(ids)
    assert all(r["user_id"] == w.users["lu_rep2"] and r["previous_user_id"] is None for r in rows)
    assert len({r["assignment_id"] for r in rows}) == 3 and all(r["assigned_at"] for r in rows)
    for lead in ids:
        lead_row = engine.call("get_lead", as_user="lu_mgr", lead_id=lead)[0]
        assert (lead_row["assigned_user_id"], lead_row["status"]) == (w.users["lu_rep2"], "assigned")
    # Again, with one lead already theirs and one taken from a colleague: the reason is needed.
    again = [w.leads["lu1"], *ids]
    error = error_of(engine, "assign_leads", as_user="lu_mgr", lead_ids=again, user_id=w.users["lu_rep2"])
    assert (error.number, error.message) == (
        50400, "The value for the parameter note is not supported. It must give the reason for the "
               f"reassignment of the lead {w.leads['lu1']}.")
    assert _holder(engine, w.leads["lu1"]) == w.users["lu_rep"]
    rows = engine.call("assign_leads", as_user="lu_mgr", lead_ids=again, user_id=w.users["lu_rep2"], note="Workload")
    by = {r["lead_id"]: r for r in rows}
    assert by[w.leads["lu1"]]["previous_user_id"] == w.users["lu_rep"]
    assert all(by[i]["previous_user_id"] == w.users["lu_rep2"] for i in ids)  # unchanged, already theirs


def test_all_or_nothing_with_the_first_problem_named(engine):
    w = engine.world
    extra = _add(engine, 2)
    engine.call("log_event", as_user="lu_mgr", lead_id=extra[1], event_type="call", new_status="won")
    cases = [
        ([w.leads["lu2"], MISSING_LEAD, MISSING_LEAD + 1], 50404, f"The lead {MISSING_LEAD} was not found."),
        ([w.leads["lu2"], extra[1]], 50409, f"The lead {extra[1]} is won and cannot be assigned."),
    ]
    for ids, number, message in cases:
        error = error_of(engine, "assign_leads", as_user="lu_mgr", lead_ids=ids, user_id=w.users["lu_rep2"])
        assert (error.number, error.message) == (number, message)
    # A representative of another office, inactive, or no representative: one answer.
    for user in ("ro_rep", "gone_rep", "lu_mgr"):
        error = error_of(engine, "assign_leads", as_user="lu_mgr", lead_ids=[w.leads["lu2"], extra[0]],
                         user_id=w.users[user])
        assert (error.number, error.message) == (
            50400, "The value for the parameter user_id is not supported. "
                   "It must be an active representative of the lead's office.")
    # Nothing changed anywhere.
    assert _holder(engine, w.leads["lu2"]) is None and _holder(engine, extra[0]) is None
    error = error_of(engine, "assign_leads", as_user="lu_mgr", lead_ids=[], user_id=None, note="x" * 501)
    assert (error.number, error.message) == (
        50400, "The value for the parameter lead_ids is not supported. It must name at least one lead unless "
               "from_user_id is given.; The value for the parameter user_id is not supported. It must not be "
               "empty.; The value for the parameter note is not supported. It must not be longer than 500 "
               "characters.")
    assert error_of(engine, "assign_leads", as_user="lu_rep", lead_ids=[w.leads["lu2"]],
                    user_id=w.users["lu_rep"]).number == 50403
    assert error_of(engine, "assign_leads", lead_ids=[w.leads["lu2"]], user_id=w.users["lu_rep"]).number == 50401


def test_assign_lead_is_the_one_lead_case(engine):
    w = engine.world
    error = error_of(engine, "assign_lead", as_user="lu_mgr", lead_id=w.leads["lu1"], user_id=w.users["lu_rep2"])
    assert (error.number, error.message) == (
        50400, "The value for the parameter note is not supported. It must give the reason for the "
               f"reassignment of the lead {w.leads['lu1']}.")
    [row] = engine.call("assign_lead", as_user="lu_mgr", lead_id=w.leads["lu1"], user_id=w.users["lu_rep2"],
                        note="  Holiday cover ")
    assert row["previous_user_id"] == w.users["lu_rep"]
    blank = error_of(engine, "assign_lead", as_user="lu_mgr", lead_id=w.leads["lu1"], user_id=w.users["lu_rep"],
                     note="   ")
    assert blank.number == 50400


def test_an_absent_representatives_open_leads_go_to_a_colleague(engine):
    w = engine.world
    extra = _add(engine, 3)
    engine.call("assign_leads", as_user="lu_mgr", lead_ids=extra, user_id=w.users["lu_rep"])
    engine.call("log_event", as_user="lu_rep", lead_id=extra[2], event_type="call", new_status="lost")
    params = {"from_user_id": w.users["lu_rep"], "user_id": w.users["lu_rep2"]}
    error = error_of(engine, "assign_leads", as_user="lu_mgr", **params)
    assert (error.number, error.message) == (
        50400, "The value for the parameter note is not supported. It must give the reason for the reassignment.")
    preview = engine.call("assign_leads", as_user="lu_mgr", note="Holiday", dry_run=True, **params)
    open_ids = sorted([w.leads["lu1"], extra[0], extra[1]])
    assert [(r["lead_id"], r["assignment_id"], r["previous_user_id"]) for r in preview] == [
        (i, None, w.users["lu_rep"]) for i in open_ids]
    assert _holder(engine, extra[0]) == w.users["lu_rep"]  # the dry run changed nothing
    rows = engine.call("assign_leads", as_user="lu_mgr", note="Holiday", **params)
    assert [r["lead_id"] for r in rows] == open_ids and all(r["assignment_id"] for r in rows)
    assert [_holder(engine, i) for i in open_ids] == [w.users["lu_rep2"]] * 3
    assert _holder(engine, extra[2]) == w.users["lu_rep"]  # closed leads stay where they were
    assert engine.call("assign_leads", as_user="lu_mgr", note="Holiday", **params) == []  # nothing left
    both = error_of(engine, "assign_leads", as_user="lu_mgr", lead_ids=[extra[0]], note="x", **params)
    assert both.number == 50400 and "It must be empty when from_user_id is given." in both.message
    same = error_of(engine, "assign_leads", as_user="lu_mgr", from_user_id=w.users["lu_rep"],
                    user_id=w.users["lu_rep"], note="x")
    assert same.message == ("The value for the parameter from_user_id is not supported. "
                            "It must not be the representative who gets the leads.")


@pytest.mark.parametrize("attacker,foreign_lead,foreign_rep", [
    ("lu_mgr", "ro1", "ro_rep"), ("ro_mgr", "lu1", "lu_rep"), ("multi_mgr", "ro2", "ro_rep")])
def test_other_offices_leads_and_people_read_like_missing_ones(engine, attacker, foreign_lead, foreign_rep):
    w = engine.world
    own = {"lu_mgr": "lu2", "ro_mgr": "ro2", "multi_mgr": "lu2"}[attacker]
    own_rep = {"lu_mgr": "lu_rep", "ro_mgr": "ro_rep", "multi_mgr": "lu_rep"}[attacker]
    for rep in (own_rep, foreign_rep):
        foreign = error_of(engine, "assign_leads", as_user=attacker, user_id=w.users[rep],
                           lead_ids=[w.leads[own], w.leads[foreign_lead]])
        missing = error_of(engine, "assign_leads", as_user=attacker, user_id=w.users[rep],
                           lead_ids=[w.leads[own], MISSING_LEAD])
        assert (foreign.number, without_numbers(foreign.message)) == (missing.number,
                                                                      without_numbers(missing.message))
        assert foreign.number == 50404
    # Another office's representative as the one who is away: as a missing user.
    foreign = error_of(engine, "assign_leads", as_user=attacker, from_user_id=w.users[foreign_rep],
                       user_id=w.users[own_rep], note="Away")
    missing = error_of(engine, "assign_leads", as_user=attacker, from_user_id=987654,
                       user_id=w.users[own_rep], note="Away")
    assert (foreign.number, foreign.message) == (missing.number, missing.message) == (
        50400, "The value for the parameter from_user_id is not supported. "
               "It must be a representative of your offices.")
    owner = "ro_mgr" if w.offices[foreign_lead] == "romandie" else "lu_mgr"
    assert _holder(engine, w.leads[foreign_lead], as_user=owner) in (None, w.users[foreign_rep])


def test_every_assignment_records_why(pg):
    w = pg.world
    [lead] = _add(pg, 1)
    pg.call("assign_leads", as_user="lu_mgr", lead_ids=[lead], user_id=w.users["lu_rep"])
    pg.call("assign_leads", as_user="lu_mgr", from_user_id=w.users["lu_rep"], user_id=w.users["lu_rep2"],
            note="Absent")
    with psycopg.connect(pg.admin_url) as conn:
        rows = conn.execute("SELECT reason_code, note FROM core.lead_assignment WHERE lead_id = %s "
                            "ORDER BY assignment_id", (lead,)).fetchall()
        assert rows == [("assigned", None), ("reassigned", "Absent")]
    # The fairness audit's missing piece, the reason, is in bi.lead_assignment.
    with psycopg.connect(pg.admin_url) as conn:
        columns = [r[0] for r in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'bi' "
            "AND table_name = 'lead_assignment' ORDER BY ordinal_position").fetchall()]
    assert columns[-1] == "reason_code"


def test_the_team_page_counts_each_representatives_alerts_by_the_home_page_rule(pg):
    from datetime import date
    w = pg.world
    extra = _add(pg, 2)
    pg.call("assign_leads", as_user="lu_mgr", lead_ids=[w.leads["lu2"], *extra], user_id=w.users["lu_rep2"])
    pg.call("log_event", as_user="lu_rep", lead_id=w.leads["lu1"], event_type="call", next_step="Call back",
            next_step_at=date.today())
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")  # no history: only the test's clock
        conn.execute("UPDATE core.lead_assignment SET assigned_at = now() - interval '6 days' "
                     "WHERE lead_id = ANY(%s) AND assigned_until IS NULL", ([w.leads["lu2"], extra[0]],))
    rows = pg.call("team_alerts", as_user="lu_mgr")
    by = {r["display_name"]: (r["open_lead_count"], r["untouched_count"], r["due_today_count"]) for r in rows}
    assert by == {"Lu Rep": (1, 0, 1), "Lu Rep2": (3, 2, 0)}  # gone_rep: inactive, holds nothing
    # The same rule as each representative's own alerts.
    for name in ("lu_rep", "lu_rep2"):
        kinds = [a["alert_kind"] for a in pg.call("my_alerts", as_user=name)]
        row = next(r for r in rows if r["user_id"] == w.users[name])
        assert (kinds.count("untouched"), kinds.count("due_today")) == (row["untouched_count"],
                                                                        row["due_today_count"])
    assert pg.call("team_alerts", as_user="lu_mgr", office_code="romandie") == []
    assert pg.call("team_alerts", as_user="lu_mgr", office_code="nowhere") == []
    assert {r["office_code"] for r in pg.call("team_alerts", as_user="multi_mgr")} == {"luzern", "egeli"}
    assert "Ro Rep" not in {r["display_name"] for r in pg.call("team_alerts", as_user="lu_mgr")}
    assert error_of(pg, "team_alerts", as_user="lu_rep").number == 50403
    assert error_of(pg, "team_alerts").number == 50401


def _rated_deliveries(engine):
    """A partner delivers two Luzern and one Romandie lead; each office rates one inaccurate."""
    from .imports_support import run_import
    rows = [{"company_name": "Falsch Nummer AG", "plz": 6003, "ort": "Luzern", "size_category": "small",
             "phone": "+41 41 555 55 01", "email": "info@falsch.ch"},
            {"company_name": "Richtig AG", "plz": 6003, "ort": "Luzern", "phone": "+41 41 555 55 02"},
            {"company_name": "Faux Numéro SA", "plz": 1003, "ort": "Lausanne", "phone": "+41 21 555 55 03"}]
    batch, result = run_import(engine, rows)
    leads = {r["company_name"]: r["lead_id"] for r in engine.call("list_leads", as_user="admin", search="AG")
             + engine.call("list_leads", as_user="admin", search="SA")}
    engine.call("give_lead_feedback", as_user="lu_mgr", lead_id=leads["Falsch Nummer AG"],
                reason_code="data_inaccurate", note="Phone belongs to a bakery")
    engine.call("give_lead_feedback", as_user="lu_mgr", lead_id=leads["Richtig AG"], reason_code="interested")
    engine.call("give_lead_feedback", as_user="ro_mgr", lead_id=leads["Faux Numéro SA"],
                reason_code="data_inaccurate", note="Fermée")
    return batch, leads


def test_inaccurate_findings_list_the_partners_delivered_fields_for_the_callers_offices(engine):
    batch, leads = _rated_deliveries(engine)
    [row] = engine.call("list_inaccurate_leads", as_user="lu_mgr")
    assert (row["partner_code"], row["batch_id"], row["lead_id"], row["office_code"], row["rated_by"],
            row["note"]) == ("acme", batch["batch_id"], leads["Falsch Nummer AG"], "luzern", "Lu Mgr",
                             "Phone belongs to a bakery")
    assert (row["company_name"], row["plz"], row["phone"], row["email"], row["file_name"]) == (
        "Falsch Nummer AG", "6003", "+41 41 555 55 01", "info@falsch.ch", "delivery.csv")
    assert [r["lead_id"] for r in engine.call("list_inaccurate_leads", as_user="admin", partner_code=" ACME ")] == \
        sorted([leads["Falsch Nummer AG"], leads["Faux Numéro SA"]])
    # Romandie's manager sees Romandie's finding only; nobody else's, and no partner by another name.
    assert [r["note"] for r in engine.call("list_inaccurate_leads", as_user="ro_mgr")] == ["Fermée"]
    assert engine.call("list_inaccurate_leads", as_user="lu_mgr", partner_code="nobody") == []
    assert error_of(engine, "list_inaccurate_leads", as_user="lu_rep").number == 50403
    assert error_of(engine, "list_inaccurate_leads").number == 50401
