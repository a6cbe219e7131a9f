"""The extraction stage: Documents in, contract EventRecords out, through one spaCy pass."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from roydad import __version__
from roydad.classify.typer import RecordTyper, TypeSetting
from roydad.extract.accusations import (
    claimed_deeds_undated,
    spoken_accusations,
    without_claim_verbs,
    without_settings,
)
from roydad.extract.aftermath import with_zero_toll, zero_tolls
from roydad.extract.arguments import Argument
from roydad.extract.blame_phrases import blame_phrases_in
from roydad.extract.blame_wordings import launch_sites_in, reworded
from roydad.extract.certainty import NOT_HAPPENED, any_happened
from roydad.extract.claim_targets import attach_claims
from roydad.extract.claims import FoundClaim, claims_in
from roydad.extract.context import DocumentContext
from roydad.extract.discourse import arrange, discourse_place, heading_place
from roydad.extract.events import Candidate, Happening, candidate_for
from roydad.extract.events import lexicon as event_lexicon
from roydad.extract.generic import without_generic
from roydad.extract.headline import (
    headline_end,
    is_article,
    split_headline,
    with_headline,
    without_headings,
)
from roydad.extract.headline_grammar import HeadlineGrammar
from roydad.extract.implicit_zero import with_implicit_zero, with_unharmed_type
from roydad.extract.lexicon import check_lexicons
from roydad.extract.merging import merge
from roydad.extract.nearby_parties import with_nearby_doers
from roydad.extract.nonevents import nil_toll
from roydad.extract.numbers import Count, casualty_counts
from roydad.extract.paragraph_context import (
    Filed,
    ParagraphPlaces,
    Paragraphs,
    paragraph_dates,
    relative_to_events,
)
from roydad.extract.patterns import date_patterns, lend_doers, without_patterns
from roydad.extract.places.document import PlaceReader
from roydad.extract.places.event_place import Locator
from roydad.extract.places.mentions import PLACE_LABELS
from roydad.extract.places.misread_towns import relabel_towns
from roydad.extract.places.place_roles import scene
from roydad.extract.places.pointed import PointedPlaces
from roydad.extract.places.unlisted import home_country, unlisted_place
from roydad.extract.proposal import proposal
from roydad.extract.protest_force import fold_force
from roydad.extract.recalled import recalled, without_recalled
from roydad.extract.records import RecordBuilder
from roydad.extract.riots import fold_riots
from roydad.extract.rival_versions import spoken_for, staged_in
from roydad.extract.separate_events import own_counts
from roydad.extract.spoken import quoted_acts
from roydad.extract.suppositions import suppositions_in
from roydad.extract.syntax import actor_kb, entities, entities_changed
from roydad.extract.territory import fold_territory
from roydad.extract.triggers import TriggerFinder, load_trigger_specs
from roydad.extract.unsupported import only_unsupported
from roydad.extract.when import carry_dates, mention_dates
from roydad.models import Document, EventRecord, Location
from roydad.nlp import load_pipeline
from roydad.ontology import event_families
from roydad.resolve.name_lists import resolved_name_lists
from roydad.resolve.places import Gazetteer

EXTRACTOR = f"roydad-rules/{__version__}"
# A happening made only of weak triggers ("talks", "aid", "died") with nobody named is noise.
_MIN_WEIGHT = 0.5
_PARTY_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
# How a parse hangs the 'that' opening what was said when it misreads it as a pronoun.
_THAT_PRONOUN = frozenset({"dobj", "nsubj"})


def event_id(doc_id: str, event_type: str, start: int) -> str:
    """Stable across runs: the same input and extractor version give the same id."""
    key = f"{doc_id}|{event_type}|{start}|{EXTRACTOR}".encode()
    return "ev-" + hashlib.sha1(key).hexdigest()[:16]


class Extractor:
    """Runs the pipeline over documents in batches (`nlp.pipe`), never one `nlp()` per text."""

    name = EXTRACTOR

    def __init__(
        self, nlp: Language | None = None, batch_size: int = 16, types: TypeSetting = "combined"
    ) -> None:
        check_lexicons()
        self.nlp = nlp or load_pipeline(resolved_name_lists())
        self.batch_size = batch_size
        self.finder = TriggerFinder(self.nlp, list(load_trigger_specs()))
        self.builder = RecordBuilder()
        self.places = PlaceReader(Gazetteer.load())
        self.locator = Locator(self.places)
        # The post-step: the trained classifier's type beside the rules' (roydad.classify).
        self.typer = RecordTyper(types)
        # headlines parsed again in their normalised grammar ("Rebels torch trucks")
        self.grammar = HeadlineGrammar(self.nlp)

    def extract(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[EventRecord]]]:
        pairs = ((d.text, d) for d in docs)
        parsed = self.grammar.repaired(
            self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size), self.batch_size)
        built = ((document, doc, self.records(document, doc)) for doc, document in parsed)
        # one classifier pass over the records of a whole batch of documents
        while batch := list(islice(built, self.batch_size)):
            # a short report the rules found nothing in: a record the classifier may keep
            proposals = [self._proposal(document, doc) if not records else None
                         for document, doc, records in batch]
            typed = self.typer.apply(
                [(document.text, records) for document, _, records in batch], proposals)
            yield from zip((document for document, _, _ in batch), typed, strict=True)

    def _proposal(self, document: Document, parsed: Doc) -> EventRecord | None:
        # not where the rules read a word as no event (background, figurative, a mishap, a
        # game) or dropped a trigger as none (idle violence, a claim verb, a generic act, a
        # plan, a nil toll): what they set aside stays so; a trigger dropped only for want of
        # support (a weak word with nobody it acted on) leaves the text to the classifier
        if self.typer.setting != "combined" or self.finder.sets_aside(parsed):
            return None
        counts = _casualty_counter()

        hits = self.finder.find(parsed)
        claims = _claims(parsed)
        if hits and not only_unsupported(hits, counts, claims):
            return None
        if any(recalled(h.head, document) for h in hits):  # an act told only long ago
            return None

        def context() -> DocumentContext:
            return DocumentContext(
                document=document, doc=parsed, places=self.places.read(parsed),
                parties=self.builder.read_parties(parsed, document.pub_date))

        return proposal(parsed, context, counts, self.builder, self.locator,
                        lambda start: event_id(document.id, "proposal", start), EXTRACTOR)

    def records(self, document: Document, parsed: Doc) -> list[EventRecord]:
        counts = _casualty_counter()
        # "Teachers in Beoga" (PRODUCT), "outside Sardinata" (ORG): towns the NER misread
        if relabel_towns(parsed, self.places.gazetteer, self.places.nation):
            entities_changed(parsed)

        hits = self.finder.find(parsed)
        heads = frozenset(hit.head.i for hit in hits)
        found = (candidate_for(hit, counts, heads) for hit in hits)
        candidates = [c for c in found if c is not None]
        claims = _claims(parsed)
        candidates = without_generic(without_settings(without_claim_verbs(candidates, claims)))
        if is_article(parsed):  # a statement is a happening of its own in a long report
            candidates = spoken_accusations(candidates, claims)
            # '"I accuse X of ...," the mayor said'; '"We will find you," the general told'
            candidates = quoted_acts(parsed, candidates, claims)
        claimed_deeds_undated(candidates, claims)
        dates = mention_dates(candidates, document)
        # what the document's place names denote and the parties it names, read once
        context = DocumentContext(
            document=document, doc=parsed, places=self.places.read(parsed),
            parties=self.builder.read_parties(parsed, document.pub_date),
        )
        same_place = self.locator.same_place(context.places.names)
        paragraphs = Paragraphs(document.text)
        resolve = self._resolver(context)
        around = ParagraphPlaces(parsed, paragraphs, context.places.names, resolve,
                                 self._filed(context, paragraphs))
        body, headline = split_headline(candidates, dates, headline_end(parsed))
        if is_article(parsed):  # its section headings name topics, they report nothing
            body = without_headings(body)
        # questions and answers, bullets, summaries and outlooks, the writer's own going
        body, headline, lines = arrange(body, headline, parsed, document)
        merged = own_counts(merge([c for c, _ in body], [d for _, d in body], same_place),
                            casualty_counts)
        lend_doers(merged)
        if not is_article(parsed):  # a pattern recalled in a note is its background
            merged = without_patterns(merged)
        happenings = [
            h for h in fold_territory(fold_force(fold_riots(with_headline(merged, headline))))
            if self._keep(h)
        ]
        # "killed there by gunmen in 2015": in a one-paragraph report an act placed only long
        # ago is recalled, not told
        happenings = without_recalled(happenings, document)
        # long articles: "the morning after the blast" counts from the blast's day
        relative_to_events(happenings)
        date_patterns(happenings, document)  # "ISKP has attacked shrines and schools"
        carry_dates(happenings, parsed, document)
        paragraph_dates(happenings, parsed, document, paragraphs)
        with_nearby_doers(happenings, candidates)
        zeros = zero_tolls(happenings, parsed, counts)
        attached = attach_claims(happenings, claims, document.pub_date)
        hostile = event_families().hostile
        main = next((h for h in happenings if h.event_type in hostile), None)
        out = []
        located: dict[int, Location | None] = {}
        placed: list[tuple[Happening, Location | None]] = []
        for happening in happenings:
            start = happening.first.hit.span.start_char
            location = self.locator.locate(happening, context, happening is main)
            # "... near Djugu. The next day, the militia attacked a camp nearby."
            location = self.locator.carried(happening, placed, location)
            # "fought in Buq Aqable": a place the gazetteer lacks keeps its name
            unlisted = unlisted_place(happening, context, location, self.places.country,
                                      self.places.gazetteer.resolve_within)
            # a long article's sentence that names no place: where its paragraph was (a
            # sentence that names one the gazetteer lacks is where it says)
            location = unlisted or around.place(happening, location, placed)
            # an answer that names no place is about the place its question names
            location = discourse_place(lines, happening.members,
                                      context.places.names, resolve) or location
            # a report's paragraph that names no place is in the district of its heading
            location = heading_place(lines, happening.members, location, resolve)
            placed.append((happening, location))
            # Arrests made at a riot are where the riot was.
            if happening.setting is not None and id(happening.setting) in located:
                location = located[id(happening.setting)] or location
            located[id(happening)] = location
            record = self.builder.build(
                context, happening, attached.get(id(happening), []), location,
                event_id(document.id, happening.event_type, start), EXTRACTOR,
            )
            record = with_zero_toll(record, zeros.get(id(happening), set()))
            out.append(with_implicit_zero(with_unharmed_type(record), happening))
        return out

    def _filed(self, context: DocumentContext, paragraphs: Paragraphs) -> Filed:
        """A long article's dateline towns and the places its pointers point at."""
        found = context.places
        gazetteer = self.places.gazetteer

        def capital_of(province: Location) -> Location | None:
            # the province's namesake town ("Mandera county": Mandera)
            return next((c.to_location() for c in gazetteer.candidates(province.name or "", 8)
                         if c.kind == "city" and c.how in ("exact", "variant")
                         and c.country == province.country and c.admin1 == province.admin1),
                        None)

        def country_of(place: Location) -> Location | None:
            return self.places.country(place.country) if place.country else None

        # a dateline town the report also puts a happening in is where it tells things
        told = {e.text.casefold() for e in entities(context.doc) if e.label_ in PLACE_LABELS
                and e.start_char not in found.filed_at and scene(e)}
        towns = [t for _, n in found.datelines if (t := found.names.get(n)) is not None
                 and n.casefold() not in told]
        pointed = PointedPlaces(context.doc, found.names, found.misread, found.bare, found.filed_at,
                                paragraphs.of, capital_of)
        return Filed(towns=towns, at=found.filed_at, pointed=pointed, country_of=country_of)

    def _resolver(self, context: DocumentContext) -> Callable[[str], Location | None]:
        """A name the reader did not take for a place, looked up in the document's country."""
        country = home_country(context)  # where its places lie, not whom it names most

        def resolve(name: str) -> Location | None:
            if country is None:
                return None
            return self.places.gazetteer.resolve_within(name, country)

        return resolve

    @staticmethod
    def _keep(happening: Happening) -> bool:
        # A non-violent act that is only planned, promised, asked for or denied ("will host the
        # final", "urged the police to investigate", "did not open an investigation") has not
        # happened; violent ones stay, as threats or as negated events.
        if happening.event_type not in event_families().hostile and not any_happened(
            c.certainty for c in happening.members
        ):
            return False
        # "No injuries.", "without casualties": a toll of nothing gives its zero to the event
        # it follows, and is no event alone.
        if all(nil_toll(c.hit.head) for c in happening.members):
            return False
        # Ground taken is coded by where it is ("captured the district centre of Andarab",
        # "retook three villages in Nawa"); "retaking territory from the caliphate" names no
        # ground and is a trend, not a happening (but ground retaken where people died is
        # one: "retook the town. At least fifteen people died in the fighting").
        if happening.mode == "territory" and not any(
            c.place is not None or _names_place(c.hit.head) or c.dead
            for c in happening.members
        ):
            return False
        best = max(c.hit.spec.weight for c in happening.members)
        if best >= _MIN_WEIGHT:
            return True
        # A weak trigger stands when it reports deaths or names whom it affected. Harm to
        # anyone or anything is an event ("the soldier's death", "destroyed the bridge"); other
        # kinds need a person, group, state or a pronoun for one ("warned him", "aid to
        # Russia"), not a thing ("host the semi-finals", "charges of murder").
        # A weapon the sentence says was used makes a weak harm word an attack ("two rockets
        # hit the Green Zone", "a mortar shell hit a house"), as a victim does.
        # A riot is harm done by a crowd ("a mob beat a man to death", "fought police").
        harm = happening.event_type == "ASSAULT" or happening.mode == "riot"
        # A warning told of a named speaker with what was said ("the minister warned that the
        # hideouts would be struck") stands: two officials' warnings are two threats.
        if happening.event_type == "THREATEN" and any(
            _said_by_someone(c) for c in happening.members):
            return True
        return any(
            c.dead or c.injured or any(harm or _is_party(r) for r in c.recipients)
            or (harm and c.weapon is not None and c.hit.spec.weapon is None)
            for c in happening.members
        )


def _claims(parsed: Doc) -> list[FoundClaim]:
    """Every claim and supposition of a document, sentence by sentence."""
    return [spoken_for(c) for sent in parsed.sents for c in reworded([
        *claims_in(sent), *suppositions_in(sent), *blame_phrases_in(sent),
        *launch_sites_in(sent), *staged_in(sent)])]


def _casualty_counter() -> Callable[[Span, str], Count | None]:
    """A document's casualty counts by sentence and kind, each sentence counted once."""
    memo: dict[tuple[int, int], dict[str, Count | None]] = {}

    def counts(sentence: Span, kind: str) -> Count | None:
        key = (sentence.start, sentence.end)  # a sentence, or an earlier event's clause in it
        if key not in memo:
            memo[key] = casualty_counts(sentence)
        return memo[key][kind]

    return counts


def _said_by_someone(c: Candidate) -> bool:
    """A speech act with what was said, by a party the parse found or a person or group named
    before the verb in its sentence (a long apposition can hide the subject from the parse)."""
    head = c.hit.head
    speech = event_lexicon().speech_verbs
    # what was said: its clause, or a 'that' clause the parse hung elsewhere in its phrase
    # (or read as a pronoun: "warned in a televised speech that politicians ... would answer")
    said = any(d.dep_ == "ccomp" for d in head.children) or any(
        t.lower_ == "that" and (t.dep_ == "mark" or (t.i > head.i and t.dep_ in _THAT_PRONOUN))
        for t in head.subtree)
    # "A third warning came from the front, whose chief said it would expand ...": a warning
    # noun whose sentence says what a named party said
    noun = c.hit.is_nominal and any(
        t.lemma_.lower() in speech and any(d.dep_ == "ccomp" for d in t.children)
        for t in c.sentence)
    if c.certainty in NOT_HAPPENED or not (said or noun):
        return False
    return any(_is_party(a) or _official(a.text) for a in c.actors) or any(
        e.label_ in ("PERSON", "ORG", "NORP") and (noun or e.end <= head.i)
        for e in c.sentence.ents)


def _official(text: str) -> bool:
    """A speaker named by office ("the army spokesman", "the governor"): one with a sector, and
    not the public."""
    sector = actor_kb().resolve(text).sector
    return sector is not None and sector != "CVL"


_LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "of"})


def _names_place(trigger: Token) -> bool:
    """Whether what the trigger acts on names a place ("captured Bazarak", "retook the
    district centre of Andar"), or a name the NER did not take for one stands where a place
    goes ("overran a military base in Malam Fatori")."""
    return any(t.ent_type_ in PLACE_LABELS or (
        t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE
    ) or _unlabelled_ground(t, trigger) for t in trigger.subtree if t.i != trigger.i)


def _unlabelled_ground(token: Token, trigger: Token) -> bool:
    """A name the NER left unlabelled or took for an organisation, as the ground itself or as
    the name of the ground taken: "lost Lere to the CSP-PSD", "took over Heglig oil field"."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("", "ORG"):
        return False
    if token.dep_ == "dobj":
        return token.head.i == trigger.i
    return token.dep_ == "compound" and token.head.dep_ == "dobj" and (
        token.head.head.i == trigger.i)


def _is_party(argument: Argument) -> bool:
    return argument.label in _PARTY_LABELS or argument.head.pos_ == "PRON"
