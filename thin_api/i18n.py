"""Languages of the web tier: German, French and English through Flask-Babel, with
gettext catalogs in thin_api/translations/<language>/LC_MESSAGES/messages.po.

The page's language is the signed-in user's preferred language (core.app_user.
language_code, from app.whoami); before sign-in the browser's Accept-Language
decides; German is the fallback. The catalogs are compiled (.po -> .mo) when the
app starts and a .mo is missing or older than its .po, so no hand step is needed;
the .mo files are not committed.
"""
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from flask import g, request
from flask_babel import Babel, get_locale, get_translations

TRANSLATIONS = Path(__file__).parent / "translations"
# The catalogs this web tier has; core.language lists the same codes (a test checks).
LANGUAGES = ("de", "fr", "en")
FALLBACK = "de"


def compile_catalogs() -> None:
    for po in TRANSLATIONS.glob("*/LC_MESSAGES/messages.po"):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            with po.open("rb") as source:
                catalog = read_po(source)
            with mo.open("wb") as target:
                write_mo(target, catalog)


def select_language() -> str:
    user = g.get("user")
    if user and user.get("language_code") in LANGUAGES:
        return user["language_code"]
    return request.accept_languages.best_match(LANGUAGES) or FALLBACK


def language() -> str:
    """The language of the current page: de, fr or en. Kept for the request, as
    Flask-Babel keeps the locale once chosen; a list page asks for every label."""
    page_language = g.get("page_language")
    if page_language is None:
        page_language = g.page_language = str(get_locale() or FALLBACK)
    return page_language


def _catalog():
    """The page's catalog, looked up once per request. Flask-Babel looks it up again
    on every call (about 40 µs), and a lead list page translates some 190 strings.
    Templates render after the user is loaded, so the page's language is settled."""
    catalog = g.get("page_catalog")
    if catalog is None:
        catalog = g.page_catalog = get_translations()
    return catalog


def init_app(app) -> None:
    compile_catalogs()
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(TRANSLATIONS))
    app.config.setdefault("BABEL_DEFAULT_LOCALE", FALLBACK)
    Babel(app, locale_selector=select_language)
    # Flask-Babel's template callables, with the catalog looked up once per request.
    app.jinja_env.install_gettext_callables(
        gettext=lambda s: _catalog().ugettext(s),
        ngettext=lambda s, p, n: _catalog().ungettext(s, p, n),
        pgettext=lambda c, s: _catalog().upgettext(c, s),
        npgettext=lambda c, s, p, n: _catalog().unpgettext(c, s, p, n),
        newstyle=True)
    app.jinja_env.globals["page_language"] = language
