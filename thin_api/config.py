"""Configuration from the environment (the Flask tutorial's defaults-then-override)."""
import os
import secrets


def from_environment() -> dict:
    return {
        # The web app's login: PostgreSQL URL, or mssql://... / an ODBC string.
        "DATABASE_URL": os.environ.get("LEADS_DATABASE_URL", ""),
        "SECRET_KEY": os.environ.get("LEADS_SECRET_KEY") or secrets.token_hex(32),
        # Only the demo lists its users and password on the sign-in page.
        "DEMO": os.environ.get("LEADS_DEMO", "") == "1",
    }
