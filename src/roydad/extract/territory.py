"""Ground that changes hands is one event (ACLED Battles: Government regains territory, Non-state
actor overtakes territory; Strategic developments: Non-violent transfer of territory).

ACLED codes the taking, with the side that lost the ground as actor2; the loser's withdrawal
told beside it ("the soldiers abandoned their positions after a day of clashes and the rebels
took control of the town") is how the ground changed hands, not a transfer of its own. An act
told only as what did not happen ("occupied the camp without firing a shot") is no event."""

from __future__ import annotations

from spacy.tokens import Token

from roydad.extract.events import Happening
from roydad.extract.paragraphs import paragraph_no
from roydad.extract.syntax import sentence_numbers

# How far (in sentences) a withdrawal is told from the taking it made possible.
NEAR = 1
_WITHDRAWAL_MODES = frozenset({"withdraw"})


def _is_taking(h: Happening) -> bool:
    return h.event_type == "ASSAULT" and any(m.mode == "territory" for m in h.members)


def _is_withdrawal(h: Happening) -> bool:
    return h.event_type == "RETREAT" and all(m.mode in _WITHDRAWAL_MODES for m in h.members)


def _places(h: Happening) -> set[str]:
    return {name.lower() for name in h.place_names()}


def _same_ground(taking: Happening, withdrawal: Happening, numbers: dict[int, int]) -> bool:
    near = any(abs(x - y) <= NEAR for x in taking.sentences(numbers)
               for y in withdrawal.sentences(numbers))
    paragraphs = {paragraph_no(c.sentence) for c in taking.members}
    same_paragraph = {paragraph_no(c.sentence) for c in withdrawal.members} <= paragraphs
    same_day = taking.when is None or withdrawal.when is None or (
        taking.when.start == withdrawal.when.start)
    # two named places, none shared: ground given up in one town, taken in another
    apart = bool(_places(taking)) and bool(_places(withdrawal)) and not (
        _places(taking) & _places(withdrawal))
    return near and same_paragraph and same_day and not apart


def _under_without(token: Token) -> bool:
    """The trigger is what a "without" phrase says did not happen: "without firing a shot"."""
    for ancestor in (token, *token.ancestors):
        if ancestor.dep_ in ("pcomp", "pobj") and ancestor.head.lower_ == "without":
            return True
        if ancestor.dep_ in ("ROOT", "conj", "advcl", "relcl", "ccomp"):
            return False
    return False


def fold_territory(happenings: list[Happening]) -> list[Happening]:
    """Drop the withdrawals told within `NEAR` sentences of a taking of the same ground, and
    the acts told only under "without"."""
    kept = [h for h in happenings if not all(_under_without(m.hit.head) for m in h.members)]
    takings = [h for h in kept if _is_taking(h)]
    if not takings:
        return kept
    numbers = sentence_numbers(takings[0].first.sentence.doc)
    return [h for h in kept
            if not (_is_withdrawal(h) and any(_same_ground(t, h, numbers) for t in takings))]
