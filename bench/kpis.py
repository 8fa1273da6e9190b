"""The manager's office KPIs at scale on PostgreSQL: app.get_kpis (the full KPI set
of the dashboard) for one office and one quarter, now and as of a past date, against
the bare aggregate over the same rows without row-level security.

    cd /work/main && PYTHONPATH=. .venv/bin/python bench/kpis.py [--leads 1000000 --events 5000000]
    ... bench/kpis.py --quick           # 100k leads, 500k events, fewer samples

What it does:
1. Starts a private cluster in a temp folder on its own port (default 54360; never the
   demo or test data), deploys db/postgres/, loads the leads with the loader of
   bench/rls_overhead.py (offices 11% / 34% / 55%, statuses, two years of deliveries,
   worked leads assigned) and spreads the assignments over 300 representatives
   (bench/next_best_lead.py). Then, as the superuser with triggers off, the history a
   database of two years has: delivered_at = created_at; every lead not new changed
   status once, at a random instant after delivery (a history.lead version with the
   status new until then); assignments began at assigned_at; --events events over the
   leads (event_at between delivery and now; calls, e-mails, meetings, notes; the
   last event of a closed lead sets its status), each known from its event_at.
   VACUUM ANALYZE.
2. For each office and for two instants -- now, and as of the end of the quarter
   (the last full calendar quarter: period_from..period_to) -- alternating:
     app.get_kpis     through the app login as a manager of that office (RLS on), the
                      period of the quarter, every KPI, every representative;
     bare aggregate   plain SQL as the superuser (no RLS), one statement over the same
                      rows: the office's leads as known then (core + history) by status
                      and open/assigned, their current assignment then, and the
                      office's events as known then, those of the quarter counted by
                      type -- what any KPI set must at least read.
   Time = client-side wall time of the SELECT plus fetching its rows on a reused
   connection (set_config and COMMIT outside the timed part).
   Goals (issue 11): each KPI set <= 3x the bare aggregate and <= 300 ms.
3. Prints the table and writes it to bench/results/kpis.txt (git-ignored).
"""
import argparse
import atexit
import os
import platform
import random
import shutil
import signal
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
import next_best_lead  # noqa: E402
import rls_overhead  # noqa: E402

from thin_api import deploy, embedded_pg  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "kpis.txt"
DBNAME = "leadbase_bench"
log = rls_overhead.log
GOAL_RATIO, GOAL_MS = 3.0, 300.0
EVENT_TYPES = [("call", 45), ("email", 30), ("meeting", 10), ("note", 15)]


def last_quarter(today: date) -> tuple[date, date]:
    first_this = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = first_this - timedelta(days=1)
    start = date(end.year, 3 * ((end.month - 1) // 3) + 1, 1)
    return start, end


def add_history(admin_url: str, events: int, managers: dict) -> None:
    type_case = rls_overhead.weighted_case("r_type", EVENT_TYPES)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")  # no history triggers: written here
        conn.execute("SET work_mem = '256MB'")
        t0 = time.perf_counter()
        conn.execute("UPDATE core.lead SET delivered_at = created_at, valid_from = created_at WHERE status = 'new'")
        conn.execute("""
            CREATE TEMP TABLE changed AS
            SELECT lead_id, created_at + random() * (now() - created_at) AS changed_at
            FROM core.lead WHERE status <> 'new'""")
        conn.execute("""
            INSERT INTO history.lead
            SELECT (l #= hstore(ARRAY['status', 'valid_from', 'valid_to', 'delivered_at'],
                                ARRAY['new', l.created_at::text, c.changed_at::text, l.created_at::text])).*
            FROM core.lead AS l INNER JOIN changed AS c USING (lead_id)""")
        conn.execute("""
            UPDATE core.lead AS l SET delivered_at = l.created_at, valid_from = c.changed_at
            FROM changed AS c WHERE c.lead_id = l.lead_id""")
        conn.execute("UPDATE core.lead_assignment SET valid_from = assigned_at")
        log(f"lead history (status changes) in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        per_lead = max(1, round(events / conn.execute("SELECT count(*) FROM core.lead").fetchone()[0]))
        conn.execute(f"""
            INSERT INTO core.lead_event (lead_id, office_id, user_id, event_at, event_type, new_status,
                                         last_edited_by, valid_from)
            SELECT l.lead_id, l.office_id, coalesce(a.user_id, m.user_id), e.event_at, e.event_type,
                CASE WHEN e.k = {per_lead} AND l.status IN ('qualified', 'won', 'lost', 'do_not_contact')
                     THEN l.status END,
                coalesce(a.user_id, m.user_id), e.event_at
            FROM core.lead AS l
            INNER JOIN (VALUES {", ".join(f"({o}, {u})" for o, u in managers.items())}) AS m (office_id, user_id)
                ON m.office_id = l.office_id
            LEFT JOIN core.lead_assignment AS a ON a.lead_id = l.lead_id AND a.assigned_until IS NULL
            CROSS JOIN LATERAL (
                SELECT k, l.created_at + (k::float / ({per_lead} + 1) + random() / ({per_lead} + 1))
                           * (now() - l.created_at) AS event_at,
                       {type_case} AS event_type
                FROM (SELECT k, random() AS r_type FROM generate_series(1, {per_lead}) AS k) AS g
            ) AS e""")
        count = conn.execute("SELECT count(*) FROM core.lead_event").fetchone()[0]
        log(f"{count:,} events in {time.perf_counter() - t0:.1f} s")
        conn.execute("SET session_replication_role = DEFAULT")
        t0 = time.perf_counter()
        for table in ("core.lead", "history.lead", "core.lead_assignment", "core.lead_event"):
            conn.execute(f"VACUUM (ANALYZE) {table}")
        conn.execute("CHECKPOINT")
        log(f"VACUUM ANALYZE in {time.perf_counter() - t0:.1f} s")


BARE = """
WITH lead_then AS (
    SELECT l.lead_id, l.status FROM core.lead AS l WHERE l.office_id = %(office)s AND l.valid_from <= %(as_of)s
    UNION ALL
    SELECT h.lead_id, h.status FROM history.lead AS h
    WHERE h.office_id = %(office)s AND h.valid_to > %(as_of)s AND h.valid_from <= %(as_of)s
), assigned AS (
    SELECT a.lead_id FROM core.lead_assignment AS a
    WHERE a.office_id = %(office)s AND a.assigned_until IS NULL AND a.valid_from <= %(as_of)s
), events AS (
    SELECT e.event_type, e.event_at FROM core.lead_event AS e
    WHERE e.office_id = %(office)s AND e.valid_from <= %(as_of)s
)
SELECT 'lead' AS kind, l.status AS bucket, count(*) AS n, count(a.lead_id) AS assigned
FROM lead_then AS l LEFT JOIN assigned AS a USING (lead_id) GROUP BY l.status
UNION ALL
SELECT 'event', e.event_type, count(*) FILTER (WHERE e.event_at >= %(from_ts)s AND e.event_at < %(to_ts)s), count(*)
FROM events AS e GROUP BY e.event_type
"""


def measure(app_url: str, admin_url: str, managers: dict, offices: dict, quarter, samples: int) -> list[dict]:
    start, end = quarter
    end_instant = datetime.combine(end + timedelta(days=1), datetime.min.time(), timezone.utc)
    app = psycopg.connect(app_url)
    admin = psycopg.connect(admin_url, autocommit=True)
    cases = []
    for office_code, office_id in offices.items():
        for label, as_of in (("now", None), (f"as of {end_instant:%Y-%m-%d}", end_instant)):
            times = {"get_kpis": [], "bare": []}
            rows = 0
            for i in range(samples + 1):  # the first round warms the caches and is not counted
                order = ["get_kpis", "bare"] if i % 2 == 0 else ["bare", "get_kpis"]
                for side in order:
                    if side == "bare":
                        params = {"office": office_id, "as_of": as_of or datetime.now(timezone.utc),
                                  "from_ts": datetime.combine(start, datetime.min.time(), timezone.utc),
                                  "to_ts": end_instant}
                        t0 = time.perf_counter()
                        admin.execute(BARE, params).fetchall()
                    else:
                        app.execute("SELECT set_config('app.user_id', %s, true)", (str(managers[office_code]),))
                        t0 = time.perf_counter()
                        result = app.execute(
                            "SELECT * FROM app.get_kpis(p_period_from => %s, p_period_to => %s, p_as_of => %s)",
                            (start, end, as_of)).fetchall()
                    elapsed = time.perf_counter() - t0
                    if side == "get_kpis":
                        app.commit()
                        rows = len(result)
                        if {r[1] for r in result} - {office_code}:
                            raise SystemExit(f"get_kpis of a {office_code} manager returned another office")
                    if i:
                        times[side].append(elapsed)
            k, b = statistics.median(times["get_kpis"]), statistics.median(times["bare"])
            cases.append({"office": office_code, "when": label, "kpis_ms": k * 1000, "bare_ms": b * 1000,
                          "ratio": k / b, "rows": rows, "n": samples})
            log(f"{office_code:9} {label:18} get_kpis {k * 1000:8.1f} ms  bare {b * 1000:8.1f} ms  "
                f"x{k / b:5.2f}  ({rows} rows)")
    app.close()
    admin.close()
    return cases


def format_table(header: str, cases: list[dict]) -> str:
    lines = [header, "",
             "| office | as of | leads of the office | app.get_kpis (median ms) | bare aggregate (ms) | ratio | goal <= 3x and <= 300 ms |",
             "|---|---|---|---|---|---|---|"]
    for c in cases:
        ok = c["ratio"] <= GOAL_RATIO and c["kpis_ms"] <= GOAL_MS
        lines.append(f"| {c['office']} | {c['when']} | {c['leads']:,} | {c['kpis_ms']:.0f} | {c['bare_ms']:.0f} | "
                     f"{c['ratio']:.2f} | {'met' if ok else 'missed'} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--events", type=int, default=5_000_000)
    parser.add_argument("--samples", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="100k leads, 500k events, 3 samples")
    parser.add_argument("--port", type=int, default=54360)
    parser.add_argument("--keep", action="store_true", help="leave the cluster running (prints its folder)")
    args = parser.parse_args()
    if args.quick:
        args.leads, args.events, args.samples = 100_000, 500_000, 3

    folder = Path(tempfile.mkdtemp(prefix="leadbase-bench-kpis-"))
    server_url = embedded_pg.ensure_running(folder, args.port)
    log(f"private cluster in {folder} on port {args.port}")

    def cleanup():
        if args.keep:
            log(f"cluster left running: {folder} (stop: pg_ctl -D {folder}/data stop)")
            return
        embedded_pg.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)
        log("cluster stopped and removed")
    atexit.register(cleanup)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    admin_url = embedded_pg.ensure_database(server_url, DBNAME)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS hstore")  # the loader's row copies only
    files = deploy.deploy_postgres(admin_url)
    app_url = deploy.ensure_app_login(admin_url, embedded_pg.secret(folder, deploy.APP_LOGIN))
    log(f"deployed {files} files")
    users = rls_overhead.create_users(admin_url, app_url)
    reps = next_best_lead.create_representatives(app_url, users)
    rls_overhead.load_leads(admin_url, args.leads, users)
    next_best_lead.shape_world(admin_url, reps)
    offices, managers, by_id = {}, {}, {}
    with psycopg.connect(app_url) as conn:
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(users["admin"]),))
        for code in rls_overhead.OFFICE_SHARE:
            managers[code] = conn.execute(
                "SELECT user_id FROM app.save_user(p_login_name => %s, p_display_name => %s,"
                " p_role_code => 'manager', p_office_codes => %s)", (f"{code}.mgr", f"{code} Manager", code)).fetchone()[0]
        conn.commit()
    with psycopg.connect(admin_url) as conn:
        for code, oid in conn.execute("SELECT office_code, office_id FROM core.office").fetchall():
            offices[code] = oid
            by_id[oid] = managers[code]
        leads = dict(conn.execute("SELECT o.office_code, count(*) FROM core.lead AS l "
                                  "JOIN core.office AS o USING (office_id) GROUP BY 1").fetchall())
    add_history(admin_url, args.events, by_id)
    quarter = last_quarter(date.today())
    cases = measure(app_url, admin_url, managers, offices, quarter, args.samples)
    for c in cases:
        c["leads"] = leads[c["office"]]
    with psycopg.connect(admin_url) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM core.lead_event").fetchone()[0]
        versions = conn.execute("SELECT count(*) FROM history.lead").fetchone()[0]
    header = (f"KPIs of the manager's office -- {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC\n"
              f"PostgreSQL {version}, jit off; {platform.node()} {platform.machine()}, {os.cpu_count()} cores\n"
              f"{args.leads:,} leads, {events:,} events, {versions:,} history versions of leads; quarter "
              f"{quarter[0]}..{quarter[1]}; median of {args.samples} alternating runs after one warm-up; "
              "client-side wall time (execute + fetch, connection reused)")
    table = format_table(header, cases)
    print()
    print(table)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(table + "\n", encoding="utf-8")
    log(f"written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
