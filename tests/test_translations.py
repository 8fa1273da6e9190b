"""Every message the web tier shows is translated: the messages extracted from
thin_api's Python files and templates (babel.cfg) each have a German and a French
translation in thin_api/translations, with the same placeholders; and the
languages the web tier has are the languages of core.language."""
import re

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from thin_api import i18n

from . import contract

KEYWORDS = {"_": None, "_l": None, "gettext": None, "lazy_gettext": None, "ngettext": (1, 2)}
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def _extracted() -> set[str]:
    config = contract.ROOT / "babel.cfg"
    from babel.messages.frontend import parse_mapping_cfg

    with config.open() as f:
        method_map, options_map = parse_mapping_cfg(f)
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            contract.ROOT / "thin_api", method_map, options_map, keywords=KEYWORDS):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


@pytest.fixture(scope="module")
def extracted():
    return _extracted()


def _catalog(language: str) -> dict:
    path = i18n.TRANSLATIONS / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as f:
        return {(m.id[0] if isinstance(m.id, tuple) else m.id): m for m in read_po(f, locale=language) if m.id}


@pytest.mark.parametrize("language", ["de", "fr"])
def test_every_message_is_translated_with_its_placeholders(extracted, language):
    catalog = _catalog(language)
    assert len(extracted) > 100
    missing = sorted(m for m in extracted if m not in catalog or not all(
        (catalog[m].string if isinstance(catalog[m].string, tuple) else (catalog[m].string,))))
    assert missing == [], f"{language}: messages without a translation: {missing}"
    for message in extracted:
        strings = catalog[message].string
        for string in strings if isinstance(strings, tuple) else (strings,):
            assert set(PLACEHOLDER.findall(string)) <= set(PLACEHOLDER.findall(message)) | {"num"}, \
                (language, message, string)
        assert "fuzzy" not in catalog[message].flags


def test_the_web_tiers_languages_are_core_language(engine):
    assert [r["code"] for r in engine.call("list_codes", list_name="language")] == list(i18n.LANGUAGES)


@pytest.mark.parametrize("language", ["de", "en", "fr"])
def test_every_message_is_in_its_catalog_once(language):
    # read_po keeps one of two entries with the same id without a word; two branches
    # adding the same message would leave one translation silently unused.
    path = i18n.TRANSLATIONS / language / "LC_MESSAGES" / "messages.po"
    ids = re.findall(r'^msgid "(.+)"$', path.read_text(encoding="utf-8"), flags=re.M)
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
