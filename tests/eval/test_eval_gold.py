from __future__ import annotations

import json
from pathlib import Path

import pytest

from roydad.eval import GoldDocument, GoldFormatError, load_gold
from roydad.eval.gold import document_id
from roydad.eval.triggers import TriggerAnchor, locate_triggers


def test_lines_group_into_documents(sample_gold: list[GoldDocument]) -> None:
    assert [d.id for d in sample_gold] == [
        "wikievents:dev:road_ied_8", "ucdp:425086", "ucdp:211721", "ucdp:211720",
    ]
    wiki, *ucdp = sample_gold
    assert wiki.profile == "mention" and len(wiki.mentions) == 7 and not wiki.events
    # Two UCDP events share a headline but stay separate documents.
    assert ucdp[1].text == ucdp[2].text
    assert all(d.profile == "event" and len(d.events) == 1 for d in ucdp)


def test_wikievents_triggers_get_character_offsets(sample_gold: list[GoldDocument]) -> None:
    wiki = sample_gold[0]
    for mention in wiki.mentions:
        assert wiki.text[mention.start : mention.end] == mention.trigger
    first = wiki.mentions[0]
    assert (first.trigger, first.kairos_type, first.category) == (
        "kills", "Life.Die.Unspecified", "ASSAULT"
    )
    assert [(a.role, a.head, a.slot) for a in first.arguments] == [
        ("Victim", "general", "recipient"), ("Place", "syria", "location"),
    ]
    broadcast = next(m for m in wiki.mentions if m.gold_id.endswith("-E3"))
    assert broadcast.category is None  # statements are out of the contract's scope


def test_event_gold_fields(sample_gold: list[GoldDocument]) -> None:
    event = sample_gold[1].events[0]
    assert event.date is not None and event.date.isoformat() == "2021-12-31"
    assert (event.admin1, event.actor1, event.actor2, event.fatalities) == (
        "Federally Administered Tribal Areas", "Government of Pakistan", "TTP", 4
    )


def test_to_document_uses_the_document_id(sample_gold: list[GoldDocument]) -> None:
    document = sample_gold[1].to_document()
    assert document.id == "ucdp:425086"
    assert document.pub_date is not None and document.pub_date.isoformat() == "2021-12-31"
    assert document.text.startswith("Military: 4 Pakistani soldiers")
    assert document.origin.endswith("gold_sample.jsonl:8")


def test_document_id_rule() -> None:
    assert document_id("wikievents:dev:a_b-E12") == "wikievents:dev:a_b"
    assert document_id("ucdp:425086") == "ucdp:425086"
    assert document_id("x-E1", doc_id="article-7") == "article-7"


@pytest.mark.parametrize("shift", [0, 3])
def test_repeated_trigger_word_is_disambiguated_by_token_index(shift: int) -> None:
    # The gold tokeniser may count differently from ours (`shift`): the drift is measured at
    # the unambiguous trigger "They" and taken off before choosing between the two "reported".
    sentence = "They reported that police reported nothing."
    text = sentence + "Then it ended."
    anchors = [
        TriggerAnchor(text="reported", token_start=4 + shift, sentence=sentence),
        TriggerAnchor(text="They", token_start=0 + shift, sentence=sentence),
        TriggerAnchor(text="reported", token_start=1 + shift, sentence=sentence),
    ]
    spans = locate_triggers(text, anchors)
    assert [s.start for s in spans] == [text.rindex("reported"), 0, text.index("reported")]


def test_character_offsets_are_taken_as_given() -> None:
    anchor = TriggerAnchor("exploded", char_start=7, char_end=15)
    spans = locate_triggers("A bomb exploded.", [anchor])
    assert (spans[0].start, spans[0].end) == (7, 15)


def _write(tmp_path: Path, lines: list[dict[str, object]]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_a_document_with_two_texts_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, [
        {"id": "d-E1", "text": "One.", "gold": {}},
        {"id": "d-E2", "text": "Two.", "gold": {}},
    ])
    with pytest.raises(GoldFormatError, match=r"gold.jsonl:2: document 'd'"):
        load_gold(path)


def test_a_bad_line_names_its_place(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "text": "x", "gold": {}}\n{not json\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"gold.jsonl:2"):
        load_gold(path)


def test_a_trigger_not_in_the_text_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, [{
        "id": "d-E1", "text": "Nothing happened.", "gold": {},
        "raw": {"trigger": {"text": "bombing", "start": 0, "end": 1},
                "trigger_sentence": "Nothing happened."},
    }])
    with pytest.raises(GoldFormatError, match="bombing"):
        load_gold(path)


def test_null_gold_is_a_document_that_reports_no_event(tmp_path: Path) -> None:
    path = _write(tmp_path, [
        {"id": "n1", "text": "Editors called the ruling an assault on press freedom.",
         "gold": None},
        {"id": "e1", "text": "Gunmen shot dead a shopkeeper in Quetta.",
         "gold": {"event_type": "Violence against civilians", "sub_event_type": "Attack"}},
    ])
    negative, event = load_gold(path)
    assert negative.no_event and negative.profile == "event" and negative.events == ()
    assert not event.no_event and len(event.events) == 1


def test_a_document_mixing_null_and_annotated_gold_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, [
        {"id": "d1", "doc_id": "d", "text": "Troops clashed with rebels.", "gold": {}},
        {"id": "d2", "doc_id": "d", "text": "Troops clashed with rebels.", "gold": None},
    ])
    with pytest.raises(GoldFormatError, match=r"gold.jsonl:2: document 'd' mixes no-event"):
        load_gold(path)
