"""Suppression lists into the database (issue 9): an admin's Robinson-style list of
companies, phones, e-mail addresses or domains that refused advertising.

The file is read by the partner-file reader (thin_api/imports.py: CSV in UTF-8 or
Windows-1252, comma, semicolon or tab, quoted line breaks; XLSX; streaming), its
columns recognised by header (HEADERS), and its rows go to app.add_suppressions in
chunks of CHUNK_ENTRIES, all in one transaction (Gateway.session(atomic=True)): a
list lands whole or not at all, and memory stays flat. Which keys an entry has,
which leads it marks and whether an entry is usable is the database's business;
this module only translates the positions the database names into row numbers.
"""
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import imports
from .errors import LeadbaseError

CHUNK_ENTRIES = 1000

# The headers a suppression file may use, in German, French and English, each for
# the app.add_suppressions field it fills (lower case; the reader lower-cases and
# trims a header before it looks it up). Kept here and not in the database, unlike a
# partner's column mapping (core.partner_column): that one is data an admin edits per
# partner (app.save_partner), whereas this list belongs to the file format, the same
# for every upload and edited by nobody; it names no rule (the database still decides
# what a key is and whether a row has one). app.add_suppressions' own field names are
# accepted as they are, so a DBA's JSON and a file's header can say the same thing.
HEADERS = {
    "company_name": ("company_name", "company", "company name", "firma", "firmenname", "unternehmen",
                     "raison sociale", "entreprise", "société", "societe", "nom de l'entreprise",
                     "nom de l’entreprise"),
    "plz": ("plz", "npa", "postleitzahl", "code postal", "postal code", "postcode", "zip", "zip code"),
    "uid": ("uid", "ide", "uid/ide", "uid-nummer", "uid nummer", "numéro ide", "no ide", "che"),
    "phone": ("phone", "telephone", "téléphone", "telefon", "telefonnummer", "tel", "tel.", "tél", "tél.",
              "phone number", "numéro de téléphone"),
    "email": ("email", "e-mail", "mail", "e-mail-adresse", "courriel", "adresse e-mail", "email address",
              "e-mail address"),
    "website": ("website", "web site", "domain", "domäne", "domaine", "webseite", "internet", "site web",
                "site internet", "url", "www"),
    "until_date": ("until_date", "until", "bis", "gültig bis", "jusqu'au", "jusqu’au", "valable jusqu'au",
                   "valable jusqu’au", "valid until"),
}
MAPPING = {header: name for name, headers in HEADERS.items() for header in headers}
KEY_FIELDS = ("company_name", "plz", "uid", "phone", "email", "website")
# A date as a Swiss file writes it (31.12.2027) becomes the ISO date the database
# takes; anything else goes as written, so that the database names the row.
_SWISS_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
_BAD_ENTRIES = re.compile(r"Entries (\d+(?:, \d+)*)(?: and (\d+) more)? have no usable key")


@dataclass
class SuppressionOutcome:
    entry_count: int = 0
    key_count: int = 0
    lead_count: int = 0
    ignored_columns: list = field(default_factory=list)


class SuppressionFileError(Exception):
    """A file that cannot become a suppression list; nothing was written.
    kind: 'no_key_column' (no header names a key), 'empty' (no data row) or
    'bad_rows' (rows without a usable key or date: `rows`, plus `more` not named)."""

    def __init__(self, kind: str, rows: list[int] | None = None, more: int = 0, detail: str = ""):
        super().__init__(f"{kind}: rows {rows or []} (+{more}) {detail}".strip())
        self.kind, self.rows, self.more, self.detail = kind, rows or [], more, detail


def _entry(record: dict) -> dict:
    until = record.get("until_date")
    if until is not None:
        swiss = _SWISS_DATE.match(until)
        record["until_date"] = (f"{swiss.group(3)}-{int(swiss.group(2)):02d}-{int(swiss.group(1)):02d}"
                                if swiss else until.strip())
    return record


def _send(session, chunk: list[tuple[int, dict]], outcome: SuppressionOutcome) -> None:
    try:
        [result] = session.call("add_suppressions", entries=json.dumps([entry for _, entry in chunk]))
    except LeadbaseError as error:
        found = _BAD_ENTRIES.search(error.message) if error.number == 50400 else None
        if not found:
            raise
        positions = [int(n) for n in found.group(1).split(", ")]
        rows = [chunk[n - 1][0] for n in positions if 0 < n <= len(chunk)]
        raise SuppressionFileError("bad_rows", rows, int(found.group(2) or 0), error.message) from None
    outcome.entry_count += result["entry_count"]
    outcome.key_count += result["key_count"]
    outcome.lead_count += result["lead_count"]


def add_suppression_file(gateway, user_id: int, path: Path, progress: imports.Progress | None = None,
                         chunk_entries: int = CHUNK_ENTRIES) -> SuppressionOutcome:
    """Adds the suppression list in `path` as app user `user_id` (an admin). Raises
    SuppressionFileError for a file that has no key column, no row, or rows the
    database refuses (named by their row numbers: the data rows counted from 1, as
    for partner files), LeadbaseError for the database's other refusals (403), and
    the reader's errors for a file that is not CSV or XLSX; in every case nothing
    is written."""
    facts = imports.inspect(Path(path))
    targets, ignored, records = imports.read_table(facts, MAPPING, progress, fields=())
    outcome = SuppressionOutcome(ignored_columns=ignored)
    if not any(t in KEY_FIELDS for t in targets):
        records.close()
        raise SuppressionFileError("no_key_column", detail=", ".join(ignored))
    with gateway.session(as_user=user_id, atomic=True) as session:
        chunk: list[tuple[int, dict]] = []
        for row_no, record in records:
            chunk.append((row_no, _entry(record)))
            if len(chunk) == chunk_entries:
                _send(session, chunk, outcome)
                chunk = []
        if chunk:
            _send(session, chunk, outcome)
        if not outcome.entry_count:
            raise SuppressionFileError("empty")
    return outcome
