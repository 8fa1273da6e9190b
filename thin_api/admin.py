"""Administration screens. PLZ ranges (admins): every office's ranges on one page,
edited as rows; the dry run of app.set_plz_mapping shows how many leads would move
from which office to which, or the database's own messages about overlaps and
gaps; then the same mapping is applied. The history of mapping changes (who, when,
before and after) comes from system time (app.get_plz_mapping_history).
Users (managers and admins): the list, a form to add or change a user (role,
offices, capacity, active, a new password), and the user's history
(app.get_user_history). Which mappings and which users are valid, and who may
change them, is the database's business (app.set_plz_mapping, app.save_user).
Contact windows (admins): the do-not-contact windows and their history
(app.list_contact_windows), changed through app.save_contact_window.
Score model (admins): each office's learned score (app.list_scoring_models), refitted
and rescored in one request (app.refit_scoring_model, then app.rescore_leads).
Suppression list (admins): a file of companies, phones, e-mail addresses or domains
that refused advertising, read by thin_api/suppressions.py and added through
app.add_suppressions."""
import json
import shutil
import tempfile
from pathlib import Path

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from werkzeug.exceptions import BadRequest
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from . import db, imports, passwords, suppressions
from .auth import role_required
from .error_text import invalid_value, user_message
from .errors import LeadbaseError
from .formats import swiss_number
from .leads import _date, _int, _text, office_label
from .profile import MIN_PASSWORD_LENGTH

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
    ranges = db.call("list_plz_ranges")
    history = db.call("get_plz_mapping_history")
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


# --- users ------------------------------------------------------------------------

def _offices() -> list[str]:
    """The offices the form offers: the signed-in manager's or admin's own (an admin
    has every office). app.save_user decides what may be saved."""
    return [code for code in (g.user["office_codes"] or "").split(",") if code]


@bp.route("/users")
@role_required("manager", "admin")
def users():
    return render_template("admin/users.html", users=db.call("list_users"))


@bp.route("/users/new", methods=("GET", "POST"))
@bp.route("/users/<login_name>", methods=("GET", "POST"))
@role_required("manager", "admin")
def user(login_name: str | None = None):
    existing = None
    if login_name is not None:
        existing = next((u for u in db.call("list_users") if u["login_name"] == login_name), None)
        if existing is None:
            abort(404, _("User not found."))
    if request.method == "GET":
        form = {"login_name": login_name or "", "display_name": "", "role_code": "representative",
                "office_codes": [], "is_active": True, "lead_capacity": ""}
        if existing:
            form.update(display_name=existing["display_name"], role_code=existing["role_code"],
                        office_codes=(existing["office_codes"] or "").split(","), is_active=existing["is_active"],
                        lead_capacity="" if existing["lead_capacity"] is None else existing["lead_capacity"])
        history = db.call("get_user_history", login_name=login_name) if existing else []
        return render_template("admin/user.html", form=form, existing=existing, offices=_offices(),
                               history=history)

    posted = request.form
    form = {"login_name": login_name or posted.get("login_name", "").strip(),
            "display_name": posted.get("display_name", ""), "role_code": posted.get("role_code", ""),
            "office_codes": posted.getlist("office_codes"), "is_active": posted.get("is_active") == "1",
            "lead_capacity": posted.get("lead_capacity", "").strip()}
    password = posted.get("new_password", "")
    if password and len(password) < MIN_PASSWORD_LENGTH:
        flash(_("The new password must have at least %(num)s characters.", num=MIN_PASSWORD_LENGTH), "error")
        return render_template("admin/user.html", form=form, existing=existing, offices=_offices()), 400
    try:
        capacity = int(form["lead_capacity"]) if form["lead_capacity"] else None
    except ValueError:
        abort(400, invalid_value("lead_capacity", _("It must be a whole number.")))
    try:
        db.call("save_user", login_name=form["login_name"], display_name=form["display_name"],
                role_code=form["role_code"], office_codes=",".join(form["office_codes"]),
                password_hash=passwords.hash_password(password) if password else None,
                is_active=form["is_active"], lead_capacity=capacity)
    except LeadbaseError as error:
        if error.http_status not in (400, 403, 409):
            raise
        flash(user_message(error), "error")
        return render_template("admin/user.html", form=form, existing=existing,
                               offices=_offices()), error.http_status
    flash(_("%(name)s is saved.", name=form["display_name"].strip()), "success")
    return redirect(url_for("admin.users"))


@bp.route("/users/<login_name>/sso", methods=("POST",))
@role_required("admin")
def link_sso(login_name: str):
    form = request.form
    try:
        db.call("link_sso", login_name=login_name, subject=form.get("sso_subject", "").strip() or None,
                email=form.get("sso_email", "").strip() or None)
    except LeadbaseError as error:
        if error.http_status not in (400, 409):
            raise
        flash(user_message(error), "error")
    else:
        flash(_("The single sign-on link is saved."), "success")
    return redirect(url_for("admin.user", login_name=login_name))


# --- contact windows --------------------------------------------------------------

@bp.route("/contact-windows", methods=("GET", "POST"))
@role_required("admin")
def contact_windows():
    """The do-not-contact windows (app.list_contact_windows), globally and per office
    by the lead's last status, changed through app.save_contact_window (historized);
    which values are valid is the database's business."""
    form, problem, status = {}, None, 200
    if request.method == "POST":
        form = request.form.to_dict()
        try:
            db.call("save_contact_window", status_code=_text(request.form, "status_code"),
                    window_months=_int(request.form, "window_months"),
                    office_code=_text(request.form, "office_code"))
        except LeadbaseError as error:
            if error.http_status not in (400, 409):
                raise
            problem, status = user_message(error), error.http_status
        else:
            flash(_("The contact window is saved."), "success")
            return redirect(url_for("admin.contact_windows"))
    offices = list(dict.fromkeys(r["office_code"] for r in db.call("list_plz_ranges")))
    return render_template("admin/contact_windows.html", windows=db.call("list_contact_windows"),
                           history=db.call("list_contact_windows", history=True), offices=offices,
                           form=form, problem=problem), status


# --- score model ------------------------------------------------------------------

def _refit_outcome(refits: list[dict], rescores: list[dict]) -> str:
    """One sentence per office: its new model with its AUC and leads rescored, or that
    it has not enough outcomes for one (model_id NULL: its leads keep their scores)."""
    scored = {r["office_code"]: r["lead_count"] for r in rescores}
    parts = []
    for refit in refits:
        office = office_label(refit["office_code"])
        if refit["model_id"] is None:
            parts.append(_("%(office)s: not enough outcomes for a model (a won or qualified lead and a lost "
                           "one are needed)", office=office))
        else:
            auc = "—" if refit["auc"] is None else f"{refit['auc']:.4f}"
            leads = swiss_number(scored.get(refit["office_code"], 0))
            parts.append(_("%(office)s: model %(model)s, AUC %(auc)s, %(num)s leads rescored", office=office,
                           model=refit["model_id"], auc=auc, num=leads))
    return " ".join([_("The score is refitted and the leads are rescored."), "; ".join(parts) + "."])


@bp.route("/scoring", methods=("GET", "POST"))
@role_required("admin")
def scoring():
    """The learned score of each office (app.list_scoring_models) and its versions; the
    form refits (app.refit_scoring_model) and rescores (app.rescore_leads) in the
    request's transaction, so on PostgreSQL both land or neither does (on SQL Server
    each procedure is its own transaction: a failed rescore leaves the new version
    to the next rescore). Which values are valid is the database's business."""
    form, problem, status = {"holdout_percent": "20"}, None, 200
    if request.method == "POST":
        form = request.form.to_dict()
        try:
            params = {"office_code": _text(request.form, "office_code"),
                      "trained_from": _date(request.form, "trained_from"),
                      "trained_to": _date(request.form, "trained_to")}
            holdout = _int(request.form, "holdout_percent")
            if holdout is not None:  # empty: the procedure's default (20)
                params["holdout_percent"] = holdout
            refits = db.call("refit_scoring_model", **params)
            rescores = db.call("rescore_leads", office_code=params["office_code"])
        except BadRequest as error:
            problem, status = error.description, 400
        except LeadbaseError as error:
            if error.http_status not in (400, 409):
                raise
            problem, status = user_message(error), error.http_status
        else:
            flash(_refit_outcome(refits, rescores), "success")
            return redirect(url_for("admin.scoring"))
    return render_template("admin/scoring.html", models=db.call("list_scoring_models"),
                           history=db.call("list_scoring_models", history=True), form=form,
                           problem=problem), status


# --- suppression list -------------------------------------------------------------

# The columns of a suppression file as the screen names them; the headers each one
# accepts are suppressions.HEADERS.
SUPPRESSION_COLUMNS = (("company_name", _l("Company")), ("plz", _l("Postal code (PLZ)")), ("uid", _l("UID")),
                       ("phone", _l("Phone")), ("email", _l("E-mail")), ("website", _l("Website")),
                       ("until_date", _l("Until")))


def _render_suppressions(status: int = 200, **context):
    context = {"result": None, "problem": None, "file_name": None, **context}
    return render_template("admin/suppressions.html", column_labels=SUPPRESSION_COLUMNS,
                           headers=suppressions.HEADERS, **context), status


def _suppression_problem(error: suppressions.SuppressionFileError) -> str:
    if error.kind == "no_key_column":
        return _("No column of the file names a key (a company with its PLZ, UID, phone, e-mail or website): "
                 "this page lists the headers it recognises. Columns not recognised: %(columns)s",
                 columns=error.detail or "—")
    if error.kind == "empty":
        return _("The file has no entries.")
    rows = ", ".join(str(r) for r in error.rows)
    if error.more:
        return _("Rows %(rows)s and %(more)s more have no key to match (a company with its PLZ, UID, phone, "
                 "e-mail or website) or an until date that is not a date. Nothing was added.",
                 rows=rows, more=error.more)
    return _("Rows %(rows)s have no key to match (a company with its PLZ, UID, phone, e-mail or website) or "
             "an until date that is not a date. Nothing was added.", rows=rows)


@bp.route("/suppressions", methods=("GET", "POST"), endpoint="suppressions")
@role_required("admin")
def suppression_list():
    """An admin's suppression list: the file streams to a temporary file and through
    the partner-file reader (thin_api/suppressions.py), one transaction for the whole
    list; then the counts. The browser shows the upload's progress (static/upload.js);
    the page works without it too."""
    if request.method == "GET":
        return _render_suppressions()
    sent = request.files.get("file")
    if sent is None or not sent.filename:
        return _render_suppressions(400, problem=_("Choose a file."))
    problem, status, result = None, 200, None
    with tempfile.TemporaryDirectory(prefix="leadbase-suppressions-") as folder:
        path = Path(folder) / "upload"
        with open(path, "wb") as target:
            shutil.copyfileobj(sent.stream, target, imports.CHUNK)
        try:
            result = suppressions.add_suppression_file(db.gateway(), g.user["user_id"], path)
        except suppressions.SuppressionFileError as error:
            problem, status = _suppression_problem(error), 400
        except LeadbaseError as error:
            if error.http_status not in (400, 403, 409):
                raise
            problem, status = user_message(error), error.http_status
        except imports.read_errors() as error:
            problem, status = _("The file could not be read as CSV or XLSX: %(why)s",
                                why=f"{type(error).__name__}: {error}"[:300]), 400
    return _render_suppressions(status, result=result, problem=problem, file_name=Path(sent.filename).name)
