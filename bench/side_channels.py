"""Does another office's data change what a Luzern user's calls cost? (a benchmark, not a test)

    PYTHONPATH=. .venv/bin/python bench/side_channels.py [--luzern 20000] [--pairs 300] [--port 55303]

Issue 8, "cost that does not depend on other offices": a private cluster holds two
databases with the same schema and the same Luzern office -- the same leads, users,
assignments and events, with the same ids:
    empty   the other offices hold nothing;
    full    Romandie and Egeli hold 10x Luzern's leads, many of them matching the
            probes below (the search terms, PLZ 1227, status+branche, assignments
            of a Romandie representative), with events and assignments;
    decoy   Romandie and Egeli hold as many leads, events and assignments as in
            `full`, none of them matching a probe (other words and places, no PLZ
            1227, other branches, assigned to another Romandie representative).
    twin    built exactly as `full`: full - twin is what two databases with the same
            content differ by on this machine (an A/A test: where each lies in memory
            and on disk), the floor below which no difference can be seen.
full - empty is what the other offices' data costs a Luzern user at all: their
volume and their content. full - decoy holds the volume equal and shows whether
their content (which companies, places, PLZ, representatives they have) changes
the cost. Volumes are not secret between offices (db/CONTRACT.md); content is.
Every `app` procedure a Luzern user can call, and every `bi` view read by a BI login
mapped to Luzern, is timed in both databases, in pairs (empty/full in random order
per pair, one reused connection per database, one transaction per call, rolled back,
so writes leave nothing behind). Per probe the script prints the median of the
differences full - empty and full - decoy, each with a 95% bootstrap confidence
interval. Goal: the interval includes 0 or the difference is under 2 us. "foreign vs missing" compares,
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

WORDS = "ARRAY['Holzbau', 'Sàrl', 'Zürich', 'Genève', 'Garage', 'Treuhand', 'Informatik', 'Bäckerei']"
BRANCHES = "ARRAY['43.32', '62.01', '16.23', '56.10']"
# decoy: words, places and branches of the same lengths in characters and bytes, so that
# every row is as wide as in `full` (the heap and the indexes have the same size and
# layout), none of which a probe matches
DECOY_WORDS = "ARRAY['Dachbau', 'Sèrl', 'Bülach', 'Prêles', 'Malers', 'Spengler', 'Elektronik', 'Möbelbau']"
DECOY_BRANCHES = "ARRAY['47.11', '62.02', '16.24', '56.30']"


def leads_sql(office: str, start: int, count: int, plz_expr: str, ort: str, decoy: bool = False) -> str:
    """`count` leads of one office, deterministic (the same in every database)."""
    words, branches, extra = (DECOY_WORDS, DECOY_BRANCHES, " Stab") if decoy else (WORDS, BRANCHES, " Holz")
    return f"""
        INSERT INTO core.lead (company_name, plz, ort, branche, status, score, office_id, created_at)
        SELECT
            'Firma ' || i || ' ' || ({words})[1 + i % 8] || CASE WHEN i % 3 = 0 THEN '{extra}' ELSE '' END,
            {plz_expr}, '{ort}',
            ({branches})[1 + i % 4],
            (ARRAY['new', 'assigned', 'contacted', 'new', 'qualified'])[1 + i % 5],
            (i * 37) % 101,
            o.office_id,
            timestamptz '2026-01-01' - (i % 700) * interval '1 day'
        FROM generate_series({start}, {start + count - 1}) AS i
        CROSS JOIN core.office AS o WHERE o.office_code = '{office}'"""


def build(admin_url: str, luzern: int, others: str, secret) -> dict:
    """others: 'empty', 'full' or 'twin' (matching the probes), 'decoy' (as many rows, none matching)."""
    deploy.deploy_postgres(admin_url)
    app_url = deploy.ensure_app_login(admin_url, secret(deploy.APP_LOGIN))
    admin_id = deploy.bootstrap_admin(admin_url, "admin", "Ada Admin")
    users = {"admin": admin_id}
    with psycopg.connect(app_url) as conn:
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(admin_id),))
        for login, role, offices in [("lu.rep", "representative", "luzern"),
                                     ("lu.mgr", "manager", "luzern"),
                                     ("ro.rep", "representative", "romandie"),
                                     ("ro.rep2", "representative", "romandie"),
                                     ("eg.rep", "representative", "egeli")]:
            users[login] = conn.execute(
                "SELECT user_id FROM app.save_user(p_login_name => %s, p_display_name => %s,"
                " p_role_code => %s, p_office_codes => %s)", (login, login.title(), role, offices)).fetchone()[0]
        conn.commit()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(leads_sql("luzern", 1, luzern, "6000 + i % 400", "Luzern"))
        if others in ("full", "twin"):
            conn.execute(leads_sql("romandie", 1, 4 * luzern, "CASE WHEN i % 4 = 0 THEN 1227 ELSE 1000 + i % 1400 END",
                                   "Genève"))
            conn.execute(leads_sql("egeli", 1, 6 * luzern, "8000 + i % 1000", "Zürich"))
        elif others == "decoy":
            conn.execute(leads_sql("romandie", 1, 4 * luzern, "CASE WHEN i % 4 = 0 OR i % 1400 = 227 THEN 1228 ELSE 1000 + i % 1400 END",
                                   "Prêles", decoy=True))
            conn.execute(leads_sql("egeli", 1, 6 * luzern, "8000 + i % 1000", "Bülach", decoy=True))
        romandie_rep = users["ro.rep2" if others == "decoy" else "ro.rep"]
        rep_of = f"CASE o.office_code WHEN 'luzern' THEN {users['lu.rep']} WHEN 'romandie' THEN {romandie_rep}" \
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
    for name in ("empty", "decoy", "full", "twin"):
        admin_url = embedded_pg.ensure_database(server, f"sc_{name}")
        t0 = time.perf_counter()
        built[name] = build(admin_url, args.luzern, name, lambda login: embedded_pg.secret(folder, login))
        log(f"{name}: leads per office {built[name]['counts']} ({time.perf_counter() - t0:.0f} s)")
        bi_url = deploy.login_url(admin_url, BI_LOGIN, embedded_pg.secret(folder, BI_LOGIN))
        sides[name] = Side(built[name]["app_url"], bi_url, built[name]["users"])
    assert all(b["users"] == built["full"]["users"] for b in built.values()), "user ids differ between the databases"
    foreign = built["full"]["foreign"]
    missing = 10**12
    own = 7
    checks = [c for c in probes(built["full"]["users"], foreign, missing, own) if args.only in c[0]]

    rng = random.Random(1)
    rows = []
    log(f"{len(checks)} probes x {args.pairs} rounds of four")
    for label, who, sql, params in checks:
        for _ in range(5):  # warm-up
            for side in sides.values():
                side.time(who, sql, params)
        times = {name: [] for name in sides}
        for _ in range(args.pairs):
            order = list(sides)
            rng.shuffle(order)
            for name in order:
                times[name].append(sides[name].time(who, sql, params))
        rows.append(Row(label, times))
    # Foreign vs missing id, in the full database only (a "round" times both ids).
    for label, proc in (("get_lead", "get_lead"), ("get_lead_history", "get_lead_history")):
        sql = f"SELECT * FROM app.{proc}(p_lead_id => %(id)s)"
        times = {"missing": [], "foreign": []}
        for _ in range(args.pairs):
            ids = [("foreign", foreign), ("missing", missing)]
            rng.shuffle(ids)
            for name, lead_id in ids:
                times[name].append(sides["full"].time("lu.rep", sql, {"id": lead_id}))
        rows.append(Row(f"{label}: foreign id vs missing id (full db)", times))

    w = max(len(r.label) for r in rows)
    print()
    print(f"Luzern user's cost with other offices empty, holding decoys, or holding 10x Luzern's rows that match "
          f"the probes ({built['full']['counts']}); {args.pairs} rounds per probe, databases in random order; "
          "times in us; median paired difference [95% CI]")
    print(f"{'probe':{w}} {'empty':>8} {'decoy':>8} {'full':>8}  {'full - empty':>25}  {'full - decoy':>25}"
          f"  {'full - twin (A/A)':>25}")
    print("-" * (w + 113))
    counts = {"ok": 0, "VOLUME": 0, "CONTENT": 0, "content?": 0}
    for row in rows:
        diffs = [row.diff("full", other) for other in (("empty",) if row.ids else ("empty", "decoy", "twin"))]
        if row.ids:  # foreign id - missing id: one difference, nothing to attribute
            verdict = "ok" if within_goal(diffs[0][1], diffs[0][2], diffs[0][0]) else "CONTENT"
        else:
            ok_all, ok_content, ok_twin = (within_goal(lo, hi, d) for d, lo, hi in diffs)
            verdict = "ok" if ok_all and ok_content else "VOLUME" if ok_content else \
                "CONTENT" if ok_twin else "content?"
        counts[verdict] += 1
        cells = "  ".join(f"{d:>+9.1f} [{lo:>+6.0f}, {hi:>+6.0f}]" for d, lo, hi in diffs).ljust(3 * 25 + 4)
        print(f"{row.label:{w}} {row.median('empty'):>8.1f} {row.median('decoy'):>8.1f} {row.median('full'):>8.1f}"
              f"  {cells}  {verdict}")
    print(f"\n{counts['ok']} of {len(rows)} probes cost the same whatever the other offices hold. VOLUME "
          f"({counts['VOLUME']}): only the other offices' volume shows (accepted, db/CONTRACT.md). CONTENT "
          f"({counts['CONTENT']}): full and decoy differ while the A/A pair does not. content? "
          f"({counts['content?']}): full and decoy differ, but so do two databases with the same content, so "
          "the difference is not attributable. Goal per difference: the interval contains 0 or |diff| < 2 us. "
          "The last two rows compare, in the full database, a missing id (column empty) with a foreign id "
          "(column full).")


class Row:
    """A probe's times per database (or, for the id rows, per id)."""

    def __init__(self, label: str, times: dict):
        self.label = label
        self.ids = "foreign" in times  # foreign vs missing id, in the full database only
        if self.ids:
            times = {"empty": times["missing"], "decoy": times["missing"], "full": times["foreign"]}
        self.times = times

    def median(self, name: str) -> float:
        return statistics.median(self.times[name])

    def diff(self, a: str, b: str) -> tuple[float, float, float]:
        diffs = [x - y for x, y in zip(self.times[a], self.times[b])]
        lo, hi = bootstrap_ci(diffs)
        return statistics.median(diffs), lo, hi


if __name__ == "__main__":
    main()
