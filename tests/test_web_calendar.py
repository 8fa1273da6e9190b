"""The calendar over HTTP (Flask's test client): the profile's link section, the
feed at /calendar/<secret>.ics without sign-in, the lead page's .ics download, and
the iCalendar text itself (RFC 5545: CRLF, folding at 75 octets, escaping). Which
follow-ups exist is the database's rule (tests/test_calendar.py)."""
import re
from datetime import date, datetime, timezone

from thin_api import icalendar

from .test_web import app, as_user, client, field, sign_in, text  # noqa: F401  (fixtures)

DAY = date(2030, 1, 31)


def _make_link(client) -> str:
    page = text(client.get("/profile"))
    assert "You have no calendar link." in page
    response = client.post("/profile/calendar", data={"csrf_token": field(page, "csrf_token")})
    assert response.status_code == 200
    page = text(response)
    assert "it is shown only this once" in page
    url = re.search(r'id="calendar-url" readonly value="([^"]+)"', page).group(1)
    assert re.fullmatch(r"http://localhost/calendar/[0-9a-f]{64}\.ics", url)
    return url.removeprefix("http://localhost")


def _unfold(body: str) -> list[str]:
    return body.replace("\r\n ", "").split("\r\n")


def test_a_representative_makes_a_link_and_a_calendar_app_reads_it_without_signing_in(as_user, app, pg):
    client = as_user("lu.rep")
    pg.call("log_event", as_user="lu_rep", lead_id=pg.world.leads["lu1"], event_type="call",
            next_step="Offerte senden, Preis; Rabatt \\ neu\nzweite Zeile", next_step_at=DAY)
    path = _make_link(client)
    calendar_app = app.test_client()  # no cookie, no sign-in
    response = calendar_app.get(path)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert response.headers["Cache-Control"] == "private, no-store"
    body = response.get_data(as_text=True)
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and body.endswith("END:VCALENDAR\r\n")
    assert "\n" not in body.replace("\r\n", "")  # CRLF only
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))
    lines = _unfold(body)
    lead_id = pg.world.leads["lu1"]
    [uid] = [line for line in lines if line.startswith("UID:")]
    assert re.fullmatch(rf"UID:leadbase-lead-{lead_id}-step-\d+@localhost", uid)
    assert "DTSTART;VALUE=DATE:20300131" in lines and "DTEND;VALUE=DATE:20300201" in lines
    assert "SUMMARY:Pilatus Holzbau AG: Offerte senden\\, Preis\\; Rabatt \\\\ neu\\nzweite Zeile" in lines
    assert f"URL:http://localhost/leads/{lead_id}" in lines
    assert any(re.fullmatch(r"DTSTAMP:\d{8}T\d{6}Z", line) for line in lines)
    # The same again: the UID is stable.
    assert calendar_app.get(path).get_data(as_text=True) == body
    # The profile now says there is a link, without showing it.
    page = text(client.get("/profile"))
    assert "You have a calendar link since" in page and path not in page


def test_a_revoked_link_and_an_unknown_one_give_an_empty_calendar(as_user, app, pg):
    client = as_user("lu.rep")
    pg.call("log_event", as_user="lu_rep", lead_id=pg.world.leads["lu1"], event_type="call",
            next_step="Call", next_step_at=DAY)
    path = _make_link(client)
    calendar_app = app.test_client()
    assert "BEGIN:VEVENT" in calendar_app.get(path).get_data(as_text=True)
    page = text(client.get("/profile"))
    response = client.post("/profile/calendar/revoke", data={"csrf_token": field(page, "csrf_token")})
    assert response.status_code == 302
    assert "Your calendar link is revoked." in text(client.get("/profile"))
    revoked = calendar_app.get(path)
    unknown = calendar_app.get("/calendar/" + "0" * 64 + ".ics")
    garbage = calendar_app.get("/calendar/not-a-secret.ics")
    for response in (revoked, unknown, garbage):
        assert response.status_code == 200
        assert "BEGIN:VEVENT" not in response.get_data(as_text=True)
    assert revoked.get_data() == unknown.get_data() == garbage.get_data()


def test_the_feed_is_read_without_a_user_even_with_a_signed_in_cookie(as_user, app, pg):
    client = as_user("lu.rep")
    pg.call("log_event", as_user="lu_rep", lead_id=pg.world.leads["lu1"], event_type="call",
            next_step="Call", next_step_at=DAY)
    path = _make_link(client)
    # Opened in the browser of a signed-in colleague of another office: the owner's feed.
    other = app.test_client()
    assert sign_in(other, "ro.rep").status_code == 302
    assert "Pilatus Holzbau AG" in other.get(path).get_data(as_text=True)


def test_the_lead_page_offers_its_follow_up_as_an_ics_download(as_user, pg):
    client = as_user("lu.rep")
    lead_id = pg.world.leads["lu1"]
    assert "Add to calendar (.ics)" not in text(client.get(f"/leads/{lead_id}"))  # undated step
    assert client.get(f"/leads/{lead_id}/follow-up.ics").status_code == 404
    pg.call("log_event", as_user="lu_rep", lead_id=lead_id, event_type="call", next_step="Call back",
            next_step_at=DAY)
    page = text(client.get(f"/leads/{lead_id}"))
    assert "Add to calendar (.ics)" in page and f"/leads/{lead_id}/follow-up.ics" in page
    response = client.get(f"/leads/{lead_id}/follow-up.ics")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert response.headers["Content-Disposition"] == f'attachment; filename="follow-up-{lead_id}.ics"'
    lines = _unfold(response.get_data(as_text=True))
    assert "SUMMARY:Pilatus Holzbau AG: Call back" in lines and lines.count("BEGIN:VEVENT") == 1


def test_a_follow_up_of_another_office_is_not_found_like_a_missing_one(as_user, app, pg):
    lead_id = pg.world.leads["lu1"]
    pg.call("log_event", as_user="lu_rep", lead_id=lead_id, event_type="call", next_step="Call", next_step_at=DAY)
    client = as_user("ro.rep")
    foreign = client.get(f"/leads/{lead_id}/follow-up.ics")
    missing = client.get("/leads/987654321/follow-up.ics")
    assert foreign.status_code == missing.status_code == 404
    assert foreign.get_data() == missing.get_data()
    # Signed out: to the sign-in page.
    assert app.test_client().get(f"/leads/{lead_id}/follow-up.ics").status_code == 302


# --- the iCalendar text -------------------------------------------------------------

def test_text_values_are_escaped_and_control_characters_dropped():
    assert icalendar.escape_text("a,b;c\\d\r\ne\nf\rg\x07h\ti") == "a\\,b\\;c\\\\d\\ne\\nf\\ng" + "h\ti"


def test_long_lines_fold_at_75_octets_and_never_inside_a_character():
    line = "SUMMARY:" + "ä€😀x" * 40
    folded = icalendar.fold(line)
    parts = folded.split("\r\n")
    assert len(parts) > 1 and all(len(p.encode()) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line
    assert icalendar.fold("x" * 75) == "x" * 75 and icalendar.fold("x" * 76) == "x" * 75 + "\r\n x"


def test_an_event_is_all_day_with_a_stable_uid():
    row = {"lead_id": 7, "event_id": 42, "company_name": "Müller AG", "ort": "Luzern", "next_step": None,
           "next_step_at": date.max, "event_at": datetime(2026, 11, 29, 17, 3, 8)}
    lines = icalendar.follow_up_event(row, "https://leadbase.example/leads/7", "leadbase.example")
    assert lines[:4] == ["BEGIN:VEVENT", "UID:leadbase-lead-7-step-42@leadbase.example",
                         "DTSTAMP:20261129T170308Z", "DTSTART;VALUE=DATE:99991231"]
    assert not any(line.startswith("DTEND") for line in lines)  # the last day has no next day
    assert "SUMMARY:Müller AG" in lines
    aware = dict(row, event_at=datetime(2026, 11, 29, 18, 3, 8, tzinfo=timezone.utc).astimezone())
    assert icalendar.follow_up_event(aware, "u", "h")[2] == "DTSTAMP:20261129T180308Z"


def test_a_nasty_secret_gets_an_empty_calendar_or_a_4xx_never_a_5xx(app):
    client = app.test_client()
    for path, status in (("/calendar/%00.ics", 400), ("/calendar/a%00b.ics", 400), ("/calendar/a%2Fb.ics", 404),
                         ("/calendar/" + "x" * 5000 + ".ics", 200), ("/calendar/%27%20OR%201%3D1.ics", 200),
                         ("/calendar/%C3%A9%E2%80%AE.ics", 200), ("/calendar/.ics", 404)):
        response = client.get(path)
        assert response.status_code == status, path
        if status == 200:
            assert "BEGIN:VEVENT" not in response.get_data(as_text=True)
