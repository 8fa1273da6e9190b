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
