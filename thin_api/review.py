"""Import review (managers and admins): the partner batches with their counts per
outcome, one batch's rows of one outcome with reasons and dates, the upload
of a partner file through the same reader as the CLI (thin_api/imports.py), and the
overrides of a decision with a mandatory reason (release a held row; mark a false
match as a different company).

Which batches and rows a manager sees, and what an override may do, is the
database's business: app.list_import_batches and app.list_import_decisions
return the caller's offices only (rows of other offices are never described),
app.release_import_row checks the row. The screens show what comes back."""
import shutil
import tempfile
from pathlib import Path

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from . import db, imports
from .auth import role_required
from .error_text import user_message
from .errors import LeadbaseError
from .leads import FORM_ERRORS, INT_MAX, _int, _text

bp = Blueprint("review", __name__, url_prefix="/imports")

# The outcomes of app.list_import_batches' count columns (<outcome>_count), in the
# order the screens show them; each outcome's reasons come from core.import_reason.
OUTCOMES = {"new": _l("New"), "refreshed": _l("Refreshed"), "suppressed": _l("Suppressed"),
            "duplicate": _l("Duplicate"), "invalid": _l("Invalid")}
HELD = ("suppressed", "duplicate", "invalid")
PAGE_SIZE = 50
BATCH_ID = "<int(max=%d):batch_id>" % (2**63 - 1)      # larger ids are 404, like missing ones
DECISION_ID = "<int(max=%d):decision_id>" % (2**63 - 1)


@bp.app_context_processor
def outcome_labels():
    return {"import_outcomes": OUTCOMES}


@bp.route("")
@role_required("manager", "admin")
def batches():
    page = _int(request.args, "page", high=INT_MAX // PAGE_SIZE) or 1
    rows = db.call("list_import_batches", page=page, page_size=PAGE_SIZE)
    return render_template("imports/batches.html", batches=rows, page=page,
                           more=len(rows) == PAGE_SIZE)


def _render_batch(batch_id: int, status: int = 200, release_form: dict | None = None):
    found = db.call("list_import_batches", batch_id=batch_id)
    if not found:
        # One answer for a batch that does not exist and one the caller may not see.
        abort(404, _("Import not found."))
    batch = found[0]
    outcome = request.args.get("outcome") or (request.form.get("outcome") if request.method == "POST" else None)
    if outcome not in OUTCOMES:
        # The first held outcome with rows, else the first with rows at all.
        outcome = next((o for o in HELD + tuple(OUTCOMES) if batch[f"{o}_count"]), HELD[0])
    page = _int(request.args, "page", high=INT_MAX // PAGE_SIZE) or 1
    rows = db.call("list_import_decisions", batch_id=batch_id, decision_code=outcome, page=page,
                   page_size=PAGE_SIZE)
    total = rows[0]["total_count"] if rows else 0
    first = (page - 1) * PAGE_SIZE + 1
    paging = {
        "total": total, "first": first, "last": first + len(rows) - 1,
        "previous": url_for("review.batch", batch_id=batch_id, outcome=outcome, page=page - 1) if page > 1 else None,
        "next": (url_for("review.batch", batch_id=batch_id, outcome=outcome, page=page + 1)
                 if first + len(rows) - 1 < total else None),
    }
    return render_template("imports/batch.html", batch=batch, outcome=outcome, rows=rows, paging=paging,
                           held=HELD, release_form=release_form or {}), status


@bp.route(f"/{BATCH_ID}")
@role_required("manager", "admin")
def batch(batch_id: int):
    return _render_batch(batch_id)


def _override(procedure: str, done: str, batch_id: int, decision_id: int):
    """An override of one row with the reason typed beside it; the database decides
    whether the row may be overridden so (app.release_import_row,
    app.mark_import_row_distinct)."""
    form = request.form
    try:
        row = db.call(procedure, decision_id=decision_id, reason=_text(form, "reason"))[0]
    except LeadbaseError as error:
        if error.http_status not in FORM_ERRORS:
            raise
        flash(user_message(error), "error")
        return _render_batch(batch_id, error.http_status,
                             release_form={"decision_id": decision_id, "reason": form.get("reason", "")})
    flash(done, "success")
    return redirect(url_for("review.batch", batch_id=batch_id, outcome=form.get("outcome") or None,
                            _anchor=f"row-{row['decision_id']}"))


@bp.route(f"/{BATCH_ID}/rows/{DECISION_ID}/release", methods=("POST",))
@role_required("manager", "admin")
def release(batch_id: int, decision_id: int):
    return _override("release_import_row", _("The row is released as a new lead."), batch_id, decision_id)


@bp.route(f"/{BATCH_ID}/rows/{DECISION_ID}/distinct", methods=("POST",))
@role_required("manager", "admin")
def distinct(batch_id: int, decision_id: int):
    return _override("mark_import_row_distinct",
                     _("The row is a new lead, and will not be matched with that lead again."),
                     batch_id, decision_id)


# --- upload -------------------------------------------------------------------------

def _render_upload(status: int = 200, form: dict | None = None, problem: str | None = None):
    return render_template("imports/upload.html", partners=db.call("list_partners"), form=form or {},
                           problem=problem), status


@bp.route("/upload", methods=("GET", "POST"))
@role_required("manager", "admin")
def upload():
    """A partner file through the import (thin_api/imports.py reads it, the database
    decides every row); then the batch's page. The browser shows the upload's
    progress (static/upload.js); the page works without it too."""
    if request.method == "GET":
        return _render_upload()
    form = request.form.to_dict()
    partner, sent = _text(request.form, "partner_code"), request.files.get("file")
    if not partner or sent is None or not sent.filename:
        return _render_upload(400, form, _("Choose a partner and a file."))
    with tempfile.TemporaryDirectory(prefix="leadbase-upload-") as folder:
        path = Path(folder) / "upload"
        with open(path, "wb") as target:
            shutil.copyfileobj(sent.stream, target, imports.CHUNK)
        try:
            outcome = imports.import_file(db.gateway(), g.user["user_id"], path, partner,
                                          file_name=Path(sent.filename).name or "upload")
        except LeadbaseError as error:
            if error.http_status not in FORM_ERRORS + (404,):
                raise
            return _render_upload(error.http_status, form, user_message(error))
        except imports.read_errors() as error:
            # A file the reader cannot read: a message, not a 500. import_file marked
            # the batch failed; the reader's own words follow.
            return _render_upload(400, form, _("The file could not be read as CSV or XLSX: %(why)s",
                                                  why=f"{type(error).__name__}: {error}"[:300]))
    if outcome.already_imported:
        flash(_("This file was imported before; nothing was imported again."), "info")
    else:
        flash(_("The file is imported: %(rows)s rows.", rows=outcome.counts.get("row_count", 0)), "success")
    return redirect(url_for("review.batch", batch_id=outcome.batch_id))
