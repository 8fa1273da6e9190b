"""The gateway: per request one transaction, the caller's session context, and
calls of `app` procedures. No business rule and no SQL beyond the call itself.
On SQL Server every procedure is its own transaction (autocommit connection; see
Gateway.connect), so a session's calls commit one by one there.

    with gateway.session(as_user=7) as s:
        rows = s.call("list_leads", status="new", page_size=20)

Rows come back as dicts keyed by the procedure's result column names, which are the
same on both engines. Parameters are passed by name: `status` becomes `p_status`
on PostgreSQL and `@status` on SQL Server. A list of ids (`lead_ids=[4, 2]`) is an
array on PostgreSQL and a table-valued parameter on SQL Server, of the table type
TABLE_TYPES names for that parameter (pyodbc with Microsoft's ODBC Driver 18).

PostgreSQL connections come from a pool (psycopg_pool). That is safe because the
caller is set with `set_config('app.user_id', ..., true)`, which lasts for one
transaction only, and because every transaction sets it before its first call (to
'' when there is no user), so nothing a previous transaction left on the
connection can stand in for the caller. The setting travels in the same network
round trip as the first call (pipeline mode). SQL Server gets a fresh, unpooled
connection per session: `sp_set_session_context @read_only = 1` lasts for the
connection and ODBC pooling on Linux does not reset it.
"""
import re
import threading
from contextlib import contextmanager
from urllib.parse import parse_qsl, unquote, urlsplit

from .errors import LeadbaseError, from_mssql_message, number_from_sqlstate

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
# SQL Server: the table type (name, schema) of each list parameter.
TABLE_TYPES = {"lead_ids": ("lead_id_list", "core")}


def _checked(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"not a procedure or parameter name: {name!r}")
    return name


class PostgresSession:
    def __init__(self, conn):
        self.conn = conn
        self.user = ""
        self._user_pending = True  # a transaction starts with the caller unset

    def set_user(self, user_id: int | None) -> None:
        # Sent with the next call, in the same round trip: see the module's docstring.
        self.user = "" if user_id is None else str(int(user_id))
        self._user_pending = True

    def begin(self) -> None:
        """Opens the session's transaction with its caller now, for work that is not a
        procedure call (the import reader's COPY); calls do this themselves."""
        if self._user_pending:
            with self.conn.pipeline():
                self.conn.execute("BEGIN")
                self.conn.execute("SELECT set_config('app.user_id', %s, true)", (self.user,))
            self._user_pending = False

    def call(self, procedure: str, **params) -> list[dict]:
        import psycopg

        args = ", ".join(f"p_{_checked(k)} => %({k})s" for k in params)
        query = f"SELECT * FROM app.{_checked(procedure)}({args})"
        try:
            if self._user_pending:
                with self.conn.pipeline():
                    # The connection is in autocommit mode so that BEGIN travels with the
                    # rest instead of in a round trip of its own; the gateway ends the
                    # transaction with conn.commit() or conn.rollback().
                    self.conn.execute("BEGIN")
                    # Transaction-scoped (third argument true): gone at commit or rollback.
                    self.conn.execute("SELECT set_config('app.user_id', %s, true)", (self.user,))
                    cur = self.conn.execute(query, params)
                self._user_pending = False
            else:
                cur = self.conn.execute(query, params)
            rows = cur.fetchall()
        except psycopg.Error as error:
            # The transaction is lost; the session goes on in a new one, as the same user.
            self.conn.rollback()
            self._user_pending = True
            number = number_from_sqlstate(error.sqlstate)
            if number is None:
                raise
            raise LeadbaseError(number, error.diag.message_primary or str(error)) from None
        names = [c.name for c in cur.description]
        return [dict(zip(names, row)) for row in rows]


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

    @staticmethod
    def _value(name: str, value):
        """A list becomes a table-valued parameter: pyodbc takes the type's name and
        schema first, then one tuple per row (core.lead_id_list has a key: no repeats)."""
        if not isinstance(value, (list, tuple)):
            return value
        return [*TABLE_TYPES[name], *((item,) for item in dict.fromkeys(value))]

    def call(self, procedure: str, **params) -> list[dict]:
        import pyodbc

        args = ", ".join(f"@{_checked(k)} = ?" for k in params)
        values = [self._value(k, v) for k, v in params.items()]
        cursor = self.conn.cursor()
        try:
            try:
                cursor.execute(f"EXEC app.{_checked(procedure)} {args};", *values)
            except pyodbc.Error as error:
                # 13535: a temporal row changed after this call's transaction began (two
                # writers of one lead). The procedure rolled everything back, so one
                # retry is safe (db/CONTRACT.md, "Transactions"). Not in an atomic
                # session: the error ended its transaction, earlier calls' work included.
                if "(13535)" not in str(error.args[-1]) or not self.conn.autocommit:
                    raise
                cursor.execute(f"EXEC app.{_checked(procedure)} {args};", *values)
            while cursor.description is None and cursor.nextset():
                pass
            if cursor.description is None:
                return []
            names = [c[0] for c in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]
        except pyodbc.Error as error:
            # XACT_ABORT has ended the transaction; the session goes on in a new one.
            self.conn.rollback()
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
    """Sessions on one database. PostgreSQL: pooled when pool_size > 0 (the web app),
    else a fresh connection per session (scripts and tests that make many databases).
    SQL Server: always a fresh connection (see the module's docstring)."""

    def __init__(self, url: str, pool_size: int = 0):
        self.url = url
        self.engine = "postgres" if url.startswith(("postgresql://", "postgres://")) else "mssql"
        self.pool_size = pool_size if self.engine == "postgres" else 0
        self._pool = None
        self._pool_lock = threading.Lock()

    def connect(self):
        """A connection of the app login as a script or test expects it (PostgreSQL:
        a transaction opens with the first statement). Sessions use _connection()."""
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

    def _pooled(self):
        with self._pool_lock:
            if self._pool is None:
                from psycopg_pool import ConnectionPool

                self._pool = ConnectionPool(self.url, min_size=1, max_size=self.pool_size,
                                            kwargs={"autocommit": True}, open=True,
                                            name="leadbase")
        return self._pool.connection()

    @contextmanager
    def _connection(self):
        if self.pool_size:
            # The pool rolls back whatever a connection still holds when it comes back.
            with self._pooled() as conn:
                yield conn
        else:
            if self.engine == "postgres":
                import psycopg

                conn = psycopg.connect(self.url, autocommit=True)  # see PostgresSession.call
            else:
                conn = self.connect()
            try:
                yield conn
            finally:
                conn.close()

    @contextmanager
    def session(self, as_user: int | None = None, atomic: bool = False):
        """One transaction as app user `as_user` (None: no user, which sees nothing).
        After a procedure error the session goes on in a new transaction.
        atomic: SQL Server too keeps the session's calls in one transaction (the
        connection leaves autocommit), for several calls that must land whole or not
        at all (a suppression list in chunks); the procedures called so must nest in
        a caller's transaction (db/CONTRACT.md, "Transactions"). PostgreSQL always
        does."""
        with self._connection() as conn:
            if atomic and self.engine == "mssql":
                conn.autocommit = False
            session = (PostgresSession if self.engine == "postgres" else MssqlSession)(conn)
            try:
                session.set_user(as_user)
                yield session
                conn.commit()
            except BaseException:
                conn.rollback()
                raise

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def call(self, procedure: str, as_user: int | None = None, **params) -> list[dict]:
        """One procedure in its own transaction."""
        with self.session(as_user) as session:
            return session.call(procedure, **params)
