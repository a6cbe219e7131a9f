"""The `roydad` command: one Typer app made of the commands of this package's modules.

Each module holds a group of commands on its own sub-app (`commands`); they are added here
without a name, so that `roydad merge` is a command of its own and not `roydad review_cmds
merge`. The order below is the order of `roydad --help`: first the commands in the order they
are used, then reading, deciding, exporting and serving. Heavy imports (spaCy, FastAPI,
networkx, ...) happen inside the commands' bodies, so `roydad --help` starts quickly.
"""

from __future__ import annotations

import typer

from roydad.commands import (
    ach_cmds,
    analysis_cmds,
    contents,
    diagnostics,
    documents,
    export_cmds,
    incident_cmds,
    review_cmds,
    serve,
)
from roydad.commands.common import RoydadGroup

app = typer.Typer(
    help="roydad: news reports about political violence → a sourced, geocoded event database.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    cls=RoydadGroup,
)
for group in (
    documents.commands,  # ingest, extract, process
    contents.commands,  # events, summary
    diagnostics.commands,  # eval, geocode, version
    ach_cmds.commands,  # ach, ach-evidence, ach-cell
    incident_cmds.commands,  # consolidate, incidents, incident, history
    review_cmds.commands,  # merge, split, edit, review, undo
    export_cmds.commands,  # export
    analysis_cmds.commands,  # stats, report
    serve.commands,  # serve
):
    app.add_typer(group)
app.add_typer(serve.user_app, name="user")
