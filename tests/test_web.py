"""The web screens through Flask's test client, against a fresh test database per
test (tests/conftest.py: `pg`, the world of tests/world.py)."""
import html
import re

import pytest

from thin_api import create_app, db

from .helpers import add_leads_directly
from .test_next_best_lead import _add_leads
from .test_scoring import IT, _luzern_outcomes
from .world import LEADS, PASSWORD

SIGN_IN_FAILED = "Unknown login or wrong password."
COMPANIES = {name: company for name, company, *_ in LEADS}


@pytest.fixture
def app(pg):
    app = create_app({"TESTING": True, "DATABASE_URL": pg.gateway.url, "SECRET_KEY": "test"})
    yield app
    db.close(app)


@pytest.fixture
def client(app):
    # These tests read English: the browser asks for it, and the world's users have
    # no language of their own (tests/test_i18n.py covers the others).
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def words(page: str) -> str:
    """The page's text without its tags, white space collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", page).split()).replace(" )", ")").replace("( ", "(")


def field(page: str, name: str) -> str:
    """The value of a hidden input on the page."""
    match = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert match, f"no field {name}"
    return match.group(1)


def sign_in(client, login_name: str, password: str = PASSWORD):
    page = client.get("/login").get_data(as_text=True)
    return client.post("/login", data={"login_name": login_name, "password": password,
                                       "csrf_token": field(page, "csrf_token")})


@pytest.fixture
def as_user(client):
    def _sign_in(login_name: str):
        response = sign_in(client, login_name)
        assert response.status_code == 302, text(response)
        return client
    return _sign_in


def lead_form(client, lead_id: int) -> dict:
    """GET the lead page; return the tokens its forms carry."""
    response = client.get(f"/leads/{lead_id}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    return {"csrf_token": field(page, "csrf_token"), "client_token": field(page, "client_token")}


def log(client, lead_id: int, **data):
    return client.post(f"/leads/{lead_id}/events", data=data)


# --- signing in -----------------------------------------------------------------

def test_sign_in_success_shows_the_user(client):
    response = sign_in(client, "lu.rep")
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    page = text(client.get("/leads"))
    assert "Lu Rep" in page
    assert "Representative" in page and "Luzern" in page
    assert SIGN_IN_FAILED not in page


def test_sign_in_is_case_insensitive_and_follows_next(client):
    page = client.get("/leads?status=new").headers["Location"]
    assert page.startswith("/login?next=")
    form = client.get(page).get_data(as_text=True)
    response = client.post("/login", data={"login_name": " LU.Rep ", "password": PASSWORD,
                                           "next": "/leads?status=new",
                                           "csrf_token": field(form, "csrf_token")})
    assert response.headers["Location"] == "/leads?status=new"


def test_sign_in_never_redirects_to_another_site(client):
    form = client.get("/login").get_data(as_text=True)
    response = client.post("/login", data={"login_name": "lu.rep", "password": PASSWORD,
                                           "next": "//evil.example/x",
                                           "csrf_token": field(form, "csrf_token")})
    assert response.headers["Location"] == "/"


def test_unknown_login_and_wrong_password_get_the_same_answer(client):
    unknown = sign_in(client, "nobody.here", PASSWORD)
    wrong = sign_in(client, "lu.rep", "not the password")
    empty = sign_in(client, "", "")
    assert unknown.status_code == wrong.status_code == empty.status_code == 401
    for response in (unknown, wrong, empty):
        assert SIGN_IN_FAILED in text(response)
    # Apart from the echoed login name, the two pages are identical.
    assert (text(unknown).replace("nobody.here", "X") == text(wrong).replace("lu.rep", "X"))
    with client.session_transaction() as session:
        assert "user_id" not in session


def test_deactivated_user_cannot_sign_in(client, pg):
    assert sign_in(client, "gone.rep").status_code == 401
    # A deactivated user whose password is right is turned away too.
    pg.call("save_user", as_user="admin", login_name="lu.rep2", display_name="Lu Rep2",
            role_code="representative", office_codes="luzern", is_active=False)
    response = sign_in(client, "lu.rep2")
    assert response.status_code == 401
    assert SIGN_IN_FAILED in text(response)


def test_user_deactivated_while_signed_in_is_signed_out(as_user, pg):
    client = as_user("lu.rep2")
    assert client.get("/leads").status_code == 200
    pg.call("save_user", as_user="admin", login_name="lu.rep2", display_name="Lu Rep2",
            role_code="representative", office_codes="luzern", is_active=False)
    response = client.get("/leads")
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")
    with client.session_transaction() as session:
        assert "user_id" not in session


def test_sign_out(as_user):
    client = as_user("lu.rep")
    page = client.get("/leads").get_data(as_text=True)
    response = client.post("/logout", data={"csrf_token": field(page, "csrf_token")})
    assert response.status_code == 302
    assert client.get("/leads").status_code == 302


@pytest.mark.parametrize("path", ["/", "/leads", "/leads/1"])
def test_pages_require_sign_in(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_demo_users_only_in_demo_mode(client, pg):
    page = text(client.get("/login"))
    assert "leadbase-demo" not in page and "anna.meier" not in page
    demo = create_app({"TESTING": True, "DATABASE_URL": pg.gateway.url, "SECRET_KEY": "test",
                       "DEMO": True}).test_client()
    page = text(demo.get("/login"))
    assert "leadbase-demo" in page and "anna.meier" in page and "Anna Meier" in page


# --- CSRF -------------------------------------------------------------------------

def test_post_without_csrf_token_is_refused(as_user, pg):
    client = as_user("lu.rep")
    lead_id = pg.world.leads["lu1"]
    tokens = lead_form(client, lead_id)
    before = pg.call("get_lead_history", as_user="lu_rep", lead_id=lead_id)
    missing = log(client, lead_id, event_type="note", note="no token", client_token=tokens["client_token"])
    wrong = log(client, lead_id, event_type="note", note="bad token", csrf_token="forged",
                client_token=tokens["client_token"])
    assert missing.status_code == 400 and wrong.status_code == 400
    assert client.post("/logout").status_code == 400
    assert pg.call("get_lead_history", as_user="lu_rep", lead_id=lead_id) == before


def test_login_without_csrf_token_is_refused(client):
    response = client.post("/login", data={"login_name": "lu.rep", "password": PASSWORD})
    assert response.status_code == 400


# --- the lead list -----------------------------------------------------------------

def test_list_shows_own_office_only(as_user):
    page = text(as_user("lu.rep").get("/leads"))
    assert COMPANIES["lu1"] in page and COMPANIES["lu2"] in page
    for name in ("ro1", "ro2", "eg1", "eg2"):
        assert COMPANIES[name] not in page
    assert "1–2 of 2" in page


def test_list_of_a_manager_of_two_offices(as_user):
    page = text(as_user("multi.mgr").get("/leads"))
    for name in ("lu1", "lu2", "eg1", "eg2"):
        assert COMPANIES[name] in page
    for name in ("ro1", "ro2"):
        assert COMPANIES[name] not in page


def test_list_filters_reach_the_database(as_user, pg):
    client = as_user("lu.rep")

    def companies(query: str) -> set:
        response = client.get("/leads" + query)
        assert response.status_code == 200, text(response)
        page = text(response)
        return {name for name in COMPANIES if COMPANIES[name] in page}

    assert companies("?search=pilatus") == {"lu1"}
    assert companies("?search=ZUG") == {"lu2"}  # Ort and case-insensitive
    assert companies("?status=new") == {"lu2"}
    assert companies("?status=won") == set()
    assert companies("?plz_from=6200&plz_to=6400") == {"lu2"}
    assert companies("?mine=1") == {"lu1"}  # lu1 is assigned to lu.rep
    assert companies("?search=&status=&branche=&plz_from=&plz_to=") == {"lu1", "lu2"}


def test_list_paging(as_user):
    client = as_user("lu.rep")
    first = text(client.get("/leads?page_size=1&sort=oldest"))
    assert "1–1 of 2" in first
    assert COMPANIES["lu1"] in first and COMPANIES["lu2"] not in first
    next_url = html.unescape(re.search(r'href="([^"]+)" rel="next"', first).group(1))
    assert "page=2" in next_url and "page_size=1" in next_url and "sort=oldest" in next_url
    second = text(client.get(next_url))
    assert "2–2 of 2" in second
    assert COMPANIES["lu2"] in second and COMPANIES["lu1"] not in second
    assert 'rel="next"' not in second
    newest = text(client.get("/leads?page_size=1&sort=newest"))
    assert COMPANIES["lu2"] in newest and COMPANIES["lu1"] not in newest
    beyond = text(client.get("/leads?page=9"))
    assert "no leads on this page" in beyond


@pytest.mark.parametrize("query", ["page=abc", "page_size=1.5", "plz_from=60OO", "plz_to=x"])
def test_bad_numeric_query_value_is_a_400(as_user, query):
    response = as_user("lu.rep").get("/leads?" + query)
    assert response.status_code == 400
    assert "must be a whole number" in text(response)


def test_values_the_database_rejects_are_a_400(as_user):
    response = as_user("lu.rep").get("/leads?page_size=500&status=open")
    assert response.status_code == 400
    page = text(response)
    assert "page_size" in page and "status" in page


# --- the lead page -----------------------------------------------------------------

def test_lead_page_shows_the_lead_and_its_history(as_user, pg):
    page = text(as_user("lu.rep").get(f"/leads/{pg.world.leads['lu1']}"))
    assert COMPANIES["lu1"] in page
    assert "6003 Luzern" in page
    assert "Spoke to the owner" in page and "Send offer" in page
    assert "Assigned" in page and "Lu Rep" in page


def test_lead_page_shows_the_learned_score_with_its_top_reasons(as_user, pg):
    _luzern_outcomes(pg)  # IT services won 8 of 10, retail 1 of 10
    [new_it] = _add_leads(pg, "lu_mgr", 1, company_name="Neu IT", **IT)
    client = as_user("lu.rep")
    # Before a model: the initial score, and the page says so.
    initial = pg.call("get_lead", as_user="lu_rep", lead_id=new_it)[0]["score"]
    page = text(client.get(f"/leads/{new_it}"))
    assert f"{initial} / 100 (initial score)" in words(page)
    assert "the learned score comes with the next rescore of the office" in page
    assert 'class="score-reasons"' not in page

    [model] = pg.call("refit_scoring_model", as_user="admin", office_code="luzern", holdout_percent=0)
    pg.call("rescore_leads", as_user="admin", office_code="luzern")
    explained = pg.call("explain_score", as_user="lu_rep", lead_id=new_it)
    page = text(client.get(f"/leads/{new_it}"))
    learned = explained[0]["score"]
    assert f"{learned} / 100 (learned)" in words(page)
    assert f"office Luzern, model {model['model_id']} of " in page
    reasons = re.findall(r'<li class="reason reason-(up|down)" data-factor="(\w+)">'
                         r'<span class="reason-points">([+−]\d+)</span> ([^<]*)</li>', page)
    # The largest contributions first, at most five, none of zero points.
    top = [r for r in explained if r["points"]][:5]
    assert [(f, p) for _, f, p, _ in reasons] == [
        (r["factor_code"], ("+" if r["points"] > 0 else "−") + str(abs(r["points"]))) for r in top]
    # Labels: the factor from core.scoring_factor, the value from its code list.
    shown = {factor: words for _, factor, _, words in reasons}
    assert shown["noga_division"] == "Branche: 62 Computer programming, consultancy and related activities"
    assert shown["noga_section"] == "Economic section: J"
    assert ("up", "noga_section") in {(d, f) for d, f, _, _ in reasons}
    # Another lead added since the rescore has its initial score until the next one.
    [later] = _add_leads(pg, "lu_mgr", 1, company_name="Später", **IT)
    assert "(initial score)" in words(text(client.get(f"/leads/{later}")))


def test_other_offices_lead_is_not_found_like_a_missing_one(as_user, pg):
    client = as_user("lu.rep")
    foreign_id = pg.world.leads["ro1"]
    missing_id = max(pg.world.leads.values()) + 1000
    foreign = client.get(f"/leads/{foreign_id}")
    missing = client.get(f"/leads/{missing_id}")
    assert foreign.status_code == missing.status_code == 404
    assert "Lead not found." in text(foreign)
    assert COMPANIES["ro1"] not in text(foreign)

    def without(response, number: int) -> str:  # the id as a whole word, not inside the CSRF token
        return re.sub(rf"(?<![\w-]){number}(?![\w-])", "", response.get_data(as_text=True))

    assert without(foreign, foreign_id) == without(missing, missing_id)


def test_logging_an_interaction_appears_in_the_timeline(as_user, pg):
    client = as_user("lu.rep")
    lead_id = pg.world.leads["lu1"]
    tokens = lead_form(client, lead_id)
    response = log(client, lead_id, **tokens, event_type="meeting", note="Met the owner in Luzern",
                   new_status="qualified", next_step="Send contract", next_step_at="2030-01-15")
    assert response.status_code == 302
    assert response.headers["Location"] == f"/leads/{lead_id}"
    page = text(client.get(response.headers["Location"]))
    assert "Meeting logged. Status: Qualified." in page
    assert "Met the owner in Luzern" in page
    assert "Send contract" in page and "15.01.2030" in page
    assert "status: contacted -> qualified" in page
    assert pg.call("get_lead", as_user="lu_rep", lead_id=lead_id)[0]["status"] == "qualified"


def test_double_submit_logs_once(as_user, pg):
    client = as_user("lu.rep")
    lead_id = pg.world.leads["lu1"]
    tokens = lead_form(client, lead_id)
    data = dict(tokens, event_type="note", note="Only once please")
    assert log(client, lead_id, **data).status_code == 302
    second = log(client, lead_id, **data)
    assert second.status_code == 302
    assert "already logged" in text(client.get(second.headers["Location"]))
    history = pg.call("get_lead_history", as_user="lu_rep", lead_id=lead_id)
    assert [h["note"] for h in history].count("Only once please") == 1
    # A fresh form has a fresh token: the next interaction is logged again.
    assert lead_form(client, lead_id)["client_token"] != tokens["client_token"]


def test_invalid_interaction_is_shown_on_the_lead_page(as_user, pg):
    client = as_user("lu.rep")
    lead_id = pg.world.leads["lu1"]
    tokens = lead_form(client, lead_id)
    response = log(client, lead_id, **tokens, event_type="note", note="x" * 2001)
    assert response.status_code == 400
    page = text(response)
    assert "The value for the parameter note is not supported" in page
    assert COMPANIES["lu1"] in page
    assert field(page, "client_token") == tokens["client_token"]  # the same form, resubmittable


def test_representative_cannot_log_on_a_lead_of_another_office(as_user, pg):
    client = as_user("lu.rep")
    tokens = lead_form(client, pg.world.leads["lu1"])
    response = log(client, pg.world.leads["ro1"], **tokens, event_type="note", note="sneaky")
    assert response.status_code == 404
    assert "sneaky" not in str(pg.call("get_lead_history", as_user="ro_rep", lead_id=pg.world.leads["ro1"]))


def test_representative_cannot_assign(as_user, pg):
    client = as_user("lu.rep")
    lead_id = pg.world.leads["lu2"]
    page = client.get(f"/leads/{lead_id}").get_data(as_text=True)
    assert f"/leads/{lead_id}/assign" not in page
    response = client.post(f"/leads/{lead_id}/assign", data={
        "csrf_token": field(page, "csrf_token"), "user_id": str(pg.world.users["lu_rep"])})
    assert response.status_code == 403
    assert pg.call("get_lead", as_user="lu_mgr", lead_id=lead_id)[0]["assigned_user_id"] is None


def test_manager_assigns(as_user, pg):
    client = as_user("lu.mgr")
    lead_id = pg.world.leads["lu2"]
    page = client.get(f"/leads/{lead_id}").get_data(as_text=True)
    options = re.search(r'<select name="user_id"[^>]*>(.*?)</select>', page, re.S).group(1)
    # Active representatives of the lead's office only.
    assert "Lu Rep" in options and "Lu Rep2" in options
    assert "Ro Rep" not in options and "Gone Rep" not in options and "Lu Mgr" not in options
    response = client.post(f"/leads/{lead_id}/assign", data={
        "csrf_token": field(page, "csrf_token"), "user_id": str(pg.world.users["lu_rep2"]),
        "note": "Knows the owner"})
    assert response.status_code == 302
    page = text(client.get(response.headers["Location"]))
    assert "Lead assigned." in page and "Knows the owner" in page
    lead = pg.call("get_lead", as_user="lu_mgr", lead_id=lead_id)[0]
    assert lead["assigned_user_id"] == pg.world.users["lu_rep2"]
    assert lead["status"] == "assigned"


def test_manager_cannot_assign_to_a_representative_of_another_office(as_user, pg):
    client = as_user("lu.mgr")
    lead_id = pg.world.leads["lu2"]
    tokens = lead_form(client, lead_id)
    response = client.post(f"/leads/{lead_id}/assign", data={
        "csrf_token": tokens["csrf_token"], "user_id": str(pg.world.users["ro_rep"])})
    assert response.status_code == 400
    assert "active representative of the lead" in text(response)
    assert pg.call("get_lead", as_user="lu_mgr", lead_id=lead_id)[0]["assigned_user_id"] is None


def test_manager_of_another_office_gets_not_found(as_user, pg):
    client = as_user("ro.mgr")
    tokens = lead_form(client, pg.world.leads["ro1"])
    response = client.post(f"/leads/{pg.world.leads['lu2']}/assign", data={
        "csrf_token": tokens["csrf_token"], "user_id": str(pg.world.users["ro_rep"])})
    assert response.status_code == 404


def test_json_clients_get_json_errors(as_user):
    response = as_user("lu.rep").get("/leads?page=0", headers={"Accept": "application/json"})
    assert response.status_code == 400
    assert response.get_json()["error"] == 50400


def test_lead_list_says_10000_plus_beyond_the_count_cap(as_user, pg):
    add_leads_directly(pg.admin_url, "luzern", 10_000, 6004)
    page = text(as_user("lu.rep").get("/leads"))
    assert "10'000+ leads" in page and "1–50 of 10'000+" in page
    assert 'rel="next"' in page
