"""ACLED's generic actors, completed from the incident before its sides are chosen.

A report's words often give a party without its country ("the army", "border guards", "gunmen"
in a report whose place is found later) or give as a doer people ACLED never codes as one
("two men on a motorcycle shot dead ...": civilians do not fight; the men are an unidentified
armed group). And ACLED codes unarmed victims of any trade or status as "Civilians (Country)",
keeping the trade ("Journalists (Pakistan)", "Refugees/IDPs (Afghanistan)") as an associated actor.
The words and labels are acled.yaml's `generic_parties`.
"""

from __future__ import annotations

from roydad.coding.rules import AcledRules, GenericParties, fill_country
from roydad.models import Incident, IncidentActor


def _bare(label: str) -> str:
    """ "Civilians (Pakistan)" -> "Civilians"; a label without a country as it is."""
    return label.split(" (")[0].strip()


def _in_brackets(label: str) -> str | None:
    """The country a generic label names: "Refugees/IDPs (Afghanistan)" -> "Afghanistan"."""
    if label.endswith(")") and " (" in label:
        return label[label.rindex(" (") + 2:-1]
    return None


def place_generic_parties(incident: Incident, rules: AcledRules, country: str) -> Incident:
    """The incident with its generic parties in ACLED's terms: a state's unnamed forces and a
    generic label without a country get the incident's `country` (the ACLED name), and people
    coded as civilians are no doers of political violence (they are left out as actors, so the
    unidentified label stands for the doer)."""
    generic = rules.generic_parties
    armed = incident.acled_event_type in generic.armed_event_types
    actors: list[IncidentActor] = []
    for actor in incident.actors:
        if armed and actor.role == "actor" and actor.kb_id is None and (
                _bare(actor.name) in generic.unarmed_labels):
            continue
        actors.append(_placed(actor, generic, country))
    if actors == list(incident.actors):
        return incident
    return incident.model_copy(update={"actors": actors})


def _placed(actor: IncidentActor, generic: GenericParties, country: str) -> IncidentActor:
    if actor.kb_id is not None or not country:
        return actor
    name = actor.name.strip()
    if actor.country is None and name[:1].islower() and actor.sector in generic.state_labels:
        # "the army", "border guards": the forces of the country the incident happened in
        label = fill_country(generic.state_labels[actor.sector or ""], country)
        return actor.model_copy(update={"name": label, "kind": "state"})
    if name in generic.country_labels:  # "Unidentified Armed Group" -> "... (Mali)"
        return actor.model_copy(update={"name": f"{name} ({country})"})
    return actor


def victim_category(label: str, generic: GenericParties) -> str | None:
    """The civilians' label for a victim named by trade or status ("Journalists (Pakistan)" ->
    "Civilians (Pakistan)"); None for any other party."""
    if _bare(label) not in generic.victim_labels:
        return None
    return fill_country(generic.civilians_label, _in_brackets(label) or "")
