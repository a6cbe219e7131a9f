"""One event vocabulary: the PLOVER categories of ontology/plover.yaml are the contract's
`EventType` and the JSON Schema's `event_type` enum, and every event type a data file names is
one of them. The families of categories are defined there once."""

from __future__ import annotations

from typing import Any, get_args

from roydad.contract import record_schema
from roydad.datafiles import load_data
from roydad.datafiles.classify import CombineFile, LabelsFile
from roydad.datafiles.consolidate import DatePrecision as ConfigDatePrecision
from roydad.datafiles.consolidate import GeoPrecision as ConfigGeoPrecision
from roydad.datafiles.consolidate import MatchConfig
from roydad.datafiles.evaluation import TypesFile
from roydad.datafiles.export import ExportPloverFile
from roydad.datafiles.lexicons import FamiliesFile, TriggersFile
from roydad.datafiles.web import UISettings
from roydad.models import DatePrecision, EventType, GeoPrecision
from roydad.ontology import event_families, load_ontology, plover

CATEGORIES = tuple(plover().categories)


def test_the_contract_enum_is_the_ontology_in_its_order() -> None:
    assert get_args(EventType) == CATEGORIES
    assert len(CATEGORIES) == 16


def test_the_json_schema_enum_is_the_ontology_in_its_order() -> None:
    assert tuple(record_schema()["properties"]["event_type"]["enum"]) == CATEGORIES


def test_the_classifier_labels_are_the_categories_and_none() -> None:
    labels = load_data("classify/labels.yaml", LabelsFile)
    assert tuple(labels["plover"]) == (*CATEGORIES, "NONE")


def test_families_name_categories_and_the_ontology_carries_them() -> None:
    families = event_families()
    assert load_ontology().families is families
    for name, members in families:
        assert members and members <= set(CATEGORIES), name


def _named_types() -> dict[str, set[str]]:
    """Every event type named in a data file other than the ontology, by where."""
    triggers = load_data("data/lexicons/triggers.yaml", TriggersFile)
    families = load_data("data/lexicons/families.yaml", FamiliesFile)
    combine: dict[str, Any] = load_data("classify/combine.yaml", CombineFile)
    types = load_data("eval/types.yaml", TypesFile)
    export = load_data("data/export/plover.yaml", ExportPloverFile)
    return {
        "triggers.yaml": {t["event_type"] for t in triggers["triggers"]},
        "families.yaml": {r["event_type"] for r in families["retype"]},
        "consolidate.yaml": {t for ts in MatchConfig.load().families.values() for t in ts},
        "combine.yaml": {t for table in ("compatible", "consistent")
                         for ts in combine[table].values() for t in ts}
        | set(combine["lethal"]["categories"]),
        "types.yaml": {t for t in [*types["kairos"].values(), *types["event_types"].values()]
                       if t is not None} | set(types["detected_by"])
        | {t for ts in types["detected_by"].values() for t in ts},
        "export/plover.yaml": set(export["quad"]),
        "ui.yaml": set(load_data("web/ui.yaml", UISettings)["type_colours"]),
    }


def test_every_event_type_a_data_file_names_is_a_category() -> None:
    for where, named in _named_types().items():
        assert named <= set(CATEGORIES), (where, sorted(named - set(CATEGORIES)))


def test_the_matcher_settings_use_the_contract_precisions() -> None:
    assert get_args(ConfigDatePrecision) == get_args(DatePrecision)
    assert get_args(ConfigGeoPrecision) == get_args(GeoPrecision)
