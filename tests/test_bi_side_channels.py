"""A BI login types its own SQL against `bi` and tries to learn about other offices'
rows through what the engine tells besides the rows: plans, actual row counts,
estimates, errors and statistics. A predicate aimed at another office's row must
give exactly what the same predicate aimed at nothing gives (PostgreSQL; the T-SQL
twin is db/tests/test_bi.sql)."""
import re

import psycopg
import pytest
from psycopg import sql

from .helpers import MISSING_LEAD, pg_login

EXPLAINS = [
    "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) {query}",
    "EXPLAIN {query}",  # estimates
    "EXPLAIN (VERBOSE) {query}",
]

# (view, column, value of a Romandie row, value that matches no row anywhere)
PROBES = [
    ("bi.lead", "lead_id", "lead:ro1", MISSING_LEAD),
    ("bi.lead", "company_name", "Boulangerie du Lac Sàrl", "Boulangerie du Lac Sarl"),
    ("bi.lead", "ort", "Lausanne", "Lausanne-Nulle-Part"),
    ("bi.lead", "assigned_to", "Ro Rep", "Nobody Here"),
    ("bi.lead", "office_id", 2, 9),
    ("bi.lead_event", "lead_id", "lead:ro1", MISSING_LEAD),
    ("bi.lead_event", "user_name", "Ro Rep", "Nobody Here"),
    ("bi.lead_assignment", "lead_id", "lead:ro1", MISSING_LEAD),
    ("bi.lead_assignment", "user_name", "Ro Rep", "Nobody Here"),
    ("bi.lead_history", "lead_id", "lead:ro1", MISSING_LEAD),
    ("bi.lead_history", "company_name", "Boulangerie du Lac Sàrl", "Boulangerie du Lac Sarl"),
    ("bi.lead_outcome", "lead_id", "lead:ro1", MISSING_LEAD),
    ("bi.representative", "display_name", "Ro Rep", "Nobody Here"),
    ("bi.kpi", "display_name", "Ro Rep", "Nobody Here"),
    ("bi.kpi", "office_id", 2, 9),
]


@pytest.fixture
def bi_luzern(pg):
    url = pg_login(pg, "bi_luzern", "leadbase_bi")
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        conn.execute("INSERT INTO security.bi_login_office VALUES ('bi_luzern', 1)")
        conn.execute("ANALYZE")  # real statistics, as a long-running database has them
    with psycopg.connect(url, autocommit=True) as conn:
        yield conn


def _value(pg, value):
    return pg.world.leads[value.split(":")[1]] if str(value).startswith("lead:") else value


def _plan(conn, explain, view, column, value):
    query = sql.SQL("SELECT * FROM {} WHERE {} = {} AND office_id <> 1").format(
        sql.SQL(view), sql.Identifier(column), sql.Literal(value))
    text = "\n".join(r[0] for r in conn.execute(sql.SQL(explain).format(query=query)).fetchall())
    # The probed value itself differs, of course; everything else must not.
    return re.sub(rf"= '?{re.escape(str(value))}'?(?=\W)", "= ?", text)


@pytest.mark.parametrize("view,column,foreign,missing", PROBES,
                         ids=[f"{v}.{c}" for v, c, _, _ in PROBES])
def test_plans_and_estimates_tell_a_foreign_row_from_a_missing_one_not(pg, bi_luzern, view, column,
                                                                     foreign, missing):
    foreign = _value(pg, foreign)
    for explain in EXPLAINS:
        assert _plan(bi_luzern, explain, view, column, foreign) == \
            _plan(bi_luzern, explain, view, column, missing), explain
    query = sql.SQL("SELECT count(*) FROM {} WHERE {} = {}").format(
        sql.SQL(view), sql.Identifier(column), sql.Literal(foreign))
    assert bi_luzern.execute(query).fetchone() == (0,)


def test_own_rows_are_read_in_full(pg, bi_luzern):
    """The control: the same login does see its own office's rows and names."""
    rows = bi_luzern.execute("SELECT lead_id, assigned_to FROM bi.lead ORDER BY lead_id").fetchall()
    assert rows == [(pg.world.leads["lu1"], "Lu Rep"), (pg.world.leads["lu2"], None)]
    assert bi_luzern.execute("SELECT user_name FROM bi.lead_event").fetchall() == [("Lu Rep",)]
    assert bi_luzern.execute("SELECT user_name FROM bi.lead_assignment").fetchall() == [("Lu Rep",)]


def test_plans_show_no_table_of_another_office(bi_luzern):
    """The plan a BI login sees names no table, index or estimate of core: only the
    function that has applied the office before any of the login's predicates."""
    for view in ("bi.lead", "bi.lead_event", "bi.lead_assignment", "bi.lead_history", "bi.lead_outcome",
                 "bi.representative", "bi.kpi"):
        plan = "\n".join(r[0] for r in bi_luzern.execute(f"EXPLAIN (VERBOSE) SELECT * FROM {view}"))
        assert not re.search(r"\bcore\.|Index|Seq Scan", plan), plan


@pytest.mark.parametrize("statement", [
    "SELECT n_live_tup FROM pg_stat_user_tables",
    "SELECT n_tup_ins FROM pg_stat_all_tables",
    "SELECT idx_scan FROM pg_stat_user_indexes",
    "SELECT heap_blks_read FROM pg_statio_user_tables",
    "SELECT n_tup_ins FROM pg_stat_xact_user_tables",
    "SELECT pg_stat_get_live_tuples(c.oid) FROM pg_class AS c WHERE c.relname = 'lead'",
    "SELECT pg_stat_get_tuples_inserted(c.oid) FROM pg_class AS c WHERE c.relname = 'lead'",
    "SELECT pg_relation_size(c.oid) FROM pg_class AS c WHERE c.relname = 'lead'",
    "SELECT pg_total_relation_size(c.oid) FROM pg_class AS c WHERE c.relname = 'lead'",
])
def test_table_statistics_are_not_public(bi_luzern, statement):
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        bi_luzern.execute(statement)


def test_pg_stats_shows_no_column_statistics_of_core(bi_luzern):
    assert bi_luzern.execute("SELECT count(*) FROM pg_stats WHERE schemaname = 'core'").fetchone() == (0,)
