"""The representative's home page questions, one procedure each (app.my_open_leads,
app.my_alerts, app.my_figures): only the caller's own leads and work, nothing of
colleagues or other offices. Engine-agnostic, plus a PostgreSQL test that moves an
assignment into the past for the untouched alert."""
from datetime import date

import psycopg

from .helpers import error_of


def test_my_open_leads_are_my_current_open_assignments_with_their_next_step(engine):
    w = engine.world
    engine.call("log_event", as_user="lu_rep", lead_id=w.leads["lu1"], event_type="call",
                next_step="Send offer", next_step_at=date(2030, 1, 31))
    [row] = engine.call("my_open_leads", as_user="lu_rep")
    assert (row["lead_id"], row["status"], row["next_step"], row["next_step_at"]) == (
        w.leads["lu1"], "contacted", "Send offer", date(2030, 1, 31))
    assert row["last_contact_at"] is not None and (row["assigned_days"], row["age_days"]) == (0, 0)
    assert engine.call("my_open_leads", as_user="lu_rep2") == []
    assert {r["lead_id"] for r in engine.call("my_open_leads", as_user="ro_rep")} == {w.leads["ro1"]}
    # A closed lead is no longer open.
    engine.call("log_event", as_user="lu_rep", lead_id=w.leads["lu1"], event_type="call", new_status="lost")
    assert engine.call("my_open_leads", as_user="lu_rep") == []
    assert error_of(engine, "my_open_leads", as_user="lu_rep", max_rows=0).number == 50400
    assert error_of(engine, "my_open_leads").number == 50401


def test_alerts_tell_new_assignments_since_the_last_visit_and_steps_due_today(engine):
    w = engine.world
    first = engine.call("my_alerts", as_user="lu_rep")
    # lu1 was assigned by the manager before the first visit.
    assert [(a["alert_kind"], a["lead_id"], a["detail"]) for a in first] == [
        ("new_assignment", w.leads["lu1"], "Lu Mgr")]
    assert engine.call("my_alerts", as_user="lu_rep") == []  # seen
    engine.call("assign_lead", as_user="lu_mgr", lead_id=w.leads["lu2"], user_id=w.users["lu_rep"])
    engine.call("log_event", as_user="lu_rep", lead_id=w.leads["lu1"], event_type="email",
                next_step="Call back", next_step_at=date.today())
    alerts = engine.call("my_alerts", as_user="lu_rep")
    assert [(a["alert_kind"], a["lead_id"]) for a in alerts] == [
        ("due_today", w.leads["lu1"]), ("new_assignment", w.leads["lu2"])]
    assert (alerts[0]["detail"], alerts[0]["due_on"]) == ("Call back", date.today())
    # A claim of one's own is no news; colleagues and other offices see none of it.
    engine.call("add_lead", as_user="lu_mgr", company_name="Claimbar AG", plz=6003, ort="Luzern")
    [claimed] = engine.call("claim_next_lead", as_user="lu_rep2")
    assert all(a["lead_id"] != claimed["lead_id"] for a in engine.call("my_alerts", as_user="lu_rep2"))
    for other in ("lu_rep2", "ro_rep", "eg_rep"):
        assert not {w.leads["lu1"], w.leads["lu2"]} & {a["lead_id"] for a in engine.call("my_alerts", as_user=other)}
    assert error_of(engine, "my_alerts").number == 50401


def test_office_settings_are_for_admins_and_the_offices_managers(engine):
    [row] = engine.call("save_office_setting", as_user="lu_mgr", office_code="luzern", untouched_alert_days=3)
    assert (row["office_code"], row["untouched_alert_days"]) == ("luzern", 3)
    foreign = error_of(engine, "save_office_setting", as_user="lu_mgr", office_code="romandie",
                       untouched_alert_days=3)
    unknown = error_of(engine, "save_office_setting", as_user="lu_mgr", office_code="nowhere",
                       untouched_alert_days=3)
    assert (foreign.number, foreign.message) == (unknown.number, unknown.message)
    error = error_of(engine, "save_office_setting", as_user="admin", office_code="luzern", untouched_alert_days=0)
    assert (error.number, error.message) == (
        50400, "The value for the parameter untouched_alert_days is not supported. It must be between 1 and 365.")
    assert error_of(engine, "save_office_setting", as_user="lu_rep", office_code="luzern",
                    untouched_alert_days=3).number == 50403


def test_untouched_leads_alert_after_the_offices_number_of_days(pg):
    w = pg.world
    pg.call("assign_lead", as_user="lu_mgr", lead_id=w.leads["lu2"], user_id=w.users["lu_rep"])
    pg.call("my_alerts", as_user="lu_rep")
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")  # no history: only the test's clock
        conn.execute("UPDATE core.lead_assignment SET assigned_at = now() - interval '6 days' "
                     "WHERE lead_id = %s AND assigned_until IS NULL", (w.leads["lu2"],))
    [alert] = pg.call("my_alerts", as_user="lu_rep")
    assert (alert["alert_kind"], alert["lead_id"], alert["days"]) == ("untouched", w.leads["lu2"], 6)
    pg.call("save_office_setting", as_user="admin", office_code="luzern", untouched_alert_days=7)
    assert pg.call("my_alerts", as_user="lu_rep") == []
    pg.call("save_office_setting", as_user="admin", office_code="luzern", untouched_alert_days=5)
    pg.call("log_event", as_user="lu_rep", lead_id=w.leads["lu2"], event_type="note", note="Touched")
    assert pg.call("my_alerts", as_user="lu_rep") == []


def test_my_figures_count_only_my_own_work(engine):
    w = engine.world
    engine.call("log_event", as_user="lu_rep", lead_id=w.leads["lu1"], event_type="call")
    engine.call("log_event", as_user="lu_rep", lead_id=w.leads["lu1"], event_type="meeting", new_status="won")
    engine.call("log_event", as_user="lu_rep", lead_id=w.leads["lu1"], event_type="note", note="Not a contact")
    engine.call("log_event", as_user="lu_mgr", lead_id=w.leads["lu2"], event_type="call")  # not mine
    figures = engine.call("my_figures", as_user="lu_rep")
    by = {(f["figure"], f["stage"]): f for f in figures}
    assert by[("contacts_this_week", None)]["value"] == 3  # and the world's call on lu1
    assert by[("contacts_last_week", None)]["value"] == 0
    stages = [f for f in figures if f["figure"] == "leads_by_stage"]
    assert [f["stage"] for f in stages] == ["new", "assigned", "contacted", "qualified", "won", "lost",
                                            "do_not_contact"]
    assert (by[("leads_by_stage", "won")]["value"], float(by[("leads_by_stage", "won")]["share"])) == (1, 1.0)
    assert sum(f["value"] for f in stages) == 1
    assert [f["value"] for f in engine.call("my_figures", as_user="lu_rep2")] == [0] * 9
