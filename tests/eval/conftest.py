from __future__ import annotations

from pathlib import Path

import pytest

from roydad.eval import GoldDocument, load_gold

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def sample_gold() -> list[GoldDocument]:
    """Real gold lines: the first sentences of one WikiEvents article and three UCDP events."""
    return load_gold(FIXTURES / "gold_sample.jsonl")
