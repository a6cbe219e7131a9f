"""Place-name normal forms shared by the gazetteer builder and the resolver.

Two keys are computed for every name, at build time for the index and at query time for the
text being resolved, so both sides always agree:

- `normalise()`: case-folded, diacritics and apostrophes removed, punctuation to single spaces.
  "Mazār-e Sharīf", "Mazar-e-Sharif" and "MAZAR E SHARIF" all become "mazar e sharif".
- `skeleton()`: a consonant skeleton for Latin-script names that absorbs the usual
  transliteration noise of Persian, Pashto, Urdu and Arabic names: vowels (Helmand/Hilmand,
  Tehran/Teheran), q/k (Qandahar), w/v (Wardak/Vardak), ou/oo (Dogharoun), izafe and article
  connectors (Mazar-i-Sharif, Sar-e Pul/Sari Pul, Al Fallujah), doubled letters (Raqqa).
  It is a recall device only: matches through it are scored below exact matches.

`split_designator()` separates a generic word ("province", "district", "town", ...) from the
proper name, so "Kandahar province" is looked up as "kandahar" restricted to provinces.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Letters that NFKD does not decompose but that readers treat as their base letter.
_FOLD = str.maketrans(
    {
        "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "þ": "th",
        "ð": "d", "ħ": "h",
        # Apostrophes and ayn/hamza signs vanish: "Qal‘ah" = "Qalah", "Dar'a" = "Dara".
        "'": None, "’": None, "‘": None, "ʼ": None, "ʻ": None, "ʿ": None, "ʾ": None,
        "`": None, "´": None,
        # Arabic-script letters written differently in Arabic, Persian and Urdu text.
        "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
        "أ": "ا", "إ": "ا", "ٱ": "ا",
        "&": " and ",
    }
)
_NON_WORD = re.compile(r"[\W_]+")
# Combining diacritics of Latin script: removing them with one regex is much faster than
# testing every character, and is all that most names need.
_LATIN_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff]")

# Short words between name parts that transliterations add or drop at will.
_CONNECTORS = frozenset(
    {"i", "e", "ye", "ul", "ol", "al", "el", "ar", "as", "ash", "ad", "an", "at", "az",
     "va", "wa", "o", "and", "of", "the"}
)
# Plain substitutions first (cheap), then the two that depend on position.
_REPLACE: tuple[tuple[str, str], ...] = (
    ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("dj", "j"),
)
# Lowgar/Logar, Khowst/Khost, Jawzjan/Jowzjan: a w closing a syllable is a vowel glide.
_GLIDE = re.compile(r"([aeo])w(?=[^aeiouy]|$)")
# Raqqah/Raqqa, Qaleh/Qala: a word-final h after a vowel is silent.
_FINAL_H = re.compile(r"(?<=[aeiou])h\b")
_REPEAT = re.compile(r"(.)\1+")
_DROP = str.maketrans({"w": "v", " ": None, "a": None, "e": None, "i": None, "o": None,
                       "u": None, "y": None})
SKELETON_MIN = 4  # shorter skeletons ("bn", "kt") match far too much to be worth using

Kinds = frozenset[str]
ADMIN1_KINDS: Kinds = frozenset({"admin1"})
ADMIN2_KINDS: Kinds = frozenset({"admin2", "city", "point"})
LOCAL_KINDS: Kinds = frozenset({"city", "point"})

# Generic words naming what kind of place follows or precedes a proper name.
_DESIGNATORS: dict[str, Kinds | None] = {
    "province": ADMIN1_KINDS, "provinces": ADMIN1_KINDS, "governorate": ADMIN1_KINDS,
    "ostan": ADMIN1_KINDS, "wilayat": ADMIN1_KINDS, "state": ADMIN1_KINDS,
    "district": ADMIN2_KINDS, "districts": ADMIN2_KINDS, "agency": ADMIN2_KINDS,
    "tehsil": ADMIN2_KINDS, "county": ADMIN2_KINDS, "subdivision": ADMIN2_KINDS,
    "shahrestan": ADMIN2_KINDS, "woluswali": ADMIN2_KINDS,
    "city": LOCAL_KINDS, "town": LOCAL_KINDS, "village": LOCAL_KINDS, "bazaar": LOCAL_KINDS,
    "bazar": LOCAL_KINDS, "township": LOCAL_KINDS, "port": LOCAL_KINDS,
    # Areas: the word says nothing about the kind of the named place.
    "area": None, "areas": None, "valley": None, "region": None, "sector": None,
    "border": None, "crossing": None, "outskirts": None, "suburb": None, "suburbs": None,
    "highway": None, "road": None, "pass": None, "mountains": None, "hills": None,
    # Units of other countries: a raion, LGA, woreda or cercle is a district; a territory is
    # either (Congo's "Masisi territory", "Islamabad Capital Territory"), a municipality a
    # town or a district. (Not "oblast": ISO names the oblasts by adjectives, "Donetska
    # oblast", which are also names of their capitals.)
    "raion": ADMIN2_KINDS, "rayon": ADMIN2_KINDS, "lga": ADMIN2_KINDS, "woreda": ADMIN2_KINDS,
    "cercle": ADMIN2_KINDS, "territory": None, "municipality": None, "commune": None,
    "prefecture": None, "department": None,
}
_PREFIX_OF = frozenset({"province", "city", "town", "village", "district", "governorate"})


def normalise(text: str) -> str:
    """Lookup key: NFKD without combining marks, case-folded, punctuation as single spaces."""
    bare = _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", text))
    if not bare.isascii():
        bare = "".join(ch for ch in bare if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", bare.casefold().translate(_FOLD)).split())


def skeleton(key: str) -> str:
    """Consonant skeleton of a normalised Latin-script key ("" for other scripts)."""
    if not key.isascii():
        return ""
    tokens = key.split()
    text = " ".join([t for t in tokens if t not in _CONNECTORS] or tokens)
    for old, new in _REPLACE:
        text = text.replace(old, new)
    text = _FINAL_H.sub("", _GLIDE.sub(r"\1", text))
    return _REPEAT.sub(r"\1", text.translate(_DROP))


def fuzzy_block(key: str) -> str:
    """Bucket for fuzzy search: the skeleton's first consonant survives most spelling noise."""
    skel = skeleton(key)
    return skel[:1] or key[:1]


@dataclass(frozen=True, slots=True)
class Designated:
    """A query split into its proper name and what the generic word says about its kind."""

    key: str  # normalised proper name
    kinds: Kinds | None  # allowed kinds, None when the text does not say
    word: str | None  # the generic word, e.g. "district"


def split_designator(text: str) -> Designated:
    """'Kandahar province' -> ('kandahar', admin1); 'city of Quetta' -> ('quetta', local)."""
    return designate(normalise(text))


def strip_generic(key: str) -> str:
    """The proper-name part of a normalised key; fast when there is nothing to strip."""
    first, _, _ = key.partition(" ")
    _, _, last = key.rpartition(" ")
    if last in _DESIGNATORS or first in _PREFIX_OF or first == "the":
        return designate(key).key
    return key


def designate(key: str) -> Designated:
    """`split_designator` for an already normalised key."""
    tokens = key.split()
    if len(tokens) >= 2 and tokens[0] == "the":
        tokens = tokens[1:]
    if len(tokens) >= 3 and tokens[0] in _PREFIX_OF and tokens[1] == "of":
        return Designated(" ".join(tokens[2:]), _DESIGNATORS[tokens[0]], tokens[0])
    word: str | None = None
    kinds: Kinds | None = None
    # Strip trailing generic words ("Tirah valley", "Torkham border crossing").
    while len(tokens) >= 2 and tokens[-1] in _DESIGNATORS:
        if word is None or _DESIGNATORS[tokens[-1]] is not None:
            word, kinds = tokens[-1], _DESIGNATORS[tokens[-1]]
        tokens = tokens[:-1]
    return Designated(" ".join(tokens), kinds, word)


DIRECTIONS = frozenset(
    {"upper", "lower", "central", "north", "south", "east", "west", "northern", "southern",
     "eastern", "western", "greater", "old", "new"}
)


def without_direction(key: str) -> str:
    """'lower kurram' -> 'kurram': a fallback when a sub-unit is not in the gazetteer."""
    tokens = key.split()
    return " ".join(tokens[1:]) if len(tokens) >= 2 and tokens[0] in DIRECTIONS else key


def is_generic(key: str) -> bool:
    """True for keys made only of generic words ("border", "north", "district area")."""
    tokens = key.split()
    return all(t in _DESIGNATORS or t in DIRECTIONS or t in _CONNECTORS for t in tokens)


def is_acronym(text: str) -> bool:
    """'LNA', 'TTP', 'U.S.', 'J&K': two to five capitals (dots and '&' aside) and nothing else.
    A dateline's capitals ("KABUL") are a word, not an acronym: five letters of which one at
    least is a vowel between consonants are read as a word."""
    letters = text.replace(".", "").replace("&", "").replace(" ", "")
    if not (2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()):
        return False
    return len(letters) <= 3 or not any(ch in "AEIOU" for ch in letters[1:-1])


def display(name: str) -> str:
    """A name as shown: diacritics and ayn/hamza signs dropped ("Mazār-e Sharīf" -> "Mazar-e
    Sharif"), case and hyphens kept."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(bare.translate(str.maketrans("", "", "'’‘ʼʻʿʾ`´")).split())


def script(text: str) -> str:
    """Unicode script of the first letter ("LATIN", "ARABIC", ...)."""
    for ch in text:
        if ch.isalpha():
            return unicodedata.name(ch, "?").split(" ")[0]
    return "?"
