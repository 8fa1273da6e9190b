"""Web load: 50 signed-in users at once against the real server, and the same
server's static-asset throughput in the same run.

    PYTHONPATH=. .venv/bin/python bench/web_load.py                  # demo data
    PYTHONPATH=. .venv/bin/python bench/web_load.py --leads 1000000  # demo data + 1M leads
    ... --server-root /tmp/leadbase-main    # serve another checkout (e.g. main, for "before")

What it does:
1. Starts a private, closed cluster in a temp folder (--pg-port, default 55207),
   deploys db/postgres/ of --server-root (default: this checkout), gives the web
   app's login its generated password and loads the demo data (14 users, 600 leads,
   their assignments and calls) through the app procedures. With --leads N it adds N
   leads as the superuser (bench/rls_overhead.py's loader: 11/34/55 % by office,
   worked ones assigned to a representative of their office).
2. Starts `python -m thin_api serve` of --server-root on 127.0.0.1:--port (default
   55206) as its own process: gunicorn, one worker process per core with 8 threads
   each (waitress, one process with 8 threads, before gunicorn came).
3. Phase "static": --users client threads fetch /static/style.css without pause
   for --seconds. Phase "mix": --users client threads, each signed in as a demo
   representative or manager (all offices, round robin), request without pause:
   lead list 35 %, filtered list (status and branche) 20 %, search 15 %, lead page
   20 %, logging an interaction 10 % (a representative on a lead assigned to them, a
   manager on a lead of the list; after the lead page, counted as a lead page). Each phase stops after --seconds or
   --max-requests, whichever comes first.
4. Prints per page type: requests, errors (status other than the expected one),
   req/s, p50/p95/p99 in ms; the totals; and database pages per second as a share
   of static requests per second (the figure of issue 6).

The load generator is Python threads with keep-alive connections in one process on
the same 2-core machine as the server and the database: it takes CPU from both, as
it does for every version measured. Figures are from a shared, loaded machine.
"""
import argparse
import http.client
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from thin_api import deploy, embedded_pg  # noqa: E402
from thin_api.demo_data import DEMO_PASSWORD, demo_users  # noqa: E402
from thin_api.demo_loader import load as load_demo  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MIX = [("list", 35), ("filtered", 20), ("search", 15), ("lead", 20), ("log", 10)]
SEARCH_TERMS = ["holz", "bau", "treuhand", "lausanne", "garage", "zürich"]
STATUSES = ["new", "assigned", "contacted"]


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class Client:
    """One user's keep-alive connection, with the session cookie and CSRF token."""

    def __init__(self, port: int):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookie = ""
        self.csrf = ""

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, str]:
        headers = {"Cookie": self.cookie} if self.cookie else {}
        data = None
        if body is not None:
            data = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.conn.request(method, path, body=data, headers=headers)
            response = self.conn.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # The server closed an idle keep-alive connection: a browser reconnects.
            self.conn.close()
            self.conn.request(method, path, body=data, headers=headers)
            response = self.conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        cookie = response.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        token = re.search(r'name="csrf_token" value="([^"]+)"', text)
        if token:
            self.csrf = token.group(1)
        return response.status, text

    def sign_in(self, login_name: str) -> None:
        self.request("GET", "/login")
        status, _ = self.request("POST", "/login", {"login_name": login_name, "password": DEMO_PASSWORD,
                                                    "csrf_token": self.csrf})
        if status != 302:
            raise SystemExit(f"sign-in of {login_name} failed: HTTP {status}")


def lead_ids(page: str) -> list[int]:
    return [int(i) for i in re.findall(r'href="/leads/(\d+)"', page)]


class Results:
    def __init__(self, max_requests: int):
        self.lock = threading.Lock()
        self.samples: dict[str, list[float]] = {}
        self.errors: dict[str, int] = {}
        self.count = 0
        self.max_requests = max_requests

    def add(self, kind: str, ms: float, ok: bool) -> bool:
        """Records one request; False once the request budget is spent."""
        with self.lock:
            self.samples.setdefault(kind, []).append(ms)
            if not ok:
                self.errors[kind] = self.errors.get(kind, 0) + 1
            self.count += 1
            return self.count < self.max_requests


def timed(client: Client, results: Results, kind: str, method: str, path: str, body=None,
          expect=200) -> tuple[bool, str]:
    start = time.perf_counter()
    status, text = client.request(method, path, body)
    go_on = results.add(kind, (time.perf_counter() - start) * 1000, status == expect)
    return go_on, text


def static_user(port: int, results: Results, stop: threading.Event) -> None:
    client = Client(port)
    while not stop.is_set():
        if not timed(client, results, "static", "GET", "/static/style.css")[0]:
            stop.set()


def mix_user(client: Client, user: dict, results: Results, stop: threading.Event, seed: int) -> None:
    rng = random.Random(seed)
    kinds, weights = zip(*MIX)
    # A representative logs on the leads assigned to them; a manager on any of the list.
    _, page = client.request("GET", "/leads?mine=1" if user["role_code"] == "representative" else "/leads")
    loggable = lead_ids(page)
    seen = list(loggable)
    while not stop.is_set():
        kind = rng.choices(kinds, weights)[0]
        if kind == "list":
            go_on, page = timed(client, results, kind, "GET", f"/leads?page={rng.randint(1, 3)}")
            seen = lead_ids(page) or seen
        elif kind == "filtered":
            query = urlencode({"status": rng.choice(STATUSES), "branche": rng.choice(["43.22", "62.01", "56.10",
                                                                                      "69.20", "41.20"])})
            go_on, _ = timed(client, results, kind, "GET", f"/leads?{query}")
        elif kind == "search":
            go_on, _ = timed(client, results, kind, "GET", f"/leads?search={quote(rng.choice(SEARCH_TERMS))}")
        elif kind == "lead" and seen:
            go_on, _ = timed(client, results, kind, "GET", f"/leads/{rng.choice(seen)}")
        elif kind == "log" and loggable:
            lead = rng.choice(loggable)
            # The lead page first, as a browser would (it carries the form's CSRF token).
            if not timed(client, results, "lead", "GET", f"/leads/{lead}")[0]:
                stop.set()
            go_on, _ = timed(client, results, kind, "POST", f"/leads/{lead}/events",
                             {"csrf_token": client.csrf, "event_type": "note", "note": "Load test note"},
                             expect=302)
        else:
            continue
        if not go_on:
            stop.set()


def run_phase(name: str, threads: list[threading.Thread], stop: threading.Event, seconds: float,
              results: Results) -> float:
    start = time.perf_counter()
    for t in threads:
        t.start()
    stop.wait(seconds)
    stop.set()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    log(f"phase {name}: {results.count:,} requests in {elapsed:.1f} s")
    return elapsed


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def print_table(title: str, results: Results, elapsed: float) -> None:
    print(f"\n{title}")
    print(f"| page type | requests | errors | req/s | p50 ms | p95 ms | p99 ms |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    rows = [(k, v) for k, _ in MIX + [("static", 0)] for kk, v in results.samples.items() if kk == k]
    everything = [ms for _, v in rows for ms in v]
    for kind, values in rows + [("all", everything)]:
        errors = sum(results.errors.values()) if kind == "all" else results.errors.get(kind, 0)
        print(f"| {kind} | {len(values):,} | {errors} | {len(values) / elapsed:.1f} | "
              f"{statistics.median(values):.1f} | {percentile(values, 95):.1f} | {percentile(values, 99):.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=0, help="leads to add to the demo data (e.g. 1000000)")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each phase")
    parser.add_argument("--max-requests", type=int, default=50_000, help="per phase")
    parser.add_argument("--port", type=int, default=55206, help="the web server's port")
    parser.add_argument("--pg-port", type=int, default=55207, help="the private cluster's port")
    parser.add_argument("--server-root", type=Path, default=ROOT,
                        help="the Leadbase checkout whose db/postgres/ and thin_api/ are measured")
    args = parser.parse_args()
    server_root = args.server_root.resolve()

    folder = Path(tempfile.mkdtemp(prefix="leadbase-webload-"))
    server = None
    try:
        server_url = embedded_pg.ensure_running(folder, args.pg_port)
        admin_url = embedded_pg.ensure_database(server_url, "leadbase_webload")
        env = {**os.environ, "PYTHONPATH": str(server_root)}
        # The measured checkout's own schema and deployer.
        subprocess.run([sys.executable, "-c", "import sys; from thin_api import deploy; "
                        "deploy.deploy_postgres(sys.argv[1])", admin_url], cwd=server_root, env=env, check=True)
        app_url = deploy.ensure_app_login(admin_url, embedded_pg.secret(folder, deploy.APP_LOGIN))
        log(load_demo(admin_url, app_url))
        if args.leads:
            import rls_overhead

            with psycopg.connect(admin_url) as conn:
                ids = dict(conn.execute("SELECT login_name, user_id FROM core.app_user").fetchall())
            reps = {}
            for user in demo_users():
                if user["role_code"] == "representative":
                    reps.setdefault(user["office_codes"][0], ids[user["login_name"]])
            admin = next(u for u in demo_users() if u["role_code"] == "admin")
            rls_overhead.load_leads(admin_url, args.leads, {
                "lu.rep": reps["luzern"], "ro.rep": reps["romandie"], "eg.rep": reps["egeli"],
                "admin": ids[admin["login_name"]]})

        server = subprocess.Popen(
            [sys.executable, "-m", "thin_api", "serve", "--port", str(args.port)], cwd=server_root,
            env={**env, "LEADS_DATABASE_URL": app_url, "LEADS_SECRET_KEY": "web-load"},
            stdout=subprocess.DEVNULL, stderr=open(folder / "server.err", "w"))
        deadline = time.monotonic() + 120
        while True:
            try:
                Client(args.port).request("GET", "/login")
                break
            except (OSError, http.client.HTTPException):
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the web server did not start:\n" + (folder / "server.err").read_text())
                time.sleep(0.2)
        head = subprocess.run(["git", "-C", str(server_root), "log", "-1", "--format=%h %s"],
                              capture_output=True, text=True).stdout.strip()[:90]
        log(f"serving {server_root} ({head}) on port {args.port}")

        # Phase 1: static asset.
        static, stop = Results(args.max_requests), threading.Event()
        static_seconds = run_phase("static", [threading.Thread(target=static_user, args=(args.port, static, stop))
                                              for _ in range(args.users)], stop, args.seconds, static)

        # Phase 2: the mix, signed in (sign-in is not measured).
        people = [u for u in demo_users() if u["role_code"] in ("representative", "manager")]
        clients = []
        for i in range(args.users):
            user = people[i % len(people)]
            client = Client(args.port)
            client.sign_in(user["login_name"])
            clients.append((client, user))
        mix, stop = Results(args.max_requests), threading.Event()
        mix_seconds = run_phase("mix", [threading.Thread(target=mix_user, args=(c, u, mix, stop, i))
                                        for i, (c, u) in enumerate(clients)], stop, args.seconds, mix)

        total_leads = 600 + args.leads
        print(f"\nbench/web_load.py: {args.users} users, {total_leads:,} leads, {args.seconds:.0f} s per phase; "
              f"server {head}")
        print_table("Static asset (/static/style.css)", static, static_seconds)
        print_table("Signed-in mix", mix, mix_seconds)
        static_rate = static.count / static_seconds
        db_rate = mix.count / mix_seconds
        print(f"\ndatabase pages {db_rate:.1f} req/s vs static {static_rate:.1f} req/s: "
              f"1/{static_rate / db_rate:.1f} of the static throughput")
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=15)
        embedded_pg.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
