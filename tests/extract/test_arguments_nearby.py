"""Reduced relatives the parser misreads, count words and records that are no party, and doers
told in the sentence next to an act that names none (RAMS-style windows).

Sentences are written for these tests in the style of wire and local news reports.
"""

from __future__ import annotations

from spacy.language import Language

from roydad.extract.pipeline import Extractor
from roydad.models import Document
from tests.extract.helpers import trigger_roles as _roles


def _parties(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, pub_date="2023-06-01", origin="t")
    records = next(iter(extractor.extract([doc])))[1]
    return [(a.role, a.text) for r in records for a in r.actors]


def test_reduced_relative_read_as_a_noun_gives_victim_and_doer(nlp: Language) -> None:
    text = "A shopkeeper shot dead by militants was buried in Quetta on Monday."
    assert _roles(nlp, text, "dead") == (["militants"], ["shopkeeper"])


def test_reduced_relative_heading_a_fragment(nlp: Language) -> None:
    actors, recipients = _roles(nlp, "A local tailor shot dead by unknown gunmen in Peshawar.",
                                "dead")
    assert actors == ["unknown gunmen"]
    assert recipients == ["local tailor"]


def test_reduced_relative_made_the_main_verb_is_passive(nlp: Language) -> None:
    text = "Two soldiers shot dead by militants in North Waziristan were buried on Sunday."
    assert _roles(nlp, text, "dead") == (["militants"], ["Two soldiers"])


def test_a_bare_figure_is_no_party_but_a_described_one_is(extractor: Extractor) -> None:
    found = _parties(extractor, "Gunmen killed two local tribal figures in Deir ez-Zor on "
                                "Friday. The figure was confirmed by the monitor.")
    assert ("recipient", "two local tribal figures") in found
    assert ("recipient", "figure") not in found


def test_what_a_ban_or_charge_is_about_is_no_party(nlp: Language) -> None:
    _, recipients = _roles(nlp, "The minister condemned the leak of the footage on Tuesday.",
                           "condemned")
    assert recipients == []


def test_a_definite_doer_noun_in_the_next_sentence_is_the_doer(extractor: Extractor) -> None:
    found = _parties(extractor, "A cashier was stabbed outside a bank in Marseille on Friday. "
                                "The assailant fled on a scooter, witnesses said.")
    assert ("actor", "assailant") in found
    assert ("recipient", "cashier") in found


def test_who_planted_the_device_the_sentence_after_tells(extractor: Extractor) -> None:
    found = _parties(extractor, "A police van was hit near Ghazni on Tuesday. Taliban "
                                "fighters had planted the mine overnight, officials said.")
    assert ("actor", "Taliban fighters") in found


def test_a_neighbour_telling_its_own_attack_lends_no_doer(extractor: Extractor) -> None:
    text = ("A guard was wounded at a school in Bannu on Monday. In a separate incident the "
            "gunmen torched a shop in Lakki Marwat.")
    doc = Document(id="t", text=text, pub_date="2023-06-01", origin="t")
    records = next(iter(extractor.extract([doc])))[1]
    guard = next(r for r in records if any(a.text == "guard" for a in r.actors))
    if not any(m.trigger == "torched" for m in guard.mentions):  # not merged into one
        assert not any(a.role == "actor" and a.text == "gunmen" for a in guard.actors)


def test_an_act_with_a_doer_takes_none_from_its_neighbour(extractor: Extractor) -> None:
    found = _parties(extractor, "Police shot a suspect in Lyon on Friday. The attacker of a "
                                "bakery last week is still at large.")
    assert ("actor", "attacker") not in found
