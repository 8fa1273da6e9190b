"""Reading partner files (thin_api/imports.py): CSV in Windows-1252 and UTF-8 with
BOM, semicolon and comma, quoted line breaks, XLSX; the partner's column mapping;
the same file twice; a reader that dies mid-file leaves a failed batch only."""
from pathlib import Path

import pytest

from thin_api.imports import import_file, inspect, read_records

from .imports_support import ensure_partner

CSV_1252 = ('Firma;PLZ;Ort / Localité;Telefon;Bemerkung\r\n'
            '"Bäckerei Zürcher AG";6003;Luzern;041 210 00 01;"zwei\r\nZeilen"\r\n'
            'Crémerie du Léman Sàrl;1003;Lausanne;021 310 00 02;\r\n'
            ';;;;\r\n'
            'Ohne Ort GmbH;6004;;;\r\n')


def _write(tmp_path: Path, name: str, text: str, encoding: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_windows_1252_semicolon_file_is_read_through_the_partner_mapping(tmp_path):
    path = _write(tmp_path, "lieferung.csv", CSV_1252, "cp1252")
    facts = inspect(path)
    assert (facts.kind, facts.encoding, len(facts.content_hash)) == ("csv", "cp1252", 64)
    mapping = {"firma": "company_name", "ort / localité": "ort", "telefon": "phone"}
    ignored, records = read_records(facts, mapping)
    rows = list(records)
    assert ignored == ["Bemerkung"]
    assert rows[0] == (1, {"company_name": "Bäckerei Zürcher AG", "plz": "6003", "ort": "Luzern",
                           "phone": "041 210 00 01"})
    assert [r[0] for r in rows] == [1, 2, 3]            # the empty line is no row
    assert rows[1][1]["company_name"] == "Crémerie du Léman Sàrl"


def test_a_utf8_file_with_bom_and_commas(tmp_path):
    path = _write(tmp_path, "delivery.csv", "\ufeffcompany_name,plz,ort\n\"Müller, Söhne AG\",6003,Luzern\n",
                  "utf-8")
    facts = inspect(path)
    assert facts.encoding == "utf-8-sig"
    _, records = read_records(facts, {})
    assert list(records) == [(1, {"company_name": "Müller, Söhne AG", "plz": "6003", "ort": "Luzern"})]


def test_an_xlsx_file_streams(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Firma", "PLZ", "Ort / Localité"])
    sheet.append(["Seeblick Hotel AG", 6353, "Weggis"])
    path = tmp_path / "lieferung.xlsx"
    workbook.save(path)
    facts = inspect(path)
    assert facts.kind == "xlsx"
    _, records = read_records(facts, {"firma": "company_name", "ort / localité": "ort"})
    assert list(records) == [(1, {"company_name": "Seeblick Hotel AG", "plz": "6353", "ort": "Weggis"})]


def test_import_file_lands_whole_once(engine, tmp_path):
    ensure_partner(engine)
    path = _write(tmp_path, "lieferung.csv", CSV_1252, "cp1252")
    admin = engine.world.users["admin"]
    outcome = import_file(engine.gateway, admin, path, "acme")
    assert outcome.already_imported is False
    assert outcome.counts == {"row_count": 3, "new_count": 2, "refreshed_count": 0, "suppressed_count": 0,
                              "duplicate_count": 0, "invalid_count": 1, "other_office_count": 0}
    again = import_file(engine.gateway, admin, path, "acme")
    assert again.already_imported is True and again.batch_id == outcome.batch_id
    [lead] = engine.call("list_leads", as_user="lu_mgr", search="Zürcher")
    assert lead["company_name"] == "Bäckerei Zürcher AG"


def test_a_reader_that_dies_mid_file_leaves_a_failed_batch_only(engine, tmp_path):
    ensure_partner(engine)
    path = _write(tmp_path, "lieferung.csv", CSV_1252, "cp1252")

    def die(done, total):
        raise KeyboardInterrupt("stopped")

    with pytest.raises(KeyboardInterrupt):
        import_file(engine.gateway, engine.world.users["admin"], path, "acme", progress=die)
    [batch] = engine.call("list_import_batches", as_user="admin")
    assert (batch["status"], batch["new_count"]) == ("failed", 0)
    assert "KeyboardInterrupt" in batch["error_message"]
    assert engine.call("list_leads", as_user="admin", search="Zürcher") == []


def test_the_cli_imports_with_a_summary(pg, tmp_path, monkeypatch, capsys):
    from thin_api.cli import main

    ensure_partner(pg)
    path = _write(tmp_path, "lieferung.csv", CSV_1252, "cp1252")
    monkeypatch.setenv("LEADS_DATABASE_URL", pg.gateway.url)
    main(["import", str(path), "--partner", "acme", "--as-user", "admin", "--received-at", "2026-10-01"])
    out = capsys.readouterr().out
    assert "Batch" in out and "invalid" in out and "Bemerkung" in out
    main(["import", str(path), "--partner", "acme", "--as-user", "admin"])
    assert "imported before; nothing changed" in capsys.readouterr().out
    [batch] = pg.call("list_import_batches", as_user="admin")
    assert batch["received_at"].date().isoformat() == "2026-10-01"


def test_staged_rows_are_rolled_back_with_a_failed_decision(pg, tmp_path, monkeypatch):
    # COPY and app.import_batch share one transaction: a failure after staging keeps no row.
    import psycopg

    from thin_api.gateway import PostgresSession

    ensure_partner(pg)
    path = _write(tmp_path, "lieferung.csv", CSV_1252, "cp1252")
    call = PostgresSession.call

    def failing(self, procedure, **params):
        if procedure == "import_batch":
            raise RuntimeError("the database went away while deciding")
        return call(self, procedure, **params)

    monkeypatch.setattr(PostgresSession, "call", failing)
    with pytest.raises(RuntimeError):
        import_file(pg.gateway, pg.world.users["admin"], path, "acme")
    with psycopg.connect(pg.admin_url) as admin:
        assert admin.execute("SELECT count(*) FROM stage.import_row").fetchone()[0] == 0
