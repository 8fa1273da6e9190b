"""Signing in and out, the signed-in user on `g`, CSRF, and the view guards.

The database owns the users: `app.get_user_credentials` hands over the argon2id hash
for the one moment of signing in, `app.record_sign_in` logs the attempt and decides
whether it may sign in (failures are throttled per login and per client address), `app.whoami` tells on every request who the caller
is (and returns nothing once the user is deactivated). Nothing here decides what a
user may see or do; the guards only spare a round trip to the database, which
enforces the same rules.
"""
import functools
import secrets
from types import SimpleNamespace
from urllib.parse import urlsplit

from flask import (Blueprint, abort, current_app, flash, g, redirect, render_template,
                   request, session, url_for)
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException

from . import db, demo_data, passwords

bp = Blueprint("auth", __name__)

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


@bp.record_once
def _cookie_defaults(state) -> None:
    # The session cookie is not sent along with cross-site POSTs (CSRF defence in depth).
    if state.app.config.get("SESSION_COOKIE_SAMESITE") is None:
        state.app.config["SESSION_COOKIE_SAMESITE"] = "Lax"


# --- CSRF --------------------------------------------------------------------------

def csrf_token() -> str:
    """The session's CSRF token, created on first use."""
    token = session.get(CSRF_FIELD)
    if not token:
        token = session[CSRF_FIELD] = secrets.token_urlsafe(32)
    return token


@bp.app_context_processor
def inject_csrf_token():
    return {"csrf_token": csrf_token}


@bp.before_app_request
def check_csrf() -> None:
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    expected = session.get(CSRF_FIELD)
    sent = request.form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER)
    if not expected or not sent or not secrets.compare_digest(str(expected), str(sent)):
        abort(400, _("The form has expired or did not come from this site. Reload the page and try again."))


# --- the signed-in user ---------------------------------------------------------

@bp.before_app_request
def load_user() -> None:
    g.user = None
    if request.endpoint == "static":
        return
    user_id = session.get("user_id")
    if user_id is None:
        return
    g.user = {"user_id": user_id}  # so that db.call sends the session context
    rows = db.call("whoami")
    if rows:
        g.user = rows[0]
    else:  # deactivated (or removed) since signing in
        session.clear()
        g.user = None


def login_required(view):
    @functools.wraps(view)
    def wrapped(**kwargs):
        if g.user is None:
            return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
        return view(**kwargs)
    return wrapped


def role_required(*roles: str):
    """Only these roles reach the view (others get 403); implies login_required."""
    def decorator(view):
        @functools.wraps(view)
        def wrapped(**kwargs):
            if g.user["role_code"] not in roles:
                abort(403, _("Your role may not do this."))
            return view(**kwargs)
        return login_required(wrapped)
    return decorator


def _safe_next(target: str | None) -> str | None:
    """Only a path on this site, never another host."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


# --- views -------------------------------------------------------------------------

@bp.route("/login", methods=("GET", "POST"))
def login():
    next_url = _safe_next(request.values.get("next"))
    if request.method == "POST":
        # Signing in starts from no user: the credentials are read without a caller.
        session.pop("user_id", None)
        g.user = None
        login_name = request.form.get("login_name", "").strip()
        password = request.form.get("password", "")
        row = None
        if login_name:
            rows = db.call("get_user_credentials", login_name=login_name)
            row = rows[0] if rows else None
        # Always verify, also without a row, so the time taken does not tell which logins exist.
        ok = passwords.verify(row["password_hash"] if row else None, password)
        outcome = None
        if login_name:
            # The database counts failures per login and per address and may lock out.
            outcome = db.call("record_sign_in", login_name=login_name,
                              client_address=request.remote_addr or "unknown",
                              password_ok=bool(ok and row["is_active"]))[0]
        if outcome and outcome["outcome"] == "signed_in":
            session.clear()
            session["user_id"] = outcome["user_id"]
            return redirect(next_url or url_for("index"))
        status = 401
        if outcome and outcome["outcome"] == "locked_out":
            minutes = -(-outcome["retry_after_seconds"] // 60)
            flash(_("Too many failed sign-ins for this login or from this address. "
                    "Try again in %(minutes)s minutes.", minutes=minutes), "error")
            status = 429
        else:
            flash(_("Unknown login or wrong password."), "error")
        return render_template("login.html", login_name=login_name, next_url=next_url,
                               demo=_demo_context()), status
    if g.user is not None:
        return redirect(next_url or url_for("index"))
    return render_template("login.html", login_name="", next_url=next_url, demo=_demo_context())


@bp.route("/logout", methods=("POST",))
def logout():
    session.clear()
    flash(_("You are signed out."), "info")
    return redirect(url_for("auth.login"))


def _demo_context():
    if not current_app.config.get("DEMO"):
        return None
    return {"users": demo_data.demo_users(), "password": demo_data.DEMO_PASSWORD}


# --- errors outside the procedures (CSRF, guards, bad query values, unknown pages) ---

@bp.app_errorhandler(HTTPException)
def http_error(error: HTTPException):
    if request.accept_mimetypes.best == "application/json":
        return {"error": error.code, "message": error.description}, error.code
    shown = SimpleNamespace(number=None, message=error.description, http_status=error.code)
    # Werkzeug's own descriptions are English; the heading says it in the page's language.
    message = None if error.description == type(error).description else error.description
    return render_template("error.html", error=shown, message=message), error.code
