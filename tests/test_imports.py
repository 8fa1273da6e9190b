"""Partner imports (issue 9), engine-agnostic: batches, decisions with reasons,
deduplication against every lead and within the batch, windows, idempotence,
atomicity and isolation of outcomes."""
import json
from datetime import date, datetime, timezone

import psycopg
import pytest

from .helpers import error_of, without_numbers
from .imports_support import by_row, decisions, ensure_partner, run_import

ROMANDIE_UID = "CHE-144.272.509"   # valid check digit
LUZERN_UID = "CHE-273.878.287"


def relativedelta_months(months):
    today = date.today()
    month = today.month - 1 + months
    return date(today.year + month // 12, month % 12 + 1, today.day) - today


def row(name, plz, ort, **more):
    return {"company_name": name, "plz": plz, "ort": ort, **more}


# -- new, refreshed, duplicate, invalid ------------------------------------------------

def test_new_rows_are_routed_by_plz_and_carry_the_delivery_date(engine):
    batch, result = run_import(engine, [
        row("Rigi Bäckerei GmbH", 6353, "Weggis", phone="041 390 11 22"),
        row("Café du Rhône SA", 1204, "Genève", email="info@cafe-rhone.ch"),
        row("Säntis Metallbau AG", 9000, "St. Gallen"),
    ])
    assert result["already_imported"] is False and result["status"] == "imported"
    assert (result["row_count"], result["new_count"], result["other_office_count"]) == (3, 3, 0)
    rows = by_row(engine, batch["batch_id"])
    assert [rows[i]["office_code"] for i in (1, 2, 3)] == ["luzern", "romandie", "egeli"]
    assert {d["reason_code"] for d in rows.values()} == {"routed"}
    [lead] = engine.call("get_lead", as_user="lu_mgr", lead_id=rows[1]["lead_id"])
    assert lead["company_name"] == "Rigi Bäckerei GmbH" and lead["status"] == "new"
    assert lead["source_batch"] == f"acme #{batch['batch_id']}"


def test_redelivery_in_another_spelling_refreshes_the_lead(engine):
    first, _ = run_import(engine, [row("Rigi Bäckerei GmbH", 6353, "Weggis", phone="041 390 11 22",
                                       uid=LUZERN_UID)])
    lead_id = by_row(engine, first["batch_id"])[1]["lead_id"]
    # Same phone in E.164, UID without punctuation and with MWST, name folded differently.
    later = [
        row("RIGI BAECKEREI", 6353, "Weggis", phone="+41 (0)41 390 11 22", street="Seestrasse 1"),
        row("Andere Firma AG", 6353, "Weggis", uid=LUZERN_UID.replace("-", "").replace(".", "") + " MWST"),
        row("Rigi-Bäckerei", 6353, "Weggis", email="hallo@rigi-baeckerei.ch"),
    ]
    batch, result = run_import(engine, later, content_hash="1" * 64)
    rows = by_row(engine, batch["batch_id"])
    assert (rows[1]["reason_code"], rows[1]["matched_key"], rows[1]["lead_id"]) == ("matched", "phone", lead_id)
    # Row 2 would refresh the same lead (by UID): a duplicate of row 1, not a second refresh.
    assert (rows[2]["reason_code"], rows[2]["duplicate_of_row"]) == ("in_batch", 1)
    # Row 3: 'Rigi-Bäckerei' folds to the same name as 'Rigi Bäckerei GmbH' at the same PLZ.
    assert (rows[3]["reason_code"], rows[3]["duplicate_of_row"]) == ("in_batch", 1)
    assert (result["refreshed_count"], result["new_count"]) == (1, 0)
    [lead] = engine.call("get_lead", as_user="lu_mgr", lead_id=lead_id)
    assert lead["street"] == "Seestrasse 1" and lead["company_name"] == "RIGI BAECKEREI"
    timeline = engine.call("get_lead_history", as_user="lu_mgr", lead_id=lead_id)
    deliveries = [(h["entry_kind"], h["detail"]) for h in timeline if h["entry_kind"] in ("delivered", "refreshed")]
    assert deliveries == [("delivered", "acme: delivery.csv, row 1"), ("refreshed", "acme: delivery.csv, row 1")]


def test_duplicates_within_the_batch_point_at_the_first_row(engine):
    batch, result = run_import(engine, [
        row("Pilatus Treuhand AG", 6003, "Luzern", email="Info@Pilatus-Treuhand.ch"),
        row("Other name", 6005, "Luzern", email="info@pilatus-treuhand.ch"),
        row("Pilatus Treuhand", 6003, "Luzern"),
        row("Unrelated GmbH", 6004, "Luzern"),
    ])
    rows = by_row(engine, batch["batch_id"])
    assert [rows[i]["reason_code"] for i in (1, 2, 3, 4)] == ["routed", "in_batch", "in_batch", "routed"]
    assert rows[2]["duplicate_of_row"] == rows[3]["duplicate_of_row"] == 1
    assert (result["new_count"], result["duplicate_count"]) == (2, 2)


def test_invalid_rows_name_the_field_and_an_invalid_uid_is_only_a_finding(engine):
    batch, result = run_import(engine, [
        row(None, 6003, "Luzern"),
        row("Ohne PLZ AG", "D-79539", "Lörrach"),
        row("Kurz AG", 6003, None),
        row("Mail AG", 6003, "Luzern", email="not an address"),
        row("Grösse AG", 6003, "Luzern", size_category="huge"),
        row("Prüfziffer AG", 6003, "Luzern", uid="CHE-123.456.789"),
    ])
    rows = by_row(engine, batch["batch_id"])
    assert [(rows[i]["reason_code"], rows[i]["field_name"]) for i in range(1, 6)] == [
        ("missing_value", "company_name"), ("invalid_value", "plz"), ("missing_value", "ort"),
        ("invalid_value", "email"), ("invalid_value", "size_category")]
    assert rows[6]["reason_code"] == "routed" and rows[6]["uid_finding"] is True
    [lead] = engine.call("get_lead", as_user="admin", lead_id=rows[6]["lead_id"])
    assert lead["uid"] is None
    assert rows[2]["office_code"] == "egeli"  # a PLZ that is not Swiss goes to the catch-all office
    assert result["invalid_count"] == 5


# -- suppression ----------------------------------------------------------------------

def _lead_with_status(engine, name, plz, ort, status, uid=None, as_user="lu_mgr"):
    [lead] = engine.call("add_lead", as_user=as_user, company_name=name, plz=plz, ort=ort, uid=uid)
    engine.call("log_event", as_user=as_user, lead_id=lead["lead_id"], event_type="call", new_status=status)
    return lead["lead_id"]


def test_each_suppression_says_its_reason_and_date(engine):
    _lead_with_status(engine, "Kunde Holz AG", 6010, "Kriens", "won")
    _lead_with_status(engine, "Nie Wieder GmbH", 6010, "Kriens", "do_not_contact")
    _lead_with_status(engine, "Verloren AG", 6010, "Kriens", "lost")
    batch, result = run_import(engine, [
        row("Kunde Holz", 6010, "Kriens"),
        row("Nie Wieder", 6010, "Kriens"),
        row("VERLOREN", 6010, "Kriens"),
    ])
    rows = by_row(engine, batch["batch_id"], as_user="lu_mgr")
    assert [rows[i]["reason_code"] for i in (1, 2, 3)] == ["already_customer", "do_not_contact",
                                                           "contacted_recently"]
    assert rows[2]["until_date"] is None  # do not contact: for good by default
    until = rows[3]["until_date"]
    assert until == (date.today() + relativedelta_months(12))  # lost: 12 months from the call
    assert {rows[i]["matched_key"] for i in (1, 2, 3)} == {"name_plz"}
    assert all(rows[i]["lead_id"] is None for i in (1, 2, 3))
    assert result["suppressed_count"] == 3


def test_a_lost_lead_comes_back_after_its_window(engine):
    lost = _lead_with_status(engine, "Verloren AG", 6010, "Kriens", "lost")
    [window] = engine.call("save_contact_window", as_user="admin", status_code="lost", window_months=0,
                           office_code="luzern")
    assert (window["office_code"], window["window_months"]) == ("luzern", 0)
    batch, result = run_import(engine, [row("Verloren AG", 6010, "Kriens")])
    assert result["refreshed_count"] == 1
    assert by_row(engine, batch["batch_id"])[1]["lead_id"] == lost


def test_another_offices_pipeline_holds_the_row_without_naming_it(engine):
    # A Romandie lead with a UID; the partner delivers the same company's Luzern branch.
    [ro] = engine.call("add_lead", as_user="ro_mgr", company_name="Montres Genève SA", plz=1204, ort="Genève",
                       uid=ROMANDIE_UID)
    batch, result = run_import(engine, [row("Montres Genève Filiale Luzern", 6004, "Luzern", uid=ROMANDIE_UID)],
                               as_user="lu_mgr")
    [held] = decisions(engine, batch["batch_id"], as_user="lu_mgr")
    assert (held["reason_code"], held["matched_key"], held["office_code"]) == (
        "other_office_pipeline", "uid", "luzern")
    assert held["lead_id"] is None and held["until_date"] is None
    assert "romandie" not in json.dumps(held, default=str) and ro["lead_id"] not in (held["lead_id"], held["row_no"])
    assert result["suppressed_count"] == 1


def test_the_suppression_list_holds_matching_rows_and_marks_leads(engine):
    [lead] = engine.call("add_lead", as_user="lu_mgr", company_name="Robinson AG", plz=6003, ort="Luzern",
                         phone="041 555 66 77")
    error = error_of(engine, "add_suppressions", as_user="admin", entries='[{"plz": "6003"}, {"phone": "1"}]')
    assert error.number == 50400 and "Entries 1, 2 have no usable key" in error.message
    assert error_of(engine, "add_suppressions", as_user="lu_mgr", entries='[{"phone": "041 555 66 77"}]').number == 50403
    [added] = engine.call("add_suppressions", as_user="admin", entries=json.dumps([
        {"phone": "+41 41 555 66 77"}, {"website": "https://www.werbefrei.ch/", "until_date": "2099-12-31"}]))
    assert (added["entry_count"], added["key_count"], added["lead_count"]) == (2, 2, 1)
    batch, _ = run_import(engine, [row("Werbefrei AG", 6003, "Luzern", website="werbefrei.ch/kontakt"),
                                   row("Andere AG", 6005, "Luzern", phone="0415556677")])
    rows = by_row(engine, batch["batch_id"])
    assert [(rows[i]["reason_code"], rows[i]["matched_key"]) for i in (1, 2)] == [
        ("suppression_list", "domain"), ("suppression_list", "phone")]
    assert rows[1]["until_date"].isoformat() == "2099-12-31" and rows[2]["until_date"] is None


# -- batches: idempotence, atomicity ----------------------------------------------------

def test_the_same_file_twice_is_a_no_op_that_says_so(engine):
    rows = [row("Einmal AG", 6003, "Luzern")]
    first, result = run_import(engine, rows)
    again, second = run_import(engine, rows)
    assert second is None and again["already_imported"] is True and again["batch_id"] == first["batch_id"]
    assert engine.call("list_leads", as_user="lu_mgr", search="Einmal")[0]["total_count"] == 1
    # Deciding an imported batch again only reports it.
    [repeat] = engine.call("import_batch", as_user="admin", batch_id=first["batch_id"])
    assert repeat["already_imported"] is True and repeat["new_count"] == result["new_count"]


def test_a_failed_import_leaves_only_a_failed_batch(engine):
    ensure_partner(engine)
    admin = engine.world.users["admin"]
    [batch] = engine.call("start_import", as_user="admin", partner_code="acme", file_name="broken.csv",
                          content_hash="2" * 64, received_at="2026-11-02")
    with pytest.raises(RuntimeError):
        with engine.gateway.session(as_user=admin) as s:
            s.call("stage_import_rows", batch_id=batch["batch_id"],
                   rows=json.dumps([{"row_no": 1, "company_name": "Halb AG", "plz": "6003", "ort": "Luzern"}]))
            s.call("import_batch", batch_id=batch["batch_id"])
            raise RuntimeError("the reader died after the decisions, before the commit")
    [failed] = engine.call("fail_import", as_user="admin", batch_id=batch["batch_id"], error_message="reader died")
    assert failed["status"] == "failed"
    assert engine.call("list_leads", as_user="admin", search="Halb AG") == []
    assert decisions(engine, batch["batch_id"]) == []
    [listed] = engine.call("list_import_batches", as_user="admin", batch_id=batch["batch_id"])
    assert (listed["status"], listed["error_message"], listed["new_count"]) == ("failed", "reader died", 0)
    assert error_of(engine, "import_batch", as_user="admin", batch_id=batch["batch_id"]).number == 50409
    # The same file can be imported afterwards.
    assert run_import(engine, [row("Halb AG", 6003, "Luzern")], content_hash="2" * 64)[1]["new_count"] == 1


def test_a_killed_import_leaves_a_receiving_batch_and_nothing_else(engine):
    if engine.name != "postgres":
        pytest.skip("kills a PostgreSQL backend")
    ensure_partner(engine)
    [batch] = engine.call("start_import", as_user="admin", partner_code="acme", file_name="killed.csv",
                          content_hash="3" * 64, received_at="2026-11-02")
    conn = engine.gateway.connect()
    conn.execute("SELECT set_config('app.user_id', %s, true)", (str(engine.world.users["admin"]),))
    with conn.cursor().copy("COPY stage.import_row (batch_id, row_no, company_name, plz, ort) FROM STDIN") as copy:
        copy.write_row((batch["batch_id"], 1, "Getötet AG", "6003", "Luzern"))
    with psycopg.connect(engine.admin_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (conn.info.backend_pid,))
    with pytest.raises(psycopg.OperationalError):
        conn.execute("SELECT 1")
    [listed] = engine.call("list_import_batches", as_user="admin", batch_id=batch["batch_id"])
    assert listed["status"] == "receiving"
    with psycopg.connect(engine.admin_url) as admin:
        assert admin.execute("SELECT count(*) FROM stage.import_row").fetchone()[0] == 0


# -- parameters and roles -------------------------------------------------------------------

def test_start_import_reports_every_invalid_parameter(engine):
    error = error_of(engine, "start_import", as_user="admin", partner_code="nobody", file_name=" ",
                     content_hash="xyz", received_at="2999-01-01")
    assert error.number == 50400
    for name in ("partner_code", "file_name", "content_hash", "received_at"):
        assert f"parameter {name} is not supported" in error.message


def test_representatives_cannot_import_or_review(engine):
    ensure_partner(engine)
    assert error_of(engine, "start_import", as_user="lu_rep", partner_code="acme", file_name="x.csv",
                    content_hash="4" * 64, received_at="2026-11-02").number == 50403
    assert error_of(engine, "list_import_batches", as_user="lu_rep").number == 50403
    assert error_of(engine, "save_partner", as_user="lu_mgr", partner_code="x", partner_name="X").number == 50403


def test_partner_column_map_is_checked_and_read_back(engine):
    ensure_partner(engine)
    columns = engine.call("get_partner_columns", as_user="lu_mgr", partner_code="ACME")
    assert {(c["source_header"], c["field_name"]) for c in columns} == {
        ("firma", "company_name"), ("ort / localité", "ort")}
    error = error_of(engine, "save_partner", as_user="admin", partner_code="acme", partner_name="Acme",
                     column_map='{"Firma": "firm", "PLZ": "plz"}')
    assert error.number == 50400 and "firm" in error.message


# -- isolation ----------------------------------------------------------------------------------

def test_a_luzern_manager_learns_nothing_about_romandie_rows(engine):
    w = engine.world
    # The file holds a Romandie company Romandie already has, and a new Romandie one.
    batch, result = run_import(engine, [
        row("Boulangerie du Lac", 1003, "Lausanne"),       # ro1: refreshed in Romandie
        row("Nouvelle Sàrl", 1003, "Lausanne"),            # new in Romandie
        row("Luzerner Neu AG", 6003, "Luzern"),
    ], as_user="lu_mgr")
    assert (result["new_count"], result["refreshed_count"], result["other_office_count"]) == (1, 0, 2)
    assert [d["company_name"] for d in decisions(engine, batch["batch_id"], as_user="lu_mgr")] == ["Luzerner Neu AG"]
    [listed] = engine.call("list_import_batches", as_user="lu_mgr", batch_id=batch["batch_id"])
    assert (listed["new_count"], listed["refreshed_count"]) == (1, 0)
    # Romandie sees its rows; the refreshed one is its own lead.
    ro_rows = decisions(engine, batch["batch_id"], as_user="ro_mgr")
    assert {(d["reason_code"], d["lead_id"] == w.leads["ro1"]) for d in ro_rows} == {
        ("matched", True), ("routed", False)}
    [ro_listed] = engine.call("list_import_batches", as_user="ro_mgr", batch_id=batch["batch_id"])
    assert (ro_listed["new_count"], ro_listed["refreshed_count"]) == (1, 1)
    # Egeli has no row in the batch and does not see it at all.
    multi = engine.call("list_import_batches", as_user="multi_mgr", batch_id=batch["batch_id"])
    assert [(m["new_count"], m["refreshed_count"]) for m in multi] == [(1, 0)]


def test_someone_elses_batch_reads_like_a_missing_one(engine):
    ensure_partner(engine)
    [batch] = engine.call("start_import", as_user="ro_mgr", partner_code="acme", file_name="r.csv",
                          content_hash="5" * 64, received_at="2026-11-02")
    rows = json.dumps([{"row_no": 1, "company_name": "X SA", "plz": "1003", "ort": "Lausanne"}])
    for procedure, params in (("import_batch", {}), ("stage_import_rows", {"rows": rows}), ("fail_import", {})):
        foreign = error_of(engine, procedure, as_user="lu_mgr", batch_id=batch["batch_id"], **params)
        missing = error_of(engine, procedure, as_user="lu_mgr", batch_id=987654321, **params)
        assert foreign.number == missing.number == 50404
        assert without_numbers(foreign.message) == without_numbers(missing.message)
    # The Romandie batch is not listed for Luzern, nor its decisions once imported.
    run_import(engine, [row("Seulement Romandie SA", 1003, "Lausanne")], as_user="ro_mgr", content_hash="6" * 64)
    lu_batches = engine.call("list_import_batches", as_user="lu_mgr")
    assert all(b["partner_code"] != "acme" or b["imported_by"] != "Ro Mgr" for b in lu_batches)
    ro_batches = engine.call("list_import_batches", as_user="ro_mgr")
    assert {b["imported_by"] for b in ro_batches} == {"Ro Mgr"}
    for b in ro_batches:
        assert decisions(engine, b["batch_id"], as_user="lu_mgr") == []


# -- review: release with a reason, partner quality, bi.import_batch ----------------------

def test_a_manager_releases_a_held_row_with_a_reason(engine):
    _lead_with_status(engine, "Kunde Holz AG", 6010, "Kriens", "won")
    batch, _ = run_import(engine, [row("Kunde Holz", 6010, "Kriens"), row("Neu AG", 6010, "Kriens")])
    held, new = sorted(decisions(engine, batch["batch_id"], as_user="lu_mgr"), key=lambda d: d["row_no"])
    assert error_of(engine, "release_import_row", as_user="lu_mgr", decision_id=held["decision_id"],
                    reason=" ").number == 50400
    assert error_of(engine, "release_import_row", as_user="lu_rep", decision_id=held["decision_id"],
                    reason="x").number == 50403
    foreign = error_of(engine, "release_import_row", as_user="ro_mgr", decision_id=held["decision_id"], reason="x")
    missing = error_of(engine, "release_import_row", as_user="ro_mgr", decision_id=987654321, reason="x")
    assert foreign.number == missing.number == 50404
    assert without_numbers(foreign.message) == without_numbers(missing.message)
    assert error_of(engine, "release_import_row", as_user="lu_mgr", decision_id=new["decision_id"],
                    reason="x").number == 50409
    [released] = engine.call("release_import_row", as_user="lu_mgr", decision_id=held["decision_id"],
                             reason="A different company of the same name")
    assert released["action"] == "release" and released["lead_id"]
    [lead] = engine.call("get_lead", as_user="lu_mgr", lead_id=released["lead_id"])
    assert (lead["company_name"], lead["status"]) == ("Kunde Holz", "new")
    [again] = [d for d in decisions(engine, batch["batch_id"], as_user="lu_mgr") if d["row_no"] == 1]
    assert (again["override_action"], again["lead_id"]) == ("release", released["lead_id"])
    assert error_of(engine, "release_import_row", as_user="lu_mgr", decision_id=held["decision_id"],
                    reason="twice").number == 50409


def test_partner_quality_covers_the_callers_offices_only(engine):
    run_import(engine, [row("Quali Eins AG", 6003, "Luzern"), row("", 6003, "Luzern"),
                        row("Qualité Deux SA", 1003, "Lausanne"), row("Qualité Trois SA", 1004, "Lausanne")])
    [lu] = engine.call("get_partner_quality", as_user="lu_mgr", partner_code="acme")
    assert (lu["batch_count"], lu["row_count"], lu["lead_count"]) == (1, 2, 1)
    assert float(lu["new_share"]) == 0.5 and float(lu["invalid_share"]) == 0.5
    assert float(lu["contacted_share"]) == 0.0
    [ro] = engine.call("get_partner_quality", as_user="ro_mgr")
    assert (ro["row_count"], ro["lead_count"], float(ro["new_share"])) == (2, 2, 1.0)
    assert error_of(engine, "get_partner_quality", as_user="lu_rep").number == 50403


def test_a_bi_login_sees_only_its_offices_batches(pg):
    from .helpers import pg_login

    run_import(pg, [row("BI Eins AG", 6003, "Luzern"), row("BI Deux SA", 1003, "Lausanne")])
    url = pg_login(pg, "bi_luzern", "leadbase_bi")
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        conn.execute("INSERT INTO security.bi_login_office VALUES ('bi_luzern', 1)")
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute("SELECT office_code, row_count, new_count FROM bi.import_batch").fetchall()
    assert rows == [("luzern", 1, 1)]


# -- data protection: erasure -------------------------------------------------------------

def test_an_erased_lead_keeps_no_personal_data_and_still_suppresses_its_company(engine):
    [lead] = engine.call("add_lead", as_user="lu_mgr", company_name="Vergessen AG", plz=6003, ort="Luzern",
                         uid=LUZERN_UID, phone="041 777 88 99", email="info@vergessen.ch")
    engine.call("log_event", as_user="lu_mgr", lead_id=lead["lead_id"], event_type="call", note="Herr Muster, privat")
    foreign = error_of(engine, "erase_lead", as_user="ro_mgr", lead_id=lead["lead_id"], reason="x")
    missing = error_of(engine, "erase_lead", as_user="ro_mgr", lead_id=987654321, reason="x")
    assert foreign.number == missing.number == 50404
    assert without_numbers(foreign.message) == without_numbers(missing.message)
    assert error_of(engine, "erase_lead", as_user="lu_rep", lead_id=lead["lead_id"], reason="x").number == 50403
    [erased] = engine.call("erase_lead", as_user="lu_mgr", lead_id=lead["lead_id"], reason="Request of 2026-11-20")
    assert erased["marker_count"] == 5  # uid, name+PLZ, phone, e-mail and its (company) domain
    [now] = engine.call("get_lead", as_user="lu_mgr", lead_id=lead["lead_id"])
    assert now["company_name"] == f"erased #{lead['lead_id']}"
    assert (now["uid"], now["phone"], now["email"]) == (None, None, None)
    timeline = engine.call("get_lead_history", as_user="lu_mgr", lead_id=lead["lead_id"])
    assert all("privat" not in (h["note"] or "") for h in timeline)
    # The same company delivered again, in another spelling, is held for good.
    batch, _ = run_import(engine, [row("VERGESSEN", 6003, "Luzern"), row("Neu", 6004, "Luzern", phone="+41417778899")])
    rows = by_row(engine, batch["batch_id"])
    assert [(rows[i]["reason_code"], rows[i]["until_date"]) for i in (1, 2)] == [
        ("suppression_list", None), ("suppression_list", None)]
    if engine.name == "postgres":  # history anonymized at once (SQL Server: core.anonymize_history)
        with psycopg.connect(engine.admin_url) as conn:
            leftovers = conn.execute(
                "SELECT count(*) FROM history.lead WHERE lead_id = %s AND company_name = 'Vergessen AG'",
                (lead["lead_id"],)).fetchone()[0]
            notes = conn.execute("SELECT count(*) FROM history.lead_event WHERE lead_id = %s AND note IS NOT NULL",
                                 (lead["lead_id"],)).fetchone()[0]
        assert (leftovers, notes) == (0, 0)


# -- history: the lead as of an instant ---------------------------------------------------------

def test_get_lead_as_of_tells_what_the_lead_was_and_who_owned_it(engine):
    import time

    [lead] = engine.call("add_lead", as_user="lu_mgr", company_name="Damals AG", plz=6003, ort="Luzern")
    time.sleep(0.05)
    before = datetime.now(timezone.utc)
    time.sleep(0.05)
    engine.call("assign_lead", as_user="lu_mgr", lead_id=lead["lead_id"], user_id=engine.world.users["lu_rep"])
    engine.call("log_event", as_user="lu_rep", lead_id=lead["lead_id"], event_type="call", new_status="qualified")
    [then] = engine.call("get_lead_as_of", as_user="lu_mgr", lead_id=lead["lead_id"], as_of=before)
    assert (then["status"], then["assigned_user_id"], then["office_code"]) == ("new", None, "luzern")
    assert then["valid_to"] is not None
    [now] = engine.call("get_lead_as_of", as_user="lu_mgr", lead_id=lead["lead_id"], as_of=datetime.now(timezone.utc))
    assert (now["status"], now["assigned_to"], now["valid_to"]) == ("qualified", "Lu Rep", None)
    # Another office, a missing lead and a time before the lead all read alike: no row.
    assert engine.call("get_lead_as_of", as_user="ro_mgr", lead_id=lead["lead_id"], as_of=before) == []
    assert engine.call("get_lead_as_of", as_user="lu_mgr", lead_id=987654321, as_of=before) == []
    assert engine.call("get_lead_as_of", as_user="lu_mgr", lead_id=lead["lead_id"], as_of="2020-01-01") == []
    assert error_of(engine, "get_lead_as_of", as_user="lu_mgr", lead_id=lead["lead_id"], as_of="2999-01-01").number == 50400


def test_copy_adds_rows_only_to_a_receiving_batch_the_caller_started(pg):
    # The reader's COPY path (PostgreSQL) is held to app.stage_import_rows' rule by a trigger.
    ensure_partner(pg)
    [batch] = pg.call("start_import", as_user="ro_mgr", partner_code="acme", file_name="r.csv",
                      content_hash="7" * 64, received_at="2026-11-02")

    def copy_as(user):
        conn = pg.gateway.connect()
        try:
            conn.execute("SELECT set_config('app.user_id', %s, true)", (str(pg.world.users[user]),))
            with conn.cursor().copy("COPY stage.import_row (batch_id, row_no, company_name, plz, ort) "
                                    "FROM STDIN") as copy:
                copy.write_row((batch["batch_id"], 1, "Untergeschoben AG", "6003", "Luzern"))
            conn.rollback()
        finally:
            conn.close()

    with pytest.raises(psycopg.Error) as refused:
        copy_as("lu_mgr")      # another manager's batch
    assert refused.value.sqlstate == "LB404"
    assert "no receiving import batch" in str(refused.value)
    copy_as("ro_mgr")          # the caller's own receiving batch: accepted
