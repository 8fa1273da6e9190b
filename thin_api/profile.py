"""The profile page: the signed-in user's language and password (app.save_my_profile).

The current password is checked here, against the argon2id hash the database keeps
(app.get_user_credentials): the database never sees a password, so this check and
the new password's minimum length are the web tier's part.
"""
from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from flask_babel import force_locale
from flask_babel import gettext as _

from . import db, passwords
from .auth import login_required
from .error_text import user_message
from .errors import LeadbaseError
from .i18n import language

bp = Blueprint("profile", __name__)

MIN_PASSWORD_LENGTH = 10


@bp.app_context_processor
def password_rule():
    return {"min_password_length": MIN_PASSWORD_LENGTH}


@bp.route("/profile")
@login_required
def profile():
    return render_template("profile.html")


@bp.route("/profile/language", methods=("POST",))
@login_required
def save_language():
    try:
        [saved] = db.call("save_my_profile", language_code=request.form.get("language_code") or None)
    except LeadbaseError as error:
        if error.http_status != 400:
            raise
        flash(user_message(error), "error")
        return render_template("profile.html"), 400
    # Said in the new language, as the next page will be (whoami reads it).
    with force_locale(saved["language_code"] or language()):
        flash(_("Your language is saved."), "success")
    return redirect(url_for("profile.profile"))


@bp.route("/profile/password", methods=("POST",))
@login_required
def change_password():
    form = request.form
    current, new = form.get("current_password", ""), form.get("new_password", "")
    repeated = form.get("repeat_password", "")
    problem = None
    [credentials] = db.call("get_user_credentials", login_name=g.user["login_name"]) or [None]
    ok = passwords.verify(credentials["password_hash"] if credentials else None, current)
    # The current password is a credential check like signing in: the same throttle
    # counts it, so a borrowed session cannot guess the password without limit.
    [attempt] = db.call("record_sign_in", login_name=g.user["login_name"],
                        client_address=request.remote_addr or "unknown", password_ok=ok)
    if attempt["outcome"] == "locked_out":
        minutes = -(-attempt["retry_after_seconds"] // 60)
        flash(_("Too many failed sign-ins for this login or from this address. "
                "Try again in %(minutes)s minutes.", minutes=minutes), "error")
        return render_template("profile.html"), 429
    if not ok:
        problem = _("The current password is wrong.")
    elif len(new) < MIN_PASSWORD_LENGTH:
        problem = _("The new password must have at least %(num)s characters.", num=MIN_PASSWORD_LENGTH)
    elif new != repeated:
        problem = _("The two new passwords differ.")
    if problem:
        flash(problem, "error")
        return render_template("profile.html"), 400
    db.call("save_my_profile", password_hash=passwords.hash_password(new))
    flash(_("Your password is changed."), "success")
    return redirect(url_for("profile.profile"))
