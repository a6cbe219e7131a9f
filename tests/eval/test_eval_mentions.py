from __future__ import annotations

from roydad.eval.gold import GoldArgument, GoldDocument, GoldMention
from roydad.eval.mentions import MentionScorer, predicted_arguments, trigger_spans
from roydad.eval.vocab import head_word
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


def _armed_document(instrument: str) -> GoldDocument:
    text = f"A gunman opened fire with {instrument} on a bus, killing four passengers."
    start = text.index("killing")
    argument = GoldArgument(role="Instrument", text=instrument, head=head_word(instrument) or "",
                            slot="weapon")
    mention = GoldMention(gold_id="m1", kairos_type="Life.Die.Unspecified", category="ASSAULT",
                          trigger="killing", start=start, end=start + len("killing"),
                          arguments=(argument,))
    return GoldDocument(id="d", source=None, text=text, pub_date=None, origin="test",
                        profile="mention", mentions=(mention,))


def _weapon_row(doc: GoldDocument, weapon: str) -> tuple[int, int]:
    start = doc.text.index("killing")
    record = EventRecord(
        doc_id="d", event_id="e", event_type="ASSAULT", weapon=weapon,
        evidence=Evidence(text=doc.text, start=0, end=len(doc.text)), confidence=0.5,
        extractor="test",
        mentions=[Mention(text="killing", start=start, end=start + 7, trigger="killing")],
    )
    scorer = MentionScorer()
    scorer.add(doc, [record])
    tally = scorer.arguments["weapon"]
    return tally.tp_gold, tally.tp_pred


def test_a_weapon_in_the_contracts_words_finds_the_gold_words() -> None:
    # the contract names the weapon in its vocabulary, the gold keeps the text's words
    assert _weapon_row(_armed_document("an AK-47 rifle"), "rifle") == (1, 1)
    assert _weapon_row(_armed_document("a Kalashnikov"), "rifle") == (1, 1)
    assert _weapon_row(_armed_document("a pressure cooker"), "IED") == (1, 1)
    assert _weapon_row(_armed_document("an explosive vest"), "suicide vest") == (1, 1)


def test_a_different_weapon_is_still_wrong() -> None:
    assert _weapon_row(_armed_document("a kitchen knife"), "firearm") == (0, 0)
    assert _weapon_row(_armed_document("a car bomb"), "IED") == (0, 0)


def test_a_place_in_the_gazetteers_words_finds_the_gold_words() -> None:
    text = "A suicide bomber attacked a base in Kunar Province, killing six."
    start = text.index("killing")
    place = GoldArgument(role="Place", text="Kunar Province", head="province", slot="location")
    mention = GoldMention(gold_id="m1", kairos_type="Life.Die.Unspecified", category="ASSAULT",
                          trigger="killing", start=start, end=start + 7, arguments=(place,))
    doc = GoldDocument(id="d", source=None, text=text, pub_date=None, origin="test",
                       profile="mention", mentions=(mention,))

    def row(name: str) -> tuple[int, int]:
        record = EventRecord(
            doc_id="d", event_id="e", event_type="ASSAULT", location=Location(name=name),
            evidence=Evidence(text=text, start=0, end=len(text)), confidence=0.5,
            extractor="test",
            mentions=[Mention(text="killing", start=start, end=start + 7, trigger="killing")],
        )
        scorer = MentionScorer()
        scorer.add(doc, [record])
        return scorer.arguments["location"].tp_gold, scorer.arguments["location"].tp_pred

    assert row("Kunar") == (1, 1)
    assert row("Nangarhar") == (0, 0)
