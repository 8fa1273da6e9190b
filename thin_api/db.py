"""The database side of a request: one gateway per app, and per request one
connection and one transaction in which every call runs as the signed-in user
(the `whoami` reload and the page's procedures alike).

The transaction commits when the request has produced a response, error pages
included (a failed sign-in is recorded, for one); it rolls back when the request
fails with an unexpected exception. A procedure error has already rolled back what
the request did before it (thin_api/gateway.py), so a form that shows the error
beside its field renders from a clean state.
"""
from flask import Flask, current_app, g

from .gateway import Gateway


def init_app(app: Flask) -> None:
    app.teardown_request(_end_request)


def gateway() -> Gateway:
    gw = current_app.extensions.get("leadbase_gateway")
    if gw is None:
        gw = current_app.extensions["leadbase_gateway"] = Gateway(
            current_app.config["DATABASE_URL"], pool_size=current_app.config["DB_POOL_SIZE"])
    return gw


def close(app: Flask) -> None:
    """Closes the app's connection pool (tests, shutdown)."""
    gw = app.extensions.pop("leadbase_gateway", None)
    if gw is not None:
        gw.close()


def _current_user_id() -> int | None:
    user = g.get("user")
    return user["user_id"] if user else None


def session():
    """The request's session (opened on first use) as the signed-in user. When the
    user changes within the request (signing in, a user deactivated meanwhile), the
    work so far is committed and a new transaction starts as the new user."""
    user_id = _current_user_id()
    current = g.get("db_session")
    if current is not None and current[0] != user_id:
        _end_request(None)
        current = None
    if current is None:
        context = gateway().session(as_user=user_id)
        current = g.db_session = (user_id, context, context.__enter__())
    return current[2]


def call(procedure: str, **params) -> list[dict]:
    """One procedure, in the request's transaction, as the signed-in user."""
    return session().call(procedure, **params)


def _end_request(error: BaseException | None) -> None:
    current = g.pop("db_session", None)
    if current is None:
        return
    context = current[1]
    if error is None:
        context.__exit__(None, None, None)
    else:
        context.__exit__(type(error), error, error.__traceback__)
