"""How actor names are compared: the keys a mention and a knowledge-base alias must share.

`normalise` is the strict key (case, diacritics, punctuation folded), `loose_key` the
transliteration-blind one ("Mullah Daoud Muzamil" = "Dawood Muzammil"), `cased_key` the one for
acronyms that are also words ("IS", "US"). The small text helpers cut a mention into its name,
titles and apposition for `roydad.resolve.actors`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterator, Sequence

from rapidfuzz import fuzz

# Each name of a person must be this close to the knowledge base's (transliterations differ by
# a vowel or two: Esmail/Ismail, Ghaani/Qaani; another surname differs by more: Khan/Qaani).
PERSON_NAME_CUTOFF = 80.0

_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u02bb`\u00b4]")
_POSSESSIVE = re.compile(r"(?<=\w)'s\b|(?<=s)'(?!\w)")
_SEPARATORS = re.compile(r"[\u2010-\u2015\u2212_/\-]")
_NON_WORD = re.compile(r"[^\w\s]")
# Arabic/Persian/Urdu particles written in or out at will: al-, ul-, izafat -e-/-i-.
_PARTICLES = frozenset(["al", "el", "ul", "ud", "ur", "e", "i", "as", "ash", "ad", "an", "az"])
# Transliteration folds for loose keys, applied per token in order (Mohammad/Muhammad/Mohammed,
# Dawood/Dawud/Daoud, -ullah/-ollah, -uddin/-eddin, ee/i, oo/ou/u, q/k, doubled letters).
_FOLDS = tuple((re.compile(p), r) for p, r in (
    (r"^m[ou]h[ae]?m+[ae]d$|^mohd$", "muhammad"), (r"^m[ae]hm(?:oo|ou|u)d$", "mahmud"),
    (r"^da[wv]?(?:oo|ou|u|o)d$", "dawud"), (r"(?<=\w{3})[uoa]l{1,2}ah?$", "ullah"),
    (r"(?<=\w{2})[uea]d{1,2}[ie]n$", "uddin"), (r"ee", "i"), (r"oo|ou", "u"), (r"q", "k"),
    (r"(\w)\1+", r"\1"),
))


def normalise(text: str) -> str:
    """Strict matching key: case, diacritics, punctuation, "the" and possessive 's folded."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = _APOSTROPHES.sub("'", folded).replace("&", " and ").replace(".", "")
    folded = _POSSESSIVE.sub("", folded).replace("'", "")
    folded = _NON_WORD.sub(" ", _SEPARATORS.sub(" ", folded))
    return " ".join(w for w in folded.split() if w != "the")


def loose_key(text: str) -> str:
    """Transliteration-blind key: "Mullah Daoud Muzamil" and "Dawood Muzammil" agree on the name."""
    tokens = []
    for token in normalise(text).split():
        if token in _PARTICLES:
            continue
        for pattern, repl in _FOLDS:
            token = pattern.sub(repl, token)
        tokens.append(token)
    return "".join(tokens)


def cased_key(text: str) -> str:
    """Key for acronyms that are also words ("IS", "US"): only dots and spacing folded."""
    return " ".join(_APOSTROPHES.sub("'", text).replace(".", "").split()).strip(" ,;:'\"()")


def clean_mention(text: str) -> str:
    cleaned = " ".join(text.replace("\u201c", " ").replace("\u201d", " ").split())
    cleaned = cleaned.strip(" \"'.,;:!?")
    cleaned = re.sub(r"^(?:the|a|an)\s+", "", cleaned, flags=re.IGNORECASE)
    return re.sub(r"['\u2019]s$", "", cleaned)


def split_apposition(text: str) -> tuple[str, str]:
    """ "General X, former police commander" -> ("General X", "former police commander")."""
    found = re.search(r"\s*(?:,(?!(?<=\d,)\d{3}\b)|\()\s*", text)  # never "2,000"
    if not found or found.start() == 0:
        return text, ""
    return text[: found.start()].strip(), text[found.end():].strip(" )")


def join_titles(*parts: str) -> str | None:
    return ", ".join(p for p in parts if p) or None


def segment(tokens: Sequence[str], vocab: Container[str]) -> Iterator[tuple[int, str | None]]:
    """Greedy longest-match reading of tokens as vocabulary phrases: (end, phrase) per step,
    phrase None for a word outside the vocabulary."""
    i = 0
    while i < len(tokens):
        n = next((n for n in (4, 3, 2, 1)
                  if i + n <= len(tokens) and " ".join(tokens[i:i + n]) in vocab), 0)
        i += max(n, 1)
        yield i, " ".join(tokens[i - n:i]) if n else None


def same_person_names(mention: str, alias: str) -> bool:
    """A person matches on every name, up to transliteration ("Esmail Ghaani" is "Ismail
    Qaani"), never on a neighbouring string: "Ismail Khan" is not "Ismail Qaani"."""
    ours = [k for w in mention.split() if (k := loose_key(w))]
    theirs = [k for w in alias.split() if (k := loose_key(w))]
    return len(ours) >= 2 and len(ours) == len(theirs) and all(
        fuzz.ratio(a, b) >= PERSON_NAME_CUTOFF for a, b in zip(ours, theirs, strict=True))
