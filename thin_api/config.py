"""Configuration from the environment (the Flask tutorial's defaults-then-override)."""
import os
import secrets


def from_environment() -> dict:
    return {
        # The web app's login: PostgreSQL URL, or mssql://... / an ODBC string.
        "DATABASE_URL": os.environ.get("LEADS_DATABASE_URL", ""),
        "SECRET_KEY": os.environ.get("LEADS_SECRET_KEY") or secrets.token_hex(32),
        # PostgreSQL connections kept open for the web app (at least the server's threads).
        "DB_POOL_SIZE": int(os.environ.get("LEADS_DB_POOL_SIZE", "10")),
        # Only the demo lists its users and password on the sign-in page.
        "DEMO": os.environ.get("LEADS_DEMO", "") == "1",
        # Single sign-on (OpenID Connect), e.g. Microsoft Entra ID; off when the URL is empty.
        "OIDC_METADATA_URL": os.environ.get("LEADS_OIDC_METADATA_URL", ""),
        "OIDC_CLIENT_ID": os.environ.get("LEADS_OIDC_CLIENT_ID", ""),
        "OIDC_CLIENT_SECRET": os.environ.get("LEADS_OIDC_CLIENT_SECRET", ""),
        "OIDC_NAME": os.environ.get("LEADS_OIDC_NAME", "Microsoft"),
    }
