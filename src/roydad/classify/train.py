"""`make train`: rebuild the shipped classifier from the corpus, on CPU, deterministically.

    python -m roydad.classify.train [--corpus FILE ...] [--arch bow|ensemble] [--out DIR]

Trains one spaCy text categorizer per label set (ACLED sub-event type, PLOVER category) on the
train split (roydad.classify.corpus), assembles both into one pipeline, fits each one's
temperature on the calibration split, prints per-class P/R/F1 on the validation split, the ECE
before and after scaling, size and speed, and writes the model to `roydad/classify/model/`.
Never imported at run time.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.training import Example
from thinc.api import fix_random_seed

from roydad.classify.calibrate import ece, fit_temperature, scale
from roydad.classify.corpus import Snippet, read_corpus
from roydad.classify.labels import load_labels
from roydad.classify.model import (
    ACLED_PIPE,
    PLOVER_PIPE,
    Prediction,
    TypeClassifier,
    cat_label,
)
from roydad.classify.scores import per_class_table, summary

PACKAGE_MODEL = Path(__file__).resolve().parent / "model"
REPO = Path(__file__).resolve().parents[3]
SEED = 0


@dataclass(frozen=True)
class Settings:
    arch: str = "ensemble"  # "bow" or "ensemble"
    epochs: int = 10
    hash_rows: int = 2**15  # rows of the bag-of-words hash table: the model's size
    ngrams: int = 2
    width: int = 64  # of the ensemble's CNN


def model_config(settings: Settings) -> dict[str, Any]:
    """The thinc model of a component: bag of words and n-grams, or that plus a small CNN."""
    bow: dict[str, Any] = {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
        "ngram_size": settings.ngrams, "no_output_layer": False,
        "length": settings.hash_rows, "nO": None,
    }
    if settings.arch == "bow":
        return bow
    width = settings.width
    tok2vec = {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": width,
                  "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
                  "rows": [5000, 1000, 2500, 2500], "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": width,
                   "depth": 2, "window_size": 1, "maxout_pieces": 3},
    }
    return {"@architectures": "spacy.TextCatEnsemble.v2", "tok2vec": tok2vec,
            "linear_model": bow, "nO": None}


def train_component(
    pipe: str, labels: Sequence[str], data: Sequence[tuple[str, str]], settings: Settings,
) -> Language:
    """One blank English pipeline with one exclusive text categorizer trained on (text, label)."""
    fix_random_seed(SEED)
    nlp = spacy.blank("en")
    config = {"model": model_config(settings)}
    textcat: Any = nlp.add_pipe("textcat", name=pipe, config=config)
    for label in labels:
        textcat.add_label(cat_label(pipe, label))
    examples = [
        Example.from_dict(nlp.make_doc(text), {"cats": {
            cat_label(pipe, lab): float(lab == gold) for lab in labels}})
        for text, gold in data
    ]
    optimizer = nlp.initialize(lambda: examples)
    order = random.Random(SEED)
    for epoch in range(settings.epochs):
        order.shuffle(examples)
        losses: dict[str, float] = {}
        for start in range(0, len(examples), 16):
            batch = examples[start:start + 16]
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        print(f"  {pipe} epoch {epoch + 1:2d}  loss {losses[pipe]:.4f}", file=sys.stderr)
    return nlp


def assemble(parts: Sequence[Language]) -> Language:
    """One pipeline holding each part's component: one tokenisation, one `nlp.pipe` at run time."""
    nlp = spacy.blank("en")
    for part in parts:
        for name in part.pipe_names:
            nlp.add_pipe(name, source=part)
    return nlp


def train(snippets: Sequence[Snippet], settings: Settings) -> Language:
    labels = load_labels()
    train_set = [s for s in snippets if s.part == "train"]
    acled = train_component(ACLED_PIPE, labels.acled_subs,
                            [(s.text, s.acled_sub) for s in train_set], settings)
    plover = train_component(PLOVER_PIPE, labels.plover,
                             [(s.text, s.plover) for s in train_set], settings)
    return assemble([acled, plover])


def calibrate(
    nlp: Language, snippets: Sequence[Snippet]
) -> tuple[dict[str, float], list[Prediction], list[str]]:
    """Temperatures fitted on the calibration split; the raw validation predictions; report."""
    raw = TypeClassifier(nlp, {})
    held = [s for s in snippets if s.part != "train"]
    preds = raw.predict(s.text for s in held)
    calib = [i for i, s in enumerate(held) if s.part == "calibration"]
    test = [i for i, s in enumerate(held) if s.part == "test"]
    temps: dict[str, float] = {}
    lines: list[str] = []
    for pipe, dist, gold in (
        (ACLED_PIPE, [p.acled for p in preds], [s.acled_sub for s in held]),
        (PLOVER_PIPE, [p.plover for p in preds], [s.plover for s in held]),
    ):
        temps[pipe] = fit_temperature([dist[i] for i in calib], [gold[i] for i in calib])
        before = ece([dist[i] for i in test], [gold[i] for i in test])
        after = ece([scale(dist[i], temps[pipe]) for i in test], [gold[i] for i in test])
        lines.append(f"{pipe}: temperature {temps[pipe]:.2f}, ECE on the test part "
                     f"(n={len(test)}) {before:.3f} before, {after:.3f} after")
    return temps, preds, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", nargs="*", type=Path,
                        default=sorted((REPO / "data" / "train").glob("*.jsonl")))
    default = Settings()
    parser.add_argument("--arch", choices=("bow", "ensemble"), default=default.arch)
    parser.add_argument("--epochs", type=int, default=default.epochs)
    parser.add_argument("--hash-rows", type=int, default=default.hash_rows)
    parser.add_argument("--ngrams", type=int, default=default.ngrams)
    parser.add_argument("--width", type=int, default=default.width)
    parser.add_argument("--out", type=Path, default=PACKAGE_MODEL)
    parser.add_argument("--split-out", type=Path, default=REPO / "data" / "train" / "split.tsv")
    parser.add_argument("--no-save", action="store_true", help="train and score only")
    args = parser.parse_args(argv)
    snippets = list(read_corpus(args.corpus))
    if not snippets:
        print("no corpus snippets", file=sys.stderr)
        return 1
    started = time.perf_counter()
    settings = Settings(args.arch, args.epochs, args.hash_rows, args.ngrams, args.width)
    nlp = train(snippets, settings)
    took = time.perf_counter() - started
    temps, raw_preds, calibration_lines = calibrate(nlp, snippets)
    held = [s for s in snippets if s.part != "train"]
    classifier = TypeClassifier(nlp, temps)
    started = time.perf_counter()
    preds = classifier.predict(s.text for s in held)
    speed = len(held) / max(time.perf_counter() - started, 1e-9)
    report = [
        f"corpus: {len(snippets)} snippets, train {len(snippets) - len(held)}, "
        f"validation {len(held)}; {settings}; trained in {took:.0f} s",
        *per_class_table("ACLED sub-event type", [s.acled_sub for s in held],
                         [p.acled_sub for p in preds]),
        *per_class_table("PLOVER", [s.plover for s in held], [p.plover_type for p in preds]),
        *calibration_lines,
        f"speed: {speed:.0f} texts/s",
    ]
    metrics = {
        "acled_sub": summary([s.acled_sub for s in held], [p.acled_sub for p in preds]),
        "plover": summary([s.plover for s in held], [p.plover_type for p in preds]),
    }
    del raw_preds
    if not args.no_save:
        size = save(nlp, args.out, temps, metrics, settings, len(snippets))
        report.append(f"model: {args.out} {size / 1e6:.1f} MB")
        write_split(snippets, args.split_out)
    print("\n".join(report))
    return 0


def save(nlp: Language, out: Path, temps: dict[str, float], metrics: dict[str, Any],
         settings: Settings, n: int) -> int:
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    calibration = {"temperatures": temps, "settings": asdict(settings), "seed": SEED,
                   "corpus_snippets": n,
                   "validation": metrics}
    (out / "calibration.json").write_text(json.dumps(calibration, indent=2) + "\n", "utf-8")
    return sum(f.stat().st_size for f in out.rglob("*") if f.is_file())


def write_split(snippets: Sequence[Snippet], path: Path) -> None:
    if path.parent.is_dir():
        path.write_text("".join(f"{s.id}\t{s.part}\n" for s in snippets), "utf-8")


if __name__ == "__main__":
    sys.exit(main())
