"""Import overrides beside the release (issue 9), engine-agnostic: a false match
marked distinct becomes a new lead and is not matched again; two leads of one office
merged into one, whose history stays reachable. Every override needs a reason, and a
row or lead of another office fails like a missing one."""
from .helpers import error_of, without_numbers
from .imports_support import by_row, run_import

PHONE = "041 310 20 30"


def row(name, plz, ort, **more):
    return {"company_name": name, "plz": plz, "ort": ort, **more}


def _customer(engine, name="Kunde Holz AG", phone=PHONE):
    [lead] = engine.call("add_lead", as_user="lu_mgr", company_name=name, plz=6010, ort="Kriens", phone=phone)
    engine.call("log_event", as_user="lu_mgr", lead_id=lead["lead_id"], event_type="call", new_status="won")
    return lead["lead_id"]


# -- mark a false match as distinct -------------------------------------------------------

def test_a_false_match_marked_distinct_becomes_a_lead_and_is_not_matched_again(engine):
    customer = _customer(engine)
    # Another company behind the same switchboard number: held as if it were the customer.
    batch, _ = run_import(engine, [row("Schreinerei Anders GmbH", 6010, "Kriens", phone=PHONE)])
    [held] = by_row(engine, batch["batch_id"], as_user="lu_mgr").values()
    assert (held["reason_code"], held["matched_key"]) == ("already_customer", "phone")

    [marked] = engine.call("mark_import_row_distinct", as_user="lu_mgr", decision_id=held["decision_id"],
                           reason="Same switchboard, different company")
    assert marked["action"] == "distinct" and marked["lead_id"] not in (None, customer)
    [lead] = engine.call("get_lead", as_user="lu_mgr", lead_id=marked["lead_id"])
    assert (lead["company_name"], lead["status"]) == ("Schreinerei Anders GmbH", "new")
    assert by_row(engine, batch["batch_id"], as_user="lu_mgr")[1]["override_action"] == "distinct"

    # Later deliveries (one file each; in one file the shared phone makes them
    # duplicates of each other): the shared phone matches neither lead; each
    # company's own keys still match its own lead.
    def deliver(name, plz, tag, **more):
        later, _ = run_import(engine, [row(name, plz, "Kriens", phone=PHONE, **more)], content_hash=tag * 64)
        return by_row(engine, later["batch_id"], as_user="lu_mgr")[1]

    again = deliver("Schreinerei Anders", 6010, "d", street="Neuweg 2")
    assert (again["reason_code"], again["matched_key"], again["lead_id"]) == ("matched", "name_plz", marked["lead_id"])
    again = deliver("Kunde Holz", 6010, "e")
    assert (again["reason_code"], again["matched_key"]) == ("already_customer", "name_plz")
    assert deliver("Nur Telefon AG", 6011, "f")["reason_code"] == "routed"  # the shared number alone tells nothing


def test_mark_distinct_needs_a_reason_a_manager_and_a_row_held_by_a_lead(engine):
    _customer(engine)
    batch, _ = run_import(engine, [row("Schreinerei Anders GmbH", 6010, "Kriens", phone=PHONE),
                                   row("Ganz Neu AG", 6010, "Kriens"),
                                   row("Ganz Neu", 6010, "Kriens")])
    held, new, duplicate = (by_row(engine, batch["batch_id"], as_user="lu_mgr")[i]["decision_id"] for i in (1, 2, 3))
    error = error_of(engine, "mark_import_row_distinct", as_user="lu_mgr", decision_id=held, reason="  ")
    assert error.number == 50400 and "parameter reason" in error.message
    assert error_of(engine, "mark_import_row_distinct", as_user="lu_rep", decision_id=held,
                    reason="x").number == 50403
    for other in (new, duplicate):
        assert error_of(engine, "mark_import_row_distinct", as_user="lu_mgr", decision_id=other,
                        reason="x").number == 50409
    engine.call("mark_import_row_distinct", as_user="lu_mgr", decision_id=held, reason="different")
    for procedure in ("mark_import_row_distinct", "release_import_row"):
        assert error_of(engine, procedure, as_user="lu_mgr", decision_id=held, reason="again").number == 50409


def test_a_foreign_row_cannot_be_marked_distinct_and_fails_like_a_missing_one(engine):
    _customer(engine)
    batch, _ = run_import(engine, [row("Schreinerei Anders GmbH", 6010, "Kriens", phone=PHONE)])
    held = by_row(engine, batch["batch_id"], as_user="lu_mgr")[1]["decision_id"]
    for attacker in ("ro_mgr", "eg_rep"):
        foreign = error_of(engine, "mark_import_row_distinct", as_user=attacker, decision_id=held, reason="x")
        missing = error_of(engine, "mark_import_row_distinct", as_user=attacker, decision_id=987654321,
                           reason="x")
        assert foreign.number == missing.number
        assert without_numbers(foreign.message) == without_numbers(missing.message)
    assert by_row(engine, batch["batch_id"], as_user="lu_mgr")[1]["override_action"] is None


def test_a_row_held_by_another_offices_lead_is_marked_distinct_without_naming_it(engine):
    # A Romandie lead in its pipeline holds a Luzern row with the same phone.
    [ro_lead] = engine.call("add_lead", as_user="ro_mgr", company_name="Horlogerie Autre SA", plz=1003,
                            ort="Lausanne", phone=PHONE)
    batch, _ = run_import(engine, [row("Luzerner Uhren AG", 6003, "Luzern", phone=PHONE)])
    held = by_row(engine, batch["batch_id"], as_user="lu_mgr")[1]
    assert held["reason_code"] == "other_office_pipeline"
    [marked] = engine.call("mark_import_row_distinct", as_user="lu_mgr", decision_id=held["decision_id"],
                           reason="Not the same company")
    assert set(marked) == {"decision_id", "action", "lead_id", "overridden_at"}
    assert marked["lead_id"] != ro_lead["lead_id"]
    # The Romandie lead is untouched and still Romandie's alone.
    [still] = engine.call("get_lead", as_user="ro_mgr", lead_id=ro_lead["lead_id"])
    assert (still["company_name"], still["status"]) == ("Horlogerie Autre SA", "new")
    assert engine.call("get_lead", as_user="lu_mgr", lead_id=ro_lead["lead_id"]) == []


# -- merge two leads ----------------------------------------------------------------------

def test_merging_moves_history_to_the_survivor_and_later_deliveries_match_it(engine):
    w = engine.world
    [survivor] = engine.call("add_lead", as_user="lu_mgr", company_name="Pilatus Bau AG", plz=6003, ort="Luzern")
    [merged] = engine.call("add_lead", as_user="lu_mgr", company_name="Pilatusbau Luzern", plz=6005, ort="Luzern",
                           phone="041 555 66 77", email="info@pilatusbau.ch")
    engine.call("assign_lead", as_user="lu_mgr", lead_id=merged["lead_id"], user_id=w.users["lu_rep"])
    engine.call("log_event", as_user="lu_rep", lead_id=merged["lead_id"], event_type="call", note="Called the old one")

    [result] = engine.call("merge_leads", as_user="lu_mgr", survivor_lead_id=survivor["lead_id"],
                           merged_lead_id=merged["lead_id"], reason="Same company, two spellings")
    assert (result["survivor_lead_id"], result["merged_lead_id"]) == (survivor["lead_id"], merged["lead_id"])
    assert (result["event_count"], result["assignment_count"]) == (1, 1)
    assert engine.call("get_lead", as_user="lu_mgr", lead_id=merged["lead_id"]) == []
    [lead] = engine.call("get_lead", as_user="lu_mgr", lead_id=survivor["lead_id"])
    assert (lead["company_name"], lead["phone"], lead["email"]) == (
        "Pilatus Bau AG", "041 555 66 77", "info@pilatusbau.ch")  # empty fields filled
    assert lead["assigned_user_id"] == w.users["lu_rep"]  # the only current assignment moved
    history = engine.call("get_lead_history", as_user="lu_mgr", lead_id=survivor["lead_id"])
    notes = [h["note"] for h in history if h["note"]]
    assert "Called the old one" in notes
    assert any(n.startswith(f"Merged lead {merged['lead_id']} (Pilatusbau Luzern)") for n in notes)
    # The merged lead's old spelling is delivered again: it refreshes the survivor.
    batch, _ = run_import(engine, [row("Pilatusbau Luzern", 6005, "Luzern")])
    assert by_row(engine, batch["batch_id"], as_user="lu_mgr")[1]["lead_id"] == survivor["lead_id"]


def test_merge_needs_a_reason_a_manager_two_leads_and_one_office(engine):
    w = engine.world
    lu1, lu2, eg1 = w.leads["lu1"], w.leads["lu2"], w.leads["eg1"]
    error = error_of(engine, "merge_leads", as_user="lu_mgr", survivor_lead_id=lu1, merged_lead_id=lu1, reason="")
    assert error.number == 50400
    assert "parameter merged_lead_id" in error.message and "parameter reason" in error.message
    assert error_of(engine, "merge_leads", as_user="lu_rep", survivor_lead_id=lu1, merged_lead_id=lu2,
                    reason="x").number == 50403
    # A manager of Egeli and Luzern sees both leads, but they are of two offices.
    assert error_of(engine, "merge_leads", as_user="multi_mgr", survivor_lead_id=lu1, merged_lead_id=eg1,
                    reason="x").number == 50409
    assert engine.call("get_lead", as_user="multi_mgr", lead_id=eg1)


# -- the upload form's partners -----------------------------------------------------------

def test_list_partners_names_the_active_partners_for_managers_and_admins(engine):
    import json

    engine.call("save_partner", as_user="admin", partner_code="zeta", partner_name="Zeta Leads AG",
                column_map=json.dumps({"Firma": "company_name"}))
    engine.call("save_partner", as_user="admin", partner_code="alt", partner_name="Alt GmbH", is_active=False)
    rows = engine.call("list_partners", as_user="lu_mgr")
    assert [(r["partner_code"], r["partner_name"], r["column_count"]) for r in rows] == [("zeta", "Zeta Leads AG", 1)]
    assert error_of(engine, "list_partners", as_user="lu_rep").number == 50403
    assert error_of(engine, "list_partners").number == 50401


# -- contact windows ----------------------------------------------------------------------

def test_contact_windows_are_listed_with_their_history_for_admins(engine):
    current = {(w["office_code"], w["status_code"]): w["window_months"]
               for w in engine.call("list_contact_windows", as_user="admin")}
    assert current[(None, "lost")] == 12 and current[(None, "won")] is None
    engine.call("save_contact_window", as_user="admin", status_code="lost", window_months=24, office_code="romandie")
    engine.call("save_contact_window", as_user="admin", status_code="lost", window_months=18, office_code="romandie")
    now = {(w["office_code"], w["status_code"]): w for w in engine.call("list_contact_windows", as_user="admin")}
    assert now[("romandie", "lost")]["window_months"] == 18 and now[("romandie", "lost")]["valid_to"] is None
    assert now[("romandie", "lost")]["changed_by"] == "Ada Admin"
    history = [(h["window_months"], h["valid_to"] is None)
               for h in engine.call("list_contact_windows", as_user="admin", history=True)
               if (h["office_code"], h["status_code"]) == ("romandie", "lost")]
    assert history == [(18, True), (24, False)]  # newest first, the earlier one ended
    for user in ("lu_mgr", "lu_rep"):
        assert error_of(engine, "list_contact_windows", as_user=user).number == 50403
