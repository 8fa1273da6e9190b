"""Behaviour of every app procedure, engine-agnostic (runs on each reachable engine)."""
import uuid

import pytest


from .helpers import MISSING_LEAD, add_leads_directly, error_of


# -- whoami, get_user_credentials -------------------------------------------------

def test_whoami_names_the_caller_and_offices(engine):
    [me] = engine.call("whoami", as_user="multi_mgr")
    assert me["login_name"] == "multi.mgr"
    assert me["role_code"] == "manager"
    assert me["office_codes"] == "egeli,luzern"


def test_whoami_without_a_user_is_empty(engine):
    assert engine.call("whoami") == []


def test_whoami_of_a_deactivated_user_is_empty(engine):
    assert engine.call("whoami", as_user="gone_rep") == []


def test_get_user_credentials_is_case_insensitive_and_needs_a_login(engine):
    [row] = engine.call("get_user_credentials", login_name="  LU.Rep ")
    assert row["user_id"] == engine.world.users["lu_rep"]
    assert row["password_hash"].startswith("$argon2id$")
    assert engine.call("get_user_credentials", login_name="nobody") == []
    assert error_of(engine, "get_user_credentials", login_name="").number == 50400


# -- list_leads ---------------------------------------------------------------------

def test_list_leads_shows_the_callers_offices_best_score_first(engine):
    rows = engine.call("list_leads", as_user="multi_mgr")
    assert {r["office_code"] for r in rows} == {"luzern", "egeli"}
    assert len(rows) == rows[0]["total_count"] == 4
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)


def test_list_leads_filters(engine):
    w = engine.world
    assert [r["lead_id"] for r in engine.call("list_leads", as_user="admin", search="NEUCHATEL")] == [w.leads["ro2"]]
    assert {r["lead_id"] for r in engine.call("list_leads", as_user="admin", plz_from=6000, plz_to=6499)} == {
        w.leads["lu1"], w.leads["lu2"]}
    mine = engine.call("list_leads", as_user="lu_rep", assigned_to=w.users["lu_rep"])
    assert [r["lead_id"] for r in mine] == [w.leads["lu1"]]
    assert mine[0]["assigned_to"] == "Lu Rep" and mine[0]["status"] == "contacted"
    assert engine.call("list_leads", as_user="admin", status="won") == []
    assert engine.call("list_leads", as_user="admin", search="100%_") == []


def test_list_leads_pages_and_sorts(engine):
    oldest = engine.call("list_leads", as_user="admin", sort="oldest", page_size=2)
    newest = engine.call("list_leads", as_user="admin", sort="newest", page_size=2)
    page2 = engine.call("list_leads", as_user="admin", sort="oldest", page_size=2, page=2)
    assert [r["lead_id"] for r in oldest] == [engine.world.leads["lu1"], engine.world.leads["lu2"]]
    assert [r["lead_id"] for r in newest] == [engine.world.leads["eg2"], engine.world.leads["eg1"]]
    assert [r["lead_id"] for r in page2] == [engine.world.leads["ro1"], engine.world.leads["ro2"]]
    assert {r["total_count"] for r in oldest + page2} == {6}
    assert engine.call("list_leads", as_user="admin", page=99) == []


@pytest.mark.parametrize("sort", ["score", "oldest", "newest"])
def test_list_leads_keyset_pages_walk_the_same_order_as_offset_pages(engine, sort):
    everything = [r["lead_id"] for r in engine.call("list_leads", as_user="admin", sort=sort)]
    walked, after = [], None
    while True:
        page = engine.call("list_leads", as_user="admin", sort=sort, page_size=2, after_lead_id=after)
        if not page:
            break
        assert {r["total_count"] for r in page} == {6}  # the total ignores the position
        walked += [r["lead_id"] for r in page]
        after = page[-1]["lead_id"]
    assert walked == everything and len(everything) == 6
    # page counts on from the keyset position
    skipped = engine.call("list_leads", as_user="admin", sort=sort, page_size=2, page=2,
                          after_lead_id=everything[0])
    assert [r["lead_id"] for r in skipped] == everything[3:5]


def test_list_leads_keyset_turns_away_a_foreign_lead_like_a_missing_one(engine):
    foreign = error_of(engine, "list_leads", as_user="lu_rep", after_lead_id=engine.world.leads["ro1"])
    missing = error_of(engine, "list_leads", as_user="lu_rep", after_lead_id=MISSING_LEAD)
    assert foreign.number == missing.number == 50400
    assert foreign.message == missing.message
    assert "parameter after_lead_id is not supported" in foreign.message


def test_list_leads_total_is_exact_below_the_cap(engine):
    rows = engine.call("list_leads", as_user="admin", page_size=1)
    assert rows[0]["total_count"] == 6 and rows[0]["total_is_exact"] in (True, 1)


def test_list_leads_counts_exactly_up_to_the_cap_then_says_more(engine):
    if engine.admin_url is None:
        pytest.skip("bulk insert needs the PostgreSQL superuser; tSQLt test_leads covers SQL Server")
    # The world has 2 Luzern leads: 9,998 more make exactly 10,000, one more passes the cap.
    add_leads_directly(engine.admin_url, "luzern", 9_998, 6004)
    [row] = engine.call("list_leads", as_user="lu_rep", page_size=1)
    assert (row["total_count"], row["total_is_exact"]) == (10_000, True)
    add_leads_directly(engine.admin_url, "luzern", 1, 6004)
    [row] = engine.call("list_leads", as_user="lu_rep", page_size=1)
    assert (row["total_count"], row["total_is_exact"]) == (10_000, False)
    # Filters count their own matches; other offices are not affected.
    [row] = engine.call("list_leads", as_user="lu_rep", page_size=1, search="bulk 999")
    assert (row["total_count"], row["total_is_exact"]) == (10, True)  # Bulk 999, 9990-9998
    assert engine.call("list_leads", as_user="ro_rep", page_size=1)[0]["total_count"] == 2


def test_list_leads_plz_range_is_the_same_read_narrow_or_wide(engine):
    """A range with at most 2,000 leads of the caller's offices is read through
    (office_id, plz), a wider one through the sort order's index: either way the
    answer is the range's leads of the caller's offices, in sort order, counted."""
    if engine.admin_url is None:
        pytest.skip("bulk insert needs the PostgreSQL superuser; tSQLt test_leads covers SQL Server")
    import psycopg

    add_leads_directly(engine.admin_url, "luzern", 1_990, 6020)
    add_leads_directly(engine.admin_url, "luzern", 30, 6021)
    add_leads_directly(engine.admin_url, "romandie", 3_000, 6020)  # another office's: never counted

    def expected(plz_from, plz_to):
        with psycopg.connect(engine.admin_url) as conn:
            ids = [r[0] for r in conn.execute(
                "SELECT l.lead_id FROM core.lead AS l JOIN core.office AS o USING (office_id)"
                " WHERE o.office_code = 'luzern' AND l.plz BETWEEN %s AND %s"
                " ORDER BY l.score DESC, l.lead_id DESC", (plz_from, plz_to))]
        return len(ids), ids[:100]

    for plz_from, plz_to in [(6020, 6020), (6020, 6021), (6021, 9999), (1000, 6019)]:
        rows = engine.call("list_leads", as_user="lu_rep", sort="score", page_size=100,
                           plz_from=plz_from, plz_to=plz_to)
        assert (rows[0]["total_count"], [r["lead_id"] for r in rows]) == expected(plz_from, plz_to)
    assert expected(6020, 6020)[0] == 1_990 and expected(6020, 6021)[0] == 2_020  # both reads were taken


def test_list_leads_reports_every_invalid_parameter_at_once(engine):
    error = error_of(engine, "list_leads", as_user="admin", status="open", sort="name", page=0,
                     page_size=500, plz_from=99, plz_to=100000)
    assert error.number == 50400
    for name in ("status", "sort", "page", "page_size", "plz_from", "plz_to"):
        assert f"parameter {name} is not supported" in error.message


# -- get_lead, get_lead_history -----------------------------------------------------

def test_get_lead_returns_the_lead_with_its_assignment(engine):
    [lead] = engine.call("get_lead", as_user="lu_rep", lead_id=engine.world.leads["lu1"])
    assert lead["company_name"] == "Pilatus Holzbau AG"
    assert lead["office_code"] == "luzern" and lead["plz"] == 6003
    assert lead["assigned_user_id"] == engine.world.users["lu_rep"]
    assert engine.call("get_lead", as_user="lu_rep", lead_id=MISSING_LEAD) == []
    assert error_of(engine, "get_lead", as_user="lu_rep", lead_id=None).number == 50400


def test_get_lead_history_tells_the_story_oldest_first(engine):
    rows = engine.call("get_lead_history", as_user="lu_mgr", lead_id=engine.world.leads["lu1"])
    kinds = [r["entry_kind"] for r in rows]
    assert kinds[0] == "created"
    assert "assigned" in kinds and "call" in kinds
    assert kinds.index("assigned") < kinds.index("call")
    call = rows[kinds.index("call")]
    assert call["actor"] == "Lu Rep" and call["note"] == "Spoke to the owner"
    assert call["next_step"] == "Send offer" and call["detail"] == "status: assigned -> contacted"
    assert [r["happened_at"] for r in rows] == sorted(r["happened_at"] for r in rows)


# -- add_lead -------------------------------------------------------------------------

def test_add_lead_routes_by_plz_and_scores(engine):
    [row] = engine.call("add_lead", as_user="multi_mgr", company_name="Rigi Bahnen AG", plz=6354,
                        ort="Vitznau", size_category="large", phone="+41 41 399 87 87",
                        email="info@rigi.ch", website="www.rigi.ch", uid="CHE-105.851.329")
    assert row["office_code"] == "luzern" and row["status"] == "new"
    assert row["score"] == 100  # 55 + 15 + 15 + 10 + 5
    [row] = engine.call("add_lead", as_user="multi_mgr", company_name="Säntis AG", plz=9000, ort="St. Gallen",
                        size_category="micro")
    assert row["office_code"] == "egeli" and row["score"] == 10


def test_add_lead_refuses_a_plz_of_an_office_the_caller_is_not_in(engine):
    error = error_of(engine, "add_lead", as_user="lu_rep", company_name="Genève Test SA", plz=1201, ort="Genève")
    assert error.number == 50403


def test_add_lead_validates_everything_at_once(engine):
    error = error_of(engine, "add_lead", as_user="admin", company_name=" ", plz=999, ort="",
                     uid="123", email="nope", size_category="huge", canton="lu")
    assert error.number == 50400
    for name in ("company_name", "plz", "ort", "uid", "email", "size_category", "canton"):
        assert f"parameter {name} is not supported" in error.message


def test_add_lead_needs_a_user(engine):
    assert error_of(engine, "add_lead", company_name="X AG", plz=6003, ort="Luzern").number == 50401


# -- log_event -------------------------------------------------------------------------

def test_log_event_moves_status_and_keeps_the_next_step(engine):
    lead = engine.world.leads["lu1"]
    [row] = engine.call("log_event", as_user="lu_rep", lead_id=lead, event_type="meeting",
                        note="Visited", new_status="qualified", next_step="Offer", next_step_at=None)
    assert row["status"] == "qualified" and row["was_duplicate"] is False or row["was_duplicate"] == 0
    assert engine.call("get_lead", as_user="lu_rep", lead_id=lead)[0]["status"] == "qualified"


def test_log_event_keeps_when_it_happened_within_the_leads_lifetime(engine):
    from datetime import datetime, timedelta, timezone

    from .imports_support import by_row, run_import

    batch, _ = run_import(engine, [{"company_name": "Spät Gemeldet AG", "plz": 6003, "ort": "Luzern"}],
                          received_at=datetime.now(timezone.utc) - timedelta(days=10))
    lead = by_row(engine, batch["batch_id"])[1]["lead_id"]
    yesterday = (datetime.now(timezone.utc) - timedelta(days=1)).replace(microsecond=0)
    [row] = engine.call("log_event", as_user="lu_mgr", lead_id=lead, event_type="call", occurred_at=yesterday)
    assert row["event_at"].replace(tzinfo=timezone.utc) == yesterday
    future = error_of(engine, "log_event", as_user="lu_mgr", lead_id=lead, event_type="call",
                      occurred_at=datetime.now(timezone.utc) + timedelta(days=2))
    early = error_of(engine, "log_event", as_user="lu_mgr", lead_id=lead, event_type="call",
                     occurred_at=datetime.now(timezone.utc) - timedelta(days=20))
    assert (future.number, early.number) == (50400, 50400)
    assert "occurred_at" in future.message and "delivered" in early.message


def test_final_statuses_are_final_for_representatives(engine):
    lead = engine.world.leads["lu1"]
    engine.call("log_event", as_user="lu_rep", lead_id=lead, event_type="call", new_status="lost")
    assert error_of(engine, "log_event", as_user="lu_rep", lead_id=lead, event_type="call",
                    new_status="contacted").number == 50403
    [note] = engine.call("log_event", as_user="lu_rep", lead_id=lead, event_type="call", note="Still no")
    assert note["status"] == "lost"
    [reopened] = engine.call("log_event", as_user="lu_mgr", lead_id=lead, event_type="note",
                             new_status="qualified", note="New owner, try again")
    assert reopened["status"] == "qualified"


def test_history_tells_each_status_change_once(engine):
    rows = engine.call("get_lead_history", as_user="lu_mgr", lead_id=engine.world.leads["lu1"])
    assert [r["entry_kind"] for r in rows] == ["created", "assigned", "call"]
    assert rows[0]["detail"] == "status: new, score: 40, office: luzern"


def test_log_event_note_does_not_change_status(engine):
    lead = engine.world.leads["lu2"]
    [row] = engine.call("log_event", as_user="lu_mgr", lead_id=lead, event_type="note", note="Check website")
    assert row["status"] == "new"


def test_log_event_twice_with_one_client_token_logs_once(engine):
    token = uuid.uuid4()
    lead = engine.world.leads["lu1"]
    first = engine.call("log_event", as_user="lu_rep", lead_id=lead, event_type="call", client_token=token)[0]
    again = engine.call("log_event", as_user="lu_rep", lead_id=lead, event_type="call", client_token=token)[0]
    assert again["event_id"] == first["event_id"] and bool(again["was_duplicate"])
    history = engine.call("get_lead_history", as_user="lu_rep", lead_id=lead)
    assert sum(r["entry_kind"] == "call" for r in history) == 2  # the world's call and this one


def test_log_event_rules(engine):
    w = engine.world
    # A representative logs only on leads assigned to them.
    assert error_of(engine, "log_event", as_user="lu_rep2", lead_id=w.leads["lu1"], event_type="call").number == 50403
    # Bad input, every problem named.
    error = error_of(engine, "log_event", as_user="lu_rep", lead_id=w.leads["lu1"], event_type="fax",
                     new_status="done", note="x" * 2001)
    assert error.number == 50400
    for name in ("event_type", "new_status", "note"):
        assert f"parameter {name} is not supported" in error.message
    assert error_of(engine, "log_event", lead_id=w.leads["lu1"], event_type="call").number == 50401
    assert error_of(engine, "log_event", as_user="lu_rep", lead_id=MISSING_LEAD, event_type="call").number == 50404


# -- assign_lead -------------------------------------------------------------------------

def test_assign_lead_assigns_reassigns_and_is_idempotent(engine):
    w = engine.world
    lead = w.leads["lu2"]
    [first] = engine.call("assign_lead", as_user="lu_mgr", lead_id=lead, user_id=w.users["lu_rep"])
    assert first["previous_user_id"] is None
    assert engine.call("get_lead", as_user="lu_mgr", lead_id=lead)[0]["status"] == "assigned"
    [same] = engine.call("assign_lead", as_user="lu_mgr", lead_id=lead, user_id=w.users["lu_rep"])
    assert same["assignment_id"] == first["assignment_id"]
    [moved] = engine.call("assign_lead", as_user="multi_mgr", lead_id=lead, user_id=w.users["lu_rep2"],
                          note="Holiday cover")
    assert moved["previous_user_id"] == w.users["lu_rep"]
    kinds = [r["entry_kind"] for r in engine.call("get_lead_history", as_user="lu_mgr", lead_id=lead)]
    assert kinds.count("assigned") == 2 and kinds.count("unassigned") == 1


def test_assign_lead_rules(engine):
    w = engine.world
    lead = w.leads["lu2"]
    assert error_of(engine, "assign_lead", as_user="lu_rep", lead_id=lead, user_id=w.users["lu_rep"]).number == 50403
    # Only active representatives of the lead's office.
    for user in ("ro_rep", "gone_rep", "lu_mgr"):
        assert error_of(engine, "assign_lead", as_user="lu_mgr", lead_id=lead, user_id=w.users[user]).number == 50400
    assert error_of(engine, "assign_lead", as_user="lu_mgr", lead_id=MISSING_LEAD,
                    user_id=w.users["lu_rep"]).number == 50404
    engine.call("log_event", as_user="lu_mgr", lead_id=lead, event_type="call", new_status="lost")
    assert error_of(engine, "assign_lead", as_user="lu_mgr", lead_id=lead, user_id=w.users["lu_rep"]).number == 50409


# -- list_users, save_user ------------------------------------------------------------------

def test_list_users_managers_see_their_offices_admins_all(engine):
    mine = {r["login_name"] for r in engine.call("list_users", as_user="ro_mgr")}
    assert mine == {"admin", "ro.rep", "ro.mgr"}
    everyone = engine.call("list_users", as_user="admin", role_code="representative")
    assert {r["login_name"] for r in everyone} == {"lu.rep", "lu.rep2", "ro.rep", "eg.rep", "gone.rep"}
    lu_rep = next(r for r in everyone if r["login_name"] == "lu.rep")
    assert lu_rep["open_lead_count"] == 1
    assert error_of(engine, "list_users", as_user="lu_rep").number == 50403
    assert error_of(engine, "list_users", as_user="admin", role_code="boss").number == 50400


def test_save_user_creates_updates_and_validates(engine):
    [row] = engine.call("save_user", as_user="admin", login_name="new.rep", display_name="New Rep",
                        role_code="representative", office_codes="romandie")
    assert row["office_codes"] == "romandie" and bool(row["is_active"])
    [row] = engine.call("save_user", as_user="admin", login_name="new.rep", display_name="New Manager",
                        role_code="manager", office_codes="romandie,egeli")
    assert row["office_codes"] == "egeli,romandie" and row["role_code"] == "manager"
    error = error_of(engine, "save_user", as_user="admin", login_name="X", display_name="",
                     role_code="representative", office_codes="luzern,mars")
    assert error.number == 50400
    assert "unknown: mars" in error.message
    error = error_of(engine, "save_user", as_user="admin", login_name="two.offices", display_name="Two",
                     role_code="representative", office_codes="luzern,egeli")
    assert "exactly one office" in error.message
    assert error_of(engine, "save_user", as_user="lu_rep", login_name="x.y", display_name="X",
                    role_code="representative", office_codes="luzern").number == 50403
    assert error_of(engine, "save_user", as_user="admin", login_name="admin", display_name="Ada",
                    role_code="admin", office_codes="luzern", is_active=False).number == 50409


# -- route_leads, set_plz_mapping --------------------------------------------------------------

DEFAULT = [{"office_code": "luzern", "plz_from": 6000, "plz_to": 6499},
           {"office_code": "romandie", "plz_from": 1000, "plz_to": 2499},
           {"office_code": "romandie", "plz_from": 2800, "plz_to": 2999}]


def _json(mapping):
    import json

    return json.dumps(mapping)


def test_route_leads_with_a_consistent_mapping_moves_nothing(engine):
    assert engine.call("route_leads", as_user="admin", dry_run=True) == []
    assert engine.call("route_leads", as_user="admin") == []
    assert error_of(engine, "route_leads", as_user="lu_mgr").number == 50403
    assert error_of(engine, "route_leads").number == 50401


def test_set_plz_mapping_dry_run_previews_exactly_the_real_run(engine):
    # Bern (3011) moves from the catch-all egeli to luzern.
    mapping = DEFAULT + [{"office_code": "luzern", "plz_from": 3000, "plz_to": 3999}]
    preview = engine.call("set_plz_mapping", as_user="admin", mapping=_json(mapping), dry_run=True)
    assert preview == [{"from_office_code": "egeli", "to_office_code": "luzern", "lead_count": 1}]
    assert engine.call("get_lead", as_user="lu_rep", lead_id=engine.world.leads["eg1"]) == []  # nothing changed
    applied = engine.call("set_plz_mapping", as_user="admin", mapping=_json(mapping))
    assert applied == preview
    [lead] = engine.call("get_lead", as_user="lu_rep", lead_id=engine.world.leads["eg1"])
    assert lead["office_code"] == "luzern"
    assert engine.call("get_lead", as_user="eg_rep", lead_id=engine.world.leads["eg1"]) == []
    # A repeated submit changes nothing more.
    assert engine.call("set_plz_mapping", as_user="admin", mapping=_json(mapping)) == []


def test_set_plz_mapping_names_every_overlap_and_bad_entry(engine):
    mapping = DEFAULT + [{"office_code": "romandie", "plz_from": 6000, "plz_to": 6099},
                         {"office_code": "mars", "plz_from": 1, "plz_to": 2}]
    error = error_of(engine, "set_plz_mapping", as_user="admin", mapping=_json(mapping), dry_run=True)
    assert error.number == 50400 and "unknown office_code mars" in error.message
    error = error_of(engine, "set_plz_mapping", as_user="admin", mapping=_json(DEFAULT + [
        {"office_code": "romandie", "plz_from": 6000, "plz_to": 6099}]))
    assert "PLZ 6000-6099 is mapped to luzern and romandie" in error.message
    assert error_of(engine, "set_plz_mapping", as_user="admin", mapping="{not json").number == 50400
    assert error_of(engine, "set_plz_mapping", as_user="lu_mgr", mapping=_json(DEFAULT)).number == 50403


def test_a_moved_lead_leaves_its_old_representative(engine):
    w = engine.world
    # ro1 is assigned to ro_rep; hand Lausanne's PLZ to luzern.
    mapping = [m for m in DEFAULT if m["office_code"] != "romandie"] + [
        {"office_code": "luzern", "plz_from": 1000, "plz_to": 1099},
        {"office_code": "romandie", "plz_from": 1100, "plz_to": 2499},
        {"office_code": "romandie", "plz_from": 2800, "plz_to": 2999}]
    engine.call("set_plz_mapping", as_user="admin", mapping=_json(mapping))
    [lead] = engine.call("get_lead", as_user="lu_mgr", lead_id=w.leads["ro1"])
    assert lead["office_code"] == "luzern"
    assert lead["assigned_user_id"] is None and lead["status"] == "contacted"
    assert engine.call("list_leads", as_user="ro_rep", assigned_to=w.users["ro_rep"]) == []
    history = engine.call("get_lead_history", as_user="lu_mgr", lead_id=w.leads["ro1"])
    assert history[-1]["entry_kind"] in ("unassigned", "changed")
    # Its interactions move with it; its earlier versions stay hidden from luzern.
    versions = [r for r in history if r["entry_kind"] in ("created", "changed")]
    assert [r["detail"] for r in versions] == ["routed to luzern"]
    assert [r["note"] for r in history if r["entry_kind"] == "call"] == ["Rappeler lundi"]
    assert engine.call("get_lead_history", as_user="ro_mgr", lead_id=w.leads["ro1"]) == []


def test_add_lead_treats_blank_optional_text_as_missing(engine):
    [row] = engine.call("add_lead", as_user="admin", company_name="  Leer GmbH ", plz=8001, ort=" Zürich ",
                        phone=" ", email="", website="  ", uid=" ", size_category="micro")
    assert row["score"] == 10  # no phone, e-mail, website or UID points
    [lead] = engine.call("get_lead", as_user="admin", lead_id=row["lead_id"])
    assert (lead["company_name"], lead["ort"], lead["phone"], lead["uid"]) == ("Leer GmbH", "Zürich", None, None)


def test_add_lead_names_each_value_that_is_too_long(engine):
    error = error_of(engine, "add_lead", as_user="admin", company_name="Lang AG", plz=8001, ort="Zürich",
                     street="s" * 201, phone="1" * 31, branche="b" * 11)
    assert error.message == "; ".join(
        f"The value for the parameter {name} is not supported. It must not be longer than {n} characters."
        for name, n in [("street", 200), ("phone", 30), ("branche", 10)])
