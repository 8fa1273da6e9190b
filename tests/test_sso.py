"""Single sign-on end to end against a real OpenID Connect provider on 127.0.0.1
(tests/oidc_provider.py): a linked person signs in; an unlinked one, a wrong
audience, an expired token and a state mismatch are each refused with a clear
page. And app.link_sso / app.get_sso_user on every engine."""
import html
from urllib.parse import urlsplit

import pytest
import requests

from thin_api import create_app

from .helpers import error_of


@pytest.fixture
def client(pg, oidc_provider):
    oidc_provider.mode, oidc_provider.subject, oidc_provider.email = "ok", "subject-lu-rep", "lu.rep@example.ch"
    app = create_app({"TESTING": True, "DATABASE_URL": pg.gateway.url, "SECRET_KEY": "t",
                      **oidc_provider.config()})
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def sign_in_through_the_provider(client):
    """The browser's part of the code flow: to the provider and back with the answer."""
    start = client.get("/login/sso")
    assert start.status_code == 302
    answer = requests.get(start.headers["Location"], allow_redirects=False, timeout=10)
    assert answer.status_code == 302
    back = urlsplit(answer.headers["Location"])
    return client.get(f"{back.path}?{back.query}")


def page(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def test_the_sign_in_page_offers_the_provider(client):
    assert "Test-IdP" in page(client.get("/login"))


def test_a_person_linked_by_subject_signs_in(client, pg):
    pg.call("link_sso", as_user="admin", login_name="lu.rep", subject="subject-lu-rep")
    response = sign_in_through_the_provider(client)
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert "Lu Rep" in page(client.get("/leads"))


def test_a_person_linked_by_email_signs_in(client, pg, oidc_provider):
    pg.call("link_sso", as_user="admin", login_name="ro.rep", email="Ro.Rep@Example.CH")
    oidc_provider.subject, oidc_provider.email = "someone-new", "ro.rep@example.ch"
    assert sign_in_through_the_provider(client).status_code == 302
    assert "Ro Rep" in page(client.get("/leads"))


@pytest.mark.parametrize("mode, words", [
    ("unlinked", "No active Leadbase user is linked to this account."),
    ("wrong_audience", "The identity provider's answer is meant for another application."),
    ("expired", "The identity provider's answer has expired."),
    ("state_mismatch", "This sign-in was not started here, or it took too long."),
])
def test_each_refusal_is_a_clear_page_and_signs_nobody_in(client, pg, oidc_provider, mode, words):
    pg.call("link_sso", as_user="admin", login_name="lu.rep", subject="subject-lu-rep")
    if mode == "unlinked":
        oidc_provider.subject, oidc_provider.email = "subject-nobody", "nobody@example.ch"
    else:
        oidc_provider.mode = mode
    response = sign_in_through_the_provider(client)
    assert response.status_code == 401
    assert words in page(response) and 'id="sso-refused"' in page(response)
    assert client.get("/leads").status_code == 302  # still signed out


def test_a_deactivated_user_cannot_sign_in_through_the_provider(client, pg):
    pg.call("link_sso", as_user="admin", login_name="gone.rep", subject="subject-lu-rep")
    assert sign_in_through_the_provider(client).status_code == 401


# -- app.link_sso and app.get_sso_user, engine-agnostic --------------------------------

def test_link_sso_links_changes_and_removes(engine):
    [row] = engine.call("link_sso", as_user="admin", login_name="lu.rep", subject="s-1", email="LU@Example.ch")
    assert (row["subject"], row["email"]) == ("s-1", "lu@example.ch")
    assert engine.call("get_sso_user", subject="s-1")[0]["login_name"] == "lu.rep"
    assert engine.call("get_sso_user", subject="other", email="lu@example.ch")[0]["login_name"] == "lu.rep"
    [row] = engine.call("link_sso", as_user="admin", login_name="lu.rep")
    assert (row["subject"], row["email"]) == (None, None)
    assert engine.call("get_sso_user", subject="s-1") == []


def test_link_sso_is_for_admins_and_one_person_per_link(engine):
    engine.call("link_sso", as_user="admin", login_name="lu.rep", subject="s-1")
    assert error_of(engine, "link_sso", as_user="admin", login_name="ro.rep", subject="s-1").number == 50409
    assert error_of(engine, "link_sso", as_user="lu_mgr", login_name="lu.rep2", subject="s-2").number == 50403
    assert error_of(engine, "link_sso", as_user="admin", login_name="nobody", subject="s-3").number == 50404
    error = error_of(engine, "link_sso", as_user="admin", login_name="lu.rep", email="not-an-address")
    assert error.number == 50400 and "email" in error.message
    assert error_of(engine, "get_sso_user", subject=" ").number == 50400
