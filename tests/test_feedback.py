"""Representatives' feedback on a lead's quality (app.give_lead_feedback), and what it
feeds: the next best lead's do-not-contact windows, the lead's timeline and the
partner-quality report. Engine-agnostic."""

import pytest

from .helpers import MISSING_LEAD, error_of, without_numbers
from .imports_support import run_import

REASONS = ["interested", "not_interested", "wrong_segment", "data_inaccurate", "already_customer",
           "not_reachable", "closed_down"]


def _ranked(engine, rep="lu_rep2"):
    return {r["lead_id"] for r in engine.call("next_best_leads", as_user=rep, max_rows=50)}


def test_the_reasons_are_one_list_with_labels_in_three_languages(engine):
    codes = engine.call("list_codes", list_name="feedback_reason")
    assert [c["code"] for c in codes] == REASONS
    assert all(c["label_de"] and c["label_fr"] and c["label_en"] for c in codes)


def test_a_representative_rates_an_own_lead_and_it_shows_in_the_timeline(engine):
    lead = engine.world.leads["lu1"]  # assigned to lu_rep
    [row] = engine.call("give_lead_feedback", as_user="lu_rep", lead_id=lead, reason_code="data_inaccurate",
                        note="  Phone belongs to another company  ")
    assert (row["lead_id"], row["reason_code"], row["window_status_code"]) == (lead, "data_inaccurate", None)
    [entry] = [h for h in engine.call("get_lead_history", as_user="lu_rep", lead_id=lead)
               if h["entry_kind"] == "feedback"]
    assert (entry["detail"], entry["note"], entry["actor"]) == (
        "data_inaccurate", "Phone belongs to another company", "Lu Rep")


def test_feedback_rules(engine):
    w = engine.world
    error = error_of(engine, "give_lead_feedback", as_user="lu_rep", lead_id=w.leads["lu1"], reason_code="meh",
                     note="x" * 1001)
    assert error.number == 50400
    assert error.message == (
        "The value for the parameter reason_code is not supported. Supported values are "
        + ", ".join(REASONS) + "."
        "; The value for the parameter note is not supported. It must not be longer than 1000 characters.")
    # Representatives rate only their own leads; managers any lead of their offices.
    error = error_of(engine, "give_lead_feedback", as_user="lu_rep2", lead_id=w.leads["lu1"],
                     reason_code="interested")
    assert error.number == 50403
    assert engine.call("give_lead_feedback", as_user="lu_mgr", lead_id=w.leads["lu2"], reason_code="interested")
    assert error_of(engine, "give_lead_feedback", lead_id=w.leads["lu1"], reason_code="interested").number == 50401


@pytest.mark.parametrize("attacker,target", [("lu_rep", "ro1"), ("lu_mgr", "eg1"), ("ro_mgr", "lu2")])
def test_another_offices_lead_reads_like_a_missing_one(engine, attacker, target):
    foreign = error_of(engine, "give_lead_feedback", as_user=attacker, lead_id=engine.world.leads[target],
                       reason_code="wrong_segment")
    missing = error_of(engine, "give_lead_feedback", as_user=attacker, lead_id=MISSING_LEAD,
                       reason_code="wrong_segment")
    assert foreign.number == missing.number == 50404
    assert without_numbers(foreign.message) == without_numbers(missing.message)
    # Nothing was written on the foreign lead.
    owner = {"ro1": "ro_mgr", "eg1": "multi_mgr", "lu2": "lu_mgr"}[target]
    assert not [h for h in engine.call("get_lead_history", as_user=owner, lead_id=engine.world.leads[target])
                if h["entry_kind"] == "feedback"]


def test_feedback_opens_its_do_not_contact_window_for_the_next_best_lead(engine):
    lead = engine.world.leads["lu2"]  # unassigned: a candidate for lu_rep2
    assert lead in _ranked(engine)
    for reason, proposed in [("data_inaccurate", True), ("not_interested", False), ("interested", True),
                             ("already_customer", False), ("not_reachable", True), ("closed_down", False)]:
        [row] = engine.call("give_lead_feedback", as_user="lu_mgr", lead_id=lead, reason_code=reason)
        assert (lead in _ranked(engine)) is proposed, reason
    assert (row["window_status_code"], row["window_months"]) == ("do_not_contact", None)
    # not_interested opens the lost window (12 months): shortened to 0 for Luzern, the lead is back.
    engine.call("give_lead_feedback", as_user="lu_mgr", lead_id=lead, reason_code="not_interested")
    assert lead not in _ranked(engine)
    engine.call("save_contact_window", as_user="admin", status_code="lost", window_months=0, office_code="luzern")
    assert lead in _ranked(engine)


def test_data_inaccurate_findings_count_per_partner_for_the_callers_offices(engine):
    rows = [{"company_name": f"Partner Firma {i}", "plz": 6003, "ort": "Luzern", "size_category": "small",
             "phone": f"+41 41 444 44 0{i}"} for i in range(4)]
    _, result = run_import(engine, rows, as_user="lu_mgr")
    assert result["new_count"] == 4
    leads = [r["lead_id"] for r in engine.call("list_leads", as_user="lu_mgr", search="Partner Firma")]
    engine.call("give_lead_feedback", as_user="lu_mgr", lead_id=leads[0], reason_code="data_inaccurate")
    engine.call("give_lead_feedback", as_user="lu_mgr", lead_id=leads[0], reason_code="data_inaccurate")
    engine.call("give_lead_feedback", as_user="lu_mgr", lead_id=leads[1], reason_code="wrong_segment")
    [quality] = engine.call("get_partner_quality", as_user="lu_mgr", partner_code="acme")
    assert (quality["lead_count"], quality["data_inaccurate_count"]) == (4, 1)
    assert float(quality["data_inaccurate_share"]) == 0.25
    # Romandie's managers see nothing of Luzern's findings.
    assert engine.call("get_partner_quality", as_user="ro_mgr", partner_code="acme") == []


def test_erasure_clears_feedback_notes(engine):
    lead = engine.world.leads["lu2"]
    engine.call("give_lead_feedback", as_user="lu_mgr", lead_id=lead, reason_code="wrong_segment",
                note="Owner Hans Muster says no")
    engine.call("erase_lead", as_user="lu_mgr", lead_id=lead, reason="Request of the company")
    [entry] = [h for h in engine.call("get_lead_history", as_user="lu_mgr", lead_id=lead)
               if h["entry_kind"] == "feedback"]
    assert (entry["detail"], entry["note"]) == ("wrong_segment", None)


def test_merging_a_rated_lead_moves_its_feedback_to_the_survivor(engine):
    [survivor] = engine.call("add_lead", as_user="lu_mgr", company_name="Doppel Holz AG", plz=6004, ort="Luzern")
    [merged] = engine.call("add_lead", as_user="lu_mgr", company_name="Doppel-Holz", plz=6004, ort="Luzern")
    engine.call("give_lead_feedback", as_user="lu_mgr", lead_id=merged["lead_id"], reason_code="already_customer")
    engine.call("merge_leads", as_user="lu_mgr", survivor_lead_id=survivor["lead_id"],
                merged_lead_id=merged["lead_id"], reason="Same company")
    kinds = [(h["entry_kind"], h["detail"]) for h in
             engine.call("get_lead_history", as_user="lu_mgr", lead_id=survivor["lead_id"])]
    assert ("feedback", "already_customer") in kinds
    # The survivor now carries the customer's window: never proposed.
    assert survivor["lead_id"] not in _ranked(engine)
