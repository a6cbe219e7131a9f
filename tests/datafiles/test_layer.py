"""roydad.datafiles is the lowest layer: it imports the standard library, pydantic, PyYAML and
itself, nothing else of roydad."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import roydad.datafiles

ALLOWED = {"pydantic", "yaml"}


def test_the_data_door_imports_nothing_of_the_stages() -> None:
    for module in Path(roydad.datafiles.__file__).parent.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                assert (top in ALLOWED or top in sys.stdlib_module_names
                        or name.startswith("roydad.datafiles")), (module.name, name)
