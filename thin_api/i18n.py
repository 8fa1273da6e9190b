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
from flask_babel import Babel, get_locale

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
    """The language of the current page: de, fr or en."""
    return str(get_locale() or FALLBACK)


def init_app(app) -> None:
    compile_catalogs()
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(TRANSLATIONS))
    app.config.setdefault("BABEL_DEFAULT_LOCALE", FALLBACK)
    Babel(app, locale_selector=select_language)
    app.jinja_env.globals["page_language"] = language
