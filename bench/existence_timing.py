"""Does timing tell "another office's lead" from "no such lead"? (a benchmark, not a test)

For a Luzern representative, times the calls an attacker would probe with, once with
the id of a Romandie lead and once with an id that does not exist, alternating, on a
private cluster with the test world (tests/world.py). Prints the medians and their
difference; a difference inside the run-to-run spread leaks nothing usable.

    PYTHONPATH=. .venv/bin/python bench/existence_timing.py [--runs 400]
"""
import argparse
import socket
import statistics
import tempfile
import time
from pathlib import Path

from tests.world import build_world
from thin_api import deploy, embedded_pg
from thin_api.errors import LeadbaseError
from thin_api.gateway import Gateway, PostgresSession

PROBES = [  # procedure, extra parameters
    ("get_lead", {}),
    ("get_lead_history", {}),
    ("log_event", {"event_type": "note", "note": "probe"}),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(session, procedure, params) -> float:
    start = time.perf_counter()
    try:
        session.call(procedure, **params)
    except LeadbaseError:
        pass
    return (time.perf_counter() - start) * 1000


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
        foreign, missing = world.leads["ro1"], 987654321

        print(f"Luzern representative probing a Romandie lead vs a missing id; "
              f"{args.runs} alternating calls each, one connection, one transaction per call")
        print(f"{'procedure':<18} {'foreign ms':>10} {'missing ms':>10} {'diff ms':>8} {'spread ms':>9}")
        for procedure, params in PROBES:
            samples = {foreign: [], missing: []}
            conn = gateway.connect()
            session = PostgresSession(conn)
            for i in range(args.runs * 2):
                lead = (foreign, missing)[i % 2]
                session.set_user(world.users["lu_rep"])
                samples[lead].append(timed(session, procedure, {"lead_id": lead, **params}))
                conn.rollback()
            conn.close()
            f, m = statistics.median(samples[foreign]), statistics.median(samples[missing])
            q = statistics.quantiles(samples[missing], n=4)
            print(f"{procedure:<18} {f:>10.3f} {m:>10.3f} {f - m:>+8.3f} {q[2] - q[0]:>9.3f}")
    finally:
        embedded_pg.stop(folder)


if __name__ == "__main__":
    main()
