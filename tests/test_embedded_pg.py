"""The embedded cluster is closed: passwords (scram-sha-256) or peer, never trust;
generated secrets in private files; the web app's login is no superuser; an older
trust-configured cluster is closed in place, keeping its data."""
import shutil
import stat
import tempfile
from pathlib import Path

import psycopg

from thin_api import deploy, embedded_pg

from .conftest import PG_PORT, _free_port


def refused(url: str, **kwargs) -> bool:
    try:
        psycopg.connect(url, connect_timeout=5, **kwargs).close()
    except psycopg.OperationalError:
        return True
    return False


def test_the_superuser_without_its_secret_is_refused(pg_server, pg_folder):
    assert not refused(pg_server + "/postgres")
    assert refused(f"postgresql://postgres@127.0.0.1:{PG_PORT}/postgres")
    assert refused(f"postgresql://postgres:guessed@127.0.0.1:{PG_PORT}/postgres")
    # The socket admits only the OS user of the same name (peer), which this test is not.
    assert refused(f"postgresql://postgres@/postgres?host={pg_folder / 'run'}&port={PG_PORT}")


def test_no_rule_trusts_anyone(pg_server, pg_folder):
    assert not embedded_pg._trusts_anyone(pg_folder / "data")
    with psycopg.connect(pg_server + "/postgres") as conn:
        methods = {r[0] for r in conn.execute("SELECT auth_method FROM pg_hba_file_rules").fetchall()}
    assert methods == {"peer", "scram-sha-256"}


def test_secrets_are_files_only_their_owner_can_read(pg_server, pg_folder, pg_app_password):
    folder = pg_folder / "secrets"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in (embedded_pg.SUPERUSER, deploy.APP_LOGIN):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    assert embedded_pg.secret(pg_folder, deploy.APP_LOGIN) == pg_app_password  # made once


def test_the_web_apps_login_is_no_superuser_and_needs_its_secret(pg):
    with psycopg.connect(pg.gateway.url) as conn:
        row = conn.execute("SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb "
                           "FROM pg_roles WHERE rolname = current_user").fetchone()
    assert row == (False, False, False, False)
    assert refused(deploy.login_url(pg.admin_url, deploy.APP_LOGIN))
    assert refused(deploy.login_url(pg.admin_url, deploy.APP_LOGIN, "guessed"))


def test_a_trust_cluster_is_closed_in_place_and_keeps_its_data():
    folder = Path(tempfile.mkdtemp(prefix="leadbase-trust-")).resolve()
    port = _free_port()
    data = folder / "data"
    pg = embedded_pg.bin_dir()
    # Arrange: a cluster as older Leadbase versions made it, with a row in it.
    for path in (folder, data):
        path.mkdir(exist_ok=True)
        embedded_pg._chown_to_owner(path)
    data.chmod(0o700)
    embedded_pg._run([str(pg / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                      "-E", "UTF8", "--locale=C.UTF-8"])
    try:
        embedded_pg._run([str(pg / "pg_ctl"), "-w", "-D", str(data), "-l", str(folder / "server.log"),
                          "-o", f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c jit=off", "start"])
        open_url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        with psycopg.connect(open_url, autocommit=True) as conn:
            conn.execute("CREATE TABLE kept (x int); INSERT INTO kept VALUES (42)")

        # Act: what `./leadbase run` does, twice (the second run must keep working).
        url = embedded_pg.ensure_running(folder, port)
        assert embedded_pg.ensure_running(folder, port) == url

        # Assert
        assert refused(open_url)
        assert not embedded_pg._trusts_anyone(data)
        with psycopg.connect(url + "/postgres") as conn:
            assert conn.execute("SELECT x FROM kept").fetchone() == (42,)
        assert stat.S_IMODE((folder / "secrets" / "postgres").stat().st_mode) == 0o600
    finally:
        embedded_pg.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


def test_a_closed_cluster_restarts_with_its_secret():
    folder = Path(tempfile.mkdtemp(prefix="leadbase-closed-")).resolve()
    port = _free_port()
    try:
        url = embedded_pg.ensure_running(folder, port)
        embedded_pg.stop(folder)
        assert embedded_pg.ensure_running(folder, port) == url
        assert refused(f"postgresql://postgres@127.0.0.1:{port}/postgres")
    finally:
        embedded_pg.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)
