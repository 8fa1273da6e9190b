"""Fixtures: a throwaway PostgreSQL cluster (never the demo data), the schema
deployed once into a template database, and a fresh copy of a small, known world
for every test. With LEADS_MSSQL_URL set, engine-agnostic tests run on SQL Server too.

The world (tests/world.py) has people and leads in all three offices, so that every
test can act as one office and try to reach another.
"""
import os
import socket
import tempfile
import uuid
from pathlib import Path

import psycopg
import pytest

from thin_api import deploy, embedded_pg
from thin_api.gateway import Gateway

from . import browser_support
from .world import World, build_world

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PG_PORT = int(os.environ.get("LEADS_TEST_PG_PORT") or _free_port())
MSSQL_URL = os.environ.get("LEADS_MSSQL_URL", "")


def pytest_report_header(config):
    if MSSQL_URL:
        return "engines: postgres, mssql (LEADS_MSSQL_URL)"
    return "engines: postgres only -- SQL Server skipped: LEADS_MSSQL_URL is not set"


@pytest.fixture(scope="session")
def pg_folder():
    """The test cluster's folder: closed like the embedded one, secrets in secrets/."""
    return Path(tempfile.mkdtemp(prefix="leadbase-test-"))


@pytest.fixture(scope="session")
def pg_server(pg_folder):
    """The superuser's URL (with its generated password) of the test cluster."""
    url = embedded_pg.ensure_running(pg_folder, PG_PORT)
    yield url
    embedded_pg.stop(pg_folder)


@pytest.fixture(scope="session")
def pg_app_password(pg_folder):
    return embedded_pg.secret(pg_folder, deploy.APP_LOGIN)


@pytest.fixture(scope="session")
def pg_template(pg_server, pg_app_password):
    """Deployed schema plus the world, frozen as a template database."""
    embedded_pg.drop_database(pg_server, "leadbase_template")
    admin_url = embedded_pg.ensure_database(pg_server, "leadbase_template")
    deploy.deploy_postgres(admin_url)
    world = build_world(admin_url, Gateway(deploy.ensure_app_login(admin_url, pg_app_password)))
    with psycopg.connect(pg_server + "/postgres", autocommit=True) as conn:
        conn.execute("ALTER DATABASE leadbase_template WITH ALLOW_CONNECTIONS false")
    return world


class Engine:
    """One database with the world in it, and the ways to reach it."""

    def __init__(self, name: str, app_url: str, admin_url: str | None, world: World):
        self.name = name
        self.gateway = Gateway(app_url)
        self.admin_url = admin_url
        self.world = world

    def call(self, procedure: str, as_user: str | int | None = None, **params):
        user = self.world.users[as_user] if isinstance(as_user, str) else as_user
        return self.gateway.call(procedure, as_user=user, **params)


@pytest.fixture
def pg(pg_server, pg_template, pg_app_password):
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server + "/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE leadbase_template")
    admin_url = f"{pg_server}/{name}"
    app_url = deploy.login_url(admin_url, deploy.APP_LOGIN, pg_app_password)
    yield Engine("postgres", app_url, admin_url, pg_template)
    embedded_pg.drop_database(pg_server, name)


@pytest.fixture(scope="session")
def mssql_world():
    """A database of its own for the run, the world in it, and a snapshot of that
    state (tests/mssql_support.py) that every test returns to afterwards."""
    if not MSSQL_URL:
        pytest.skip("SQL Server skipped: LEADS_MSSQL_URL is not set")
    from .mssql_support import WorldSnapshot, deploy_fresh_database

    app_url, bootstrap, database = deploy_fresh_database(MSSQL_URL)
    world = build_world(None, Gateway(app_url), bootstrap=bootstrap)
    snapshot = WorldSnapshot(MSSQL_URL, database)
    yield app_url, world, snapshot
    snapshot.drop()


@pytest.fixture(params=["postgres", "mssql"])
def engine(request):
    """Each engine-agnostic test runs once per engine, on a fresh copy of the world."""
    if request.param == "postgres":
        yield request.getfixturevalue("pg")
        return
    app_url, world, snapshot = request.getfixturevalue("mssql_world")
    if not snapshot.available:
        request.node.warn(pytest.PytestWarning(f"SQL Server tests share one world: {snapshot.reason}"))
    yield Engine("mssql", app_url, None, world)
    snapshot.revert()


# --- real browser (tests/browser_support.py) ----------------------------------------

@pytest.fixture(scope="session")
def browser_type_launch_args():
    """pytest-playwright: Debian's Chromium by path, never a downloaded browser."""
    from thin_api.browser import launch_args

    return launch_args()


@pytest.fixture(scope="session")
def oidc_provider():
    """A real OpenID Connect provider on 127.0.0.1 (tests/oidc_provider.py)."""
    from .oidc_provider import OidcProvider

    provider = OidcProvider()
    yield provider
    provider.stop()


@pytest.fixture(scope="session")
def browser_world(pg_server, pg_template, pg_app_password, oidc_provider):
    """One database and one web server for every browser test of the session."""
    from thin_api import create_app, db

    embedded_pg.drop_database(pg_server, "leadbase_browser")
    with psycopg.connect(pg_server + "/postgres", autocommit=True) as conn:
        conn.execute("CREATE DATABASE leadbase_browser TEMPLATE leadbase_template")
    admin_url = f"{pg_server}/leadbase_browser"
    app_url = deploy.login_url(admin_url, deploy.APP_LOGIN, pg_app_password)
    engine = Engine("postgres", app_url, admin_url, pg_template)
    app = create_app({"DATABASE_URL": engine.gateway.url, "SECRET_KEY": "browser-tests",
                      **oidc_provider.config()})
    server = browser_support.LiveServer(app)
    engine.base_url = server.url
    yield engine
    server.stop()
    db.close(app)


@pytest.fixture(scope="session")
def base_url(browser_world):
    """pytest-base-url: page.goto('/leads') goes to the session's server."""
    return browser_world.base_url
