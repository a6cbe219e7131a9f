"""The shipped classifier: a spaCy pipeline of two text categorizers (ACLED sub-event type,
PLOVER category) stored in `model/` beside this file, loaded from the package, never
downloaded, with the temperatures fitted at training (`model/calibration.json`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from functools import cache
from importlib import resources

import spacy
from spacy.language import Language

from roydad.classify.calibrate import scale
from roydad.classify.labels import NONE, Labels, load_labels

MODEL_DIR = "model"
# The pipeline's two components (see roydad.classify.train).
ACLED_PIPE = "textcat_acled"
PLOVER_PIPE = "textcat_plover"


def cat_label(pipe: str, label: str) -> str:
    """The name a component gives a label in `doc.cats`: both have NONE, so each is prefixed."""
    return f"{pipe}:{label}"


class ModelMissing(RuntimeError):
    """The package ships no trained model (run `make train`)."""


@dataclass(frozen=True)
class Prediction:
    """The calibrated distributions of one text over both label sets."""

    acled: Mapping[str, float]  # sub-event type (or NONE) → probability
    plover: Mapping[str, float]  # PLOVER category (or NONE) → probability

    @property
    def acled_sub(self) -> str:
        return max(self.acled, key=lambda k: self.acled[k])

    @property
    def plover_type(self) -> str:
        return max(self.plover, key=lambda k: self.plover[k])

    def acled_event_type_probability(self, labels: Labels, event_type: str) -> float:
        """Probability of an ACLED event type: the sum over its sub-event types."""
        return sum(p for s, p in self.acled.items()
                   if s != NONE and labels.acled_type_of[s] == event_type)


class TypeClassifier:
    """Classifies texts in batches (`nlp.pipe`); equal texts are classified once per call."""

    def __init__(self, nlp: Language, temperatures: Mapping[str, float]) -> None:
        self.nlp = nlp
        self.temperatures = dict(temperatures)
        self.labels = load_labels()

    def predict(self, texts: Iterable[str], batch_size: int = 64) -> list[Prediction]:
        texts = list(texts)
        unique = list(dict.fromkeys(texts))
        found: dict[str, Prediction] = {}
        for text, doc in zip(unique, self.nlp.pipe(unique, batch_size=batch_size), strict=True):
            found[text] = Prediction(
                acled=self._calibrated(doc.cats, ACLED_PIPE, self.labels.acled_subs),
                plover=self._calibrated(doc.cats, PLOVER_PIPE, self.labels.plover),
            )
        return [found[t] for t in texts]

    def _calibrated(
        self, cats: Mapping[str, float], pipe: str, labels: tuple[str, ...]
    ) -> dict[str, float]:
        scores = {label: float(cats.get(cat_label(pipe, label), 0.0)) for label in labels}
        return scale(scores, self.temperatures.get(pipe, 1.0))


@cache
def load_classifier() -> TypeClassifier:
    """The shipped model, loaded once per process."""
    root = resources.files(__package__).joinpath(MODEL_DIR)
    if not root.joinpath("config.cfg").is_file():
        raise ModelMissing("roydad/classify/model/ holds no trained model: run `make train`")
    with ExitStack() as stack:
        path = stack.enter_context(resources.as_file(root))
        nlp = spacy.load(path)
        calibration = json.loads((path / "calibration.json").read_text("utf-8"))
    return TypeClassifier(nlp, calibration["temperatures"])
