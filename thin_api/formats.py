"""Swiss formats, the same in every language: dates 29.11.2026, times 14:17 (Swiss
time), numbers 1'234, phone numbers +41 41 779 29 06. Jinja filters."""
from datetime import date, datetime
from zoneinfo import ZoneInfo

import phonenumbers

# The database keeps UTC; people read Swiss time.
LOCAL_TIME = ZoneInfo("Europe/Zurich")


def swiss_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(LOCAL_TIME)
    return value.strftime("%d.%m.%Y")


def swiss_time(value: datetime | None) -> str:
    return "" if value is None else value.astimezone(LOCAL_TIME).strftime("%H:%M")


def swiss_datetime(value: datetime | None) -> str:
    return "" if value is None else f"{swiss_date(value)} {swiss_time(value)}"


def swiss_number(value: int | float | None) -> str:
    if value is None:
        return ""
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"
    return text.replace(",", "'")


def swiss_phone(value: str | None) -> str:
    """+41 41 779 29 06 for a number that parses as Swiss (or international); else as given."""
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, "CH")
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_valid_number(number):
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


FILTERS = {"swiss_date": swiss_date, "swiss_time": swiss_time, "swiss_datetime": swiss_datetime,
           "swiss_number": swiss_number, "swiss_phone": swiss_phone}


def init_app(app) -> None:
    app.jinja_env.filters.update(FILTERS)
