"""The learned score (issue 10): app.refit_scoring_model, app.rescore_leads,
app.explain_score and what they feed (the next best lead), engine-agnostic."""
import math

from .helpers import MISSING_LEAD, error_of
from .test_next_best_lead import _add_leads, _close

IT = dict(branche="62.01", canton="LU")
SHOP = dict(branche="47.11", canton="LU")


def _luzern_outcomes(engine):
    """Luzern: IT services won 8 of 10, retail won 1 of 10."""
    it = _add_leads(engine, "lu_mgr", 10, company_name="Soft", **IT)
    shop = _add_leads(engine, "lu_mgr", 10, company_name="Laden", **SHOP)
    _close(engine, it[:8], "lu_rep", "won")
    _close(engine, it[8:], "lu_rep", "lost")
    _close(engine, shop[:1], "lu_rep2", "won")
    _close(engine, shop[1:], "lu_rep2", "lost")
    return it, shop


def _weights(rows):
    return {(r["factor_code"], r["factor_value"]): r for r in rows}


def test_a_value_with_many_positives_gets_a_higher_weight_and_score(engine):
    _luzern_outcomes(engine)
    [new_it] = _add_leads(engine, "lu_mgr", 1, company_name="Neu IT", **IT)
    [new_shop] = _add_leads(engine, "lu_mgr", 1, company_name="Neu Laden", **SHOP)
    [model] = engine.call("refit_scoring_model", as_user="admin", office_code="luzern", holdout_percent=0)
    assert (model["office_code"], model["positive_count"], model["negative_count"]) == ("luzern", 9, 11)
    assert model["quality_basis"] == "training" and model["auc"] > 0.8
    assert 0.2 <= model["scale"] <= 1
    [rescored] = engine.call("rescore_leads", as_user="lu_mgr", office_code="luzern")
    assert rescored["model_id"] == model["model_id"] and rescored["lead_count"] >= 22
    it_rows = engine.call("explain_score", as_user="lu_rep", lead_id=new_it)
    shop_rows = engine.call("explain_score", as_user="lu_rep", lead_id=new_shop)
    assert len(it_rows) == 9 and [r["rank_no"] for r in it_rows] == list(range(1, 10))
    it_w, shop_w = _weights(it_rows), _weights(shop_rows)
    assert it_w[("noga_section", "J")]["weight"] > 0 > shop_w[("noga_section", "G")]["weight"]
    assert it_rows[0]["score"] > shop_rows[0]["score"]
    # The largest contribution comes first.
    assert abs(it_rows[0]["points"]) == max(abs(r["points"]) for r in it_rows)
    # The next best lead reads the learned score: the IT lead ranks above the shop.
    ranked = {r["lead_id"]: r for r in engine.call("next_best_leads", as_user="lu_rep", max_rows=50)}
    assert ranked[new_it]["score"] == it_rows[0]["score"]
    assert ranked[new_it]["rank_no"] < ranked[new_shop]["rank_no"]


def test_scores_replay_from_the_stored_contributions_and_rescore_is_idempotent(engine):
    it, shop = _luzern_outcomes(engine)
    engine.call("refit_scoring_model", as_user="admin", office_code="luzern", holdout_percent=0)
    engine.call("rescore_leads", as_user="admin", office_code="luzern")
    first = {lead: engine.call("explain_score", as_user="lu_mgr", lead_id=lead) for lead in it + shop}
    for rows in first.values():
        log_odds = float(rows[0]["prior_log_odds"]) + sum(float(r["weight"]) for r in rows)
        assert rows[0]["score"] == int(math.floor(100 / (1 + math.exp(-log_odds)) + 0.5))
    engine.call("rescore_leads", as_user="admin", office_code="luzern")
    again = {lead: engine.call("explain_score", as_user="lu_mgr", lead_id=lead) for lead in it + shop}
    assert again == first


def test_leads_without_a_model_keep_the_initial_score(engine):
    w = engine.world
    [row] = engine.call("rescore_leads", as_user="ro_mgr")
    assert (row["office_code"], row["model_id"], row["lead_count"]) == ("romandie", None, 0)
    assert engine.call("explain_score", as_user="ro_rep", lead_id=w.leads["ro2"]) == []
    [model] = engine.call("refit_scoring_model", as_user="admin", office_code="romandie")
    assert model["model_id"] is None and model["positive_count"] == 0
    [top] = engine.call("next_best_leads", as_user="ro_rep", max_rows=1)
    assert top["score"] == engine.call("get_lead", as_user="ro_rep", lead_id=top["lead_id"])[0]["score"]


def test_new_and_moved_leads_of_a_rescored_office_are_ranked_with_the_initial_score(engine):
    _luzern_outcomes(engine)
    engine.call("refit_scoring_model", as_user="admin", office_code="luzern")
    engine.call("rescore_leads", as_user="admin", office_code="luzern")
    [later] = _add_leads(engine, "lu_mgr", 1, company_name="Später", **IT)
    ranked = {r["lead_id"]: r for r in engine.call("next_best_leads", as_user="lu_rep", max_rows=50)}
    assert ranked[later]["score"] == engine.call("get_lead", as_user="lu_rep", lead_id=later)[0]["score"]
    assert engine.call("explain_score", as_user="lu_rep", lead_id=later) == []


def test_another_offices_outcomes_never_reach_this_offices_model(engine):
    it, _ = _luzern_outcomes(engine)
    [before] = engine.call("refit_scoring_model", as_user="admin", office_code="luzern", holdout_percent=0)
    engine.call("rescore_leads", as_user="admin", office_code="luzern")
    explained = engine.call("explain_score", as_user="lu_rep", lead_id=it[0])
    # Egeli loses every IT lead: Luzern's model and explanations do not change.
    egeli = _add_leads(engine, "admin", 12, company_name="Bern IT", plz=3011, ort="Bern", branche="62.01")
    with engine.gateway.session(as_user=engine.world.users["admin"]) as s:
        for lead in egeli:
            s.call("log_event", lead_id=lead, event_type="call", new_status="lost")
    [after] = engine.call("refit_scoring_model", as_user="admin", office_code="luzern", holdout_percent=0)
    engine.call("rescore_leads", as_user="admin", office_code="luzern")
    same = ("positive_count", "negative_count", "prior_log_odds", "scale", "auc", "log_loss")
    assert [before[k] for k in same] == [after[k] for k in same]
    again = engine.call("explain_score", as_user="lu_rep", lead_id=it[0])
    strip = lambda rows: [{k: v for k, v in r.items() if k not in ("model_id", "fitted_at")} for r in rows]  # noqa: E731
    assert strip(again) == strip(explained)
    [eg] = engine.call("refit_scoring_model", as_user="admin", office_code="egeli", holdout_percent=0)
    assert eg["model_id"] is None and (eg["positive_count"], eg["negative_count"]) == (0, 12)


def test_refit_and_rescore_rules(engine):
    assert error_of(engine, "refit_scoring_model", as_user="lu_rep").number == 50403
    assert error_of(engine, "refit_scoring_model", as_user="lu_mgr").number == 50403
    assert error_of(engine, "refit_scoring_model").number == 50401
    assert error_of(engine, "rescore_leads", as_user="lu_rep").number == 50403
    assert error_of(engine, "rescore_leads").number == 50401
    error = error_of(engine, "refit_scoring_model", as_user="admin", holdout_percent=51,
                     trained_from="2026-02-01", trained_to="2026-01-01")
    assert (error.number, error.message) == (50400, (
        "The value for the parameter holdout_percent is not supported. It must be between 0 and 50.; "
        "The value for the parameter trained_from is not supported. It must not be after trained_to."))
    # Another office's code answers like an unknown one.
    foreign = error_of(engine, "rescore_leads", as_user="lu_mgr", office_code="romandie")
    unknown = error_of(engine, "rescore_leads", as_user="lu_mgr", office_code="nowhere")
    assert (foreign.number, foreign.message) == (unknown.number, unknown.message) == (
        50400, "The value for the parameter office_code is not supported. It must name one of your offices.")
    assert error_of(engine, "explain_score", as_user="lu_rep", lead_id=None).number == 50400
    assert engine.call("explain_score", as_user="lu_rep", lead_id=MISSING_LEAD) == []


def test_routing_moves_the_score_rows_back_to_the_initial_score(pg):
    _luzern_outcomes(pg)
    pg.call("refit_scoring_model", as_user="admin", office_code="luzern", holdout_percent=0)
    pg.call("rescore_leads", as_user="admin", office_code="luzern")
    w = pg.world
    # lu2 (PLZ 6300, Zug) moves to Egeli when Luzern's range shrinks: its learned score
    # (Luzern's model) is not explained there, and it keeps a row in its new office.
    assert pg.call("explain_score", as_user="lu_rep", lead_id=w.leads["lu2"]) != []
    mapping = '[{"office_code":"luzern","plz_from":6000,"plz_to":6299},' \
              '{"office_code":"romandie","plz_from":1000,"plz_to":2499},' \
              '{"office_code":"romandie","plz_from":2800,"plz_to":2999}]'
    pg.call("set_plz_mapping", as_user="admin", mapping=mapping)
    assert pg.call("explain_score", as_user="eg_rep", lead_id=w.leads["lu2"]) == []
    import psycopg
    with psycopg.connect(pg.admin_url) as conn:
        office, model = conn.execute("SELECT o.office_code, s.model_id FROM core.lead_score AS s "
                                     "JOIN core.office AS o USING (office_id) WHERE s.lead_id = %s",
                                     (w.leads["lu2"],)).fetchone()
    assert (office, model) == ("egeli", None)


def test_the_model_list_shows_a_refit_with_its_figures_and_history_lists_older_versions(engine):
    _luzern_outcomes(engine)
    [first] = engine.call("refit_scoring_model", as_user="admin", office_code="luzern", holdout_percent=0)
    [rescored] = engine.call("rescore_leads", as_user="admin", office_code="luzern")
    current = {r["office_code"]: r for r in engine.call("list_scoring_models", as_user="admin")}
    luzern = current["luzern"]
    same = ("model_id", "trained_from", "trained_to", "positive_count", "negative_count", "holdout_count",
            "quality_basis", "auc", "log_loss", "fitted_at")
    assert [luzern[k] for k in same] == [first[k] for k in same]
    assert luzern["fitted_by"] == "Ada Admin" and luzern["rescored_at"] is not None
    assert luzern["lead_count"] == rescored["lead_count"] >= 20
    # An office without a model yet is listed, in NULLs: it needs a refit.
    romandie = current["romandie"]
    assert romandie["model_id"] is None and romandie["lead_count"] is None and romandie["auc"] is None
    assert list(current) == sorted(current)

    [second] = engine.call("refit_scoring_model", as_user="admin", office_code="luzern", holdout_percent=10)
    [luzern] = [r for r in engine.call("list_scoring_models", as_user="admin") if r["office_code"] == "luzern"]
    # Not rescored yet: the new version has scored no lead.
    assert (luzern["model_id"], luzern["rescored_at"], luzern["lead_count"]) == (second["model_id"], None, 0)
    history = [r for r in engine.call("list_scoring_models", as_user="admin", history=True)
               if r["office_code"] == "luzern"]
    assert [r["model_id"] for r in history] == [second["model_id"], first["model_id"]]
    assert history[1]["rescored_at"] is not None and {r["lead_count"] for r in history} == {None}


def test_only_admins_list_the_models(engine):
    for user in ("lu_rep", "lu_mgr", "multi_mgr"):
        error = error_of(engine, "list_scoring_models", as_user=user)
        assert (error.number, error.message) == (50403, "Only admins may see the scoring models.")
    assert error_of(engine, "list_scoring_models", history=True).number == 50401
