"""Partner import throughput on PostgreSQL (issue 9). Prints figures; not a test.

    cd /work/main && PYTHONPATH=. .venv/bin/python bench/import.py [--port 55600]
        [--leads 1000000] [--events 3000000] [--rows 100000] [--rss-rows 1000000]

1. A private cluster in a temp folder on --port (never the demo or test data),
   db/postgres/ deployed, an admin and one representative per office.
2. --leads leads (60% with a valid UID, 80% a phone, 50% an e-mail), routed by the
   product's rule (core.office_for_plz), statuses spread over the pipeline, and
   --events events (calls, e-mails, meetings, notes over two years), loaded as the
   superuser; core.lead's triggers keep history and match keys as in production.
3. A partner file of --rows rows, CSV, Windows-1252, ';': 10% re-deliver existing
   leads in other spellings (UID without punctuation and with MWST, name in capitals
   without legal form, phone as +41 (0)…, e-mail in capitals), 2% are invalid
   (missing name, foreign PLZ), the rest are new companies.
4. Measured in the same run:
   bare COPY    the file into an unindexed table of text columns (COPY ... FROM STDIN,
                FORMAT csv, ENCODING WIN1252), as the superuser;
   bare insert  the same rows into core.lead with its indexes, history and match-key
                triggers (INSERT ... SELECT from that table, routed), rolled back;
   import       thin_api.imports.import_file as the admin: hash, read, COPY into
                stage, app.import_batch deciding every row, commit.
   Then the import of a --rss-rows file in a child process, whose peak RSS
   (ru_maxrss) is printed. Goals: import <= 3x the bare insert and >= 25,000 rows/s;
   under 200 MB RSS for 1,000,000 rows.
"""
import argparse
import atexit
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from thin_api import deploy, embedded_pg  # noqa: E402
from thin_api.gateway import Gateway  # noqa: E402

TRADES = ["Holzbau", "Treuhand", "Informatik", "Elektro", "Sanitär", "Bäckerei", "Garage", "Druckerei",
          "Malerei", "Architektur", "Immobilien", "Transport", "Gärtnerei", "Metallbau", "Café"]
NAMES = ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer", "Steiner", "Fischer",
         "Brunner", "Baumann", "Gerber", "Frei", "Moser", "Dupont", "Rochat", "Favre", "Bernasconi", "Rossi"]
FORMS = ["AG", "GmbH", "SA", "Sàrl", "Genossenschaft", "Einzelfirma"]
HEADER = "Firma;Rechtsform;UID;Strasse;PLZ;Ort;Telefon;E-Mail;Webseite;Grösse\r\n"
COLUMNS = {"firma": "company_name", "rechtsform": "legal_form", "strasse": "street", "telefon": "phone",
           "e-mail": "email", "webseite": "website", "grösse": "size_category"}


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def uid_of(n: int) -> str | None:
    """A valid Swiss UID for n (mod-11 check digit), or None when the check would be 10."""
    digits = f"{n % 100_000_000:08d}"
    total = sum(int(d) * w for d, w in zip(digits, (5, 4, 3, 2, 7, 6, 5, 4)))
    check = (11 - total % 11) % 11
    if check == 10:
        return None
    d = digits + str(check)
    return f"CHE-{d[0:3]}.{d[3:6]}.{d[6:9]}"


def company(i: int) -> tuple:
    name = f"{NAMES[i % len(NAMES)]} {TRADES[(i // 20) % len(TRADES)]} {i}"
    form = FORMS[(i // 7) % len(FORMS)]
    uid = uid_of(10_000_000 + i * 7) if i % 10 < 6 else None
    # Unique per company up to 700 million (an area code and seven digits): numbers that
    # repeated every 100,000 companies made 70% of a file "match" at 1,000,000 leads.
    n = (i // 70) % 10_000_000
    phone = f"0{21 + i % 70} {n // 10_000:03d} {n // 100 % 100:02d} {n % 100:02d}" if i % 10 < 8 else None
    email = f"info@firma{i}.ch" if i % 2 == 0 else None
    return name, form, uid, phone, email


# ---------------------------------------------------------------------------- setup

def load(admin_url: str, app_url: str, n_leads: int, n_events: int) -> dict:
    admin = deploy.bootstrap_admin(admin_url, "admin", "Ada Admin")
    reps = {}
    gateway = Gateway(app_url)
    with gateway.session(as_user=admin) as s:
        for office in ("luzern", "romandie", "egeli"):
            reps[office] = s.call("save_user", login_name=f"rep.{office}", display_name=f"Rep {office}",
                                  role_code="representative", office_codes=office)[0]["user_id"]
        s.call("save_partner", partner_code="bench", partner_name="Bench Leads AG",
               column_map=__import__("json").dumps({k.title(): v for k, v in COLUMNS.items()}))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("SET maintenance_work_mem = '256MB'")
        conn.execute("CREATE TABLE public.bench_company (i int, company_name text, legal_form text, uid text, "
                     "plz int, phone text, email text)")
        t0 = time.perf_counter()
        rnd = random.Random(1)
        with conn.cursor().copy("COPY public.bench_company FROM STDIN") as copy:
            for i in range(n_leads):
                name, form, uid, phone, email = company(i)
                copy.write_row((i, f"{name} {form}", form, uid, rnd.randint(1000, 9699), phone, email))
        conn.execute("""
            CREATE TEMP TABLE plz_office AS
            SELECT p.plz, f.office_id FROM generate_series(1000, 9999) AS p (plz)
            CROSS JOIN LATERAL core.office_for_plz(p.plz) AS f""")
        conn.execute("""
            INSERT INTO core.lead (company_name, legal_form, uid, street, plz, ort, phone, email, size_category,
                status, score, office_id, created_at, delivered_at)
            SELECT c.company_name, c.legal_form, c.uid, 'Hauptstrasse ' || (1 + c.i % 180), c.plz, 'Ort ' || c.plz,
                c.phone, c.email, 'small',
                (ARRAY['new','new','new','new','new','assigned','assigned','contacted','contacted','contacted',
                       'qualified','won','lost','lost','do_not_contact'])[1 + c.i % 15],
                25, p.office_id, now() - (c.i % 730) * interval '1 day', now() - (c.i % 730) * interval '1 day'
            FROM public.bench_company AS c INNER JOIN plz_office AS p ON p.plz = c.plz""")
        log(f"{n_leads:,} leads (with history and match keys) in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        conn.execute(f"""
            INSERT INTO core.lead_event (lead_id, office_id, user_id, event_at, event_type, note)
            SELECT l.lead_id, l.office_id,
                CASE l.office_id WHEN 1 THEN {reps['luzern']} WHEN 2 THEN {reps['romandie']} ELSE {reps['egeli']} END,
                l.created_at + (g.k * 17 % 300) * interval '1 day',
                (ARRAY['call', 'email', 'meeting', 'note'])[1 + (l.lead_id + g.k) % 4], 'Bench'
            FROM core.lead AS l
            CROSS JOIN LATERAL generate_series(1, 1 + (l.lead_id % 5)::int) AS g (k)
            LIMIT {int(n_events)}""")
        log(f"{n_events:,} events in {time.perf_counter() - t0:.1f} s")
        conn.execute("VACUUM (ANALYZE)")
        conn.execute("CHECKPOINT")
        counts = conn.execute("SELECT (SELECT count(*) FROM core.lead), (SELECT count(*) FROM core.lead_event), "
                              "(SELECT count(*) FROM core.lead_match_key)").fetchone()
        log(f"database: {counts[0]:,} leads, {counts[1]:,} events, {counts[2]:,} match keys")
    return {"admin": admin}


def write_file(path: Path, rows: int, n_leads: int, offset: int) -> None:
    """rows lines: 10% existing leads re-spelled, 2% invalid, the rest new companies."""
    rnd = random.Random(offset)
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write(HEADER)
        for r in range(rows):
            kind = r % 50
            if kind < 5:    # 10%: an existing lead in another spelling
                i = rnd.randrange(n_leads)
                name, form, uid, phone, email = company(i)
                variant = r % 4
                if variant == 0 and uid:
                    uid = uid.replace("-", "").replace(".", "") + " MWST"
                elif variant == 1 and phone:
                    phone = "+41 (0)" + phone[1:]
                elif variant == 2 and email:
                    email = email.upper()
                line = [name.upper() if variant == 3 else f"{name} {form}", form, uid or "", "", "", "",
                        phone or "", email or "", "", "small"]
            elif kind == 5:  # 2%: invalid
                i = offset + r
                line = ["" if r % 2 else f"Firma {i} AG", "AG", "", "", "D-79539" if r % 2 == 0 else "6003",
                        "Lörrach", "", "", "", "small"]
            else:            # new companies
                i = offset + r
                name, form, uid, phone, email = company(i)
                line = [f"{name} {form}", form, uid or "", f"Seestrasse {r % 90 + 1}", "", "", phone or "",
                        email or "", f"www.firma{i}.ch" if r % 3 == 0 else "", "small"]
            plz = rnd.randint(1000, 9699)
            if not line[4]:
                line[4] = str(plz)
            if not line[5]:
                line[5] = f"Ort {line[4]}"
            if kind == 8:  # quoted field with a line break (Excel export)
                line[3] = f'"Postfach\r\n{r}"'
            f.write(";".join(line) + "\r\n")


# ---------------------------------------------------------------------------- measure

def bare_copy(admin_url: str, path: Path) -> float:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS public.bench_stage")
        conn.execute("CREATE TABLE public.bench_stage (company_name text, legal_form text, uid text, street text, "
                      "plz text, ort text, phone text, email text, website text, size_category text)")
        t0 = time.perf_counter()
        with conn.cursor().copy("COPY public.bench_stage FROM STDIN (FORMAT csv, DELIMITER ';', HEADER, "
                                "ENCODING 'WIN1252')") as copy, open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                copy.write(chunk)
        return time.perf_counter() - t0


def bare_insert(admin_url: str) -> tuple[float, int]:
    with psycopg.connect(admin_url) as conn:
        t0 = time.perf_counter()
        n = conn.execute("""
            INSERT INTO core.lead (company_name, legal_form, uid, street, plz, ort, phone, email, website,
                size_category, status, score, office_id)
            SELECT s.company_name, s.legal_form, s.uid, s.street, s.plz::int, s.ort, s.phone, s.email,
                s.website, 'small', 'new', 25, f.office_id
            FROM public.bench_stage AS s CROSS JOIN LATERAL core.office_for_plz(s.plz::int) AS f
            WHERE s.company_name IS NOT NULL AND s.plz ~ '^[1-9][0-9]{3}$'
              AND (s.uid IS NULL OR s.uid ~ '^CHE-[0-9]{3}\\.[0-9]{3}\\.[0-9]{3}$')""").rowcount
        elapsed = time.perf_counter() - t0
        conn.rollback()
    return elapsed, n


def run_import(app_url: str, admin: int, path: Path) -> tuple[float, dict]:
    from thin_api.imports import import_file

    t0 = time.perf_counter()
    outcome = import_file(Gateway(app_url), admin, path, "bench")
    return time.perf_counter() - t0, outcome.counts


def child_rss(app_url: str, admin: int, path: Path) -> None:
    seconds, counts = run_import(app_url, admin, path)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{seconds:.3f} {rss_mb:.1f} {counts['row_count']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=55600)
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--events", type=int, default=3_000_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rss-rows", type=int, default=1_000_000, help="0: skip the peak-RSS run")
    parser.add_argument("--child", nargs=3, metavar=("APP_URL", "ADMIN", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_rss(args.child[0], int(args.child[1]), Path(args.child[2]))
        return

    folder = Path(tempfile.mkdtemp(prefix="leadbase-bench-import-"))
    server_url = embedded_pg.ensure_running(folder, args.port)
    atexit.register(lambda: (embedded_pg.stop(folder), shutil.rmtree(folder, ignore_errors=True)))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a stopped run still stops its cluster
    admin_url = embedded_pg.ensure_database(server_url, "leadbase_bench")
    deploy.deploy_postgres(admin_url)
    app_url = deploy.ensure_app_login(admin_url, embedded_pg.secret(folder, deploy.APP_LOGIN))
    log(f"private cluster on port {args.port}, deployed")
    users = load(admin_url, app_url, args.leads, args.events)

    path = folder / "partner.csv"
    write_file(path, args.rows, args.leads, offset=10_000_000)
    log(f"partner file: {args.rows:,} rows, {path.stat().st_size / 1e6:.1f} MB, Windows-1252, ';'")
    t_copy = bare_copy(admin_url, path)
    t_insert, inserted = bare_insert(admin_url)
    t_import, counts = run_import(app_url, users["admin"], path)
    print()
    print(f"Partner import, PostgreSQL, {args.leads:,} leads and {args.events:,} events in the database "
          f"(shared, loaded 2-core machine)")
    print(f"  bare COPY into an unindexed table  {t_copy:8.2f} s  {args.rows / t_copy:10,.0f} rows/s")
    print(f"  bare insert into core.lead         {t_insert:8.2f} s  {inserted / t_insert:10,.0f} rows/s "
          f"({inserted:,} rows, indexes + history + match keys)")
    print(f"  whole import (file -> decisions)   {t_import:8.2f} s  {args.rows / t_import:10,.0f} rows/s")
    print(f"  import / bare insert  {t_import / t_insert:.2f}x   (goal <= 3x)")
    print(f"  import / bare COPY    {t_import / t_copy:.2f}x")
    print(f"  outcome: {counts}")
    if args.rss_rows:
        big = folder / "partner_big.csv"
        write_file(big, args.rss_rows, args.leads, offset=20_000_000)
        log(f"peak-RSS file: {args.rss_rows:,} rows, {big.stat().st_size / 1e6:.1f} MB")
        out = subprocess.run([sys.executable, __file__, "--child", app_url, str(users["admin"]), str(big)],
                             capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        if out.returncode:
            raise SystemExit(out.stderr[-3000:])
        seconds, rss, rows = out.stdout.split()[-3:]
        print(f"  {int(rows):,}-row import in a child process: {float(seconds):.1f} s "
              f"({int(rows) / float(seconds):,.0f} rows/s), peak RSS {float(rss):.0f} MB (goal < 200 MB)")


if __name__ == "__main__":
    main()
