"""Headline grammar (issue 13): a headline drops auxiliaries and articles and tells past events in
the present ("Rebels torch trucks in Abyei", "Policeman martyred in Tank"), and Title Case
capitalises every word. The small English model misreads these: a bare present verb becomes a
noun of a compound ("torch/NN trucks"), a bare participle an active verb whose subject did the
deed ("Man hacked to death": the man hacked), a capitalised verb part of a name.

The headline line is parsed again in a normalised form (the bare verb in the past, "was" or
"were" before the bare participle, Title Case words lower-cased) and, where that parse reads the
rewritten words as verbs, its tags, lemmas and dependencies replace the first parse's on the
headline's own tokens. The text, the tokens and their offsets are untouched: an inserted "was"
is parsed and then dropped, its children hung on its head. The words are data
(`data/lexicons/headline_grammar.yaml`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Any, TypeVar

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from roydad.extract.lexicon import load_lexicon
from roydad.extract.triggers import load_trigger_specs

T = TypeVar("T")

# A headline is short and ends without a full stop.
_MAX_TOKENS = 30
_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "PRP"})
_OBJECT_TAGS = frozenset({"DT", "NN", "NNS", "NNP", "NNPS", "CD", "JJ", "PRP$", "PRP"})
_PREPOSITION_TAGS = frozenset({"IN", "TO", "RP"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_ONE = frozenset({"one", "1", "a", "an"})
_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "being", "has", "have", "had",
                          "who", "that", "which"})
_KEPT_NAMES = frozenset({"GPE", "LOC", "PERSON", "NORP", "FAC"})
# the parse's attributes a normalised parse replaces
_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
_TITLE_SHARE = 0.75
_TITLE_WORDS = 4
_WORD = 2**64
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "xcomp", "parataxis"})


@dataclass(frozen=True)
class Words:
    """The headline words of headline_grammar.yaml, with the verb triggers."""

    present: frozenset[str]
    past: dict[str, str]
    participles: frozenset[str]
    intransitive: frozenset[str]


@cache
def words() -> Words:
    raw = load_lexicon("headline_grammar")
    triggers = {s.lemma for s in load_trigger_specs()
                if s.pos in ("VERB", "any") and " " not in s.lemma and "-" not in s.lemma}
    return Words(present=frozenset({*raw["present_verbs"], *triggers}),
                 past=dict(raw["past_forms"]), participles=frozenset(raw["participles"]),
                 intransitive=frozenset(raw["intransitive"]))


def headline_end(doc: Doc) -> int:
    """The end token of the text's first line when that line is a headline (short, no full stop
    at its end); 0 otherwise."""
    line = doc.text.split("\n", 1)[0].rstrip()
    if not line or line[-1] in ".!?\"'”":
        return 0
    end = next((t.i for t in doc if t.idx >= len(line)), len(doc))
    return end if 0 < end <= _MAX_TOKENS else 0


def is_title_case(span: Span) -> bool:
    """Most words after the first capitalised, not all in capitals ("Rebels Torch Trucks In
    Abyei")."""
    alpha = [t for t in span[1:] if t.is_alpha]
    if len(alpha) < _TITLE_WORDS:
        return False
    return sum(t.text.istitle() for t in alpha) >= _TITLE_SHARE * len(alpha)


def present_verb(word: str) -> str | None:
    """The verb a headline word is, bare or with -s ("torch", "storms", "loses")."""
    known = words().present
    for stem in (word, word[:-1] if word.endswith("s") else "",
                 word[:-2] if word.endswith("es") else ""):
        if stem and stem in known:
            return stem
    return None


def past_form(verb: str) -> str:
    past = words().past.get(verb)
    if past is not None:
        return past
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


@dataclass
class Rewrite:
    """A headline's normalised words: for each, the original token it stands for (None for an
    inserted auxiliary), and the tokens the rewrite expects to be read as verbs."""

    doc: Doc
    end: int
    words: list[str]
    spaces: list[bool]
    origin: list[int | None]
    verbs: set[int]
    title_case: bool

    @property
    def text(self) -> str:
        return "".join(w + (" " if s else "") for w, s in zip(self.words, self.spaces, strict=True))


def rewrite(doc: Doc, lower_words: frozenset[str]) -> Rewrite | None:
    """The normalised form of the document's headline, or None when nothing in it needs it.
    `lower_words`: the English words a Title Case word is lower-cased to."""
    end = headline_end(doc)
    if not end:
        return None
    span = doc[:end]
    title = is_title_case(span)
    names = {t.i for e in doc.ents if e.end <= end and e.label_ in _KEPT_NAMES and len(e) <= 3
             for t in e}
    out = Rewrite(doc, end, [], [], [], set(), title)
    for token in span:
        text = token.text
        if title and token.i > 0 and text.istitle() and _common(text.lower(), lower_words) and (
                token.i not in names or text.lower() in words().participles):
            text = text.lower()
        if _bare_participle(token, text):
            previous = doc[token.i - 1]
            plural = previous.tag_ in _PLURAL_TAGS or (
                previous.tag_ == "CD" and previous.lower_ not in _ONE)
            out.words.append("were" if plural else "was")
            out.spaces.append(True)
            out.origin.append(None)
            out.verbs.add(token.i)
        elif (verb := _bare_present(token, text)) is not None:
            text = past_form(verb)
            out.verbs.add(token.i)
        out.words.append(text)
        out.spaces.append(bool(token.whitespace_))
        out.origin.append(token.i)
    if not out.verbs and not title:
        return None
    return out


def _common(word: str, lower_words: frozenset[str]) -> bool:
    stems = (word, word[:-1] if word.endswith("s") else "",
             word[:-2] if word.endswith("ed") else "")
    return any(s and s in lower_words for s in stems) or word in words().participles


def _bare_participle(token: Token, text: str) -> bool:
    """"Soldier martyred in ...", "Houses torched as ...": a participle of harm right after a
    noun or number, with no auxiliary and no object of its own."""
    if token.i == 0 or text.lower() not in words().participles:
        return False
    previous = token.doc[token.i - 1]
    if previous.tag_ not in _SUBJECT_TAGS or previous.lower_ in _AUXILIARIES:
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in token.children):
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or following.tag_ not in _OBJECT_TAGS - {"JJ"}


def _bare_present(token: Token, text: str) -> str | None:
    """"Rebels torch trucks", "Police fire on crowd": a verb the first parse took for a noun or
    an adjective, between a subject and its object."""
    if token.i == 0 or (token.tag_.startswith("VB") and not text.istitle()):
        return None
    verb = present_verb(text.lower())
    doc = token.doc
    if verb is None or token.i + 1 >= len(doc):
        return None
    previous, following = doc[token.i - 1], doc[token.i + 1]
    if previous.tag_ not in _SUBJECT_TAGS:
        return None
    if following.tag_ in _OBJECT_TAGS or (
            following.tag_ in _PREPOSITION_TAGS and verb in words().intransitive):
        return verb
    return None


class HeadlineGrammar:
    """Re-parses the headlines of parsed documents in their normalised form, a batch at a time."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        pipe: Any = nlp.get_pipe("lemmatizer")
        # the rule lemmatizer, or roydad's memoising wrapper of it (nlp.fast_rules)
        lemmatizer: Any = getattr(pipe, "lemmatizer", pipe)
        index = lemmatizer.lookups.get_table("lemma_index")
        english: set[str] = set(nlp.Defaults.stop_words)
        for pos in ("noun", "verb", "adj", "adv"):
            english.update(index.get(pos, []))
        self.lower_words = frozenset(english)

    def repaired(self, parsed: Iterable[tuple[Doc, T]], batch_size: int
                 ) -> Iterator[tuple[Doc, T]]:
        stream = iter(parsed)
        while batch := list(islice(stream, batch_size)):
            rewrites = [r for doc, _ in batch if (r := rewrite(doc, self.lower_words))]
            normalised = self.nlp.pipe([r.text for r in rewrites])
            for found, again in zip(rewrites, normalised, strict=True):
                adopt(found, again)
            yield from batch


def adopt(found: Rewrite, again: Doc) -> bool:
    """Put the normalised parse on the headline's tokens when it reads the rewritten words as
    verbs (and, for Title Case alone, finds a verb the first parse did not)."""
    if len(again) != len(found.words):
        return False
    position = {i: j for j, i in enumerate(found.origin) if i is not None}
    if found.verbs:
        if not all(_clause_verb(again[position[i]]) for i in found.verbs):
            return False
    else:
        before = sum(t.pos_ == "VERB" for t in found.doc[:found.end])
        if sum(t.pos_ == "VERB" for t in again) <= before:
            return False
    doc = found.doc
    array = doc.to_array(_ATTRS)  # uint64: hashes, and heads as offsets modulo 2**64
    for j, i in enumerate(found.origin):
        if i is None:
            continue
        token = again[j]
        head, dep = _head(found, again, j)
        array[i, 0:4] = [token.tag, token.pos, _morph(token), token.lemma]
        array[i, 4] = doc.vocab.strings.add(dep)
        array[i, 5] = (head - i) % _WORD
    doc.from_array(_ATTRS, array)  # type: ignore[arg-type]
    # a name the first parse made of a headline's verb ("NPA Rebels Torch Construction
    # Equipment"), or any of a Title Case headline: the normalised parse's names instead
    if found.title_case or any(t.i in found.verbs for e in doc.ents if e.start < found.end
                               for t in e):
        _names(found, again, position)
    return True


def _morph(token: Token) -> int:
    """The hash of the token's morphology, as `Doc.to_array(MORPH)` gives it."""
    return int(token.doc.vocab.strings.add(str(token.morph)))


def _clause_verb(token: Token) -> bool:
    """A verb that heads a clause of its own, not a modifier of a noun ("jet bombs/VBN village")."""
    return token.pos_ in ("VERB", "AUX") and (token.dep_ in _CLAUSE_DEPS or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children))


def _names(found: Rewrite, again: Doc, position: dict[int, int]) -> None:
    doc = found.doc
    origin = found.origin
    kept = [e for e in doc.ents if e.start >= found.end]
    names = []
    for e in again.ents:
        first, last = origin[e.start], origin[e.end - 1]
        if first is None or last is None or None in origin[e.start:e.end]:
            continue
        names.append(Span(doc, first, last + 1, label=e.label_))
    doc.ents = [*names, *kept]


def _head(found: Rewrite, again: Doc, j: int) -> tuple[int, str]:
    """The original index of the head of normalised token j, skipping an inserted auxiliary,
    and its dependency label."""
    token = again[j]
    head = token.head
    if found.origin[head.i] is not None:
        origin = found.origin[head.i]
        assert origin is not None
        return origin, token.dep_
    # an inserted auxiliary: its children hang on its head, or, when it was the root, on the
    # participle it stood before, which becomes the root
    if head.head.i != head.i:
        return _head(found, again, head.i)[0], token.dep_
    participle = next((c for c in head.children if found.origin[c.i] is not None
                       and found.origin[c.i] in found.verbs), None)
    if participle is None or participle.i == j:
        origin = found.origin[j]
        assert origin is not None
        return origin, "ROOT"
    origin = found.origin[participle.i]
    assert origin is not None
    return origin, token.dep_
