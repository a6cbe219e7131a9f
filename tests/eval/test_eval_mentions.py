from __future__ import annotations

from roydad.eval.mentions import predicted_arguments, trigger_spans
from roydad.models import ActorRef, EventRecord, Evidence, Location, Mention

TEXT = "Police said a bomb exploded in Kabul, and a second bomb exploded later."


def _mention(text: str, trigger: str) -> Mention:
    start = TEXT.index(text)
    return Mention(text=text, start=start, end=start + len(text), trigger=trigger)


def test_a_sentence_mention_counts_only_its_trigger() -> None:
    located = trigger_spans(TEXT, _mention("Police said a bomb exploded in Kabul", "bomb"))
    assert [TEXT[s.start : s.end] for s in located.spans] == ["bomb"]
    assert not located.whole_span


def test_every_occurrence_of_a_repeated_trigger_counts() -> None:
    located = trigger_spans(TEXT, _mention(TEXT, "exploded"))
    assert len(located.spans) == 2


def test_a_lemma_trigger_finds_its_inflected_word() -> None:
    located = trigger_spans(TEXT, _mention("a bomb exploded", "explode"))
    assert [TEXT[s.start : s.end] for s in located.spans] == ["exploded"]


def test_a_trigger_not_in_its_span_falls_back_to_the_span() -> None:
    mention = _mention("a bomb exploded", "blast")
    located = trigger_spans(TEXT, mention)
    assert located.whole_span
    assert [(s.start, s.end) for s in located.spans] == [(mention.start, mention.end)]


def test_predicted_arguments_by_head() -> None:
    record = EventRecord(
        doc_id="d", event_id="e", event_type="ASSAULT",
        evidence=Evidence(text="x", start=0, end=1), confidence=0.5, extractor="test",
        actors=[
            ActorRef(text="the Taliban", name="Taliban", role="actor"),
            ActorRef(text="two police officers", name="Afghan National Police", role="recipient"),
            ActorRef(text="witnesses", name="witnesses", role="associated"),
        ],
        location=Location(name="Kabul"), weapon="car bomb",
    )
    found = {(a.slot, tuple(sorted(a.heads))) for a in predicted_arguments(record)}
    assert found == {
        ("actor", ("taliban",)),
        ("recipient", ("officer", "police")),  # heads in the singular
        ("location", ("kabul",)),
        ("weapon", ("bomb",)),
    }
