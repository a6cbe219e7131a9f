"""FollowTheMoney export: every entity is valid for its schema in the followthemoney model."""

from __future__ import annotations

import io
import json

import pytest
from followthemoney import model
from followthemoney.exc import InvalidData

from roydad.export.ftm import write_ftm
from tests.export import incidents as sample


def entities() -> list[dict]:  # type: ignore[type-arg]
    out = io.StringIO()
    result = write_ftm(sample.all_incidents(), out)
    found = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(found) == result.written
    return found


def test_every_entity_is_valid_and_every_reference_resolves() -> None:
    found = entities()
    ids = {e["id"] for e in found}
    for data in found:
        schema = model.get(data["schema"])
        assert schema is not None and not schema.abstract, data["schema"]
        assert set(data["properties"]) <= set(schema.properties), data
        assert set(schema.required) <= set(data["properties"]), (data["schema"], data)
        schema.validate(data)  # raises InvalidData
        proxy = model.get_proxy(data, cleaned=False)
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in ids, (data["id"], prop.name, value)


def test_schemas_per_kind_and_the_claims_as_links() -> None:
    found = entities()
    by_id = {e["id"]: e for e in found}
    event = by_id["roydad-inc-0b1a1c2d3e4f5a6b"]
    assert event["schema"] == "Event"
    assert event["properties"]["startDate"] == ["2023-03-09"]
    assert event["properties"]["country"] == ["af"]
    person = [e for e in found if e["schema"] == "Person"]
    assert "Mohammad Dawood Muzammil" in {p["properties"]["name"][0] for p in person}
    states = {e["properties"]["name"][0] for e in found if e["schema"] == "PublicBody"}
    assert "Military Forces of Pakistan (2018-)" in states
    roles = {e["properties"]["role"][0] for e in found if e["schema"] == "UnknownLink"}
    assert "claimed responsibility" in roles
    assert "blamed by NRF: National Resistance Front of Afghanistan" in roles
    docs = [e for e in found if e["schema"] == "Documentation"]
    assert len(docs) == sum(len(i.sources) for i in sample.all_incidents())
    # An actor shared by incidents is written once.
    first_actor = event["properties"]["involved"][0]
    assert len([e for e in found if e["id"] == first_actor]) == 1


def test_the_validation_used_above_rejects_bad_entities() -> None:
    with pytest.raises(InvalidData):
        model.get("Event").validate({"properties": {"name": ["x"], "startDate": ["soon"]}})
