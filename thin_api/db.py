"""The database side of a request: one gateway per app, the signed-in user's
session context on every call."""
from flask import current_app, g

from .gateway import Gateway


def gateway() -> Gateway:
    gw = current_app.extensions.get("leadbase_gateway")
    if gw is None:
        gw = current_app.extensions["leadbase_gateway"] = Gateway(current_app.config["DATABASE_URL"])
    return gw


def _current_user_id() -> int | None:
    user = g.get("user")
    return user["user_id"] if user else None


def call(procedure: str, **params) -> list[dict]:
    """One procedure, in one transaction, as the signed-in user."""
    return gateway().call(procedure, as_user=_current_user_id(), **params)


def session():
    """Several procedures in one transaction (e.g. a lead and its history)."""
    return gateway().session(as_user=_current_user_id())
