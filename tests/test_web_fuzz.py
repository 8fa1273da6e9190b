"""Generated garbage against every route and form, signed in as each role (and not
signed in): never a 5xx, and nothing written.

One database for the module (a copy of the test template): the examples only ever
send input that must be refused, so it stays as it was; that is what is asserted,
by a fingerprint of every business table and its history after each example.
"""
import io
import re
import uuid
from urllib.parse import quote

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thin_api import create_app, db, embedded_pg
from thin_api.deploy import APP_LOGIN, login_url
from thin_api.gateway import Gateway
from thin_api.suppressions import MAPPING

from .test_web import sign_in

ROLES = ["lu_rep", "lu_mgr", "multi_mgr", "admin", None]  # None: not signed in
TABLES = ["core.lead", "core.lead_event", "core.lead_assignment", "core.app_user", "core.user_office",
          "core.office_plz_range", "core.office", "history.lead", "history.lead_event",
          "history.lead_assignment", "history.app_user", "history.user_office", "history.office_plz_range",
          "core.import_override", "core.lead_merge", "core.distinct_lead_pair",
          "core.import_batch", "core.lead_feedback", "core.contact_window", "history.contact_window",
          "core.suppression", "core.calendar_feed", "history.calendar_feed", "core.scoring_model",
          "core.scoring_weight", "core.lead_score"]


@pytest.fixture(scope="module")
def fuzz_db(pg_server, pg_template, pg_app_password):
    name = "fuzz_" + uuid.uuid4().hex[:10]
    with psycopg.connect(pg_server + "/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE leadbase_template")
    admin_url = f"{pg_server}/{name}"
    yield admin_url, login_url(admin_url, APP_LOGIN, pg_app_password), pg_template
    embedded_pg.drop_database(pg_server, name)


@pytest.fixture(scope="module")
def clients(fuzz_db):
    _, app_url, world = fuzz_db
    app = create_app({"TESTING": True, "DATABASE_URL": app_url, "SECRET_KEY": "fuzz", "DB_POOL_SIZE": 2})
    signed_in = {}
    for role in ROLES:
        client = app.test_client()
        if role is not None:
            assert sign_in(client, role.replace("_", ".")).status_code == 302
        signed_in[role] = client
    yield signed_in
    db.close(app)


@pytest.fixture(scope="module")
def fingerprint(fuzz_db):
    admin_url = fuzz_db[0]
    query = " UNION ALL ".join(
        f"SELECT '{t}', count(*), md5(coalesce(string_agg(x::text, '' ORDER BY x::text), '')) FROM {t} AS x"
        for t in TABLES)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        yield lambda: conn.execute(query).fetchall()


# --- garbage ----------------------------------------------------------------------

NASTY = ["", " ", "\x00", "a\x00b", "-1", "0", "2147483648", "-2147483649", "9223372036854775808",
         "99999999999999999999999999", "1e309", "NaN", "1.5", "0x10", "٣", "２", "2024-02-30",
         "99999-01-01", "0000-00-00", "2024-13-01", "not-a-uuid", "00000000-0000-0000-0000-00000000000g",
         "' OR 1=1 --", "%", "_", "\\", "<script>alert(1)</script>", "\u202e", "é" * 300, "x" * 5000,
         "ﾟ", "NULL", "null", "true", "[]", "{}"]
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
big_ints = st.one_of(st.integers(min_value=2**31 - 2, max_value=2**80),
                     st.integers(min_value=-2**80, max_value=-2**31 + 2)).map(str)
garbage = st.one_of(st.sampled_from(NASTY), text, big_ints, st.integers().map(str))
numeric_garbage = st.one_of(big_ints, st.sampled_from(NASTY), st.integers().map(str))
LIST_FIELDS = ["status", "branche", "plz_from", "plz_to", "search", "sort", "page", "page_size", "mine"]
EVENT_FIELDS = ["event_type", "note", "new_status", "next_step", "next_step_at", "client_token"]
LOGIN_FIELDS = ["login_name", "password", "next"]
PASSWORD_FIELDS = ["current_password", "new_password", "repeat_password"]
PLZ_FIELDS = ["office_code", "plz_from", "plz_to", "remove", "action"]
REVIEW_FIELDS = ["outcome", "page", "reason"]
MERGE_FIELDS = ["merged_lead_id", "reason"]
DASHBOARD_FIELDS = ["period_from", "period_to", "office", "user_id", "as_of"]
UPLOAD_FIELDS = ["partner_code", "file"]
FEEDBACK_FIELDS = ["reason_code", "note"]
WINDOW_FIELDS = ["office_code", "status_code", "window_months"]
SCORING_FIELDS = ["office_code", "trained_from", "trained_to", "holdout_percent"]


def _valid_holdout(value: str) -> bool:
    """What app.refit_scoring_model would take (empty: its default, 20)."""
    try:
        return not value.strip() or 0 <= int(value.strip()) <= 50
    except ValueError:
        return False


def _no_suppression_header(content: bytes) -> bool:
    first = content.split(b"\n", 1)[0].decode("cp1252", errors="replace").lstrip("\ufeff\u00ef\u00bb\u00bf")
    cells = re.split(r"[;,\t]", first)
    return not any(c.strip().lower().strip('"') in MAPPING for c in cells)


# A sensible value per field, so that one garbage value among good ones reaches as far
# as it can (a single bad field among many would mostly be turned away by another).
GOOD = {"status": "new", "branche": "62.01", "plz_from": "1000", "plz_to": "9999", "search": "holz",
        "sort": "score", "page": "1", "page_size": "50", "mine": "1", "note": "Called",
        "new_status": "contacted", "next_step": "Offer", "next_step_at": "2030-01-31",
        "client_token": "6f1c2a9e-8d1b-4c1e-9d7a-3f2b1c0d9e8f", "login_name": "fuzz.nobody",
        "password": "wrong", "next": "/leads",
        "current_password": "wrong", "new_password": "a-new-password", "repeat_password": "a-new-password",
        "office_code": "luzern", "remove": "0", "action": "preview",
        # the fuzz database holds no import, so no row can be released
        "outcome": "suppressed", "reason": "A different company", "merged_lead_id": "2",
        "period_from": "2026-09-01", "period_to": "2026-11-29", "office": "luzern", "as_of": "2026-11-01",
        "kpi_code": "aging",
        # a form field, never a file part: no upload reaches the import
        "partner_code": "acme", "file": "lieferung.csv",
        "window_months": "24", "trained_from": "2025-01-01", "trained_to": "2026-11-29",
        # replaced by garbage below: a valid refit would write a model
        "holdout_percent": "20",
        # replaced by garbage below: a valid window would be saved
        "status_code": "lost",
        # replaced by garbage below: a valid value would be written
        "event_type": "call", "user_id": "1", "language_code": "de", "reason_code": "interested"}


@st.composite
def params(draw, fields):
    chosen = draw(st.lists(st.sampled_from(fields), unique=True, min_size=1, max_size=len(fields)))
    values = {name: GOOD[name] for name in chosen}
    for name in draw(st.lists(st.sampled_from(chosen), min_size=1, max_size=2)):
        values[name] = draw(numeric_garbage if GOOD[name].isdigit() else garbage)
    values.update(draw(st.dictionaries(text, garbage, max_size=1)))  # a name nobody expects
    return values


lead_ids = st.one_of(st.sampled_from(["1", "2", "3", "5", "6", "987654321"]), big_ints.filter(
    lambda v: not v.startswith("-")))
csrf = st.sampled_from(["valid", "missing", "garbage"])
content_types = st.sampled_from(["form", "multipart", "json", "text"])


@st.composite
def requests(draw, world, event_types, languages, reasons):
    route = draw(st.sampled_from(["list", "list", "list", "lead", "event", "event", "assign", "assign",
                                  "login", "logout", "index", "login_page", "profile", "language",
                                  "password", "plz", "plz_page", "imports", "batch", "release", "distinct", "merge",
                                  "dashboard", "team", "kpi_export", "lead_export", "upload",
                                  "upload_page", "feedback", "home", "windows", "windows_page",
                                  "suppressions", "suppressions_page", "scoring", "scoring_page", "calendar",
                                  "follow_up", "calendar_revoke", "bulk_assign", "handover", "inaccurate_export"]))
    if route == "list":
        return "GET", "/leads", draw(params(LIST_FIELDS)), None
    if route == "calendar":
        # Any text as the secret, no sign-in needed; the fuzz database has no link.
        return "GET", f"/calendar/{quote(draw(garbage), safe='')}.ics", draw(params(LIST_FIELDS)), None
    if route == "follow_up":
        return "GET", f"/leads/{draw(lead_ids)}/follow-up.ics", draw(params(LIST_FIELDS)), None
    if route == "calendar_revoke":
        # Nobody has a link here, so revoking changes nothing (making one would write).
        return "POST", "/profile/calendar/revoke", None, draw(params(LIST_FIELDS))
    if route == "lead":
        return "GET", f"/leads/{draw(lead_ids)}", draw(params(LIST_FIELDS)), None
    if route == "index":
        return "GET", "/", draw(params(LIST_FIELDS)), None
    if route == "home":
        return "GET", "/home", draw(params(LIST_FIELDS)), None
    if route == "login_page":
        return "GET", "/login", draw(params(LOGIN_FIELDS)), None
    if route == "profile":
        return "GET", "/profile", draw(params(LIST_FIELDS)), None
    if route == "plz_page":
        return "GET", "/admin/plz-ranges", draw(params(PLZ_FIELDS)), None
    if route == "imports":
        return "GET", "/imports", draw(params(REVIEW_FIELDS)), None
    if route == "batch":
        return "GET", f"/imports/{draw(lead_ids)}", draw(params(REVIEW_FIELDS)), None
    if route in ("release", "distinct"):
        return ("POST", f"/imports/{draw(lead_ids)}/rows/{draw(lead_ids)}/{route}", None,
                draw(params(REVIEW_FIELDS)))
    if route == "windows_page":
        return "GET", "/admin/contact-windows", draw(params(WINDOW_FIELDS)), None
    if route == "windows":
        # Never what a status code looks like: a valid window would be saved.
        body = draw(params(WINDOW_FIELDS))
        body["status_code"] = draw(garbage.filter(lambda v: not re.fullmatch(r"[a-z_]+", v.strip())))
        return "POST", "/admin/contact-windows", None, body
    if route == "scoring_page":
        return "GET", "/admin/scoring", draw(params(SCORING_FIELDS)), None
    if route == "scoring":
        # Never a hold-out share the database takes: a valid refit would write a model.
        body = draw(params(SCORING_FIELDS))
        body["holdout_percent"] = draw(garbage.filter(lambda v: not _valid_holdout(v)))
        return "POST", "/admin/scoring", None, body
    if route == "bulk_assign":
        # Never the id of a real user: a valid assignment would be written.
        body = draw(params(["user_id", "note"]))
        body["user_id"] = draw(garbage.filter(lambda v: v.strip().lstrip("+0") not in
                                               {str(i) for i in world.users.values()}))
        body["lead_id"] = draw(st.lists(st.one_of(lead_ids, garbage), max_size=3))
        body["back"] = draw(garbage)
        return "POST", "/leads/assign", None, body
    if route == "handover":
        # Never a real user to hand over to: every open lead would move.
        body = draw(params(["user_id", "note"]))
        body["user_id"] = draw(garbage.filter(lambda v: v.strip().lstrip("+0") not in
                                               {str(i) for i in world.users.values()}))
        body["from_user_id"] = draw(st.one_of(st.sampled_from([str(i) for i in world.users.values()]), garbage))
        return "POST", "/dashboard/team/handover", draw(params(DASHBOARD_FIELDS)), body
    if route == "inaccurate_export":
        return "GET", draw(st.sampled_from(["/dashboard/partners/inaccurate.csv",
                                            "/dashboard/partners/inaccurate.xlsx"])), \
            {"partner_code": draw(garbage)}, None
    if route == "upload_page":
        return "GET", "/imports/upload", draw(params(UPLOAD_FIELDS)), None
    if route == "upload":
        return "POST", "/imports/upload", None, draw(params(UPLOAD_FIELDS))
    if route == "suppressions_page":
        return "GET", "/admin/suppressions", draw(params(UPLOAD_FIELDS)), None
    if route == "suppressions":
        body = draw(params(UPLOAD_FIELDS))
        if draw(st.booleans()):
            # A file part of garbage: never a header the list recognises, so no entry
            # can be valid (a broken workbook, binary noise, text with odd headers).
            content = draw(st.one_of(st.binary(max_size=2000).map(lambda b: b"PK\x03\x04" + b), st.binary(
                max_size=2000), st.lists(text, max_size=5).map(lambda lines: "\r\n".join(lines).encode(
                    draw(st.sampled_from(["utf-8", "utf-16"]))))).filter(_no_suppression_header))
            body["file"] = (io.BytesIO(content), draw(st.sampled_from(["liste.csv", "liste.xlsx", "", "x"])))
        return "POST", "/admin/suppressions", None, body
    if route == "merge":
        # Never a reason: two real leads with one would be merged.
        body = draw(params(MERGE_FIELDS))
        body["reason"] = draw(st.sampled_from(["", " ", "\t"]))
        return "POST", f"/leads/{draw(lead_ids)}/merge", None, body
    if route == "dashboard":
        return "GET", "/dashboard", draw(params(DASHBOARD_FIELDS)), None
    if route == "team":
        return "GET", "/dashboard/team", draw(params(DASHBOARD_FIELDS)), None
    if route == "kpi_export":
        return "GET", draw(st.sampled_from(["/dashboard/export.csv", "/dashboard/export.xlsx"])), \
            draw(params(DASHBOARD_FIELDS + ["kpi_code"])), None
    if route == "lead_export":
        return "GET", draw(st.sampled_from(["/leads/export.csv", "/leads/export.xlsx"])), \
            draw(params(LIST_FIELDS)), None
    if route == "language":
        # Never a language the database knows: a valid one would be saved.
        return "POST", "/profile/language", None, {"language_code": draw(garbage.filter(
            lambda v: v.strip() not in languages))}
    if route == "password":
        # The current password is never right, so nothing can change.
        return "POST", "/profile/password", None, draw(params(PASSWORD_FIELDS))
    if route == "plz":
        # Never "apply": only previews (dry runs), which change no range.
        body = draw(params(PLZ_FIELDS))
        if body.get("action", "").strip() == "apply":
            body["action"] = "preview"
        return "POST", "/admin/plz-ranges", None, body
    body = draw(params({"event": EVENT_FIELDS, "assign": ["user_id", "note"], "feedback": FEEDBACK_FIELDS,
                        "login": LOGIN_FIELDS}.get(route, LOGIN_FIELDS)))
    if route == "feedback":
        # Never a reason the database would accept: a valid rating would be written.
        body["reason_code"] = draw(garbage.filter(lambda v: v.strip() not in reasons))
        return "POST", f"/leads/{draw(lead_ids)}/feedback", None, body
    if route == "event":
        # Never a type the database would accept: a valid interaction would be written.
        body["event_type"] = draw(garbage.filter(lambda v: v.strip() not in event_types))
        return "POST", f"/leads/{draw(lead_ids)}/events", None, body
    if route == "assign":
        # Never the id of a real user: a valid assignment would be written.
        body["user_id"] = draw(garbage.filter(lambda v: v.strip().lstrip("+0") not in
                                               {str(i) for i in world.users.values()}))
        return "POST", f"/leads/{draw(lead_ids)}/assign", None, body
    if route == "login":
        body.setdefault("password", draw(garbage))
        return "POST", "/login", None, body
    return "POST", "/logout", None, body


# Garbage comes from its own address, so that the sign-in throttle it trips never
# locks out the fixture's own sign-ins (from 127.0.0.1).
GARBAGE_FROM = {"REMOTE_ADDR": "203.0.113.99"}


def send(client, method, path, query, body, csrf_mode, content_type):
    if method == "GET":
        return client.get(path, query_string=query, environ_base=GARBAGE_FROM)
    if csrf_mode != "missing":
        with client.session_transaction() as session:  # as a rendered form would carry it
            token = session.setdefault("csrf_token", "fuzz-token") if csrf_mode == "valid" else "forged"
        body = {**body, "csrf_token": token}
    if any(isinstance(value, tuple) for value in body.values()):
        content_type = "multipart"  # a file part goes as a file
    if content_type == "json":
        return client.post(path, json=body, query_string=query, environ_base=GARBAGE_FROM)
    if content_type == "text":
        return client.post(path, data=repr(body), content_type="text/plain", query_string=query,
                           environ_base=GARBAGE_FROM)
    if content_type == "multipart":
        return client.post(path, data=body, content_type="multipart/form-data", query_string=query,
                           environ_base=GARBAGE_FROM)
    return client.post(path, data=body, query_string=query, environ_base=GARBAGE_FROM)


@pytest.mark.parametrize("role", ROLES)
def test_garbage_never_gets_a_5xx_and_writes_nothing(role, clients, fingerprint, fuzz_db):
    _, app_url, world = fuzz_db
    codes = Gateway(app_url)
    event_types = {r["code"] for r in codes.call("list_codes", list_name="event_type")}
    languages = {r["code"] for r in codes.call("list_codes", list_name="language")}
    reasons = {r["code"] for r in codes.call("list_codes", list_name="feedback_reason")}
    client = clients[role]
    before = fingerprint()

    @settings(max_examples=80, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(request=requests(world, event_types, languages, reasons), csrf_mode=csrf, content_type=content_types)
    def check(request, csrf_mode, content_type):
        method, path, query, body = request
        response = send(client, method, path, query, body, csrf_mode, content_type)
        assert response.status_code < 500, (method, path, query, body, response.get_data(as_text=True)[:500])
        if role is not None and path == "/logout" and response.status_code == 302:
            assert sign_in(client, role.replace("_", ".")).status_code == 302  # back in for the rest
        assert fingerprint() == before, (method, path, query, body)

    check()
