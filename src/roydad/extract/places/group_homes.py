"""Where a document's armed groups are at home, as a hint for its places (issue 13, section 5).

"Fighting broke out between the army and Houthi rebels in Hays district" names no country, and
Hays is also a town in Kansas. The knowledge base knows the Houthis are a Yemeni movement; an
insurgent or rebel group named in a report is, far more often than not, reported where it
fights. So when a document names no country at all, the one home country of the rebel and
insurgent groups it names becomes the country the document leans to (`PlaceContext.leaning`):
it favours places in that country but, unlike a country the text names, does not reject places
elsewhere (al-Shabaab also fights in Kenya, and "Mandera" must still resolve there). Groups
of several countries, persons and state forces give no hint.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from roydad.extract.syntax import entities
from roydad.resolve.actors import ActorResolver

GROUP_LABELS = frozenset({"ORG", "NORP", "PERSON", "GPE"})
HOME_SECTORS = frozenset({"REB", "INS"})  # armed groups that fight where they are at home


def group_home(doc: Doc, actors: ActorResolver, named_countries: Iterable[str]) -> str | None:
    """The one home country (alpha-3) of the rebel and insurgent groups the document names,
    when it names no country itself; else None."""
    if any(True for _ in named_countries):
        return None
    homes: set[str] = set()
    for ent in entities(doc):
        if ent.label_ not in GROUP_LABELS:
            continue
        found = actors.resolve(ent.text)
        if (found.kb_id and found.matched_by == "alias" and found.kind != "person"
                and found.sector in HOME_SECTORS and found.country):
            homes.add(found.country)
    return homes.pop() if len(homes) == 1 else None

