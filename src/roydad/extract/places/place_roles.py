"""What a place name is to the sentence it stands in: where an event happened ("in Yemen"),
whose a party is ("militias from Zintan"), a site ("near the Zawiya refinery"), what lies across
a border ("near the border with Somalia"); and whether an event noun is violence in general.
Used by `event_place.py`."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from roydad.extract.arguments import Argument
from roydad.extract.events import Candidate
from roydad.extract.places.units import unit_words
from roydad.extract.syntax import entity_of, lemma, lexicon
from roydad.models import Location

# the roles of a party in its clause: "militias from X attacked", "fighters of X were killed"
PARTY_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}
BORDER_NOUNS = {"border", "frontier", "side", "boundary", "borderland"}


def border_with(prep: Token) -> bool:
    """"near the border with Somalia", "the frontier with Iran": what follows "with" lies
    across the border, not where the event happened."""
    return prep.lower_ == "with" and lemma(prep.head) in BORDER_NOUNS


def in_general(cand: Candidate) -> bool:
    """A bare plural event noun ("investigations into attacks on officials", "raids"): violence
    in general, not a mention of one happening."""
    head = cand.hit.head
    return cand.hit.is_nominal and head.tag_ == "NNS" and not cand.anaphoric and not any(
        c.dep_ in ("det", "poss", "nummod", "compound") for c in head.children)


def placed_in(ent: Span) -> bool:
    """A name the text puts an event in: the object of a locative preposition ("in Yemen")."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in lexicon().locative_preps and (
        root.head.lower_ != "by")


def of_party(ent: Span) -> bool:
    """A place that only qualifies a party: "militias from X", "armed groups of X and Y",
    "X's forces", "an X-flagged ship" — the head it hangs on is no site and no event."""
    root = list_head(ent.root)
    # "a Panama-flagged tanker", "firms registered in the UAE": where it belongs
    belongs = root.head.head if root.dep_ == "pobj" else root.head
    if belongs.lower_ in lexicon().belonging_words:
        return True
    if root.dep_ == "poss":
        return lemma(root.head) not in lexicon().site_nouns
    if root.dep_ != "pobj" or root.head.lower_ not in ("of", "from"):
        return False
    owner = root.head.head
    return owner.pos_ in ("NOUN", "PROPN") and lemma(owner) not in lexicon().site_nouns and (
        lemma(owner) not in lexicon().event_nouns) and owner.dep_ in PARTY_DEPS


def locative_site(ent: Span) -> bool:
    """A place naming a site the text locates something at ("near the Zawiya refinery")."""
    root = ent.root
    head = root.head
    return root.dep_ == "compound" and lemma(head) in lexicon().site_nouns and (
        head.dep_ == "pobj" and head.head.lower_ in lexicon().locative_preps)


def list_head(token: Token) -> Token:
    """The first item of the list a name is in: "condemnation from the United Nations, the
    United States and several countries, including Turkey and Saudi Arabia" — each country
    stands where the list does (here, among the condemners)."""
    for _ in range(10):
        if token.dep_ != "conj" or token.head == token:
            break
        token = token.head
    return token


def scene(ent: Span) -> bool:
    """A place the text puts a happening in, not a party: "marched in a Kabul street",
    "fighting in Kismayo", "the embassy in Baghdad" — not "analysts in Nairobi say", whose
    place only says where the speakers are."""
    if locative_site(ent):
        return True
    if not placed_in(ent):
        return False
    owner = ent.root.head.head
    return owner.pos_ in ("VERB", "AUX") or lemma(owner) in lexicon().site_nouns or (
        lemma(owner) in lexicon().event_nouns)


def reference_point(ent: Span) -> bool:
    """A place named only to say where another lies: "north of Baghdad", "15 km south of
    Damascus"."""
    root = list_head(ent.root)
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and (
        of.head.lower_ in unit_words().reference_words)


def reference_place(place: Argument) -> bool:
    """An event's place argument that is a reference point (`reference_point`)."""
    ent = entity_of(place.head)
    return ent is not None and reference_point(ent)


def colon_dateline(doc: Doc, start: int) -> bool:
    """Whether the dateline place at token `start` ends in a colon ("KARACHI: ...")."""
    ent = next((e for e in doc.ents if e.start == start), None)
    return ent is not None and ent.end < len(doc) and doc[ent.end].text == ":"


def inside_district(candidate: Location, known: Location | None) -> bool:
    """A unit of a district named with it, at the district's own rank ("Khyber's Bara
    tehsil", "Tump tehsil of Kech"): the smaller place is where it happened."""
    return known is not None and known.precision == "admin2" and (
        candidate.precision == "admin2") and known.admin2 is not None and (
        known.name == known.admin2) and (
        candidate.admin2 == known.admin2) and candidate.name != known.name and (
        candidate.country == known.country)


# the links from a place up to the verb or the subject it belongs to: "a spokesman in X",
# "families arriving in X", "refugees reaching X"
_CLIMB = {"prep", "pobj", "acl", "relcl", "dobj", "amod", "compound", "appos", "npadvmod"}


def bystanders_place(ent: Span, triggers: Collection[Token]) -> bool:
    """Where a crowd was, not where a happening it reacts to happened: "displaced families
    arriving in Pemba said ... in Nangade", "hundreds marched in Bamako to mourn villagers
    killed in an attack on X". The place hangs on a verb of a crowd or on its subject; none of
    the happening's `triggers` is that verb or governs it; and the happening has a place of its
    own, named under one of its triggers ("militiamen in Andarab announced they had
    surrendered": the crowd's place is the only one, and theirs is the act). Verbs of speaking
    are left to `speaker` and `speaking`: the same test on them cost places on unseen notes."""
    token = ent.root
    for _ in range(8):
        head = token.head
        if head == token:
            return False
        if token.dep_ in ("nsubj", "nsubjpass") and token != ent.root:
            verb = head
            break
        if head.pos_ in ("VERB", "AUX"):
            verb = head
            break
        if token.dep_ not in _CLIMB:
            return False
        token = head
    else:
        return False
    words = lexicon()
    if lemma(verb) not in words.crowd_verbs:
        return False
    if any(t == verb or t.is_ancestor(verb) for t in triggers):
        return False
    return any(other.start != ent.start and other.label_ in ("GPE", "LOC", "FAC")
               and any(t == other.root or t.is_ancestor(other.root) for t in triggers)
               for other in ent.sent.ents)
