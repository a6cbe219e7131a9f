"""Where an event happened: the place its sentence attaches to the trigger's clause.

News names the place of an event with a locative preposition on the event's clause ("killed in
Kabul", "an attack on a checkpoint near Quetta", "the worst explosion was at the Oxford Street bus
station"), in the event's name ("the Manchester bombing") or in a dateline ("KANDAHAR,
Afghanistan --"). A place that is only a party's origin or affiliation ("Lyon authorities",
"asylum seekers from Pakistan", "Paris' counterterrorism authority") is not where it happened.
"""

from __future__ import annotations

from functools import partial

from spacy.tokens import Doc, Span, Token

from roydad.extract.lexicon import word_set
from roydad.extract.places.units import unit_words
from roydad.extract.syntax import (
    Argument,
    entities,
    entities_in,
    entity_of,
    lemma,
    lexicon,
    names_state,
)
from roydad.nlp.known_names import dateline as wire_dateline
from roydad.resolve.calendar_dates import MONTHS

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Foreign place names the NER often takes for a person ("killed in Badia al-Sukhnah"): read as a
# place only after these prepositions, which a person rarely follows ("attack on X" names a
# target), and only if the gazetteer knows the name in the document's countries (`document.py`).
MISREAD_LABELS = {"PERSON"}
MISREAD_PREPS = {"in", "near", "outside", "around", "inside", "within", "throughout", "through",
                 "across", "between"}  # "on the road between Mpeketoni and Witu"
# Clauses below these dependencies describe something else ("the man who lived in Quincy").
_OTHER_CLAUSE = {"relcl", "acl", "ccomp", "parataxis", "csubj"}
_DATELINE_MARKS = {"—", "–", "--", "-", "(", ":"}  # "Quetta: Levies official injured ..."
_MAX_HOPS = 8


def place_of(trigger: Token, sentence: Span) -> Argument | None:
    """The named place attached to the trigger's clause (nearest first); failing that, the first
    place the sentence names in a locative position. The text is the entity as written, the key
    the document's place resolution (`document.py`) knows it by."""
    anchors = {trigger, _clause_of(trigger)}
    attached: list[tuple[bool, bool, int, int, Span]] = []
    for ent in entities_in(sentence):
        if ent.label_ in PLACE_LABELS:
            hops = _hops_to(ent.root, anchors)
            if hops is not None:
                # "the Kabul attack in Shakardara district": a preposition names the place
                # more surely than a modifier does (but "in Khyber's Bara tehsil": a name
                # before its unit word is the place the preposition names)
                modifier = ent.root.dep_ in ("compound", "nmod") and not _below_province(
                    ent.root.head)
                # "in Sharana district, south of Gardez": the town it lies off comes last
                off = ent.root.dep_ == "pobj" and _direction_of(ent.root.head)
                attached.append((off, modifier, hops, ent.start, ent))
    if attached:
        return _argument(min(attached, key=lambda a: a[:4])[4])
    for ent in entities_in(sentence):
        if ent.label_ in PLACE_LABELS and (_locative(ent.root) or _dateline(ent, sentence)):
            return _argument(ent)
    return _dateline_before(sentence)


def misread_places(trigger: Token, sentence: Span) -> list[Span]:
    """Names the NER labelled a person that a locative preposition attaches to the trigger's
    clause ("fighters were killed in IS attacks in Badia al-Sukhnah"), nearest first: place
    names to try in the gazetteer when the clause names no place entity."""
    anchors = {trigger, _clause_of(trigger)}
    found: list[tuple[int, int, Span]] = []
    for ent in entities_in(sentence):
        root = ent.root
        if ent.label_ not in MISREAD_LABELS or not misread_position(root):
            continue
        hops = _hops_to(root, anchors)
        if hops is not None:
            found.append((hops, ent.start, ent))
    return [ent for *_, ent in sorted(found, key=lambda f: f[:2])]


def misread_position(root: Token) -> bool:
    """Where a name the NER took for a person stands as a place: the object of a locative
    preposition ("marched through X", "the town of X"), or the owner of a site such an object
    names ("detained five men at X's livestock market")."""
    if root.dep_ == "pobj":
        return root.head.lower_ in MISREAD_PREPS or unit_of(root.head)
    site = root.head
    return root.dep_ == "poss" and _is_site(site) and site.dep_ == "pobj" and (
        site.head.lower_ in MISREAD_PREPS | {"at"})


def unit_of(prep: Token) -> bool:
    """"the town of Bosso", "the village of X": what follows "of" names a place."""
    return prep.lower_ == "of" and prep.head.lower_ in unit_words().settlement_nouns


def _direction_of(prep: Token) -> bool:
    """"east of Taiz", "60 nautical miles west of Hodeidah": "of" after a compass word (the
    last word of "south-east" too) names the place a happening lies off."""
    head = prep.head
    words = unit_words().reference_words
    return prep.lower_ == "of" and (head.lower_ in words or (
        head.i > 1 and head.doc[head.i - 1].text == "-"
        and f"{head.doc[head.i - 2].lower_}-{head.lower_}" in words))


def datelines(doc: Doc) -> list[Span]:
    """The dateline places of a document, in order ("KABUL —", "Peshawar, Jul 13 (PTI)"): each
    names where the report that follows it was filed."""
    return [e for e in entities(doc) if e.label_ in PLACE_LABELS
            and doc[e.start].is_sent_start and _files_report(e)]


def _dateline_before(sentence: Span) -> Argument | None:
    """'KANDAHAR, Afghanistan, Oct. 3 (Xinhua) -- Seven militants were killed': the parser may
    cut the dateline off as a sentence of its own, right before the report's first one."""
    if sentence.start == 0:
        return None
    before = sentence.doc[sentence.start - 1].sent
    if any(t.pos_ in ("VERB", "AUX") for t in before):
        return None
    ent = next((e for e in entities_in(before) if e.label_ in PLACE_LABELS), None)
    return _argument(ent) if ent is not None and _dateline(ent, before) else None


def _clause_of(trigger: Token) -> Token:
    """The verb whose clause a nominal trigger sits in ('killed in an attack' → killed)."""
    node = trigger
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            return node
        if node.dep_ in _OTHER_CLAUSE:
            return node
        node = node.head
    return node


def _hops_to(token: Token, anchors: set[Token]) -> int | None:
    """How far a place is from the event's clause, if a locative preposition (or a compound:
    'the Manchester bombing') attaches it there without crossing into another clause."""
    lex = lexicon()
    located = False
    node = token
    for hops in range(_MAX_HOPS):
        if node in anchors:
            return hops if located else None
        head = node.head
        if head == node:
            return None
        if node.dep_ == "prep":
            # "raided the town of Bosso": a settlement the event's verb acts on is its place;
            # "repelling an assault on their positions east of Taiz": the town it lies off
            if node.lower_ in lex.locative_preps or unit_of(node) or _direction_of(node):
                located = True
            elif node.lower_ != "of":
                return None  # "seekers from Pakistan", "flights to Kabul"
        elif node.dep_ == "compound":
            event = head if head in anchors else head.head if head.dep_ == "compound" else None
            if event in anchors and hops <= 1 and not names_state(node, event):
                located = True  # "the Manchester bombing", "the Kabul suicide bombing"
            elif not (_is_site(head) or _is_unit(head)):
                return None  # "Lyon authorities", "a Caracas bus driver"
        elif node.dep_ == "poss" and _is_unit(head) and head.dep_ == "pobj":
            pass  # "in Kabul's Paghman district": the city the district is of
        elif node.dep_ in ("poss", "npadvmod"):
            return None  # "Paris' counterterrorism authority"
        elif node.dep_ in _OTHER_CLAUSE and node.pos_ in ("VERB", "AUX"):
            return None
        elif node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
            return None  # another verb's place: "set fire to X in Lahore and stormed Y in Pindi"
        node = head
    return None


def _locative(token: Token) -> bool:
    """A place in a locative position anywhere in the sentence ('in the towns of X', 'the
    Boston Marathon bombing')."""
    lex = lexicon()
    node = token
    for _ in range(_MAX_HOPS):
        head = node.head
        if head == node:
            return False
        if node.dep_ == "prep":
            if node.lower_ != "of":
                return node.lower_ in lex.locative_preps
        elif node.dep_ == "compound":
            if lemma(head) in lex.event_nouns:
                return not names_state(node, head)
            if not _is_site(head):
                return False
        elif node.dep_ not in ("pobj", "appos", "conj"):
            return False
        node = head
    return False


def _dateline(ent: Span, sentence: Span) -> bool:
    """'KANDAHAR, Afghanistan, Oct. 3 (Xinhua) --', 'LONDON — For the second time ...'."""
    return ent.start == sentence.start and _files_report(ent)


def _files_report(ent: Span) -> bool:
    """A place opening a sentence is a dateline when a dateline mark or a wire date follows."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is None:
        return False
    # "U.S. drone strike kills four" starts with a capitalised place too, but runs on
    return after.text in _DATELINE_MARKS or (ent.text.isupper() and after.text == ",") or (
        wire_dateline(ent, MONTHS))


def speaking(ent: Span) -> bool:
    """A place as the subject of a verb of speaking: a capital standing for its government
    ("what Islamabad called hideouts", "Kabul denied it"). (A country that speaks mostly
    reports what befell it: "Pakistan says Indian fire killed a driver".)"""
    root = ent.root
    return root.dep_ in ("nsubj", "nsubjpass") and lemma(root.head) in lexicon().speaker_verbs


def speakers_place(ent: Span) -> bool:
    """A place that says where speakers are, not where what they tell happened: inside the
    subject of a verb of saying ("Traders in Kaya said ...", "Displaced families arriving in
    Kaya told ...", "a rights group based in X accused ...") or the object of a verb of speaking
    ("speaking in Cotabato City", "testified by video link from Mazatlán")."""
    words = lexicon()
    if ent.root.dep_ != "pobj":
        return False  # "the Mandera governor": whose office, often where it happened
    for node in ent.root.ancestors:
        if node.pos_ in ("VERB", "AUX") and lemma(node) in words.speaking_verbs:
            return True
        if node.dep_ in ("nsubj", "nsubjpass") and lemma(node.head) in words.speaker_verbs:
            return True
        if node.dep_ in ("ccomp", "xcomp", "relcl", "advcl", "conj", "ROOT"):
            return False  # a clause of its own: what it places is its own
    return False


def speaker(ent: Span) -> bool:
    """A place that closes a headline after a colon names who spoke, not where it happened:
    "India must stop ceasefire violations: Islamabad", "Talks will go on: Kabul"."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].text != ":":
        return False
    return all(t.is_punct or t.is_space for t in doc[ent.end:ent.sent.end])


def dateline(token: Token) -> bool:
    """Whether a token belongs to a dateline place (which names where the report was filed)."""
    ent = entity_of(token)
    return ent is not None and ent.label_ in PLACE_LABELS and _dateline(ent, token.sent)


def _is_site(token: Token) -> bool:
    return token.pos_ == "NOUN" and lemma(token) in lexicon().site_nouns and (
        not token.ent_type_ or token.ent_type_ in PLACE_LABELS)


_unit_nouns = partial(word_set, "paragraph_context", "unit_nouns", lower=True)


def _is_unit(token: Token) -> bool:
    """A noun of an administrative unit: "in Paghman district", "in Herat city" name the place
    itself."""
    return token.pos_ == "NOUN" and lemma(token) in _unit_nouns()


def _below_province(token: Token) -> bool:
    """A noun of a unit inside a province ("Bara tehsil", "Surankote area", "Malam Fatori
    town"), not a province or a region ("the Kurdistan region")."""
    words = unit_words()
    return token.pos_ == "NOUN" and token.lower_ in (
        words.district_words | words.settlement_nouns | {"area"})


def _argument(ent: Span) -> Argument:
    return Argument(ent.text, ent.start_char, ent.end_char, ent.root, ent.label_)
