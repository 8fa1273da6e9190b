"""The learned score against a known truth: leads whose outcome follows a hidden rule,
the model trained and scored in the database, its quality on held-out leads beside
the rule itself (the oracle) and an offline logistic regression (the anchor); and the
time of app.refit_scoring_model and app.rescore_leads at scale. Printed, not a test.

    cd /work/main && .venv/bin/pip install -r bench/requirements.txt   # scikit-learn
    PYTHONPATH=. .venv/bin/python bench/scoring.py [--leads 1000000]
    ... bench/scoring.py --quick          # 100k leads

What it does:
1. Starts a private cluster in a temp folder on its own port (default 54360; never the
   demo or test data), deploys db/postgres/ and the users of bench/rls_overhead.py, and
   six partners with one delivery each.
2. Draws N leads (as the superuser, triggers off: no history, no match keys) with
   office by share (11% / 34% / 55%), PLZ by the routing rule, canton by PLZ, 20 NOGA
   classes (bench/rls_overhead.py's, skewed), size, partner, which of phone, e-mail,
   website, UID, street are known, 0-5 contacts, a delivery within two years, and for
   70% of them a decision 1-400 days after delivery (the rest stay open: new,
   contacted). The decision follows the hidden rule
       logit = intercept + branche (per NOGA division) + size + canton + partner
               + 0.3 x completeness + contacts (0: -0.6, 1: 0, 2: +0.3, 3+: +0.5)
               + 0.9 if medium or large and NOGA section J (interaction)
               - 0.8 if partner p1 and completeness <= 2 (interaction)
               + noise ~ N(0, 0.5) (a quality of the lead nobody records)
   outcome ~ Bernoulli(sigmoid(logit)): positive -> won or qualified, negative -> lost
   or do_not_contact. Each contact is a call, e-mail or meeting event before the
   decision, the decision an event that sets the status (core.lead_event), so the
   database's own factors (core.scoring_features) see them as a real office would.
   The truth (rule logit without the noise, outcome) stays in bench.truth.
3. app.refit_scoring_model for every office (as the admin, holdout 20%, timed), then
   app.rescore_leads over every lead (timed; goal <= 60 s).
4. Quality on held-out leads. The split is the procedure's own: a lead is held out
   when (lead_id x 7919) % 100 < 20, deterministic by lead id, so the refit's own
   auc / log_loss (computed in the database) can be checked against the figures
   recomputed here from core.lead_score (log_odds), and the anchor is fitted on
   exactly the model's training leads. (A time split -- train on a window, evaluate
   on later leads -- would measure the same here, since the rule does not drift.)
     model   core.lead_score.log_odds of the held-out leads (the score, 0-100, too);
     oracle  the hidden rule without its noise (the best any model of these factors
             can rank; its log-loss uses the noise-calibrated probability);
     anchor  scikit-learn's LogisticRegression (L2, C=1) on the same nine factors
             one-hot encoded (the values core.lead_score recorded), per office, on
             the same training leads.
   Goal: model AUC >= 95% of the oracle's, and >= the anchor's - 0.01.
5. Prints the table and writes it to bench/results/scoring.txt (git-ignored).
"""
import argparse
import atexit
import math
import platform
import random
import shutil
import signal
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
import rls_overhead  # noqa: E402  -- its users, branches and cantons

from thin_api import deploy, embedded_pg  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "scoring.txt"
DBNAME = "leadbase_bench"
OFFICE_SHARE = rls_overhead.OFFICE_SHARE
FACTORS = ["noga_section", "noga_division", "size_category", "region", "partner", "batch_age", "contacts",
           "completeness", "feedback"]
HOLDOUT_PERCENT = 20
NOISE_SD = 0.5
log = rls_overhead.log

# The hidden rule (log-odds). Branche and canton weights are drawn once from a fixed seed.
_rng = random.Random(2026)
BRANCHE_WEIGHT = {code[:2]: round(_rng.gauss(0, 0.6), 2) for code, _, _ in rls_overhead.BRANCHES}
CANTON_WEIGHT = {c: round(_rng.gauss(0, 0.3), 2) for cs in rls_overhead.CANTONS.values() for c in cs}
SIZE_WEIGHT = {"micro": -0.6, "small": 0.0, "medium": 0.4, "large": 0.7}
PARTNERS = [("p1", -0.8, 20), ("p2", -0.3, 20), ("p3", 0.0, 25), ("p4", 0.2, 15), ("p5", 0.5, 12), ("p6", 0.9, 8)]
CONTACT_WEIGHT = "CASE WHEN t.contacts = 0 THEN -0.6 WHEN t.contacts = 1 THEN 0 WHEN t.contacts = 2 THEN 0.3 ELSE 0.5 END"
INTERCEPT = -1.6
DECIDED_SHARE = 0.7


def case(expr: str, weights: dict) -> str:
    return f"CASE {expr} " + " ".join(f"WHEN '{k}' THEN {v}" for k, v in weights.items()) + " ELSE 0 END"


def create_partners(admin_url: str, admin_id: int) -> dict:
    """p1..p6, one imported delivery each; partner_code -> batch_id."""
    batches = {}
    with psycopg.connect(admin_url) as conn:
        for code, _, _ in PARTNERS:
            partner_id = conn.execute("INSERT INTO core.partner (partner_code, partner_name) VALUES (%s, %s)"
                                      " RETURNING partner_id", (code, f"Partner {code}")).fetchone()[0]
            batches[code] = conn.execute("""
                INSERT INTO core.import_batch (partner_id, file_name, content_hash, received_at, imported_by,
                    finished_at, status, row_count)
                VALUES (%s, %s, encode(sha256(%s::bytea), 'hex'), now(), %s, now(), 'imported', 0)
                RETURNING batch_id""", (partner_id, f"{code}.csv", code, admin_id)).fetchone()[0]
    return batches


def load(admin_url: str, n: int, users: dict, batches: dict) -> None:
    """bench.truth (the drawn leads and their outcome), then core.lead and core.lead_event."""
    office_case = rls_overhead.weighted_case("g.r_office", list(OFFICE_SHARE.items()))
    size_case = rls_overhead.weighted_case("g.r_size", rls_overhead.SIZES)
    branche_case = rls_overhead.weighted_case("g.r_branche", [(c, w) for c, _, w in rls_overhead.BRANCHES])
    partner_case = rls_overhead.weighted_case("g.r_partner", [(c, w) for c, _, w in PARTNERS])
    canton_case = "CASE p.office_code " + " ".join(
        f"WHEN '{code}' THEN ({rls_overhead.sql_array(cs)})[1 + p.plz % {len(cs)}]"
        for code, cs in rls_overhead.CANTONS.items()) + " END"
    batch_case = case("t.partner", batches)
    rep_case = "CASE t.office_code " + " ".join(
        f"WHEN '{o}' THEN {users[u]}" for o, u in (("luzern", "lu.rep"), ("romandie", "ro.rep"), ("egeli", "eg.rep"))
    ) + " END"
    rule = (f"{INTERCEPT} + {case('left(t.branche, 2)', BRANCHE_WEIGHT)} + {case('t.size_category', SIZE_WEIGHT)}"
            f" + {case('t.canton', CANTON_WEIGHT)} + {case('t.partner', {c: w for c, w, _ in PARTNERS})}"
            f" + 0.3 * t.completeness + {CONTACT_WEIGHT}"
            " + CASE WHEN t.size_category IN ('medium', 'large') AND left(t.branche, 2) IN ('58', '59', '60', '61', '62', '63')"
            " THEN 0.9 ELSE 0 END"
            " + CASE WHEN t.partner = 'p1' AND t.completeness <= 2 THEN -0.8 ELSE 0 END")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("SET maintenance_work_mem = '256MB'")
        conn.execute("SET work_mem = '64MB'")
        conn.execute("SET max_parallel_workers_per_gather = 0")  # one stream of random(): reproducible
        conn.execute("SELECT setseed(0.42)")
        conn.execute("""
            CREATE TEMP TABLE plz_office AS
            SELECT p.plz::smallint AS plz, f.office_id, o.office_code,
                   row_number() OVER (PARTITION BY f.office_id ORDER BY p.plz) AS k,
                   count(*) OVER (PARTITION BY f.office_id) AS n
            FROM generate_series(1000, 9999) AS p (plz)
            CROSS JOIN LATERAL core.office_for_plz(p.plz) AS f
            INNER JOIN core.office AS o ON o.office_id = f.office_id""")
        conn.execute("CREATE UNIQUE INDEX ON plz_office (office_code, k)")
        conn.execute("CREATE TEMP TABLE office_n AS SELECT office_code, max(n) AS n FROM plz_office GROUP BY 1")
        t0 = time.perf_counter()
        conn.execute("CREATE SCHEMA IF NOT EXISTS bench")
        conn.execute("DROP TABLE IF EXISTS bench.truth")
        noisy = f"1 / (1 + exp(-(u.rule_logit + {NOISE_SD} * u.r_noise)))"
        conn.execute(f"""
            CREATE TABLE bench.truth AS
            SELECT
                u.*,
                CASE WHEN u.decided_at IS NOT NULL THEN (u.r_outcome < {noisy})::int END AS outcome,
                CASE
                    WHEN u.decided_at IS NULL THEN CASE WHEN u.contacts > 0 THEN 'contacted' ELSE 'new' END
                    WHEN u.r_outcome < {noisy} THEN CASE WHEN u.r_kind < 0.6 THEN 'won' ELSE 'qualified' END
                    ELSE CASE WHEN u.r_kind < 0.85 THEN 'lost' ELSE 'do_not_contact' END
                END::varchar(20) AS status
            FROM (
                SELECT t.*, {rule} AS rule_logit
                FROM (
                    SELECT
                        g.i AS lead_id, p.office_id, p.office_code, p.plz, {canton_case} AS canton,
                        {branche_case} AS branche, {size_case} AS size_category, {partner_case} AS partner,
                        g.r_phone < 0.8 AS has_phone, g.r_email < 0.5 AS has_email, g.r_web < 0.4 AS has_website,
                        g.r_uid < 0.6 AS has_uid, g.r_street < 0.9 AS has_street,
                        (g.r_phone < 0.8)::int + (g.r_email < 0.5)::int + (g.r_web < 0.4)::int
                            + (g.r_uid < 0.6)::int + (g.r_street < 0.9)::int AS completeness,
                        floor(g.r_contacts * 6)::int AS contacts,
                        g.delivered_at,
                        -- 70% decided 1-400 days after delivery (not after now), the rest open.
                        CASE WHEN g.r_decided < {DECIDED_SHARE}
                            AND g.delivered_at + (1 + floor(g.r_delay * 400)) * interval '1 day' < now()
                            THEN g.delivered_at + (1 + floor(g.r_delay * 400)) * interval '1 day' END AS decided_at,
                        g.r_noise, g.r_outcome, g.r_kind
                    FROM (
                        SELECT i, random() AS r_office, random() AS r_plz, random() AS r_size, random() AS r_branche,
                            random() AS r_partner, random() AS r_phone, random() AS r_email, random() AS r_web,
                            random() AS r_uid, random() AS r_street, random() AS r_contacts,
                            date_trunc('second', now() - random() * interval '730 days') AS delivered_at,
                            random() AS r_decided, random() AS r_delay, random() AS r_outcome, random() AS r_kind,
                            -- N(0, 1) by Box-Muller
                            sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS r_noise
                        FROM generate_series(1, {int(n)}) AS i
                    ) AS g
                    INNER JOIN office_n AS c ON c.office_code = {office_case}
                    INNER JOIN plz_office AS p
                        ON p.office_code = c.office_code AND p.k = 1 + floor(g.r_plz * c.n)::int
                ) AS t
            ) AS u""")
        conn.execute("ALTER TABLE bench.truth ADD PRIMARY KEY (lead_id)")
        log(f"drew {n:,} leads and their outcomes in {time.perf_counter() - t0:.1f} s")

        t0 = time.perf_counter()
        conn.execute("SET session_replication_role = replica")  # no history, no triggers
        conn.execute(f"""
            INSERT INTO core.lead (lead_id, company_name, legal_form, uid, street, plz, ort, canton, phone, email,
                website, branche, size_category, source_batch, status, score, office_id, created_at, delivered_at,
                import_batch_id)
            SELECT
                t.lead_id, 'Bench ' || t.lead_id || ' AG', 'AG',
                CASE WHEN t.has_uid THEN 'CHE-' || lpad((t.lead_id % 1000)::text, 3, '0') || '.'
                    || lpad((t.lead_id / 1000 % 1000)::text, 3, '0') || '.' || lpad((t.lead_id % 997)::text, 3, '0') END,
                CASE WHEN t.has_street THEN 'Hauptstrasse ' || (1 + t.lead_id % 180) END,
                t.plz, 'Ort', t.canton,
                CASE WHEN t.has_phone THEN '+41 41 ' || lpad((t.lead_id % 10000000)::text, 7, '0') END,
                CASE WHEN t.has_email THEN 'info' || t.lead_id || '@example.ch' END,
                CASE WHEN t.has_website THEN 'https://www.example' || t.lead_id || '.ch' END,
                t.branche, t.size_category, t.partner || '.csv', t.status,
                least(100, {case('t.size_category', {'micro': 10, 'small': 25, 'medium': 40, 'large': 55})}
                    + 15 * t.has_phone::int + 15 * t.has_email::int + 10 * t.has_website::int + 5 * t.has_uid::int),
                t.office_id, t.delivered_at, t.delivered_at, {batch_case}
            FROM bench.truth AS t""")
        conn.execute("SELECT setval(pg_get_serial_sequence('core.lead', 'lead_id'), (SELECT max(lead_id) FROM core.lead))")
        log(f"core.lead: {n:,} rows in {time.perf_counter() - t0:.1f} s")

        t0 = time.perf_counter()
        # Contacts spread evenly before the decision (open leads: before now), then the decision.
        conn.execute(f"""
            INSERT INTO core.lead_event (lead_id, office_id, user_id, event_at, event_type, old_status, new_status)
            SELECT t.lead_id, t.office_id, {rep_case},
                t.delivered_at + (coalesce(t.decided_at, now()) - t.delivered_at) * k / (t.contacts + 1.0),
                (ARRAY['call', 'email', 'meeting'])[1 + (t.lead_id + k) % 3], NULL, NULL
            FROM bench.truth AS t
            CROSS JOIN LATERAL generate_series(1, t.contacts) AS k
            UNION ALL
            SELECT t.lead_id, t.office_id, {rep_case}, t.decided_at, 'note', 'contacted', t.status
            FROM bench.truth AS t
            WHERE t.decided_at IS NOT NULL""")
        conn.execute("SET session_replication_role = DEFAULT")
        events = conn.execute("SELECT count(*) FROM core.lead_event").fetchone()[0]
        log(f"core.lead_event: {events:,} rows in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        for table in ("core.lead", "core.lead_event", "bench.truth"):
            conn.execute(f"VACUUM (ANALYZE) {table}")
        conn.execute("CHECKPOINT")
        log(f"VACUUM ANALYZE in {time.perf_counter() - t0:.1f} s")


def refit_and_rescore(app_url: str, admin_id: int) -> dict:
    with psycopg.connect(app_url) as conn:
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(admin_id),))
        t0 = time.perf_counter()
        cur = conn.execute("SELECT * FROM app.refit_scoring_model(p_holdout_percent => %s)", (HOLDOUT_PERCENT,))
        models = [dict(zip([d.name for d in cur.description], row)) for row in cur.fetchall()]
        conn.commit()
        refit = time.perf_counter() - t0
        log(f"app.refit_scoring_model (every office): {refit:.1f} s")
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(admin_id),))
        t0 = time.perf_counter()
        scored = conn.execute("SELECT office_code, lead_count FROM app.rescore_leads()").fetchall()
        conn.commit()
        rescore = time.perf_counter() - t0
        log(f"app.rescore_leads (every lead): {rescore:.1f} s, {scored}")
    return {"refit": refit, "rescore": rescore, "models": models, "scored": scored}


def evaluate(admin_url: str) -> dict:
    """Per office and all together: (n_train, n_holdout, {name: (auc, log_loss)})."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss, roc_auc_score
    from sklearn.preprocessing import OneHotEncoder

    with psycopg.connect(admin_url) as conn:
        rows = conn.execute(f"""
            SELECT o.office_code, (s.lead_id * 7919) % 100 < {HOLDOUT_PERCENT} AS holdout, t.outcome,
                s.log_odds::float8, s.score, t.rule_logit, {', '.join('s.' + f for f in FACTORS)}
            FROM core.lead_score AS s
            INNER JOIN bench.truth AS t ON t.lead_id = s.lead_id
            INNER JOIN core.office AS o ON o.office_id = s.office_id
            WHERE t.outcome IS NOT NULL""").fetchall()
    # The oracle's probability: the rule averaged over the noise (probit approximation).
    calibrate = 1 / math.sqrt(1 + math.pi * NOISE_SD ** 2 / 8)
    results, pooled = {}, {"y": [], "model": [], "score": [], "oracle": [], "anchor": []}
    for office in sorted({r[0] for r in rows}):
        mine = [r for r in rows if r[0] == office]
        train = [r for r in mine if not r[1]]
        test = [r for r in mine if r[1]]
        y = np.array([r[2] for r in test])
        model = 1 / (1 + np.exp(-np.array([r[3] for r in test])))
        score = np.array([r[4] for r in test], dtype=float)
        oracle = 1 / (1 + np.exp(-calibrate * np.array([float(r[5]) for r in test])))
        encoder = OneHotEncoder(handle_unknown="ignore")
        x_train = encoder.fit_transform([r[6:] for r in train])
        regression = LogisticRegression(C=1.0, max_iter=2000).fit(x_train, [r[2] for r in train])
        anchor = regression.predict_proba(encoder.transform([r[6:] for r in test]))[:, 1]
        results[office] = {
            "train": len(train), "holdout": len(test), "positive_share": float(y.mean()),
            "model": (roc_auc_score(y, model), log_loss(y, model)),
            "score": (roc_auc_score(y, score), None),
            "oracle": (roc_auc_score(y, oracle), log_loss(y, oracle)),
            "anchor": (roc_auc_score(y, anchor), log_loss(y, anchor)),
        }
        for key, values in (("y", y), ("model", model), ("score", score), ("oracle", oracle), ("anchor", anchor)):
            pooled[key].append(values)
    y = np.concatenate(pooled["y"])
    results["all offices"] = {
        "train": sum(r["train"] for r in results.values()), "holdout": len(y), "positive_share": float(y.mean()),
        **{k: (roc_auc_score(y, np.concatenate(pooled[k])),
               None if k == "score" else log_loss(y, np.concatenate(pooled[k])))
           for k in ("model", "score", "oracle", "anchor")},
    }
    return results


def format_report(header: str, timing: dict, results: dict) -> tuple[str, bool]:
    lines = [header, ""]
    scored = sum(n for _, n in timing["scored"])
    lines.append(f"app.refit_scoring_model, every office: {timing['refit']:.1f} s; "
                 f"app.rescore_leads, every lead ({scored:,}): {timing['rescore']:.1f} s "
                 f"(goal <= 60 s: {'met' if timing['rescore'] <= 60 else 'NOT met'})")
    for m in timing["models"]:
        lines.append(f"  model {m['model_id']} {m['office_code']:9} trained on {m['positive_count']:,} + / "
                     f"{m['negative_count']:,} -, {m['holdout_count']:,} held out; scale {m['scale']}; "
                     f"in the database: auc {m['auc']}, log-loss {m['log_loss']}")
    lines.append("")
    lines.append(f"held-out leads ((lead_id x 7919) % 100 < {HOLDOUT_PERCENT}), decided ones only")
    lines.append(f"{'office':12} {'train':>8} {'holdout':>8} {'pos %':>6} {'AUC model':>10} {'(score)':>8} "
                 f"{'oracle':>7} {'anchor':>7} {'LL model':>9} {'oracle':>7} {'anchor':>7} {'/oracle':>8} goal")
    all_met = True
    for office, r in results.items():
        auc, oracle, anchor = r["model"][0], r["oracle"][0], r["anchor"][0]
        met = auc >= 0.95 * oracle and auc >= anchor - 0.01
        all_met &= met
        lines.append(f"{office:12} {r['train']:8,} {r['holdout']:8,} {100 * r['positive_share']:6.1f} {auc:10.4f} "
                     f"{r['score'][0]:8.4f} {oracle:7.4f} {anchor:7.4f} {r['model'][1]:9.4f} {r['oracle'][1]:7.4f} "
                     f"{r['anchor'][1]:7.4f} {auc / oracle:8.1%} {'met' if met else 'NOT met'}")
    lines.append("")
    lines.append("goal: AUC >= 95% of the oracle's and >= the anchor's - 0.01 (AUC and log-loss from "
                 "core.lead_score.log_odds; '(score)' ranks by the rounded score 0-100, ties half)")
    lines.append(f"quality goal {'met' if all_met else 'NOT met'} for every office and all together")
    return "\n".join(lines), all_met


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="100k leads")
    parser.add_argument("--port", type=int, default=54360)
    parser.add_argument("--keep", action="store_true", help="leave the cluster running (prints its folder)")
    args = parser.parse_args()
    if args.quick:
        args.leads = 100_000
    try:
        import sklearn  # noqa: F401
    except ImportError:
        raise SystemExit("scikit-learn is missing: .venv/bin/pip install -r bench/requirements.txt")

    folder = Path(tempfile.mkdtemp(prefix="leadbase-bench-scoring-"))
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
    batches = create_partners(admin_url, users["admin"])
    load(admin_url, args.leads, users, batches)
    timing = refit_and_rescore(app_url, users["admin"])
    results = evaluate(admin_url)

    with psycopg.connect(admin_url) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
    header = (f"Learned score -- {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC\n"
              f"PostgreSQL {version}; {platform.node()} {platform.machine()}, {__import__('os').cpu_count()} cores\n"
              f"{args.leads:,} leads ({DECIDED_SHARE:.0%} decided), hidden rule: branche, size, canton, partner, "
              f"completeness, contacts, two interactions, noise sd {NOISE_SD}")
    report, _ = format_report(header, timing, results)
    print()
    print(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report + "\n", encoding="utf-8")
    log(f"written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
