from __future__ import annotations

from roydad.classify.context import classifier_text
from roydad.models import EventRecord, Evidence


def _record(text: str, sentence: str) -> EventRecord:
    start = text.index(sentence)
    return EventRecord.model_validate({
        "doc_id": "d", "event_id": "e", "event_type": "ASSAULT",
        "evidence": Evidence(text=sentence, start=start, end=start + len(sentence)),
        "confidence": 0.8, "extractor": "test",
    })


NOTE = ("On 3 February 2024, TTP militants attacked a police post in Kulachi (Dera Ismail Khan). "
        "Police returned fire. Fatalities: 3.")
FILLER = " ".join(["The district has seen more violence since the ceasefire ended."] * 8)


def test_a_short_report_is_read_whole() -> None:
    assert classifier_text(NOTE, _record(NOTE, "Police returned fire.")) == NOTE


def test_a_short_sentence_of_a_long_report_brings_the_one_before() -> None:
    text = (f"{FILLER} Gunmen stormed a Levies checkpost near Turbat on Monday night. "
            f"Two soldiers were killed. {FILLER}")
    got = classifier_text(text, _record(text, "Two soldiers were killed."))
    assert got == "Gunmen stormed a Levies checkpost near Turbat on Monday night. " \
                  "Two soldiers were killed."


def test_a_full_sentence_of_a_long_report_is_read_alone() -> None:
    sentence = ("Gunmen stormed a Levies checkpost near Turbat on Monday night, killing two "
                "soldiers before fleeing into the hills.")
    text = f"{FILLER} {sentence} {FILLER}"
    assert classifier_text(text, _record(text, sentence)) == sentence


def test_a_short_report_of_two_attacks_reads_each_alone() -> None:
    first = "On 9 March 2024, gunmen shot dead three herders near Bokkos (Plateau)."
    second = "In a separate incident, an IED hit a patrol vehicle near Mangu, killing a soldier."
    text = f"{first} {second}"
    records = [_record(text, first), _record(text, second)]
    assert classifier_text(text, records[0], records) == first
    assert classifier_text(text, records[1], records) == second


def test_a_short_report_with_another_kind_of_record_is_still_read_whole() -> None:
    arrest = _record(NOTE, "Police returned fire.").model_copy(update={"event_type": "COERCE"})
    attack = _record(NOTE, NOTE.split(". ")[0] + ".")
    assert classifier_text(NOTE, attack, [attack, arrest]) == NOTE
