"""The toll a report gives by saying nothing of deaths (issue 13, section 7; the codebook's
gold convention in data/codebook/README.md, `fatalities`).

ACLED codes fatalities as a number, zero when nobody was reported killed. A report states that
zero without the word when it counts only the wounded ("a grenade wounded three worshippers",
"three hurt") or tells a kind of harm that does not kill unless someone is said to have died
(an abduction, a rape, police dispersing a march: `nonlethal_subtypes` in numbers.yaml). Any
word of death in the event's sentences ("dozens were found suffocated", "bodies") keeps the
toll unknown: a death told without a number is not a zero.
"""

from __future__ import annotations

from functools import cache

from roydad.extract.certainty import any_happened
from roydad.extract.events import Happening
from roydad.extract.lexicon import load_lexicon
from roydad.models import EventRecord
from roydad.ontology import load_ontology

_TOLL = ("fatalities", "fatalities_low", "fatalities_high")


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(the sub-event types that do not kill by themselves, the words that tell a death)."""
    raw = load_lexicon("numbers")
    deaths = {*raw["death_words"], *raw["intransitive"], *raw["toll_words"]}
    return frozenset(raw["nonlethal_subtypes"]), frozenset(deaths)


def with_implicit_zero(record: EventRecord, happening: Happening) -> EventRecord:
    """The record with a toll of zero when its report implies one (see the module)."""
    if any(getattr(record, name) is not None for name in _TOLL):
        return record
    if not any_happened(m.certainty for m in happening.members):
        return record
    nonlethal, deaths = _words()
    wounded_only = bool(record.injured)
    if not (wounded_only or record.acled_sub_event_type in nonlethal):
        return record
    sentences = {id(m.sentence): m.sentence for m in happening.members}.values()
    if any(t.lemma_.lower() in deaths or t.lower_ in deaths for s in sentences for t in s):
        return record
    return record.model_copy(update=dict.fromkeys(_TOLL, 0))


@cache
def _unharmed() -> dict[str, dict[str, str]]:
    return dict(load_lexicon("families")["unharmed"])


def with_unharmed_type(record: EventRecord) -> EventRecord:
    """A record whose toll says nobody was killed or hurt takes the sub-event type families.yaml
    `unharmed` gives its mode: homes burnt with "no casualties" are property destroyed
    (Looting/property destruction), not an attack on the people in them."""
    if record.fatalities != 0 or record.injured or record.acled_sub_event_type is None:
        return record
    to = _unharmed().get(record.mode or "", {}).get(record.acled_sub_event_type)
    if to is None:
        return record
    return record.model_copy(update={
        "acled_event_type": load_ontology().acled_sub_types[to], "acled_sub_event_type": to})
