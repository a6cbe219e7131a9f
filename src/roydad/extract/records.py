"""Turn a merged happening into the contract's EventRecord, resolving its arguments: dates against
the publication date, places against the offline gazetteer, parties against the actor KB."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from spacy.tokens import Doc

from roydad.extract.arguments import Argument
from roydad.extract.certainty import strongest
from roydad.extract.claims import GROUP_PRONOUNS, FoundClaim
from roydad.extract.claims import lexicon as claim_lexicon
from roydad.extract.context import DocumentContext, DocumentParties
from roydad.extract.earlier_counts import earlier_scope
from roydad.extract.events import MODE_RANK, Happening
from roydad.extract.instruments import weapon_told_after
from roydad.extract.lexicon import load_lexicon
from roydad.extract.mention_list import acts_told
from roydad.extract.numbers import Count, spread
from roydad.extract.other_side import other_side
from roydad.extract.party_anaphora import refer_back
from roydad.extract.party_phrases import countless, leaders_forces, owner_of
from roydad.extract.rivals import NOT_SUSPECTS, distinct, rival, speculative
from roydad.extract.syntax import entities
from roydad.extract.violent_doers import attacked_state, pronouns, violent_doer
from roydad.extract.window_antecedents import also_told, in_window
from roydad.models import (
    ActorRef,
    ActorRole,
    Claim,
    Document,
    EventRecord,
    Evidence,
    Location,
    Mention,
)
from roydad.ontology import event_families, load_ontology
from roydad.resolve.actors import ActorResolver, ResolvedActor
from roydad.resolve.dates import ResolvedDate

_CERTAINTY_FACTOR = {
    "asserted": 1.0, "reported": 0.95, "claimed": 0.9, "alleged": 0.8,
    "speculated": 0.65, "hypothetical": 0.6, "negated": 0.6,
}


_WEAK = ("title", "unknown")
_PERSONAL = frozenset({"he", "him", "his", "she", "her"})
_ARMED = frozenset({"INS", "REB"})  # PLOVER sectors of non-state armed groups


@dataclass(frozen=True)
class Fatalities:
    value: int | None
    low: int | None
    high: int | None


def combine_counts(counts: list[Count]) -> Fatalities:
    """Several statements of one count in one document (restated, revised, given by several
    sources) are never added: the range of everything stated (UCDP's low/high practice applied
    within a report) and the highest point value as the best estimate (`numbers.spread`)."""

    combined = spread(counts)
    if combined is None:
        return Fatalities(None, None, None)
    return Fatalities(combined.value, combined.low, combined.high)


class RecordBuilder:
    """Reads the parties a document names (`read_parties`) and builds each happening's record
    from its document's context; holds only the ontology and the actor knowledge base."""

    def __init__(self) -> None:
        self.ontology = load_ontology()
        self.actors = ActorResolver.load()

    def build(
        self, context: DocumentContext, happening: Happening, claims: list[FoundClaim],
        location: Location | None, event_id: str, extractor: str,
    ) -> EventRecord:
        document, parties = context.document, context.parties
        main = happening.main
        when = self._date(happening, document)
        country = location.country if location is not None else None
        # An event the text does not place is still in the country the report is about: "6
        # soldiers" in a report on Pakistan are Pakistan's soldiers.
        party_country = country or parties.country
        on_date = when.start if when is not None else document.pub_date
        mode = happening.mode
        # one statement per sentence: mentions sharing a sentence share its counts; an
        # earlier event told to place this one has its own ("a day after troops killed 11")
        counted = [c for c in happening.members if earlier_scope(c.hit.head) is None] or (
            happening.members)
        dead = combine_counts(list(
            {c.sentence.start: c.dead for c in counted if c.dead is not None}.values()
        ))
        injured = combine_counts(list(
            {c.sentence.start: c.injured for c in counted if c.injured is not None}.values()
        ))
        certainties = [c.certainty for c in happening.members]
        if claims and any(fc.claim.kind == "responsibility" and fc.claim.certainty == "claimed"
                          for fc in claims) and "asserted" not in certainties:
            certainties.append("claimed")
        certainty = strongest(certainties)
        # The main mention's weapon, else the one of the most specific mode ("firearm" from a
        # shooting merged with a bombing gives way to the bomb when the bombing is the event).
        armed = [c for c in happening.members if c.weapon]
        weapon = main.weapon or (
            max(armed, key=lambda c: MODE_RANK.get(c.mode, 1)).weapon if armed else None
        ) or weapon_told_after(happening)  # "... The attackers used rifles."
        blamed = self._only_blamed(claims, country, on_date)
        actors = self._parties(happening, party_country, on_date, blamed, parties.persons)
        acled_type, acled_sub_type = self._acled(happening, weapon, actors)
        # denied, with no toll to show it happened ("the army denied that its troops shelled
        # the village"): ACLED codes deeds. A toll stands against a denial of involvement.
        if certainty == "negated" and dead.value is None and injured.value is None:
            acled_type = acled_sub_type = None
        confidence = max(c.hit.spec.weight for c in happening.members)
        confidence *= _CERTAINTY_FACTOR[certainty]
        confidence = min(1.0, confidence + 0.05 * bool(actors) + 0.05 * bool(location))
        mentions = [c.mention() for c in acts_told(happening.members)]
        sent = main.sentence
        return EventRecord(
            doc_id=document.id,
            event_id=event_id,
            event_type=happening.event_type,
            mode=mode,
            acled_event_type=acled_type,
            acled_sub_event_type=acled_sub_type,
            date=when.start.isoformat() if when else None,
            date_end=when.end.isoformat() if when and when.end else None,
            date_precision=when.precision if when else None,
            date_text=when.text if when and when.text else None,
            location=location,
            actors=actors,
            fatalities=dead.value,
            fatalities_low=dead.low,
            fatalities_high=dead.high,
            injured=injured.value if injured.value is not None else injured.low,
            weapon=weapon,
            certainty=certainty,
            claims=distinct(
                [self._claim(fc.claim, country, on_date, fc.verb.idx, parties) for fc in claims]
                + [self._claim(claim, country, on_date, at, parties)
                   for claim, at in rival(happening, self._suspect)]),
            evidence=Evidence(text=sent.text, start=sent.start_char, end=sent.end_char),
            mentions=_unique(mentions),
            confidence=round(confidence, 3),
            extractor=extractor,
        )

    def _acled(self, happening: Happening, weapon: str | None, actors: list[ActorRef]
               ) -> tuple[str | None, str | None]:
        """ACLED's type by who is hit (ontology/acled_map.yaml): the same killing is a battle
        when soldiers fall and violence against civilians when shopkeepers do."""
        def kinds(role: ActorRole) -> list[str]:
            kind = self.ontology.doer_kind if role == "actor" else self.ontology.party_kind
            return [kind(a.name, a.kind, a.sector, a.text) for a in actors if a.role == role]

        acled_sub = next((c.acled_sub for c in happening.members if c.acled_sub), None)
        lethal = any(c.dead is not None and bool(c.dead.value or c.dead.low)
                     for c in happening.members)
        return self.ontology.acled(happening.event_type, happening.mode, acled_sub,
                                   weapon=weapon, actors=kinds("actor"),
                                   targets=kinds("recipient"), lethal=lethal)

    @staticmethod
    def _date(happening: Happening, document: Document) -> ResolvedDate | None:
        if happening.when is not None:
            return happening.when
        if document.pub_date is None:
            return None
        # Undated news is about the days before publication: the week up to the report.
        return ResolvedDate(start=document.pub_date, end=None, precision="week", text="")

    def read_parties(self, doc: Doc, on_date: date | None) -> DocumentParties:
        """The parties the document names, by character offset: its person names resolved in
        order, so that a later "Muzammil" or "General Saree" links to the full name given
        earlier; the organisations and armed groups the knowledge base knows; and the country
        the document is about."""
        people = [e for e in entities(doc) if e.label_ == "PERSON"]
        resolved = self.actors.resolve_document([e.text for e in people], on_date=on_date)
        persons = {e.start_char: r for e, r in zip(people, resolved, strict=True)}
        country = self._document_country(doc)
        # organisations and groups the knowledge base knows, by offset: whose "the group's
        # intelligence service" is
        orgs = {
            e.start_char: found for e in entities(doc) if e.label_ in ("ORG", "NORP")
            and (found := self.actors.resolve(e.text, on_date=on_date)).kind != "person"
            and found.kb_id is not None
        }
        # armed groups the knowledge base knows, by offset: what "the group" refers back to
        groups = {
            e.start_char: found for e in entities(doc) if e.label_ in ("ORG", "NORP")
            and (found := self.actors.resolve(e.text, on_date=on_date)).kind != "person"
            and found.kb_id is not None and found.sector in _ARMED
        }
        names = {e.start_char: e.text for e in entities(doc) if e.label_ == "ORG"
                 and self.actors.resolve(e.text, on_date=on_date).kind != "state"}
        return DocumentParties(persons=persons, orgs=orgs, groups=groups, country=country,
                               names=names)

    def _document_country(self, doc: Doc) -> str | None:
        """The country the document names most ("Pakistan", "Pakistani", "Pak"), first named
        on a tie; None when it names none."""
        found: Counter[str] = Counter()
        for ent in entities(doc):
            if ent.label_ not in ("GPE", "NORP", "ORG"):
                continue
            resolved = self.actors.resolve(ent.text)
            # a state or its forces ("Pak Army"), or a nationality word the KB knows the
            # country of — not an organisation a place name happens to resemble
            kinds = ("state",) if ent.label_ == "ORG" else ("state", "unknown")
            if resolved.country and resolved.kind in kinds:
                found[resolved.country] += 1
        return found.most_common(1)[0][0] if found else None

    def _only_blamed(self, claims: list[FoundClaim], country: str | None,
                     on_date: date | None) -> dict[str, list[tuple[int, int]]]:
        """Parties that claims only blame, allege or deny ("sources said X's intelligence was
        behind it", "the Taliban denied involvement"), with the sentences that say so: there
        they are claims, never actors. A party that claims the act itself is not among them."""
        def name(text: str | None) -> str | None:
            return self.actors.resolve(text, country_hint=country, on_date=on_date).name \
                if text else None

        claimed = {name(fc.claim.attributed_to or fc.claim.claimant) for fc in claims
                   if fc.claim.kind == "responsibility"}
        out: dict[str, list[tuple[int, int]]] = {}
        for fc in claims:
            party = name(fc.claim.attributed_to or (
                fc.claim.claimant if fc.claim.kind == "denial" else None))
            if fc.claim.kind != "responsibility" and party and party not in claimed:
                out.setdefault(party, []).append((fc.sentence.start_char, fc.sentence.end_char))
        return out

    def _parties(
        self, happening: Happening, country: str | None, on_date: date | None,
        blamed: dict[str, list[tuple[int, int]]], persons: dict[int, ResolvedActor],
    ) -> list[ActorRef]:
        # One party per name *and* wording: "men, women and children" all resolve to the
        # country's civilians, and each is a party the text names.
        seen: set[tuple[str, str, str]] = set()
        out: list[ActorRef] = []
        groups: list[tuple[ActorRole, list[Argument]]] = []
        supposed = speculative(happening)
        for cand in happening.members:
            groups.append(("actor", [] if cand in supposed else cand.actors))
            groups.append(("recipient", cand.recipients + other_side(cand, self.actors)))
        violent = happening.event_type in event_families().harmful
        for role, args in groups:
            for told in args:
                # "the militants", "they": the party a sentence before named (news windows)
                arg = in_window(told, role == "actor", happening.event_type)
                resolved = self._party(arg, country, on_date, persons)
                if arg is not told and any(start <= arg.start < end
                                           for start, end in blamed.get(resolved.name, ())):
                    # the party there is only blamed: the words stay what they were
                    arg = told
                    resolved = self._party(arg, country, on_date, persons)
                # the words of the document, count included, stay the actor's text; a pronoun
                # ("he", "who") is the text, the party it stands for the name
                text = arg.pronoun or arg.text
                if role == "actor" and any(start <= arg.start < end
                                           for start, end in blamed.get(resolved.name, ())):
                    continue  # only alleged there: the claim says it, not the record
                if (role == "actor" and violent) or _attack_owner(arg):
                    # "they opened fire" with nothing "they" refers to; "Iran fired missiles"
                    resolved = violent_doer(self.actors, arg.text, resolved, country, on_date)
                elif violent:
                    resolved = attacked_state(self.actors, arg.text, resolved, on_date)
                for words in (text, *also_told(told, arg)):
                    key = (resolved.name.lower(), words.lower(), role)
                    if key not in seen:
                        seen.add(key)
                        out.append(resolved.to_actor_ref(role).model_copy(update={"text": words}))
        return out

    def _party(self, arg: Argument, country: str | None, on_date: date | None,
               persons: dict[int, ResolvedActor]) -> ResolvedActor:
        """The person the document names here, unless the whole phrase is a known party the
        person reading only guessed part of ("the Haqqani network", tagged PERSON 'Haqqani')."""
        person = persons.get(arg.start) or _person_before(arg, persons)
        if person is not None and person.kb_id is not None:
            return person
        phrase = self._resolve(countless(arg.text), country, on_date)
        # a force the phrase names ("Sri Lankan troops") over a person the tagger guessed
        known = phrase.kb_id is not None or phrase.matched_by == "generic"
        return phrase if person is None or known else person

    def _resolve(self, text: str, country: str | None, on_date: date | None) -> ResolvedActor:
        """The KB actor a phrase names, else the owner of what it names ("Pak Army convoy"),
        else the forces of the state leading it ("US-led forces")."""
        resolved = self.actors.resolve(text, country_hint=country, on_date=on_date)
        if resolved.matched_by not in _WEAK:
            return resolved
        for other in (owner_of(text), leaders_forces(text)):
            found = self.actors.resolve(other, country_hint=country, on_date=on_date) \
                if other else None
            if found is not None and found.matched_by not in _WEAK:
                return found
        return resolved

    def _suspect(self, text: str) -> bool:
        """Whether a supposed doer names a party one can blame: not a person of the public
        ("the man believed to have carried out the attack") nor an unidentified group, which is
        the 'unknown' hypothesis already."""
        found = self.actors.resolve(text)
        return not (found.matched_by == "generic" and found.sector in NOT_SUSPECTS) and (
            text.lower() not in pronouns())

    def _claim(
        self, claim: Claim, country: str | None, on_date: date | None, at: int,
        parties: DocumentParties,
    ) -> Claim:
        # as of the event's date: "officials" in Afghanistan in 2020 are the Republic's
        def canonical(text: str | None, blamed: bool = False) -> str | None:
            if text is None:
                return None
            if text in GROUP_PRONOUNS and claim.kind == "responsibility":
                # "It claimed the bombing": the armed group named before
                group = _last_before(parties.groups, at)
                return group.name if group is not None else None
            text = refer_back(text, at, parties)
            if text.lower().removeprefix("the ") in claim_lexicon().group_anaphors:
                # "the group denied involvement": the armed group last named before the claim
                group = _last_before(parties.groups, at)
                if group is not None:
                    return group.name
            owner, _, owned = text.partition("'s ")
            if not owned and text.lower().startswith("its "):
                owner, owned = "group", text[4:]  # "suspected its officers": the group's
            if owned and owner.lower().removeprefix("the ") in claim_lexicon().group_anaphors:
                # "blamed the group's intelligence service": the service of the organisation
                # named last before the claim
                named = _last_before(parties.orgs, at)
                if named is not None:
                    text = f"{named.name}'s {owned}"
            found = self.actors.resolve(text, country_hint=country, on_date=on_date)
            # a party blamed that the knowledge base knows only by its kind ("terrorists",
            # "relatives of a Taliban commander") is the hypothesis in the speaker's words, not
            # a generic label ("Unidentified Armed Group", "Civilians") shared by every rival
            words = (blamed and found.matched_by == "generic" and found.kb_id is None
                     and text.lower() not in pronouns())
            return text if words else found.name

        return claim.model_copy(
            update={
                "claimant": canonical(claim.claimant),
                "attributed_to": canonical(claim.attributed_to, blamed=True),
            }
        )


@cache
def _lexicon() -> dict[str, Any]:
    return dict(load_lexicon("arguments"))


def _attack_owner(arg: Argument) -> bool:
    """'their' in "repelled their attack": the owner of an attack, who made it."""
    head = arg.head
    return head.dep_ == "poss" and head.head.lemma_.lower() in _attack_nouns()


@cache
def _attack_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in _lexicon()["event_nouns"])


def _person_before(arg: Argument, persons: dict[int, ResolvedActor]) -> ResolvedActor | None:
    """'he', 'his', 'her' left unresolved by the parse ("His assassination came a day
    after …"): the person last named before it."""
    if arg.pronoun is not None or arg.head.lower_ not in _PERSONAL or arg.text != arg.head.text:
        return None
    return _last_before(persons, arg.start)


def _last_before(named: dict[int, ResolvedActor], at: int) -> ResolvedActor | None:
    """Of the actors named at these character offsets, the last one named before `at`."""
    before = [start for start in named if start < at]
    return named[max(before)] if before else None


def _unique(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if m not in out:
            out.append(m)
    return out
