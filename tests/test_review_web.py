"""The import review screens through Flask's test client: the batch list, a batch's
rows of one outcome with reasons labelled from core.import_reason, and the release
of a held row with a mandatory reason. A batch or row of another office answers
like a missing one."""
import re

import pytest

from .imports_support import by_row, run_import
from .test_web import app, as_user, client, field, text  # noqa: F401  (fixtures)


def row(name, plz, ort, **more):
    return {"company_name": name, "plz": plz, "ort": ort, **more}


def _won(pg, name, plz, ort):
    [lead] = pg.call("add_lead", as_user="lu_mgr", company_name=name, plz=plz, ort=ort)
    pg.call("log_event", as_user="lu_mgr", lead_id=lead["lead_id"], event_type="call", new_status="won")


def _luzern_batch(pg):
    """A batch with a held Luzern row (already a customer), a new Luzern row and a
    new Romandie row."""
    _won(pg, "Kunde Holz AG", 6010, "Kriens")
    batch, _ = run_import(pg, [row("Kunde Holz", 6010, "Kriens"), row("Neu Luzern AG", 6010, "Kriens"),
                               row("Nouvelle Romandie SA", 1003, "Lausanne")], as_user="admin")
    return batch["batch_id"], by_row(pg, batch["batch_id"])


def test_a_manager_sees_the_batch_with_the_counts_of_their_office(as_user, pg):
    batch_id, _ = _luzern_batch(pg)
    client = as_user("lu.mgr")
    page = text(client.get("/imports"))
    assert "delivery.csv" in page and f"/imports/{batch_id}" in page
    cells = re.search(rf'href="/imports/{batch_id}">delivery.csv</a>(.*?)</tr>', page, re.S).group(1)
    # new, refreshed, suppressed, duplicate, invalid: Luzern's rows only (Romandie's new row is not counted)
    assert re.findall(r'<td class="num">(\d+)</td>', cells) == ["1", "0", "1", "0", "0"]


def test_the_batch_page_shows_held_rows_with_the_reason_in_the_page_language(as_user, pg):
    batch_id, _ = _luzern_batch(pg)
    client = as_user("lu.mgr")
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "de"
    page = text(client.get(f"/imports/{batch_id}"))
    assert "Kunde Holz" in page and "Bereits Kunde" in page  # the label of core.import_reason
    assert "Neu Luzern AG" not in page                       # a new row, not held: another tab
    assert "Nouvelle Romandie" not in text(client.get(f"/imports/{batch_id}?outcome=new"))
    assert "Neu Luzern AG" in text(client.get(f"/imports/{batch_id}?outcome=new"))


def test_a_foreign_batch_reads_like_a_missing_one(as_user, pg):
    batch, _ = run_import(pg, [row("Seulement Romandie SA", 1003, "Lausanne")], as_user="ro_mgr")
    client = as_user("lu.mgr")
    foreign, missing = client.get(f"/imports/{batch['batch_id']}"), client.get("/imports/987654321")
    assert foreign.status_code == missing.status_code == 404
    assert text(foreign) == text(missing)
    assert "Seulement Romandie" not in text(client.get("/imports"))


def test_representatives_have_no_import_review(as_user, pg):
    batch_id, _ = _luzern_batch(pg)
    client = as_user("lu.rep")
    assert client.get("/imports").status_code == 403
    assert client.get(f"/imports/{batch_id}").status_code == 403
    assert client.get("/imports/upload").status_code == 403
    assert 'href="/imports"' not in text(client.get("/leads"))


def test_a_release_needs_a_reason_and_then_makes_a_lead(as_user, pg):
    batch_id, rows = _luzern_batch(pg)
    held = rows[1]["decision_id"]
    client = as_user("lu.mgr")
    token = field(client.get(f"/imports/{batch_id}").get_data(as_text=True), "csrf_token")
    url = f"/imports/{batch_id}/rows/{held}/release"
    refused = client.post(url, data={"csrf_token": token, "reason": "  ", "outcome": "suppressed"})
    assert refused.status_code == 400
    assert "reason" in text(refused) and 'aria-invalid="true"' in text(refused)
    assert by_row(pg, batch_id)[1]["override_action"] is None
    done = client.post(url, data={"csrf_token": token, "reason": "A different company", "outcome": "suppressed"})
    assert done.status_code == 302
    released = by_row(pg, batch_id)[1]
    assert released["override_action"] == "release" and released["lead_id"]
    page = text(client.get(done.headers["Location"]))
    assert "The row is released as a new lead." in page and f"/leads/{released['lead_id']}" in page
    again = client.post(url, data={"csrf_token": token, "reason": "twice"})
    assert again.status_code == 409


def test_a_foreign_row_cannot_be_released_and_answers_like_a_missing_one(as_user, pg):
    batch_id, rows = _luzern_batch(pg)
    client = as_user("ro.mgr")
    token = field(client.get("/imports").get_data(as_text=True), "csrf_token")
    answers = []
    for decision_id in (rows[1]["decision_id"], 987654321):
        response = client.post(f"/imports/{batch_id}/rows/{decision_id}/release",
                               data={"csrf_token": token, "reason": "not mine"})
        answers.append((response.status_code, re.sub(rf"decision {decision_id}\b", "decision", text(response))))
    assert answers[0] == answers[1] and answers[0][0] == 404
    assert by_row(pg, batch_id)[1]["override_action"] is None


def test_a_false_match_is_marked_as_a_different_company(as_user, pg):
    batch_id, rows = _luzern_batch(pg)
    client = as_user("lu.mgr")
    page = client.get(f"/imports/{batch_id}").get_data(as_text=True)
    url = f"/imports/{batch_id}/rows/{rows[1]['decision_id']}/distinct"
    assert f'formaction="{url}"' in page
    done = client.post(url, data={"csrf_token": field(page, "csrf_token"), "reason": "Another firm",
                                  "outcome": "suppressed"})
    assert done.status_code == 302
    marked = by_row(pg, batch_id)[1]
    assert marked["override_action"] == "distinct"
    assert "will not be matched with that lead again" in text(client.get(done.headers["Location"]))


def test_a_manager_merges_a_duplicate_into_a_lead(as_user, pg):
    [survivor] = pg.call("add_lead", as_user="lu_mgr", company_name="Merge Ziel AG", plz=6003, ort="Luzern")
    [merged] = pg.call("add_lead", as_user="lu_mgr", company_name="Merge Ziel", plz=6003, ort="Luzern",
                       phone="041 222 33 44")
    client = as_user("lu.mgr")
    page = client.get(f"/leads/{survivor['lead_id']}").get_data(as_text=True)
    token = field(page, "csrf_token")
    url = f"/leads/{survivor['lead_id']}/merge"
    refused = client.post(url, data={"csrf_token": token, "merged_lead_id": merged["lead_id"], "reason": ""})
    assert refused.status_code == 400 and "Merge Ziel AG" in text(refused)
    assert pg.call("get_lead", as_user="lu_mgr", lead_id=merged["lead_id"])
    done = client.post(url, data={"csrf_token": token, "merged_lead_id": merged["lead_id"], "reason": "Same"})
    assert done.status_code == 302
    assert pg.call("get_lead", as_user="lu_mgr", lead_id=merged["lead_id"]) == []
    page = text(client.get(done.headers["Location"]))
    assert f"Lead {merged['lead_id']} is merged into this lead." in page and "+41 41 222 33 44" in page
    # A Romandie lead cannot be merged in, and fails like a missing one.
    answers = [client.post(url, data={"csrf_token": token, "merged_lead_id": other, "reason": "x"}).status_code
               for other in (pg.world.leads["ro1"], 987654321)]
    assert answers == [404, 404]
    assert client.post(f"/leads/{survivor['lead_id']}/merge", data={"csrf_token": token, "merged_lead_id": "x",
                                                                     "reason": "x"}).status_code == 400


# -- upload ------------------------------------------------------------------------------

def _upload(client, data: bytes, name: str, partner: str = "acme"):
    import io

    token = field(client.get("/imports/upload").get_data(as_text=True), "csrf_token")
    return client.post("/imports/upload", content_type="multipart/form-data",
                       data={"csrf_token": token, "partner_code": partner, "file": (io.BytesIO(data), name)})


def test_an_uploaded_file_goes_through_the_reader_and_shows_its_batch(as_user, pg):
    from .imports_support import ensure_partner

    ensure_partner(pg)
    client = as_user("lu.mgr")
    assert 'value="acme"' in text(client.get("/imports/upload"))
    # Windows-1252, semicolons, the partner's own header "Firma" (its column mapping).
    data = "Firma;plz;Ort / Localité\r\nZürcher Bäckerei AG;6003;Luzern\r\n;6003;Luzern\r\n".encode("cp1252")
    done = _upload(client, data, "lieferung november.csv")
    assert done.status_code == 302, text(done)
    page = text(client.get(done.headers["Location"]))
    assert "The file is imported: 2 rows." in page and "lieferung november.csv" in page
    [batch] = pg.call("list_import_batches", as_user="lu_mgr")
    assert (batch["file_name"], batch["new_count"], batch["invalid_count"]) == ("lieferung november.csv", 1, 1)
    assert "Zürcher Bäckerei AG" in text(client.get(f"/imports/{batch['batch_id']}?outcome=new"))
    again = _upload(client, data, "copy.csv")
    assert again.headers["Location"].endswith(f"/imports/{batch['batch_id']}")
    assert "This file was imported before" in text(client.get(again.headers["Location"]))


def test_bad_uploads_get_a_message_not_a_5xx(as_user, pg):
    from .imports_support import ensure_partner

    ensure_partner(pg)
    client = as_user("lu.mgr")
    broken = _upload(client, b"PK\x03\x04 not really a workbook", "broken.xlsx")
    assert broken.status_code == 400 and "could not be read as CSV or XLSX" in text(broken)
    assert [b["status"] for b in pg.call("list_import_batches", as_user="lu_mgr")] == ["failed"]
    unknown = _upload(client, b"company_name;plz;ort\nA;6003;Luzern\n", "a.csv", partner="nobody")
    assert 400 <= unknown.status_code < 500 and 'id="upload-problem"' in text(unknown)
    token = field(client.get("/imports/upload").get_data(as_text=True), "csrf_token")
    missing = client.post("/imports/upload", data={"csrf_token": token, "partner_code": "acme"})
    assert missing.status_code == 400 and "Choose a partner and a file." in text(missing)


# -- contact windows (admins) ------------------------------------------------------------

def test_an_admin_changes_a_contact_window_and_sees_its_history(as_user, pg):
    client = as_user("admin")
    page = client.get("/admin/contact-windows").get_data(as_text=True)
    token = field(page, "csrf_token")
    bad = client.post("/admin/contact-windows", data={"csrf_token": token, "status_code": "lost",
                                                      "office_code": "luzern", "window_months": "700"})
    assert bad.status_code == 400 and 'aria-invalid="true"' in text(bad)
    done = client.post("/admin/contact-windows", data={"csrf_token": token, "status_code": "lost",
                                                       "office_code": "luzern", "window_months": "30"})
    assert done.status_code == 302
    page = text(client.get("/admin/contact-windows"))
    assert "The contact window is saved." in page
    windows = page.split('id="windows"')[1].split("</table>")[0]
    assert re.search(r"Luzern</td>\s*<td>Lost</td>\s*<td class=\"num\">30</td>", windows)
    assert pg.call("list_contact_windows", as_user="admin", history=True)[0]["window_months"] == 30


def test_managers_have_no_contact_window_screen(as_user):
    client = as_user("lu.mgr")
    assert client.get("/admin/contact-windows").status_code == 403
    assert 'href="/admin/contact-windows"' not in text(client.get("/leads"))


# -- score model (admins) ----------------------------------------------------------------

def test_an_admin_refits_and_rescores_on_the_score_model_screen(as_user, pg):
    from .test_scoring import _luzern_outcomes

    _luzern_outcomes(pg)
    client = as_user("admin")
    page = client.get("/admin/scoring").get_data(as_text=True)
    assert 'href="/admin/scoring"' in page
    luzern = page.split('data-office="luzern"')[1].split("</tr>")[0]
    assert "No model yet" in luzern
    token = field(page, "csrf_token")
    bad = client.post("/admin/scoring", data={"csrf_token": token, "office_code": "luzern",
                                              "trained_from": "2026-02-01", "trained_to": "2026-01-01",
                                              "holdout_percent": "51"})
    assert bad.status_code == 400 and 'aria-invalid="true"' in text(bad)
    assert "holdout_percent is not supported" in text(bad) and "trained_from is not supported" in text(bad)
    assert pg.call("list_scoring_models", as_user="admin", history=True) == []
    done = client.post("/admin/scoring", data={"csrf_token": token, "office_code": "", "trained_from": "",
                                               "trained_to": "", "holdout_percent": "0"})
    assert done.status_code == 302
    page = text(client.get("/admin/scoring"))
    current = {m["office_code"]: m for m in pg.call("list_scoring_models", as_user="admin")}
    model = current["luzern"]
    assert model["rescored_at"] is not None and model["lead_count"] >= 20
    assert f"Luzern: model {model['model_id']}, AUC {model['auc']:.4f}, {model['lead_count']} leads rescored" in page
    assert "Romandie: not enough outcomes for a model" in page
    row = page.split('data-office="luzern"')[1].split("</tr>")[0]
    assert f'<td class="num">{model["model_id"]}</td>' in row and f"{model['auc']:.4f}" in row
    assert "Ada Admin" in row
    history = page.split('id="model-history"')[1].split("</table>")[0]
    assert history.count("<tr>") == 2  # the header and Luzern's one version


@pytest.mark.parametrize("login", ["lu.mgr", "lu.rep"])
def test_managers_and_representatives_have_no_score_model_screen(as_user, login):
    client = as_user(login)
    assert client.get("/admin/scoring").status_code == 403
    assert client.post("/admin/scoring", data={"office_code": "luzern"}).status_code in (400, 403)
    assert 'href="/admin/scoring"' not in text(client.get("/leads"))
