"""The KPIs of the manager's office (app.get_kpis): one definition per figure, per
office and representative, for a period of business dates, now and as the database
knew them at a past instant. Engine-agnostic."""
import time
from datetime import date, datetime, timedelta, timezone

import pytest

from .helpers import error_of


def _figures(engine, as_user, **params):
    """{(kpi_code, office_code, user_id, bucket): (value, base, rate)}."""
    rows = engine.call("get_kpis", as_user=as_user, **params)
    return {(r["kpi_code"], r["office_code"], r["user_id"], r["bucket"]): (r["value"], r["base"], r["rate"])
            for r in rows}


def _luzern_office(figures):
    return {k: v for k, v in figures.items() if k[1] == "luzern" and k[2] is None}


def test_office_and_representative_figures_follow_their_formulas(engine):
    w = engine.world
    rep = w.users["lu_rep"]
    f = _figures(engine, "lu_mgr")
    assert {k[1] for k in f} == {"luzern"}
    # Open leads: lu1 (assigned to lu_rep, contacted) and lu2 (new, unassigned).
    assert f[("available", "luzern", None, None)] == (1, 2, 0.5)
    assert f[("assigned", "luzern", None, None)] == (1, 2, 0.5)
    assert f[("assigned", "luzern", rep, None)] == (1, None, None)
    # Both were delivered in the period; lu_rep called lu1.
    assert f[("contact_rate", "luzern", None, None)] == (1, 2, 0.5)
    assert f[("contact_rate", "luzern", rep, None)] == (1, 1, 1)
    value, base, rate = f[("first_contact_hours", "luzern", None, None)]
    assert base == 1 and 0 <= value < 1 and abs(rate - value) <= 0.005  # one lead: the average is its value
    assert f[("conversion", "luzern", None, "new")] == (2, 2, 1)
    assert f[("conversion", "luzern", None, "contacted")] == (1, 2, 0.5)
    assert f[("conversion", "luzern", None, "qualified")] == (0, 1, 0)
    assert f[("conversion", "luzern", None, "won")] == (0, 0, None)
    month = datetime.now(timezone.utc).strftime("%Y-%m")
    assert f[("conversion_month", "luzern", None, month)] == (0, 2, 0)
    assert f[("aging", "luzern", None, "d0_7")] == (2, None, None)
    assert f[("pipeline", "luzern", None, "new")] == (1, None, None)
    assert f[("pipeline", "luzern", None, "contacted")] == (1, None, None)
    assert f[("pipeline", "luzern", rep, "contacted")] == (1, None, None)
    assert f[("activity", "luzern", None, "call")] == (1, None, None)
    assert f[("activity", "luzern", rep, "call")] == (1, None, None)
    # One KPI alone is the same rows.
    only = _figures(engine, "lu_mgr", kpi_code="conversion")
    assert only == {k: v for k, v in f.items() if k[0] == "conversion"}


def test_the_period_selects_deliveries_and_events_by_business_date(engine):
    yesterday = date.today() - timedelta(days=1)
    f = _figures(engine, "lu_mgr", period_from=yesterday - timedelta(days=30), period_to=yesterday)
    kinds = {k[0] for k in f}
    # Nothing was delivered or done before today; the snapshot figures remain.
    assert kinds == {"available", "assigned", "aging", "pipeline"}


def test_as_of_a_past_instant_gives_the_figures_as_they_were(engine):
    w = engine.world
    before = _figures(engine, "lu_mgr")
    time.sleep(0.05)
    then = datetime.now(timezone.utc)
    time.sleep(0.05)
    engine.call("log_event", as_user="lu_rep", lead_id=w.leads["lu1"], event_type="meeting", new_status="qualified")
    engine.call("assign_lead", as_user="lu_mgr", lead_id=w.leads["lu2"], user_id=w.users["lu_rep2"])
    now = _figures(engine, "lu_mgr")
    assert now[("conversion", "luzern", None, "qualified")] == (1, 1, 1)
    assert now[("available", "luzern", None, None)] == (0, 2, 0)
    assert now[("assigned", "luzern", w.users["lu_rep2"], None)] == (1, None, None)
    assert _figures(engine, "lu_mgr", as_of=then) == before
    # Before anything existed, nothing counts.
    assert _figures(engine, "lu_mgr", as_of=datetime(2020, 1, 1, tzinfo=timezone.utc),
                    period_from=date(2019, 10, 1), period_to=date(2019, 12, 31)) == {}


def test_representatives_see_their_office_and_their_own_rows(engine):
    w = engine.world
    engine.call("assign_lead", as_user="lu_mgr", lead_id=w.leads["lu2"], user_id=w.users["lu_rep2"])
    mine = _figures(engine, "lu_rep")
    assert {k[2] for k in mine} == {None, w.users["lu_rep"]}
    assert _luzern_office(mine) == _luzern_office(_figures(engine, "lu_mgr"))
    # Asking for a colleague gives the office rows only.
    assert {k[2] for k in _figures(engine, "lu_rep", user_id=w.users["lu_rep2"])} == {None}
    team = _figures(engine, "lu_mgr", user_id=w.users["lu_rep2"])
    assert {k[2] for k in team} == {None, w.users["lu_rep2"]}


@pytest.mark.parametrize("caller,offices", [
    ("lu_mgr", {"luzern"}), ("ro_mgr", {"romandie"}), ("eg_rep", {"egeli"}), ("multi_mgr", {"egeli", "luzern"}),
    ("admin", {"luzern", "romandie", "egeli"}),
])
def test_each_caller_gets_figures_of_their_offices_only(engine, caller, offices):
    assert {k[1] for k in _figures(engine, caller)} == offices
    for office in {"luzern", "romandie", "egeli"} - offices:
        assert engine.call("get_kpis", as_user=caller, office_code=office) == []


def test_parameters_are_validated_together(engine):
    assert error_of(engine, "get_kpis").number == 50401
    error = error_of(engine, "get_kpis", as_user="lu_mgr", kpi_code="Funnel", office_code="bern",
                     period_from=date(2026, 3, 1), period_to=date(2026, 2, 1),
                     as_of=datetime.now(timezone.utc) + timedelta(days=1))
    assert error.number == 50400
    assert error.message == (
        "The value for the parameter kpi_code is not supported. Supported values are available, assigned, "
        "contact_rate, first_contact_hours, conversion, conversion_month, aging, pipeline, activity.; "
        "The value for the parameter period_from is not supported. It must not be after period_to.; "
        "The value for the parameter office_code is not supported. Supported values are luzern, romandie, egeli.; "
        "The value for the parameter as_of is not supported. It must not be in the future.")
    error = error_of(engine, "get_kpis", as_user="lu_mgr", period_from=date(2023, 1, 1), period_to=date(2026, 1, 1))
    assert error.message == "The value for the parameter period_to is not supported. A period spans at most 732 days."
