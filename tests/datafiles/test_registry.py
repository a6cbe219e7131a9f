"""Every YAML file shipped under src/roydad has a model, and fits it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import roydad
from roydad.datafiles import data_path, load, load_data
from roydad.datafiles.registry import SHIPPED

PACKAGE = Path(roydad.__file__).parent


def _shipped() -> list[str]:
    return sorted(p.relative_to(PACKAGE).as_posix()
                  for pattern in ("*.yaml", "*.yml") for p in PACKAGE.rglob(pattern))


def test_every_shipped_yaml_file_is_registered_with_a_model() -> None:
    found = _shipped()
    assert len(found) >= 25
    assert set(found) == set(SHIPPED), "register each data file in roydad.datafiles.registry"


@pytest.mark.parametrize("relative", sorted(SHIPPED))
def test_each_shipped_file_fits_its_model(relative: str) -> None:
    assert isinstance(load(relative, SHIPPED[relative]), SHIPPED[relative])


@pytest.mark.parametrize("relative", sorted(SHIPPED))
def test_the_data_is_handed_over_as_parsed(relative: str) -> None:
    """load_data checks the file and returns exactly what YAML made of it."""
    parsed = yaml.safe_load(data_path(relative).read_text(encoding="utf-8"))
    assert load_data(relative, SHIPPED[relative]) == parsed
