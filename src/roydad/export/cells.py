"""Spreadsheet-safe CSV cells: a text cell that a spreadsheet would read as a formula is written
with a leading apostrophe, as OWASP's "CSV Injection" page advises.

Reports are written by anyone: a publisher named `=cmd|' /C calc'!A0` or a title
`=HYPERLINK("http://evil", "click")` would run as a formula when an analyst opens the export in
Excel or LibreOffice. Cells beginning with `=`, `+`, `-`, `@`, a tab or a carriage return (and
their full-width forms, which some spreadsheets also accept) are neutralised; numbers are not
cells a person wrote, so numbers, and text that is only a number ("-3.5", "+12"), stay as
they are and columns of numbers still read as numbers.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """`value`, or for text a spreadsheet would evaluate, the text behind an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _NUMBER.fullmatch(
        value
    ):
        return "'" + value
    return value


def safe_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {key: safe_cell(value) for key, value in row.items()}


class SafeDictWriter(csv.DictWriter):  # type: ignore[type-arg]  # generic only in typeshed
    """csv.DictWriter whose text cells are safe to open in a spreadsheet."""

    def writerow(self, rowdict: Mapping[str, Any]) -> Any:
        return super().writerow(safe_row(rowdict))

    def writerows(self, rowdicts: Iterable[Mapping[str, Any]]) -> None:
        for row in rowdicts:
            self.writerow(row)


class SafeWriter:
    """csv.writer whose text cells are safe to open in a spreadsheet."""

    def __init__(self, out: TextIO, **options: Any) -> None:
        self._writer = csv.writer(out, **options)

    def writerow(self, row: Sequence[Any]) -> Any:
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.writerow(row)
