"""One list per coded value: the lookup tables (core.lead_status, core.event_type,
core.role, core.size_category, core.noga_branche) are what app.list_codes returns,
what the procedures check against (byte-wise: 'WON' is not 'won') and what foreign
keys enforce. Engine-agnostic, plus the PostgreSQL migration from the CHECK lists."""
import psycopg
import pytest

from thin_api import deploy

from .helpers import error_of

LISTS = {"aging_bucket", "assignment_reason", "event_type", "feedback_reason", "import_reason", "kpi", "language",
         "lead_status", "noga_branche", "role", "scoring_factor", "sign_in_outcome", "size_category"}


def test_every_copy_of_the_list_names_is_the_views():
    """The list names are written out in core.code_list (both engines), in the tSQLt
    test of app.list_codes' message and in the CONTRACT's row of list_codes: one
    list. (tSQLt runs only where SQL Server does, so a stale copy there went unseen.)"""
    import re

    from .contract import CONTRACT, ROOT

    for view in ("db/views/code_list.sql", "db/postgres/views/code_list.sql"):
        text = (ROOT / view).read_text(encoding="utf-8")
        assert set(re.findall(r"'(\w+)'(?:::VARCHAR\(30\)| AS VARCHAR\(30\)\)) AS list_name", text)) == LISTS, view
    tsqlt = (ROOT / "db/tests/test_lookups.sql").read_text(encoding="utf-8")
    message = "".join(re.findall(r"N'([^']*)'", tsqlt.split("[test list_codes raises 50400 naming the lists]")[1]
                                 .split("EXEC tSQLt.ExpectException")[0]))
    assert message.endswith("Supported values are " + ", ".join(sorted(LISTS)) + "."), message
    row = next(line for line in CONTRACT.read_text(encoding="utf-8").splitlines() if line.startswith("| `list_codes`"))
    assert set(re.findall(r"`(\w+)`", row.split("|")[2])) == LISTS


def test_list_codes_returns_every_list_with_three_languages(engine):
    rows = engine.call("list_codes")
    assert {r["list_name"] for r in rows} == LISTS
    assert all(r["label_de"] and r["label_fr"] and r["label_en"] for r in rows)
    status = engine.call("list_codes", list_name="lead_status")
    assert [r["code"] for r in status] == ["new", "assigned", "contacted", "qualified", "won", "lost",
                                           "do_not_contact"]
    assert {r["code"] for r in status if r["is_final"]} == {"won", "lost", "do_not_contact"}
    assert not any(r["is_final"] and r["is_open"] for r in status)
    events = {r["code"]: r for r in engine.call("list_codes", list_name="event_type")}
    assert {c for c, r in events.items() if r["is_contact"]} == {"call", "email", "meeting"}
    assert all(r["is_final"] is None for r in events.values())


def test_noga_holds_the_official_divisions_and_classes(engine):
    noga = {r["code"]: r for r in engine.call("list_codes", list_name="noga_branche")}
    assert sum(len(c) == 2 for c in noga) == 88 and sum(len(c) == 5 for c in noga) == 615
    assert noga["62.01"]["label_de"] == "Programmierungstätigkeiten"
    assert noga["62.01"]["label_fr"] == "Programmation informatique"
    assert noga["62.01"]["label_en"] == "Computer programming activities"
    assert noga["56"]["label_fr"] == "Restauration"
    assert list(noga) == sorted(noga)  # divisions before their classes


def test_list_codes_names_the_lists_when_one_is_unknown(engine):
    error = error_of(engine, "list_codes", list_name="status")
    assert error.number == 50400
    assert error.message == ("The value for the parameter list_name is not supported. Supported values are "
                             "aging_bucket, assignment_reason, event_type, feedback_reason, import_reason, kpi, "
                             "language, lead_status, noga_branche, role, scoring_factor, sign_in_outcome, size_category.")


def test_codes_compare_byte_wise_and_messages_list_the_table(engine):
    error = error_of(engine, "list_leads", as_user="admin", status="WON")
    assert error.message == ("The value for the parameter status is not supported. Supported values are "
                             "new, assigned, contacted, qualified, won, lost, do_not_contact.")
    assert error_of(engine, "list_users", as_user="admin", role_code="Admin").number == 50400
    error = error_of(engine, "log_event", as_user="lu_rep", lead_id=engine.world.leads["lu1"],
                     event_type="Call", new_status="Won")
    assert error.message == ("The value for the parameter event_type is not supported. Supported values are "
                             "call, email, meeting, note.; The value for the parameter new_status is not "
                             "supported. Supported values are new, assigned, contacted, qualified, won, lost, "
                             "do_not_contact.")


def test_add_lead_checks_branche_and_size_against_their_lists(engine):
    error = error_of(engine, "add_lead", as_user="lu_rep", company_name="Rigi AG", plz=6353, ort="Weggis",
                     branche="62.99", size_category="MICRO")
    assert error.message == (
        "The value for the parameter branche is not supported. Supported values are the 703 codes that "
        "app.list_codes returns for list_name noga_branche.; The value for the parameter size_category is "
        "not supported. Supported values are micro, small, medium, large.")
    [row] = engine.call("add_lead", as_user="lu_rep", company_name="Rigi AG", plz=6353, ort="Weggis",
                        branche="62.01", size_category="micro")
    assert engine.call("get_lead", as_user="lu_rep", lead_id=row["lead_id"])[0]["branche"] == "62.01"


def test_a_note_does_not_contact_but_a_call_does(engine):
    [row] = engine.call("add_lead", as_user="lu_mgr", company_name="Seetal Beck", plz=6280, ort="Hochdorf")
    lead_id = row["lead_id"]
    assert engine.call("log_event", as_user="lu_mgr", lead_id=lead_id, event_type="note")[0]["status"] == "new"
    assert engine.call("log_event", as_user="lu_mgr", lead_id=lead_id, event_type="meeting")[0]["status"] \
        == "contacted"


def _constraints(conn, table):
    return {r[0]: r[1] for r in conn.execute(
        "SELECT conname, contype FROM pg_constraint WHERE conrelid = %s::regclass", (f"core.{table}",))}


def test_postgres_migration_replaces_check_lists_with_foreign_keys_keeping_data(pg):
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        # The shape main had before the lookup tables.
        conn.execute("""
            ALTER TABLE core.lead DROP CONSTRAINT fk_core_lead_status_core_lead_status,
                DROP CONSTRAINT fk_core_lead_branche_core_noga_branche,
                ADD CONSTRAINT ck_core_lead_status CHECK (status IN ('new', 'assigned', 'contacted',
                    'qualified', 'won', 'lost', 'do_not_contact'));
            ALTER TABLE core.app_user DROP CONSTRAINT fk_core_app_user_role_code_core_role,
                ADD CONSTRAINT ck_core_app_user_role_code CHECK (role_code IN ('representative', 'manager', 'admin'));
        """)
        before = conn.execute("SELECT lead_id, status, branche FROM core.lead ORDER BY lead_id").fetchall()
    deploy.deploy_postgres(pg.admin_url)
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        lead, user = _constraints(conn, "lead"), _constraints(conn, "app_user")
        assert lead["fk_core_lead_status_core_lead_status"] == "f" and "ck_core_lead_status" not in lead
        assert lead["fk_core_lead_branche_core_noga_branche"] == "f"
        assert user["fk_core_app_user_role_code_core_role"] == "f" and "ck_core_app_user_role_code" not in user
        assert conn.execute("SELECT lead_id, status, branche FROM core.lead ORDER BY lead_id").fetchall() == before
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            conn.execute("UPDATE core.lead SET status = 'WON'")


def test_postgres_migration_stops_on_an_unknown_branche_and_changes_nothing(pg):
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        conn.execute("ALTER TABLE core.lead DROP CONSTRAINT fk_core_lead_branche_core_noga_branche")
        assert conn.execute("UPDATE core.lead SET branche = 'XX.99' WHERE plz = 3011").rowcount == 1
    with pytest.raises(SystemExit, match="not NOGA 2008 codes of core.noga_branche: XX.99"):
        deploy.deploy_postgres(pg.admin_url)
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM core.lead WHERE branche = 'XX.99'").fetchone()[0] == 1
        assert "fk_core_lead_branche_core_noga_branche" not in _constraints(conn, "lead")
