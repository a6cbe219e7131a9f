"""Long analyses give one record per happening (issue 13, section 8): a summary of a wave does
not absorb its killings, section headings report nothing, an anaphor takes the happening spoken
of last, and claims concern the events the report is about, not background history."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from roydad.extract.certainty import certainty_of
from roydad.extract.headline import is_article, is_heading
from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord

_PROSE = ("The district has been tense since the spring, and local councils have asked the "
          "capital for more police, more lights on the roads and a say in who guards them.")


def _records(extractor: Extractor, text: str, published: date) -> list[EventRecord]:
    doc = Document(id="a", text=text, origin="test", pub_date=published)
    [(_, records)] = list(extractor.extract([doc]))
    return records


def test_a_wave_summed_up_first_keeps_each_killing_apart(extractor: Extractor) -> None:
    text = ("Three murders, one silence\n\n"
            "Over the past five months, gunmen have killed teachers and a judge across the valley. "
            + _PROSE + "\n\n"
            "What happened\n\n"
            "The first came on 3 March. A teacher was shot dead outside his school in Mingora. "
            "The families asked for an inquiry. Nobody was arrested. The roads stayed open. "
            "Shops closed early.\n\n"
            "The killing that frightened people most took place in Matta on 20 April, when a "
            "judge was stabbed to death in his car. " + _PROSE + "\n\n"
            "Some elders point to a gang of timber smugglers, and others say the killings may "
            "have been ordered by the Pakistani Taliban.")
    records = _records(extractor, text, date(2022, 6, 1))
    killings = {r.date: r for r in records if r.event_type == "ASSAULT"}
    assert {"2022-03-03", "2022-04-20"} <= set(killings)
    for day in ("2022-03-03", "2022-04-20"):
        blamed = {c.attributed_to for c in killings[day].claims}
        assert any(b and "Taliban" in b for b in blamed), day


def test_a_killing_of_many_is_its_own_killings(extractor: Extractor) -> None:
    text = ("A raid on a market town in June 2023 left ten traders dead in Ghazni, and police "
            "then clashed with gunmen in Zabul on 9 June 2023. " + _PROSE + " On 14 June 2023 "
            "about thirty villagers were killed in Jaghori. Residents said the killings may "
            "have been led by a local militia.")
    records = _records(extractor, text, date(2023, 7, 1))
    blamed = [r for r in records if any(c.kind == "attribution" for c in r.claims)]
    assert [r.date for r in blamed] == ["2023-06-14"]


def test_suspicions_skip_an_attack_recalled_from_years_before(extractor: Extractor) -> None:
    text = ("A car bomb tore through a bus station in Mosul on 2 May 2024, killing nine people. "
            "In March 2019 a similar bomb killed twenty people in Baghdad. Several tribal "
            "leaders suggest that a local militia may have planted the device.")
    records = _records(extractor, text, date(2024, 5, 20))
    suspected = [r for r in records if any(c.kind == "attribution" for c in r.claims)]
    assert [r.date for r in suspected] == ["2024-05-02"]


def test_headings_of_an_article_report_nothing(nlp: Language) -> None:
    text = ("A long look at the north\n\n" + _PROSE + "\n\n"
            "The attack on the depot\n\n" + _PROSE + " " + _PROSE)
    doc = nlp(text)
    assert is_article(doc)
    headings = [s.text.strip() for s in doc.sents if is_heading(s)]
    assert "The attack on the depot" in headings
    assert not any(s.startswith("The district") for s in headings)
    assert not is_article(nlp("Gunmen killed two guards in Kano on Monday, police said."))


def test_a_denied_deed_did_not_happen(nlp: Language) -> None:
    for text, word in [("The rebels denied killing the herders.", "killing"),
                       ("The army denied that its soldiers had burned the huts.", "burned")]:
        doc = nlp(text)
        trigger = next(t for t in doc if t.text == word)
        assert certainty_of(trigger, trigger.sent) == "negated", text
    doc = nlp("The rebels denied responsibility for the attack on the herders.")
    attack = next(t for t in doc if t.text == "attack")
    assert certainty_of(attack, attack.sent) != "negated"
