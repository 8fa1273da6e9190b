"""Property-based: for random mappings and random leads, every lead's office is the
office its PLZ maps to, and every user sees exactly the leads of their offices."""
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

OFFICES = ["luzern", "romandie", "egeli"]


@st.composite
def mappings(draw):
    """Ranges cut from 1000-9999 at random points; each piece goes to an office or
    stays unmapped (then the catch-all, egeli, takes it)."""
    cuts = sorted(draw(st.sets(st.integers(1001, 9999), max_size=6)))
    bounds = [1000, *cuts, 10000]
    mapping = []
    for low, high in zip(bounds, bounds[1:]):
        office = draw(st.sampled_from(OFFICES + [None]))
        if office:
            mapping.append({"office_code": office, "plz_from": low, "plz_to": high - 1})
    return mapping


def expected_office(mapping, plz):
    return next((m["office_code"] for m in mapping if m["plz_from"] <= plz <= m["plz_to"]), "egeli")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mapping=mappings(), plzs=st.lists(st.integers(1000, 9999), min_size=1, max_size=8))
def test_every_lead_lands_in_the_office_its_plz_maps_to(pg, mapping, plzs):
    for i, plz in enumerate(plzs):
        pg.call("add_lead", as_user="admin", company_name=f"Probe {plz} {i} AG", plz=plz, ort="Ort")
    preview = pg.call("set_plz_mapping", as_user="admin", mapping=json.dumps(mapping), dry_run=True)
    applied = pg.call("set_plz_mapping", as_user="admin", mapping=json.dumps(mapping))
    assert applied == preview

    everything = pg.call("list_leads", as_user="admin", page_size=200)
    for lead in everything:
        assert lead["office_code"] == expected_office(mapping, lead["plz"]), lead
    for user, offices in [("lu_rep", {"luzern"}), ("ro_rep", {"romandie"}), ("multi_mgr", {"luzern", "egeli"})]:
        seen = {r["lead_id"] for r in pg.call("list_leads", as_user=user, page_size=200)}
        assert seen == {r["lead_id"] for r in everything if r["office_code"] in offices}, user
