"""The lead list and the lead page: each view calls the procedures of db/CONTRACT.md
as the signed-in user and renders what comes back. Which leads exist for the user,
who may log or assign, and every status change are the database's business."""
import uuid
from datetime import date
from urllib.parse import parse_qsl, urlencode

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from werkzeug.datastructures import MultiDict

from . import codes, db, exports
from .auth import login_required, role_required
from .error_text import invalid_value, user_message
from .errors import LeadbaseError

bp = Blueprint("leads", __name__)

# Coded values (statuses, event types, branches) and their labels come from the
# database (thin_api/codes.py); the procedures check every value.
SORTS = {"score": _l("Best score first"), "newest": _l("Newest first"), "oldest": _l("Oldest first")}
PAGE_SIZES = (25, 50, 100, 200)
DEFAULT_SORT, DEFAULT_PAGE_SIZE = "score", 50  # the defaults of app.list_leads
# Errors on the lead page's forms that the user can correct there.
FORM_ERRORS = (400, 409)
# Whole numbers the database's integer parameters can hold; a lead id is a bigint.
INT_MIN, INT_MAX = -2**31, 2**31 - 1
LEAD_ID_MAX = 2**63 - 1
LEAD_ID = "<int(max=%d):lead_id>" % LEAD_ID_MAX  # larger ids are 404, like missing ones
MANAGERS = ("manager", "admin")
# The lead page shows the learned score's largest contributions, at most this many.
SCORE_REASONS = 5
# list_leads computes its offset, (page - 1) * page_size, as an integer.
PAGE_MAX = INT_MAX // max(PAGE_SIZES)


def office_label(code: str | None) -> str:
    """An office's name on screen, from its code (luzern -> Luzern)."""
    return (code or "").replace("_", " ").title()


@bp.app_context_processor
def labels():
    return {"office_label": office_label}


def index():
    """"/": a representative's home page, everyone else's lead list, or the sign-in page."""
    if g.user is None:
        return redirect(url_for("auth.login"))
    if g.user["role_code"] == "representative":
        return redirect(url_for("home.home"))
    return redirect(url_for("leads.lead_list"))


# --- query-string and form values ------------------------------------------------

def _text(source, name: str) -> str | None:
    value = source.get(name, "").strip()
    return value or None


def _int(source, name: str, high: int = INT_MAX) -> int | None:
    value = _text(source, name)
    if value is None:
        return None
    try:
        number = int(value)
    except ValueError:
        abort(400, invalid_value(name, _("It must be a whole number.")))
    if not INT_MIN <= number <= high:
        abort(400, invalid_value(name, _("It must be a whole number between %(low)s and %(high)s.",
                                         low=INT_MIN, high=high)))
    return number


def _date(source, name: str) -> date | None:
    value = _text(source, name)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        abort(400, invalid_value(name, _("It must be a date.")))


def _uuid(source, name: str) -> uuid.UUID | None:
    value = _text(source, name)
    if value is None:
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        abort(400, invalid_value(name, _("The form is damaged; reload the page.")))


def _default(value, default):
    return default if value is None else value


# --- the list ------------------------------------------------------------------

def _list_filters(args) -> dict:
    """app.list_leads' filters from the list form (the same for the page and its export)."""
    return {
        "status": _text(args, "status"),
        "branche": _text(args, "branche"),
        "plz_from": _int(args, "plz_from"),
        "plz_to": _int(args, "plz_to"),
        "search": _text(args, "search"),
        "assigned_to": g.user["user_id"] if args.get("mine") == "1" else None,
        "sort": _text(args, "sort") or DEFAULT_SORT,
    }


@bp.route("/leads")
@login_required
def lead_list():
    return _render_list(request.args)


def _render_list(args, status: int = 200, assign_form: dict | None = None):
    """The list page for these query-string arguments (also after a refused bulk
    assignment, with the form as it was sent)."""
    mine = args.get("mine") == "1"
    filters = {
        **_list_filters(args),
        "page": _default(_int(args, "page", high=PAGE_MAX), 1),
        "page_size": _default(_int(args, "page_size"), DEFAULT_PAGE_SIZE),
    }
    rows = db.call("list_leads", **filters)

    total = rows[0]["total_count"] if rows else None
    # The database counts up to its cap; beyond it, total_is_exact is false ("10,000+").
    more = bool(rows) and not rows[0]["total_is_exact"]
    page, size = filters["page"], filters["page_size"]
    first = (page - 1) * size + 1
    # The query string of the form without the page, for the paging links.
    keep = {k: v for k, v in args.items() if k != "page" and v != ""}
    paging = {
        "total": total,
        "more": more,
        "first": first,
        "last": first + len(rows) - 1,
        "previous": url_for("leads.lead_list", **keep, page=page - 1) if page > 1 else None,
        "next": (url_for("leads.lead_list", **keep, page=page + 1)
                 if total is not None and (more or first + len(rows) - 1 < total) else None),
        "first_page": url_for("leads.lead_list", **keep) if page > 1 else None,
    }
    form = {k: args.get(k, "") for k in ("status", "branche", "plz_from", "plz_to", "search")}
    form.update(sort=filters["sort"], page_size=size, mine=mine)
    filtered = any(form[k] for k in ("status", "branche", "plz_from", "plz_to", "search")) or mine
    can_assign = g.user["role_code"] in MANAGERS
    # Display only: app.assign_leads accepts active representatives of each lead's office.
    representatives = ([u for u in db.call("list_users", role_code="representative") if u["is_active"]]
                       if can_assign and rows else [])
    return render_template("leads/list.html", leads=rows, paging=paging, form=form, keep=keep,
                           filtered=filtered, sorts=SORTS, page_sizes=PAGE_SIZES, can_assign=can_assign,
                           representatives=representatives, assign_form=assign_form or {},
                           back=urlencode(keep)), status


def _lead_ids(source, name: str) -> list[int]:
    """Every checked lead id of a form (ids beyond a bigint are refused here, as one
    that does not exist would be by the database)."""
    ids = []
    for value in source.getlist(name):
        try:
            number = int(value.strip())
        except ValueError:
            abort(400, invalid_value(name, _("It must be a whole number.")))
        if not 1 <= number <= LEAD_ID_MAX:
            abort(400, invalid_value(name, _("It must be a whole number between %(low)s and %(high)s.",
                                             low=1, high=LEAD_ID_MAX)))
        ids.append(number)
    return list(dict.fromkeys(ids))


@bp.route("/leads/assign", methods=("POST",))
@role_required(*MANAGERS)
def assign_selected():
    """The list's "assign selected to ..." form: app.assign_leads decides which leads
    may go to whom, and refuses all of them when one may not."""
    form = request.form
    back = MultiDict(parse_qsl(form.get("back", ""), keep_blank_values=False))
    lead_ids = _lead_ids(form, "lead_id")
    try:
        rows = db.call("assign_leads", lead_ids=lead_ids, user_id=_int(form, "user_id"), note=_text(form, "note"))
    except LeadbaseError as error:
        if error.http_status not in FORM_ERRORS + (404,):
            raise
        flash(user_message(error), "error")
        return _render_list(back, error.http_status, assign_form={**form.to_dict(), "lead_ids": lead_ids})
    changed = sum(1 for r in rows if r["previous_user_id"] != r["user_id"])
    flash(ngettext("%(num)s lead assigned.", "%(num)s leads assigned.", changed), "success")
    return redirect(url_for("leads.lead_list", **back.to_dict()))


# The columns of a lead list export: app.list_leads' columns but its counts.
EXPORT_COLUMNS = ["lead_id", "company_name", "legal_form", "plz", "ort", "canton", "branche", "size_category",
                  "status", "score", "office_code", "assigned_user_id", "assigned_to", "created_at", "age_days"]
EXPORT_PAGE = 200  # list_leads' largest page


@bp.route("/leads/export.<any(csv, xlsx):fmt>")
@login_required
def lead_export(fmt: str):
    """Every lead the list's filters match, streamed page by page (keyset paging:
    each page costs what the first one costs)."""
    filters = _list_filters(request.args)
    first = db.call("list_leads", **filters, page_size=EXPORT_PAGE)  # errors before anything is sent

    def rows():
        page = first
        while True:
            yield from page
            if len(page) < EXPORT_PAGE:
                return
            page = db.call("list_leads", **filters, page_size=EXPORT_PAGE, after_lead_id=page[-1]["lead_id"])

    return exports.response(fmt, "leads", EXPORT_COLUMNS, rows())


# --- one lead ------------------------------------------------------------------

def _render_lead(lead_id: int, status: int = 200, event_form: dict | None = None,
                 assign_form: dict | None = None, merge_form: dict | None = None,
                 feedback_form: dict | None = None):
    can_assign = g.user["role_code"] in ("manager", "admin")
    rows = db.call("get_lead", lead_id=lead_id)
    if not rows:
        # One answer for a lead that does not exist and one of another office.
        abort(404, _("Lead not found."))
    lead = rows[0]
    history = db.call("get_lead_history", lead_id=lead_id)
    follow_up = db.call("get_lead_follow_up", lead_id=lead_id)
    # The learned score and why (one row per factor, largest contribution first); no
    # rows: the lead has its initial score (no model yet, or added since the last rescore).
    explanation = db.call("explain_score", lead_id=lead_id)
    users = db.call("list_users", role_code="representative") if can_assign else []
    # Display only: app.assign_lead accepts active representatives of the lead's office.
    representatives = [u for u in users if u["is_active"]
                       and lead["office_code"] in (u["office_codes"] or "").split(",")]
    event_form = event_form or {}
    event_form.setdefault("client_token", str(uuid.uuid4()))  # one logged event per form
    return render_template("leads/detail.html", lead=lead, history=list(reversed(history)),
                           follow_up=follow_up[0] if follow_up else None,
                           learned=explanation[0] if explanation else None,
                           reasons=[r for r in explanation if r["points"]][:SCORE_REASONS],
                           event_form=event_form, assign_form=assign_form or {}, merge_form=merge_form or {},
                           feedback_form=feedback_form or {},
                           can_assign=can_assign, representatives=representatives), status


@bp.route(f"/leads/{LEAD_ID}")
@login_required
def lead_detail(lead_id: int):
    return _render_lead(lead_id)


@bp.route(f"/leads/{LEAD_ID}/events", methods=("POST",))
@login_required
def log_event(lead_id: int):
    form = request.form
    params = {
        "lead_id": lead_id,
        "event_type": _text(form, "event_type"),
        "note": _text(form, "note"),
        "new_status": _text(form, "new_status"),
        "next_step": _text(form, "next_step"),
        "next_step_at": _date(form, "next_step_at"),
        "client_token": _uuid(form, "client_token"),
    }
    try:
        row = db.call("log_event", **params)[0]
    except LeadbaseError as error:
        if error.http_status not in FORM_ERRORS:
            raise
        flash(user_message(error), "error")
        return _render_lead(lead_id, error.http_status, event_form=form.to_dict())
    if row["was_duplicate"]:
        flash(_("This interaction was already logged."), "info")
    else:
        flash(_("%(kind)s logged. Status: %(status)s.", kind=codes.label("event_type", params["event_type"]),
                status=codes.label("lead_status", row["status"])), "success")
    return redirect(url_for("leads.lead_detail", lead_id=lead_id))


@bp.route(f"/leads/{LEAD_ID}/feedback", methods=("POST",))
@login_required
def give_feedback(lead_id: int):
    form = request.form
    try:
        row = db.call("give_lead_feedback", lead_id=lead_id, reason_code=_text(form, "reason_code"),
                      note=_text(form, "note"))[0]
    except LeadbaseError as error:
        if error.http_status not in FORM_ERRORS:
            raise
        flash(user_message(error), "error")
        return _render_lead(lead_id, error.http_status, feedback_form=form.to_dict())
    flash(_("Feedback saved: %(reason)s.", reason=codes.label("feedback_reason", row["reason_code"])), "success")
    return redirect(url_for("leads.lead_detail", lead_id=lead_id))


@bp.route(f"/leads/{LEAD_ID}/assign", methods=("POST",))
@role_required("manager", "admin")
def assign(lead_id: int):
    form = request.form
    try:
        row = db.call("assign_lead", lead_id=lead_id, user_id=_int(form, "user_id"),
                      note=_text(form, "note"))[0]
    except LeadbaseError as error:
        if error.http_status not in FORM_ERRORS:
            raise
        flash(user_message(error), "error")
        return _render_lead(lead_id, error.http_status, assign_form=form.to_dict())
    if row["previous_user_id"] == row["user_id"]:
        flash(_("The lead was already assigned to this representative."), "info")
    else:
        flash(_("Lead assigned."), "success")
    return redirect(url_for("leads.lead_detail", lead_id=lead_id))


@bp.route(f"/leads/{LEAD_ID}/merge", methods=("POST",))
@role_required("manager", "admin")
def merge(lead_id: int):
    """Merges another lead of the same office into this one (app.merge_leads decides
    which leads may be merged, and what a merge moves)."""
    form = request.form
    try:
        row = db.call("merge_leads", survivor_lead_id=lead_id,
                      merged_lead_id=_int(form, "merged_lead_id", high=2**63 - 1), reason=_text(form, "reason"))[0]
    except LeadbaseError as error:
        if error.http_status not in FORM_ERRORS:
            raise
        flash(user_message(error), "error")
        return _render_lead(lead_id, error.http_status, merge_form=form.to_dict())
    flash(_("Lead %(merged)s is merged into this lead.", merged=row["merged_lead_id"]), "success")
    return redirect(url_for("leads.lead_detail", lead_id=lead_id))
