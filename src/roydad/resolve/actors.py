"""Actor resolution: the words a report uses for a party -> an actor of the knowledge base.

The knowledge base (data/actors.yaml) and the lexicon of titles and generic groups
(data/lexicons/actor_titles.yaml) are data a researcher edits; this module loads them (validated
by `actor_entries`, compared by the keys of `actor_names`) and indexes them, then tries the most
certain readings first: exact alias -> ACLED-style generic group -> a known actor inside a longer
mention -> fuzzy alias -> a guess from titles. Every mention gets an answer, so no party a report
names is silently dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, cast

import pycountry
from pydantic import BaseModel

from roydad.datafiles import data_path, load_data
from roydad.datafiles.actors import ActorTitlesFile, KnowledgeBaseFile
from roydad.models import ActorKind
from roydad.resolve.actor_entries import (
    Entry,
    KnowledgeBaseError,
    MatchedBy,
    Period,
    ResolvedActor,
    Role,
    parse_knowledge_base,
    same_person,
)
from roydad.resolve.actor_names import (
    cased_key,
    clean_mention,
    join_titles,
    loose_key,
    normalise,
    segment,
    split_apposition,
)
from roydad.resolve.actor_windows import STANCE_PREFIXES, find_window, fuzzy_match
from roydad.resolve.alias_index import index_aliases
from roydad.resolve.community_militias import CommunityMilitias

__all__ = ["KB_PATH", "LEXICON_PATH", "STANCE_PREFIXES", "ActorResolver", "Entry",
           "KnowledgeBaseError", "MatchedBy", "Period", "ResolvedActor", "Role", "cased_key",
           "loose_key", "normalise", "parse_knowledge_base"]

KB_PATH = data_path("data/actors.yaml")
LEXICON_PATH = data_path("data/lexicons/actor_titles.yaml")
_WEAK = frozenset({"fuzzy", "title", "unknown"})
# Answers are memoised per (text, hint, date), bounded (cleared when full).
MEMO_SIZE = 50_000
_ARMED_GENERIC = frozenset({"UAF", "INS", "REB"})  # unnamed armed groups' sectors


def _words(lexicon: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(normalise(str(w)) for w in lexicon.get(key) or [])


def _table(lexicon: Mapping[str, Any], key: str) -> dict[str, str | None]:
    return {normalise(str(k)): v for k, v in (lexicon.get(key) or {}).items()}


def _read_yaml(path: Path, model: type[BaseModel]) -> Mapping[str, Any]:
    return cast(Mapping[str, Any], load_data(path, model))


# --------------------------------------------------------------------------- resolver
class ActorResolver:
    """Resolves actor mentions against the knowledge base. Build once (load()), share freely."""

    def __init__(self, entries: Sequence[Entry], lexicon: Mapping[str, Any]) -> None:
        self.entries: Mapping[str, Entry] = {e.id: e for e in entries}
        self._prefixes = _table(lexicon, "name_prefixes")
        self._person_roles = _table(lexicon, "person_roles")
        self._group_heads = _table(lexicon, "group_heads")
        self._former = _words(lexicon, "former_words")
        self._prefix_words = self._former | set(self._prefixes)
        self._former_sector: str = lexicon["former_sector"]
        self._state_sectors = frozenset(lexicon.get("state_sectors") or [])
        self._fillers, self._cuts = _words(lexicon, "filler_words"), _words(lexicon, "cut_words")
        self._org_words = _words(lexicon, "organization_words")
        self._facility_words = _words(lexicon, "facility_words")
        self._platforms, self._owners = (_words(lexicon, "weapon_platforms"),
                                         _words(lexicon, "platform_owners"))
        self._targets = _words(lexicon, "owned_targets")
        self._generic = [(g["name"], g["name_no_country"], g["sector"], _words(g, "words"))
                         for g in lexicon["generic_groups"].values()]
        self._militias = CommunityMilitias.from_lexicon(lexicon)
        self._slot_words = {k: (s["sector"], _words(s, "words"))
                            for k, s in lexicon["state_slots"].items()}
        self._slot_names = {k: str(s["name"]) for k, s in lexicon["state_slots"].items()}
        countries = lexicon["countries"]
        self._country_names = {code: str(c["name"]) for code, c in countries.items()}
        # country phrase -> (code, whether it is the state's own name rather than a demonym)
        self._country_words = {w: (code, by_name) for code, c in countries.items()
                               for key, by_name in (("demonyms", False), ("names", True))
                               for w in _words(c, key)}
        self._cased_countries = [
            (re.compile(rf"(?<![\w.]){re.escape(w)}(?!\w)"), normalise(w), code)
            for code, c in countries.items() for w in c.get("cased") or []]
        # word -> (sector, kind) it signals in an unknown mention; a person's role word outranks
        # the same word as an honorific or a group noun, and state-force words only fill gaps
        self._signals: dict[str, tuple[str | None, str]] = {}
        for table, kind in ((self._group_heads, "group"), (self._prefixes, "person"),
                            (self._person_roles, "person")):
            self._signals.update((w, (sector, kind)) for w, sector in table.items())
        for force, words in self._slot_words.values():
            self._signals.update((w, (force, "group")) for w in words if w not in self._signals)
        self._member_ok = (_words(lexicon, "member_words") | _words(lexicon, "group_qualifiers")
                           | _words(lexicon, "activity_words") | self._platforms
                           | self._fillers | set(self._country_words))
        self._index = index_aliases(entries)
        self._countries = {e.id: e.country for e in entries}
        self._memo: dict[tuple[str, str | None, date | None], ResolvedActor] = {}

    @classmethod
    def load(cls, kb_path: Path | None = None, lexicon_path: Path | None = None) -> ActorResolver:
        """The resolver over the shipped data (built once per process), or over other files."""
        if kb_path is None and lexicon_path is None:
            return _default_resolver()
        return cls.from_data(_read_yaml(kb_path or KB_PATH, KnowledgeBaseFile),
                             _read_yaml(lexicon_path or LEXICON_PATH, ActorTitlesFile))

    @classmethod
    def from_data(cls, kb: Mapping[str, Any], lexicon: Mapping[str, Any]) -> ActorResolver:
        return cls(parse_knowledge_base(kb, lexicon), lexicon)

    def patterns(self) -> Iterator[tuple[str, str]]:
        """(alias as written, kb_id) pairs, e.g. for a spaCy entity ruler."""
        for e in self.entries.values():
            for alias in (e.name, *e.aliases, *e.cased_aliases):
                yield alias, e.id

    def role_on(self, kb_id: str, on: date) -> str | None:
        """The public role the actor held on that date, when its entry has dated roles."""
        entry = self.entries.get(kb_id)
        role = entry.role_on(on) if entry else None
        return role.role if role else None

    def resolve(self, text: str, *, country_hint: str | None = None,
                on_date: date | None = None) -> ResolvedActor:
        """Always an answer: a knowledge-base actor, a generic group, or a guessed unknown."""
        key = (text, country_hint, on_date)
        if (found := self._memo.get(key)) is None:
            found = self._resolve(text, country_hint, on_date)
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = found  # ResolvedActor is frozen: safe to share
        return found

    def _resolve(self, text: str, country_hint: str | None, on_date: date | None
                 ) -> ResolvedActor:
        cleaned = clean_mention(text)
        if hit := self._lookup(cleaned, country_hint):
            return self._known(hit[0], text, on_date, "alias", hit[1], None)
        head, apposition = split_apposition(cleaned)
        prefix, core = self._strip_prefixes(head)
        if hit := self._lookup(core, country_hint):
            same = self._lookup(apposition) if apposition else None
            title = join_titles(prefix, "" if same and same[0] == hit[0] else apposition)
            return self._known(hit[0], text, on_date, "alias", hit[1], title)
        generic = self._generic_group(head, text, country_hint, on_date)
        window = self._window(core, country_hint)
        if generic and generic.score >= 0.9 and not (  # "IS sniper" is IS, not unidentified
                window and (generic.sector in _ARMED_GENERIC
                            or self._own_entry(generic, window[0]))):
            return generic
        if window and not self._other_state(generic, window[0]):
            title = join_titles(prefix, window[1], apposition)
            return self._known(window[0], text, on_date, "alias", 0.9, title)
        if generic:
            return generic
        if owner := self._owner(core, country_hint, on_date):
            return replace(owner, text=text, title=join_titles(prefix, owner.title or ""))
        if fuzzy := self._fuzzy(core):
            title = join_titles(prefix, apposition)
            return self._known(fuzzy[0], text, on_date, "fuzzy", fuzzy[1], title)
        return self._guess(text, prefix, core, apposition)

    def resolve_document(self, texts: Sequence[str], *, country_hint: str | None = None,
                         on_date: date | None = None) -> list[ResolvedActor]:
        """Resolve a document's mentions in order, linking later surnames ("Muzammil", "General
        Saree") to the one person named in full earlier in the same document."""
        persons: list[ResolvedActor] = []
        resolved = []
        for text in texts:
            actor = self.resolve(text, country_hint=country_hint, on_date=on_date)
            if actor.matched_by in _WEAK:
                actor = self._coref(text, persons) or actor
            if actor.kind == "person" and actor.matched_by != "coref":
                persons.append(actor)
            resolved.append(actor)
        return resolved

    # ------------------------------------------------------------------ stages
    def _lookup(self, text: str, country: str | None = None) -> tuple[str, float] | None:
        if not text:
            return None
        index = self._index
        if hit := index.cased.get(cased_key(text)) or index.exact(text, country, self._countries):
            return hit, 1.0
        found = index.loose.get(loose_key(text))
        return (found, 0.95) if found else None

    def _known(self, kb_id: str, text: str, on_date: date | None, matched_by: MatchedBy,
               score: float, title: str | None) -> ResolvedActor:
        entry = self.entries[kb_id]
        role = entry.role_on(on_date) if on_date else None
        sector = role.sector if role and role.sector else entry.sector
        return ResolvedActor(text, entry.name, entry.kind, sector, entry.country, entry.id,
                             entry.wikidata, title, matched_by, score)

    def _strip_prefixes(self, head: str) -> tuple[str, str]:
        """ "Lt Gen Sami Sadat" -> ("Lt Gen", "Sami Sadat"); the last word is always kept."""
        words, cut = head.split(), 0
        for end, phrase in segment([normalise(w) for w in words], self._prefix_words):
            if phrase is None or end >= len(words):
                break
            cut = end
        return " ".join(words[:cut]), " ".join(words[cut:])

    def _country(self, text: str, tokens: list[str]) -> tuple[str | None, bool, list[str]]:
        """The first country a mention names, whether by the state's name, and the other words."""
        cased = [(token, code) for pattern, token, code in self._cased_countries
                 if pattern.search(text) and token in tokens]
        tokens = [t for t in tokens if t not in {token for token, _ in cased}]
        steps = list(segment(tokens, self._country_words))
        hits = [(code, True) for _, code in cased] + [self._country_words[p] for _, p in steps if p]
        rest = [tokens[end - 1] for end, p in steps if p is None]
        return (*hits[0], rest) if hits else (None, False, rest)

    def country_word(self, text: str) -> str | None:
        """The country a word or phrase names and nothing else ("Indian", "Pak", "U.S.",
        "Pakistan"), as alpha-3; None for anything more ("Indian troops") or less."""
        code, _, rest = self._country(text, normalise(text).split())
        return code if code is not None and not rest else None

    def _country_name(self, code: str) -> str:
        """The lexicon's short name for a country; ISO's name for countries it does not list."""
        if code not in self._country_names:
            country = pycountry.countries.get(alpha_3=code)
            self._country_names[code] = getattr(country, "common_name", None) or (
                country.name if country is not None else code
            )
        return self._country_names[code]

    def _generic_group(self, head: str, text: str, hint: str | None,
                       on_date: date | None) -> ResolvedActor | None:
        tokens = normalise(head).split()
        if any(t in self._former for t in tokens):
            return None  # former soldiers are no longer the force; the title guess codes them
        code, by_name, rest = self._country(head, tokens)
        cut = next((i for i, t in enumerate(rest) if i and t in self._cuts), len(rest))
        rest = [t for t in rest[:cut] if t not in self._fillers and not t.isdigit()]
        slot = "government" if not rest and by_name else None
        named, code = code is not None, code or hint
        if self._militias and (militia := self._militias.label(
                rest, self._country_name(code) if code else None)):
            return ResolvedActor(text, militia, "group", self._militias.sector, code, None, None,
                                 None, "generic", 0.9)
        # The whole phrase names a group ("unknown gunmen"), else its head word does ("teenage
        # son", "tribal elder"): a weaker reading, which a known name inside the phrase beats
        # ("Jaish al-Adl militants").
        for words_of, score in ((rest, 0.9), (rest[-1:], 0.7)):
            for name, bare, sector, words in self._generic:
                if words_of and all(p for _, p in segment(words_of, words)):
                    label = name.format(country=self._country_name(code)) if code else bare
                    return ResolvedActor(text, label, "group", sector, code, None, None, None,
                                         "generic", score)
            if len(rest) <= 1:
                break
        slot = slot or next((k for k, (_, w) in self._slot_words.items()
                             if rest and all(p for _, p in segment(rest, w))), None)
        if slot is None and self._state_platform(rest, named):
            slot = "military"
        if slot is None:
            return None
        if code and (entry := self._slot_entry(code, slot, on_date)):
            return self._known(entry.id, text, on_date, "generic", 0.9, None)
        # no knowledge-base entry for this country's forces: ACLED's generic name for them
        label = self._slot_names[slot].format(country=self._country_name(code)) if code else head
        return ResolvedActor(text, label, "group", self._slot_words[slot][0], code, None, None,
                             None, "generic", 0.6)

    def _own_entry(self, generic: ResolvedActor, kb_id: str) -> bool:
        """The entry a word of the mention matches is a force of the very state it names, of the
        same sector ("Pak Rangers": Pakistan Rangers, not Pakistan's army; but "Somali
        government forces" are its army, not the Government of Somalia)."""
        entry = self.entries[kb_id]
        return bool(generic.country) and entry.country == generic.country and (
            entry.sector == generic.sector)

    def _other_state(self, generic: ResolvedActor | None, kb_id: str) -> bool:
        """A state's forces the mention names by its own country ("Thai rangers") are that
        state's, not another state's entry that a word of the mention matches (Pakistan
        Rangers)."""
        found = self._countries.get(kb_id)
        return bool(generic and generic.kb_id is None and generic.sector in self._state_sectors
                    and generic.country and found and generic.country != found)

    def _state_platform(self, rest: list[str], named: bool) -> bool:
        """What a state fires or flies, the state named in the mention: "Turkish drone",
        "government helicopters" (lexicon `weapon_platforms`, `platform_owners`)."""
        phrases = [p for _, p in segment(rest, self._platforms | self._owners)]
        return bool(rest) and None not in phrases and bool(set(phrases) & self._platforms) and (
            named or bool(set(phrases) & self._owners))

    def _owner(self, core: str, hint: str | None, on: date | None) -> ResolvedActor | None:
        """The party a target belongs to: "army camp", "UN warehouse", "Taliban checkpoint"
        (lexicon `owned_targets`); None when the rest names no party ("Mirjaveh outpost")."""
        words = core.split()
        if not (size := next((n for n in (2, 1) if len(words) > n
                              and normalise(" ".join(words[-n:])) in self._targets), 0)):
            return None
        owner = " ".join(words[:-size])
        if self.country_word(owner):  # "Russian positions", "an Indian post": its forces
            owner = f"{owner} forces"
        found = self.resolve(owner, country_hint=hint, on_date=on)
        return found if found.matched_by in ("alias", "generic") and found.kind != "person" and (
            found.sector not in ("CVL", "REF")) else None

    def _slot_entry(self, code: str, slot: str, on: date | None) -> Entry | None:
        # Undated, the current holder (no end date) stands for the slot.
        candidates = [e for p, e in self._index.slots.get((code, slot), [])
                      if (p.covers(on) if on else p.end is None)]
        return max(candidates, key=lambda e: dict(e.slots)[slot].start or date.min, default=None)

    def _window(self, core: str, hint: str | None = None) -> tuple[str, str] | None:
        return find_window(core, lambda text: self._lookup(text, hint), self.entries,
                           self._member_ok, frozenset(self._person_roles))

    def _fuzzy(self, core: str) -> tuple[str, float] | None:
        return fuzzy_match(core, self._index, self.entries)

    def _guess(self, text: str, prefix: str, core: str, apposition: str) -> ResolvedActor:
        """Unknown actor: kept as written; kind and sector read off its titles and head noun."""
        tokens = normalise(" ".join((prefix, core, apposition))).split()
        # English puts the head last: "former Takhar police commander" is about the commander.
        signals = sorted(((i + n, n, *self._signals[phrase]) for n in (4, 3, 2, 1)
                          for i in range(len(tokens) - n + 1)
                          if (phrase := " ".join(tokens[i:i + n])) in self._signals), reverse=True)
        kinds = {kind for *_, kind in signals}
        named = self._name_like(core)
        kind: ActorKind = ("person" if "person" in kinds or (named and not kinds) else
                           "group" if kinds else "organization"
                           if set(normalise(core).split()) & self._org_words else "unknown")
        sector = next((sector for _, _, sector, _ in signals if sector), None)
        if set(tokens) & self._former and (sector is None or sector in self._state_sectors):
            sector = self._former_sector
        named = named and kind == "person"
        name = core if named else clean_mention(f"{prefix} {core}")
        title = join_titles(prefix, apposition) if named else join_titles(apposition)
        return ResolvedActor(text, name, kind, sector,
                             self._country(core, normalise(core).split())[0], None, None, title,
                             "title" if signals else "unknown", 0.5 if signals else 0.3)

    def _name_like(self, core: str) -> bool:
        words = core.split()
        return (2 <= len(words) <= 5 and all(re.fullmatch(r"[A-Z][\w'\u2019-]*", w) for w in words)
                and not set(normalise(core).split()) & (self._org_words | self._facility_words
                                                        | set(self._country_words)))

    def _coref(self, text: str, persons: list[ResolvedActor]) -> ResolvedActor | None:
        head, _ = split_apposition(clean_mention(text))
        prefix, core = self._strip_prefixes(head)
        return same_person(text, prefix, core, persons)


@cache
def _default_resolver() -> ActorResolver:
    return ActorResolver.from_data(_read_yaml(KB_PATH, KnowledgeBaseFile),
                                   _read_yaml(LEXICON_PATH, ActorTitlesFile))
