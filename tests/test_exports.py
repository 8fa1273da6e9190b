"""Exports (thin_api/exports.py): CSV as Swiss Excel opens it (UTF-8 with BOM, `;`)
and XLSX, of every KPI table and of the filtered lead list; the same rows as the
procedures give the same user (so the same isolation), streamed with flat memory."""
import csv
import io
import tracemalloc

import openpyxl
import pytest

from .helpers import add_leads_directly
from .test_dashboard import _table  # noqa: F401
from .test_web import app, as_user, client, text  # noqa: F401  (fixtures)

KPI_HEADER = ["kpi_code", "office_code", "user_id", "display_name", "bucket", "sort_order", "value", "base", "rate"]


def _csv(response) -> list[list[str]]:
    body = response.get_data()
    assert body.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads umlauts right
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))


def _xlsx(response) -> list[list]:
    book = openpyxl.load_workbook(io.BytesIO(response.get_data()), read_only=True)
    return [list(row) for row in book.active.iter_rows(values_only=True)]


def _as_text(value) -> str:
    return "" if value is None else str(value)


def test_kpi_csv_and_xlsx_hold_the_procedures_rows(as_user, pg):
    client = as_user("lu.mgr")
    expected = pg.call("get_kpis", as_user="lu_mgr", office_code="luzern")
    response = client.get("/dashboard/export.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert 'filename="kpis.csv"' in response.headers["Content-Disposition"]
    rows = _csv(response)
    assert rows[0] == KPI_HEADER
    assert rows[1:] == [[_as_text(r[c]) for c in KPI_HEADER] for r in expected]
    sheet = _xlsx(client.get("/dashboard/export.xlsx"))
    assert sheet[0] == KPI_HEADER
    # Numbers are numbers in the sheet (Excel sums them), texts are texts.
    def cell(value):
        return float(value) if isinstance(value, (int, float)) or hasattr(value, "as_tuple") else _as_text(value)
    assert [[cell(v) for v in row] for row in sheet[1:]] == [[cell(r[c]) for c in KPI_HEADER] for r in expected]
    # One KPI alone, with the page's filters.
    only = _csv(client.get("/dashboard/export.csv?kpi_code=aging"))
    assert {row[0] for row in only[1:]} == {"aging"}
    assert client.get("/dashboard/export.csv?kpi_code=nonsense").status_code == 400


def test_partner_quality_exports_for_managers(as_user):
    assert _csv(as_user("lu.mgr").get("/dashboard/partners.csv"))[0][:2] == ["partner_code", "partner_name"]


def test_partner_quality_exports_not_for_representatives(as_user):
    assert as_user("lu.rep").get("/dashboard/partners.csv").status_code == 403


@pytest.mark.parametrize("login,offices", [("lu.mgr", {"luzern"}), ("ro.rep", {"romandie"}),
                                           ("multi.mgr", {"luzern", "egeli"})])
def test_exports_hold_the_callers_offices_only(as_user, pg, login, offices):
    client = as_user(login)
    leads = _csv(client.get("/leads/export.csv"))
    office_column = leads[0].index("office_code")
    assert {row[office_column] for row in leads[1:]} == offices
    kpis = _csv(client.get("/dashboard/export.csv"))
    assert {row[1] for row in kpis[1:]} <= offices
    for office in {"luzern", "romandie", "egeli"} - offices:
        assert client.get(f"/dashboard/export.csv?office={office}").status_code == 400


def test_lead_export_applies_the_list_filters(as_user, pg):
    client = as_user("lu.mgr")
    rows = _csv(client.get("/leads/export.csv?search=pilatus&page=7"))
    assert [r[1] for r in rows[1:]] == ["Pilatus Holzbau AG"]
    sheet = _xlsx(client.get("/leads/export.xlsx?search=zuger"))
    assert sheet[0][:2] == ["lead_id", "company_name"] and [r[1] for r in sheet[1:]] == ["Zuger Treuhand GmbH"]
    assert client.get("/leads/export.csv?plz_from=abc").status_code == 400
    assert client.get("/leads/export.pdf").status_code == 404


def _peak_while_streaming(client, path: str) -> tuple[int, int]:
    """(rows, peak bytes allocated) while reading a streamed response chunk by chunk."""
    tracemalloc.start()
    response = client.get(path, buffered=False)
    assert response.is_streamed
    lines = 0
    for chunk in response.response:
        lines += chunk.count(b"\n")
    response.close()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return lines - 1, peak


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exports_stream_with_flat_memory(as_user, pg, fmt):
    client = as_user("lu.mgr")
    add_leads_directly(pg.admin_url, "luzern", 600, 6003)
    small_rows, small_peak = _peak_while_streaming(client, f"/leads/export.{fmt}?search=bulk")
    add_leads_directly(pg.admin_url, "luzern", 2_400, 6003)
    large_rows, large_peak = _peak_while_streaming(client, f"/leads/export.{fmt}?search=bulk")
    if fmt == "csv":
        assert (small_rows, large_rows) == (600, 3_000)
    # Five times the rows, about the same memory: nothing holds the whole export.
    assert large_peak < small_peak * 1.5, (small_peak, large_peak)


@pytest.mark.parametrize("procedure,columns,dropped", [
    ("get_kpis", "thin_api.dashboard.KPI_COLUMNS", set()),
    ("get_partner_quality", "thin_api.dashboard.PARTNER_COLUMNS", set()),
    ("list_inaccurate_leads", "thin_api.dashboard.INACCURATE_COLUMNS", set()),
    ("list_leads", "thin_api.leads.EXPORT_COLUMNS", {"total_count", "total_is_exact"}),  # counts, not lead data
])
def test_an_export_has_every_result_column_of_its_procedure(procedure, columns, dropped):
    # The export writes its header before the first row, so it keeps the columns in a
    # list; the contract is the one copy they must follow (a partner export once
    # lacked the two data_inaccurate columns).
    import importlib

    from . import contract

    module, name = columns.rsplit(".", 1)
    expected = [c for c in contract.procedures()[procedure]["columns"] if c not in dropped]
    assert getattr(importlib.import_module(module), name) == expected
