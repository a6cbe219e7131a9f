"""Extraction throughput: the full roydad extractor against a bare `nlp.pipe` of the same spaCy
model over the same texts, in the same run (the machine is shared and noisy, so only the ratio
is meaningful). Prints sentences/second for both and the ratio (target ≥ 0.7).

    python benchmarks/extract_throughput.py [--docs N] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy

from roydad.extract.pipeline import Extractor
from roydad.models import Document
from roydad.nlp import MODEL_NAME, load_pipeline
from roydad.resolve.name_lists import resolved_name_lists

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "src" / "roydad" / "data" / "samples" / "reports.jsonl"
DEV = HERE.parent.parent / "shared" / "data" / "dev" / "wikievents_dev.jsonl"


def corpus(limit: int) -> list[Document]:
    texts: list[str] = []
    for path in (DEV, SAMPLES):
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line)["text"]
                if text not in texts:
                    texts.append(text)
    docs = [Document(id=f"b{i}", text=t, origin="bench") for i, t in enumerate(texts)]
    while len(docs) < limit:
        docs += [d.model_copy(update={"id": f"{d.id}-{len(docs)}"}) for d in docs]
    return docs[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    # The bare pass is the packaged model as spaCy loads it, without roydad's components.
    nlp = spacy.load(MODEL_NAME)
    extractor = Extractor(nlp=load_pipeline(resolved_name_lists()))
    docs = corpus(args.docs)
    texts = [d.text for d in docs]
    sentences = sum(1 for doc in nlp.pipe(texts, batch_size=16) for _ in doc.sents)
    bare_best = full_best = float("inf")
    events = 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=16):
            pass
        bare_best = min(bare_best, time.perf_counter() - start)
        start = time.perf_counter()
        events = sum(len(records) for _d, records in extractor.extract(docs))
        full_best = min(full_best, time.perf_counter() - start)
    print(f"documents: {len(docs)}  sentences: {sentences}  events: {events}")
    print(f"bare nlp.pipe : {sentences / bare_best:8.1f} sentences/s")
    print(f"full extractor: {sentences / full_best:8.1f} sentences/s")
    print(f"ratio full/bare: {bare_best / full_best:.2f}  (target >= 0.70)")


if __name__ == "__main__":
    main()
