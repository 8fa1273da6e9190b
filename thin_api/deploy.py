"""Deploys db/ (SQL Server) or db/postgres/ in the order of the engine's manifest.

The manifest is the one list of files and their order; deploy.ps1 reads the same
files. Every file is re-runnable, so deploying again keeps the data; changes to
existing tables come as numbered migrations right after the tables (db/CONTRACT.md,
"Schema changes"), and a manifest that breaks that order is refused.
"""
import re
from pathlib import Path

DB = Path(__file__).resolve().parent.parent / "db"
MANIFESTS = {"postgres": DB / "postgres" / "manifest.txt", "mssql": DB / "manifest.txt"}
_GO = re.compile(r"^[ \t]*GO[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)


def manifest(engine: str) -> list[Path]:
    path = MANIFESTS[engine]
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    entries = [line for line in lines if line and not line.startswith("#")]
    problem = migration_order_problem(entries)
    if problem:
        raise SystemExit(f"{path.relative_to(DB.parent)}: {problem}")
    return [path.parent / line for line in entries]


def migration_order_problem(entries: list[str]) -> str | None:
    """db/CONTRACT.md, "Schema changes": the migrations come right after the last
    table, in strictly increasing number order. deploy.ps1 checks the same."""
    kinds = [entry.split("/", 1)[0] for entry in entries]
    if "migrations" not in kinds:
        return None
    first = kinds.index("migrations")
    count = kinds.count("migrations")
    last_table = max((i for i, kind in enumerate(kinds) if kind == "tables"), default=-1)
    if first != last_table + 1 or kinds[first:first + count] != ["migrations"] * count:
        return "the migrations must follow the last table file, together"
    numbers = [entry.split("/", 1)[1][:4] for entry in entries[first:first + count]]
    if not all(n.isdigit() for n in numbers) or numbers != sorted(set(numbers)):
        return f"the migrations must be numbered NNNN_ in increasing order: {numbers}"
    return None


def split_batches(text: str) -> list[str]:
    """T-SQL batches: the text between lines that hold only GO (as sqlcmd splits;
    deploy.ps1 splits the same way). Blank batches are dropped."""
    return [batch for batch in _GO.split(text) if batch.strip()]


def deploy_postgres(admin_url: str) -> int:
    """Runs every file, as the (super)user of admin_url, in one transaction: a failed
    deployment changes nothing, and no reader ever sees a table between its policies."""
    import psycopg

    files = manifest("postgres")
    with psycopg.connect(admin_url, autocommit=False) as conn:
        for path in files:
            try:
                conn.execute(path.read_text(encoding="utf-8"))
            except psycopg.Error as error:
                raise SystemExit(f"deploy failed in {path.relative_to(DB)}: {error}") from error
        conn.commit()
    return len(files)


def deploy_mssql(conn) -> int:
    """Runs every batch of every file on an open pyodbc connection, in one transaction:
    between security/drop_office_policy.sql and security/office_policy.sql the tables
    have no policy, and nobody may see that state."""
    files = manifest("mssql")
    conn.autocommit = False
    cursor = conn.cursor()
    try:
        for path in files:
            for batch in split_batches(path.read_text(encoding="utf-8-sig")):
                cursor.execute(batch)
                while cursor.nextset():
                    pass
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return len(files)


APP_LOGIN = "leadbase_app"


def login_url(url: str, login: str, password: str | None = None) -> str:
    """The URL of `login` (with its password, if any) on the server and database of url."""
    scheme, rest = url.split("://", 1)
    credentials = f"{login}:{password}" if password else login
    return f"{scheme}://{credentials}@{rest.split('@', 1)[-1]}"


def ensure_app_login(admin_url: str, password: str | None = None, login: str = APP_LOGIN) -> str:
    """PostgreSQL: the web app's login, a member of leadbase_web, the only role whose
    session setting app.user_id names the caller; never a superuser. With a password
    (the embedded cluster's generated secret) the login gets it; without, it keeps
    what it has (production DBAs create their own).
    Returns the login's URL."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(admin_url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone():
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(login)))
        conn.execute(sql.SQL("ALTER ROLE {} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB")
                     .format(sql.Identifier(login)))
        if password:
            conn.execute("SET password_encryption = 'scram-sha-256'")
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(login),
                                                                    sql.Literal(password)))
        conn.execute(sql.SQL("GRANT leadbase_web TO {}").format(sql.Identifier(login)))
    return login_url(admin_url, login, password)


def bootstrap_admin(admin_url: str, login_name: str, display_name: str,
                    password_hash: str | None = None) -> int:
    """PostgreSQL: the first admin (security.bootstrap_admin, idempotent); its user_id."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        return conn.execute("SELECT user_id FROM security.bootstrap_admin(%s, %s, %s)",
                            (login_name, display_name, password_hash)).fetchone()[0]
