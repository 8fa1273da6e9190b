"""The manager's office: the dashboard (charts with their numbers), the team page
and a representative's own figures, now or as the database knew them on a past day.

Every figure is a row of app.get_kpis (one definition each, db/CONTRACT.md "KPIs")
or of app.get_partner_quality; this module only picks the rows a chart shows and
draws them (thin_api/templates/dashboard/_charts.html, SVG made on the server)."""
from datetime import datetime, time, timedelta

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext

from . import codes, db, exports
from .auth import login_required, role_required
from .error_text import invalid_value, user_message
from .errors import LeadbaseError
from .formats import LOCAL_TIME, swiss_number
from .leads import FORM_ERRORS, _date, _int, _text

bp = Blueprint("dashboard", __name__, url_prefix="/dashboard")

MANAGERS = ("manager", "admin")


def offices_of_user() -> list[str]:
    return [code for code in (g.user["office_codes"] or "").split(",") if code]


def filters() -> dict:
    """The dashboard's filters from the query string: the procedure's parameters,
    and the form's values to show again. An as-of day means the end of that day
    (Swiss time); today means now."""
    args = request.args
    form = {name: args.get(name, "") for name in ("period_from", "period_to", "office", "user_id", "as_of")}
    offices = offices_of_user()
    office = _text(args, "office") or (offices[0] if offices else None)
    if office not in offices:
        abort(400, invalid_value("office_code", _("It must be one of your offices.")))
    user_id = _int(args, "user_id")
    if g.user["role_code"] not in MANAGERS:
        user_id = g.user["user_id"]  # a representative's own figures (the database allows no other)
    as_of_day = _date(args, "as_of")
    today = datetime.now(LOCAL_TIME).date()
    as_of = None
    if as_of_day is not None and as_of_day > today:
        abort(400, invalid_value("as_of", _("It must not be in the future.")))
    if as_of_day is not None and as_of_day < today:
        as_of = datetime.combine(as_of_day + timedelta(days=1), time(0), LOCAL_TIME)
    params = {"period_from": _date(args, "period_from"), "period_to": _date(args, "period_to"),
              "office_code": office, "user_id": user_id, "as_of": as_of}
    form["office"] = office
    return {"params": params, "form": form, "offices": offices, "as_of_day": as_of_day}


def figures_by_kpi(rows: list[dict], user_id: int | None) -> dict[str, list[dict]]:
    """The rows of one scope (an office, or one representative), by KPI."""
    found: dict[str, list[dict]] = {}
    for row in rows:
        if row["user_id"] == user_id:
            found.setdefault(row["kpi_code"], []).append(row)
    return found


@bp.app_template_filter()
def percent(value) -> str:
    return "" if value is None else f"{float(value) * 100:.1f} %"


def _count(value) -> str:
    return swiss_number(int(value or 0))


def charts(rows: list[dict], user_id: int | None, quality: list[dict]) -> dict:
    """What each chart draws: label, value and the text beside the bar."""
    scope = figures_by_kpi(rows, user_id)
    single = {kpi: found[0] for kpi, found in scope.items() if found[0]["bucket"] is None}
    # Available leads belong to nobody: the office's figure, also beside one person's.
    office_available = figures_by_kpi(rows, None).get("available")
    if office_available:
        single["available"] = office_available[0]
    funnel = [{"label": codes.label("lead_status", r["bucket"]), "value": r["value"], "rate": r["rate"],
               "base": r["base"], "text": f"{_count(r['value'])} · {percent(r['rate'])}"}
              for r in scope.get("conversion", [])]
    months = [{"label": r["bucket"], "value": r["rate"] or 0, "count": r["value"], "base": r["base"],
               "rate": r["rate"]} for r in scope.get("conversion_month", [])]
    aged = {r["bucket"]: r["value"] for r in scope.get("aging", [])}
    aging = [{"label": label, "value": aged.get(code, 0), "text": _count(aged.get(code, 0))}
             for code, label in codes.items("aging_bucket")]
    team = [{"label": r["display_name"], "value": r["value"], "text": _count(r["value"])}
            for r in rows if r["kpi_code"] == "assigned" and r["user_id"] is not None]
    available = single.get("available") if user_id is None else None  # the team chart: whole office only
    if available is not None:
        team.append({"label": _("Available (unassigned)"), "value": available["value"],
                     "text": _count(available["value"]), "available": True})
    partners = [{"label": q["partner_name"], "value": q["won_share"] or 0, "text": percent(q["won_share"]),
                 **q} for q in quality]
    return {"single": single, "funnel": funnel, "months": months, "aging": aging, "team": team,
            "partners": partners}


def _people() -> list[dict]:
    if g.user["role_code"] not in MANAGERS:
        return []
    return db.call("list_users", role_code="representative")


def _render(template: str, **context):
    chosen = filters()
    status, rows, quality = 200, [], []
    try:
        rows = db.call("get_kpis", **chosen["params"])
        if g.user["role_code"] in MANAGERS and chosen["params"]["user_id"] is None:
            quality = db.call("get_partner_quality")
    except LeadbaseError as error:
        if error.http_status not in FORM_ERRORS:
            raise
        status = error.http_status
        chosen["error"] = user_message(error)
    return render_template(template, rows=rows, chosen=chosen, people=_people(),
                           charts=charts(rows, chosen["params"]["user_id"], quality),
                           is_manager=g.user["role_code"] in MANAGERS, **context), status


@bp.route("")
@login_required
def dashboard():
    return _render("dashboard/dashboard.html")


@bp.route("/team")
@login_required
def team():
    """Per representative: their rows of app.get_kpis, one line each; for managers also
    their alerts now (app.team_alerts) and a form to hand their open leads over."""
    return _render_team()


def _render_team(status: int | None = None, handover: dict | None = None):
    alerts = []
    if g.user["role_code"] in MANAGERS:
        alerts = db.call("team_alerts", office_code=filters()["params"]["office_code"])
    page, code = _render("dashboard/team.html", alerts=alerts, handover=handover or {})
    return page, status or code


@bp.route("/team/handover", methods=("POST",))
@role_required(*MANAGERS)
def handover():
    """Every open lead of one representative to another, with the reason
    (app.assign_leads with from_user_id: the database decides who may take them)."""
    form = request.form
    from_user_id, user_id = _int(form, "from_user_id"), _int(form, "user_id")
    try:
        rows = db.call("assign_leads", from_user_id=from_user_id, user_id=user_id, note=_text(form, "note"))
    except LeadbaseError as error:
        if error.http_status not in FORM_ERRORS + (404,):
            raise
        flash(user_message(error), "error")
        return _render_team(error.http_status, handover=form.to_dict())
    flash(ngettext("%(num)s open lead handed over.", "%(num)s open leads handed over.", len(rows)), "success")
    return redirect(url_for("dashboard.team", **request.args))


# app.get_kpis' result columns, the header of an export (also when it has no rows).
KPI_COLUMNS = ["kpi_code", "office_code", "user_id", "display_name", "bucket", "sort_order", "value", "base", "rate"]


@bp.route("/export.<any(csv, xlsx):fmt>")
@login_required
def export(fmt: str):
    """The KPI rows of the dashboard's filters (one KPI with ?kpi_code=), streamed."""
    params = filters()["params"]
    rows = db.call("get_kpis", kpi_code=_text(request.args, "kpi_code"), **params)
    return exports.response(fmt, "kpis", KPI_COLUMNS, rows)


# app.get_partner_quality's result columns.
PARTNER_COLUMNS = ["partner_code", "partner_name", "batch_count", "row_count", "new_share", "refreshed_share",
                   "suppressed_share", "duplicate_share", "invalid_share", "lead_count", "contacted_share",
                   "won_share", "data_inaccurate_count", "data_inaccurate_share"]


@bp.route("/partners.<any(csv, xlsx):fmt>")
@role_required(*MANAGERS)
def partner_export(fmt: str):
    return exports.response(fmt, "partner_quality", PARTNER_COLUMNS, db.call("get_partner_quality"))


# app.list_inaccurate_leads' result columns: the findings to send back to a partner.
INACCURATE_COLUMNS = ["partner_code", "partner_name", "batch_id", "file_name", "received_at", "lead_id",
                      "office_code", "rated_at", "rated_by", "note", "company_name", "legal_form", "uid", "street",
                      "plz", "ort", "canton", "phone", "email", "website", "branche", "size_category"]


@bp.route("/partners/inaccurate.<any(csv, xlsx):fmt>")
@role_required(*MANAGERS)
def inaccurate_export(fmt: str):
    """The "data inaccurate" findings of one partner (?partner_code=) or of all, with
    the fields as the partner delivered them."""
    partner = _text(request.args, "partner_code")
    rows = db.call("list_inaccurate_leads", partner_code=partner)
    return exports.response(fmt, f"data_inaccurate_{partner}" if partner and partner.isidentifier()
                            else "data_inaccurate", INACCURATE_COLUMNS, rows)


@bp.app_template_global()
def team_lines(rows: list[dict]) -> list[dict]:
    """One line per representative: {kpi_code: row} and activity per event type."""
    lines: dict[int, dict] = {}
    for row in rows:
        if row["user_id"] is None:
            continue
        line = lines.setdefault(row["user_id"], {"display_name": row["display_name"], "kpi": {}, "activity": {}})
        if row["kpi_code"] == "activity":
            line["activity"][row["bucket"]] = row["value"]
        elif row["kpi_code"] == "conversion":
            line["kpi"][f"conversion_{row['bucket']}"] = row
        elif row["bucket"] is None:
            line["kpi"][row["kpi_code"]] = row
    return sorted(lines.values(), key=lambda line: line["display_name"] or "")
