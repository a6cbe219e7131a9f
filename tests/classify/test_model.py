"""The shipped model: loaded from the package, deterministic, the same in batches and alone."""

from __future__ import annotations

from importlib import resources

import pytest

from roydad.classify.model import TypeClassifier, load_classifier

SENTENCES = [
    "A suicide bomber blew himself up at the gate of a police training centre in Quetta on "
    "Monday, killing six recruits, officials said.",
    "Hundreds of teachers marched peacefully through Lahore on Sunday to demand salaries "
    "withheld for four months.",
    "TTP militants attacked a police post in Kulachi; police returned fire and the exchange "
    "lasted two hours.",
    "The foreign ministers of Pakistan and Iran met in Islamabad to discuss border trade.",
    "Critics called the new media law an assault on press freedom.",
]


@pytest.fixture(scope="module")
def classifier() -> TypeClassifier:
    return load_classifier()


def test_the_model_ships_in_the_package() -> None:
    root = resources.files("roydad.classify").joinpath("model")
    assert root.joinpath("config.cfg").is_file()
    assert root.joinpath("calibration.json").is_file()
    size = sum(f.stat().st_size for f in resources.as_file(root).__enter__().rglob("*")
               if f.is_file())
    assert size < 25_000_000


def test_distributions_are_calibrated_probabilities(classifier: TypeClassifier) -> None:
    for p in classifier.predict(SENTENCES):
        assert sum(p.acled.values()) == pytest.approx(1.0)
        assert sum(p.plover.values()) == pytest.approx(1.0)
        assert set(p.acled) == set(classifier.labels.acled_subs)


def test_clear_sentences_get_their_types(classifier: TypeClassifier) -> None:
    bomb, march, clash, meeting, metaphor = classifier.predict(SENTENCES)
    assert bomb.acled_sub == "Suicide bomb"
    assert (march.acled_sub, march.plover_type) == ("Peaceful protest", "PROTEST")
    assert clash.acled_sub == "Armed clash"
    assert (meeting.acled_sub, meeting.plover_type) == ("NONE", "CONSULT")
    assert metaphor.plover_type != "ASSAULT"


def test_deterministic(classifier: TypeClassifier) -> None:
    assert classifier.predict(SENTENCES) == classifier.predict(SENTENCES)


def test_a_batch_gives_what_one_by_one_gives(classifier: TypeClassifier) -> None:
    together = classifier.predict(SENTENCES, batch_size=4)
    alone = [classifier.predict([s])[0] for s in SENTENCES]
    for a, b in zip(together, alone, strict=True):
        assert a.acled == pytest.approx(b.acled)
        assert a.plover == pytest.approx(b.plover)


def test_the_wheel_ships_the_model_files() -> None:
    import fnmatch
    import tomllib
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    patterns = tomllib.loads((repo / "pyproject.toml").read_text("utf-8"))[
        "tool"]["setuptools"]["package-data"]["roydad"]
    package = repo / "src" / "roydad"
    shipped = [p.relative_to(package).as_posix()
               for p in (package / "classify").rglob("*") if p.is_file()
               and p.suffix not in (".py", ".pyc")]
    assert any(name.startswith("classify/model/") for name in shipped)
    missing = [n for n in shipped if "__pycache__" not in n
               and not any(fnmatch.fnmatch(n, pat.replace("**/", "*")) for pat in patterns)]
    assert missing == []
