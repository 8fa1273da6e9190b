"""The next best lead at scale on PostgreSQL: app.next_best_leads against a bare index
read, and app.claim_next_lead with many representatives claiming at once.

    cd /work/main && PYTHONPATH=. .venv/bin/python bench/next_best_lead.py [--leads 1000000]
    ... bench/next_best_lead.py --quick        # 100k leads, fewer samples
    ... bench/next_best_lead.py --explain      # also print the plan of one ranking
    ... bench/next_best_lead.py --rescore      # also rank again on learned scores

What it does:
1. Starts a private cluster in a temp folder on its own port (default 54350; never the
   demo or test data), deploys db/postgres/ and loads N leads with the loader of
   bench/rls_overhead.py (offices 11% / 34% / 55%, statuses, 20 NOGA branches, scores
   0-100, two years of deliveries; worked leads have a current assignment). Then, as
   the superuser with triggers off: delivered_at = the lead's entry date (business
   age), the assignments spread over 300 representatives of the lead's office (each
   office's share), 3% of the leads marked no_advertising, and 2,000 companies put on
   the suppression list (keys of random leads). VACUUM ANALYZE.
2. Rebuilds every office's outcome counts (app.refresh_success_rates, timed).
3. Ranking: for random representatives of every office, alternating:
     app.next_best_leads   through the app login (leadbase_app, RLS on), max_rows 10
                           (the home page) and 50;
     bare                  the top 50 of the same office from the index
                           (office_id, score DESC, lead_id DESC), plain SQL as the
                           superuser: SELECT lead_id, score ... LIMIT 50.
   Time = client-side wall time of the SELECT plus fetching its rows on a reused
   connection (set_config and COMMIT outside the timed part). Every ranked lead is
   checked: the caller's office, open, unassigned, not no_advertising, not suppressed.
   Goals: p95 <= 20 ms and <= 3x the bare read's p95.
4. Claiming: --claimers representatives (default 50, each office by its share), each
   on its own connection, claim --claims times each (default 20) at once, one
   transaction per claim (timed with its COMMIT). A monitor connection samples
   pg_locks every 2 ms for ungranted locks held up by a claimer (lock waits).
   Reports claims/s, p50/p95, leads given twice (from the claims returned and from
   core.lead_assignment: goal 0) and lock waits seen.
5. --rescore: then every office's learned score (app.refit_scoring_model, then
   app.rescore_leads over every lead, both timed; the loader's statuses are the
   outcomes), VACUUM ANALYZE core.lead_score, and step 3 again: the ranking now walks
   core.lead_score's index, the bare read the same index. Without it the offices
   have no model and the ranking reads core.lead's initial scores.
6. Prints the table and writes it to bench/results/next_best_lead.txt (git-ignored).
"""
import argparse
import atexit
import platform
import random
import shutil
import signal
import statistics
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
import rls_overhead  # noqa: E402  -- its loader, so both benchmarks share one world

from thin_api import deploy, embedded_pg  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "next_best_lead.txt"
DBNAME = "leadbase_bench"
REPRESENTATIVES = 300
OFFICE_SHARE = rls_overhead.OFFICE_SHARE
log = rls_overhead.log


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def create_representatives(app_url: str, users: dict) -> dict:
    """REPRESENTATIVES representatives in total, per office by its share (the loader's
    three included); office_code -> [user_id]."""
    reps = {"luzern": [users["lu.rep"]], "romandie": [users["ro.rep"]], "egeli": [users["eg.rep"]]}
    with psycopg.connect(app_url) as conn:
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(users["admin"]),))
        for office, share in OFFICE_SHARE.items():
            for i in range(1, round(REPRESENTATIVES * share)):
                reps[office].append(conn.execute(
                    "SELECT user_id FROM app.save_user(p_login_name => %s, p_display_name => %s,"
                    " p_role_code => 'representative', p_office_codes => %s)",
                    (f"{office}.rep{i}", f"{office.title()} Rep {i}", office)).fetchone()[0])
        conn.commit()
    return reps


def shape_world(admin_url: str, reps: dict) -> None:
    """Business dates, assignments over every representative, star entries, suppressions."""
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")  # no history, no triggers
        t0 = time.perf_counter()
        conn.execute("UPDATE core.lead SET delivered_at = created_at, no_advertising = (random() < 0.03)")
        for office, ids in reps.items():
            conn.execute("""
                UPDATE core.lead_assignment AS a SET user_id = (%s::int[])[1 + a.lead_id %% %s]
                FROM core.office AS o WHERE o.office_id = a.office_id AND o.office_code = %s""",
                         (ids, len(ids), office))
        conn.execute("""
            INSERT INTO core.suppression (key_hash, key_kind, source)
            SELECT m.key_hash, m.key_kind, 'list'
            FROM core.lead_match_key AS m
            WHERE m.lead_id IN (SELECT lead_id FROM core.lead ORDER BY random() LIMIT 2000)
                AND m.key_kind = 'phone'""")
        conn.execute("SET session_replication_role = DEFAULT")
        conn.execute("VACUUM (ANALYZE) core.lead")
        conn.execute("VACUUM (ANALYZE) core.lead_assignment")
        conn.execute("VACUUM (ANALYZE) core.lead_match_key")
        conn.execute("ANALYZE core.suppression")
        conn.execute("CHECKPOINT")
        log(f"business dates, {REPRESENTATIVES} representatives' assignments, star entries, "
            f"suppressions in {time.perf_counter() - t0:.1f} s")


def refresh_rates(app_url: str, admin_id: int) -> list:
    with psycopg.connect(app_url) as conn:
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(admin_id),))
        t0 = time.perf_counter()
        rows = conn.execute("SELECT office_code, outcome_count, rate_count FROM app.refresh_success_rates()").fetchall()
        conn.commit()
        elapsed = time.perf_counter() - t0
    log(f"app.refresh_success_rates (all offices): {elapsed * 1000:.0f} ms, {rows}")
    return [elapsed, rows]


def check_ranked(admin_conn, office: str, rows) -> None:
    ids = [r[0] for r in rows]
    if not ids:
        return
    bad = admin_conn.execute("""
        SELECT count(*) FROM core.lead AS l
        INNER JOIN core.office AS o ON o.office_id = l.office_id
        LEFT JOIN core.lead_status AS s ON s.code = l.status
        WHERE l.lead_id = ANY (%s) AND (
            o.office_code <> %s OR NOT s.is_open OR l.no_advertising
            OR EXISTS (SELECT 1 FROM core.lead_assignment AS a WHERE a.lead_id = l.lead_id AND a.assigned_until IS NULL)
            OR EXISTS (SELECT 1 FROM core.lead_match_key AS m INNER JOIN core.suppression AS x USING (key_hash)
                       WHERE m.lead_id = l.lead_id))""", (ids, office)).fetchone()[0]
    if bad:
        raise SystemExit(f"{bad} ranked leads of {office} should not have been proposed")


def refit_and_rescore(app_url: str, admin_url: str, admin_id: int) -> dict:
    """--rescore: every office's learned score (app.refit_scoring_model, then
    app.rescore_leads over every lead), so that the ranking walks core.lead_score."""
    with psycopg.connect(app_url) as conn:
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(admin_id),))
        t0 = time.perf_counter()
        models = conn.execute("SELECT office_code, model_id, positive_count + negative_count, auc"
                              " FROM app.refit_scoring_model()").fetchall()
        conn.commit()
        refit = time.perf_counter() - t0
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(admin_id),))
        t0 = time.perf_counter()
        scored = conn.execute("SELECT office_code, lead_count FROM app.rescore_leads()").fetchall()
        conn.commit()
        rescore = time.perf_counter() - t0
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE) core.lead_score")  # as autovacuum would soon after
    log(f"app.refit_scoring_model: {refit:.1f} s {models}; app.rescore_leads: {rescore:.1f} s {scored}")
    return {"refit": refit, "rescore": rescore, "models": models, "scored": scored}


def measure_ranking(app_url: str, admin_url: str, reps: dict, samples: int, score_table: str = "core.lead") -> dict:
    rng = random.Random(7)
    office_ids = {}
    app = psycopg.connect(app_url)
    admin = psycopg.connect(admin_url, autocommit=True)
    for code, oid in admin.execute("SELECT office_code, office_id FROM core.office").fetchall():
        office_ids[code] = oid
    times = {"next_best_leads(10)": [], "next_best_leads(50)": [], "bare top 50": []}
    offices = list(OFFICE_SHARE)
    for i in range(samples):
        office = offices[i % len(offices)]
        rep = rng.choice(reps[office])
        order = list(times) if i % 2 == 0 else list(reversed(times))
        for label in order:
            if label == "bare top 50":
                t0 = time.perf_counter()
                rows = admin.execute(f"""SELECT lead_id, score FROM {score_table} WHERE office_id = %s
                                        ORDER BY score DESC, lead_id DESC LIMIT 50""",
                                     (office_ids[office],)).fetchall()
                times[label].append(time.perf_counter() - t0)
                continue
            app.execute("SELECT set_config('app.user_id', %s, true)", (str(rep),))
            max_rows = 10 if label.endswith("(10)") else 50
            t0 = time.perf_counter()
            rows = app.execute("SELECT lead_id FROM app.next_best_leads(p_max_rows => %s)", (max_rows,)).fetchall()
            times[label].append(time.perf_counter() - t0)
            app.commit()
            if i % 10 == 0:
                check_ranked(admin, office, rows)
            if len(rows) != max_rows:
                raise SystemExit(f"{label}: {len(rows)} rows for a representative of {office}")
    app.close()
    admin.close()
    return times


def explain_ranking(admin_url: str, reps: dict) -> str:
    """The plan of one ranking as the superuser (no RLS), through auto_explain."""
    notices = []
    with psycopg.connect(admin_url) as conn:
        conn.add_notice_handler(lambda d: notices.append(d.message_primary))
        rep = reps["egeli"][1]
        office_id = conn.execute("SELECT office_id FROM core.office WHERE office_code = 'egeli'").fetchone()[0]
        for setting in ("LOAD 'auto_explain'", "SET auto_explain.log_min_duration = 0",
                        "SET auto_explain.log_analyze = on", "SET auto_explain.log_buffers = on",
                        "SET auto_explain.log_nested_statements = on", "SET client_min_messages = log"):
            conn.execute(setting)
        conn.execute("SELECT * FROM core.rank_next_leads(%s, %s::smallint, 10)", (rep, office_id)).fetchall()
    return "\n".join(notices)


def measure_claims(app_url: str, admin_url: str, reps: dict, claimers: int, claims: int) -> dict:
    chosen = []
    for office, share in OFFICE_SHARE.items():
        chosen += random.Random(11).sample(reps[office][1:], max(1, round(claimers * share)))
    chosen = chosen[:claimers]
    conns = [psycopg.connect(app_url) for _ in chosen]
    pids = {c.info.backend_pid for c in conns}
    for conn in conns:  # warm each session's plan cache, claim nothing
        conn.execute("SELECT 1")
        conn.commit()
    latencies, got, errors, waits = [], [], [], set()
    start = threading.Barrier(len(chosen) + 1)
    done = threading.Event()

    def monitor():
        with psycopg.connect(admin_url, autocommit=True) as m:
            while not done.is_set():
                for pid, locktype, mode in m.execute(
                        "SELECT pid, locktype, mode FROM pg_locks WHERE NOT granted AND pid = ANY (%s)",
                        (list(pids),)).fetchall():
                    waits.add((pid, locktype, mode, round(time.monotonic(), 1)))
                time.sleep(0.002)

    def claimer(conn, user_id):
        start.wait()
        for _ in range(claims):
            try:
                t0 = time.perf_counter()
                conn.execute("SELECT set_config('app.user_id', %s, true)", (str(user_id),))
                rows = conn.execute("SELECT lead_id FROM app.claim_next_lead()").fetchall()
                conn.commit()
                latencies.append(time.perf_counter() - t0)
                got.extend(r[0] for r in rows)
            except Exception as error:  # noqa: BLE001 -- counted and shown
                conn.rollback()
                errors.append(repr(error))

    mon = threading.Thread(target=monitor)
    mon.start()
    threads = [threading.Thread(target=claimer, args=(c, u)) for c, u in zip(conns, chosen)]
    for t in threads:
        t.start()
    start.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    done.set()
    mon.join()
    for conn in conns:
        conn.close()
    with psycopg.connect(admin_url) as conn:
        twice_db = conn.execute("""SELECT count(*) FROM (SELECT lead_id FROM core.lead_assignment
                                   WHERE assigned_until IS NULL GROUP BY lead_id HAVING count(*) > 1) AS d""").fetchone()[0]
    return {"claimers": len(chosen), "claims": len(latencies), "leads": len(got), "wall": wall,
            "latencies": latencies, "twice_returned": len(got) - len(set(got)), "twice_db": twice_db,
            "errors": errors, "lock_waits": len(waits)}


def format_report(header: str, refresh: list, ranking: dict, claims: dict, rescored: dict | None = None) -> str:
    lines = [header, ""]
    lines.append(f"app.refresh_success_rates, every office at once: {refresh[0] * 1000:.0f} ms "
                 f"({', '.join(f'{o} {n:,} closed leads, {r} rows' for o, n, r in refresh[1])})")
    lines.append("")
    lines += ranking_table(ranking, "initial scores (core.lead)")
    lat = claims["latencies"]
    lines.append("")
    lines.append(f"app.claim_next_lead: {claims['claimers']} representatives at once, {claims['claims']} claims "
                 f"({claims['leads']} leads taken) in {claims['wall']:.2f} s = {claims['claims'] / claims['wall']:.0f} claims/s; "
                 f"p50 {pct(lat, 50) * 1000:.1f} ms, p95 {pct(lat, 95) * 1000:.1f} ms (incl. COMMIT)")
    lines.append(f"  leads given twice: {claims['twice_returned']} in the answers, {claims['twice_db']} current "
                 f"assignments sharing a lead; errors: {len(claims['errors'])}; lock waits seen: {claims['lock_waits']} "
                 "(pg_locks sampled every 2 ms)")
    for error in claims["errors"][:5]:
        lines.append(f"  error: {error}")
    if rescored:
        lines.append("")
        lines.append(f"--rescore: app.refit_scoring_model (every office) {rescored['refit']:.1f} s, app.rescore_leads "
                     f"(every lead: {sum(n for _, n in rescored['scored']):,}) {rescored['rescore']:.1f} s; "
                     "then the same rankings again")
        lines += ranking_table(rescored["ranking"], "learned scores (core.lead_score)")
    return "\n".join(lines)


def ranking_table(ranking: dict, title: str) -> list:
    bare95 = pct(ranking["bare top 50"], 95)
    lines = [f"{'query, ' + title:56} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p95 / bare p95':>15}"]
    for label, values in ranking.items():
        lines.append(f"{label:56} {len(values):5} {pct(values, 50) * 1000:8.2f} {pct(values, 95) * 1000:8.2f} "
                     f"{pct(values, 95) / bare95:15.1f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=300, help="rankings per kind")
    parser.add_argument("--claimers", type=int, default=50)
    parser.add_argument("--claims", type=int, default=20, help="claims per claimer")
    parser.add_argument("--quick", action="store_true", help="100k leads, 90 samples")
    parser.add_argument("--rescore", action="store_true",
                        help="after the claims, refit and rescore every office and rank again (core.lead_score)")
    parser.add_argument("--port", type=int, default=54350)
    parser.add_argument("--explain", action="store_true", help="also print the plan of one ranking")
    parser.add_argument("--keep", action="store_true", help="leave the cluster running (prints its folder)")
    args = parser.parse_args()
    if args.quick:
        args.leads, args.samples = 100_000, 90

    folder = Path(tempfile.mkdtemp(prefix="leadbase-bench-nbl-"))
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
    files = deploy.deploy_postgres(admin_url)
    app_url = deploy.ensure_app_login(admin_url, embedded_pg.secret(folder, deploy.APP_LOGIN))
    log(f"deployed {files} files")
    users = rls_overhead.create_users(admin_url, app_url)
    reps = create_representatives(app_url, users)
    rls_overhead.load_leads(admin_url, args.leads, users)
    shape_world(admin_url, reps)
    refresh = refresh_rates(app_url, users["admin"])

    if args.explain:
        print(explain_ranking(admin_url, reps))
    ranking = measure_ranking(app_url, admin_url, reps, args.samples)
    log("ranking measured")
    claims = measure_claims(app_url, admin_url, reps, args.claimers, args.claims)
    log("claims measured")
    rescored = None
    if args.rescore:
        rescored = refit_and_rescore(app_url, admin_url, users["admin"])
        rescored["ranking"] = measure_ranking(app_url, admin_url, reps, args.samples, "core.lead_score")
        log("ranking on learned scores measured")

    with psycopg.connect(admin_url) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
    header = (f"Next best lead -- {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC\n"
              f"PostgreSQL {version}, jit off; {platform.node()} {platform.machine()}, {__import__('os').cpu_count()} cores\n"
              f"{args.leads:,} leads, {sum(len(v) for v in reps.values())} representatives, RLS on; "
              "client-side wall time (execute + fetch, connection reused)")
    report = format_report(header, refresh, ranking, claims, rescored)
    print()
    print(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report + "\n", encoding="utf-8")
    log(f"written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
