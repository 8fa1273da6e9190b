"""Adversarial isolation: a user of one office tries every path to another office's
leads and gets nothing, and nothing that tells "another office" from "does not
exist" (rows, counts, errors, messages)."""
import datetime
import json

import pytest

from .helpers import MISSING_LEAD, error_of, without_numbers

# (attacker, the office they belong to, a lead of another office)
ATTACKS = [
    ("lu_rep", "ro1"), ("lu_mgr", "ro2"), ("lu_mgr", "eg1"), ("ro_rep", "lu1"),
    ("ro_mgr", "eg2"), ("eg_rep", "lu2"), ("multi_mgr", "ro1"),
]


def _same_failure(engine, procedure, attacker, foreign_id, **params):
    """The foreign lead and a missing lead fail identically (number and wording)."""
    foreign = error_of(engine, procedure, as_user=attacker, lead_id=foreign_id, **params)
    missing = error_of(engine, procedure, as_user=attacker, lead_id=MISSING_LEAD, **params)
    assert foreign.number == missing.number
    assert without_numbers(foreign.message) == without_numbers(missing.message)
    return foreign


@pytest.mark.parametrize("attacker,target", ATTACKS)
def test_foreign_lead_reads_like_a_missing_one(engine, attacker, target):
    lead = engine.world.leads[target]
    for procedure in ("get_lead", "get_lead_history"):
        assert engine.call(procedure, as_user=attacker, lead_id=lead) == []
        assert engine.call(procedure, as_user=attacker, lead_id=MISSING_LEAD) == []


@pytest.mark.parametrize("attacker,target", ATTACKS)
def test_foreign_lead_cannot_be_written(engine, attacker, target):
    w = engine.world
    lead = w.leads[target]
    assert _same_failure(engine, "log_event", attacker, lead, event_type="note", note="x").number == 50404
    # Assigning to the attacker's colleague and to the lead's own representative alike.
    for rep in ("lu_rep", "ro_rep", "eg_rep"):
        failure = _same_failure(engine, "assign_lead", attacker, lead, user_id=w.users[rep])
        assert failure.number in (50403, 50404)  # representatives may not assign at all
    # Nothing was written: the owner office sees an unchanged lead and history.
    owner = {"luzern": "lu_mgr", "romandie": "ro_mgr", "egeli": "eg_rep"}[w.offices[target]]
    history = engine.call("get_lead_history", as_user=owner, lead_id=lead)
    assert all(r["actor"] != attacker.replace("_", " ").title() for r in history)


@pytest.mark.parametrize("attacker,target", ATTACKS)
def test_foreign_leads_are_not_listed_counted_or_searchable(engine, attacker, target):
    w = engine.world
    lead = w.leads[target]
    [row] = engine.call("get_lead", as_user="admin", lead_id=lead)
    probes = [
        {}, {"search": row["company_name"][:6]}, {"search": row["ort"]},
        {"plz_from": row["plz"], "plz_to": row["plz"]}, {"status": row["status"]},
        {"assigned_to": row["assigned_user_id"] or w.users["ro_rep"]}, {"sort": "oldest"},
        {"page_size": 200},
    ]
    for probe in probes:
        rows = engine.call("list_leads", as_user=attacker, **probe)
        assert lead not in [r["lead_id"] for r in rows], probe
        assert row["company_name"] not in [r["company_name"] for r in rows], probe
        assert all(r["total_count"] == len(rows) for r in rows), probe


def test_counts_match_own_offices_exactly(engine):
    w = engine.world
    for user, offices in [("lu_rep", {"luzern"}), ("ro_mgr", {"romandie"}), ("eg_rep", {"egeli"}),
                          ("multi_mgr", {"luzern", "egeli"}), ("admin", {"luzern", "romandie", "egeli"})]:
        rows = engine.call("list_leads", as_user=user, page_size=200)
        expected = {w.leads[n] for n, o in w.offices.items() if o in offices}
        assert {r["lead_id"] for r in rows} == expected, user


def test_foreign_user_cannot_be_named_in_assignments(engine):
    w = engine.world
    foreign = error_of(engine, "assign_lead", as_user="lu_mgr", lead_id=w.leads["lu2"], user_id=w.users["ro_rep"])
    missing = error_of(engine, "assign_lead", as_user="lu_mgr", lead_id=w.leads["lu2"], user_id=987654)
    assert (foreign.number, foreign.message) == (missing.number, missing.message)


def test_managers_do_not_see_other_offices_people(engine):
    logins = {r["login_name"] for r in engine.call("list_users", as_user="lu_mgr")}
    assert not logins & {"ro.rep", "ro.mgr", "eg.rep"}


def test_no_user_or_a_deactivated_user_gets_nothing(engine):
    lead = engine.world.leads["lu1"]
    for user in (None, "gone_rep", 987654):
        assert engine.call("list_leads", as_user=user) == []
        assert engine.call("get_lead", as_user=user, lead_id=lead) == []
        assert engine.call("get_lead_history", as_user=user, lead_id=lead) == []
        assert error_of(engine, "log_event", as_user=user, lead_id=lead, event_type="note").number == 50401


def test_only_admins_reroute_change_the_mapping_or_apply_retention(engine):
    mapping = json.dumps([{"office_code": "luzern", "plz_from": 1000, "plz_to": 9999}])
    for user in ("lu_rep", "lu_mgr", "multi_mgr"):
        assert error_of(engine, "route_leads", as_user=user, dry_run=True).number == 50403
        assert error_of(engine, "set_plz_mapping", as_user=user, mapping=mapping, dry_run=True).number == 50403
        assert error_of(engine, "apply_retention", as_user=user, dry_run=True).number == 50403
        assert error_of(engine, "save_retention_period", as_user=user, retention_months=1).number == 50403
    for user in (None, "gone_rep"):
        assert error_of(engine, "apply_retention", as_user=user, dry_run=True).number == 50401
    # Nothing moved.
    assert engine.call("get_lead", as_user="lu_rep", lead_id=engine.world.leads["ro1"]) == []


def test_managers_do_not_learn_a_shared_colleagues_other_offices(engine):
    """multi_mgr works for Luzern and Egeli: a Luzern manager sees the Luzern part only;
    an admin (who manages every user) and multi_mgr themselves see both."""
    def codes(as_user):
        return {r["login_name"]: r["office_codes"] for r in engine.call("list_users", as_user=as_user)}
    assert codes("lu_mgr")["multi.mgr"] == "luzern"
    assert codes("admin")["multi.mgr"] == "egeli,luzern"
    assert engine.call("whoami", as_user="multi_mgr")[0]["office_codes"] == "egeli,luzern"


@pytest.mark.parametrize("rep", ["lu_rep", "ro_rep", "eg_rep"])
def test_next_best_leads_and_claims_stay_in_the_callers_office(engine, rep):
    w = engine.world
    office = {"lu_rep": "luzern", "ro_rep": "romandie", "eg_rep": "egeli"}[rep]
    own = {w.leads[n] for n in w.leads if w.offices[n] == office}
    assert {r["lead_id"] for r in engine.call("next_best_leads", as_user=rep, max_rows=50)} <= own
    claimed = []
    while rows := engine.call("claim_next_lead", as_user=rep):
        claimed.append(rows[0]["lead_id"])
    assert claimed and set(claimed) <= own
    # Other offices' leads are untouched and still offered to their own representatives.
    for other, other_rep in (("luzern", "lu_rep2"), ("romandie", "ro_rep"), ("egeli", "eg_rep")):
        if other != office:
            free = {r["lead_id"] for r in engine.call("next_best_leads", as_user=other_rep, max_rows=50)}
            assert free and not free & own


def test_other_offices_outcomes_never_move_a_representatives_ranking(engine):
    """Romandie's closed leads in the same segment change nothing in Luzern's ranks and
    reasons, and a Luzern manager cannot rebuild (or learn about) Romandie's counts."""
    def close(manager, rep, plz, ort, won, lost):
        with engine.gateway.session(as_user=engine.world.users[manager]) as s:
            for i in range(won + lost):
                [lead] = s.call("add_lead", company_name=f"Closed {ort} {i}", plz=plz, ort=ort,
                                size_category="small", phone="+41 21 000 00 00")
                s.call("assign_lead", lead_id=lead["lead_id"], user_id=engine.world.users[rep])
                s.call("log_event", lead_id=lead["lead_id"], event_type="call",
                       new_status="won" if i < won else "lost")
    # Luzern's record in size small decides lu_rep's factor: 3 of 22 (office and own).
    close("lu_mgr", "lu_rep", 6003, "Luzern", 3, 19)
    before = engine.call("next_best_leads", as_user="lu_rep", max_rows=50)
    assert "size small: you 3 of 22" in before[0]["reasons"]
    close("ro_mgr", "ro_rep", 1003, "Lausanne", 20, 5)
    engine.call("refresh_success_rates", as_user="admin")
    assert engine.call("next_best_leads", as_user="lu_rep", max_rows=50) == before
    assert "size small: you 20 of 25" in engine.call("next_best_leads", as_user="ro_rep")[0]["reasons"]
    foreign = error_of(engine, "refresh_success_rates", as_user="lu_mgr", office_code="romandie")
    unknown = error_of(engine, "refresh_success_rates", as_user="lu_mgr", office_code="nowhere")
    assert (foreign.number, foreign.message) == (unknown.number, unknown.message) == (
        50400, "The value for the parameter office_code is not supported. It must name one of your offices.")
    assert [r["office_code"] for r in engine.call("refresh_success_rates", as_user="lu_mgr")] == ["luzern"]


@pytest.mark.parametrize("attacker,target", [a for a in ATTACKS if not a[0].endswith("_rep")])
def test_a_foreign_lead_cannot_be_merged_either_way(engine, attacker, target):
    """app.merge_leads: another office's lead as survivor or as merged lead fails like
    a missing one, and nothing moves."""
    w = engine.world
    own = next(w.leads[name] for name, office in w.offices.items()
               if office in engine.call("whoami", as_user=attacker)[0]["office_codes"].split(","))
    foreign = w.leads[target]
    for survivor, merged, missing in ((own, foreign, (own, MISSING_LEAD)), (foreign, own, (MISSING_LEAD, own))):
        failed = error_of(engine, "merge_leads", as_user=attacker, survivor_lead_id=survivor,
                          merged_lead_id=merged, reason="probe")
        absent = error_of(engine, "merge_leads", as_user=attacker, survivor_lead_id=missing[0],
                          merged_lead_id=missing[1], reason="probe")
        assert failed.number == absent.number == 50404
        assert without_numbers(failed.message) == without_numbers(absent.message)
    assert engine.call("get_lead", as_user="admin", lead_id=foreign)
    assert engine.call("get_lead", as_user="admin", lead_id=own)


@pytest.mark.parametrize("attacker,target", ATTACKS)
def test_kpis_of_another_office_read_like_those_of_nothing(engine, attacker, target):
    """app.get_kpis: naming another office, its representative, or a time when the
    foreign lead was busier gives what a missing office or person gives."""
    w = engine.world
    office = w.offices[target]
    foreign_rep = {"luzern": "lu_rep", "romandie": "ro_rep", "egeli": "eg_rep"}[office]
    own = engine.call("get_kpis", as_user=attacker)
    assert own and office not in {r["office_code"] for r in own}
    assert engine.call("get_kpis", as_user=attacker, office_code=office) == []
    # The foreign representative's figures: the caller's office rows only, the same
    # as for a user id that does not exist.
    named = engine.call("get_kpis", as_user=attacker, user_id=w.users[foreign_rep])
    missing = engine.call("get_kpis", as_user=attacker, user_id=987654)
    assert named == missing
    assert all(r["user_id"] is None for r in named)
    # Work on the foreign lead changes none of the attacker's figures, now or as of then.
    before = engine.call("get_kpis", as_user=attacker)
    engine.call("log_event", as_user="admin", lead_id=w.leads[target], event_type="meeting", new_status="qualified")
    assert engine.call("get_kpis", as_user=attacker) == before


@pytest.mark.parametrize("rep,own", [("lu_rep", ("lu1",)), ("ro_rep", ("ro1", "ro2"))])
def test_the_home_page_questions_answer_only_about_the_callers_own_leads(engine, rep, own):
    """Other offices' leads, and colleagues' leads of the same office, never appear in a
    representative's open leads, alerts or figures, whatever happened to them."""
    w = engine.world
    # Work in every office: assignments, contacts, due steps, closed leads.
    for manager, lead, colleague in (("lu_mgr", "lu2", "lu_rep2"), ("ro_mgr", "ro2", "ro_rep"),
                                     ("multi_mgr", "eg1", "eg_rep")):
        engine.call("assign_lead", as_user=manager, lead_id=w.leads[lead], user_id=w.users[colleague])
        engine.call("log_event", as_user=manager, lead_id=w.leads[lead], event_type="call",
                    next_step="Call back", next_step_at=datetime.date.today())
    own_ids = {w.leads[n] for n in own}
    assert {r["lead_id"] for r in engine.call("my_open_leads", as_user=rep, max_rows=200)} == own_ids
    assert {r["lead_id"] for r in engine.call("my_alerts", as_user=rep)} <= own_ids
    figures = engine.call("my_figures", as_user=rep)
    # Only the caller's own leads count, and only the calls they logged (the world's one).
    assert sum(f["value"] for f in figures if f["figure"] == "leads_by_stage") == len(own_ids)
    assert [f["value"] for f in figures if f["figure"] == "contacts_this_week"] == [1]


# --- the calendar feed (db/CONTRACT.md, "Calendar feed") ------------------------------

def test_a_calendar_feed_never_carries_a_colleagues_or_another_offices_lead(engine):
    w = engine.world
    day = datetime.date(2030, 1, 31)
    engine.call("assign_lead", as_user="lu_mgr", lead_id=w.leads["lu2"], user_id=w.users["lu_rep"])
    engine.call("add_lead", as_user="lu_mgr", company_name="Kollegen AG", plz=6003, ort="Luzern")
    colleague_lead = engine.call("list_leads", as_user="lu_mgr", search="Kollegen")[0]["lead_id"]
    engine.call("assign_lead", as_user="lu_mgr", lead_id=colleague_lead, user_id=w.users["lu_rep2"])
    for user, lead in (("lu_rep", w.leads["lu1"]), ("lu_rep", w.leads["lu2"]), ("lu_rep2", colleague_lead),
                       ("ro_rep", w.leads["ro1"])):
        engine.call("log_event", as_user=user, lead_id=lead, event_type="call", next_step="Call back",
                    next_step_at=day)
    secrets = {user: engine.call("create_calendar_feed", as_user=user)[0]["secret"]
               for user in ("lu_rep", "lu_rep2", "ro_rep", "eg_rep", "lu_mgr")}

    def feed(user):
        return {r["lead_id"] for r in engine.call("read_calendar_feed", secret=secrets[user])}

    assert feed("lu_rep") == {w.leads["lu1"], w.leads["lu2"]}
    assert feed("lu_rep2") == {colleague_lead}
    assert feed("ro_rep") == {w.leads["ro1"]}
    assert feed("eg_rep") == feed("lu_mgr") == set()  # nothing assigned to them, not even their office's
    # Zug (lu2) moves to Egeli: its assignment stays lu_rep's, but the lead is another
    # office's now, and the feed reads as lu_rep does.
    mapping = [{"office_code": "luzern", "plz_from": 6000, "plz_to": 6299},
               {"office_code": "romandie", "plz_from": 1000, "plz_to": 2499},
               {"office_code": "romandie", "plz_from": 2800, "plz_to": 2999}]
    engine.call("set_plz_mapping", as_user="admin", mapping=json.dumps(mapping))
    assert engine.call("get_lead", as_user="eg_rep", lead_id=w.leads["lu2"]) != []
    assert feed("lu_rep") == {w.leads["lu1"]}
    assert feed("eg_rep") == set()


def test_a_revoked_or_replaced_calendar_link_reads_nothing(engine):
    w = engine.world
    engine.call("log_event", as_user="lu_rep", lead_id=w.leads["lu1"], event_type="call", next_step="Call back",
                next_step_at=datetime.date(2030, 1, 31))
    [old] = engine.call("create_calendar_feed", as_user="lu_rep")
    [new] = engine.call("create_calendar_feed", as_user="lu_rep")
    assert engine.call("read_calendar_feed", secret=old["secret"]) == []
    assert len(engine.call("read_calendar_feed", secret=new["secret"])) == 1
    engine.call("revoke_calendar_feed", as_user="lu_rep")
    assert engine.call("read_calendar_feed", secret=new["secret"]) == []
    # Nobody else can revoke or replace it, or read whose it was: the procedures take no user but the caller.
    [again] = engine.call("create_calendar_feed", as_user="lu_rep")
    engine.call("revoke_calendar_feed", as_user="ro_rep")
    engine.call("create_calendar_feed", as_user="lu_rep2")
    assert len(engine.call("read_calendar_feed", secret=again["secret"])) == 1
    assert engine.call("my_calendar_feed", as_user="ro_rep") == []  # not lu_rep's link


@pytest.mark.parametrize("attacker,target", ATTACKS)
def test_foreign_learned_scores_explain_like_missing_ones(engine, attacker, target):
    """Every office is fitted and rescored: a foreign lead's explanation is as empty as
    a missing lead's, and another office's code refits or rescores nothing."""
    w = engine.world
    with engine.gateway.session(as_user=w.users["admin"]) as s:
        for name in w.leads:
            s.call("log_event", lead_id=w.leads[name], event_type="call",
                   new_status="won" if name.endswith("1") else "lost")
        s.call("refit_scoring_model", holdout_percent=0)
        s.call("rescore_leads")
    lead = w.leads[target]
    assert engine.call("explain_score", as_user="admin", lead_id=lead) != []
    assert engine.call("explain_score", as_user=attacker, lead_id=lead) == []
    assert engine.call("explain_score", as_user=attacker, lead_id=MISSING_LEAD) == []
    foreign_office = w.offices[target]
    for procedure in ("rescore_leads", "refit_scoring_model"):
        if procedure == "refit_scoring_model" or attacker.endswith("_rep"):
            continue  # only admins refit, only managers and admins rescore (their own offices)
        foreign = error_of(engine, procedure, as_user=attacker, office_code=foreign_office)
        missing = error_of(engine, procedure, as_user=attacker, office_code="nowhere")
        assert (foreign.number, foreign.message) == (missing.number, missing.message)
    # The attacker's own rescore reports only their own offices.
    if not attacker.endswith("_rep"):
        rows = engine.call("rescore_leads", as_user=attacker)
        assert foreign_office not in {r["office_code"] for r in rows}


def test_a_manager_cannot_list_the_scoring_models(engine):
    """An admin is all-office by design, so the model list's guard is its role: a
    manager (LB403 / 50403) learns nothing of any office's model, not even their own."""
    engine.call("refit_scoring_model", as_user="admin", holdout_percent=0)
    for user in ("lu_mgr", "multi_mgr", "ro_mgr", "lu_rep"):
        for history in (False, True):
            assert error_of(engine, "list_scoring_models", as_user=user, history=history).number == 50403

def test_bulk_assignment_team_alerts_and_findings_tell_nothing_of_another_office(engine):
    """A Luzern manager through the bulk path (app.assign_leads), the team page's
    alerts (app.team_alerts) and the partner findings (app.list_inaccurate_leads)."""
    w = engine.world
    engine.call("give_lead_feedback", as_user="ro_mgr", lead_id=w.leads["ro1"], reason_code="data_inaccurate",
                note="Wrong phone")
    for lead_ids in ([w.leads["lu2"], w.leads["ro1"]], [w.leads["ro2"]]):
        foreign = error_of(engine, "assign_leads", as_user="lu_mgr", lead_ids=lead_ids, user_id=w.users["lu_rep"])
        missing = error_of(engine, "assign_leads", as_user="lu_mgr", user_id=w.users["lu_rep"],
                           lead_ids=[MISSING_LEAD if i != w.leads["lu2"] else i for i in lead_ids])
        assert (foreign.number, without_numbers(foreign.message)) == (missing.number,
                                                                      without_numbers(missing.message))
    foreign = error_of(engine, "assign_leads", as_user="lu_mgr", from_user_id=w.users["ro_rep"],
                       user_id=w.users["lu_rep"], note="Away")
    missing = error_of(engine, "assign_leads", as_user="lu_mgr", from_user_id=987654, user_id=w.users["lu_rep"],
                       note="Away")
    assert (foreign.number, foreign.message) == (missing.number, missing.message)
    assert engine.call("get_lead", as_user="ro_mgr", lead_id=w.leads["ro1"])[0]["assigned_user_id"] == \
        w.users["ro_rep"]
    assert {r["user_id"] for r in engine.call("team_alerts", as_user="lu_mgr")} == {w.users["lu_rep"],
                                                                                   w.users["lu_rep2"]}
    assert engine.call("team_alerts", as_user="lu_mgr", office_code="romandie") == []
    # ro1 was not delivered by a partner: no finding anywhere; Romandie's note never reaches Luzern.
    assert engine.call("list_inaccurate_leads", as_user="lu_mgr") == []
