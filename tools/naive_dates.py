"""A naive date baseline for codebook-style gold (issue 13, section 4).

For every gold event of a gold JSONL (codebook format, ``roydad eval``'s gold loader), take the
first date expression of the report that roydad's own resolver reads (spaCy DATE/TIME entities,
in text order, resolved against ``pub_date``), else the publication day; score exact-day
agreement with the gold date over the gold events that have one.

    PYTHONPATH=src .venv/bin/python tools/naive_dates.py data/codebook/dev.jsonl [--model roydad]
        [--compare [--show]]

``--model sm`` (default) runs plain en_core_web_sm, the way the naive extractor of the issue
does; ``--model roydad`` runs roydad's pipeline (its explicit-date component included).
``--compare`` also runs roydad, matches its records to the gold events as ``roydad eval`` does,
and scores both on the events roydad detected; ``--show`` lists where the two disagree, with
the texts: use it on dev files only (on the hold-out and blind sets print the overall numbers
only).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from datetime import date

from spacy.language import Language

from roydad.eval.gold import GoldDocument, load_gold
from roydad.resolve.dates import resolve_date


def _pipeline(model: str) -> Language:
    if model == "roydad":
        from roydad.nlp.pipeline import load_pipeline
        from roydad.resolve.name_lists import resolved_name_lists

        return load_pipeline(resolved_name_lists())
    import spacy

    from roydad.nlp.pipeline import MODEL_NAME

    return spacy.load(MODEL_NAME)


def first_date(nlp: Language, text: str, pub: date | None) -> date | None:
    """The first DATE/TIME entity of the text that resolves, else the publication day."""
    for ent in nlp(text).ents:
        if ent.label_ in ("DATE", "TIME"):
            when = resolve_date(ent.text, pub)
            if when is not None:
                return when.start
    return pub


def naive(docs: list[GoldDocument], nlp: Language) -> Iterator[tuple[str, date, date | None]]:
    """(gold id, gold date, naive date) per gold event with a gold date."""
    for doc in docs:
        guess = first_date(nlp, doc.text, doc.pub_date)
        for event in doc.events:
            if event.date is not None:
                yield event.gold_id, event.date, guess


def roydad_dates(docs: list[GoldDocument]) -> dict[str, date | None]:
    """Per gold event id, the date of the record `roydad eval` matches to it (absent: none)."""
    from roydad.eval.events import EventScorer
    from roydad.extract.pipeline import Extractor

    extractor = Extractor()
    scorer = EventScorer()
    out: dict[str, date | None] = {}
    records = dict((d.id, recs) for d, recs in extractor.extract([g.to_document() for g in docs]))
    for doc in docs:
        if doc.no_event:
            continue
        for event, record in zip(doc.events, scorer.match(doc.events, records.get(doc.id, [])),
                                 strict=True):
            if record is not None:
                out[event.gold_id] = date.fromisoformat(record.date) if record.date else None
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--model", choices=("sm", "roydad"), default="sm")
    parser.add_argument("--compare", action="store_true", help="run roydad and compare")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    docs = load_gold(args.gold)
    rows = list(naive(docs, _pipeline(args.model)))
    right = sum(gold == guess for _, gold, guess in rows)
    print(f"naive first date ({args.model}): {right}/{len(rows)} = {100 * right / len(rows):.1f} %")
    if not args.compare:
        return 0
    found = roydad_dates(docs)
    theirs = {i: found[i] == g for i, g, _ in rows if i in found}
    both = [(i, g, n) for i, g, n in rows if i in theirs]
    mine = sum(g == n for _, g, n in both)
    ok = sum(theirs[i] for i, _, _ in both)
    print(f"roydad over all {len(rows)} dated gold events: {100 * ok / len(rows):.1f} %")
    print(f"on roydad's {len(both)} matched events: naive {100 * mine / max(len(both), 1):.1f} %"
          f", roydad {100 * ok / max(len(both), 1):.1f} %")
    if args.show:
        text = {e.gold_id: d for d in docs for e in d.events}
        for label, pick in (("naive right, roydad wrong", lambda g, n, r: g == n and not r),
                            ("roydad right, naive wrong", lambda g, n, r: g != n and r),
                            ("both wrong", lambda g, n, r: g != n and not r)):
            print(f"\n## {label}")
            for i, g, n in both:
                if pick(g, n, theirs[i]):
                    d = text[i]
                    print(f"{i} gold {g} naive {n} roydad {found[i]} pub {d.pub_date}\n"
                          f"    {d.text[:400]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
