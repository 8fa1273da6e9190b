"""The gateway: per request one transaction, the caller's session context, and
calls of `app` procedures. No business rule and no SQL beyond the call itself.
On SQL Server every procedure is its own transaction (autocommit connection; see
Gateway.connect), so a session's calls commit one by one there.

    with gateway.session(as_user=7) as s:
        rows = s.call("list_leads", status="new", page_size=20)

Rows come back as dicts keyed by the procedure's result column names, which are the
same on both engines. Parameters are passed by name: `status` becomes `p_status`
on PostgreSQL and `@status` on SQL Server.
"""
import re
from contextlib import contextmanager
from urllib.parse import parse_qsl, unquote, urlsplit

from .errors import LeadbaseError, from_mssql_message, number_from_sqlstate

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _checked(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"not a procedure or parameter name: {name!r}")
    return name


class PostgresSession:
    def __init__(self, conn):
        self.conn = conn

    def set_user(self, user_id: int | None) -> None:
        # Transaction-scoped (third argument true): gone at commit or rollback.
        self.conn.execute("SELECT set_config('app.user_id', %s, true)",
                          ("" if user_id is None else str(int(user_id)),))

    def call(self, procedure: str, **params) -> list[dict]:
        import psycopg

        args = ", ".join(f"p_{_checked(k)} => %({k})s" for k in params)
        query = f"SELECT * FROM app.{_checked(procedure)}({args})"
        try:
            cur = self.conn.execute(query, params)
        except psycopg.Error as error:
            number = number_from_sqlstate(error.sqlstate)
            if number is None:
                raise
            raise LeadbaseError(number, error.diag.message_primary or str(error)) from None
        names = [c.name for c in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]


class MssqlSession:
    def __init__(self, conn):
        self.conn = conn

    def set_user(self, user_id: int | None) -> None:
        # @read_only = 1: the context cannot be changed for the rest of the connection,
        # which is why every request gets a fresh, unpooled connection.
        if user_id is not None:
            self.conn.cursor().execute(
                "EXEC sys.sp_set_session_context @key = N'user_id', @value = ?, @read_only = 1;",
                int(user_id))

    def call(self, procedure: str, **params) -> list[dict]:
        import pyodbc

        args = ", ".join(f"@{_checked(k)} = ?" for k in params)
        cursor = self.conn.cursor()
        try:
            try:
                cursor.execute(f"EXEC app.{_checked(procedure)} {args};", *params.values())
            except pyodbc.Error as error:
                # 13535: a temporal row changed after this call's transaction began (two
                # writers of one lead). The procedure rolled everything back, so one
                # retry is safe (db/CONTRACT.md, "Transactions").
                if "(13535)" not in str(error.args[-1]):
                    raise
                cursor.execute(f"EXEC app.{_checked(procedure)} {args};", *params.values())
            while cursor.description is None and cursor.nextset():
                pass
            if cursor.description is None:
                return []
            names = [c[0] for c in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]
        except pyodbc.Error as error:
            number, message = from_mssql_message(str(error.args[-1]))
            if number is None or number < 50000:
                raise
            raise LeadbaseError(number, message) from None


def mssql_connection_string(value: str) -> str:
    """mssql://user:password@host:port/database?driver=...&Encrypt=yes -> ODBC string
    (query parameters become ODBC keywords; driver defaults to ODBC Driver 18).
    A value that is already an ODBC connection string passes through."""
    if not re.match(r"^mssql(\+pyodbc)?://", value, re.IGNORECASE):
        return value
    url = urlsplit(value)
    options = dict(parse_qsl(url.query))
    driver = options.pop("driver", "ODBC Driver 18 for SQL Server")
    parts = {"DRIVER": "{" + driver + "}",
             "SERVER": f"{url.hostname or 'localhost'}" + (f",{url.port}" if url.port else "")}
    database = unquote(url.path.lstrip("/"))
    if database:
        parts["DATABASE"] = database
    if url.username:
        parts["UID"] = unquote(url.username)
        parts["PWD"] = "{" + unquote(url.password or "").replace("}", "}}") + "}"
    else:
        parts["Trusted_Connection"] = "yes"
    parts.update(options)
    return ";".join(f"{key}={val}" for key, val in parts.items())


class Gateway:
    """Opens a fresh connection per session: no pooled state can carry a caller over."""

    def __init__(self, url: str):
        self.url = url
        self.engine = "postgres" if url.startswith(("postgresql://", "postgres://")) else "mssql"

    def connect(self):
        if self.engine == "postgres":
            import psycopg

            return psycopg.connect(self.url, autocommit=False)
        import pyodbc

        pyodbc.pooling = False
        # autocommit=True: no implicit transaction around the call. Each app procedure
        # is its own transaction (db/CONTRACT.md, "Transactions"): it takes the routing
        # lock before BEGIN TRANSACTION (error 13535 otherwise) and logs a failed run
        # after its ROLLBACK, which an enclosing transaction would undo.
        return pyodbc.connect(mssql_connection_string(self.url), autocommit=True)

    @contextmanager
    def session(self, as_user: int | None = None):
        """One transaction as app user `as_user` (None: no user, which sees nothing)."""
        conn = self.connect()
        session = (PostgresSession if self.engine == "postgres" else MssqlSession)(conn)
        try:
            session.set_user(as_user)
            yield session
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            conn.close()

    def call(self, procedure: str, as_user: int | None = None, **params) -> list[dict]:
        """One procedure in its own transaction."""
        with self.session(as_user) as session:
            return session.call(procedure, **params)
