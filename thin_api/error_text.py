"""Procedure errors in the user's language. The database keeps stable error numbers
and English messages for DBAs; screens show a sentence chosen by the error number
and, for invalid parameters (50400), the parameters named in the message, each by
its label on the screen. A message whose parameters this table does not know is
shown in English, as the database wrote it; so is every message on an English page."""
import re

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from .errors import LeadbaseError
from .i18n import language

# The parameters of the procedures the screens call, as the screens label them.
FIELDS = {
    "as_of": _l("As of"),
    "assigned_to": _l("Assigned to"),
    "branche": _l("Branche"),
    "client_token": _l("Form"),
    "display_name": _l("Name"),
    "event_type": _l("Kind"),
    "holdout_percent": _l("Held out, in percent"),
    "is_active": _l("Active"),
    "language_code": _l("Language"),
    "lead_capacity": _l("Capacity"),
    "lead_id": _l("Lead"),
    "merged_lead_id": _l("Lead no. to merge into this one"),
    "login_name": _l("Login"),
    "mapping": _l("PLZ ranges"),
    "new_status": _l("New status"),
    "next_step": _l("Next step"),
    "next_step_at": _l("Next step by"),
    "note": _l("Note"),
    "office_code": _l("Office"),
    "office_codes": _l("Offices"),
    "page": _l("Page"),
    "page_size": _l("Per page"),
    "password_hash": _l("Password"),
    "period_from": _l("From"),
    "period_to": _l("To"),
    "plz_from": _l("PLZ from"),
    "plz_to": _l("PLZ to"),
    "kpi_code": _l("Figure"),
    "reason": _l("Reason"),
    "role_code": _l("Role"),
    "search": _l("Search"),
    "sort": _l("Sort"),
    "status": _l("Status"),
    "status_code": _l("Status"),
    "trained_from": _l("Training from"),
    "trained_to": _l("Training to"),
    "user_id": _l("Representative"),
    "window_months": _l("Months"),
}
BY_NUMBER = {
    50401: _l("Please sign in again."),
    50403: _l("Your role or office does not allow this."),
    50404: _l("Not found."),
    50409: _l("This does not fit the current state of the data."),
}
_PARAMETER = re.compile(r"The value for the parameter (\w+) is not supported")


def user_message(error: LeadbaseError) -> str:
    """The sentence for the user; the database's English text where none fits."""
    if language() == "en":
        return error.message  # the database's words are English already, and precise
    if error.number == 50400:
        names = list(dict.fromkeys(_PARAMETER.findall(error.message)))
        if names and all(name in FIELDS for name in names):
            return _("Please check: %(fields)s.", fields=", ".join(str(FIELDS[n]) for n in names))
        return error.message
    if error.number in BY_NUMBER:
        return str(BY_NUMBER[error.number])
    return error.message


def invalid_value(name: str, why: str) -> str:
    """The web tier's own check of a form value (before any procedure is called)."""
    return _("%(field)s: %(why)s", field=str(FIELDS.get(name, name)), why=why)
