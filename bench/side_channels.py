"""Does another office's data change what a Luzern user's calls cost? (a benchmark, not a test)

    PYTHONPATH=. .venv/bin/python bench/side_channels.py [--luzern 20000] [--pairs 300] [--port 55303]

Issue 8, "cost that does not depend on other offices": a private cluster holds two
databases with the same schema and the same Luzern office -- the same leads, users,
assignments and events, with the same ids:
    empty   the other offices hold nothing;
    full    Romandie and Egeli hold 10x Luzern's leads, many of them matching the
            probes below (the search terms, PLZ 1227, status+branche, assignments
            of a Romandie representative), with events and assignments.
Every `app` procedure a Luzern user can call, and every `bi` view read by a BI login
mapped to Luzern, is timed in both databases, in pairs (empty/full in random order
per pair, one reused connection per database, one transaction per call, rolled back,
so writes leave nothing behind). Per probe the script prints the median of the
paired differences full - empty, with a 95% bootstrap confidence interval. Goal: the
interval includes 0 or the difference is under 2 us. "foreign vs missing" compares,
in the full database, a Romandie lead's id with an id that exists nowhere.
Admin-only procedures (save_user, set_plz_mapping, route_leads) act on every office
by design and are not probed; get_user_credentials is the web tier's sign-in, not an
office user's call.
Figures are client-side wall times on a shared, loaded 2-core machine.
"""
import argparse
import atexit
import random
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psycopg

from thin_api import deploy, embedded_pg

BI_LOGIN = "sc_bi_luzern"
TERMS = ["holz", "sàrl", "zürich", "genève"]  # names in both, or mostly in other offices
GOAL_US = 2.0


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# ---------------------------------------------------------------------------- data

def leads_sql(office: str, start: int, count: int, plz_expr: str, ort: str) -> str:
    """`count` leads of one office, deterministic (the same in both databases)."""
    words = "ARRAY['Holzbau', 'Sàrl', 'Zürich', 'Genève', 'Garage', 'Treuhand', 'Informatik', 'Bäckerei']"
    return f"""
        INSERT INTO core.lead (company_name, plz, ort, branche, status, score, office_id, created_at)
        SELECT
            'Firma ' || i || ' ' || ({words})[1 + i % 8] || CASE WHEN i % 3 = 0 THEN ' Holz' ELSE '' END,
            {plz_expr}, '{ort}',
            (ARRAY['43.32', '62.01', '16.23', '56.10'])[1 + i % 4],
            (ARRAY['new', 'assigned', 'contacted', 'new', 'qualified'])[1 + i % 5],
            (i * 37) % 101,
            o.office_id,
            timestamptz '2026-01-01' - (i % 700) * interval '1 day'
        FROM generate_series({start}, {start + count - 1}) AS i
        CROSS JOIN core.office AS o WHERE o.office_code = '{office}'"""


def build(admin_url: str, luzern: int, full: bool, secret) -> dict:
    deploy.deploy_postgres(admin_url)
    app_url = deploy.ensure_app_login(admin_url, secret(deploy.APP_LOGIN))
    admin_id = deploy.bootstrap_admin(admin_url, "admin", "Ada Admin")
    users = {"admin": admin_id}
    with psycopg.connect(app_url) as conn:
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(admin_id),))
        for login, role, offices in [("lu.rep", "representative", "luzern"),
                                     ("lu.mgr", "manager", "luzern"),
                                     ("ro.rep", "representative", "romandie"),
                                     ("eg.rep", "representative", "egeli")]:
            users[login] = conn.execute(
                "SELECT user_id FROM app.save_user(p_login_name => %s, p_display_name => %s,"
                " p_role_code => %s, p_office_codes => %s)", (login, login.title(), role, offices)).fetchone()[0]
        conn.commit()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(leads_sql("luzern", 1, luzern, "6000 + i % 400", "Luzern"))
        if full:
            conn.execute(leads_sql("romandie", 1, 4 * luzern, "CASE WHEN i % 4 = 0 THEN 1227 ELSE 1000 + i % 1400 END",
                                   "Genève"))
            conn.execute(leads_sql("egeli", 1, 6 * luzern, "8000 + i % 1000", "Zürich"))
        rep_of = f"CASE o.office_code WHEN 'luzern' THEN {users['lu.rep']} WHEN 'romandie' THEN {users['ro.rep']}" \
                 f" ELSE {users['eg.rep']} END"
        conn.execute(f"""
            INSERT INTO core.lead_assignment (lead_id, office_id, user_id, assigned_by, assigned_at)
            SELECT l.lead_id, l.office_id, {rep_of}, {admin_id}, l.created_at
            FROM core.lead AS l JOIN core.office AS o USING (office_id) WHERE l.status <> 'new'""")
        conn.execute(f"""
            INSERT INTO core.lead_event (lead_id, office_id, user_id, event_at, event_type, note)
            SELECT l.lead_id, l.office_id, {rep_of}, l.created_at + interval '1 day', 'call', 'called'
            FROM core.lead AS l JOIN core.office AS o USING (office_id) WHERE l.status <> 'new'""")
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (BI_LOGIN,)).fetchone():
            conn.execute(f"CREATE ROLE {BI_LOGIN} LOGIN IN ROLE leadbase_bi")
        # The private cluster is closed (password or peer): the BI login gets a generated secret.
        conn.execute(f"ALTER ROLE {BI_LOGIN} PASSWORD '{secret(BI_LOGIN)}'")
        conn.execute("INSERT INTO security.bi_login_office VALUES (%s, 1) ON CONFLICT DO NOTHING", (BI_LOGIN,))
        conn.execute("VACUUM ANALYZE")
        counts = dict(conn.execute("SELECT o.office_code, count(l.lead_id) FROM core.office AS o"
                                   " LEFT JOIN core.lead AS l USING (office_id) GROUP BY 1").fetchall())
        foreign = conn.execute("SELECT min(lead_id) FROM core.lead WHERE office_id = 2").fetchone()[0]
    return {"app_url": app_url, "users": users, "counts": counts, "foreign": foreign}


# ---------------------------------------------------------------------------- probes

def probes(users: dict, foreign_id: int, missing_id: int, own_id: int) -> list[tuple]:
    """(label, who, sql, params): `who` is a user login (app) or 'bi'."""
    lu, mgr = "lu.rep", "lu.mgr"
    app = [
        ("whoami", lu, "SELECT * FROM app.whoami()", {}),
        ("list_leads first page", lu, "SELECT * FROM app.list_leads()", {}),
        ("list_leads page 3", lu, "SELECT * FROM app.list_leads(p_page => 3)", {}),
        ("list_leads keyset", lu, "SELECT * FROM app.list_leads(p_after_lead_id => %(id)s)", {"id": own_id}),
        ("list_leads status+branche", lu,
         "SELECT * FROM app.list_leads(p_status => 'new', p_branche => '43.32')", {}),
        ("list_leads PLZ 1227 (Romandie's)", lu,
         "SELECT * FROM app.list_leads(p_plz_from => 1227, p_plz_to => 1227)", {}),
        ("list_leads assigned_to Romandie rep", lu,
         "SELECT * FROM app.list_leads(p_assigned_to => %(u)s)", {"u": users["ro.rep"]}),
        ("list_leads assigned_to own rep", mgr,
         "SELECT * FROM app.list_leads(p_assigned_to => %(u)s)", {"u": users["lu.rep"]}),
    ] + [(f"list_leads search '{t}'", lu, "SELECT * FROM app.list_leads(p_search => %(t)s)", {"t": t})
         for t in TERMS] + [
        ("get_lead own", lu, "SELECT * FROM app.get_lead(p_lead_id => %(id)s)", {"id": own_id}),
        ("get_lead foreign id", lu, "SELECT * FROM app.get_lead(p_lead_id => %(id)s)", {"id": foreign_id}),
        ("get_lead_history own", lu, "SELECT * FROM app.get_lead_history(p_lead_id => %(id)s)", {"id": own_id}),
        ("get_lead_history foreign id", lu,
         "SELECT * FROM app.get_lead_history(p_lead_id => %(id)s)", {"id": foreign_id}),
        ("log_event own (rolled back)", mgr,
         "SELECT * FROM app.log_event(p_lead_id => %(id)s, p_event_type => 'note', p_note => 'x')", {"id": own_id}),
        ("log_event foreign id", mgr,
         "SELECT * FROM app.log_event(p_lead_id => %(id)s, p_event_type => 'note', p_note => 'x')",
         {"id": foreign_id}),
        ("assign_lead own (rolled back)", mgr,
         "SELECT * FROM app.assign_lead(p_lead_id => %(id)s, p_user_id => %(u)s)", {"id": own_id, "u": users["lu.rep"]}),
        ("add_lead (rolled back)", lu,
         "SELECT * FROM app.add_lead(p_company_name => 'Probe Holz AG', p_plz => 6003, p_ort => 'Luzern')", {}),
        ("list_users", mgr, "SELECT * FROM app.list_users()", {}),
        ("list_codes", lu, "SELECT * FROM app.list_codes()", {}),
    ]
    bi = [(f"bi read {q}", "bi", q, {}) for q in (
        "SELECT * FROM bi.office",
        "SELECT count(*) FROM bi.lead",
        "SELECT * FROM bi.lead WHERE company_name LIKE '%%Holz%%' LIMIT 50",
        "SELECT count(*) FROM bi.lead_event",
        "SELECT count(*) FROM bi.lead_assignment",
    )]
    return app + bi


class Side:
    def __init__(self, app_url: str, bi_url: str, users: dict):
        self.app = psycopg.connect(app_url)
        self.bi = psycopg.connect(bi_url)
        self.app.prepare_threshold = self.bi.prepare_threshold = None
        self.users = users

    def time(self, who: str, sql: str, params: dict) -> float:
        conn = self.bi if who == "bi" else self.app
        with conn.cursor() as cur:
            if who != "bi":
                cur.execute("SELECT set_config('app.user_id', %s, true)", (str(self.users[who]),))
            t0 = time.perf_counter()
            try:
                cur.execute(sql, params)
                cur.fetchall()
            except psycopg.errors.RaiseException:
                pass  # LB404 and the like: timed as they are
            except psycopg.Error as error:
                if not (error.sqlstate or "").startswith("LB"):
                    raise
            elapsed = time.perf_counter() - t0
        conn.rollback()
        return elapsed * 1e6


def bootstrap_ci(diffs: list[float], rounds: int = 2000) -> tuple[float, float]:
    rng = random.Random(8)
    medians = sorted(statistics.median(rng.choices(diffs, k=len(diffs))) for _ in range(rounds))
    return medians[int(0.025 * rounds)], medians[int(0.975 * rounds) - 1]


def within_goal(lo: float, hi: float, median: float) -> bool:
    return lo <= 0 <= hi or abs(median) < GOAL_US


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--luzern", type=int, default=20_000, help="Luzern's leads (others get 10x)")
    parser.add_argument("--pairs", type=int, default=300, help="alternating empty/full pairs per probe")
    parser.add_argument("--port", type=int, default=55303)
    parser.add_argument("--only", default="", help="only the probes whose label contains this text")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="leadbase-sidechannels-"))
    server = embedded_pg.ensure_running(folder, args.port)
    atexit.register(lambda: (embedded_pg.stop(folder), shutil.rmtree(folder, ignore_errors=True)))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    log(f"private cluster in {folder} on port {args.port}")

    sides, built = {}, {}
    for name, full in (("empty", False), ("full", True)):
        admin_url = embedded_pg.ensure_database(server, f"sc_{name}")
        t0 = time.perf_counter()
        built[name] = build(admin_url, args.luzern, full, lambda login: embedded_pg.secret(folder, login))
        log(f"{name}: leads per office {built[name]['counts']} ({time.perf_counter() - t0:.0f} s)")
        bi_url = deploy.login_url(admin_url, BI_LOGIN, embedded_pg.secret(folder, BI_LOGIN))
        sides[name] = Side(built[name]["app_url"], bi_url, built[name]["users"])
    assert built["empty"]["users"] == built["full"]["users"], "user ids differ between the databases"
    foreign = built["full"]["foreign"]
    missing = 10**12
    own = 7
    checks = [c for c in probes(built["full"]["users"], foreign, missing, own) if args.only in c[0]]

    rng = random.Random(1)
    rows = []
    log(f"{len(checks)} probes x {args.pairs} pairs")
    for label, who, sql, params in checks:
        for _ in range(5):  # warm-up
            sides["empty"].time(who, sql, params)
            sides["full"].time(who, sql, params)
        diffs, empty, full = [], [], []
        for _ in range(args.pairs):
            order = ["empty", "full"]
            rng.shuffle(order)
            t = {name: sides[name].time(who, sql, params) for name in order}
            empty.append(t["empty"])
            full.append(t["full"])
            diffs.append(t["full"] - t["empty"])
        lo, hi = bootstrap_ci(diffs)
        rows.append((label, statistics.median(empty), statistics.median(full), statistics.median(diffs), lo, hi))
    # Foreign vs missing id, in the full database only.
    for label, proc in (("get_lead", "get_lead"), ("get_lead_history", "get_lead_history")):
        sql = f"SELECT * FROM app.{proc}(p_lead_id => %(id)s)"
        diffs, a, b = [], [], []
        for _ in range(args.pairs):
            ids = [foreign, missing]
            rng.shuffle(ids)
            t = {i: sides["full"].time("lu.rep", sql, {"id": i}) for i in ids}
            a.append(t[foreign])
            b.append(t[missing])
            diffs.append(t[foreign] - t[missing])
        lo, hi = bootstrap_ci(diffs)
        rows.append((f"{label}: foreign id - missing id (full db)", statistics.median(b),
                     statistics.median(a), statistics.median(diffs), lo, hi))

    w = max(len(r[0]) for r in rows)
    print()
    print(f"Luzern user's cost with other offices empty vs holding 10x Luzern's rows "
          f"({built['full']['counts']}); {args.pairs} alternating pairs per probe; times in us")
    print(f"{'probe':{w}} {'empty':>9} {'full':>9} {'median diff':>12} {'95% CI':>21}  goal: CI has 0 or |diff| < {GOAL_US:g} us")
    print("-" * (w + 60))
    failed = 0
    for label, e, f, d, lo, hi in rows:
        ok = within_goal(lo, hi, d)
        failed += not ok
        print(f"{label:{w}} {e:>9.1f} {f:>9.1f} {d:>+12.1f} [{lo:>+8.1f}, {hi:>+8.1f}]  {'PASS' if ok else 'FAIL'}")
    print(f"\n{len(rows) - failed} of {len(rows)} within noise. (For the last rows the columns are "
          "missing id / foreign id.)")


if __name__ == "__main__":
    main()
