"""SQL Server for the engine-agnostic suites (when LEADS_MSSQL_URL is set): a fresh
database deployed from db/manifest.txt, an app login in leadbase_web, and the first
admin. LEADS_MSSQL_URL is an admin login's mssql:// URL (see thin_api/gateway.py)."""
import secrets
import uuid
from urllib.parse import urlsplit, urlunsplit

from thin_api import deploy
from thin_api.gateway import mssql_connection_string


def _with(url: str, database: str, user: str | None = None, password: str | None = None) -> str:
    parts = urlsplit(url)
    netloc = parts.netloc.split("@")[-1]
    if user:
        netloc = f"{user}:{password}@{netloc}"
    elif "@" in parts.netloc:
        netloc = parts.netloc
    return urlunsplit((parts.scheme, netloc, "/" + database, parts.query, ""))


def deploy_fresh_database(server_url: str) -> tuple[str, callable]:
    """Returns the app login's URL and a bootstrap function for tests/world.py."""
    import pyodbc

    name = "leadbase_test_" + uuid.uuid4().hex[:10]
    login, password = name + "_app", secrets.token_urlsafe(18) + "aA1!"
    master = pyodbc.connect(mssql_connection_string(_with(server_url, "master")), autocommit=True)
    master.execute(f"CREATE DATABASE [{name}];")
    master.execute(f"CREATE LOGIN [{login}] WITH PASSWORD = N'{password}', CHECK_POLICY = OFF;")
    master.close()

    admin = pyodbc.connect(mssql_connection_string(_with(server_url, name)), autocommit=True)
    deploy.deploy_mssql(admin)
    admin.autocommit = True
    admin.execute(f"CREATE USER [{login}] FOR LOGIN [{login}];")
    admin.execute(f"ALTER ROLE leadbase_web ADD MEMBER [{login}];")

    def bootstrap(_admin_url, password_hash):
        row = admin.execute("EXEC security.bootstrap_admin @login_name = 'admin', "
                            "@display_name = N'Ada Admin', @password_hash = ?;", password_hash).fetchone()
        return row[0]

    return _with(server_url, name, login, password), bootstrap
