"""Partner files into the database: the one Python part of the import (issue 9).

Reads a partner file as a stream and hands its rows to the database, which decides
everything (app.import_batch). Nothing here judges a row: no validation, no
matching, no routing.

- Formats: CSV in UTF-8 (with or without BOM) or Windows-1252, comma, semicolon or
  tab, quoted fields with line breaks; XLSX (openpyxl, read-only streaming).
- Headers go through the partner's column mapping (app.get_partner_columns); a
  header that names a Leadbase field is that field; other columns are ignored.
- One pass hashes the file (the batch's content hash) and checks whether it is
  UTF-8; the second streams the rows into stage.import_row: COPY on PostgreSQL,
  JSON chunks through app.stage_import_rows on SQL Server. Memory stays flat.
- app.start_import commits the batch first; staging and app.import_batch share one
  transaction, so a file lands whole or not at all. On failure the batch is marked
  failed (app.fail_import); a killed process leaves it 'receiving'.
"""
import codecs
import contextlib
import csv
import hashlib
import io
import json
import os
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, time, timezone
from pathlib import Path
from typing import Callable, Iterator

FIELDS = ("company_name", "legal_form", "uid", "street", "plz", "ort", "canton", "phone", "email",
          "website", "branche", "size_category", "no_advertising")
CHUNK = 1 << 20
JSON_CHUNK_ROWS = 2000

Progress = Callable[[int, int], None]  # (bytes read, total bytes)


@dataclass
class FileFacts:
    path: Path
    size: int
    content_hash: str
    kind: str          # csv | xlsx
    encoding: str      # utf-8-sig | cp1252 (CSV only)


@dataclass
class ImportOutcome:
    batch_id: int
    already_imported: bool
    counts: dict = field(default_factory=dict)
    ignored_columns: list = field(default_factory=list)


def read_errors() -> tuple:
    """What the reader raises on a file that is not a readable CSV or XLSX."""
    from openpyxl.utils.exceptions import InvalidFileException

    return (UnicodeError, csv.Error, zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError)


def inspect(path: Path) -> FileFacts:
    """Hash the file and tell its kind and text encoding, reading it once in chunks."""
    digest, decoder, utf8 = hashlib.sha256(), codecs.getincrementaldecoder("utf-8")(), True
    with open(path, "rb") as f:
        head = f.read(4)
        f.seek(0)
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
        if utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8 = False
    kind = "xlsx" if head.startswith(b"PK\x03\x04") else "csv"
    return FileFacts(path, os.path.getsize(path), digest.hexdigest(), kind, "utf-8-sig" if utf8 else "cp1252")


class _CountingReader(io.RawIOBase):
    """A binary file that reports how far it has been read (for the progress bar)."""

    def __init__(self, raw, progress: Progress | None, total: int):
        self.raw, self.progress, self.total, self.done = raw, progress, total, 0

    def readable(self):
        return True

    def readinto(self, buffer):
        n = self.raw.readinto(buffer)
        self.done += n or 0
        if self.progress:
            self.progress(self.done, self.total)
        return n


def _csv_rows(facts: FileFacts, progress: Progress | None) -> Iterator[list[str]]:
    with open(facts.path, "rb") as raw:
        counted = io.BufferedReader(_CountingReader(raw, progress, facts.size), CHUNK)
        text = io.TextIOWrapper(counted, encoding=facts.encoding, newline="")
        first = text.readline()
        delimiter = max(";,\t", key=first.count) if first else ","
        yield from csv.reader(_chain([first], text), delimiter=delimiter)


def _chain(first: list[str], rest) -> Iterator[str]:
    yield from first
    yield from rest


def _xlsx_rows(facts: FileFacts, progress: Progress | None) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    workbook = load_workbook(facts.path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        for n, values in enumerate(sheet.iter_rows(values_only=True), 1):
            if progress and n % 1000 == 0:
                progress(min(facts.size, n * 100), facts.size)
            yield ["" if v is None else _cell_text(v) for v in values]
        if progress:
            progress(facts.size, facts.size)
    finally:
        workbook.close()


def _cell_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))       # a PLZ typed as a number reads 6003, not 6003.0
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date().isoformat()  # a date cell reads 2027-12-31, not 2027-12-31 00:00:00
    return str(value)


def read_records(facts: FileFacts, mapping: dict[str, str], progress: Progress | None = None,
                 fields: tuple[str, ...] = FIELDS):
    """(ignored headers, iterator of (row_no, {field: text})) for the file's data rows;
    wholly empty lines are skipped, row numbers count the data rows read. A header is
    mapped through `mapping` (lower case) or, when it is one of `fields`, is that
    field (partner files: FIELDS; suppression lists pass their own mapping)."""
    _, ignored, records = read_table(facts, mapping, progress, fields)
    return ignored, records


def read_table(facts: FileFacts, mapping: dict[str, str], progress: Progress | None = None,
               fields: tuple[str, ...] = FIELDS):
    """read_records, with the field of each column first (None: ignored)."""
    rows = _xlsx_rows(facts, progress) if facts.kind == "xlsx" else _csv_rows(facts, progress)
    header = next(rows, [])
    targets = []
    for name in header:
        key = name.strip().lower()
        targets.append(mapping.get(key) or (key if key in fields else None))
    ignored = [h for h, t in zip(header, targets) if t is None and h.strip()]

    def records():
        row_no = 0
        for values in rows:
            if not any(v.strip() for v in values):
                continue
            row_no += 1
            record = {}
            for target, value in zip(targets, values):
                if target and value.strip():
                    record[target] = value.replace("\x00", "")
            yield row_no, record

    return targets, ignored, records()


def _copy_postgres(session, batch_id: int, records) -> int:
    columns = ("batch_id", "row_no") + FIELDS
    count = 0
    session.begin()  # COPY runs in the import's transaction, as its caller
    with session.conn.cursor() as cur:
        with cur.copy(f"COPY stage.import_row ({', '.join(columns)}) FROM STDIN") as copy:
            for row_no, record in records:
                copy.write_row((batch_id, row_no) + tuple(record.get(f) for f in FIELDS))
                count += 1
    return count


def _stage_json(session, batch_id: int, records) -> int:
    chunk, count = [], 0
    for row_no, record in records:
        chunk.append({"row_no": row_no, **record})
        if len(chunk) == JSON_CHUNK_ROWS:
            session.call("stage_import_rows", batch_id=batch_id, rows=json.dumps(chunk))
            count, chunk = count + len(chunk), []
    if chunk:
        session.call("stage_import_rows", batch_id=batch_id, rows=json.dumps(chunk))
        count += len(chunk)
    return count


def import_file(gateway, user_id: int, path: Path, partner_code: str, received_at: datetime | None = None,
                progress: Progress | None = None, file_name: str | None = None) -> ImportOutcome:
    """Imports one partner file as app user `user_id` (a manager or admin). file_name:
    the name the batch records (the web upload's original name; default the path's)."""
    path = Path(path)
    facts = inspect(path)
    received_at = received_at or datetime.now(timezone.utc)
    mapping = {r["source_header"]: r["field_name"]
               for r in gateway.call("get_partner_columns", as_user=user_id, partner_code=partner_code)}
    [batch] = gateway.call("start_import", as_user=user_id, partner_code=partner_code,
                           file_name=(file_name or path.name)[:260],
                           content_hash=facts.content_hash, received_at=received_at)
    if batch["already_imported"]:
        return ImportOutcome(batch["batch_id"], True)
    try:
        ignored, records = read_records(facts, mapping, progress)
        with gateway.session(as_user=user_id) as session:
            stage = _copy_postgres if gateway.engine == "postgres" else _stage_json
            stage(session, batch["batch_id"], records)
            [result] = session.call("import_batch", batch_id=batch["batch_id"])
    except BaseException as error:
        with contextlib.suppress(Exception):  # the original error is the one to report
            gateway.call("fail_import", as_user=user_id, batch_id=batch["batch_id"],
                         error_message=f"{type(error).__name__}: {error}"[:4000])
        raise
    counts = {k: result[k] for k in ("row_count", "new_count", "refreshed_count", "suppressed_count",
                                     "duplicate_count", "invalid_count", "other_office_count")}
    return ImportOutcome(batch["batch_id"], bool(result["already_imported"]), counts, ignored)
