"""Manager assignment on screen, through Flask's test client: the lead list's
"assign selected to ..." form, the team page's alerts and hand-over of every open
lead, and the "data inaccurate" findings per partner. The rules are the database's
(tests/test_assignment.py); these tests show the screens pass them through."""
import re

from .test_web import app, as_user, client, field, sign_in, text  # noqa: F401  (fixtures)


def _holder(pg, lead_id):
    return pg.call("get_lead", as_user="admin", lead_id=lead_id)[0]["assigned_user_id"]


def test_managers_assign_checked_leads_from_the_list(as_user, pg):
    w = pg.world
    client = as_user("lu.mgr")
    page = text(client.get("/leads?sort=oldest"))
    assert 'id="assign-selected"' in page and f'name="lead_id" value="{w.leads["lu2"]}"' in page
    assert "Ro Rep" not in page  # only the manager's own offices' representatives
    data = {"csrf_token": field(page, "csrf_token"), "back": field(page, "back"), "lead_id": [str(w.leads["lu2"])],
            "user_id": str(w.users["lu_rep2"]), "note": ""}
    response = client.post("/leads/assign", data=data)
    assert response.status_code == 302 and response.headers["Location"].endswith("/leads?sort=oldest")
    assert "1 lead assigned." in text(client.get("/leads"))
    assert _holder(pg, w.leads["lu2"]) == w.users["lu_rep2"]
    # Taking lu1 from its representative without a reason: refused, nothing changes, the form stays.
    data.update(lead_id=[str(w.leads["lu1"]), str(w.leads["lu2"])], user_id=str(w.users["lu_rep"]))
    response = client.post("/leads/assign", data=data)
    page = text(response)
    assert response.status_code == 400 and "It must give the reason for the reassignment" in page
    assert f'value="{w.leads["lu1"]}" form="assign-selected" aria-label' in page
    assert re.search(rf'value="{w.leads["lu1"]}"[^>]* checked', page)
    assert _holder(pg, w.leads["lu2"]) == w.users["lu_rep2"]
    data["note"] = "Workload"
    assert client.post("/leads/assign", data=data).status_code == 302
    assert (_holder(pg, w.leads["lu1"]), _holder(pg, w.leads["lu2"])) == (w.users["lu_rep"], w.users["lu_rep"])
    # Another office's lead among them: refused like a missing one.
    data["lead_id"] = [str(w.leads["lu2"]), str(w.leads["ro1"])]
    response = client.post("/leads/assign", data=data)
    assert response.status_code == 404 and "was not found" in text(response)


def test_representatives_have_no_checkboxes_and_may_not_post(as_user, pg):
    client = as_user("lu.rep")
    page = text(client.get("/leads"))
    assert 'id="assign-selected"' not in page and 'name="lead_id"' not in page
    response = client.post("/leads/assign", data={"csrf_token": field(page, "csrf_token"),
                                                  "lead_id": [str(pg.world.leads["lu2"])],
                                                  "user_id": str(pg.world.users["lu_rep"])})
    assert response.status_code == 403
    assert _holder(pg, pg.world.leads["lu2"]) is None


def test_the_team_page_shows_alerts_and_hands_over_open_leads(as_user, pg):
    w = pg.world
    client = as_user("lu.mgr")
    page = text(client.get("/dashboard/team"))
    rows = re.findall(r"<tr>\s*<td>([^<]+?)\s*(?:<span[^>]*>[^<]*</span>)?</td>\s*<td class=\"num\">(\d+)</td>"
                      r"\s*<td class=\"num\">(\d+)</td>\s*<td class=\"num\">(\d+)</td>", page.split('id="team-alerts"')[1])
    assert rows == [("Lu Rep", "1", "0", "0"), ("Lu Rep2", "0", "0", "0")]
    assert "Ro Rep" not in page
    form = {"csrf_token": field(page, "csrf_token"), "from_user_id": str(w.users["lu_rep"]),
            "user_id": str(w.users["lu_rep2"]), "note": " "}
    response = client.post("/dashboard/team/handover", data=form)
    assert response.status_code == 400 and "It must give the reason for the reassignment." in text(response)
    assert _holder(pg, w.leads["lu1"]) == w.users["lu_rep"]
    form["note"] = "Holiday"
    response = client.post("/dashboard/team/handover?office=luzern", data=form)
    assert response.status_code == 302 and response.headers["Location"].endswith("/dashboard/team?office=luzern")
    assert "1 open lead handed over." in text(client.get("/dashboard/team"))
    assert _holder(pg, w.leads["lu1"]) == w.users["lu_rep2"]
    # Romandie's representative is nobody the Luzern manager can name.
    form.update(from_user_id=str(w.users["ro_rep"]), user_id=str(w.users["lu_rep"]))
    response = client.post("/dashboard/team/handover", data=form)
    assert response.status_code == 400 and "It must be a representative of your offices." in text(response)
    assert _holder(pg, w.leads["ro1"]) == w.users["ro_rep"]


def test_representatives_see_no_alerts_of_colleagues_nor_hand_over(as_user, pg):
    client = as_user("lu.rep")
    page = text(client.get("/dashboard/team"))
    assert 'id="team-alerts"' not in page
    response = client.post("/dashboard/team/handover", data={
        "csrf_token": field(page, "csrf_token"), "from_user_id": str(pg.world.users["lu_rep2"]),
        "user_id": str(pg.world.users["lu_rep"]), "note": "Mine now"})
    assert response.status_code == 403


def test_data_inaccurate_findings_are_exported_per_partner_from_the_dashboard(app, as_user, pg):
    import csv
    import io

    from .test_assignment import _rated_deliveries
    batch, leads = _rated_deliveries(pg)
    client = as_user("lu.mgr")
    page = text(client.get("/dashboard"))
    assert "/dashboard/partners/inaccurate.csv?partner_code=acme" in page
    response = client.get("/dashboard/partners/inaccurate.csv?partner_code=acme")
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff")), delimiter=";"))
    assert [(r["lead_id"], r["company_name"], r["note"]) for r in rows] == [
        (str(leads["Falsch Nummer AG"]), "Falsch Nummer AG", "Phone belongs to a bakery")]
    assert client.get("/dashboard/partners/inaccurate.xlsx").status_code == 200
    rep = app.test_client()
    assert sign_in(rep, "lu.rep").status_code == 302
    assert rep.get("/dashboard/partners/inaccurate.csv").status_code == 403
