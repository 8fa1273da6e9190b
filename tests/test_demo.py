"""The demo arrives the way real data does (issue 9): 24 monthly partner files through
the real import, later files re-delivering earlier companies in other spellings, and
events with business dates between them. Loaded once into a fresh database."""
from datetime import date, datetime, timedelta, timezone

import psycopg

import pytest

from thin_api import demo_data, demo_loader, deploy, embedded_pg

TODAY = date(2026, 11, 29)


@pytest.fixture
def empty_db(pg_server, pg_app_password):
    """A freshly deployed database without the test world: (admin URL, app URL)."""
    embedded_pg.drop_database(pg_server, "t_demo")
    admin_url = embedded_pg.ensure_database(pg_server, "t_demo")
    deploy.deploy_postgres(admin_url)
    yield admin_url, deploy.ensure_app_login(admin_url, pg_app_password)
    embedded_pg.drop_database(pg_server, "t_demo")


def test_the_files_re_deliver_earlier_companies_in_other_spellings():
    leads = demo_data.demo_leads()
    files = demo_data.demo_deliveries(leads, TODAY)
    assert [f["received_at"] for f in files][:2] == [date(2024, 11, 3), date(2024, 12, 3)]
    assert files[-1]["received_at"] == date(2026, 10, 3) and len(files) == 24
    later = files[12]
    again = [i for i in later["leads"] if demo_data.first_delivery(i) < 12]
    assert len(again) >= 3
    spelled = {later["rows"][k]["Firma"] for k, i in enumerate(later["leads"]) if i in again}
    assert spelled - {leads[i]["company_name"] for i in again}  # at least one other spelling
    assert demo_data.demo_deliveries(leads, TODAY) == files  # deterministic


def test_the_demo_loads_through_the_import_with_every_outcome(empty_db):
    admin_url, app_url = empty_db
    message = demo_loader.load(admin_url, app_url, today=TODAY)
    assert "24 partner files" in message
    with psycopg.connect(admin_url) as conn:
        outcomes = dict(conn.execute(
            "SELECT r.decision_code, count(*) FROM core.import_decision AS d "
            "JOIN core.import_reason AS r ON r.reason_code = d.reason_code GROUP BY 1").fetchall())
        span = conn.execute("SELECT min(event_at), max(event_at), count(*) FROM core.lead_event").fetchone()
        delivered = conn.execute("SELECT min(delivered_at), max(delivered_at) FROM core.lead").fetchone()
        before_delivery = conn.execute(
            "SELECT count(*) FROM core.lead_event AS e JOIN core.lead AS l USING (lead_id) "
            "WHERE e.event_at < l.delivered_at").fetchone()[0]
        # Every office learned its score from its own outcomes, and every lead has one.
        models = conn.execute("SELECT count(DISTINCT office_id) FROM core.scoring_model").fetchone()[0]
        unscored = conn.execute("SELECT count(*) FROM core.lead AS l WHERE NOT EXISTS "
                                "(SELECT 1 FROM core.lead_score AS s WHERE s.lead_id = l.lead_id)").fetchone()[0]
    assert all(outcomes.get(k, 0) > 0 for k in ("new", "refreshed", "suppressed", "duplicate", "invalid")), outcomes
    assert span[1] - span[0] > timedelta(days=365) and span[2] > 200
    assert delivered[0] < datetime(2024, 11, 4, tzinfo=timezone.utc) and before_delivery == 0
    assert models == 3 and unscored == 0 and "3 offices scored" in message
    # A second start leaves the data alone.
    assert "left as it is" in demo_loader.load(admin_url, app_url, today=TODAY)
