"""The extraction lexicons are read through the data door: a broken one stops the extractor
before it loads anything else."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from roydad.datafiles import DataFileError, door
from roydad.datafiles.lexicons import LEXICONS
from roydad.extract.lexicon import check_lexicons, load_lexicon
from roydad.extract.pipeline import Extractor


def test_every_lexicon_loads() -> None:
    check_lexicons()
    assert {"triggers", "arguments", "numbers", "dates"} <= set(LEXICONS)
    assert load_lexicon("weapons")["weapons"][0]["phrase"]


def test_a_broken_lexicon_stops_the_extractor_at_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "claims.yaml"
    broken.write_text("nobody: [no one]\ngroup_anaphors: group\n", encoding="utf-8")
    packaged = door.data_path
    monkeypatch.setattr(door, "data_path", lambda relative: (
        broken if relative == "data/lexicons/claims.yaml" else packaged(relative)))
    with pytest.raises(DataFileError, match=r"claims\.yaml: responsibility \(line 1\): Field "
                                            r"required; .*group_anaphors \(line 2\): Input "
                                            r"should be a valid list"):
        Extractor(nlp=spacy.blank("en"))
