"""Militias named by their community, as ACLED names them: "suspected Fulani militiamen" and
"armed Murle youths" are "Fulani Ethnic Militia (Nigeria)" and "Murle Ethnic Militia (South
Sudan)". Only a community word together with an armed head makes one: the community alone
("Fulani herders were killed") names no militia, and the words come from
data/lexicons/actor_titles.yaml (`community_militias`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from roydad.resolve.actor_names import normalise, segment


@dataclass(frozen=True)
class CommunityMilitias:
    """The communities, armed heads and the label of `community_militias`."""

    name: str
    name_no_country: str
    sector: str
    communities: Mapping[str, str]
    heads: frozenset[str]
    armed_heads: frozenset[str]
    qualifiers: frozenset[str]
    vocabulary: frozenset[str]  # all of the above: the words a militia's name is made of

    @classmethod
    def from_lexicon(cls, lexicon: Mapping[str, Any]) -> CommunityMilitias | None:
        table = lexicon.get("community_militias")
        if not table:
            return None
        communities = {normalise(str(k)): str(v) for k, v in table["communities"].items()}
        heads = frozenset(normalise(str(w)) for w in table["heads"])
        armed, qualifiers = (frozenset(normalise(str(w)) for w in table.get(key) or [])
                             for key in ("armed_heads", "qualifiers"))
        return cls(str(table["name"]), str(table["name_no_country"]), str(table["sector"]),
                   communities, heads, armed, qualifiers,
                   frozenset(communities) | heads | armed | qualifiers)

    def label(self, tokens: list[str], country: str | None) -> str | None:
        """The militia's name when the words are one community, an armed head and only
        qualifiers besides ("suspected", "armed"), else None."""
        communities: set[str] = set()
        heads = 0
        for _, phrase in segment(tokens, self.vocabulary):
            if phrase is None:
                return None  # a word that is neither community, head nor qualifier
            if phrase in self.communities:
                communities.add(self.communities[phrase])
            elif phrase in self.heads or (phrase in self.armed_heads and "armed" in tokens):
                heads += 1
        if len(communities) != 1 or not heads:
            return None  # no community, two of them ("Kuki and Meitei"), or no armed head
        community = communities.pop()
        if country:
            return self.name.format(community=community, country=country)
        return self.name_no_country.format(community=community)
