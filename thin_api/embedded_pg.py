"""A private PostgreSQL cluster inside the project folder (the embedded default).

PostgreSQL refuses to run as root; as root the cluster belongs to the `postgres`
OS user, which Debian's package creates. It listens on 127.0.0.1 and a socket in
the cluster folder, with JIT off (findings: JIT fired on small queries).

The cluster is closed: TCP connections need a password (scram-sha-256), socket
connections are accepted only for the OS user of the same name (peer). The
superuser's and the web app's passwords are generated once and kept in files of
mode 0600 in `<folder>/secrets/`. A cluster made by an older Leadbase with trust
authentication gets the superuser's password and the closed pg_hba.conf in place.
"""
import os
import secrets
import shutil
import subprocess
import time
from pathlib import Path

import psycopg
from psycopg import sql

SUPERUSER = "postgres"
# Who may connect, and how: what initdb writes with the options in ensure_running,
# and what an older trust-configured cluster is given.
CLOSED_HBA = """\
# Written by Leadbase (thin_api/embedded_pg.py): password or peer, never trust.
# TYPE  DATABASE        USER            ADDRESS                 METHOD
local   all             all                                     peer
host    all             all             127.0.0.1/32            scram-sha-256
host    all             all             ::1/128                 scram-sha-256
local   replication     all                                     peer
host    replication     all             127.0.0.1/32            scram-sha-256
host    replication     all             ::1/128                 scram-sha-256
"""


def secret(folder: Path, name: str) -> str:
    """The generated password of `name` for the cluster in `folder` (made on first use,
    kept in a file of mode 0600 that only its creator can read)."""
    path = folder.resolve() / "secrets" / name
    if not path.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.parent.chmod(0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(24))
    return path.read_text().strip()


def _url(user: str, password: str, port: int) -> str:
    return f"postgresql://{user}:{password}@127.0.0.1:{port}"


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


def _chown_to_owner(path: Path) -> None:
    if os.geteuid() == 0:
        shutil.chown(path, "postgres")


def _initdb(pg: Path, folder: Path, data: Path, password: str) -> None:
    # initdb reads the superuser's password from a file the cluster's OS user can read;
    # it lives only for the moment of initdb.
    pwfile = folder / "initdb.pw"
    fd = os.open(pwfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(password + "\n")
    _chown_to_owner(pwfile)
    try:
        _run([str(pg / "initdb"), "-D", str(data), "-U", SUPERUSER, "-E", "UTF8",
              "--locale=C.UTF-8", "--auth-local=peer", "--auth-host=scram-sha-256",
              f"--pwfile={pwfile}"])
    finally:
        pwfile.unlink()


def _trusts_anyone(data: Path) -> bool:
    lines = (line.split("#", 1)[0].split() for line in (data / "pg_hba.conf").read_text().splitlines())
    return any(fields and fields[-1] == "trust" for fields in lines)


def _close(data: Path, port: int, password: str) -> None:
    """Upgrades a running trust-configured cluster in place: the superuser gets its
    password, pg_hba.conf the closed rules, the server reloads them. Data is kept."""
    with psycopg.connect(_url(SUPERUSER, password, port) + "/postgres", autocommit=True) as conn:
        conn.execute("SET password_encryption = 'scram-sha-256'")
        conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
            sql.Identifier(SUPERUSER), sql.Literal(password)))
        hba = data / "pg_hba.conf"
        hba.write_text(CLOSED_HBA)  # the file keeps its owner and mode
        conn.execute("SELECT pg_reload_conf()")
    # The postmaster reloads asynchronously: wait until a password is required.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            psycopg.connect(f"postgresql://{SUPERUSER}@127.0.0.1:{port}/postgres",
                            connect_timeout=2).close()
        except psycopg.OperationalError:
            return
        time.sleep(0.1)
    raise SystemExit(f"{hba} was rewritten, but the server still lets anyone in")


def ensure_running(folder: Path, port: int) -> str:
    """Create the cluster in `folder` if needed, start it if stopped, close it if it
    still trusts local connections.

    Returns the superuser's connection URL (with its password, without database)."""
    folder = folder.resolve()
    data, sockets = folder / "data", folder / "run"
    pg = bin_dir()
    password = secret(folder, SUPERUSER)
    if not (data / "PG_VERSION").exists():
        data.mkdir(parents=True, exist_ok=True)
        sockets.mkdir(parents=True, exist_ok=True)
        for path in (folder, data, sockets):
            _chown_to_owner(path)
        data.chmod(0o700)
        _initdb(pg, folder, data, password)
    status = subprocess.run(_as_owner([str(pg / "pg_ctl"), "status", "-D", str(data)]),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if status.returncode != 0:
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {sockets} -c jit=off "
                   "-c max_connections=100 -c shared_buffers=256MB")
        _run([str(pg / "pg_ctl"), "-w", "-D", str(data), "-l", str(folder / "server.log"),
              "-o", options, "start"])
    url = _url(SUPERUSER, password, port)
    _wait_ready(url)
    if _trusts_anyone(data):
        _close(data, port, password)
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
