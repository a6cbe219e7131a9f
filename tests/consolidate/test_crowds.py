"""Matching where many reports share a country and a week: specific words, the crowd's prior,
and blocking that still finds the reports of one happening."""

from __future__ import annotations

import zlib
from datetime import date, timedelta

import numpy as np
import pytest

from roydad.consolidate.match import Matcher, MentionFeatures
from roydad.consolidate.text import TextEncoder
from roydad.datafiles.consolidate import MatchConfig

from .test_match import groups, mention

DAY = date(2023, 5, 10)
COMMON = "Gunmen opened fire on a checkpoint in the tribal district, officials said"


def country_level(event_id: str, doc: str, text: str, day: date = DAY) -> MentionFeatures:
    """A report placed only by its country, dated by its publication (a week's precision)."""
    return mention(event_id, doc, day=day, precision="week", where=None, admin1=None,
                   place_precision="country", mode="firearms", text=text)


def _letters(number: int) -> str:
    """A number as letters (words are cut at digits)."""
    return "".join(chr(ord("a") + int(d)) for d in str(number))


def crowded_week(happenings: int) -> tuple[list[MentionFeatures], list[int]]:
    """Two reports of each of `happenings` shootings in one country and one week, told in the
    same words but for the names of the people and villages involved."""
    batch, truth = [], []
    for h in range(happenings):
        names = f"Zarghun{_letters(h)}khel Malik{_letters(h)}zai"
        for r in range(2):
            day = DAY + timedelta(days=h % 5)
            batch.append(country_level(f"h{h}r{r}", f"doc-{h}-{r}", f"{COMMON} {names}", day))
            truth.append(h)
    return batch, truth


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher()


def test_specific_words_are_rare_across_documents() -> None:
    """A word of one document only (however many of its mentions use it) matches nothing; a
    word of two documents is specific; one most documents use is not."""
    config = MatchConfig.load().text
    encoder = TextEncoder(config)
    texts = ["Lonely lonely words of Kandahar", "Lonely words again", "Shared Qarabagh words",
             "Qarabagh words"] + ["words"] * 40
    documents = np.array([1, 1, 2, 3, *range(4, 44)], np.int32)
    columns = encoder.encode(texts, documents)
    qarabagh, lonely, words = (zlib.crc32(w) + 1 for w in (b"qarabagh", b"lonely", b"words"))
    assert columns.specific[2][0] == columns.specific[3][0] == qarabagh
    assert lonely not in columns.specific[0]
    assert words not in columns.specific


def test_a_rare_word_says_more_in_a_larger_batch() -> None:
    """In a batch of a few documents, a word two of them use is no name; in thousands it is."""
    encoder = TextEncoder(MatchConfig.load().text)
    weights = []
    for size in (20, 5000):
        texts = ["Qarabagh market", "Qarabagh bazaar"] + [f"filler{k} report" for k in range(size)]
        weights.append(encoder.encode(texts, np.arange(1, size + 3, dtype=np.int32)).weight[0, 0])
    assert weights[0] < 0.1 < 0.9 < weights[1]


def test_the_prior_falls_as_the_crowd_grows(matcher: Matcher) -> None:
    crowd = np.array([1, 25, 250, 2500, 10**6])
    i = np.arange(5)
    prior = matcher.scorer.prior(i, i, crowd)
    penalty = matcher.config.weights.crowd.max_penalty
    assert prior[0] == prior[1] == matcher.config.weights.bias
    assert prior[1] > prior[2] > prior[3] >= prior[4] == matcher.config.weights.bias - penalty


def test_crowd_counts_the_country_week(matcher: Matcher) -> None:
    batch, _ = crowded_week(30)
    far = country_level("far", "doc-far", COMMON, DAY + timedelta(days=200))
    table = matcher.builder.build([*batch, far])
    crowd = matcher.blocker.block(table).crowd()
    assert crowd[-1] == 1
    assert crowd[:-1].min() > 20


def test_blocking_finds_the_reports_of_one_happening_however_crowded(matcher: Matcher) -> None:
    """Four hundred country-level reports in one week exceed every place search's cap; the two
    reports naming the same village still meet."""
    batch, _ = crowded_week(200)
    table = matcher.builder.build(batch)
    found = set()
    for q, p in matcher.blocker.pairs(table):
        found |= {(min(a, b), max(a, b)) for a, b in zip(q.tolist(), p.tolist(), strict=True)}
    assert all((2 * h, 2 * h + 1) in found for h in range(200))


def test_a_crowded_week_keeps_happenings_apart_by_their_names(matcher: Matcher) -> None:
    batch, truth = crowded_week(200)
    out = groups(matcher.assign(batch))
    by_happening: dict[int, set[str]] = {}
    by_group: dict[str, set[int]] = {}
    for f, h in zip(batch, truth, strict=True):
        by_happening.setdefault(h, set()).add(out[f.event_id])
        by_group.setdefault(out[f.event_id], set()).add(h)
    assert all(len(g) == 1 for g in by_happening.values())  # each happening in one group
    assert all(len(h) == 1 for h in by_group.values())      # no group of two happenings


def test_alike_but_for_nothing_in_a_crowd_is_not_enough(matcher: Matcher) -> None:
    """Reports that agree on type, country, week and wording, and name nobody, are not merged
    when hundreds of others in that country and week look the same."""
    batch, _ = crowded_week(200)
    plain = [country_level("p1", "doc-p1", COMMON), country_level("p2", "doc-p2", COMMON)]
    out = groups(matcher.assign([*batch, *plain]))
    assert out["p1"] != out["p2"]
    alone = groups(matcher.assign(plain))
    assert alone["p1"] == alone["p2"]  # the same two on their own are one happening
