"""A place name the gazetteer matched only by another spelling, in a country where nothing
else of the document lies, is a misreading: "near Mambasa" in a report on Ituri is not Mombasa
in Kenya, and "between Boni and Hombori" in a report on Mali is not Bonn. Such a name stays as
written (the event keeps the name: `unlisted.py`), instead of putting the event abroad. A name
spelled as the gazetteer spells it keeps its reading: a report may place an event in a country
it does not name ("a bombing in Peshawar")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from roydad.models import Location
from roydad.resolve.places.folds import fold
from roydad.resolve.places.names import normalise

_TOWNS = frozenset({"city", "point"})


def _words(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return set(re.sub(r"[^a-z0-9]+", " ", plain).split())


def plain_words(text: str) -> list[str]:
    """The words of a name, lower case, without accents, hyphens as spaces: how two spellings
    of a name compare ("Bankilaré" and the gazetteer's "Bankilare")."""
    bare = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return bare.casefold().replace("-", " ").split()


def shares_a_word(written: str, known: str, min_letters: int) -> bool:
    """A word of the written name, of at least `min_letters` letters, is a word of the
    gazetteer's name for it ("Badia al-Sukhnah" and "As Sukhnah"): no spelling guess."""
    words = {w for w in plain_words(written) if len(w) >= min_letters}
    return any(w in words for w in plain_words(known))


def one_spelling(written: str, known: str) -> bool:
    """The written name and the gazetteer's are one name by a transliteration habit ("Wanla
    Weyn" and "Wanlaweyn", `folds.py`): no spelling guess either."""
    mine = fold(normalise(written))
    return bool(mine) and mine == fold(normalise(known))


def spelled_as(written: str, place: Location) -> bool:
    """The gazetteer's name of the place is the written name, or words of it ("Herat city",
    "Kabul's Paghman district"), or the other way round."""
    if place.name is None:
        return False
    mine, theirs = _words(written), _words(place.name)
    return bool(mine and theirs) and (theirs <= mine or mine <= theirs)


def without_namesakes(found: Mapping[str, Location | None],
                      mentioned: Iterable[str] = ()) -> dict[str, Location | None]:
    """The document's readings of its place names, less the namesakes abroad (such a name
    stays unresolved, None):

    * a name read, under another spelling, as a place of a country the document neither names
      (as a place or a nationality: `mentioned`) nor implies (by a place of that country it
      spells as the gazetteer does), when its places name or imply another country ("Boni"
      read as Bonn in a report on Mali);
    * a name read, under another spelling, as a place of a country that no other place of the
      document lies in and that the document does not name as a place, while its other places
      lie elsewhere ("Mambasa" read as Mombasa, Kenya, among the towns of Ituri)."""
    by_country: dict[str, set[str]] = {}
    for loc in found.values():
        if loc is not None and loc.country is not None:
            by_country.setdefault(loc.country, set()).add(loc.name or "")
    named = {loc.country for loc in found.values()
             if loc is not None and loc.precision == "country"}
    implied = {loc.country for name, loc in found.items()
               if loc is not None and loc.country is not None and spelled_as(name, loc)}
    known = named | implied | set(mentioned)
    out = dict(found)
    for name, loc in found.items():
        # a province is named by one of its listed names ("Oromia" for Oromiya, "Lanao del
        # Sur" for its region), never a misread town's spelling guess
        if loc is None or loc.country is None or loc.country in named or (
                loc.precision == "admin1"):
            continue
        if spelled_as(name, loc):
            continue
        alone = len(by_country[loc.country]) == 1
        elsewhere = any(c != loc.country for c in by_country)
        # (a town: a province's acronym or curated name is no spelling guess, "AJK")
        # and only when the document's places say where it is: a nationality alone ("Afghan
        # refugees") does not put a note's spelling guesses abroad
        unknown = loc.precision in _TOWNS and loc.country not in known and bool(
            (named | implied) - {loc.country})
        if (alone and elsewhere) or unknown:
            out[name] = None
    return out
