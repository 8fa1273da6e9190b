"""A private PostgreSQL cluster inside the project folder (the embedded default).

PostgreSQL refuses to run as root; as root the cluster belongs to the `postgres`
OS user, which Debian's package creates. It listens on 127.0.0.1 and a socket in
the cluster folder, with JIT off (findings: JIT fired on small queries).
"""
import os
import shutil
import subprocess
import time
from pathlib import Path

import psycopg

SUPERUSER = "postgres"


def bin_dir() -> Path:
    """The newest PostgreSQL (15 or later) installed from Debian's packages."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                   key=lambda p: int(p.parent.parent.name))
    found = [p for p in found if int(p.parent.parent.name) >= 15]
    if not found:
        raise SystemExit("PostgreSQL 15+ not found: apt-get install -y postgresql postgresql-contrib")
    return found[-1].parent


def _as_owner(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


def _run(args: list[str]) -> None:
    subprocess.run(_as_owner(args), check=True, stdout=subprocess.DEVNULL)


def ensure_running(folder: Path, port: int) -> str:
    """Create the cluster in `folder` if needed, start it if stopped.

    Returns the superuser's connection URL (without database)."""
    folder = folder.resolve()
    data, sockets = folder / "data", folder / "run"
    pg = bin_dir()
    if not (data / "PG_VERSION").exists():
        data.mkdir(parents=True, exist_ok=True)
        sockets.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres")
            shutil.chown(data, "postgres")
            shutil.chown(sockets, "postgres")
            data.chmod(0o700)
        _run([str(pg / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
              "-E", "UTF8", "--locale=C.UTF-8"])
    status = subprocess.run(_as_owner([str(pg / "pg_ctl"), "status", "-D", str(data)]),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if status.returncode != 0:
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {sockets} -c jit=off "
                   "-c max_connections=100 -c shared_buffers=256MB")
        _run([str(pg / "pg_ctl"), "-w", "-D", str(data), "-l", str(folder / "server.log"),
              "-o", options, "start"])
    url = f"postgresql://{SUPERUSER}@127.0.0.1:{port}"
    _wait_ready(url)
    return url


def stop(folder: Path) -> None:
    data = folder.resolve() / "data"
    if (data / "postmaster.pid").exists():
        _run([str(bin_dir() / "pg_ctl"), "-w", "-D", str(data), "-m", "fast", "stop"])


def _wait_ready(url: str, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with psycopg.connect(url + "/postgres", connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def ensure_database(server_url: str, name: str) -> str:
    """Create database `name` if missing; returns its superuser URL."""
    with psycopg.connect(server_url + "/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(psycopg.sql.SQL("CREATE DATABASE {}").format(psycopg.sql.Identifier(name)))
    return f"{server_url}/{name}"


def drop_database(server_url: str, name: str) -> None:
    with psycopg.connect(server_url + "/postgres", autocommit=True) as conn:
        conn.execute(psycopg.sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                     .format(psycopg.sql.Identifier(name)))
