"""What the side-channel-free bi views cost a BI login, on PostgreSQL.

    PYTHONPATH=. .venv/bin/python bench/bi_reads.py [--leads 1000000] [--runs 9] [--port 55500]

The bi views read their rows from security.bi_*_rows(), plpgsql functions that apply
the login's offices first (db/postgres/security/bi_rows.sql). Before, they were
security_barrier views over the tables, which leaked through EXPLAIN (ANALYZE) and
estimates. This loads the same data as bench/rls_overhead.py (its loader; office
shares 11 / 34 / 55 %) into a private cluster, creates the old views as `bench_old.*`
(owned by leadbase_owner, as bi.* were, so the same policies apply), and times, as a
BI login mapped to an office, median of --runs alternating runs (client-side wall time,
execute + fetch every row, connection reused):

    import          SELECT * FROM bi.lead               (Power BI import mode)
    import          SELECT * FROM bi.lead_assignment
    aggregate       SELECT status, count(*) FROM bi.lead GROUP BY status
    filtered        SELECT * FROM bi.lead WHERE lead_id = <an own lead>
    filtered        SELECT * FROM bi.lead WHERE plz = <an own PLZ>

Prints a table, new / old per query. Then the probe of issue 8: the same login times
`SELECT * FROM bi.lead WHERE lead_id = <id>` for a lead of another office and for a
missing id, alternating, --probes times each, on the new and the old views, and prints
the medians and the median of the paired differences with its interquartile range. A benchmark, not a test; figures are from a
shared, loaded machine.
"""
import argparse
import atexit
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import psycopg

from bench.rls_overhead import create_users, load_leads, log
from thin_api import deploy, embedded_pg

DBNAME = "leadbase_bench_bi"

# The bi views as they were before security/bi_rows.sql (security_barrier views).
OLD_VIEWS = """
CREATE SCHEMA bench_old AUTHORIZATION leadbase_owner;
SET ROLE leadbase_owner;
CREATE VIEW bench_old.lead WITH (security_barrier = TRUE) AS
SELECT l.lead_id, l.company_name, l.legal_form, l.uid, l.street, l.plz, l.ort, l.canton, l.branche,
       l.size_category, l.source_batch, l.status, l.score, l.office_id, o.office_code, l.created_at,
       a.user_id AS assigned_user_id, u.display_name AS assigned_to
FROM core.lead AS l
INNER JOIN core.office AS o ON l.office_id = o.office_id
LEFT JOIN core.lead_assignment AS a ON l.lead_id = a.lead_id AND a.assigned_until IS NULL
LEFT JOIN core.app_user AS u ON a.user_id = u.user_id;
CREATE VIEW bench_old.lead_assignment WITH (security_barrier = TRUE) AS
SELECT a.assignment_id, a.lead_id, a.office_id, a.user_id, u.display_name AS user_name, a.assigned_by,
       a.assigned_at, a.assigned_until
FROM core.lead_assignment AS a
INNER JOIN core.app_user AS u ON a.user_id = u.user_id;
GRANT USAGE ON SCHEMA bench_old TO leadbase_bi;
GRANT SELECT ON ALL TABLES IN SCHEMA bench_old TO leadbase_bi;
RESET ROLE;
"""


def bi_login(admin_url: str, name: str, office_code: str, password: str) -> str:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        # The private cluster is closed (password or peer): the login gets a generated secret.
        conn.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}' IN ROLE leadbase_bi")
        conn.execute("INSERT INTO security.bi_login_office SELECT %s, office_id FROM core.office "
                     "WHERE office_code = %s", (name, office_code))
    return deploy.login_url(admin_url, name, password)


def timed(conn, query: str) -> tuple[float, int]:
    t0 = time.perf_counter()
    rows = conn.execute(query).fetchall()
    return (time.perf_counter() - t0) * 1000, len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--port", type=int, default=55500)
    parser.add_argument("--office", default="luzern", help="the office the BI login reads")
    parser.add_argument("--probes", type=int, default=200, help="foreign/missing probes per view")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="leadbase-bench-bi-"))
    server_url = embedded_pg.ensure_running(folder, args.port)
    atexit.register(lambda: (embedded_pg.stop(folder), shutil.rmtree(folder, ignore_errors=True)))
    admin_url = embedded_pg.ensure_database(server_url, DBNAME)
    deploy.deploy_postgres(admin_url)
    users = create_users(admin_url, deploy.ensure_app_login(admin_url, embedded_pg.secret(folder, deploy.APP_LOGIN)))
    load_leads(admin_url, args.leads, users)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(OLD_VIEWS)
        lead_id, plz = conn.execute(
            "SELECT l.lead_id, l.plz FROM core.lead AS l JOIN core.office AS o USING (office_id) "
            "WHERE o.office_code = %s ORDER BY l.lead_id LIMIT 1", (args.office,)).fetchone()
        foreign_id = conn.execute(
            "SELECT l.lead_id FROM core.lead AS l JOIN core.office AS o USING (office_id) "
            "WHERE o.office_code <> %s ORDER BY l.lead_id LIMIT 1", (args.office,)).fetchone()[0]
        missing_id = conn.execute("SELECT max(lead_id) + 1000 FROM core.lead").fetchone()[0]
    url = bi_login(admin_url, "bi_bench", args.office, embedded_pg.secret(folder, "bi_bench"))

    queries = [
        ("import bi.lead", "SELECT * FROM {}lead"),
        ("import bi.lead_assignment", "SELECT * FROM {}lead_assignment"),
        ("aggregate by status", "SELECT status, count(*) FROM {}lead GROUP BY status"),
        ("filtered: lead_id = own lead", f"SELECT * FROM {{}}lead WHERE lead_id = {lead_id}"),
        (f"filtered: plz = {plz}", f"SELECT * FROM {{}}lead WHERE plz = {plz}"),
    ]
    results = []
    with psycopg.connect(url, autocommit=True) as conn:
        for label, query in queries:
            new_q, old_q = query.format("bi."), query.format("bench_old.")
            new, old = [], []
            for run in range(args.runs + 1):
                pair = [(new, new_q), (old, old_q)]
                for samples, q in (pair if run % 2 else pair[::-1]):
                    ms, n = timed(conn, q)
                    if run:  # the first round warms the cache
                        samples.append(ms)
            rows_new, rows_old = timed(conn, new_q)[1], timed(conn, old_q)[1]
            assert rows_new == rows_old, (label, rows_new, rows_old)
            results.append((label, rows_new, statistics.median(new), statistics.median(old)))
            log(f"{label}: done")
        probes = []
        for prefix in ("bi.", "bench_old."):
            foreign, missing = [], []
            for i in range(args.probes + 2):
                pair = [(foreign, foreign_id), (missing, missing_id)]
                for samples, lead in (pair if i % 2 else pair[::-1]):
                    ms = timed(conn, f"SELECT * FROM {prefix}lead WHERE lead_id = {lead}")[0]
                    if i >= 2:
                        samples.append(ms)
            diffs = [f - m for f, m in zip(foreign, missing)]  # paired within one round
            q1, _, q3 = statistics.quantiles(diffs, n=4)
            probes.append((prefix, statistics.median(foreign), statistics.median(missing),
                           statistics.median(diffs), q1, q3))

    print(f"\nbi reads as a BI login of {args.office}, {args.leads:,} leads, median of {args.runs} "
          "alternating runs (ms, execute + fetch)\n")
    print("| query | rows | new bi (function) | old bi (security_barrier view) | new / old |")
    print("|---|---:|---:|---:|---:|")
    for label, rows, new, old in results:
        print(f"| {label} | {rows:,} | {new:.2f} | {old:.2f} | {new / old:.2f} |")
    print(f"\nlead_id probe, median of {args.probes} alternating calls (ms)\n")
    print("| view | foreign lead | missing lead | paired difference, median | its interquartile range |")
    print("|---|---:|---:|---:|---:|")
    for prefix, foreign, missing, diff, q1, q3 in probes:
        name = "new bi.lead" if prefix == "bi." else "old bi.lead (security_barrier)"
        print(f"| {name} | {foreign:.3f} | {missing:.3f} | {diff:+.3f} | {q1:+.3f} .. {q3:+.3f} |")


if __name__ == "__main__":
    main()
