"""Loads the demo data (thin_api/demo_data.py) through the app procedures, as the
people in it would: the admin creates users and leads, managers assign, and
representatives log their calls. Loads once: a database with leads is left alone."""
from . import demo_data
from .deploy import bootstrap_admin
from .gateway import Gateway
from .passwords import hash_password

ADMIN_LOGIN = "andrea.baumann"


def load(admin_url: str, app_url: str) -> str:
    """admin_url: a superuser (creates the first admin); app_url: the web app's login."""
    password_hash = hash_password(demo_data.DEMO_PASSWORD)
    admin = next(u for u in demo_data.demo_users() if u["login_name"] == ADMIN_LOGIN)
    admin_id = bootstrap_admin(admin_url, ADMIN_LOGIN, admin["display_name"], password_hash)
    gw = Gateway(app_url)
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
        leads = demo_data.demo_leads()
        lead_ids = [s.call("add_lead", **lead)[0]["lead_id"] for lead in leads]

    events = 0
    for step in demo_data.demo_activity(len(leads), demo_data.demo_users(), leads=leads):
        lead_id = lead_ids[step["lead"]]
        if step["kind"] == "assign":
            gw.call("assign_lead", as_user=users[step["manager"]], lead_id=lead_id,
                    user_id=users[step["representative"]])
        else:
            gw.call("log_event", as_user=users[step["user"]], lead_id=lead_id,
                    event_type=step["event_type"], note=step.get("note"),
                    new_status=step.get("new_status"), next_step=step.get("next_step"))
            events += 1
    return (f"demo data loaded: {len(users)} users, {len(lead_ids)} leads, {events} events; "
            f"sign in as any demo user with password {demo_data.DEMO_PASSWORD!r}")
