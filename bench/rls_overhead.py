"""Row-level-security overhead of app.list_leads on PostgreSQL.

    cd /work/main && PYTHONPATH=. .venv/bin/python bench/rls_overhead.py [--leads 1000000] [--runs 25]
    ... bench/rls_overhead.py --quick          # 100k leads, 7 runs
    ... bench/rls_overhead.py --explain        # also print the plans of the inner queries

What it does:
1. Starts a private cluster in a temp folder on its own port (default 54340; never the
   demo or test data), deploys db/postgres/ and creates the users: admin (bootstrap),
   a Luzern representative, a manager of luzern+egeli, and one representative per
   office who hold the assignments.
2. Loads N leads as the superuser with one INSERT ... SELECT generate_series: the
   office is drawn 11% / 34% / 55% (luzern / romandie / egeli), the PLZ is drawn
   among the PLZ that route to that office, and office_id is set by the product's
   routing rule (core.office_for_plz over every PLZ 1000-9999) -- no second copy of
   the ranges. Statuses, 20 NOGA branches, scores 0-100, created_at over 2 years;
   the leads in a worked status get a current assignment. VACUUM ANALYZE afterwards.
3. Measures each query, median of --runs alternating runs after a warm-up (a query that
   takes under 20 ms runs up to 8 RLS/baseline pairs per run, alternating who goes first,
   so that short queries rest on more samples on this noisy 2-core machine):
   RLS       app.list_leads through the app login leadbase_app, app.user_id set in
             the transaction (as thin_api.gateway does): SECURITY DEFINER owned by
             leadbase_owner, FORCE RLS, so the office policy applies to every table.
   baseline  bench.list_leads: the SAME function text (read from
             db/postgres/procedures/list_leads.sql), created in the scratch schema
             `bench`, owned by the superuser, SECURITY INVOKER, called by the
             superuser (who bypasses RLS), with the caller's offices passed in
             instead of security.caller_offices() -- same SQL, same explicit office
             filter, no policy.
   bare      the index read the call needs, as the superuser, in plain SQL: for a page,
             the page's rows (l.*) of the same offices with the same filters, read per
             office from the office-first index and merged (top 50; the offset for an
             offset page, after the key for a keyset page); for a search, the trigram
             lookup of the term's ids in each office's search index. Goal for
             app.list_leads (RLS) / bare: <= 3 (issue 6).
   Time = client-side wall time of `SELECT * FROM <fn>(...)` plus fetching the rows,
   on one reused connection per side (no connection setup; the set_config and the
   COMMIT of the per-call transaction are outside the timed part).
   Isolation is checked on every call: the RLS rows (lead ids, total_count) equal the
   baseline's, and every row's office is one of the user's offices.
4. Prints the table and writes it to bench/results/rls_overhead.txt (git-ignored).
   Goals: RLS / baseline <= 1.2 and RLS / bare <= 3 per row.
5. --patch FILE.sql (what-if): after deploying db/postgres/, runs FILE as leadbase_owner
   in the private cluster, a candidate change of db/postgres/ (a .sql file), to measure a
   proposed change of db/ without editing db/. Results: bench/results/rls_overhead_<FILE>.txt.
"""
import argparse
import atexit
import platform
import signal
import re
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import psycopg

from thin_api import deploy, embedded_pg

ROOT = Path(__file__).resolve().parent.parent
LIST_LEADS_SQL = ROOT / "db" / "postgres" / "procedures" / "list_leads.sql"
RESULTS = ROOT / "bench" / "results" / "rls_overhead.txt"
DBNAME = "leadbase_bench"
APP_LOGIN = deploy.APP_LOGIN
GOAL = 1.2
BARE_GOAL = 3.0
MAX_REPS = 8        # at most this many RLS/baseline pairs per query and run ...
REP_TARGET_MS = 40  # ... as many as fit in about this time (cheap queries get more samples)

# Share of leads per office (office_code -> weight); the PLZ comes from the routing rule.
OFFICE_SHARE = {"luzern": 0.11, "romandie": 0.34, "egeli": 0.55}

# Benchmark users (login, display name, role, offices). lu.rep and multi.mgr are measured;
# the three reps hold the assignments of their office's leads.
USERS = [
    ("lu.rep", "Lu Rep", "representative", "luzern"),
    ("multi.mgr", "Multi Mgr", "manager", "luzern,egeli"),
    ("ro.rep", "Ro Rep", "representative", "romandie"),
    ("eg.rep", "Eg Rep", "representative", "egeli"),
]

# ~20 NOGA codes with a trade word that ends up in company names (weights: skewed).
BRANCHES = [
    ("43.32", "Schreinerei", 9), ("16.23", "Holzbau", 4), ("62.01", "Informatik", 8),
    ("69.20", "Treuhand", 7), ("43.21", "Elektro", 7), ("43.22", "Sanitär", 6),
    ("45.20", "Garage", 6), ("10.71", "Bäckerei", 5), ("56.10", "Restaurant", 8),
    ("68.31", "Immobilien", 5), ("71.11", "Architektur", 4), ("81.30", "Gartenbau", 4),
    ("25.11", "Metallbau", 3), ("18.12", "Druckerei", 2), ("49.41", "Transport", 4),
    ("43.34", "Malerei", 5), ("86.23", "Zahnarztpraxis", 3), ("47.11", "Lebensmittel", 4),
    ("70.22", "Consulting", 5), ("46.73", "Holzhandel", 1),
]
SURNAMES = ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Steiner",
            "Fischer", "Brunner", "Gerber", "Baumann", "Favre", "Rochat", "Bonvin", "Zürcher",
            "Pilatus", "Aare", "Limmat", "Rigi", "Léman", "Jura", "Seeland", "Emmental",
            "Suter", "Graf", "Frei", "Moser", "Wyss", "Roth", "Kälin", "Blaser"]
LEGAL_FORMS = ["AG", "GmbH", "GmbH", "Einzelunternehmen", "SA", "Sàrl", "KlG"]
ORTS = {  # per office: PLZ -> Ort is PLZ-modulo over these lists (plausible, not exact)
    "luzern": ["Luzern", "Kriens", "Emmen", "Horw", "Sursee", "Zug", "Baar", "Stans"],
    "romandie": ["Lausanne", "Genève", "Fribourg", "Neuchâtel", "Sion", "Yverdon-les-Bains",
                 "Montreux", "Bulle", "Delémont"],
    "egeli": ["Zürich", "Bern", "Basel", "Winterthur", "St. Gallen", "Aarau", "Chur",
              "Thun", "Biel/Bienne", "Solothurn", "Olten", "Schaffhausen", "Lugano"],
}
CANTONS = {"luzern": ["LU", "ZG", "NW"], "romandie": ["VD", "GE", "FR", "NE", "VS"],
           "egeli": ["ZH", "BE", "BS", "SG", "AG", "GR", "SO", "TG"]}
STATUSES = [("new", 45), ("assigned", 15), ("contacted", 15), ("qualified", 8), ("won", 5),
            ("lost", 10), ("do_not_contact", 2)]
WORKED = ("assigned", "contacted", "qualified", "won", "lost")
SIZES = [("micro", 40), ("small", 35), ("medium", 18), ("large", 7)]

FILTER_BRANCHE = "43.32"
SEARCH = "holz"
RARE_WORD = "Zwirbelnuss"  # one company in ~20,000 carries it: the "rare term" search


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def sql_array(values) -> str:
    return "ARRAY[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def weighted_case(expr_random: str, pairs) -> str:
    """CASE over cumulative weights; expr_random in [0, 1)."""
    total = sum(w for _, w in pairs)
    acc, parts = 0, []
    for value, weight in pairs[:-1]:
        acc += weight
        parts.append(f"WHEN {expr_random} < {acc / total:.6f} THEN '{value}'")
    return "CASE " + " ".join(parts) + f" ELSE '{pairs[-1][0]}' END"


# ---------------------------------------------------------------------------- setup

def create_users(admin_url: str, app_url: str) -> dict:
    admin_id = deploy.bootstrap_admin(admin_url, "admin", "Ada Admin")
    users = {"admin": admin_id}
    with psycopg.connect(app_url) as conn:
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(admin_id),))
        for login, display, role, offices in USERS:
            users[login] = conn.execute(
                "SELECT user_id FROM app.save_user(p_login_name => %s, p_display_name => %s,"
                " p_role_code => %s, p_office_codes => %s)", (login, display, role, offices)).fetchone()[0]
        conn.commit()
    return users


def load_leads(admin_url: str, n: int, users: dict) -> None:
    branches = [(code, w) for code, _, w in BRANCHES]
    trades = {code: word for code, word, _ in BRANCHES}
    office_case = weighted_case("g.r_office", list(OFFICE_SHARE.items()))
    status_case = weighted_case("g.r_status", STATUSES)
    size_case = weighted_case("g.r_size", SIZES)
    branche_case = weighted_case("g.r_branche", branches)
    trade_case = "CASE b.branche " + " ".join(
        f"WHEN '{code}' THEN '{word}'" for code, word in trades.items()) + " END"
    ort_case = "CASE o.office_code " + " ".join(
        f"WHEN '{code}' THEN ({sql_array(names)})[1 + b.plz % {len(names)}]"
        for code, names in ORTS.items()) + " END"
    canton_case = "CASE o.office_code " + " ".join(
        f"WHEN '{code}' THEN ({sql_array(cs)})[1 + b.plz % {len(cs)}]"
        for code, cs in CANTONS.items()) + " END"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("SET maintenance_work_mem = '256MB'")
        conn.execute("SET work_mem = '64MB'")
        # Every PLZ with its office by the product's routing rule (one place: core.office_for_plz).
        conn.execute("""
            CREATE TEMP TABLE plz_office AS
            SELECT p.plz::smallint AS plz, f.office_id, o.office_code,
                   row_number() OVER (PARTITION BY f.office_id ORDER BY p.plz) AS k,
                   count(*) OVER (PARTITION BY f.office_id) AS n
            FROM generate_series(1000, 9999) AS p (plz)
            CROSS JOIN LATERAL core.office_for_plz(p.plz) AS f
            INNER JOIN core.office AS o ON o.office_id = f.office_id""")
        conn.execute("CREATE UNIQUE INDEX ON plz_office (office_code, k)")
        conn.execute("ANALYZE plz_office")
        conn.execute("CREATE TEMP TABLE office_n AS SELECT office_code, count(*) AS n FROM plz_office GROUP BY 1")
        counts = dict(conn.execute(
            "SELECT office_code, count(*) FROM plz_office GROUP BY office_code").fetchall())
        log(f"PLZ per office by the routing rule: {counts}")
        missing = set(OFFICE_SHARE) - set(counts)
        if missing:
            raise SystemExit(f"no PLZ routes to {missing}: check core.office_plz_range")
        t0 = time.perf_counter()
        conn.execute(f"""
            INSERT INTO core.lead (company_name, legal_form, uid, street, plz, ort, canton, phone,
                email, website, branche, size_category, source_batch, status, score, office_id,
                created_at)
            SELECT
                ({sql_array(SURNAMES)})[1 + floor(b.r_name * {len(SURNAMES)})::int]
                    || ' ' || {trade_case}
                    || CASE WHEN b.i % 20000 = 7 THEN ' {RARE_WORD}' ELSE '' END
                    || ' ' || b.legal_form,
                b.legal_form,
                CASE WHEN b.r_uid < 0.6 THEN 'CHE-' || lpad((b.i % 1000)::text, 3, '0') || '.'
                    || lpad((b.i / 1000 % 1000)::text, 3, '0') || '.' || lpad((b.i % 997)::text, 3, '0') END,
                'Hauptstrasse ' || (1 + b.i % 180),
                b.plz,
                {ort_case},
                {canton_case},
                CASE WHEN b.r_uid < 0.8 THEN '+41 ' || (21 + b.i % 70) || ' ' || lpad((b.i % 10000000)::text, 7, '0') END,
                CASE WHEN b.r_uid < 0.5 THEN 'info' || b.i || '@example.ch' END,
                CASE WHEN b.r_uid < 0.4 THEN 'https://www.example' || b.i || '.ch' END,
                b.branche,
                b.size_category,
                'partner-' || to_char(b.created_at, 'YYYY-MM'),
                b.status,
                b.score,
                o.office_id,
                b.created_at
            FROM (
                SELECT g.i, g.r_name, g.r_uid,
                    {branche_case} AS branche,
                    {size_case} AS size_category,
                    {status_case} AS status,
                    least(100, floor((g.r_s1 + g.r_s2 + g.r_s3) / 3 * 101))::smallint AS score,
                    now() - g.r_age * interval '730 days' AS created_at,
                    ({sql_array(LEGAL_FORMS)})[1 + floor(g.r_legal * {len(LEGAL_FORMS)})::int] AS legal_form,
                    p.plz
                FROM (
                    SELECT i, random() AS r_office, random() AS r_plz, random() AS r_status,
                        random() AS r_size, random() AS r_branche, random() AS r_name,
                        random() AS r_uid, random() AS r_s1, random() AS r_s2, random() AS r_s3,
                        random() AS r_age, random() AS r_legal
                    FROM generate_series(1, {int(n)}) AS i
                ) AS g
                INNER JOIN office_n AS c ON c.office_code = {office_case}
                INNER JOIN plz_office AS p ON p.office_code = c.office_code
                    AND p.k = 1 + floor(g.r_plz * c.n)::int
            ) AS b
            INNER JOIN plz_office AS o ON o.plz = b.plz""")
        log(f"loaded {n:,} leads in {time.perf_counter() - t0:.1f} s")
        # Worked leads have a current assignment to a representative of their office.
        t0 = time.perf_counter()
        rep_of = {"luzern": users["lu.rep"], "romandie": users["ro.rep"], "egeli": users["eg.rep"]}
        rep_case = "CASE o.office_code " + " ".join(
            f"WHEN '{code}' THEN {uid}" for code, uid in rep_of.items()) + " END"
        conn.execute(f"""
            INSERT INTO core.lead_assignment (lead_id, office_id, user_id, assigned_by, assigned_at)
            SELECT l.lead_id, l.office_id, {rep_case}, {int(users['admin'])},
                   l.created_at + interval '3 days'
            FROM core.lead AS l INNER JOIN core.office AS o ON o.office_id = l.office_id
            WHERE l.status IN ({', '.join("'" + s + "'" for s in WORKED)})
                AND NOT EXISTS (SELECT 1 FROM core.lead_assignment AS a
                                WHERE a.lead_id = l.lead_id AND a.assigned_until IS NULL)""")
        log(f"assignments in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        conn.execute("VACUUM (ANALYZE) core.lead")
        conn.execute("VACUUM (ANALYZE) core.lead_assignment")
        conn.execute("ANALYZE")
        conn.execute("CHECKPOINT")
        log(f"VACUUM ANALYZE in {time.perf_counter() - t0:.1f} s")
        for code, share, cnt in conn.execute("""
                SELECT o.office_code, round(100.0 * count(*) / sum(count(*)) OVER (), 1), count(*)
                FROM core.lead AS l INNER JOIN core.office AS o USING (office_id)
                GROUP BY o.office_code ORDER BY 1""").fetchall():
            log(f"  {code:9} {share:5}%  {cnt:>9,} leads")
        bad = conn.execute("""
            SELECT count(*) FROM core.lead AS l
            WHERE l.office_id <> (SELECT f.office_id FROM core.office_for_plz(l.plz) AS f)""").fetchone()[0]
        if bad:
            raise SystemExit(f"{bad} leads are not in the office of their PLZ")


def create_baseline(admin_url: str) -> None:
    """bench.list_leads: app.list_leads' own text with the offices passed in, no RLS."""
    text = LIST_LEADS_SQL.read_text(encoding="utf-8")
    replacements = [
        (r"DROP FUNCTION IF EXISTS app\.list_leads;", "DROP FUNCTION IF EXISTS bench.list_leads;"),
        (r"CREATE FUNCTION app\.list_leads\(", "CREATE FUNCTION bench.list_leads(\n    p_offices smallint[],"),
        (r"\nSECURITY DEFINER\n", "\nSECURITY INVOKER\n"),
        (r"v_offices := security\.caller_offices\(\);", "v_offices := p_offices;"),
    ]
    for pattern, replacement in replacements:
        text, count = re.subn(pattern, replacement, text)
        if count != 1:
            raise SystemExit(f"list_leads.sql changed shape: {pattern!r} matched {count} times")
    if "security." in text or "app." in re.sub(r"--[^\n]*", "", text):
        raise SystemExit("list_leads.sql calls another app/security function: update the baseline copy")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA IF NOT EXISTS bench")
        conn.execute(text)
        owner = conn.execute("""SELECT r.rolsuper FROM pg_proc AS p JOIN pg_roles AS r ON r.oid = p.proowner
                                WHERE p.oid = 'bench.list_leads'::regproc""").fetchone()[0]
        assert owner, "bench.list_leads must be owned by a superuser (bypasses RLS)"


# -------------------------------------------------------------------------- measure

class Side:
    """One reused connection; each call is one transaction with app.user_id set."""

    def __init__(self, url: str, function: str, offices_arg: bool):
        self.conn = psycopg.connect(url, autocommit=False)
        self.conn.prepare_threshold = None  # plain simple protocol on both sides
        self.function = function
        self.offices_arg = offices_arg

    def call(self, user_id: int, offices: list[int], params: dict) -> tuple[float, list]:
        args = [f"p_{k} => %({k})s" for k in params]
        values = dict(params)
        if self.offices_arg:
            args.insert(0, "p_offices => %(offices)s::smallint[]")
            values["offices"] = offices
        query = f"SELECT * FROM {self.function}({', '.join(args)})"
        with self.conn.cursor() as cur:
            cur.execute("SELECT set_config('app.user_id', %s, true)", (str(user_id),))
            t0 = time.perf_counter()
            cur.execute(query, values)
            rows = cur.fetchall()
            elapsed = time.perf_counter() - t0
        self.conn.commit()
        return elapsed * 1000.0, rows


class Bare:
    """The bare index read a list_leads call needs, as the superuser (no RLS, no function)."""

    ORDER = {"score": ("l.score DESC, l.lead_id DESC", "(l.score, l.lead_id) < (%(a_score)s, %(a_id)s)"),
             "oldest": ("l.created_at, l.lead_id", "(l.created_at, l.lead_id) > (%(a_created)s, %(a_id)s)"),
             "newest": ("l.created_at DESC, l.lead_id DESC", "(l.created_at, l.lead_id) < (%(a_created)s, %(a_id)s)")}

    def __init__(self, url: str):
        self.conn = psycopg.connect(url, autocommit=True)
        self.conn.prepare_threshold = None

    def query(self, offices: list[int], params: dict) -> tuple[str, dict]:
        values: dict = {}
        if params.get("search"):
            # The trigram lookup of the term's ids, in each office's own index.
            values["pattern"] = "%" + params["search"].lower() + "%"
            return " UNION ALL ".join(
                f"SELECT l.lead_id FROM core.lead AS l WHERE l.office_id = {int(o)}"
                " AND l.search_key LIKE %(pattern)s" for o in offices), values
        order, after = self.ORDER[params.get("sort", "score")]
        where = ""
        for column in ("status", "branche"):
            if column in params:
                where += f" AND l.{column} = %({column})s"
                values[column] = params[column]
        if "after_lead_id" in params:
            a_score, a_created = self.conn.execute(
                "SELECT score, created_at FROM core.lead WHERE lead_id = %s", (params["after_lead_id"],)).fetchone()
            values.update(a_score=a_score, a_created=a_created, a_id=params["after_lead_id"])
            where += " AND " + after
        size = 50  # the top 50 (a count call asks for page_size 1; its bare read is still a page)
        skip = (params.get("page", 1) - 1) * params.get("page_size", 50)
        values.update(offices=offices, size=size, skip=skip)
        return ("SELECT l.lead_id, l.company_name, l.legal_form, l.plz, l.ort, l.canton, l.branche,"
                " l.size_category, l.status, l.score, l.office_id, l.created_at FROM unnest(%(offices)s::smallint[]) AS o (office_id) CROSS JOIN LATERAL"
                f" (SELECT l.* FROM core.lead AS l WHERE l.office_id = o.office_id{where}"
                f" ORDER BY {order} LIMIT %(size)s + %(skip)s) AS l"
                f" ORDER BY {order} LIMIT %(size)s OFFSET %(skip)s"), values

    def call(self, user_id: int, offices: list[int], params: dict) -> tuple[float, list]:
        sql, values = self.query(offices, params)
        with self.conn.cursor() as cur:
            t0 = time.perf_counter()
            cur.execute(sql, values)
            rows = cur.fetchall()
            elapsed = time.perf_counter() - t0
        return elapsed * 1000.0, rows


QUERIES = [
    # label, list_leads parameters
    ("first page (score)", {}),
    ("count (total_count, page_size=1)", {"page_size": 1}),
    (f"filtered page (new, {FILTER_BRANCHE})", {"status": "new", "branche": FILTER_BRANCHE}),
    (f"search '{SEARCH}'", {"search": SEARCH}),
    (f"search rare '{RARE_WORD.lower()[:6]}'", {"search": RARE_WORD.lower()[:6]}),
    ("page 101 (offset 5000)", {"page": 101, "page_size": 50}),
    ("page 101 (keyset)", {"after_lead_id": None}),  # the 5,000th lead of the user's list
]


def check_isolation(label: str, rls_rows: list, base_rows: list, office_codes: set) -> None:
    rls_ids = [r[0] for r in rls_rows]
    base_ids = [r[0] for r in base_rows]
    if rls_ids != base_ids:
        raise SystemExit(f"ISOLATION/RESULT MISMATCH in {label}: RLS ids {rls_ids[:5]}... "
                         f"baseline ids {base_ids[:5]}...")
    if rls_rows and rls_rows[0][15] != base_rows[0][15]:
        raise SystemExit(f"COUNT MISMATCH in {label}: {rls_rows[0][15]} vs {base_rows[0][15]}")
    foreign = {r[10] for r in rls_rows} - office_codes
    if foreign:
        raise SystemExit(f"ISOLATION BREACH in {label}: rows of {foreign}")


def measure(app_url: str, admin_url: str, users: dict, runs: int, warmup: int) -> list[dict]:
    rls = Side(app_url, "app.list_leads", offices_arg=False)
    base = Side(admin_url, "bench.list_leads", offices_arg=True)
    bare = Bare(admin_url)
    with psycopg.connect(admin_url) as conn:
        office_ids = dict(conn.execute("SELECT office_code, office_id FROM core.office").fetchall())
    subjects = []
    for login, _, role, codes in USERS[:2]:
        code_list = codes.split(",")
        subjects.append((login, role, users[login], sorted(office_ids[c] for c in code_list), set(code_list)))

    # Fail closed: no user -> no rows (RLS side).
    _, rows = rls.call(0, [], {})
    if rows:
        raise SystemExit("ISOLATION BREACH: rows without a user")
    with psycopg.connect(app_url) as conn:
        try:
            conn.execute("SELECT count(*) FROM core.lead")
            raise SystemExit("ISOLATION BREACH: the app login reads core.lead directly")
        except psycopg.errors.InsufficientPrivilege:
            pass

    cases = []
    for login, role, user_id, offices, codes in subjects:
        for label, params in QUERIES:
            if "after_lead_id" in params:
                _, rows = rls.call(user_id, offices, {"page": 100, "page_size": 50})
                params = {"after_lead_id": rows[-1][0]}
            cases.append({"who": f"{login} ({'+'.join(sorted(codes))})", "label": label,
                          "user_id": user_id, "offices": offices, "codes": codes,
                          "params": params, "rls": [], "base": [], "bare": [], "rows": None, "total": None})
    log(f"warm-up ({warmup} rounds) and {runs} measured runs of {len(cases)} queries x 2 sides")
    for run in range(-warmup, runs):
        if run == 0:
            # Cheap queries are repeated within a run (up to MAX_REPS pairs, about
            # REP_TARGET_MS per pair-set) so that their medians rest on more samples.
            for case in cases:
                warm = statistics.median(case.pop("warm", [REP_TARGET_MS]))
                case["reps"] = max(1, min(MAX_REPS, int(REP_TARGET_MS // max(warm, 0.01))))
        for case in cases:
            for rep in range(case.get("reps", 1)):
                order = (("rls", rls), ("base", base), ("bare", bare))
                order = order if (run + rep) % 2 == 0 else order[::-1]
                result = {}
                for name, side in order:
                    ms, rows = side.call(case["user_id"], case["offices"], case["params"])
                    result[name] = rows
                    if run >= 0:
                        case[name].append(ms)
                    else:
                        case.setdefault("warm", []).append(ms)
                check_isolation(f"{case['who']} {case['label']}", result["rls"], result["base"], case["codes"])
                case["rows"] = len(result["rls"])
                case["total"] = result["rls"][0][15] if result["rls"] else 0
                case["exact"] = result["rls"][0][16] if result["rls"] else True
                if "search" not in case["params"] and case["params"].get("page_size", 50) == 50:
                    if [r[0] for r in result["rls"]] != [r[0] for r in result["bare"]]:
                        raise SystemExit(f"BARE READ MISMATCH in {case['who']} {case['label']}")
        if run >= 0 and (run + 1) % max(1, runs // 5) == 0:
            log(f"  run {run + 1}/{runs}")
    rls.conn.close()
    base.conn.close()
    bare.conn.close()
    return cases


# -------------------------------------------------------------------------- explain

def explain(admin_url: str, users: dict) -> str:
    """The plans of the queries inside both functions, via auto_explain (nested statements).
    The RLS side runs as leadbase_app (SET ROLE) in a superuser session, so the caller
    check of security.caller() passes and the function runs as leadbase_owner under RLS."""
    out = []
    with psycopg.connect(admin_url, autocommit=True) as conn:
        notices = []
        conn.add_notice_handler(lambda d: notices.append(d.message_primary))
        conn.execute("LOAD 'auto_explain'")
        for setting, value in [("log_min_duration", "0"), ("log_analyze", "on"),
                               ("log_buffers", "on"), ("log_timing", "on"),
                               ("log_nested_statements", "on"), ("log_level", "notice")]:
            conn.execute(f"SET auto_explain.{setting} = '{value}'")
        with psycopg.connect(admin_url) as c2:
            office_ids = dict(c2.execute("SELECT office_code, office_id FROM core.office").fetchall())
        for login, _, _, codes in USERS[:2]:
            offices = sorted(office_ids[c] for c in codes.split(","))
            for label, params in QUERIES:
                args = ", ".join(f"p_{k} => %({k})s" for k in params)
                for side in ("RLS", "baseline"):
                    for _ in range(2):  # second call: warm cache
                        notices.clear()
                        with conn.transaction():
                            conn.execute("SELECT set_config('app.user_id', %s, true)", (str(users[login]),))
                            if side == "RLS":
                                conn.execute(f"SET LOCAL ROLE {APP_LOGIN}")
                                conn.execute(f"SELECT * FROM app.list_leads({args})", params).fetchall()
                            else:
                                a = "p_offices => %(offices)s::smallint[]" + (", " + args if args else "")
                                conn.execute(f"SELECT * FROM bench.list_leads({a})",
                                             {**params, "offices": offices}).fetchall()
                    inner = [n for n in notices if "core.lead" in n and "app.list_leads" not in n
                             and "bench.list_leads" not in n]
                    out.append(f"===== {login} | {label} | {side}\n" + "\n".join(inner))
    return "\n".join(out)


# ----------------------------------------------------------------------------- main

def format_table(cases: list[dict], header: str) -> str:
    lines = [header, ""]
    w = max(len(c["label"]) for c in cases)
    lines.append(f"{'user':26} {'query':{w}} {'rows':>5} {'total':>8} {'RLS ms':>9} {'base ms':>9} "
                 f"{'+ms':>7} {'ratio':>6} {'bare ms':>8} {'/bare':>6} {'n':>4}  goals <= {GOAL}x, <= {BARE_GOAL:g}x bare")
    lines.append("-" * len(lines[-1]))
    for c in cases:
        r, b, z = (statistics.median(c[k]) for k in ("rls", "base", "bare"))
        total = f"{c['total']:,}" + ("" if c["exact"] else "+")
        lines.append(f"{c['who']:26} {c['label']:{w}} {c['rows']:>5} {total:>8} {r:>9.2f} {b:>9.2f} "
                     f"{r - b:>+7.2f} {r / b:>6.2f} {z:>8.2f} {r / z:>6.2f} {len(c['rls']):>4}  "
                     f"{'PASS' if r / b <= GOAL else 'FAIL'} {'PASS' if r / z <= BARE_GOAL else 'FAIL'}")
    failed = sum(1 for c in cases if statistics.median(c["rls"]) / statistics.median(c["base"]) > GOAL)
    failed_bare = sum(1 for c in cases if statistics.median(c["rls"]) / statistics.median(c["bare"]) > BARE_GOAL)
    lines.append("")
    lines.append(f"{len(cases) - failed_bare} of {len(cases)} within {BARE_GOAL:g}x of the bare index read "
                 "(RLS ms / bare ms; the bare read returns the same page ids).")
    lines.append(f"{len(cases) - failed} of {len(cases)} within {GOAL}x; isolation: RLS ids and total_count "
                 "equal the baseline's in every call, only the user's offices, 0 rows without a user, "
                 "no direct table access.")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="100k leads, 7 runs")
    parser.add_argument("--port", type=int, default=54340)
    parser.add_argument("--explain", action="store_true",
                        help="also write the inner plans of both sides (auto_explain) to bench/results/")
    parser.add_argument("--keep", action="store_true", help="leave the cluster running (prints its folder)")
    parser.add_argument("--patch", action="append", default=[], metavar="FILE.sql",
                        help="what-if: after deploying db/postgres/, run this SQL file as leadbase_owner in "
                             "the private cluster (a candidate change of db/postgres/); results go to "
                             "bench/results/rls_overhead_<file>.txt. db/ itself is never changed.")
    args = parser.parse_args()
    if args.quick:
        args.leads, args.runs, args.warmup = 100_000, 7, 2

    folder = Path(tempfile.mkdtemp(prefix="leadbase-bench-"))
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
    # A background run ignores SIGINT; SIGTERM must still stop the cluster.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    admin_url = embedded_pg.ensure_database(server_url, DBNAME)
    files = deploy.deploy_postgres(admin_url)
    app_url = deploy.ensure_app_login(admin_url, embedded_pg.secret(folder, deploy.APP_LOGIN))
    log(f"deployed {files} files")
    for patch in args.patch:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute("SET ROLE leadbase_owner")
            conn.execute(Path(patch).read_text(encoding="utf-8"))
        log(f"what-if patch applied: {patch}")
    users = create_users(admin_url, app_url)
    load_leads(admin_url, args.leads, users)
    create_baseline(admin_url)

    cases = measure(app_url, admin_url, users, args.runs, args.warmup)
    with psycopg.connect(admin_url) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
        settings = ", ".join(f"{k}={conn.execute(f'SHOW {k}').fetchone()[0]}"
                             for k in ("shared_buffers", "work_mem", "jit", "max_parallel_workers_per_gather"))
    header = (f"RLS overhead of app.list_leads -- {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC\n"
              f"PostgreSQL {version} ({settings}); {platform.node()} {platform.machine()}, "
              f"Python {platform.python_version()}\n"
              f"{args.leads:,} leads; median of {args.runs} alternating runs after {args.warmup} warm-up rounds; "
              "client-side wall time (execute + fetch, connection reused, no connection setup); "
              f"n = samples per side (a query under {REP_TARGET_MS // 2} ms runs up to {MAX_REPS} alternating pairs per run)\n"
              "RLS = app.list_leads via leadbase_app (policy applies); base = same function text as "
              "superuser in schema bench, offices passed in (no RLS)"
              + "".join(f"\nWHAT-IF: patched with {p} (not the deployed product)" for p in args.patch))
    table = format_table(cases, header)
    print()
    print(table)
    results = RESULTS
    if args.patch:
        results = RESULTS.with_name("rls_overhead_" + "+".join(Path(p).stem for p in args.patch) + ".txt")
    results.parent.mkdir(parents=True, exist_ok=True)
    results.write_text(table + "\n", encoding="utf-8")
    log(f"written to {results.relative_to(ROOT)}")
    if args.explain:
        plans = explain(admin_url, users)
        path = results.with_name(results.stem + "_plans.txt")
        path.write_text(plans + "\n", encoding="utf-8")
        log(f"plans written to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
