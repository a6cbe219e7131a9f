"""What the models of the data files share: a strict base (an unknown key is a typo, not an
extension) and the list types the files use."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, StrictStr


class Shape(BaseModel):
    """A mapping of a data file: only the keys the model names, none of them mistyped."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# Strict: a word list holds strings only. YAML 1.1 reads a bare `on`, `off`, `no` or `yes` as a
# boolean and a bare `12` as a number, so such a word must be quoted ("no", "on"); unquoted, the
# file is refused with the field and line (see `roydad.datafiles.door`) rather than the word
# silently never matching.
Words = list[StrictStr]
