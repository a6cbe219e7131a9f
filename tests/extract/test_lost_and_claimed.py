"""Deaths told as lives claimed, a part of a group named with a possessive, and a side's own men
lost: "a mine claimed the lives of three herders", "killing both of its passengers", "killed
nine raiders but lost two policemen" (never "lost two trucks"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from tests.extract.helpers import events_of


def _deaths(extractor: Extractor, text: str) -> list[int | None]:
    return [r.fatalities for r in events_of(extractor, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roadside bomb claims lives of three herders in Gao", [3]),
        ("A mortar shell claimed the lives of two boys near Kassala on Sunday.", [2]),
        ("A drone hit a pickup outside Marib, killing both of its passengers.", [2]),
        ("An airstrike hit a jeep near Deir ez-Zor, killing two of its riders, ISIS emirs, "
         "monitors said.", [2]),
        ("Police kill 9 kidnappers in Zamfara shootout, lose two officers", [11]),
        ("Soldiers killed five insurgents near Dikwa but lost two trucks.", [5]),
        # the attackers' dead beside a defender's: both counted
        ("Vigilantes shot dead three bandits who raided a market near Sokoto; a vigilante "
         "also died.", [4]),
        ("Bank guards killed two robbers who tried to break into the vault in Kano on 3 May "
         "2022; a guard also died.", [3]),
    ],
)
def test_counts(extractor: Extractor, text: str, expected: list[int | None]) -> None:
    assert _deaths(extractor, text) == expected
