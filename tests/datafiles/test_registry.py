"""Every YAML file shipped under src/roydad has a model, and fits it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same types throughout (True is not 1, 1.0 is not 1)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(mine, theirs) and _same(a[mine], b[theirs])
                                          for mine, theirs in zip(a, b, strict=True))
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


@pytest.mark.parametrize("relative", sorted(SHIPPED))
def test_the_data_is_handed_over_as_parsed(relative: str) -> None:
    """load_data checks the file and returns exactly what PyYAML's safe_load makes of it."""
    parsed = yaml.safe_load(data_path(relative).read_text(encoding="utf-8"))
    assert _same(load_data(relative, SHIPPED[relative]), parsed)


def test_the_comparison_tells_types_apart() -> None:
    assert _same({1: [True, 1.0, "a"]}, {1: [True, 1.0, "a"]})
    assert not _same({"a": [1]}, {"a": [True]}) and not _same([1.0], [1])
    assert not _same({1: "x"}, {"1": "x"})
