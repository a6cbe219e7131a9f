"""Table-driven place resolution: the development gold's place names and where they are.

The table (places_table.yaml beside this file) gives each name's country and admin1 as the gold
annotates them; its header documents how it was built and the one normalisation rule (UCDP's
FATA -> today's Khyber Pakhtunkhwa, as GeoNames has it). Each name is resolved with its
document's country as context, as the extractor has it from the other places a report names.

A resolver that improves on one name may regress on another, so the test requires a pass rate
rather than every row, and prints every miss when the rate falls short.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pytest
import yaml

from roydad.models import Location
from roydad.resolve.places import Gazetteer, PlaceContext
from roydad.resolve.places.names import normalise
from tests.conftest import dev_lines
from tests.resolve.places.gazetteer_session import session_gazetteer

TABLE = Path(__file__).with_name("places_table.yaml")
MIN_PASS_RATE = 0.90  # over all rows
MIN_PRESENT_RATE = 0.90  # over the rows the gazetteer's data holds: absent rows pass by None
# The table's rules, applied to the gold's admin1 (see the table's header).
GOLD_ADMIN1 = {
    "Federally Administered Tribal Areas": "Khyber Pakhtunkhwa",
    "Khyber Pakhtunkwa": "Khyber Pakhtunkhwa",
    "Azad Jammu & Kashmir": "Azad Jammu and Kashmir",
}
GOLD_COUNTRY = {"Pakistan": "PAK"}


@dataclass(frozen=True)
class Row:
    source: str
    name: str
    country: str
    admin1: str | None
    present: bool  # in the gazetteer's data: the right answer is required


def _rows() -> list[Row]:
    data = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    rows: list[Row] = []
    for source, groups in data.items():
        for group, entries in groups.items():
            assert group in ("present", "absent"), group
            rows.extend(Row(source, str(name), country, admin1, group == "present")
                        for name, country, admin1 in entries)
    return rows


ROWS = _rows()
Outcome = Literal["right", "none", "wrong"]


@pytest.fixture(scope="session")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return session_gazetteer(tmp_path_factory)


def _same_admin1(got: str | None, expected: str | None) -> bool:
    return (got is None) == (expected is None) and (
        got is None or expected is None or normalise(got) == normalise(expected))


def _outcome(row: Row, loc: Location | None) -> Outcome:
    if loc is None:
        return "none"
    right = loc.country == row.country and _same_admin1(loc.admin1, row.admin1)
    return "right" if right else "wrong"


def _passes(row: Row, outcome: Outcome) -> bool:
    # An absent place may go unresolved; a wrong answer is a miss for every row.
    return outcome == "right" or (outcome == "none" and not row.present)


def test_table_is_large_and_unique() -> None:
    assert len(ROWS) >= 100
    assert sum(r.present for r in ROWS) >= 100
    keys = [(r.source, r.name) for r in ROWS]
    assert len(keys) == len(set(keys)), "a name is listed twice"


def test_place_table_pass_rate(gaz: Gazetteer) -> None:
    results = []
    for row in ROWS:
        loc = gaz.resolve(row.name, PlaceContext(countries=frozenset({row.country})))
        results.append((row, loc, _outcome(row, loc)))
    misses = [(row, loc, out) for row, loc, out in results if not _passes(row, out)]
    present = [r for r, _, _ in results if r.present]
    present_misses = [r for r, _, _ in misses if r.present]
    rate = 1 - len(misses) / len(results)
    present_rate = 1 - len(present_misses) / len(present)
    report = "\n".join(
        f"  {'present' if row.present else 'absent '} {row.name!r}: want {row.country}/"
        f"{row.admin1}, got "
        + ("nothing" if loc is None else f"{loc.name} {loc.country}/{loc.admin1} ({loc.precision})")
        for row, loc, _ in misses)
    summary = (f"{len(results) - len(misses)}/{len(results)} rows pass ({rate:.1%}); "
               f"present rows {len(present) - len(present_misses)}/{len(present)} "
               f"({present_rate:.1%}); misses:\n{report}")
    assert rate >= MIN_PASS_RATE and present_rate >= MIN_PRESENT_RATE, summary


def test_absent_rows_are_absent(gaz: Gazetteer) -> None:
    """A row marked absent whose name the gazetteer now knows (right country and admin1, by
    name or spelling variant) belongs under `present`: then the right answer is required."""
    found = [
        row.name for row in ROWS if not row.present and any(
            c.country == row.country and _same_admin1(c.admin1, row.admin1)
            and c.how in ("exact", "variant") for c in gaz.candidates(row.name, limit=50))
    ]
    assert not found, f"move to `present` in {TABLE.name}: {found}"


def test_ucdp_rows_are_the_gold() -> None:
    """The UCDP rows are every distinct gold location with its gold admin1 (after the rules)."""
    gold: dict[str, tuple[str, str | None]] = {}
    for line in dev_lines("ucdp_pakistan_dev.jsonl"):
        ann = line["gold"]
        assert isinstance(ann, dict)
        admin1 = ann["admin1"]
        gold.setdefault(str(ann["location"]), (GOLD_COUNTRY[str(ann["country"])],
                                               GOLD_ADMIN1.get(admin1, admin1)))
    table = {r.name: (r.country, r.admin1) for r in ROWS if r.source == "ucdp"}
    assert table == gold
