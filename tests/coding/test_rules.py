"""The coding rules are data (data/export/*.yaml); a broken file fails loudly."""

from __future__ import annotations

from pathlib import Path

import pytest

from roydad.coding.rules import ExportRulesError, acled_rules


def test_a_broken_rules_file_names_the_file_and_key(tmp_path: Path) -> None:
    bad = tmp_path / "acled.yaml"
    bad.write_text("inter: {sectors: {MIL: 1}, kinds: {person: 7}}\nunidentified: {}\n")
    with pytest.raises(ExportRulesError, match=r"acled\.yaml.*default"):
        acled_rules(bad)
