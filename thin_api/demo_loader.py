"""Loads the demo data (thin_api/demo_data.py) the way real data arrives: the admin
creates the users and the partner SwissLeads AG, then 24 monthly partner files go
through the real import (thin_api/imports.py, app.import_batch), oldest first. Between
the files, managers assign and representatives log calls, e-mails and meetings with
the business date they happened on (log_event's occurred_at), so a later file meets
customers, lost leads and do-not-contact requests and shows refreshes, suppressions,
duplicates and invalid rows. Loads once: a database with leads is left alone."""
import csv
import json
import tempfile
from collections import Counter
from datetime import date, datetime, time, timezone
from pathlib import Path

from . import demo_data
from .deploy import bootstrap_admin
from .gateway import Gateway
from .imports import import_file
from .passwords import hash_password

ADMIN_LOGIN = "andrea.baumann"


def _write_file(path: Path, rows: list[dict]) -> None:
    """A Swiss Excel export: Windows-1252, semicolons, CRLF."""
    with open(path, "w", encoding="cp1252", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(demo_data.PARTNER_COLUMNS), delimiter=";", lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)


def _import_month(gw: Gateway, admin_id: int, folder: Path, delivery: dict, lead_ids: dict, counts: Counter):
    """Imports one monthly file; records the lead each row created or refreshed."""
    received = delivery["received_at"]
    path = folder / f"swissleads_{received:%Y-%m}.csv"
    _write_file(path, delivery["rows"])
    outcome = import_file(gw, admin_id, path, demo_data.PARTNER_CODE,
                          datetime.combine(received, time(7, 0), timezone.utc))
    counts.update({k.removesuffix("_count"): v for k, v in outcome.counts.items() if k != "row_count"})
    decided = gw.call("list_import_decisions", as_user=admin_id, batch_id=outcome.batch_id, page_size=200)
    for d in decided:
        lead_index = delivery["leads"][d["row_no"] - 1]
        if d["lead_id"] is not None and lead_index not in lead_ids:
            lead_ids[lead_index] = d["lead_id"]


def load(admin_url: str, app_url: str, today: date | None = None) -> str:
    """admin_url: a superuser (creates the first admin); app_url: the web app's login."""
    today = today or datetime.now(timezone.utc).date()
    password_hash = hash_password(demo_data.DEMO_PASSWORD)
    admin = next(u for u in demo_data.demo_users() if u["login_name"] == ADMIN_LOGIN)
    admin_id = bootstrap_admin(admin_url, ADMIN_LOGIN, admin["display_name"], password_hash)
    gw = Gateway(app_url, pool_size=2)  # some 500 calls: a new connection each cost ~4x the call
    try:
        return _load(gw, admin_id, password_hash, today)
    finally:
        gw.close()


def _load(gw: Gateway, admin_id: int, password_hash: str, today: date) -> str:
    existing = gw.call("list_leads", as_user=admin_id, page_size=1)
    if existing:
        return f"demo data present ({existing[0]['total_count']} leads); left as it is"

    users = {}
    with gw.session(as_user=admin_id) as s:
        for user in demo_data.demo_users():
            row = s.call("save_user", login_name=user["login_name"], display_name=user["display_name"],
                         role_code=user["role_code"], office_codes=",".join(user["office_codes"]),
                         password_hash=password_hash)[0]
            users[user["login_name"]] = row["user_id"]
        s.call("save_partner", partner_code=demo_data.PARTNER_CODE, partner_name=demo_data.PARTNER_NAME,
               column_map=json.dumps(demo_data.PARTNER_COLUMNS))

    leads = demo_data.demo_leads()
    deliveries = demo_data.demo_deliveries(leads, today)
    lead_ids, unassigned, counts, events = {}, set(), Counter(), 0
    with tempfile.TemporaryDirectory(prefix="leadbase-demo-") as folder:
        for step in demo_data.demo_timeline(leads, demo_data.demo_users(), today):
            if step["kind"] == "delivery":
                _import_month(gw, admin_id, Path(folder), deliveries[step["month"]], lead_ids, counts)
                continue
            lead_id = lead_ids.get(step["lead"])
            if lead_id is None or step["lead"] in unassigned:  # held when delivered: nobody works on it
                unassigned.add(step["lead"])
                continue
            if step["kind"] == "assign":
                gw.call("assign_lead", as_user=users[step["manager"]], lead_id=lead_id,
                        user_id=users[step["representative"]])
            else:
                gw.call("log_event", as_user=users[step["user"]], lead_id=lead_id,
                        event_type=step["event_type"], note=step.get("note"), new_status=step.get("new_status"),
                        next_step=step.get("next_step"), occurred_at=step["occurred_at"])
                events += 1
    # The offices' outcomes so far teach each office its score, as the nightly job would.
    with gw.session(as_user=admin_id) as s:
        models = [m for m in s.call("refit_scoring_model") if m["model_id"] is not None]
        s.call("rescore_leads")
    outcomes = ", ".join(f"{counts[k]} {k}" for k in ("new", "refreshed", "suppressed", "duplicate", "invalid"))
    return (f"demo data loaded: {len(users)} users, {len(deliveries)} partner files ({outcomes}), "
            f"{events} events, {len(models)} offices scored by their own outcomes; "
            f"sign in as any demo user with password {demo_data.DEMO_PASSWORD!r}")
