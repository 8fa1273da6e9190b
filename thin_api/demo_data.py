"""Deterministic demo data for Leadbase: users, leads and an activity plan.

Pure data, standard library only, no database code. Everything is derived from a
seeded ``random.Random``, so the same arguments always give the same result.

    demo_users()                      -> users (login_name, display_name, role_code, office_codes)
    demo_leads(count, seed)           -> leads, keyed like the parameters of app.add_lead
    demo_activity(leads_count, users, seed) -> plan of "assign" / "event" entries
    demo_deliveries(leads, today, seed) -> 24 monthly partner files (rows under the
                                         partner's headers, PARTNER_COLUMNS)
    demo_timeline(leads, users, today, seed) -> the files, assignments and events in
                                         business-time order, events with occurred_at
    office_for_plz(plz)               -> 'luzern' | 'romandie' | 'egeli' (planning only;
                                         the database does the real routing)
"""
from __future__ import annotations

import random
import re
import unicodedata
from datetime import date, datetime, time, timedelta, timezone

DEMO_PASSWORD = "leadbase-demo"

# --- offices ----------------------------------------------------------------

OFFICE_RANGES = {"luzern": [(6000, 6499)], "romandie": [(1000, 2499), (2800, 2999)]}
CATCH_ALL_OFFICE = "egeli"
OFFICE_WEIGHTS = {"luzern": 30, "romandie": 30, "egeli": 40}


def office_for_plz(plz: int) -> str:
    """The office the default mapping routes ``plz`` to."""
    for office, ranges in OFFICE_RANGES.items():
        if any(lo <= plz <= hi for lo, hi in ranges):
            return office
    return CATCH_ALL_OFFICE


# --- places: real PLZ, Ort, canton, telephone area code ------------------------

PLACES = [
    # Luzern office: Lucerne, Zug, Schwyz, Nidwalden, Obwalden, Uri
    (6003, "Luzern", "LU", "41"), (6004, "Luzern", "LU", "41"), (6005, "Luzern", "LU", "41"),
    (6010, "Kriens", "LU", "41"), (6020, "Emmenbrücke", "LU", "41"), (6030, "Ebikon", "LU", "41"),
    (6048, "Horw", "LU", "41"), (6110, "Wolhusen", "LU", "41"), (6130, "Willisau", "LU", "41"),
    (6210, "Sursee", "LU", "41"), (6280, "Hochdorf", "LU", "41"), (6353, "Weggis", "LU", "41"),
    (6300, "Zug", "ZG", "41"), (6312, "Steinhausen", "ZG", "41"), (6330, "Cham", "ZG", "41"),
    (6340, "Baar", "ZG", "41"), (6370, "Stans", "NW", "41"), (6052, "Hergiswil", "NW", "41"),
    (6060, "Sarnen", "OW", "41"), (6064, "Kerns", "OW", "41"), (6403, "Küssnacht", "SZ", "41"),
    (6410, "Goldau", "SZ", "41"), (6430, "Schwyz", "SZ", "41"), (6440, "Brunnen", "SZ", "41"),
    (6460, "Altdorf", "UR", "41"), (6472, "Erstfeld", "UR", "41"),
    # Romandie office: Vaud, Geneva, Fribourg, Valais romand, Neuchâtel, Jura
    (1003, "Lausanne", "VD", "21"), (1004, "Lausanne", "VD", "21"), (1008, "Prilly", "VD", "21"),
    (1020, "Renens", "VD", "21"), (1110, "Morges", "VD", "21"), (1260, "Nyon", "VD", "22"),
    (1400, "Yverdon-les-Bains", "VD", "24"), (1530, "Payerne", "VD", "26"),
    (1800, "Vevey", "VD", "21"), (1820, "Montreux", "VD", "21"), (1860, "Aigle", "VD", "24"),
    (1201, "Genève", "GE", "22"), (1205, "Genève", "GE", "22"), (1217, "Meyrin", "GE", "22"),
    (1227, "Carouge", "GE", "22"), (1700, "Fribourg", "FR", "26"), (1630, "Bulle", "FR", "26"),
    (1762, "Givisiez", "FR", "26"), (1950, "Sion", "VS", "27"), (1920, "Martigny", "VS", "27"),
    (1870, "Monthey", "VS", "24"), (2000, "Neuchâtel", "NE", "32"),
    (2300, "La Chaux-de-Fonds", "NE", "32"), (2400, "Le Locle", "NE", "32"),
    (2800, "Delémont", "JU", "32"), (2900, "Porrentruy", "JU", "32"),
    # Egeli office: everything else
    (3011, "Bern", "BE", "31"), (3007, "Bern", "BE", "31"), (3600, "Thun", "BE", "33"),
    (3400, "Burgdorf", "BE", "34"), (2502, "Biel/Bienne", "BE", "32"), (3900, "Brig", "VS", "27"),
    (4001, "Basel", "BS", "61"), (4051, "Basel", "BS", "61"), (4057, "Basel", "BS", "61"),
    (4410, "Liestal", "BL", "61"), (4500, "Solothurn", "SO", "32"), (4600, "Olten", "SO", "62"),
    (5000, "Aarau", "AG", "62"), (5200, "Brugg", "AG", "56"), (5400, "Baden", "AG", "56"),
    (8001, "Zürich", "ZH", "44"), (8004, "Zürich", "ZH", "44"), (8005, "Zürich", "ZH", "44"),
    (8050, "Zürich", "ZH", "44"), (8400, "Winterthur", "ZH", "52"), (8600, "Dübendorf", "ZH", "44"),
    (8610, "Uster", "ZH", "44"), (8800, "Thalwil", "ZH", "44"), (8200, "Schaffhausen", "SH", "52"),
    (8500, "Frauenfeld", "TG", "52"), (8640, "Rapperswil", "SG", "55"), (8750, "Glarus", "GL", "55"),
    (8840, "Einsiedeln", "SZ", "55"), (9000, "St. Gallen", "SG", "71"), (9400, "Rorschach", "SG", "71"),
    (9500, "Wil", "SG", "71"), (9100, "Herisau", "AR", "71"), (7000, "Chur", "GR", "81"),
    (7270, "Davos Platz", "GR", "81"), (7500, "St. Moritz", "GR", "81"),
    (6900, "Lugano", "TI", "91"), (6500, "Bellinzona", "TI", "91"), (6600, "Locarno", "TI", "91"),
    (6850, "Mendrisio", "TI", "91"),
]
PLACES_BY_OFFICE = {o: [p for p in PLACES if office_for_plz(p[0]) == o] for o in OFFICE_WEIGHTS}

# --- branches: NOGA 2008 class -> (weight, trade words de / fr / it); labels: core.noga_branche ---

_BRANCH_TABLE = {
    "41.20": (8, ["Bau", "Hochbau", "Generalbau"], ["Construction", "Bâtiment"], ["Costruzioni", "Edilizia"]),
    "43.21": (7, ["Elektro", "Elektrotechnik"], ["Électricité", "Électro"], ["Elettricità", "Impianti Elettrici"]),
    "43.22": (8, ["Sanitär", "Haustechnik", "Heizung Sanitär"], ["Sanitaire", "Chauffage"], ["Sanitari", "Riscaldamenti"]),
    "43.32": (6, ["Schreinerei", "Holzbau", "Innenausbau"], ["Menuiserie", "Ébénisterie"], ["Falegnameria"]),
    "45.20": (6, ["Garage", "Autocenter", "Carrosserie"], ["Garage", "Carrosserie"], ["Garage", "Autofficina"]),
    "47.11": (4, ["Lebensmittel", "Dorfladen", "Markt"], ["Épicerie", "Alimentation"], ["Alimentari"]),
    "56.10": (9, ["Gastro", "Restaurant", "Gasthaus"], ["Restaurant", "Brasserie", "Café"], ["Ristorante", "Grotto"]),
    "55.10": (3, ["Hotel", "Hotellerie"], ["Hôtel", "Auberge"], ["Hotel", "Albergo"]),
    "62.01": (7, ["Software", "Informatik", "Digital"], ["Informatique", "Software", "Digital"], ["Informatica", "Software"]),
    "62.02": (4, ["IT-Services", "IT Consulting"], ["Conseil IT", "IT Solutions"], ["IT Consulting"]),
    "69.10": (3, ["Rechtsanwälte", "Advokatur"], ["Avocats", "Étude"], ["Studio Legale", "Avvocati"]),
    "69.20": (7, ["Treuhand", "Revision", "Steuerberatung"], ["Fiduciaire", "Fiducie"], ["Fiduciaria"]),
    "70.22": (5, ["Consulting", "Unternehmensberatung"], ["Conseil", "Consulting"], ["Consulenze"]),
    "71.11": (4, ["Architekten", "Architektur"], ["Architectes", "Architecture"], ["Architetti", "Architettura"]),
    "71.12": (5, ["Ingenieure", "Engineering", "Bauingenieure"], ["Ingénieurs", "Ingénierie"], ["Ingegneria"]),
    "73.11": (3, ["Werbung", "Kommunikation", "Design"], ["Communication", "Publicité"], ["Comunicazione", "Pubblicità"]),
    "86.21": (4, ["Praxis", "Arztpraxis", "Gesundheitszentrum"], ["Cabinet Médical", "Centre Médical"], ["Studio Medico", "Centro Medico"]),
    "86.23": (3, ["Zahnarztpraxis", "Dentalzentrum"], ["Cabinet Dentaire", "Centre Dentaire"], ["Studio Dentistico"]),
    "96.02": (4, ["Coiffure", "Haarstudio", "Beauty"], ["Coiffure", "Institut de Beauté"], ["Parrucchiere", "Estetica"]),
    "10.71": (3, ["Bäckerei", "Backstube", "Beck"], ["Boulangerie", "Boulangerie-Pâtisserie"], ["Panetteria", "Forno"]),
    "68.31": (3, ["Immobilien", "Immo"], ["Immobilier", "Régie"], ["Immobiliare"]),
    "49.41": (3, ["Transporte", "Logistik"], ["Transports", "Logistique"], ["Trasporti", "Logistica"]),
    "25.62": (3, ["Mechanik", "Metallbau", "Präzisionsmechanik"], ["Mécanique", "Mécanique de Précision"], ["Meccanica"]),
}
_TRADES = {code: {"de": row[1], "fr": row[2], "it": row[3]} for code, row in _BRANCH_TABLE.items()}

# --- words per language ---------------------------------------------------------

SURNAMES = {
    "de": ["Meier", "Müller", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Steiner", "Fischer",
           "Gerber", "Brunner", "Baumann", "Frei", "Zimmermann", "Moser", "Widmer", "Wyss", "Graf",
           "Roth", "Bucher", "Kaufmann", "Bühler", "Suter", "Lustenberger", "Portmann", "Stadelmann",
           "Zemp", "Achermann", "Estermann", "Odermatt", "Arnold", "Imhof", "Amstutz", "Bieri"],
    "fr": ["Favre", "Rochat", "Bonvin", "Dubois", "Perret", "Rey", "Jaquet", "Morel", "Chevalley",
           "Cuénod", "Pittet", "Berset", "Clerc", "Girard", "Mottier", "Gay", "Rossier", "Monnier",
           "Fournier", "Crettenand", "Vuilleumier", "Jeanneret", "Bovet", "Barras", "Python", "Dupraz"],
    "it": ["Bernasconi", "Rossi", "Ferrari", "Fontana", "Pedrazzini", "Bianchi", "Lepori", "Guscetti",
           "Cattaneo", "Galli", "Colombo", "Moretti"],
}
LANDMARKS = {
    ("de", "luzern"): ["Pilatus", "Rigi", "Seetal", "Reuss", "Titlis", "Zugersee", "Mythen",
                       "Bürgenstock", "Entlebuch", "Stanserhorn"],
    ("de", "egeli"): ["Aare", "Limmat", "Säntis", "Gurten", "Uetliberg", "Rhein", "Bodensee",
                      "Emmental", "Albis", "Calanda"],
    ("fr", "romandie"): ["du Léman", "du Lac", "de Lavaux", "de la Gruyère", "du Chablais", "des Alpes",
                         "du Jura", "de la Sarine", "du Salève", "du Rhône", "de la Broye"],
    ("it", "egeli"): ["Ceresio", "Verbano", "Gottardo", "Generoso", "Monte Brè"],
}
NAME_PATTERNS = {
    "de": ["{trade} {surname}", "{surname} {trade}", "{landmark} {trade}", "{trade} {ort}",
           "{surname} & {surname2} {trade}"],
    "fr": ["{trade} {surname}", "{trade} {landmark}", "{trade} {surname} & Fils",
           "{trade} {surname} & {surname2}", "{trade} {ort}"],
    "it": ["{trade} {surname}", "{trade} {landmark}", "{surname} {trade}"],
}
# legal forms per language: (form for larger companies, form for small ones)
LEGAL_FORMS = {"de": ("AG", "GmbH"), "fr": ("SA", "Sàrl"), "it": ("SA", "Sagl")}
STREETS = {
    "de": ["Bahnhofstrasse", "Hauptstrasse", "Dorfstrasse", "Industriestrasse", "Seestrasse",
           "Gewerbestrasse", "Poststrasse", "Kirchweg", "Schulhausstrasse", "Bergstrasse",
           "Mühlegasse", "Werkstrasse", "Rosenweg", "Feldstrasse", "Oberdorfstrasse"],
    "fr": ["Rue du Lac", "Avenue de la Gare", "Rue du Centre", "Chemin des Vignes", "Rue de l'Industrie",
           "Rue du Marché", "Chemin du Moulin", "Grand-Rue", "Route Cantonale", "Avenue des Alpes",
           "Rue de la Poste", "Chemin de la Forêt"],
    "it": ["Via Cantonale", "Via San Gottardo", "Via Stazione", "Via Industria", "Via Lugano",
           "Via Ceresio", "Piazza Grande"],
}
SIZE_WEIGHTS = {"micro": 30, "small": 45, "medium": 18, "large": 7}
SOURCE_BATCHES = {"partner-2026-09": 30, "partner-2026-10": 40, "partner-2026-11": 30}

# --- users ------------------------------------------------------------------------

_USER_TABLE = [  # (display_name, role_code, office_codes)
    ("Andrea Baumann", "admin", ["luzern", "romandie", "egeli"]),
    ("Beat Lustenberger", "manager", ["luzern"]),
    ("Anna Meier", "representative", ["luzern"]),
    ("Reto Zemp", "representative", ["luzern"]),
    ("Sandra Achermann", "representative", ["luzern"]),
    ("Nathalie Rochat", "manager", ["romandie"]),
    ("Céline Favre", "representative", ["romandie"]),
    ("Julien Bonvin", "representative", ["romandie"]),
    ("Mathieu Perret", "representative", ["romandie"]),
    ("Thomas Widmer", "manager", ["egeli"]),
    ("Claudia Steiner", "representative", ["egeli"]),
    ("Marco Keller", "representative", ["egeli"]),
    ("Lukas Brunner", "representative", ["egeli"]),
    ("Martin Odermatt", "manager", ["luzern", "egeli"]),
]

# --- activity texts (German for Luzern/Egeli, French for Romandie) ------------------

NOTES = {
    "de": {
        "call": ["Geschäftsführer erreicht, grundsätzlich interessiert.", "Niemand erreicht, Combox besprochen.",
                 "Sekretariat: Inhaber erst nächste Woche zurück.", "Kurzes Gespräch, wünscht Unterlagen per Mail.",
                 "Bedarf besteht, Budget wird im Herbst festgelegt."],
        "email": ["Unterlagen und Preisliste per E-Mail gesendet.", "Anfrage beantwortet, Referenzen beigelegt.",
                  "Nachfass-Mail nach Telefonat verschickt."],
        "meeting": ["Termin vor Ort, Anforderungen aufgenommen.", "Präsentation beim Inhaber, positive Rückmeldung.",
                    "Besprechung mit Geschäftsleitung und Treuhänder."],
        "note": ["Firma expandiert laut Handelsregister.", "Konkurrenzangebot liegt vor.",
                 "Ansprechperson wechselt per Ende Monat."],
    },
    "fr": {
        "call": ["Directeur joint, intéressé en principe.", "Personne joint, message laissé sur le répondeur.",
                 "Secrétariat : le patron est absent jusqu'à la semaine prochaine.",
                 "Bref entretien, souhaite recevoir une documentation.", "Besoin confirmé, budget fixé en automne."],
        "email": ["Documentation et tarifs envoyés par e-mail.", "Demande traitée, références jointes.",
                  "E-mail de relance envoyé après l'appel."],
        "meeting": ["Rendez-vous sur place, besoins recensés.", "Présentation chez le patron, retour positif.",
                    "Réunion avec la direction et la fiduciaire."],
        "note": ["Entreprise en expansion selon le registre du commerce.", "Une offre concurrente est sur la table.",
                 "Changement d'interlocuteur à la fin du mois."],
    },
}
STATUS_NOTES = {
    "de": {"qualified": "Budget und Zeitplan bestätigt, Entscheid bis Monatsende.",
           "won": "Vertrag unterschrieben.", "lost": "Hat sich für einen Mitbewerber entschieden.",
           "do_not_contact": "Wünscht ausdrücklich keine weitere Kontaktaufnahme."},
    "fr": {"qualified": "Budget et calendrier confirmés, décision d'ici la fin du mois.",
           "won": "Contrat signé.", "lost": "A choisi un concurrent.",
           "do_not_contact": "Ne souhaite plus être contacté."},
}
NEXT_STEPS = {
    "de": ["Offerte senden", "Rückruf nächste Woche", "Demo-Termin vereinbaren", "Referenzkunden nennen",
           "Entscheid abwarten"],
    "fr": ["Envoyer une offre", "Rappeler la semaine prochaine", "Planifier une démonstration",
           "Transmettre des références", "Attendre la décision"],
}
EVENT_TYPE_WEIGHTS = {"call": 50, "email": 25, "meeting": 15, "note": 10}
FINAL_STATUS_WEIGHTS = {None: 72, "qualified": 14, "won": 5, "lost": 6, "do_not_contact": 3}


# --- helpers ------------------------------------------------------------------------

def _pick(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _ascii(text: str) -> str:
    """Lower-case ASCII: 'Zürich' -> 'zuerich', 'Céline' -> 'celine'."""
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _ascii(text).replace("'", "").replace("&", " ")).strip("-")


def _language(office: str, canton: str) -> str:
    return "it" if canton == "TI" else "fr" if office == "romandie" else "de"


def _uid(rng: random.Random) -> str:
    """A Swiss UID with a valid mod-11 check digit, e.g. CHE-123.456.789."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        check = 11 - sum(d * w for d, w in zip(digits, (5, 4, 3, 2, 7, 6, 5, 4))) % 11
        if check != 10:
            s = "".join(map(str, digits)) + str(check % 11)
            return f"CHE-{s[0:3]}.{s[3:6]}.{s[6:9]}"


def _phone(rng: random.Random, area: str) -> str:
    return f"+41 {area} {rng.randint(200, 999)} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"


def _company_base(rng: random.Random, lang: str, office: str, branche: str, ort: str) -> str:
    """Company name without legal form, e.g. 'Pilatus Holzbau'."""
    surname, surname2 = rng.sample(SURNAMES[lang], 2)
    return rng.choice(NAME_PATTERNS[lang]).format(
        trade=rng.choice(_TRADES[branche][lang]), surname=surname, surname2=surname2,
        landmark=rng.choice(LANDMARKS[(lang, office)]), ort=ort)


# --- public API -----------------------------------------------------------------------

def demo_users() -> list[dict]:
    """14 users: 1 admin (all offices), per office 1 manager + 3 representatives, and
    one manager of luzern + egeli. Log in with DEMO_PASSWORD."""
    return [{"login_name": ".".join(_slug(part) for part in name.split(" ", 1)),
             "display_name": name, "role_code": role, "office_codes": list(offices)}
            for name, role, offices in _USER_TABLE]


def demo_leads(count: int = 600, seed: int = 2026) -> list[dict]:
    """``count`` leads with the keys of app.add_lead; unique company names and domains."""
    rng = random.Random(seed)
    branche_weights = {code: row[0] for code, row in _BRANCH_TABLE.items()}
    # offices in exact proportion (30/30/40), shuffled
    offices = [o for o, w in OFFICE_WEIGHTS.items() for _ in range(count * w // 100)]
    offices += [CATCH_ALL_OFFICE] * (count - len(offices))
    rng.shuffle(offices)
    leads, used_names, used_uids = [], set(), set()
    for office in offices:
        plz, ort, canton, area = rng.choice(PLACES_BY_OFFICE[office])
        lang = _language(office, canton)
        branche, size = _pick(rng, branche_weights), _pick(rng, SIZE_WEIGHTS)
        for attempt in range(100):
            base = _company_base(rng, lang, office, branche, ort)
            if attempt >= 20:  # crowded combination: qualify with the place
                base = f"{base} {ort}"
            if _slug(base) not in used_names:
                break
        used_names.add(_slug(base))
        big, small = LEGAL_FORMS[lang]
        if size == "micro" and rng.random() < 0.08:
            legal_form = None  # sole proprietorship, no suffix
        else:
            legal_form = big if rng.random() < (0.8 if size in ("medium", "large") else 0.3) else small
        domain = _slug(base)
        uid = None
        if rng.random() < 0.7:
            while (uid := _uid(rng)) in used_uids:
                pass
            used_uids.add(uid)
        number = f"{rng.randint(1, 120)}{rng.choice(['', '', '', '', 'a', 'b'])}"
        street = f"{rng.choice(STREETS[lang])} {number}" if rng.random() < 0.95 else None
        leads.append({
            "company_name": f"{base} {legal_form}" if legal_form else base,
            "legal_form": legal_form,
            "uid": uid,
            "street": street,
            "plz": plz,
            "ort": ort,
            "canton": canton,
            "phone": _phone(rng, area) if rng.random() < 0.9 else None,
            "email": f"info@{domain}.ch" if rng.random() < 0.8 else None,
            "website": f"www.{domain}.ch" if rng.random() < (0.5 if size == "micro" else 0.8) else None,
            "branche": branche,
            "size_category": size,
            "source_batch": _pick(rng, SOURCE_BATCHES),
        })
    return leads


def demo_activity(leads_count: int, users: list[dict], seed: int = 2026,
                  leads: list[dict] | None = None) -> list[dict]:
    """History to create after loading the leads, in order.

    Entries reference leads by index into the leads list and users by login_name:
      {"kind": "assign", "lead": i, "manager": login, "representative": login}
      {"kind": "event", "lead": i, "user": login, "event_type": ..., "note": ...,
       "new_status": None | 'qualified' | 'won' | 'lost' | 'do_not_contact', "next_step": str | None}
    ``leads`` defaults to ``demo_leads(leads_count, seed)`` (pass it if generated differently).
    About 40% of leads are assigned; about 60% of those get 1-3 events by their representative.
    """
    leads = leads if leads is not None else demo_leads(leads_count, seed)
    rng = random.Random(f"{seed}-activity")
    by_role = lambda role, office: sorted(u["login_name"] for u in users  # noqa: E731
                                          if u["role_code"] == role and office in u["office_codes"])
    plan = []
    for i in sorted(rng.sample(range(leads_count), round(leads_count * 0.4))):
        office = office_for_plz(leads[i]["plz"])
        managers, reps = by_role("manager", office) or by_role("admin", office), by_role("representative", office)
        if not managers or not reps:
            continue
        rep = rng.choice(reps)
        plan.append({"kind": "assign", "lead": i, "manager": rng.choice(managers), "representative": rep})
        if rng.random() >= 0.6:
            continue
        lang = "fr" if office == "romandie" else "de"
        n_events = rng.choice([1, 1, 2, 2, 3])
        for k in range(n_events):
            last = k == n_events - 1
            new_status = _pick(rng, FINAL_STATUS_WEIGHTS) if last else None
            if new_status:
                event_type = rng.choice(["call", "meeting"])
            else:
                event_type = "call" if k == 0 else _pick(rng, EVENT_TYPE_WEIGHTS)
            final = new_status in ("won", "lost", "do_not_contact")
            plan.append({
                "kind": "event", "lead": i, "user": rep, "event_type": event_type,
                "note": STATUS_NOTES[lang][new_status] if new_status else rng.choice(NOTES[lang][event_type]),
                "new_status": new_status,
                "next_step": None if final or rng.random() < 0.3 else rng.choice(NEXT_STEPS[lang]),
            })
    return plan


# --- partner deliveries: the demo arrives the way real data does --------------------

PARTNER_CODE = "swissleads"
PARTNER_NAME = "SwissLeads AG"
# The partner's headers (a Swiss Excel export) -> Leadbase fields (app.save_partner).
PARTNER_COLUMNS = {"Firma": "company_name", "Rechtsform": "legal_form", "UID": "uid", "Adresse": "street",
                   "PLZ": "plz", "Ort": "ort", "Kanton": "canton", "Telefon": "phone", "E-Mail": "email",
                   "Webseite": "website", "NOGA": "branche", "Grösse": "size_category"}
DELIVERY_MONTHS = 24
REDELIVERY_SHARE = 0.15  # of a file: companies of earlier files again, in other spellings


def _months_back(today: date, months: int) -> date:
    index = today.year * 12 + today.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def delivery_dates(today: date) -> list[date]:
    """The received dates of the monthly files: the 3rd of each of the last 24 months."""
    return [_months_back(today, DELIVERY_MONTHS - m).replace(day=3) for m in range(DELIVERY_MONTHS)]


def first_delivery(lead_index: int) -> int:
    """The month (0-23) whose file first delivers lead ``lead_index``."""
    return lead_index % DELIVERY_MONTHS


def _partner_row(lead: dict) -> dict:
    fields = {v: k for k, v in PARTNER_COLUMNS.items()}
    return {fields[f]: ("" if lead.get(f) is None else str(lead[f])) for f in fields}


def _respelled(rng: random.Random, lead: dict) -> dict:
    """The same company as another partner clerk types it: name in capitals without
    its legal form, phone in national format, UID without punctuation plus MWST,
    e-mail in capitals (one or two of these)."""
    row = dict(lead)
    for change in rng.sample(["name", "phone", "uid", "email"], rng.choice([1, 2])):
        if change == "name":
            base = lead["company_name"].removesuffix(f" {lead['legal_form']}") if lead["legal_form"] else \
                lead["company_name"]
            row["company_name"], row["legal_form"] = base.upper(), None
        elif change == "phone" and lead["phone"]:
            row["phone"] = "0" + lead["phone"].removeprefix("+41 ")
        elif change == "uid" and lead["uid"]:
            row["uid"] = lead["uid"].replace("-", "").replace(".", "") + " MWST"
        elif change == "email" and lead["email"]:
            row["email"] = lead["email"].upper()
    return row


def demo_deliveries(leads: list[dict], today: date, seed: int = 2026) -> list[dict]:
    """24 monthly files, oldest first: {"received_at": date, "rows": [partner rows],
    "leads": [the index into ``leads`` of each row's company]}.
    Each lead arrives first in month first_delivery(i); from the second month on a
    file also re-delivers REDELIVERY_SHARE earlier companies in other spellings, one
    company twice (a duplicate within the file) and one row without a company name."""
    rng = random.Random(f"{seed}-deliveries")
    # Re-deliveries favour companies that reached an outcome, so later files meet
    # customers, lost leads and do-not-contact requests (and their windows).
    decided = sorted({e["lead"] for e in demo_activity(len(leads), demo_users(), seed, leads=leads)
                      if e.get("new_status") in ("won", "lost", "do_not_contact")})
    files = []
    for month, received in enumerate(delivery_dates(today)):
        fresh = [i for i in range(len(leads)) if first_delivery(i) == month]
        earlier = [i for i in range(len(leads)) if first_delivery(i) < month]
        rows = [(i, _partner_row(leads[i])) for i in fresh]
        if earlier:
            wanted = round(len(fresh) * REDELIVERY_SHARE) + 1
            outcome = [i for i in decided if first_delivery(i) < month]
            picked = rng.sample(outcome, min(len(outcome), wanted // 2))
            picked += rng.sample([i for i in earlier if i not in picked], wanted - len(picked))
            for i in picked:
                rows.insert(rng.randrange(len(rows) + 1), (i, _partner_row(_respelled(rng, leads[i]))))
        if fresh:
            i = rng.choice(fresh)
            rows.append((i, _partner_row(_respelled(rng, leads[i]))))
        i = rng.randrange(len(leads))
        rows.append((i, {**_partner_row(leads[i]), "Firma": ""}))
        files.append({"received_at": received, "rows": [r for _, r in rows], "leads": [i for i, _ in rows]})
    return files


def demo_timeline(leads: list[dict], users: list[dict], today: date, seed: int = 2026) -> list[dict]:
    """Everything in business-time order: {"kind": "delivery", "month": m} for each file,
    then demo_activity's assignments and events, each event with an occurred_at
    (datetime, UTC) between its lead's delivery and today, so that later files meet
    customers, lost leads and do-not-contact requests inside or past their windows."""
    rng = random.Random(f"{seed}-timeline")
    received = delivery_dates(today)
    now = datetime.combine(today, time(9, 0), timezone.utc) - timedelta(days=1)
    steps, by_lead = [], {}
    for entry in demo_activity(len(leads), users, seed, leads=leads):
        by_lead.setdefault(entry["lead"], []).append(entry)
    for i, entries in by_lead.items():
        start = datetime.combine(received[first_delivery(i)], time(8, 0), timezone.utc) + timedelta(days=1)
        span = max(1.0, min((now - start).total_seconds(), 240 * 86400.0))
        times = sorted(start + timedelta(seconds=rng.uniform(0, span)) for _ in entries)
        for entry, at in zip(entries, times):
            at = at.replace(hour=rng.randint(8, 17), minute=rng.choice([0, 15, 30, 45]), second=0, microsecond=0)
            steps.append({**entry, "occurred_at": min(max(at, start), now)})
    deliveries = [{"kind": "delivery", "month": m,
                   "occurred_at": datetime.combine(d, time(7, 0), timezone.utc)} for m, d in enumerate(received)]
    order = {"delivery": 0, "assign": 1, "event": 2}
    return sorted(deliveries + steps, key=lambda s: (s["occurred_at"], order[s["kind"]]))


if __name__ == "__main__":
    from collections import Counter

    users, leads = demo_users(), demo_leads()
    plan = demo_activity(len(leads), users)
    offices = Counter(office_for_plz(lead["plz"]) for lead in leads)
    assigns = Counter(office_for_plz(leads[e["lead"]]["plz"]) for e in plan if e["kind"] == "assign")
    events = Counter(office_for_plz(leads[e["lead"]]["plz"]) for e in plan if e["kind"] == "event")
    for office in OFFICE_WEIGHTS:
        members = sum(office in u["office_codes"] for u in users)
        print(f"{office:9} leads {offices[office]:4}  assigned {assigns[office]:4}  "
              f"events {events[office]:4}  users {members:2}")
    print(f"total     leads {len(leads):4}  assigned {sum(assigns.values()):4}  "
          f"events {sum(events.values()):4}  users {len(users):2}  places {len(PLACES)}")
    assert len({lead["company_name"] for lead in leads}) == len(leads), "company names not unique"
    assert all(1000 <= lead["plz"] <= 9999 for lead in leads), "PLZ out of range"
    assert all(offices[o] for o in OFFICE_WEIGHTS), "an office has no leads"
    assert all(lead["branche"] in _BRANCH_TABLE for lead in leads)
    assert demo_leads() == leads and demo_activity(len(leads), users) == plan, "not deterministic"
