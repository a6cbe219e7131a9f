"""One violent protest is one record (ACLED Riots): the deaths and injuries told beside a riot are
the riot's, and the arrests made at it take its date and place (issue 13, section 8)."""

from __future__ import annotations

from roydad.extract.events import Happening
from roydad.extract.paragraphs import paragraph_no
from roydad.extract.syntax import sentence_numbers

# Violence a riot's own casualties come from; a bomb, shelling or an air strike beside a riot is
# an event of its own.
_RIOT_MODES = frozenset({None, "firearms", "targeted", "primitive", "arson"})
# How far (in sentences) a riot's casualties and arrests are told from it.
NEAR = 1


def _near(a: set[int], b: set[int]) -> bool:
    return any(abs(x - y) <= NEAR for x in a for y in b)


def _paragraphs(h: Happening) -> set[int]:
    return {paragraph_no(c.sentence) for c in h.members}


def _is_riot(h: Happening) -> bool:
    return h.event_type == "PROTEST" and h.mode == "riot"


def fold_riots(happenings: list[Happening]) -> list[Happening]:
    """Fold undated or same-dated violence told within `NEAR` sentences of a riot into it, and
    give arrests told there without a date of their own the riot as their setting."""
    riots = [h for h in happenings if _is_riot(h)]
    if not riots:
        return happenings
    doc = riots[0].first.sentence.doc
    numbers = sentence_numbers(doc)
    out: list[Happening] = []
    for h in happenings:
        if h in riots:
            out.append(h)
            continue
        where = h.sentences(numbers)
        # a riot's casualties are told in its paragraph: the clash the paragraph before ends
        # with is not the lynching this one opens with
        riot = next((r for r in riots if _near(where, r.sentences(numbers))
                     and _paragraphs(h) <= _paragraphs(r)), None)
        same_day = riot is not None and (
            h.when is None or riot.when is None or h.when.start == riot.when.start)
        if riot is None or not same_day:
            out.append(h)
        elif h.event_type == "ASSAULT" and all(c.mode in _RIOT_MODES for c in h.members):
            for c in h.members:
                c.acled_sub = None  # the riot's type, not an armed clash
            riot.members = sorted([*riot.members, *h.members], key=lambda c: c.hit.span.start)
            riot.kind = "PROTEST"
        else:
            if h.event_type == "COERCE" and h.when is None:
                h.when, h.setting = riot.when, riot
            out.append(h)
    return out
