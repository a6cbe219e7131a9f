"""The coding rules are data (data/export/*.yaml); a broken file fails loudly."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from roydad.coding.rules import ExportRulesError, acled_rules, fill_country
from roydad.datafiles import DataFileError, load_data
from roydad.datafiles.export import ExportAcledFile


def test_a_broken_rules_file_names_the_file_and_key(tmp_path: Path) -> None:
    bad = tmp_path / "acled.yaml"
    bad.write_text("inter: {sectors: {MIL: 1}, kinds: {person: 7}}\nunidentified: {}\n")
    with pytest.raises(DataFileError, match=r"acled\.yaml: civilians \(line 1\): Field required"):
        acled_rules(bad)
    rules = load_data("data/export/acled.yaml", ExportAcledFile)
    del rules["unidentified"]["default"]
    no_default = tmp_path / "no-default" / "acled.yaml"
    no_default.parent.mkdir()
    no_default.write_text(yaml.safe_dump(rules), encoding="utf-8")
    with pytest.raises(ExportRulesError, match=r"acled\.yaml.*default"):
        acled_rules(no_default)


def test_a_generic_label_without_a_country_is_the_label_alone() -> None:
    assert fill_country("Police Forces of {country}", "Iran") == "Police Forces of Iran"
    assert fill_country("Police Forces of {country}", "") == "Police Forces"
    assert fill_country("Unidentified Armed Group ({country})", "") == "Unidentified Armed Group"
    assert fill_country("Civilians ({country})", "Mali") == "Civilians (Mali)"
