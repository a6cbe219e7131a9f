"""What every command shares: a data file that does not fit its model ends the command with one
line naming the file and the field, exit code 1, no traceback."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from roydad.commands.common import RoydadGroup
from roydad.datafiles import DataFileError


def test_a_broken_data_file_ends_a_command_in_one_line() -> None:
    app = typer.Typer(cls=RoydadGroup)

    @app.command()
    def work() -> None:
        raise DataFileError("/pkg/roydad/data/ach.yaml", ["denial_factor (line 3): Field required",
                                                          "modes.air (line 40): bad"])

    @app.command()
    def other() -> None:
        """A second command, so that `work` is a subcommand."""

    result = CliRunner().invoke(app, ["work"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stderr.strip().splitlines() == [
        "error: /pkg/roydad/data/ach.yaml: denial_factor (line 3): Field required; "
        "modes.air (line 40): bad"]
