"""Records typed the ACLED way by who is hit, and the parties they name (extract/records.py)."""

from __future__ import annotations

from datetime import date

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _records(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=date(2022, 6, 14))
    [(_, records)] = list(extractor.extract([doc]))
    return records


def _typed(extractor: Extractor, text: str) -> set[tuple[str | None, str | None]]:
    return {(r.acled_event_type, r.acled_sub_event_type) for r in _records(extractor, text)
            if r.event_type in ("ASSAULT", "PROTEST")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed side attacked, whether or not it fired back
        ("Armed men raided a levies checkpoint in Kech district on Sunday night, killing three "
         "officers.", ("Battles", "Armed clash")),
        ("Militants ambushed a police patrol near Bannu on Tuesday, killing two policemen.",
         ("Battles", "Armed clash")),
        ("Gunmen shot dead two soldiers at a market in Dera Ismail Khan.",
         ("Battles", "Armed clash")),
        ("Two rival gangs traded fire in Lyari on Monday; five men were killed.",
         ("Battles", "Armed clash")),
        # civilians hit, or victims not reported as combatants
        ("Unknown gunmen shot dead a pharmacist and his nephew in Quetta on Saturday.",
         ("Violence against civilians", "Attack")),
        ("Gunmen killed a man outside his home in Peshawar on Friday.",
         ("Violence against civilians", "Attack")),
        # remote means, whoever is hit
        ("A roadside bomb struck a military vehicle in Kurram, killing four soldiers.",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("Mortar shells fired from across the border landed in a village in Kunar, wounding "
         "five civilians.", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        # demonstrations
        ("Demonstrators clashed with police in Karachi on Friday.",
         ("Riots", "Violent demonstration")),
    ],
)
def test_acled_type_follows_who_is_hit(extractor: Extractor, text: str,
                                       expected: tuple[str, str]) -> None:
    assert expected in _typed(extractor, text)


def test_an_attack_on_civilians_is_not_typed_a_battle(extractor: Extractor) -> None:
    typed = _typed(extractor, "Gunmen opened fire on worshippers leaving a mosque in Zahedan, "
                              "killing four.")
    assert ("Battles", "Armed clash") not in typed
    assert ("Violence against civilians", "Attack") in typed


def test_a_party_only_alleged_is_a_claim_not_an_actor(extractor: Extractor) -> None:
    text = ("Local officials said the Haqqani network was behind the bombing of a mosque in "
            "Khost that killed six worshippers.")
    [record] = [r for r in _records(extractor, text) if r.event_type == "ASSAULT"]
    assert not any(a.role == "actor" and "Haqqani" in a.name for a in record.actors)
    assert any(c.attributed_to and "Haqqani" in c.attributed_to for c in record.claims)


def test_a_party_that_claims_it_stays_the_actor(extractor: Extractor) -> None:
    text = ("TTP fighters attacked a police station in Bannu on Monday, killing three "
            "policemen. The TTP claimed responsibility for the attack.")
    records = [r for r in _records(extractor, text) if r.event_type == "ASSAULT"]
    assert any(a.role == "actor" and a.kb_id == "ttp" for r in records for a in r.actors)


_RIVALS = (
    "Two former Afghan generals were shot dead in Tehran on Wednesday. No group claimed the "
    "killings. Opponents of the Taliban blamed the group's intelligence service. Others pointed "
    "to Pakistani intelligence, while some analysts said anti-Taliban factions may be behind "
    "the attack. A local outlet suggested the killings may have been led by pro-Taliban factions."
)


def _rival_record(extractor: Extractor) -> EventRecord:
    doc = Document(id="r", text=_RIVALS, origin="test", pub_date=date(2025, 12, 28))
    [(_, records)] = list(extractor.extract([doc]))
    return next(r for r in records if r.event_type == "ASSAULT")


def test_each_rival_attribution_is_a_claim_not_an_actor(extractor: Extractor) -> None:
    record = _rival_record(extractor)
    assert not [a for a in record.actors if a.role == "actor"]
    blamed = {c.attributed_to for c in record.claims if c.kind == "attribution"}
    # the group's service is the Taliban's; "anti-" and "pro-Taliban" factions are not the Taliban
    assert "General Directorate of Intelligence (GDI)" in blamed
    assert "Inter-Services Intelligence (ISI)" in blamed
    assert "anti-Taliban factions" in blamed
    assert any(b and b.startswith("pro-Taliban") for b in blamed)
    assert "Taliban" not in blamed


def test_who_supposes_it_is_the_claimant(extractor: Extractor) -> None:
    record = _rival_record(extractor)
    pro = next(c for c in record.claims if c.attributed_to and "pro-Taliban" in c.attributed_to)
    assert (pro.claimant, pro.certainty) == ("local outlet", "speculated")


@pytest.mark.parametrize(("phrase", "group"), [
    ("a fourth soldier", "soldier"),
    ("another policeman", "policeman"),
    ("the third guard", "guard"),
])
def test_an_ordinal_is_a_count_not_the_party(phrase: str, group: str) -> None:
    from roydad.extract.party_phrases import countless

    assert countless(phrase) == group
