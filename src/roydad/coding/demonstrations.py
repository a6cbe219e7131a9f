"""The sides of a demonstration as ACLED codes them (acled.yaml `demonstrations`).

A report of a protest names the crowd and the force that meets it in whatever order its sentences
take ("police beat marchers in Saqqez", "protesters hurled stones at police"). ACLED's row does
not follow the sentence: the demonstrators are actor1 and the intervening force actor2, except in
excessive force against protesters, where the force is actor1. A crowd no report names is the
event type's own label, so "protesters" who burn a bank are "Rioters (Iran)".
"""

from __future__ import annotations

from dataclasses import replace

from roydad.coding.party_codes import Coding, Party, unique_parties
from roydad.coding.rules import AcledRules

STATE_INTER = 1


def demonstration_sides(coding: Coding, event_type: str | None, sub_event_type: str | None,
                        rules: AcledRules, country: str) -> Coding:
    """The coding with its sides put in ACLED's order for a Protests or Riots event; any other
    event's coding, and a claimed one, unchanged. `country` is the ACLED country name."""
    demo = rules.demonstrations
    if event_type not in demo.event_types or coding.basis == "claimed":
        return coding
    label = rules.unidentified_for(event_type, sub_event_type)
    crowd = Party(label.format(country), label.inter)

    def is_state(party: Party) -> bool:
        facts = party.facts
        return facts is not None and rules.sector_inter.get(facts.sector or "") == STATE_INTER

    def is_crowd(party: Party) -> bool:
        facts = party.facts
        if facts is None:  # a generic label the coding gave: the unidentified crowd or victims
            return not party.label.startswith(_armed_prefix(rules))
        return (facts.kb_id is None and facts.kind != "person"
                and (facts.sector or "") in demo.crowd_sectors)

    doers = [coding.actor1, *coding.assoc1]
    targets = [p for p in (coding.actor2, *coding.assoc2) if p is not None]
    # in a protest, a crowd that is acted on is the demonstrators; in a riot, its victims
    met = [p for p in targets if is_crowd(p)] if event_type == "Protests" else []
    if met:
        forces = [p for p in doers if not is_crowd(p)] + [p for p in targets if is_state(p)]
        crowds = [p for p in doers if is_crowd(p)] + met
    else:
        forces = [p for p in doers + targets if is_state(p)]
        crowds = [p for p in doers if not is_state(p)]
    # an identity the reports give the crowd ("Women (Afghanistan)") stays as an associate
    plain = {label.format(country) for label in (
        rules.unidentified_for("Protests"), rules.unidentified_for("Riots"), rules.civilians)}
    identities = [p for p in crowds if is_crowd(p) and p.label not in plain]
    crowds = [_as_crowd(p, crowd) if is_crowd(p) else p for p in crowds]
    rest = [p for p in targets if p not in forces and p not in met]
    if sub_event_type in demo.force_first and forces:
        first, second = forces, (crowds or [crowd]) + identities
    else:
        first, second = crowds or [crowd], forces + rest
    actor1 = first[0]
    actor2 = next((p for p in second if p.label != actor1.label), None)
    if first is crowds:
        first = first + identities
    assoc1 = unique_parties(first[1:], {actor1.label} | ({actor2.label} if actor2 else set()))
    seen = {actor1.label, *(p.label for p in assoc1)}
    assoc2 = unique_parties([p for p in second if p is not actor2], seen | (
        {actor2.label} if actor2 else set()))
    return replace(coding, actor1=actor1, assoc1=assoc1, actor2=actor2, assoc2=assoc2)


def _armed_prefix(rules: AcledRules) -> str:
    """What the unidentified armed label starts with ("Unidentified Armed Group"): not a crowd."""
    return rules.unidentified["default"].label.split("(")[0].strip()


def _as_crowd(party: Party, crowd: Party) -> Party:
    """The crowd label in place of an unnamed crowd's ("Protesters (Iran)" in a riot)."""
    return replace(crowd, facts=party.facts)
