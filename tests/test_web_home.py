"""The representative's home page over HTTP (Flask test client): the first page after
sign-in for representatives only, its parts, and "take next lead" up to the capacity.
The rules are the database's (tests/test_home.py, tests/test_next_best_lead.py)."""
from .test_web import app, as_user, client, sign_in, text  # noqa: F401  (fixtures)


def test_representatives_start_on_their_home_page_and_managers_on_the_lead_list(as_user, app):
    assert as_user("lu.rep").get("/").headers["Location"] == "/home"
    manager = app.test_client()
    assert sign_in(manager, "lu.mgr").status_code == 302
    assert manager.get("/").headers["Location"] == "/leads"
    assert manager.get("/home").status_code == 403


def test_the_home_page_shows_next_best_leads_alerts_open_leads_and_figures(as_user, pg):
    page = text(as_user("lu.rep").get("/home"))
    assert "Next best leads" in page and "Zuger Treuhand GmbH" in page        # lu2, unassigned
    assert "My open leads" in page and "Pilatus Holzbau AG" in page           # lu1, assigned
    assert "newly assigned to you by Lu Mgr" in page                          # first visit
    assert "Contacts this week" in page and "My leads by stage" in page
    assert 'href="/profile#calendar"' in page                                # the calendar link
    # Only the caller's office and own leads.
    for foreign in ("Boulangerie du Lac", "Horlogerie", "Aare Elektro", "Limmat Informatik"):
        assert foreign not in page


def test_take_next_lead_claims_and_opens_it_and_is_refused_beyond_capacity(as_user, pg):
    client = as_user("lu.rep")
    page = client.get("/home").get_data(as_text=True)
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    response = client.post("/home/claim", data={"csrf_token": token})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/leads/{pg.world.leads['lu2']}"
    assert "You took Zuger Treuhand GmbH." in text(client.get(response.headers["Location"]))
    # Nothing left in Luzern: said so, no error.
    response = client.post("/home/claim", data={"csrf_token": token})
    assert response.headers["Location"] == "/home"
    assert "There is no lead left to take in your office." in text(client.get("/home"))
    # At capacity: refused with the database's message on the page.
    pg.call("save_user", as_user="admin", login_name="lu.rep", display_name="Lu Rep",
            role_code="representative", office_codes="luzern", lead_capacity=2)
    pg.call("add_lead", as_user="lu_mgr", company_name="Neue Firma AG", plz=6003, ort="Luzern")
    response = client.post("/home/claim", data={"csrf_token": token})
    assert response.status_code == 409
    assert "capacity is 2" in text(response)
