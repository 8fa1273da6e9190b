"""Small helpers shared by the tests."""
import re

import pytest

from thin_api.errors import LeadbaseError


def error_of(engine, procedure, as_user=None, **params) -> LeadbaseError:
    with pytest.raises(LeadbaseError) as caught:
        engine.call(procedure, as_user=as_user, **params)
    return caught.value


def without_numbers(text: str) -> str:
    return re.sub(r"\d+", "#", text)


MISSING_LEAD = 987654321
