"""Loading the extraction lexicons (YAML under roydad/data/lexicons)."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml


def load_lexicon(name: str) -> Any:
    """Parse `roydad/data/lexicons/<name>.yaml`."""
    path = resources.files("roydad").joinpath("data", "lexicons", f"{name}.yaml")
    return yaml.safe_load(path.read_text("utf-8"))
