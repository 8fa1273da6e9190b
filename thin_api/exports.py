"""Streamed exports of procedure results: CSV as Swiss Excel opens it (UTF-8 with a
byte-order mark, `;` between fields) and XLSX (one sheet, written row by row into a
zip stream). Rows go out as they come, so memory stays flat however many there are;
what the rows are, and whose, is the procedures' business."""
import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from xml.sax.saxutils import escape

from flask import Response, stream_with_context

from .formats import LOCAL_TIME

CHUNK_ROWS = 500


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(LOCAL_TIME).strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def csv_chunks(header: list[str], rows: Iterable[dict]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    yield "\ufeff".encode() + buffer.getvalue().encode()
    buffer.seek(0), buffer.truncate()
    for count, row in enumerate(rows, 1):
        writer.writerow([_cell_text(row.get(name)) for name in header])
        if count % CHUNK_ROWS == 0:
            yield buffer.getvalue().encode()
            buffer.seek(0), buffer.truncate()
    yield buffer.getvalue().encode()


class _Sink(io.RawIOBase):
    """A write-only, unseekable file that hands its bytes on: zipfile then writes
    data descriptors instead of seeking back."""

    def __init__(self):
        self.parts: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.parts.append(bytes(data))
        return len(data)

    def drain(self) -> bytes:
        data, self.parts = b"".join(self.parts), []
        return data


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>')
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def _workbook(sheet_name: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{escape(sheet_name[:31], {chr(34): "&quot;"})}" sheetId="1" r:id="rId1"/>'
            '</sheets></workbook>')


def _xlsx_cell(value) -> str:
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return f"<c><v>{value}</v></c>"
    text = _cell_text(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        text = value.isoformat()
    # XML 1.0 cannot carry most control characters; they are dropped.
    text = "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)
    return f'<c t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>'


def xlsx_chunks(sheet_name: str, header: list[str], rows: Iterable[dict]) -> Iterator[bytes]:
    sink = _Sink()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _ROOT_RELS)
        package.writestr("xl/workbook.xml", _workbook(sheet_name))
        package.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with package.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            sheet.write(("<row>" + "".join(_xlsx_cell(name) for name in header) + "</row>").encode())
            for count, row in enumerate(rows, 1):
                sheet.write(("<row>" + "".join(_xlsx_cell(row.get(name)) for name in header) + "</row>").encode())
                if count % CHUNK_ROWS == 0:
                    yield sink.drain()
            sheet.write(b"</sheetData></worksheet>")
    yield sink.drain()


FORMATS = {
    "csv": ("text/csv; charset=utf-8", lambda name, header, rows: csv_chunks(header, rows)),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx_chunks),
}


def response(fmt: str, name: str, header: list[str], rows: Iterable[dict]) -> Response:
    """A streamed download; rows is read lazily, in the request's transaction."""
    mimetype, chunks = FORMATS[fmt]
    return Response(stream_with_context(chunks(name, header, rows)), mimetype=mimetype,
                    headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})
