"""Shared fixtures: the spaCy pipeline and the extractor are loaded once per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "src" / "roydad" / "data" / "samples"
DEV = REPO.parent / "shared" / "data" / "dev"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from roydad.nlp import load_pipeline
    from roydad.resolve.name_lists import resolved_name_lists

    return load_pipeline(resolved_name_lists())


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    from roydad.extract.pipeline import Extractor

    return Extractor()


def dev_lines(name: str, limit: int | None = None) -> list[dict[str, object]]:
    """Lines of a dev gold file; tests that need it skip (with the reason) when it is absent."""
    path = DEV / name
    if not path.exists():
        pytest.skip(f"dev data {path} not present")
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line))
            if limit is not None and len(out) >= limit:
                break
    return out
