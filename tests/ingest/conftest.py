"""Shared helpers for the ingest tests: sample news text and a reader that sorts results."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from roydad.ingest import read_inputs
from roydad.models import Document, Problem

MOGADISHU = (
    "A car bomb exploded outside a busy restaurant near the K4 junction in Mogadishu on "
    "Tuesday evening, killing at least 12 people and wounding more than 20, police said.\n\n"
    "The Islamist group al-Shabaab claimed responsibility for the attack in a statement "
    "broadcast on its Andalus radio station. Witnesses said the blast shattered windows "
    "several streets away."
)

KANO = (
    "Police in Kano fired tear gas on Saturday to disperse hundreds of protesters who had "
    "blocked the main road to the airport over rising fuel prices, witnesses said.\n\n"
    "A police spokesman said 41 people were arrested and two officers were injured by "
    "stones thrown by the crowd."
)


@pytest.fixture
def mogadishu() -> str:
    """A two-paragraph report of a bombing."""
    return MOGADISHU


@pytest.fixture
def kano() -> str:
    """A two-paragraph report of a protest."""
    return KANO


Results = tuple[list[Document], list[Problem]]
Reader = Callable[..., Results]


def split(results: list[Document | Problem]) -> Results:
    documents = [item for item in results if isinstance(item, Document)]
    problems = [item for item in results if isinstance(item, Problem)]
    assert len(documents) + len(problems) == len(results)
    return documents, problems


@pytest.fixture
def read() -> Reader:
    """read(*inputs, pub_date=..., max_chars=...) -> (documents, problems), in order."""

    def run(*inputs: str | Path, pub_date: date | None = None, **kwargs: int) -> Results:
        return split(list(read_inputs(list(inputs), pub_date=pub_date, **kwargs)))

    return run
