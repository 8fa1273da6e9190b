"""Administration screens. PLZ ranges (admins): every office's ranges on one page,
edited as rows; the dry run of app.set_plz_mapping shows how many leads would move
from which office to which, or the database's own messages about overlaps and
gaps; then the same mapping is applied. The history of mapping changes (who, when,
before and after) comes from system time (app.get_plz_mapping_history).
Which mappings are valid, and who may change them, is the database's business."""
import json

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from . import db
from .auth import role_required
from .error_text import user_message
from .errors import LeadbaseError

bp = Blueprint("admin", __name__, url_prefix="/admin")

EMPTY_ROWS = 3  # blank rows offered for new ranges


def _current_rows(ranges: list[dict]) -> list[dict]:
    return [{"office_code": r["office_code"], "plz_from": str(r["plz_from"]), "plz_to": str(r["plz_to"])}
            for r in ranges if r["plz_from"] is not None]


def _submitted_rows(form) -> list[dict]:
    """The rows of the form, blank rows and removed rows left out (as typed: the
    database checks the values)."""
    rows = []
    for office, plz_from, plz_to, remove in zip(form.getlist("office_code"), form.getlist("plz_from"),
                                                 form.getlist("plz_to"), form.getlist("remove")):
        if remove == "1" or not (plz_from.strip() or plz_to.strip()):
            continue
        rows.append({"office_code": office, "plz_from": plz_from.strip(), "plz_to": plz_to.strip()})
    return rows


def _mapping(rows: list[dict]) -> str:
    """The JSON app.set_plz_mapping takes; a PLZ that is not a number goes as typed,
    so that the database names the problem."""
    def value(text):
        return int(text) if text.isdigit() else text
    return json.dumps([{"office_code": r["office_code"], "plz_from": value(r["plz_from"]),
                        "plz_to": value(r["plz_to"])} for r in rows])


@bp.route("/plz-ranges", methods=("GET", "POST"))
@role_required("admin")
def plz_ranges():
    with db.session() as s:
        ranges = s.call("list_plz_ranges")
        history = s.call("get_plz_mapping_history")
    offices = list({r["office_code"]: r for r in ranges}.values())
    rows, preview, problem, status = _current_rows(ranges), None, None, 200
    if request.method == "POST":
        rows = _submitted_rows(request.form)
        apply = request.form.get("action") == "apply"
        try:
            moves = db.call("set_plz_mapping", mapping=_mapping(rows), dry_run=not apply)
        except LeadbaseError as error:
            if error.http_status not in (400, 409):
                raise
            # The database's own words name each overlap and gap.
            problem, status = (user_message(error), error.message), error.http_status
        else:
            if apply:
                moved = sum(m["lead_count"] for m in moves)
                flash(_("The PLZ ranges are saved; %(num)s leads moved.", num=moved), "success")
                return redirect(url_for("admin.plz_ranges"))
            preview = moves
    blank = {"office_code": "", "plz_from": "", "plz_to": ""}
    return render_template("admin/plz_ranges.html", offices=offices, rows=rows + [blank] * EMPTY_ROWS,
                           preview=preview, problem=problem, history=history), status
