"""Where roydad's data files are, and the one way to read one: parse the YAML, check it against
its pydantic model, and on any problem raise `DataFileError` naming the file, the field and the
line.

A packaged file is named by its path under `src/roydad` (`"data/lexicons/triggers.yaml"`); a
file of the user's own (a tuned ACH rules file, another UI settings file) by its `Path`.
`load` gives the validated model; `load_data` gives the parsed YAML itself, untouched, for code
that builds its own structures from it (the model is then the file's contract, checked before
the code reads it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)

Source = str | Path
# libyaml's parser when PyYAML has it: five times faster on the big lexicons, and the values are
# those of the pure-Python SafeLoader (the tests compare the two on every shipped file).
_LOADER = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader


class DataFileError(ValueError):
    """A data file that cannot be read, is not YAML, or does not fit its model. The message is
    one line: the file, then each problem as `field (line n): what is wrong`."""

    def __init__(self, file: str, problems: Sequence[str]) -> None:
        super().__init__(file, tuple(problems))  # the arguments again: it pickles (workers)
        self.file = file
        self.problems = tuple(" ".join(problem.split()) for problem in problems)

    def __str__(self) -> str:
        return f"{self.file}: {'; '.join(self.problems)}"


def data_path(relative: str) -> Path:
    """A packaged file (or folder) by its path under `src/roydad`, e.g. `"data/actors.yaml"`."""
    return Path(str(resources.files("roydad").joinpath(*relative.split("/"))))


def load(source: Source, model: type[M]) -> M:
    """The file checked against `model`, as the model."""
    path, text, data = _parse(source)
    return _validate(path, text, data, model)


def load_data(source: Source, model: type[BaseModel]) -> Any:
    """The file's parsed YAML, unchanged, once it has been checked against `model`."""
    path, text, data = _parse(source)
    _validate(path, text, data, model)
    return data


def _parse(source: Source) -> tuple[Path, str, Any]:
    path = source if isinstance(source, Path) else data_path(source)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(str(path), [f"cannot read it ({error})"]) from error
    try:
        return path, text, yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error)
        raise DataFileError(str(path), [f"{where}not valid YAML ({problem})"]) from error


def _validate(path: Path, text: str, data: Any, model: type[M]) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise DataFileError(str(path), _problems(error, text, data)) from None


def _problems(error: ValidationError, text: str, data: Any) -> list[str]:
    """One line per field: pydantic's location trimmed to the keys the file has (a union's
    member names are not fields), the line of the deepest key found, and every complaint."""
    try:
        root: yaml.Node | None = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        root = None
    found: dict[str, list[str]] = {}
    for detail in error.errors(include_url=False):
        loc = _in_data(data, detail["loc"])
        field = ".".join(str(part) for part in loc) or "(top level)"
        if len(loc) < len(detail["loc"]) and detail["type"] == "missing":
            field = ".".join(str(part) for part in detail["loc"])
        node = _node(root, loc)
        key = f"{field} (line {node.start_mark.line + 1})" if node is not None else field
        messages = found.setdefault(key, [])
        message = _unquoted(detail, node) or detail["msg"]
        if message not in messages:
            messages.append(message)
    return [f"{key}: {' or '.join(messages)}" for key, messages in found.items()]


def _unquoted(detail: Mapping[str, Any], node: yaml.Node | None) -> str | None:
    """What to say of a bare word that YAML read as something else where a string belongs:
    `no`, `on`, `off`, `yes` are booleans in YAML 1.1 and `12` a number."""
    value = detail.get("input")
    if detail["type"] != "string_type" or not isinstance(value, bool | int | float):
        return None
    word = node.value if isinstance(node, yaml.ScalarNode) else str(value)
    kind = "a boolean" if isinstance(value, bool) else "a number"
    return f"`{word}` is read by YAML as {kind}, not a word: quote it (\"{word}\")"


def _in_data(data: Any, loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    """The longest start of `loc` that names keys and items present in the data."""
    for n, part in enumerate(loc):
        if isinstance(data, dict):
            key = next((k for k in data if k == part or str(k) == str(part)), _MISSING)
            if key is _MISSING:
                return loc[:n]
            data = data[key]
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        else:
            return loc[:n]
    return loc


_MISSING = object()


def _node(node: yaml.Node | None, loc: tuple[int | str, ...]) -> yaml.Node | None:
    """The node at `loc` (the deepest one found), whose mark has its line."""
    if node is None:
        return None
    for part in loc:
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            child = next((value for key, value in node.value if key.value == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            child = node.value[part] if 0 <= part < len(node.value) else None
        if child is None:
            break
        node = child
    return node
