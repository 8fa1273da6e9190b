"""Labels of coded values (status, event type, role, size category, NOGA branche),
read from the database's lookup tables through app.list_codes: the one list of each.
Loaded once per request, in the language of the page."""
from flask import Blueprint, g

from . import db
from .i18n import language

bp = Blueprint("codes", __name__)


def _lists() -> dict[str, dict[str, dict]]:
    if "code_lists" not in g:
        lists: dict[str, dict[str, dict]] = {}
        for row in db.call("list_codes"):
            lists.setdefault(row["list_name"], {})[row["code"]] = row
        g.code_lists = lists
    return g.code_lists


def label(list_name: str, code: str | None) -> str:
    """The label of a code in the page's language; the code itself if unknown."""
    if not code:
        return ""
    row = _lists().get(list_name, {}).get(code)
    return row[f"label_{language()}"] if row else code


def items(list_name: str) -> list[tuple[str, str]]:
    """(code, label) of a list, in its sort order."""
    return [(code, row[f"label_{language()}"]) for code, row in _lists().get(list_name, {}).items()]


@bp.app_context_processor
def code_helpers():
    return {"code_label": label, "code_items": items}
