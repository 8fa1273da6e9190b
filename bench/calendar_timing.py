"""Does the time of /calendar/<secret>.ics tell a live link from a dead one? (a
benchmark, not a test)

Times app.read_calendar_feed, alternating, with four secrets: unknown (64 random hex
characters), revoked, the live link of a user without follow-ups and the live link of
a user with one follow-up; on a private cluster with the test world (tests/world.py).
Prints the medians and the spread. A difference inside the spread tells nothing; any
difference would still need the 256-bit secret to be guessed first.

    PYTHONPATH=. .venv/bin/python bench/calendar_timing.py [--runs 400]
"""
import argparse
import secrets
import socket
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from tests.world import build_world
from thin_api import deploy, embedded_pg
from thin_api.gateway import Gateway, PostgresSession


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=400)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="leadbase-bench-"))
    server = embedded_pg.ensure_running(folder, free_port())
    try:
        admin_url = embedded_pg.ensure_database(server, "leadbase_bench")
        deploy.deploy_postgres(admin_url)
        gateway = Gateway(deploy.ensure_app_login(admin_url, embedded_pg.secret(folder, deploy.APP_LOGIN)))
        world = build_world(admin_url, gateway)
        users = world.users
        gateway.call("log_event", as_user=users["lu_rep"], lead_id=world.leads["lu1"], event_type="call",
                     next_step="Call back", next_step_at=date(2030, 1, 31))
        revoked = gateway.call("create_calendar_feed", as_user=users["lu_rep2"])[0]["secret"]
        gateway.call("revoke_calendar_feed", as_user=users["lu_rep2"])
        probes = {
            "unknown": None,
            "revoked": revoked,
            "live, empty": gateway.call("create_calendar_feed", as_user=users["eg_rep"])[0]["secret"],
            "live, 1 row": gateway.call("create_calendar_feed", as_user=users["lu_rep"])[0]["secret"],
        }
        samples = {name: [] for name in probes}
        conn = gateway.connect()
        session = PostgresSession(conn)
        for i in range(args.runs * len(probes)):
            name = list(probes)[i % len(probes)]
            secret = probes[name] or secrets.token_hex(32)
            session.set_user(None)
            start = time.perf_counter()
            rows = session.call("read_calendar_feed", secret=secret)
            samples[name].append((time.perf_counter() - start) * 1000)
            conn.rollback()
            assert len(rows) == (1 if name == "live, 1 row" else 0)
        conn.close()
        print(f"app.read_calendar_feed, {args.runs} alternating calls each, one connection, "
              "one transaction per call")
        print(f"{'secret':<12} {'median ms':>9} {'p25 ms':>7} {'p75 ms':>7}")
        for name, values in samples.items():
            q = statistics.quantiles(values, n=4)
            print(f"{name:<12} {statistics.median(values):>9.3f} {q[0]:>7.3f} {q[2]:>7.3f}")
    finally:
        embedded_pg.stop(folder)


if __name__ == "__main__":
    main()
