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


def deploy_fresh_database(server_url: str) -> tuple[str, callable, str]:
    """Returns the app login's URL, a bootstrap function for tests/world.py and the
    database's name (leadbase_test_<random>: its own database per run)."""
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

    return _with(server_url, name, login, password), bootstrap, name


class WorldSnapshot:
    """A fresh world for every test, as PostgreSQL's per-test template copies give:
    a database snapshot taken once the world is built, reverted to after each test
    (RESTORE DATABASE ... FROM DATABASE_SNAPSHOT). Where snapshots are not available
    (Azure SQL Database), tests share the world, as before, and say so.
    Microsoft docs: "Create a database snapshot", "Revert a database to a database
    snapshot" (no other snapshot may exist; the database is taken single-user)."""

    def __init__(self, server_url: str, database: str):
        import pyodbc

        self.server_url = server_url
        self.database = database
        self.snapshot = database + "_world"
        self.master = pyodbc.connect(mssql_connection_string(_with(server_url, "master")), autocommit=True)
        files = self.master.execute(
            f"SELECT name, physical_name FROM [{database}].sys.database_files WHERE type = 0;").fetchall()
        parts = ", ".join(f"(NAME = [{n}], FILENAME = N'{path}.world_ss')" for n, path in files)
        try:
            self.master.execute(f"CREATE DATABASE [{self.snapshot}] ON {parts} AS SNAPSHOT OF [{database}];")
            self.available = True
        except pyodbc.Error as error:
            self.available = False
            self.reason = str(error.args[-1])

    def revert(self) -> None:
        if not self.available:
            return
        self.master.execute(f"ALTER DATABASE [{self.database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;")
        try:
            self.master.execute(f"RESTORE DATABASE [{self.database}] FROM DATABASE_SNAPSHOT = N'{self.snapshot}';")
        finally:
            self.master.execute(f"ALTER DATABASE [{self.database}] SET MULTI_USER;")

    def drop(self) -> None:
        """Drops the snapshot, the database and the run's app login."""
        if self.available:
            self.master.execute(f"DROP DATABASE [{self.snapshot}];")
        self.master.execute(f"ALTER DATABASE [{self.database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;")
        self.master.execute(f"DROP DATABASE [{self.database}];")
        self.master.execute(f"DROP LOGIN [{self.database}_app];")
        self.master.close()
