"""What the models of the data files share: a strict base (an unknown key is a typo, not an
extension) and the list types the files use."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Shape(BaseModel):
    """A mapping of a data file: only the keys the model names, none of them mistyped."""

    model_config = ConfigDict(extra="forbid", frozen=True)


Words = list[str]
# YAML 1.1 reads a bare `on`, `off`, `no` or `yes` as a boolean, so a word list that has one of
# them holds True or False in its place. The shipped files have a few (see the fields typed
# with this); they are accepted as they are, since the code reads them as they are.
YamlWords = list[str | bool]
