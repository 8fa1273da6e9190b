"""Labels of coded values (status, event type, role, size category, NOGA branche, ...),
read from the database's lookup tables through app.list_codes: the one list of each.

The lists are the same for every user and change only with a deploy (reference rows
are inserted when missing, never edited by a screen), so each web process keeps them
for CACHE_SECONDS instead of reading some 750 rows on every request; a deploy shows
on screen at the latest that much later."""
import time

from flask import Blueprint, current_app, render_template
from markupsafe import Markup, escape

from . import db
from .i18n import language

bp = Blueprint("codes", __name__)

CACHE_SECONDS = 60.0


def _lists() -> dict[str, dict[str, dict]]:
    cache = current_app.extensions.setdefault("leadbase_code_lists", {})
    if cache.get("until", 0.0) < time.monotonic():
        lists: dict[str, dict[str, dict]] = {}
        for row in db.call("list_codes"):
            lists.setdefault(row["list_name"], {})[row["code"]] = row
        cache.update(lists=lists, options={}, until=time.monotonic() + CACHE_SECONDS)
    return cache["lists"]


def label(list_name: str, code: str | None) -> str:
    """The label of a code in the page's language; the code itself if unknown."""
    if not code:
        return ""
    row = _lists().get(list_name, {}).get(code)
    return row[f"label_{language()}"] if row else code


def items(list_name: str) -> list[tuple[str, str]]:
    """(code, label) of a list, in its sort order."""
    column = f"label_{language()}"  # once: the NOGA list alone has 703 codes
    return [(code, row[column]) for code, row in _lists().get(list_name, {}).items()]


def options(list_name: str, selected: str | None = None) -> Markup:
    """The <option> elements of a list in the page's language, the selected one
    marked. Rendered once per list and language while the lists are kept: the NOGA
    list's 703 options cost more to render than all the rest of a lead list page."""
    _lists()
    rendered = current_app.extensions["leadbase_code_lists"]["options"]
    key = (list_name, language())
    html = rendered.get(key)
    if html is None:
        html = rendered[key] = str(render_template("codes/options.html", list_name=list_name,
                                                   items=items(list_name)))
    if selected:
        value = f'value="{escape(selected)}"'
        html = html.replace(f"<option {value}>", f"<option {value} selected>", 1)
    return Markup(html)


@bp.app_context_processor
def code_helpers():
    return {"code_label": label, "code_items": items, "code_options": options}
