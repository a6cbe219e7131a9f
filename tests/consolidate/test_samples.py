"""The matcher on records the extractor makes from the bundled sample corpus."""

from __future__ import annotations

import json

import pytest

from roydad.consolidate.match import Matcher, features_of
from roydad.models import Document
from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow
WANTED = ("sample-01", "sample-02", "sample-09", "sample-10", "sample-11", "sample-22")


def test_sample_reports_of_one_clash_become_one_group(extractor) -> None:  # type: ignore[no-untyped-def]
    docs = []
    with (SAMPLES / "reports.jsonl").open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            item = json.loads(line)
            if item["id"].startswith(WANTED):
                docs.append(Document.model_validate(
                    {**{k: item[k] for k in ("id", "text", "pub_date")}, "origin": f"{number}"}
                ))
    features = []
    for doc, records in extractor.extract(docs):
        features += [features_of(r, document_id=doc.id, pub_date=doc.pub_date) for r in records]
    groups = {a.event_id: a.group for a in Matcher().assign(features)}

    def attack(prefix: str, day: str) -> str:
        found = [f for f in features if f.document_id.startswith(prefix)
                 and f.event_type == "ASSAULT" and str(f.date) == day]
        assert found, f"no ASSAULT on {day} in {prefix}"
        return groups[found[0].event_id]

    tehran = attack("sample-01", "2025-12-24")
    zhob = attack("sample-09", "2023-07-12")
    assert attack("sample-02", "2025-12-24") == tehran
    assert attack("sample-10", "2023-07-12") == zhob
    others = {attack("sample-11", "2023-01-30"), attack("sample-22", "2023-05-27")}
    assert len({tehran, zhob} | others) == 4
    by_doc: dict[str, set[str]] = {}
    for f in features:
        assert groups[f.event_id] not in by_doc.get(f.document_id, set())
        by_doc.setdefault(f.document_id, set()).add(groups[f.event_id])
