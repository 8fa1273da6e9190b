def test_world_is_routed(engine):
    for name, office in engine.world.offices.items():
        rows = engine.call("get_lead", as_user="admin", lead_id=engine.world.leads[name])
        assert rows[0]["office_code"] == office
