"""Retention (Swiss nDSG, issue 9), engine-agnostic: app.apply_retention erases every
lead past its retention period the way app.erase_lead erases one (hashed markers
kept, personal data gone), per office, idempotent, logged; app.save_retention_period
historizes the setting; an admin of one office never touches another office's leads."""
from datetime import datetime, timedelta, timezone

import psycopg

from .helpers import error_of
from .imports_support import by_row, run_import

LONG_AGO = datetime.now(timezone.utc) - timedelta(days=5 * 365)


def row(name, plz, ort, **more):
    return {"company_name": name, "plz": plz, "ort": ort, **more}


def _old_leads(engine, rows):
    """Leads delivered five years ago (business time), with no activity since."""
    batch, result = run_import(engine, rows, received_at=LONG_AGO)
    assert result["new_count"] == len(rows)
    return [d["lead_id"] for d in sorted(by_row(engine, batch["batch_id"]).values(), key=lambda d: d["row_no"])]


def _by_office(result):
    return {r["office_code"]: r for r in result}


def test_leads_past_retention_are_erased_and_their_company_stays_suppressed(engine):
    old_lu, old_ro = _old_leads(engine, [
        row("Veraltet Holz AG", 6003, "Luzern", phone="041 555 66 77", email="info@veraltet.ch"),
        row("Ancienne Boulangerie SA", 1003, "Lausanne"),
    ])
    fresh = engine.world.leads["lu1"]  # delivered today: kept
    dry = _by_office(engine.call("apply_retention", as_user="admin", dry_run=True))
    assert (dry["luzern"]["lead_count"], dry["romandie"]["lead_count"], dry["egeli"]["lead_count"]) == (1, 1, 0)
    assert dry["luzern"]["retention_months"] == 36 and dry["luzern"]["marker_count"] == 4
    [still] = engine.call("get_lead", as_user="lu_mgr", lead_id=old_lu)
    assert still["company_name"] == "Veraltet Holz AG"  # a dry run changes nothing

    done = _by_office(engine.call("apply_retention", as_user="admin"))
    assert (done["luzern"]["lead_count"], done["romandie"]["lead_count"]) == (1, 1)
    assert done["luzern"]["marker_count"] == 4  # name+PLZ, phone, e-mail and its domain
    [gone] = engine.call("get_lead", as_user="lu_mgr", lead_id=old_lu)
    assert gone["company_name"] == f"erased #{old_lu}"
    assert (gone["phone"], gone["email"]) == (None, None)
    [kept] = engine.call("get_lead", as_user="lu_mgr", lead_id=fresh)
    assert kept["company_name"] == "Pilatus Holzbau AG"
    [ro] = engine.call("get_lead", as_user="ro_mgr", lead_id=old_ro)
    assert ro["company_name"] == f"erased #{old_ro}"

    # Idempotent: a second run finds nothing.
    again = engine.call("apply_retention", as_user="admin")
    assert sum(r["lead_count"] for r in again) == 0

    # The same company delivered again, in another spelling, is held for good.
    batch, _ = run_import(engine, [row("VERALTET HOLZ", 6003, "Luzern"), row("Neu", 6004, "Luzern",
                                                                              phone="+41 41 555 66 77")])
    rows = by_row(engine, batch["batch_id"])
    assert [(rows[i]["reason_code"], rows[i]["until_date"]) for i in (1, 2)] == [
        ("suppression_list", None), ("suppression_list", None)]


def test_activity_customers_and_office_periods_decide_who_is_due(engine):
    active, customer, short = _old_leads(engine, [
        row("Aktiv Treuhand AG", 6003, "Luzern"),
        row("Kunde Garage AG", 6004, "Luzern"),
        row("Kurz Elektro AG", 3011, "Bern"),
    ])
    engine.call("log_event", as_user="lu_mgr", lead_id=active, event_type="call", note="Ruft zurück")
    engine.call("log_event", as_user="lu_mgr", lead_id=customer, event_type="meeting", new_status="won")
    # A customer stays however old; recent activity keeps a lead; egeli keeps 12 months.
    [saved] = engine.call("save_retention_period", as_user="admin", retention_months=12, office_code="egeli")
    assert (saved["office_code"], saved["retention_months"]) == ("egeli", 12)
    result = _by_office(engine.call("apply_retention", as_user="admin", dry_run=True))
    assert (result["luzern"]["lead_count"], result["egeli"]["lead_count"]) == (0, 1)
    assert (result["luzern"]["retention_months"], result["egeli"]["retention_months"]) == (36, 12)
    [glob] = engine.call("save_retention_period", as_user="admin", retention_months=24)
    assert (glob["office_code"], glob["retention_months"]) == (None, 24)


def test_only_admins_run_retention_and_bad_input_is_named(engine):
    assert error_of(engine, "apply_retention", as_user="lu_mgr").number == 50403
    assert error_of(engine, "apply_retention", as_user="lu_rep").number == 50403
    assert error_of(engine, "save_retention_period", as_user="lu_mgr", retention_months=12).number == 50403
    bad = error_of(engine, "save_retention_period", as_user="admin", retention_months=0, office_code="nowhere")
    assert bad.number == 50400
    assert "retention_months" in bad.message and "office_code" in bad.message
    assert error_of(engine, "apply_retention", as_user="admin", dry_run=None).number == 50400


def test_an_admin_of_one_office_never_touches_another_offices_leads(engine):
    old_lu, old_ro = _old_leads(engine, [row("Alt Luzern AG", 6003, "Luzern"), row("Vieux SA", 1003, "Lausanne")])
    [ro_admin] = engine.call("save_user", as_user="admin", login_name="ro.admin", display_name="Ro Admin",
                             role_code="admin", office_codes="romandie")
    user = ro_admin["user_id"]
    result = engine.gateway.call("apply_retention", as_user=user)
    assert [r["office_code"] for r in result] == ["romandie"]  # never names another office
    assert result[0]["lead_count"] == 1
    [lu] = engine.call("get_lead", as_user="lu_mgr", lead_id=old_lu)
    assert lu["company_name"] == "Alt Luzern AG"
    [ro] = engine.call("get_lead", as_user="ro_mgr", lead_id=old_ro)
    assert ro["company_name"] == f"erased #{old_ro}"


def test_retention_is_logged_and_anonymizes_history_on_postgres(pg):
    [old] = _old_leads(pg, [row("Geschichte AG", 6003, "Luzern", phone="041 111 22 33")])
    pg.call("log_event", as_user="lu_mgr", lead_id=old, event_type="note", note="Frau Beispiel, privat")
    # The note is activity: make it old too (business time), as the superuser.
    with psycopg.connect(pg.admin_url) as conn:
        conn.execute("UPDATE core.lead_event SET event_at = %s WHERE lead_id = %s", (LONG_AGO, old))
        conn.execute("UPDATE core.lead SET phone = '041 111 22 44' WHERE lead_id = %s", (old,))  # a version
    pg.call("apply_retention", as_user="admin")
    with psycopg.connect(pg.admin_url) as conn:
        names = conn.execute("SELECT count(*) FROM history.lead WHERE lead_id = %s AND company_name <> %s",
                             (old, f"erased #{old}")).fetchone()[0]
        notes = conn.execute("SELECT count(*) FROM history.lead_event WHERE lead_id = %s AND note IS NOT NULL",
                             (old,)).fetchone()[0]
        [log] = conn.execute("SELECT command_name, rows_affected, dry_run FROM core.command_log "
                             "WHERE command_name = 'app.apply_retention'").fetchall()
        sources = conn.execute("SELECT DISTINCT source FROM core.suppression").fetchall()
    assert (names, notes) == (0, 0)
    assert log == ("app.apply_retention", 1, False)
    assert sources == [("retention",)]


def test_the_scheduled_job_runs_retention_as_an_admin(pg, monkeypatch, capsys):
    from thin_api import cli

    [old] = _old_leads(pg, [row("Cron Alt AG", 6003, "Luzern")])
    monkeypatch.setenv("LEADS_DATABASE_URL", pg.gateway.url)
    cli.main(["retention", "--as-user", "admin", "--dry-run"])
    assert "luzern: 1 leads due (dry run, nothing changed)" in capsys.readouterr().out
    cli.main(["retention", "--as-user", "admin"])
    assert "luzern: 1 leads anonymized" in capsys.readouterr().out
    [lead] = pg.call("get_lead", as_user="lu_mgr", lead_id=old)
    assert lead["company_name"] == f"erased #{old}"
