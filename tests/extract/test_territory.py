"""Ground changing hands typed the ACLED way, on sentences written for these tests: the verbs of
taking back and of driving out, the taker's kind deciding between the state's and a rebel's
taking, a withdrawal beside a taking being the same event, and the near neighbours that take no
ground (an institution "seized", a shot "not fired")."""

from __future__ import annotations

from typing import Any

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document

GR, NS = "Government regains territory", "Non-state actor overtakes territory"
NV = "Non-violent transfer of territory"


def _subs(extractor: Extractor, text: str) -> list[str | None]:
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    return [r.acled_sub_event_type for r in records if r.acled_event_type is not None]


@pytest.mark.parametrize("text", [
    "Kenyan and Somali troops took the town of Bardhere back from the militants after two "
    "days of combat.",
    "Government soldiers took back the town of Djibasso on Monday after a gun battle with "
    "jihadists.",
])
def test_taking_back_by_the_state_is_regaining(extractor: Extractor, text: str) -> None:
    assert _subs(extractor, text) == [GR]


@pytest.mark.parametrize("text", [
    "ISWAP fighters drove the soldiers out of the garrison town of Monguno after an hours-long "
    "assault.",
    "Rebel fighters pushed the army out of the district centre after heavy fighting on Sunday.",
])
def test_driving_the_army_out_is_overtaking(extractor: Extractor, text: str) -> None:
    assert _subs(extractor, text) == [NS]


def test_rebels_regaining_ground_overtake_it(extractor: Extractor) -> None:
    text = "SPLA-IO fighters regained control of Nasir after clashes with government forces."
    assert _subs(extractor, text) == [NS]


def test_withdrawal_beside_a_taking_is_one_event(extractor: Extractor) -> None:
    text = ("Government troops abandoned their bases in Mondoro after a day of clashes, and "
            "jihadist fighters took control of the town.")
    assert _subs(extractor, text) == [NS]


def test_shot_not_fired_is_no_attack(extractor: Extractor) -> None:
    text = ("The soldiers left the camp at Tin-Zaouaten on Friday and rebels occupied it the "
            "next day without firing a shot.")
    assert _subs(extractor, text) == [NV]


@pytest.mark.parametrize("text", [
    "The ruling party took the governorship of Ogun state in the weekend election.",
    "Lawmakers said the finance ministry had seized control of the pension fund's board.",
    "The army chief took the stage at the academy in Kaduna to address new cadets.",
])
def test_taking_no_ground_is_no_territory(extractor: Extractor, text: str) -> None:
    assert not set(_subs(extractor, text)) & {GR, NS, NV}


def test_taking_told_as_background_stays_the_looting(extractor: Extractor) -> None:
    text = "Militiamen looted shops in Birao after taking the gendarmerie post."
    assert NS not in _subs(extractor, text)


def test_control_of_a_site_is_ground_but_control_of_a_body_is_not(nlp: Any) -> None:
    from roydad.extract.families import _points_on, families

    fam = families()
    mine = nlp("Mercenaries took control of the copper mine near the border.")
    assembly = nlp("The ruling bloc seized control of the provincial assembly.")
    assert not _points_on(next(t for t in mine if t.lower_ == "control"), fam)
    assert _points_on(next(t for t in assembly if t.lower_ == "control"), fam)
