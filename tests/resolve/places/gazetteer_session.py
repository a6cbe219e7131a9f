"""One gazetteer index per test session, built into a temporary ROYDAD_CACHE.

Building takes ~25 s, so both test modules share the index through this cache: each module
has a session fixture calling `session_gazetteer`, and whichever runs first builds.
"""

from __future__ import annotations

import pytest

from roydad.resolve.places import Gazetteer

_SHARED: list[Gazetteer] = []


def session_gazetteer(factory: pytest.TempPathFactory) -> Gazetteer:
    if not _SHARED:
        cache = factory.getbasetemp() / "roydad-cache"
        # ROYDAD_CACHE only while loading: the instance keeps its path, and other tests see
        # the environment they started with.
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("ROYDAD_CACHE", str(cache))
            _SHARED.append(Gazetteer.load())
    return _SHARED[0]
