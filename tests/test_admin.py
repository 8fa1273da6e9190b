"""The administration of PLZ ranges: app.list_plz_ranges and
app.get_plz_mapping_history on every engine, and the mapping page (preview with the
moves or the database's messages, apply, history) through Flask's test client."""
import html
import json
import re

import pytest

from thin_api import create_app

from .helpers import error_of
from .world import PASSWORD

DEFAULT = [("luzern", 6000, 6499), ("romandie", 1000, 2499), ("romandie", 2800, 2999)]


def _ranges(engine):
    return [(r["office_code"], r["plz_from"], r["plz_to"]) for r in engine.call("list_plz_ranges", as_user="admin")]


def test_list_plz_ranges_shows_every_office_with_its_ranges(engine):
    rows = engine.call("list_plz_ranges", as_user="admin")
    assert [(r["office_code"], r["plz_from"], r["plz_to"]) for r in rows] == DEFAULT + [("egeli", None, None)]
    assert [r["is_catch_all"] for r in rows] == [False, False, False, True]


def test_plz_ranges_are_for_admins_only(engine):
    for procedure in ("list_plz_ranges", "get_plz_mapping_history"):
        assert error_of(engine, procedure, as_user="multi_mgr").number == 50403
        assert error_of(engine, procedure, as_user="lu_rep").number == 50403
        assert error_of(engine, procedure).number == 50401


def test_mapping_history_tells_who_changed_what_and_when(engine):
    mapping = [{"office_code": o, "plz_from": f, "plz_to": t} for o, f, t in DEFAULT]
    mapping[0]["plz_to"] = 6299
    engine.call("set_plz_mapping", as_user="admin", mapping=json.dumps(mapping))
    assert _ranges(engine)[0] == ("luzern", 6000, 6299)
    history = engine.call("get_plz_mapping_history", as_user="admin")
    latest, first = history[0], history[-1]
    assert latest["changed_by"] == "Ada Admin"
    assert "luzern 6000-6499" in latest["ranges_before"] and "luzern 6000-6299" in latest["ranges_after"]
    assert first["ranges_before"] is None and first["changed_by"] is None  # the seed
    assert latest["changed_at"] > first["changed_at"]


# -- the mapping page ------------------------------------------------------------------

@pytest.fixture
def admin_client(pg):
    client = create_app({"TESTING": True, "DATABASE_URL": pg.gateway.url, "SECRET_KEY": "t"}).test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]*)"', page).group(1)
    assert client.post("/login", data={"login_name": "admin", "password": PASSWORD,
                                       "csrf_token": token}).status_code == 302
    # Signing in starts a new session, with a new CSRF token.
    page = client.get("/admin/plz-ranges").get_data(as_text=True)
    client.csrf = re.search(r'name="csrf_token" value="([^"]*)"', page).group(1)
    return client


def _form(client, rows, action):
    return {"csrf_token": client.csrf, "action": action, "office_code": [r[0] for r in rows],
            "plz_from": [str(r[1]) for r in rows], "plz_to": [str(r[2]) for r in rows], "remove": ["0"] * len(rows)}


def test_the_page_previews_the_moves_then_applies_them(admin_client, pg):
    rows = [("luzern", 6000, 6299)] + DEFAULT[1:]
    preview = admin_client.post("/admin/plz-ranges", data=_form(admin_client, rows, "preview"))
    page = html.unescape(preview.get_data(as_text=True))
    assert preview.status_code == 200 and 'id="mapping-preview"' in page
    assert re.search(r"<td>Luzern</td><td>Egeli</td><td class=\"num\">1</td>", page)
    assert _ranges(pg)[0] == ("luzern", 6000, 6499)  # the preview changed nothing
    applied = admin_client.post("/admin/plz-ranges", data=_form(admin_client, rows, "apply"))
    assert applied.status_code == 302
    assert _ranges(pg)[0] == ("luzern", 6000, 6299)
    page = html.unescape(admin_client.get("/admin/plz-ranges").get_data(as_text=True))
    assert "The PLZ ranges are saved; 1 leads moved." in page
    assert "luzern 6000-6299" in page  # the history


def test_the_page_shows_the_databases_message_for_an_overlap(admin_client, pg):
    rows = DEFAULT + [("romandie", 6400, 6599)]
    response = admin_client.post("/admin/plz-ranges", data=_form(admin_client, rows, "preview"))
    assert response.status_code == 400
    assert "PLZ 6400-6499 is mapped to luzern and romandie" in html.unescape(response.get_data(as_text=True))
    assert _ranges(pg) == DEFAULT + [("egeli", None, None)]


def test_a_manager_cannot_open_the_mapping_page(pg):
    client = create_app({"TESTING": True, "DATABASE_URL": pg.gateway.url, "SECRET_KEY": "t"}).test_client()
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]*)"', page).group(1)
    client.post("/login", data={"login_name": "lu.mgr", "password": PASSWORD, "csrf_token": token})
    assert client.get("/admin/plz-ranges").status_code == 403


# -- managers manage the representatives of their own offices (app.save_user) --------

def test_a_manager_adds_and_changes_a_representative_of_their_office(engine):
    [row] = engine.call("save_user", as_user="lu_mgr", login_name="new.rep", display_name="New Rep",
                        role_code="representative", office_codes="luzern", lead_capacity=40)
    assert (row["office_codes"], row["lead_capacity"]) == ("luzern", 40)
    [row] = engine.call("save_user", as_user="lu_mgr", login_name="new.rep", display_name="New Rep",
                        role_code="representative", office_codes="luzern", is_active=False)
    assert (row["is_active"], row["lead_capacity"]) == (False, 40)  # NULL keeps the capacity
    assert [u["lead_capacity"] for u in engine.call("list_users", as_user="lu_mgr") if u["login_name"] == "new.rep"] \
        == [40]


@pytest.mark.parametrize("target", [
    {"login_name": "ro.new", "role_code": "representative", "office_codes": "romandie"},  # another office
    {"login_name": "lu.boss", "role_code": "manager", "office_codes": "luzern"},  # another role
    {"login_name": "ro.rep", "role_code": "representative", "office_codes": "luzern"},  # poach a colleague
    {"login_name": "lu.mgr", "role_code": "representative", "office_codes": "luzern"},  # demote a manager
])
def test_a_manager_cannot_reach_beyond_their_office(engine, target):
    error = error_of(engine, "save_user", as_user="lu_mgr", display_name="X", **target)
    assert error.number == 50403
    assert error.message == "Managers manage representatives of their own offices only."


def test_lead_capacity_is_checked(engine):
    error = error_of(engine, "save_user", as_user="admin", login_name="cap.rep", display_name="Cap",
                     role_code="representative", office_codes="luzern", lead_capacity=5000)
    assert error.message == "The value for the parameter lead_capacity is not supported. It must be between 0 and 1000."


def test_user_history_tells_who_changed_what(engine):
    engine.call("save_user", as_user="lu_mgr", login_name="hist.rep", display_name="Hist Rep",
                role_code="representative", office_codes="luzern", lead_capacity=10)
    engine.call("save_user", as_user="admin", login_name="hist.rep", display_name="Hist Rep",
                role_code="representative", office_codes="egeli", lead_capacity=20, password_hash="$argon2id$x")
    history = engine.call("get_user_history", as_user="admin", login_name="hist.rep")
    latest, first = history[0], history[-1]
    assert (latest["changed_by"], latest["office_codes"], latest["lead_capacity"]) == ("Ada Admin", "egeli", 20)
    assert bool(latest["password_changed"]) is True and bool(first["password_changed"]) is False
    assert (first["changed_by"], first["office_codes"], first["lead_capacity"]) == ("Lu Mgr", "luzern", 10)
    assert all(h["display_name"] == "Hist Rep" for h in history)


def test_user_history_is_hidden_across_offices(engine):
    error = error_of(engine, "get_user_history", as_user="lu_mgr", login_name="ro.rep")
    missing = error_of(engine, "get_user_history", as_user="lu_mgr", login_name="no.such.user")
    assert (error.number, missing.number) == (50404, 50404)
    assert error.message == "The user ro.rep was not found."
    assert error_of(engine, "get_user_history", as_user="lu_rep", login_name="lu.rep").number == 50403
