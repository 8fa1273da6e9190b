"""The representative's home page: the first page after sign-in for representatives
(managers and admins keep the lead list). Each part is one procedure of
db/CONTRACT.md (next_best_leads, my_alerts, my_open_leads, my_figures); "take next
lead" calls claim_next_lead, which decides atomically in the database."""
from flask import Blueprint, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from . import db
from .auth import role_required
from .error_text import user_message
from .errors import LeadbaseError

bp = Blueprint("home", __name__)

NEXT_BEST_ROWS = 10


def _render(status: int = 200):
    figures = db.call("my_figures")
    return render_template(
        "home.html",
        next_best=db.call("next_best_leads", max_rows=NEXT_BEST_ROWS),
        alerts=db.call("my_alerts"),
        open_leads=db.call("my_open_leads"),
        contacts={f["figure"]: f["value"] for f in figures if f["stage"] is None},
        stages=[f for f in figures if f["figure"] == "leads_by_stage"],
    ), status


@bp.route("/home")
@role_required("representative")
def home():
    return _render()


@bp.route("/home/claim", methods=("POST",))
@role_required("representative")
def claim():
    try:
        rows = db.call("claim_next_lead")
    except LeadbaseError as error:
        if error.http_status != 409:  # at capacity: said on the page
            raise
        flash(user_message(error), "error")
        return _render(409)
    if not rows:
        flash(_("There is no lead left to take in your office."), "info")
        return redirect(url_for("home.home"))
    flash(_("You took %(company)s.", company=rows[0]["company_name"]), "success")
    return redirect(url_for("leads.lead_detail", lead_id=rows[0]["lead_id"]))
