"""Leadbase's thin web tier: authenticate, set the caller, call one procedure, render.

Business rules live in the database (db/); this package only carries requests to
the procedures in schema `app` and their answers back.
"""
from flask import Flask, abort, render_template, request
from flask_babel import gettext

from . import config
from .errors import LeadbaseError


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(config.from_environment())
    # Larger requests are refused with 413 before anything reads them.
    app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024
    app.config["UPLOAD_MAX_BYTES"] = 200 * 1024 * 1024  # partner files and suppression lists only
    if test_config:
        app.config.from_mapping(test_config)

    from . import admin, auth, calendar, codes, dashboard, db, formats, home, i18n, leads, profile, review, sso
    from .error_text import user_message

    db.init_app(app)
    i18n.init_app(app)
    formats.init_app(app)
    sso.init_app(app)

    @app.before_request
    def refuse_nul_bytes():
        if request.endpoint in ("review.upload", "admin.suppressions"):
            # A partner file or a suppression list may be larger than a form; it streams
            # to a temporary file.
            request.max_content_length = app.config["UPLOAD_MAX_BYTES"]
        # No database text can hold U+0000; refused here for every field alike.
        # The path's own values too (the calendar's secret is text from the URL).
        path_values = [(key, value) for key, value in (request.view_args or {}).items() if isinstance(value, str)]
        for items in (request.args.items(multi=True), request.form.items(multi=True), path_values):
            if any("\x00" in f"{key}{value}" for key, value in items):
                abort(400, gettext("A value contains a NUL character, which is not supported."))

    app.register_blueprint(auth.bp)
    app.register_blueprint(codes.bp)
    app.register_blueprint(leads.bp)
    app.register_blueprint(home.bp)
    app.register_blueprint(profile.bp)
    app.register_blueprint(calendar.bp)
    app.register_blueprint(admin.bp)
    app.register_blueprint(review.bp)
    app.register_blueprint(dashboard.bp)
    app.register_blueprint(sso.bp)
    app.add_url_rule("/", endpoint="index", view_func=leads.index)

    @app.errorhandler(LeadbaseError)
    def procedure_error(error: LeadbaseError):
        # The one place where a procedure's error number becomes an HTTP status.
        if request.accept_mimetypes.best == "application/json":
            return {"error": error.number, "message": error.message}, error.http_status
        message = user_message(error)
        # The database's English words too, when the page says it differently.
        detail = error.message if message != error.message else None
        return render_template("error.html", error=error, message=message, detail=detail), error.http_status

    return app
