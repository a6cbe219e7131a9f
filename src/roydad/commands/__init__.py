"""Commands of the later stages (incidents, exports, the web UI, ...), one module each.

Each module listed in `MODULES` defines `register(app)`, which adds its commands to the `roydad`
Typer app; `roydad.cli` calls `register_all` once. Modules are imported lazily by name so that a
command's heavy imports (FastAPI, networkx, ...) happen only in its own function bodies.
"""

from __future__ import annotations

from importlib import import_module

import typer

MODULES: tuple[str, ...] = ("incidents", "export", "serve")


def register_all(app: typer.Typer) -> None:
    for name in MODULES:
        import_module(f"roydad.commands.{name}").register(app)
