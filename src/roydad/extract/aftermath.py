"""What a report says of an event's toll in a sentence of its own, after the event: "Rebels
ambushed an army convoy near Goma. No casualties were reported." The sentence names no event
(it has no trigger), so its count belongs to the events told just before it.

Only a zero is taken this way, and only where the event's own sentences state no count: "no one
was hurt" after an attack is that attack's toll, whereas a number in a later sentence may be
another event's, a running total or a comparison.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from roydad.extract.events import CountsOf, Happening
from roydad.extract.numbers import Count
from roydad.extract.syntax import sentence_numbers
from roydad.models import EventRecord
from roydad.ontology import event_families

# How many sentences back an untriggered toll may look for its event.
REACH = 2
_ZERO = Count(0, 0, 0)
_FIELDS = {
    "dead": ("fatalities", "fatalities_low", "fatalities_high"),
    "injured": ("injured",),
}


def _told(h: Happening) -> bool:
    """An event whose toll a report would give: violence, or a protest (ACLED codes a
    protest's fatalities, zero when police dispersed it without loss of life)."""
    return h.event_type in event_families().hostile or h.event_type == "PROTEST"


def zero_tolls(happenings: Sequence[Happening], doc: Doc, counts: CountsOf
               ) -> dict[int, set[str]]:
    """For each happening (by id) the kinds ("dead", "injured") that a later sentence without
    an event of its own states as zero ("No casualties were reported", "No one was hurt")."""
    numbers = sentence_numbers(doc)
    told_in: dict[int, list[Happening]] = {}
    busy: set[int] = set()
    for h in happenings:
        for c in h.members:
            n = numbers.get(c.sentence.start, 0)
            busy.add(n)
            if _told(h):
                told_in.setdefault(n, []).append(h)
    out: dict[int, set[str]] = {}
    for sentence in doc.sents:
        n = numbers.get(sentence.start, 0)
        if n in busy:
            continue
        kinds = {k for k in _FIELDS if counts(sentence, k) == _ZERO}
        if not kinds:
            continue
        before = next((told_in[m] for m in range(n - 1, n - 1 - REACH, -1) if m in told_in), [])
        for h in before:
            out.setdefault(id(h), set()).update(kinds)
    return out


def with_zero_toll(record: EventRecord, kinds: set[str]) -> EventRecord:
    """The record with zero for the kinds it left unstated."""
    update: dict[str, object] = {}
    for kind in kinds:
        names = _FIELDS[kind]
        if all(getattr(record, name) is None for name in names):
            update.update(dict.fromkeys(names, 0))
    return record.model_copy(update=update) if update else record
