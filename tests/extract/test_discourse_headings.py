"""Headings that date or place the lines under them: a digest's weekday headings and a
situation report's district headings (round 6 of the long analyses)."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from roydad.extract.discourse import Discourse
from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord

DIGEST = (
    "The Sahel Security Letter: a week of roadside bombs\n\n"
    "Our weekly summary for readers of the security events we tracked.\n\n"
    "WEDNESDAY\n\n"
    "- A roadside bomb struck a lorry carrying water near Ouallam, killing two drivers.\n\n"
    "FRIDAY\n\n"
    "- Gunmen on motorbikes burned the grain store of a village outside Tera.\n"
)

SITREP = (
    "Situation report No. 4 (as of 20 May 2024)\n\n"
    "OVERVIEW\n\n"
    "1. Humanitarian partners recorded a sharp rise in attacks on farmers this month.\n\n"
    "TILLABERI REGION\n\n"
    "2. On 12 May, a roadside bomb hit a minibus on a track beside the river, killing four "
    "passengers.\n\n"
    "KORIDANE DISTRICT\n\n"
    "3. On 14 May, armed men shot dead three herders at a well and drove off their cattle.\n\n"
    "4. On 15 May, soldiers detained nine men in Niamey after a search of the market.\n"
)


def _records(extractor: Extractor, text: str, published: date) -> list[EventRecord]:
    document = Document(id="note", text=text, pub_date=published, origin="test")
    return next(iter(extractor.extract([document])))[1]


def _with(records: list[EventRecord], word: str) -> EventRecord:
    found = [r for r in records if any(word in m.text for m in r.mentions)]
    assert found, [r.evidence.text for r in records]
    return found[0]


def test_a_weekday_heading_dates_the_items_under_it(extractor: Extractor) -> None:
    # published on a Saturday: WEDNESDAY is three days before, FRIDAY the day before
    records = _records(extractor, DIGEST, date(2024, 3, 16))
    assert _with(records, "water").date == "2024-03-13"
    assert _with(records, "grain store").date == "2024-03-15"


def test_headings_read_as_dates_and_districts(nlp: Language) -> None:
    for text, published in ((DIGEST, date(2024, 3, 16)), (SITREP, date(2024, 5, 20))):
        document = Document(id="note", text=text, pub_date=published, origin="test")
        lines = Discourse(nlp(text), document)
        headed = {lines.lines[h].text for h in lines.heading_of if h is not None}
        # the first line is the headline, which heads nothing
        assert text.split("\n")[0] not in headed
    doc = nlp(SITREP)
    lines = Discourse(doc, Document(id="note", text=SITREP, pub_date=date(2024, 5, 20),
                                    origin="test"))
    by_start = {s.text.split()[0]: s for s in doc.sents}
    assert lines.heading_place(by_start["2."]) == "Tillaberi"
    assert lines.heading_place(by_start["3."]) == "Koridane"
    # a heading that names no district places nothing
    assert lines.heading_place(by_start["1."]) is None


def test_a_paragraph_without_a_town_is_in_its_heading_district(extractor: Extractor) -> None:
    records = _records(extractor, SITREP, date(2024, 5, 20))
    minibus = _with(records, "minibus").location
    assert minibus is not None and minibus.admin1 is not None
    assert "Tillab" in minibus.admin1
    # a district the gazetteer lacks keeps the heading's name
    herders = _with(records, "herders").location
    assert herders is not None and herders.name == "Koridane"
    # a paragraph that names its own town stays there
    detained = _with(records, "nine men").location
    assert detained is not None and detained.name == "Niamey"
