"""The manager's office on screen: the dashboard's charts and their tables, the
team page, a representative's own figures, filters and "as of", through Flask's
test client. Every number shown is a row of app.get_kpis or get_partner_quality."""
import re
import time
from datetime import date, datetime, timedelta, timezone

import pytest

from .test_web import app, as_user, client, text  # noqa: F401  (fixtures)


def _table(page: str, table_id: str) -> list[list[str]]:
    body = re.search(rf'<table[^>]*id="{table_id}".*?<tbody>(.*?)</tbody>', page, re.S).group(1)
    return [[re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]


def test_manager_dashboard_draws_each_chart_with_its_numbers(as_user, pg):
    page = text(as_user("lu.mgr").get("/dashboard"))
    for chart in ("chart-funnel", "chart-months", "chart-aging", "chart-team"):
        assert f'<svg class="chart" id="{chart}" role="img"' in page
    # Luzern: lu1 (assigned to Lu Rep, called) and lu2 (new), both delivered today.
    assert _table(page, "table-funnel") == [
        ["New", "2", "2", "100.0 %"], ["Contacted", "1", "2", "50.0 %"], ["Qualified", "0", "1", "0.0 %"],
        ["Won", "0", "0", ""]]
    assert _table(page, "table-team") == [["Lu Rep", "1"], ["Available (unassigned)", "1"]]
    assert _table(page, "table-aging")[0] == ["0–7 days", "2"]
    assert _table(page, "table-months") == [[datetime.now(timezone.utc).strftime("%Y-%m"), "2", "0", "0.0 %"]]
    assert 'id="tile-contact-rate">50.0 %<' in page
    # Nothing of another office: Romandie's companies and figures are not there.
    assert "Ro Rep" not in page


def test_team_page_has_a_line_per_representative(as_user):
    page = text(as_user("lu.mgr").get("/dashboard/team"))
    rows = _table(page, "team")
    assert [r[0] for r in rows] == ["Lu Rep"]
    # assigned 1, delivered 1, contact rate 100 %, qualified 0, won 0, one call
    assert rows[0][1:4] == ["1", "1", "100.0 %"]
    assert rows[0][5:8] == ["0", "0", "1"]


def test_a_representative_sees_their_own_figures_only(as_user, pg):
    client = as_user("lu.rep")
    page = text(client.get("/dashboard"))
    assert "My figures" in page and "chart-team" not in page and "Partner quality" not in page
    assert 'id="tile-available">1<' in page  # the office's unassigned lead lu2: nobody's, shown to all
    # lu1 is theirs: one lead delivered, contacted.
    assert _table(page, "table-funnel")[:2] == [["New", "1", "1", "100.0 %"], ["Contacted", "1", "1", "100.0 %"]]
    # Naming a colleague changes nothing: the representative's own rows again.
    other = text(client.get(f"/dashboard?user_id={pg.world.users['lu_rep2']}"))
    assert _table(other, "table-funnel") == _table(page, "table-funnel")


def test_multi_office_manager_chooses_the_office(as_user):
    client = as_user("multi.mgr")
    page = text(client.get("/dashboard"))
    assert '<option value="luzern"' in page and '<option value="egeli"' in page
    egeli = text(client.get("/dashboard?office=egeli"))
    assert _table(egeli, "table-aging")[0] == ["0–7 days", "2"]
    assert client.get("/dashboard?office=romandie").status_code == 400


def test_as_of_a_past_day_shows_the_figures_then(as_user, pg):
    client = as_user("lu.mgr")
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    page = text(client.get(f"/dashboard?as_of={yesterday}"))
    assert "chart-funnel" not in page and "No deliveries in this period." in page
    assert 'id="tile-available">0<' in page


@pytest.mark.parametrize("query", [
    "as_of=2999-01-01", "as_of=yesterday", "period_from=2026-13-01", "period_from=2020-01-01&period_to=2026-01-01",
    "period_from=2026-03-01&period_to=2026-02-01", "user_id=99999999999", "office=bern",
])
def test_bad_filters_answer_400_with_a_message(as_user, query):
    client = as_user("lu.mgr")
    assert client.get(f"/dashboard?{query}").status_code == 400
    assert client.get(f"/dashboard/team?{query}").status_code == 400
