"""Suppression lists from a file (thin_api/suppressions.py, /admin/suppressions, the
`suppressions` command): the partner-file reader with the suppression headers in
German, French and English; entries in chunks, all in one transaction (a bad row
in a later chunk writes nothing, and is named by its row in the file); the same
list twice adds no keys; admins only."""
import psycopg
import pytest

from thin_api import imports
from thin_api.suppressions import MAPPING, SuppressionFileError, add_suppression_file

from .test_web import app, as_user, client, field, text  # noqa: F401  (fixtures)

GERMAN = ("Firma;PLZ;Telefon;E-Mail;Website;bis\r\n"
          "Pilatus Holzbau AG;6003;;;;\r\n"
          ";;041 999 88 77;;;31.12.2099\r\n"
          ";;;;werbefrei-beispiel.ch;\r\n"
          ";;;;;\r\n"
          ";;;keine.werbung@beispiel.ch;;2099-06-30\r\n")


def _write(tmp_path, name: str, text_: str, encoding: str = "cp1252"):
    path = tmp_path / name
    path.write_bytes(text_.encode(encoding))
    return path


def _suppression_rows(pg) -> int:
    with psycopg.connect(pg.admin_url) as conn:
        return conn.execute("SELECT count(*) FROM core.suppression WHERE source = 'list'").fetchone()[0]


def _marked(pg, name: str) -> bool:
    [lead] = pg.call("get_lead", as_user="admin", lead_id=pg.world.leads[name])
    return lead["no_advertising"]


# --- reading -------------------------------------------------------------------------

@pytest.mark.parametrize("header, fields", [
    ("Firma;PLZ;UID;Telefon;E-Mail;Website;bis", ["company_name", "plz", "uid", "phone", "email", "website",
                                                 "until_date"]),
    ("Raison sociale,NPA,IDE,Téléphone,Courriel,Site web,Jusqu'au", ["company_name", "plz", "uid", "phone",
                                                                      "email", "website", "until_date"]),
    ("company_name;plz;uid;phone;email;domain;until", ["company_name", "plz", "uid", "phone", "email", "website",
                                                      "until_date"]),
    ("Company;Zip;Comment", ["company_name", "plz", None]),
])
def test_the_suppression_headers_are_recognised_in_three_languages(tmp_path, header, fields):
    path = _write(tmp_path, "liste.csv", header + "\r\n", "utf-8")
    targets, _, _ = imports.read_table(imports.inspect(path), MAPPING, fields=())
    assert targets == fields


def test_a_partner_field_that_is_no_suppression_column_is_ignored(tmp_path):
    path = _write(tmp_path, "liste.csv", "Firma;PLZ;Ort\r\nA AG;6003;Luzern\r\n")
    ignored, records = imports.read_records(imports.inspect(path), MAPPING, fields=())
    assert ignored == ["Ort"] and list(records) == [(1, {"company_name": "A AG", "plz": "6003"})]


# --- into the database -----------------------------------------------------------------

def test_a_german_list_lands_and_marks_the_matching_lead(pg, tmp_path):
    path = _write(tmp_path, "sperrliste.csv", GERMAN)
    admin = pg.world.users["admin"]
    outcome = add_suppression_file(pg.gateway, admin, path)
    # The e-mail address gives two keys: the address and its domain.
    assert (outcome.entry_count, outcome.key_count, outcome.lead_count) == (4, 5, 1)
    assert _marked(pg, "lu1") and not _marked(pg, "lu2")
    # The same list again: nothing new.
    again = add_suppression_file(pg.gateway, admin, path)
    assert (again.entry_count, again.key_count, again.lead_count) == (4, 0, 0)
    assert _suppression_rows(pg) == 5


def test_an_xlsx_list_with_a_date_cell(pg, tmp_path):
    from datetime import datetime

    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["Raison sociale", "NPA", "Jusqu’au"])
    workbook.active.append(["Boulangerie du Lac Sàrl", 1003, datetime(2099, 12, 31)])
    path = tmp_path / "liste.xlsx"
    workbook.save(path)
    outcome = add_suppression_file(pg.gateway, pg.world.users["admin"], path)
    assert (outcome.entry_count, outcome.key_count, outcome.lead_count) == (1, 1, 1)
    with psycopg.connect(pg.admin_url) as conn:
        assert conn.execute("SELECT until_date::text FROM core.suppression").fetchone()[0] == "2099-12-31"


def test_a_bad_row_in_a_later_chunk_writes_nothing_and_is_named_by_its_row(pg, tmp_path):
    # Chunks of two entries: rows 1-2 are added in the first call, row 4 (no key:
    # a PLZ alone) fails the second; the empty line is no row.
    path = _write(tmp_path, "liste.csv", "Firma;PLZ;Telefon\r\nPilatus Holzbau AG;6003;\r\n;;041 999 88 77\r\n"
                                         ";;;\r\n;;041 999 88 78\r\n;6003;\r\n")
    with pytest.raises(SuppressionFileError) as failed:
        add_suppression_file(pg.gateway, pg.world.users["admin"], path, chunk_entries=2)
    assert (failed.value.kind, failed.value.rows, failed.value.more) == ("bad_rows", [4], 0)
    assert _suppression_rows(pg) == 0 and not _marked(pg, "lu1")


def test_many_bad_rows_name_twenty_and_count_the_rest(pg, tmp_path):
    rows = "".join(f";{6000 + n};\r\n" for n in range(30))
    path = _write(tmp_path, "liste.csv", "Firma;PLZ;bis\r\nPilatus Holzbau AG;6003;30.02.2099\r\n" + rows)
    with pytest.raises(SuppressionFileError) as failed:
        add_suppression_file(pg.gateway, pg.world.users["admin"], path)
    # Row 1: a date that is no day; rows 2-31: a PLZ without a company.
    assert failed.value.rows == list(range(1, 21)) and failed.value.more == 11
    assert _suppression_rows(pg) == 0


def test_a_file_without_a_key_column_or_without_rows(pg, tmp_path):
    admin = pg.world.users["admin"]
    with pytest.raises(SuppressionFileError) as no_key:
        add_suppression_file(pg.gateway, admin, _write(tmp_path, "a.csv", "Name;Ort\r\nA;Luzern\r\n"))
    assert no_key.value.kind == "no_key_column" and no_key.value.detail == "Name, Ort"
    with pytest.raises(SuppressionFileError) as empty:
        add_suppression_file(pg.gateway, admin, _write(tmp_path, "b.csv", "Telefon\r\n\r\n"))
    assert empty.value.kind == "empty"


def test_only_admins_add_suppressions(engine, tmp_path):
    from thin_api.errors import LeadbaseError

    path = _write(tmp_path, "liste.csv", "phone\r\n041 999 88 77\r\n")
    with pytest.raises(LeadbaseError) as refused:
        add_suppression_file(engine.gateway, engine.world.users["lu_mgr"], path)
    assert refused.value.number == 50403


# --- web -----------------------------------------------------------------------------

def _upload(client, data: bytes, name: str):
    from io import BytesIO

    token = field(client.get("/admin/suppressions").get_data(as_text=True), "csrf_token")
    return client.post("/admin/suppressions", content_type="multipart/form-data",
                       data={"csrf_token": token, "file": (BytesIO(data), name)})


def test_an_admin_uploads_a_list_and_sees_the_counts(as_user, pg):
    client = as_user("admin")
    page = text(client.get("/admin/suppressions"))
    assert 'href="/admin/suppressions"' in page and "raison sociale" in page and "telefon" in page
    done = _upload(client, GERMAN.encode("cp1252"), "sperrliste.csv")
    assert done.status_code == 200, text(done)
    page = text(done)
    assert "The suppression list is added." in page
    assert ('id="entry-count">4<' in page and 'id="key-count">5<' in page and 'id="lead-count">1<' in page)
    again = text(_upload(client, GERMAN.encode("cp1252"), "sperrliste.csv"))
    assert 'id="key-count">0<' in again and 'id="lead-count">0<' in again
    assert 'id="no-advertising"' in text(client.get(f"/leads/{pg.world.leads['lu1']}"))
    assert 'id="no-advertising"' not in text(client.get(f"/leads/{pg.world.leads['lu2']}"))


def test_a_bad_row_writes_nothing_and_the_page_names_it(as_user, pg):
    client = as_user("admin")
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "de"
    bad = _upload(client, "Firma;PLZ\r\nPilatus Holzbau AG;6003\r\nOhne PLZ AG;\r\n".encode("cp1252"), "l.csv")
    assert bad.status_code == 400
    assert "Die Zeilen 2 haben keinen Schlüssel" in text(bad) and 'id="upload-problem"' in text(bad)
    assert _suppression_rows(pg) == 0 and not _marked(pg, "lu1")


def test_files_that_cannot_be_a_list_get_a_message_not_a_5xx(as_user, pg):
    client = as_user("admin")
    broken = _upload(client, b"PK\x03\x04 not really a workbook", "broken.xlsx")
    assert broken.status_code == 400 and "could not be read as CSV or XLSX" in text(broken)
    no_key = _upload(client, b"Name;Ort\r\nA;Luzern\r\n", "a.csv")
    assert no_key.status_code == 400 and "No column of the file names a key" in text(no_key)
    token = field(client.get("/admin/suppressions").get_data(as_text=True), "csrf_token")
    missing = client.post("/admin/suppressions", data={"csrf_token": token})
    assert missing.status_code == 400 and "Choose a file." in text(missing)
    assert _suppression_rows(pg) == 0


def test_the_request_cap_is_lifted_for_this_upload_only(as_user, pg):
    client = as_user("admin")
    comment = "x" * 40
    data = ("Telefon;Bemerkung\r\n" + "".join(f"041 {n:07d};{comment}\r\n" for n in range(20000))).encode()
    assert len(data) > 1024 * 1024
    done = _upload(client, data, "gross.csv")
    assert done.status_code == 200 and 'id="entry-count">20000<' in text(done)
    token = field(client.get("/admin/contact-windows").get_data(as_text=True), "csrf_token")
    assert client.post("/admin/contact-windows", data={"csrf_token": token, "note": data.decode()}).status_code == 413


@pytest.mark.parametrize("login", ["lu.rep", "lu.mgr"])
def test_representatives_and_managers_get_403(as_user, pg, login):
    client = as_user(login)
    assert client.get("/admin/suppressions").status_code == 403
    posted = client.post("/admin/suppressions", data={"csrf_token": "x"})
    assert posted.status_code in (400, 403)
    assert 'href="/admin/suppressions"' not in text(client.get("/leads"))
    assert _suppression_rows(pg) == 0


# --- command line --------------------------------------------------------------------

def test_the_cli_adds_a_list_with_a_summary(pg, tmp_path, monkeypatch, capsys):
    from thin_api.cli import main

    path = _write(tmp_path, "sperrliste.csv", GERMAN)
    monkeypatch.setenv("LEADS_DATABASE_URL", pg.gateway.url)
    main(["suppressions", str(path), "--as-user", "admin"])
    assert "4 entries, 5 keys added, 1 existing leads marked no_advertising" in capsys.readouterr().out
    bad = _write(tmp_path, "bad.csv", "Firma;PLZ\r\nA AG;\r\n")
    with pytest.raises(SystemExit) as failed:
        main(["suppressions", str(bad), "--as-user", "admin"])
    assert "Rows 1 have no usable key" in str(failed.value) and "Nothing was added" in str(failed.value)
    with pytest.raises(SystemExit):
        main(["suppressions", str(path), "--as-user", "lu.mgr"])
    assert _suppression_rows(pg) == 5
