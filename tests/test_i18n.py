"""Languages and Swiss formats in the web tier (Flask's test client): German by
default, the browser's language before sign-in, the user's own language after;
the profile page (language, password change with the current password); procedure
errors in the user's language; app.save_my_profile on every engine."""
import html
import re
from datetime import date, datetime, timezone

import pytest

from thin_api import create_app, formats

from .helpers import error_of
from .world import PASSWORD


@pytest.fixture
def client(pg):
    return create_app({"TESTING": True, "DATABASE_URL": pg.gateway.url, "SECRET_KEY": "test"}).test_client()


def text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def csrf(client, path="/login") -> str:
    return re.search(r'name="csrf_token" value="([^"]*)"', client.get(path).get_data(as_text=True)).group(1)


def sign_in(client, login_name, password=PASSWORD):
    return client.post("/login", data={"login_name": login_name, "password": password, "csrf_token": csrf(client)})


@pytest.mark.parametrize("accept, words", [
    (None, ["Anmelden", "Passwort", 'lang="de"']),
    ("fr-CH,fr;q=0.9", ["Se connecter", "Mot de passe", 'lang="fr"']),
    ("en-GB,en;q=0.8", ["Sign in", "Password", 'lang="en"']),
    ("it-CH", ["Anmelden", 'lang="de"']),  # no Italian catalog: German
])
def test_before_sign_in_the_browser_language_decides_german_is_the_fallback(client, accept, words):
    headers = {"Accept-Language": accept} if accept else {}
    page = text(client.get("/login", headers=headers))
    assert all(word in page for word in words), words


def test_the_users_language_wins_over_the_browser(client, pg):
    pg.call("save_my_profile", as_user="ro_rep", language_code="fr")
    assert sign_in(client, "ro.rep").status_code == 302
    page = text(client.get("/leads", headers={"Accept-Language": "de"}))
    assert "Recherche" in page and "Tous les statuts" in page
    assert "Nouveau" in page or "Contacté" in page  # status labels from core.lead_status


def test_profile_changes_the_language_and_keeps_it_in_history(client, pg):
    assert sign_in(client, "lu.rep").status_code == 302
    response = client.post("/profile/language", data={"language_code": "fr", "csrf_token": csrf(client, "/profile")})
    assert response.status_code == 302
    assert "Votre langue est enregistrée." in text(client.get(response.headers["Location"]))
    [me] = pg.call("whoami", as_user="lu_rep")
    assert me["language_code"] == "fr"
    response = client.post("/profile/language", data={"language_code": "FR", "csrf_token": csrf(client, "/profile")})
    assert response.status_code == 400 and "Veuillez vérifier : Langue." in text(response)


def test_password_change_needs_the_current_password(client, pg):
    assert sign_in(client, "lu.rep").status_code == 302
    token = csrf(client, "/profile")
    wrong = client.post("/profile/password", data={"current_password": "nope", "new_password": "a new secret 1",
                                                   "repeat_password": "a new secret 1", "csrf_token": token})
    assert wrong.status_code == 400 and "Das aktuelle Passwort ist falsch." in text(wrong)
    short = client.post("/profile/password", data={"current_password": PASSWORD, "new_password": "short",
                                                   "repeat_password": "short", "csrf_token": token})
    assert short.status_code == 400 and "mindestens 10 Zeichen" in text(short)
    done = client.post("/profile/password", data={"current_password": PASSWORD, "new_password": "a new secret 1",
                                                  "repeat_password": "a new secret 1", "csrf_token": token})
    assert done.status_code == 302
    client.post("/logout", data={"csrf_token": csrf(client, "/profile")})
    assert sign_in(client, "lu.rep").status_code == 401
    assert sign_in(client, "lu.rep", "a new secret 1").status_code == 302
    [row] = pg.call("get_user_credentials", login_name="lu.rep")
    assert row["password_hash"].startswith("$argon2id$")


def test_a_procedure_error_is_shown_in_the_users_language(client, pg):
    pg.call("save_my_profile", as_user="ro_rep", language_code="fr")
    assert sign_in(client, "ro.rep").status_code == 302
    lead_id = pg.world.leads["ro1"]
    page = client.get(f"/leads/{lead_id}").get_data(as_text=True)
    token = re.search(r'name="client_token" value="([^"]*)"', page).group(1)
    response = client.post(f"/leads/{lead_id}/events", data={
        "event_type": "note", "note": "x" * 2001, "client_token": token, "csrf_token": csrf(client, "/leads")})
    assert response.status_code == 400
    assert "Veuillez vérifier : Note." in text(response)


def test_swiss_formats_in_every_language():
    assert formats.swiss_number(1234) == "1'234" and formats.swiss_number(1234567) == "1'234'567"
    assert formats.swiss_date(date(2026, 11, 29)) == "29.11.2026"
    assert formats.swiss_datetime(datetime(2026, 11, 29, 13, 17, tzinfo=timezone.utc)) == "29.11.2026 14:17"
    assert formats.swiss_datetime(datetime(2026, 7, 1, 12, 17, tzinfo=timezone.utc)) == "01.07.2026 14:17"
    assert formats.swiss_phone("041 779 29 06") == "+41 41 779 29 06"
    assert formats.swiss_phone("+41417792906") == "+41 41 779 29 06"
    assert formats.swiss_phone("not a number") == "not a number"


def test_the_lead_page_shows_swiss_formats(client, pg):
    pg.call("save_my_profile", as_user="lu_rep", language_code="fr")
    assert sign_in(client, "lu.rep").status_code == 302
    page = text(client.get(f"/leads/{pg.world.leads['lu1']}"))
    assert "+41 41 000 00 00" in page or "041 000 00 00" in page
    assert re.search(r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}", page)


# -- app.save_my_profile, engine-agnostic --------------------------------------------

def test_save_my_profile_sets_only_the_callers_language(engine):
    [row] = engine.call("save_my_profile", as_user="ro_rep", language_code="fr")
    assert row == {"user_id": engine.world.users["ro_rep"], "language_code": "fr"}
    assert engine.call("whoami", as_user="ro_rep")[0]["language_code"] == "fr"
    assert engine.call("whoami", as_user="lu_rep")[0]["language_code"] is None


def test_save_my_profile_checks_the_language_byte_wise_and_needs_a_user(engine):
    error = error_of(engine, "save_my_profile", as_user="lu_rep", language_code="FR")
    assert error.number == 50400
    assert error.message == ("The value for the parameter language_code is not supported. "
                             "Supported values are de, fr, en.")
    assert error_of(engine, "save_my_profile", language_code="fr").number == 50401
    assert error_of(engine, "save_my_profile", as_user="gone_rep", language_code="fr").number == 50401
