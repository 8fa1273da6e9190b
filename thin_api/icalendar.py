"""iCalendar text (RFC 5545) for follow-ups: formatting only.

Which follow-ups exist, whose they are and what they say come from the database
(app.read_calendar_feed, app.get_lead_follow_up); this module writes them down:
CRLF line endings, lines folded at 75 octets (never inside a UTF-8 character),
TEXT values escaped (backslash, semicolon, comma, newline; other control characters
are not allowed in TEXT and are dropped), one all-day VEVENT per follow-up.

Why not a package: the output is one fixed shape of a dozen properties, and the
rules it needs (folding, escaping, DATE and UTC DATE-TIME values) fit in this file;
`icalendar` on PyPI is well kept but brings a parser, time zone handling and
pytz/dateutil-era dependencies that nothing here would use.
"""
from datetime import date, datetime, timedelta, timezone

PRODID = "-//Leadbase//Follow-ups//EN"
LINE_OCTETS = 75
CRLF = "\r\n"


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545, 3.3.11)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(ch for ch in value if ch in "\n\t" or not (ord(ch) < 32 or ord(ch) == 127))
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line: str) -> str:
    """One content line folded into physical lines of at most 75 octets each
    (3.1): a continuation line starts with a space, which counts."""
    parts, current, size = [], "", 0
    for ch in line:
        octets = len(ch.encode("utf-8", "surrogatepass"))
        if size + octets > LINE_OCTETS:
            parts.append(current)
            current, size = " ", 1
        current += ch
        size += octets
    parts.append(current)
    return CRLF.join(parts)


def date_value(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def utc_value(moment: datetime) -> str:
    if moment.tzinfo is None:  # the database's times are UTC (SQL Server: datetime2 without zone)
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def follow_up_event(row: dict, url: str, uid_host: str) -> list[str]:
    """The content lines of one follow-up (a row of app.read_calendar_feed or
    app.get_lead_follow_up): an all-day event on next_step_at. The UID is the
    lead and the event that set the step, so it stays the same on every refresh."""
    company, step = row["company_name"], row["next_step"]
    summary = f"{company}: {step}" if step else company
    description = "\n".join(part for part in (step, row["ort"], url) if part)
    day = row["next_step_at"]
    lines = [
        "BEGIN:VEVENT",
        f"UID:leadbase-lead-{row['lead_id']}-step-{row['event_id']}@{uid_host}",
        f"DTSTAMP:{utc_value(row['event_at'])}",
        f"DTSTART;VALUE=DATE:{date_value(day)}",
    ]
    if day < date.max:  # one day; without DTEND an all-day event lasts one day too (3.6.1)
        lines.append(f"DTEND;VALUE=DATE:{date_value(day + timedelta(days=1))}")
    lines += [
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"URL:{url}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]
    return lines


def calendar(events: list[list[str]], name: str | None = None, refresh_hours: int | None = None) -> str:
    """A VCALENDAR of the given events, as the text to send (CRLF after every line)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    if refresh_hours:
        # How often a subscribed client should fetch again (RFC 7986; Outlook's name).
        lines.append(f"REFRESH-INTERVAL;VALUE=DURATION:PT{refresh_hours}H")
        lines.append(f"X-PUBLISHED-TTL:PT{refresh_hours}H")
    for event in events:
        lines += event
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
