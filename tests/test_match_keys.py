"""The match-key normalization (db/*/functions/match_keys.sql) on PostgreSQL; the
T-SQL twin has the same cases in db/tests/test_imports.sql (tSQLt)."""
import psycopg

CASES = [
    # function, input, key
    ("uid_key", "CHE-144.272.509", "CHE144272509"),
    ("uid_key", "CHE144272509", "CHE144272509"),
    ("uid_key", "che-144.272.509 MWST", "CHE144272509"),
    ("uid_key", "CHE-144.272.509 TVA", "CHE144272509"),
    ("uid_key", "CHE-144.272.508", None),            # wrong check digit: a finding, no key
    ("uid_key", "CHE-123.456.789", None),
    ("uid_key", "144.272.509", None),
    ("name_key", "Pilatus Holzbau AG", "pilatusholzbau"),
    ("name_key", "PILATUS-HOLZBAU Aktiengesellschaft", "pilatusholzbau"),
    ("name_key", "Müller & Söhne GmbH", "mullersohne"),
    ("name_key", "Müller und Söhne", "mullersohne"),
    ("name_key", "Boulangerie du Lac Sàrl", "boulangeriedulac"),
    ("name_key", "Dupont et Fils S.A.", "dupontfils"),
    ("name_key", "Dupont & Fils Société anonyme", "dupontfils"),
    ("name_key", "Straße Bau Genossenschaft", "strassebau"),
    ("name_key", "Fondation Bellevue", "bellevue"),
    ("name_key", "Ticino Sagl", "ticino"),
    ("name_key", "Verein", None),
    ("phone_key", "041 390 11 22", "+41413901122"),
    ("phone_key", "+41 (0)41 390 11 22", "+41413901122"),
    ("phone_key", "0041 41 390.11.22", "+41413901122"),
    ("phone_key", "+41413901122", "+41413901122"),
    ("phone_key", "+49 7621 12345", "+49762112345"),
    ("phone_key", "390 11 22", None),
    ("phone_key", "+41 41 390 11", None),
    ("email_key", " Info@Firma.CH ", "info@firma.ch"),
    ("email_key", "not an address", None),
    ("domain_key", "https://www.Firma.ch/kontakt", "firma.ch"),
    ("domain_key", "info@firma.ch", "firma.ch"),
    ("domain_key", "firma", None),
]


def test_match_keys_normalize_every_spelling(pg):
    with psycopg.connect(pg.admin_url) as conn:
        got = [(f, v, conn.execute(f"SELECT core.{f}(%s)", (v,)).fetchone()[0]) for f, v, _ in CASES]
    assert got == CASES


def test_free_mail_domains_are_no_key_but_company_domains_are(pg):
    with psycopg.connect(pg.admin_url) as conn:
        [keys] = conn.execute(
            "SELECT core.match_keys(NULL, 'Firma AG', 6003, NULL, 'firma@bluewin.ch', NULL)").fetchone()
        assert keys == ["name_plz:firma|6003", "email:firma@bluewin.ch"]
        [keys] = conn.execute(
            "SELECT core.match_keys('CHE-144.272.509', 'Firma AG', 6003, '041 210 00 01', 'a@firma.ch', "
            "'www.firma.ch')").fetchone()
        assert keys == ["uid:CHE144272509", "name_plz:firma|6003", "phone:+41412100001", "email:a@firma.ch",
                        "domain:firma.ch"]


def test_an_imported_lead_has_exactly_the_keys_the_trigger_would_give_it(pg):
    """app.import_batch writes a new lead's keys itself (the trigger then skips it):
    they must be the keys core.match_keys gives the stored lead, no more, no less."""
    from .imports_support import by_row, run_import

    batch, _ = run_import(pg, [{"company_name": "Schlüssel & Söhne AG", "plz": 6003, "ort": "Luzern",
                                "uid": "che144272509 mwst", "phone": "041 (0) 210 20 30",
                                "email": "INFO@schluessel.ch", "website": "https://www.schluessel-soehne.ch/x"}])
    lead_id = by_row(pg, batch["batch_id"])[1]["lead_id"]
    with psycopg.connect(pg.admin_url) as conn:
        stored = conn.execute("SELECT key_kind, key_hash FROM core.lead_match_key WHERE lead_id = %s "
                              "ORDER BY 1, 2", (lead_id,)).fetchall()
        expected = conn.execute(
            "SELECT DISTINCT split_part(k, ':', 1), core.key_hash(k) FROM core.lead AS l "
            "CROSS JOIN LATERAL unnest(core.match_keys(l.uid, l.company_name, l.plz, l.phone, l.email, l.website)) "
            "AS k WHERE l.lead_id = %s ORDER BY 1, 2", (lead_id,)).fetchall()
    assert stored == expected and len(stored) == 6  # uid, name+PLZ, phone, e-mail, two domains
