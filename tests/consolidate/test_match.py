"""The cross-document matcher on hand-built mentions: what is one happening, what is not."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest

from roydad.consolidate.cluster import Linker, PairScores
from roydad.consolidate.match import Matcher, MentionFeatures
from roydad.datafiles.consolidate import MatchConfig

PESHAWAR = (34.008, 71.578)
QUETTA = (30.187, 67.013)
KM = 1 / 111.0  # degrees of latitude per km


def mention(
    event_id: str, doc: str, *, event_type: str = "ASSAULT", day: date | None = date(2023, 1, 30),
    precision: str | None = "day", where: tuple[float, float] | None = PESHAWAR,
    admin1: str | None = "Khyber Pakhtunkhwa", country: str | None = "PAK",
    place_precision: str | None = "city", actors: frozenset[str] = frozenset(),
    recipients: frozenset[str] = frozenset(), dead: int | None = None, mode: str | None = None,
    weapon: str | None = None, text: str = "", pub: date | None = None,
) -> MentionFeatures:
    return MentionFeatures(
        event_id=event_id, document_id=doc, event_type=event_type, mode=mode, date=day,
        date_end=None, date_precision=precision if day else None, pub_date=pub or day,
        lat=where[0] if where else None, lon=where[1] if where else None, country=country,
        admin1=admin1, location_precision=place_precision, actors=actors,
        recipients=recipients, weapon=weapon, fatalities=dead, text=text,
    )


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher()


def groups(assignments: list) -> dict[str, str]:  # type: ignore[type-arg]
    return {a.event_id: a.group for a in assignments}


def test_three_papers_one_bombing(matcher: Matcher) -> None:
    """A day apart, the city vs a point 5 km away, 1 vs 2 dead: one happening."""
    a = mention("a", "paper-1", dead=1, mode="explosives", weapon="bomb",
                recipients=frozenset({"mosque imam"}),
                text="A bomb exploded outside the Mohabbat Khan mosque in Peshawar.")
    b = mention("b", "paper-2", day=date(2023, 1, 31), dead=2, mode="explosives",
                where=(PESHAWAR[0] + 5 * KM, PESHAWAR[1]), place_precision="point",
                text="Two people died when a bomb went off near Mohabbat Khan mosque.")
    c = mention("c", "paper-3", dead=2, mode="explosives", weapon="IED",
                recipients=frozenset({"mosque imam"}),
                text="Police said the IED near the Mohabbat Khan mosque killed the imam.")
    out = groups(matcher.assign([a, b, c]))
    assert out["a"] == out["b"] == out["c"] == "new:a"


def test_same_day_other_city_is_another_happening(matcher: Matcher) -> None:
    a = mention("a", "paper-1", mode="explosives", text="A bomb exploded at a market.")
    b = mention("b", "paper-2", mode="explosives", where=QUETTA, admin1="Balochistan",
                text="A bomb exploded at a market.")
    out = groups(matcher.assign([a, b]))
    assert out["a"] != out["b"]


def test_one_document_never_makes_one_group_twice(matcher: Matcher) -> None:
    a = mention("a", "paper-1", mode="firearms", text="Gunmen shot dead a police officer.")
    b = replace(a, event_id="b")
    out = groups(matcher.assign([a, b]))
    assert out["a"] != out["b"]


def test_a_meeting_is_not_an_attack(matcher: Matcher) -> None:
    attack = mention("a", "paper-1", text="Officials met after the attack in Peshawar.")
    meeting = mention("b", "paper-2", event_type="CONSULT",
                      text="Officials met after the attack in Peshawar.")
    out = groups(matcher.assign([attack, meeting]))
    assert out["a"] != out["b"]
    assert matcher.explain(attack, meeting)["gates"] == 0.0


def test_far_apart_in_time_is_another_happening(matcher: Matcher) -> None:
    a = mention("a", "paper-1", text="A bomb exploded at the Qissa Khwani bazaar.")
    b = mention("b", "paper-2", day=date(2023, 2, 20), text="A bomb exploded at the Qissa "
                "Khwani bazaar.")
    out = groups(matcher.assign([a, b]))
    assert out["a"] != out["b"]


def test_same_input_same_output_and_anchor_is_first_in_input_order(matcher: Matcher) -> None:
    batch = [
        mention(f"m{k}", f"paper-{k}", day=date(2023, 1, 30) + timedelta(days=k % 2),
                where=(PESHAWAR[0] + (k % 3) * KM, PESHAWAR[1]), dead=1 + k % 2,
                text="Gunmen killed a polio worker in Peshawar's Yakatoot area.")
        for k in range(6)
    ]
    first, second = matcher.assign(batch), Matcher().assign(batch)
    assert first == second
    assert {a.group for a in first} == {"new:m0"}
    reversed_out = matcher.assign(batch[::-1])
    assert {a.group for a in reversed_out} == {"new:m5"}


def test_new_report_joins_the_existing_incident(matcher: Matcher) -> None:
    old = [mention("o1", "paper-1", mode="firearms", text="Gunmen shot dead a judge."),
           mention("o2", "paper-2", mode="firearms", text="A judge was shot dead by gunmen.")]
    elsewhere = [mention("o3", "paper-3", where=QUETTA, admin1="Balochistan",
                         text="Gunmen shot dead a judge.")]
    new = mention("n", "paper-4", mode="firearms", text="Gunmen killed the judge in Peshawar.")
    out = matcher.assign([new], {"inc-peshawar": old, "inc-quetta": elsewhere})
    assert [(a.event_id, a.group) for a in out] == [("n", "inc-peshawar")]
    assert 0.5 <= out[0].score <= 1.0


def test_new_report_from_a_member_document_does_not_join(matcher: Matcher) -> None:
    old = [mention("o1", "paper-1", text="Gunmen shot dead a judge.")]
    same_doc = mention("n", "paper-1", text="Gunmen shot dead a judge.")
    assert matcher.assign([same_doc], {"inc-1": old})[0].group == "new:n"


def test_existing_incidents_are_never_merged(matcher: Matcher) -> None:
    """A report that matches two existing incidents joins one; they stay two."""
    one = [mention("o1", "paper-1", text="Gunmen shot dead a judge in Peshawar.")]
    two = [mention("o2", "paper-2", text="Gunmen shot dead a judge in Peshawar.")]
    new = [mention("n1", "paper-3", text="Gunmen shot dead a judge in Peshawar."),
           mention("n2", "paper-4", text="Gunmen shot dead a judge in Peshawar.")]
    out = groups(matcher.assign(new, {"inc-1": one, "inc-2": two}))
    assert set(out.values()) <= {"inc-1", "inc-2"}


def test_rerun_with_everything_assigned_changes_nothing(matcher: Matcher) -> None:
    batch = [mention(f"m{k}", f"paper-{k}", text="A blast hit the Peshawar police lines.")
             for k in range(3)] + [mention("q", "paper-9", where=QUETTA, admin1="Balochistan")]
    first = matcher.assign(batch)
    incidents: dict[str, list[MentionFeatures]] = {}
    for f, a in zip(batch, first, strict=True):
        incidents.setdefault(a.group.replace("new:", "inc-"), []).append(f)
    again = matcher.assign(batch, incidents)
    assert [a.group for a in again] == [a.group.replace("new:", "inc-") for a in first]
    assert all(a.score == 1.0 for a in again)


def test_undated_mentions_fall_back_on_publication_date(matcher: Matcher) -> None:
    a = mention("a", "paper-1", day=None, pub=date(2023, 1, 31), text="A blast at a "
                "checkpoint near the Bacha Khan airport killed two guards.")
    b = mention("b", "paper-2", text="A blast at a checkpoint near the Bacha Khan airport "
                "killed two guards.", dead=2)
    out = groups(matcher.assign([a, b]))
    assert out["a"] == out["b"]
    assert matcher.candidate_window(replace(a, pub_date=None)) is None


def test_candidate_window_covers_what_could_match(matcher: Matcher) -> None:
    f = mention("a", "paper-1")
    lo, hi = matcher.candidate_window(f) or (None, None)
    assert lo is not None and hi is not None
    assert lo <= date(2023, 1, 29) - timedelta(days=31) and hi >= date(2023, 1, 31)


def test_anchors_that_disagree_are_not_chained() -> None:
    """B matches A and C, but A and C are plainly different: C is not pulled into A's group."""
    i, j = np.array([0, 1, 0]), np.array([1, 2, 2])
    scores = np.array([0.9, 0.8, 0.05])
    linker = Linker([1, 2, 3], [0, 0, 0], [10, 10, 10], [], PairScores(3, i, j, scores), 0.25)
    linker.link_all(i, j, scores, 0.5)
    roots = linker.roots()
    assert roots[0] == roots[1] != roots[2]


def test_blocking_finds_every_pair_the_gates_allow() -> None:
    """With caps out of reach, the candidate pairs are exactly the pairs that pass the gates
    (brute force over all pairs of a random batch)."""
    config = MatchConfig.load()
    roomy = config.model_copy(update={"blocking": config.blocking.model_copy(
        update={"max_candidates": 10_000, "max_cross": 10_000})})
    matcher = Matcher(roomy)
    rng = random.Random(4)
    places = [  # (coordinates, admin1, country) as the gazetteer gives them
        (PESHAWAR, "Khyber Pakhtunkhwa", "PAK"), ((34.1, 71.7), "Khyber Pakhtunkhwa", "PAK"),
        (QUETTA, "Balochistan", "PAK"), ((34.05, 71.1), "Nangarhar", "AFG"),
        (None, "Balochistan", "PAK"), (None, None, "PAK"), (None, None, "AFG"),
        (None, None, None),
    ]
    batch = []
    for k in range(200):
        where, admin1, country = rng.choice(places)
        if where is not None:  # within ~30 km: neighbouring grid cells must be searched too
            where = (where[0] + rng.uniform(-0.3, 0.3), where[1] + rng.uniform(-0.3, 0.3))
        batch.append(mention(
            f"m{k}", f"d{k % 50}", event_type=rng.choice(["ASSAULT", "COERCE", "PROTEST"]),
            day=date(2023, 1, 1) + timedelta(days=rng.randrange(40)) if rng.random() > 0.1
            else None, pub=date(2023, 1, 1) + timedelta(days=rng.randrange(40)),
            precision=rng.choice(["day", "week", "month", "year"]), where=where,
            place_precision=rng.choice(["city", "point", "admin2", "admin1", None]),
            admin1=admin1, country=country,
        ))
    table = matcher.builder.build(batch)
    found = set()
    for q, p in matcher.blocker.pairs(table):
        found |= {(min(a, b), max(a, b)) for a, b in zip(q.tolist(), p.tolist(), strict=True)}
    i, j = np.triu_indices(len(batch), 1)
    ok, _ = matcher.scorer.evidence(table, i, j)
    overlap = (table.lo[i] <= table.hi[j]) & (table.lo[j] <= table.hi[i])
    possible = {(a, b) for a, b, good in zip(i.tolist(), j.tolist(), ok & overlap, strict=True)
                if good}
    assert possible <= found


def test_a_batch_of_windows_is_each_mention_window_alone(matcher: Matcher) -> None:
    batch = [
        mention("a", "paper-1"),
        mention("b", "paper-2", precision="month"),
        mention("c", "paper-3", day=None, pub=date(2023, 3, 2)),
        replace(mention("d", "paper-4", day=None), pub_date=None),
        mention("e", "paper-5", precision="year", day=date(2022, 1, 1)),
    ]
    assert matcher.candidate_windows(batch) == [matcher.candidate_window(f) for f in batch]
    assert matcher.windows(batch) == [matcher.window(f) for f in batch]
    assert matcher.candidate_windows([]) == []
