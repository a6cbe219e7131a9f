"""The `roydad` app assembled from the command modules: every command once, in the order of
`roydad --help`."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from roydad.cli import app

HELP_ORDER = [
    "ingest", "extract", "process", "events", "summary", "eval", "geocode", "version",
    "ach", "ach-evidence", "ach-cell", "consolidate", "incidents", "incident", "history",
    "merge", "split", "edit", "review", "undo", "export", "stats", "report", "serve", "user",
]


def test_the_commands_keep_their_order() -> None:
    group = typer.main.get_command(app)
    assert list(getattr(group, "commands", {})) == HELP_ORDER


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    # A command's row starts with its name; a wrapped help text continues indented.
    rows = [line for line in result.output.splitlines()
            if line.startswith("│ ") and not line.startswith("│  ")]
    listed = [row.split()[1] for row in rows if not row.split()[1].startswith("-")]
    assert listed == HELP_ORDER
