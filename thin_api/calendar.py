"""The calendar: a user's follow-ups as an iCalendar feed behind a secret link, and
one follow-up of a lead page as an .ics download.

Which follow-ups exist and whose they are is decided by the database
(app.read_calendar_feed, app.get_lead_follow_up, db/CONTRACT.md "Calendar feed");
the secret is made, hashed, replaced and revoked there (app.create_calendar_feed,
app.revoke_calendar_feed). Here: the profile's section, the routes, and the text
(thin_api/icalendar.py).

/calendar/<secret>.ics needs no sign-in: a calendar app fetches it on its own. It is
read in a transaction of its own without a user, whatever session cookie came
along, as the database requires. An unknown or revoked secret gets the same empty
calendar as a user without follow-ups.
"""
from urllib.parse import urlsplit

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from . import db, icalendar
from .auth import login_required
from .leads import LEAD_ID

bp = Blueprint("calendar", __name__)

REFRESH_HOURS = 1  # what the feed asks subscribed clients to keep to


def _uid_host() -> str:
    return urlsplit("//" + request.host).hostname or "leadbase"


def _event(row: dict) -> list[str]:
    url = url_for("leads.lead_detail", lead_id=row["lead_id"], _external=True)
    return icalendar.follow_up_event(row, url, _uid_host())


def _ics(text: str, filename: str, attachment: bool) -> Response:
    response = Response(text, mimetype="text/calendar")
    disposition = "attachment" if attachment else "inline"
    response.headers["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    # The feed's address is a secret and its content personal: no shared caches, no index.
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Robots-Tag"] = "noindex"
    return response


@bp.route("/calendar/<secret>.ics")
def feed(secret: str):
    rows = db.gateway().call("read_calendar_feed", secret=secret)
    text = icalendar.calendar([_event(r) for r in rows], name="Leadbase", refresh_hours=REFRESH_HOURS)
    return _ics(text, "leadbase.ics", attachment=False)


@bp.route(f"/leads/{LEAD_ID}/follow-up.ics")
@login_required
def follow_up(lead_id: int):
    rows = db.call("get_lead_follow_up", lead_id=lead_id)
    if not rows:
        # One answer for a lead without a dated next step, a closed, a missing and a foreign one.
        abort(404, _("This lead has no follow-up with a date."))
    return _ics(icalendar.calendar([_event(rows[0])]), f"follow-up-{lead_id}.ics", attachment=True)


# --- the profile's section -----------------------------------------------------------

def feed_url(secret: str) -> str:
    return url_for("calendar.feed", secret=secret, _external=True)


@bp.app_context_processor
def calendar_feed_state():
    """The profile's section reads the caller's link state (app.my_calendar_feed)."""
    def state():
        rows = db.call("my_calendar_feed")
        return rows[0] if rows and rows[0]["revoked_at"] is None else None
    return {"calendar_feed": state}


@bp.route("/profile/calendar", methods=("POST",))
@login_required
def create():
    [row] = db.call("create_calendar_feed")
    # Shown in this answer only: the database keeps just the secret's hash, and a
    # redirect would have to carry the secret in the (signed, not encrypted) cookie.
    flash(_("Your calendar link is ready. Copy it now: it is shown only this once."), "success")
    return render_template("profile.html", new_calendar_url=feed_url(row["secret"]))


@bp.route("/profile/calendar/revoke", methods=("POST",))
@login_required
def revoke():
    rows = db.call("revoke_calendar_feed")
    if rows:
        flash(_("Your calendar link is revoked. Calendars that subscribed to it will be empty."), "success")
    return redirect(url_for("profile.profile") + "#calendar")
