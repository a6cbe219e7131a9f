"""Places a long article names only by pointing back at one it named before.

Analyses rarely repeat a town: "Dori had been spared so far. On 9 May, however, gunmen there
killed two traders", "another bomb hit the same city", "gunmen killed six farmers in the town's
eastern suburbs", "the governor of Kunduz met elders in the provincial capital". A sentence
that names no place of its own but points back this way is where the last town the text named
before the pointer lies, in the pointer's paragraph or the one before it — never the dateline
(where the reporter was), a country or a province. "The provincial (state, county) capital" is
the capital of the province named last: the town the text itself calls so ("Morelia, the state
capital"), else the province's namesake town ("Mandera county" and Mandera town). A gathering
told before and named only by its noun ("at the funeral", "at his press conference", "at the
scene") points back the same way: what is said there is where the gathering was, not where
the speaker holds office.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from roydad.extract.events import Happening
from roydad.extract.lexicon import load_lexicon
from roydad.extract.places.mentions import MISREAD_LABELS, PLACE_LABELS
from roydad.extract.syntax import entities
from roydad.models import Location

# What a pointer can point back at: a town or a site, or a district ("the same district").
_SETTLEMENTS = frozenset({"point", "city", "admin2"})
# What has a capital: a province, a county, a district.
_PROVINCES = frozenset({"admin1", "admin2"})
# How many paragraphs back a pointer may reach (its own and the one before it).
_REACH = 1

# The capital of a province, as the gazetteer knows its namesake town.
CapitalOf = Callable[[Location], Location | None]


@dataclass(frozen=True)
class PointerLexicon:
    pointers: re.Pattern[str]
    capital: re.Pattern[str]


@cache
def lexicon() -> PointerLexicon:
    raw = load_lexicon("paragraph_context")

    def alternatives(key: str) -> str:
        words = sorted((str(w).lower() for w in raw[key]), key=len, reverse=True)
        return "|".join(re.escape(w) for w in words)

    # "at the funeral", "at his press conference": a gathering told before
    recalled = (f"(?:{alternatives('recalled_site_preps')}) "
                f"(?:{alternatives('recalled_site_determiners')}) "
                f"(?:{alternatives('recalled_sites')})")
    units = alternatives("capital_units")
    return PointerLexicon(
        pointers=re.compile(
            r"\b(?:" + alternatives("place_pointers") + "|" + recalled + r")(?![\w-])"),
        capital=re.compile(r"\bthe (?:" + units + r") capital\b"),
    )


class PointedPlaces:
    """The places a long article's pointers ("there", "the same town", "the provincial
    capital") point back at. `paragraph_of` numbers the paragraph of a character offset."""

    def __init__(self, doc: Doc, names: Mapping[str, Location], misread: Mapping[str, Location],
                 bare: Mapping[int, list[str]], filed_at: frozenset[int],
                 paragraph_of: Callable[[int], int], capital_of: CapitalOf) -> None:
        self.paragraph_of = paragraph_of
        self.capital_of = capital_of
        named: list[tuple[int, Location]] = []
        for ent in entities(doc):
            if ent.start_char in filed_at:
                continue
            if ent.label_ in PLACE_LABELS:
                loc = names.get(ent.text)
            elif ent.label_ in MISREAD_LABELS:
                loc = misread.get(ent.text)
            else:
                continue
            if loc is not None and loc.precision is not None:
                named.append((ent.start_char, loc))
        # names the NER missed, read by sentence ("Dori has been spared so far")
        for sentence in doc.sents:
            for name in bare.get(sentence.start, []):
                at = sentence.text.find(name)
                if at >= 0 and (loc := names.get(name)) is not None and loc.precision:
                    named.append((sentence.start_char + at, loc))
        self.named = sorted(named, key=lambda n: n[0])
        self.called = _called_capitals(doc, names)

    def place(self, happening: Happening, located: Location | None) -> Location | None:
        """Where the sentence that first tells the happening points back to; None when it
        does not point. "The provincial capital" of a happening already placed in a province
        is that province's."""
        lex = lexicon()
        sentence = happening.first.sentence
        text = sentence.text.lower()
        if m := lex.capital.search(text):
            return self._capital(sentence.start_char + m.start(), located)
        for m in lex.pointers.finditer(text):
            at = sentence.start_char + m.start()
            if _expletive(sentence.doc, at):  # "there were no casualties"
                continue
            if (found := self._last_named(at, _SETTLEMENTS)) is not None:
                return found
        return None

    def _last_named(self, at: int, kinds: frozenset[str]) -> Location | None:
        here = self.paragraph_of(at)
        before = [loc for start, loc in self.named if start < at and loc.precision in kinds
                  and here - self.paragraph_of(start) <= _REACH]
        return before[-1] if before else None

    def _capital(self, at: int, located: Location | None) -> Location | None:
        province = located if located is not None and located.precision in _PROVINCES else (
            self._last_named(at, _PROVINCES))
        if province is None or province.country is None:
            return None
        # a town the text called the capital before the pointer ("Herat, the provincial
        # capital, ..."), else the province's namesake town
        called = [loc for start, loc in self.called if start < at
                  and (loc.country, loc.admin1) == (province.country, province.admin1)]
        return called[-1] if called else self.capital_of(province)


def _called_capitals(doc: Doc, names: Mapping[str, Location]) -> list[tuple[int, Location]]:
    """Towns the text calls a capital in apposition ("in Morelia, the state capital", "the
    provincial capital, Ramadi"), where it does so."""
    found: list[tuple[int, Location]] = []
    for ent in entities(doc):
        loc = names.get(ent.text) if ent.label_ in PLACE_LABELS else None
        if loc is None or loc.country is None or loc.precision not in ("city", "point"):
            continue
        root = ent.root
        linked = [c for c in root.children if c.dep_ == "appos"]
        linked += [root.head] if root.dep_ == "appos" else []
        if any(t.lemma_.lower() == "capital" for t in linked):
            found.append((ent.start_char, loc))
    return found


def _expletive(doc: Doc, at: int) -> bool:
    """"There" that only opens a clause ("there were no casualties", "there is no sign")."""
    token = next((t for t in doc if t.idx == at), None)
    if token is None or token.lower_ != "there":
        return False
    return token.dep_ == "expl" or (token.i + 1 < len(doc) and doc[token.i + 1].lemma_ == "be")
