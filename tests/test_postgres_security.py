"""PostgreSQL-specific paths around the procedures: direct table access, forged
session settings, BI logins and break-glass sessions."""
import psycopg
import pytest

from .helpers import pg_login


def _offices_seen(conn):
    return {r[0] for r in conn.execute("SELECT DISTINCT office_code FROM bi.lead").fetchall()}


def test_app_login_has_no_table_access(pg):
    app_url = pg.gateway.url
    for statement in ("SELECT * FROM core.lead", "SELECT * FROM history.lead",
                      "UPDATE core.lead SET score = 0", "SELECT * FROM bi.lead",
                      "SELECT * FROM core.plan_routing(NULL)", "SELECT security.caller_offices()",
                      "SELECT * FROM core.search_lead_ids('{1,2,3}', '%')",
                      "SELECT core.lead_in_offices('{1,2,3}', 1)"):
        with psycopg.connect(app_url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement)


def test_a_login_outside_leadbase_api_cannot_borrow_a_user(pg):
    url = pg_login(pg, "intruder", "leadbase_bi")
    with psycopg.connect(url) as conn:
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(pg.world.users["admin"]),))
        assert _offices_seen(conn) == set()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM app.list_leads()")


def test_bi_login_reads_only_its_offices(pg):
    url = pg_login(pg, "bi_luzern", "leadbase_bi")
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        conn.execute("INSERT INTO security.bi_login_office VALUES ('bi_luzern', 1)")
    with psycopg.connect(url) as conn:
        assert _offices_seen(conn) == {"luzern"}
        events = conn.execute("SELECT DISTINCT office_id FROM bi.lead_event").fetchall()
        assert events == [(1,)]
        # A setting naming the admin changes nothing for a BI login.
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(pg.world.users["admin"]),))
        assert _offices_seen(conn) == {"luzern"}
        for statement in ("INSERT INTO bi.office VALUES (9, 'x', 'x', false)", "SELECT * FROM core.lead"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
            conn.rollback()


def test_unmapped_bi_login_sees_nothing(pg):
    with psycopg.connect(pg_login(pg, "bi_nobody", "leadbase_bi")) as conn:
        assert _offices_seen(conn) == set()
        assert conn.execute("SELECT count(*) FROM bi.lead_assignment").fetchone() == (0,)


def test_break_glass_is_logged_and_lasts_one_transaction(pg):
    url = pg_login(pg, "dba_on_call", "leadbase_breakglass")
    with psycopg.connect(url) as conn:
        assert _offices_seen(conn) == set()
        with pytest.raises(psycopg.Error) as too_short:
            conn.execute("SELECT * FROM security.open_break_glass('short')")
        assert too_short.value.sqlstate == "LB400"
        conn.rollback()
        conn.execute("SELECT * FROM security.open_break_glass('Ticket 4711: a lead went missing')")
        assert _offices_seen(conn) == {"luzern", "romandie", "egeli"}
        conn.commit()
        assert _offices_seen(conn) == set()
        # Somebody else's break-glass id does not open anything.
        conn.execute("SELECT set_config('app.break_glass_id', '1', true)")
    with psycopg.connect(pg.admin_url) as conn:
        [(login, reason)] = conn.execute("SELECT login_name, reason FROM security.break_glass_log").fetchall()
        assert login == "dba_on_call" and reason.startswith("Ticket 4711")
    with psycopg.connect(pg_login(pg, "other_dba", "leadbase_breakglass")) as conn:
        conn.execute("SELECT set_config('app.break_glass_id', '1', true)")
        assert _offices_seen(conn) == set()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO security.break_glass_log (login_name, reason, expires_at) "
                         "VALUES ('other_dba', 'forged entry here', now() + interval '1 hour')")


def test_non_member_cannot_open_break_glass(pg):
    with psycopg.connect(pg_login(pg, "curious", "leadbase_api")) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM security.open_break_glass('I would like to look around')")


def test_history_tables_carry_the_policy(pg):
    """The owner role (as procedures run) with a Luzern user sees only Luzern history."""
    with psycopg.connect(pg.admin_url) as conn:
        conn.execute("SET ROLE leadbase_owner")
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(pg.world.users["lu_mgr"]),))
        offices = conn.execute("SELECT DISTINCT office_id FROM history.lead").fetchall()
        assert offices == [(1,)]
        lead_offices = conn.execute("SELECT DISTINCT office_id FROM core.lead_event").fetchall()
        assert lead_offices == [(1,)]
        # Block: the owner cannot move a Luzern lead to Romandie or write into Romandie.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE core.lead SET office_id = 2 WHERE office_id = 1")


def test_search_helper_reads_only_the_searchable_columns(pg):
    """core.search_lead_ids bypasses RLS, so its owner may read nothing but the
    columns it searches; what it finds is re-read under RLS by app.list_leads."""
    with psycopg.connect(pg.admin_url) as conn:
        conn.execute("SET ROLE leadbase_search")
        assert conn.execute("SELECT count(*) FROM core.search_lead_ids('{1,2,3}', '%')").fetchone() == (6,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT phone FROM core.lead")


def test_bi_login_cannot_probe_other_offices_people_through_errors(pg):
    """A crafted filter that raises an error must only ever see the login's own rows:
    pushed down to the scan of core.app_user (no policy of its own) it would tell, by
    failing or not, whether a user of another office with that name exists."""
    url = pg_login(pg, "bi_probe", "leadbase_bi")
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        conn.execute("INSERT INTO security.bi_login_office VALUES ('bi_probe', 1)")
    probe = "SELECT count(*) FROM {} WHERE 1 / (CASE WHEN {} = %s THEN 0 ELSE 1 END) = 1"
    with psycopg.connect(url, autocommit=True) as conn:
        for view, column in (("bi.lead", "assigned_to"), ("bi.lead_assignment", "user_name"),
                             ("bi.lead_event", "user_name"), ("bi.lead", "company_name")):
            # Control: a value of the login's own office does reach the filter.
            own = "Pilatus Holzbau AG" if column == "company_name" else "Lu Rep"
            with pytest.raises(psycopg.errors.DivisionByZero):
                conn.execute(probe.format(view, column), (own,))
            foreign = "Boulangerie du Lac Sàrl" if column == "company_name" else "Ro Rep"
            conn.execute(probe.format(view, column), (foreign,))
