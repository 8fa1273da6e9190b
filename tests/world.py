"""A small, known world built through the app procedures: people and leads in all
three offices. Tests refer to them by name: world.users['lu_rep'], world.leads['ro1']."""
from dataclasses import dataclass, field

from thin_api.deploy import bootstrap_admin
from thin_api.passwords import hash_password

PASSWORD = "correct horse battery"

USERS = [
    # name, role, offices
    ("lu_rep", "representative", "luzern"),
    ("lu_rep2", "representative", "luzern"),
    ("lu_mgr", "manager", "luzern"),
    ("ro_rep", "representative", "romandie"),
    ("ro_mgr", "manager", "romandie"),
    ("eg_rep", "representative", "egeli"),
    ("multi_mgr", "manager", "egeli,luzern"),
    ("gone_rep", "representative", "luzern"),
]

LEADS = [
    # name, company, plz, ort, office it must route to
    ("lu1", "Pilatus Holzbau AG", 6003, "Luzern", "luzern"),
    ("lu2", "Zuger Treuhand GmbH", 6300, "Zug", "luzern"),
    ("ro1", "Boulangerie du Lac Sàrl", 1003, "Lausanne", "romandie"),
    ("ro2", "Horlogerie Neuchâtel SA", 2000, "Neuchâtel", "romandie"),
    ("eg1", "Aare Elektro AG", 3011, "Bern", "egeli"),
    ("eg2", "Limmat Informatik GmbH", 8001, "Zürich", "egeli"),
]


@dataclass
class World:
    users: dict = field(default_factory=dict)
    leads: dict = field(default_factory=dict)
    offices: dict = field(default_factory=dict)  # lead name -> office code


def bootstrap_admin_pg(admin_url: str, password_hash: str) -> int:
    return bootstrap_admin(admin_url, "admin", "Ada Admin", password_hash)


def build_world(admin_url, gateway, bootstrap=bootstrap_admin_pg) -> World:
    password_hash = hash_password(PASSWORD)
    world = World()
    world.users["admin"] = bootstrap(admin_url, password_hash)
    with gateway.session(as_user=world.users["admin"]) as s:
        for name, role, offices in USERS:
            row = s.call("save_user", login_name=name.replace("_", "."), display_name=name.replace("_", " ").title(),
                         role_code=role, office_codes=offices, password_hash=password_hash)[0]
            world.users[name] = row["user_id"]
        for name, company, plz, ort, office in LEADS:
            row = s.call("add_lead", company_name=company, plz=plz, ort=ort, size_category="small",
                         phone="+41 41 000 00 00")[0]
            assert row["office_code"] == office, (name, row)
            world.leads[name] = row["lead_id"]
            world.offices[name] = office
        s.call("save_user", login_name="gone.rep", display_name="Gone Rep", role_code="representative",
               office_codes="luzern", is_active=False)
    gateway.call("assign_lead", as_user=world.users["lu_mgr"], lead_id=world.leads["lu1"],
                 user_id=world.users["lu_rep"])
    gateway.call("assign_lead", as_user=world.users["ro_mgr"], lead_id=world.leads["ro1"],
                 user_id=world.users["ro_rep"])
    gateway.call("log_event", as_user=world.users["lu_rep"], lead_id=world.leads["lu1"],
                 event_type="call", note="Spoke to the owner", next_step="Send offer")
    gateway.call("log_event", as_user=world.users["ro_rep"], lead_id=world.leads["ro1"],
                 event_type="call", note="Rappeler lundi")
    return world
