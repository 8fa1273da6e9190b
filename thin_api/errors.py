"""Leadbase's error numbers, the same on both engines (db/CONTRACT.md).

SQL Server THROWs 50400..50409; PostgreSQL raises SQLSTATE LB400..LB409. The HTTP
status is the last three digits: the one place that maps them.
"""
import re

HTTP_STATUS = {50400: 400, 50401: 401, 50403: 403, 50404: 404, 50409: 409}
_PG_SQLSTATE = re.compile(r"^LB(\d{3})$")
_MSSQL_NUMBER = re.compile(r"\((5\d{4})\)")


class LeadbaseError(Exception):
    """A business error raised by a procedure: stable number, readable message."""

    def __init__(self, number: int, message: str):
        super().__init__(message)
        self.number = number
        self.message = message

    @property
    def http_status(self) -> int:
        return HTTP_STATUS.get(self.number, 500)


def number_from_sqlstate(sqlstate: str | None) -> int | None:
    match = _PG_SQLSTATE.match(sqlstate or "")
    return 50000 + int(match.group(1)) if match else None


def from_mssql_message(text: str) -> tuple[int | None, str]:
    """pyodbc puts the native error number in parentheses after the message."""
    numbers = _MSSQL_NUMBER.findall(text)
    message = text.split("[SQL Server]")[-1]
    message = re.sub(r"\s*\(\d+\)\s*(\(SQL\w+\))?\s*$", "", message).strip()
    return (int(numbers[-1]) if numbers else None), message
