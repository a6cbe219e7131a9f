"""Referent mentions: a noun that only refers back to a happening ("the raid", "that ambush",
"the Tuesday bombing", "since the massacre", "the killing has raised fears").

Such a mention tells no act of its own: it is a mention of the happening it refers to, and
merging (`merging.py`) must join it to that one, never let it start or move another.

* `own_place`: only a place in the referent's own phrase ("the Ilaga raid", "the killings in
  Kandi") says which happening it is; a place elsewhere in its sentence ("the police in
  Natitingou said the raid ...") is where something else is;
* `within`: a referent dated coarser than the happening ("the third attack this week", "since
  the 2018 massacre") agrees with a happening whose day falls in that week or year;
* `referent_order`: of the happenings it may join, first those its words single out (a place
  or name of its phrase, `merging._own_first`), then the latest told in its paragraph or the
  one before, then the article's main happening of its type, then one told with the same
  word, then the rest, latest first.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from roydad.extract.events import Candidate, Happening
from roydad.extract.paragraphs import paragraph_no
from roydad.extract.timeline import counted_relation
from roydad.resolve.dates import ResolvedDate


def own_place(c: Candidate) -> bool:
    """The mention's place hangs in its own phrase ("the Ilaga raid", "the raid on Ilaga"), on
    the mention's noun itself: in "the second killing of a prominent figure in Iran" the place
    is the figure's, not where the killing was."""
    if c.place is None:
        return False
    head, trigger = c.place.head, c.hit.head
    if head.head == trigger and head.dep_ in ("compound", "nmod", "amod"):
        return True
    return head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head == trigger


def place_of(c: Candidate) -> str | None:
    """The place a mention says its happening was: a referent's only in its own phrase."""
    if c.place is None or (c.anaphoric and not own_place(c)):
        return None
    return c.place.text


def _last_day(when: ResolvedDate) -> date:
    if when.end is not None:
        return when.end
    start = when.start
    if when.precision == "week":
        return start + timedelta(days=6)
    if when.precision == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if when.precision == "year":
        return start.replace(month=12, day=31)
    return start


def within(outer: ResolvedDate, inner: ResolvedDate) -> bool:
    """The inner date falls in the outer one, which is known no better than a week ("this
    week" holds last Thursday, "2018" holds December 2018)."""
    if outer.precision == "day" and outer.end is None:
        return False
    return outer.start <= inner.start and _last_day(inner) <= _last_day(outer)


def plural(c: Candidate) -> bool:
    """"the killings", "the attacks": a referent that sums up several happenings."""
    return c.hit.head.tag_ in ("NNS", "NNPS")


def told(h: Happening) -> list[Candidate]:
    """The mentions that tell the happening, not those that only refer back to it."""
    return [m for m in h.members if not m.anaphoric]


def referent_order(
    fitting: list[Happening], c: Candidate, happenings: list[Happening], own: set[int]
) -> list[Happening]:
    """The happenings a referent may join, the one it most likely refers to first (`own`: the
    ids of those its phrase singles out by a place or a name)."""
    para = paragraph_no(c.sentence)

    def near(h: Happening) -> bool:  # told or referred to in its paragraph or the one
        # before, before it ("Al-Shabaab claimed the Beledweyne attack ... / Officials believe
        # the assault was planned by ...": the assault the paragraph before was about)
        return any(para - 1 <= paragraph_no(m.sentence) <= para
                   and m.hit.span.start < c.hit.span.start for m in h.members)

    main = next((h for h in happenings if h.event_type == c.event_type and told(h)
                 and not h.first.anaphoric), None)
    lemma = c.hit.spec.lemma

    def rank(h: Happening) -> int:
        same_word = any(m.hit.spec.lemma == lemma for m in told(h))
        if id(h) in own:
            return 0
        if same_word:
            return 1 if near(h) else 2
        if near(h):
            return 3
        return 4 if h is main else 5

    def recalled(h: Happening) -> bool:
        # told only inside "three days after a strike killed ...": the report's own event is
        # what a later "the bombing" refers to
        return all(counted_relation(m.hit.head) is not None for m in told(h))

    # stable: latest first within a rank
    return sorted(fitting, key=lambda h: (rank(h), recalled(h)))
