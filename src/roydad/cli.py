"""The `roydad` command's entry point (`roydad = "roydad.cli:app"`, `python -m roydad.cli`);
the commands are in `roydad.commands`."""

from __future__ import annotations

from roydad.commands.cli_app import app

__all__ = ["app"]

if __name__ == "__main__":  # pragma: no cover
    app()
