"""A headline's mention of the main happening joins it, and claims find the act they concern
(extract/headline.py, claim_targets.attach_claims)."""

from __future__ import annotations

from datetime import date

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _records(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="h", text=text, origin="test", pub_date=date(2022, 6, 20))
    [(_, records)] = list(extractor.extract([doc]))
    return records


def test_the_headline_names_the_main_bombing_not_an_earlier_one(extractor: Extractor) -> None:
    text = ("Kurram market bombing: a claim and two rival stories\n\n"
            "A bomb hidden in a cart exploded in the main bazaar of Parachinar on 12 June 2022, "
            "killing 14 shoppers. Gunmen killed a tribal elder in Sadda in March 2022. The "
            "bombing was condemned by the governor.")
    records = _records(extractor, text)
    attacks = [r for r in records if r.event_type == "ASSAULT"]
    assert len(attacks) == 2
    main = next(r for r in attacks if r.date == "2022-06-12")
    assert any("Kurram market bombing" in m.text for m in main.mentions)
    earlier = next(r for r in attacks if r.date != "2022-06-12")
    assert not any("Kurram" in m.text for m in earlier.mentions)


def test_a_rival_account_goes_to_the_attack_not_the_threat_after_it(
    extractor: Extractor,
) -> None:
    text = ("Gunmen killed six road workers near Turbat on 2 May 2022. On 4 May the Baloch "
            "Liberation Army warned that it would attack more construction camps. Two officers "
            "in Quetta said that the gunmen had trained in a camp run by Lashkar-e-Jhangvi.")
    records = _records(extractor, text)
    killing = next(r for r in records if r.event_type == "ASSAULT")
    assert any(c.attributed_to and "Jhangvi" in c.attributed_to for c in killing.claims)
    threats = [r for r in records if r.event_type == "THREATEN"]
    assert threats and not any(c.attributed_to and "Jhangvi" in c.attributed_to
                               for r in threats for c in r.claims)


def test_a_claim_beside_a_planned_attack_concerns_the_attack_done(extractor: Extractor) -> None:
    text = ("A suicide bomber killed nine policemen in Bannu on 5 May 2022. The provincial "
            "spokesman said the attack had been planned by handlers in Afghanistan.")
    records = _records(extractor, text)
    attack = next(r for r in records if r.event_type == "ASSAULT")
    assert any(c.attributed_to and "handlers" in c.attributed_to for c in attack.claims)


def test_a_list_of_headlines_has_no_article_headline(nlp) -> None:  # type: ignore[no-untyped-def]
    from roydad.extract.headline import headline_end

    listed = nlp("Two soldiers killed in Kurram\nMilitants kill two soldiers near Parachinar")
    assert headline_end(listed) == 0
    article = nlp("Kurram attack: two soldiers dead\n\nTwo soldiers were killed when militants "
                  "fired on a checkpoint near Parachinar on Monday night, an army statement said, "
                  "and a search operation was launched in the surrounding villages.")
    assert headline_end(article) > 0


def test_two_officials_warnings_are_two_threats(extractor: Extractor) -> None:
    text = ("Gunmen killed six road workers near Turbat on 2 May 2022. On 3 May the provincial "
            "home minister, Ziaullah Langove, warned at a news conference in Quetta that the "
            "camps of the attackers would be destroyed. A day later, the army spokesman warned "
            "that anyone sheltering the gunmen would be punished.")
    records = _records(extractor, text)
    threats = [r for r in records if r.event_type == "THREATEN"]
    assert len(threats) == 2
    assert {r.date for r in threats} == {"2022-05-03", "2022-05-04"}
