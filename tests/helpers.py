"""Small helpers shared by the tests."""
import re
import secrets

import psycopg
import pytest
from psycopg import sql

from thin_api.deploy import login_url
from thin_api.errors import LeadbaseError


def error_of(engine, procedure, as_user=None, **params) -> LeadbaseError:
    with pytest.raises(LeadbaseError) as caught:
        engine.call(procedure, as_user=as_user, **params)
    return caught.value


def without_numbers(text: str) -> str:
    return re.sub(r"\d+", "#", text)


def pg_login(pg, name: str, *groups: str) -> str:
    """PostgreSQL: a fresh login role in the given groups, with a password (the test
    cluster trusts nobody); its URL to pg's database."""
    password = secrets.token_urlsafe(16)
    with psycopg.connect(pg.admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(name),
                                                                       sql.Literal(password)))
        for group in groups:
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(name)))
    return login_url(pg.admin_url, name, password)


MISSING_LEAD = 987654321


def add_leads_directly(admin_url: str, office_code: str, count: int, plz: int) -> None:
    """PostgreSQL only: `count` plain leads in one office, inserted as the superuser
    (thousands at once, for the count cap; add_lead one by one would take minutes)."""
    import psycopg
    with psycopg.connect(admin_url) as conn:
        conn.execute(
            """INSERT INTO core.lead (company_name, plz, ort, office_id)
               SELECT 'Bulk ' || i || ' GmbH', %s, 'Bulkdorf', o.office_id
               FROM generate_series(1, %s) AS i
               CROSS JOIN core.office AS o WHERE o.office_code = %s""", (plz, count, office_code))
