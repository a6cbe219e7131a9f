"""add_documents: one document per content, one source per place it was read from."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from roydad.models import Document, content_hash
from roydad.store import IngestCounts, Store
from roydad.store.schema import sources

from .factories import day, doc

TEXT = "Gunmen shot dead a journalist in Erbil on Monday, police said."


def _sources(store: Store) -> list[tuple[str, str, str, int | None]]:
    s = sources.c
    stmt = sa.select(s.document_id, s.origin, s.external_id, s.run_id).order_by(s.id)
    with store.engine.connect() as conn:
        return [(r.document_id, r.origin, r.external_id, r.run_id) for r in conn.execute(stmt)]


def test_same_text_from_two_feeds_is_one_document_with_two_sources(store: Store) -> None:
    first = doc(TEXT, origin="feeds/a.xml", doc_id="a-1")
    # Same content up to case and spacing: the content hash is of the normalised text.
    second = doc("  " + TEXT.upper().replace(" ", "\n "), origin="feeds/b.xml", doc_id="b-7")

    counts = store.add_documents([first, second])

    # The second copy repeats the first within one call: said so, with where it came from.
    assert counts == IngestCounts(seen=2, new_documents=1, new_sources=2, duplicates=1,
                                  repeats=1, repeat_examples=(("feeds/b.xml", "feeds/a.xml"),))
    digest = content_hash(TEXT)
    assert _sources(store) == [
        (digest, "feeds/a.xml", "a-1", None),
        (digest, "feeds/b.xml", "b-7", None),
    ]
    summary = store.summary()
    assert (summary.documents, summary.sources) == (1, 2)


def test_same_origin_again_adds_nothing(store: Store) -> None:
    run = store.start_run("ingest", "test")
    assert store.add_documents([doc(TEXT)], run_id=run).new_sources == 1
    again = store.add_documents([doc(TEXT), doc(TEXT)], run_id=run)

    # Stored earlier by the same run: repeats, not "already stored" by someone before.
    # The same file read twice is not shown as an example of a repeat.
    assert again == IngestCounts(seen=2, new_documents=0, new_sources=0, duplicates=2, repeats=2)
    assert _sources(store) == [(content_hash(TEXT), "feed.xml", "d1", run)]


def test_pending_documents_in_ingest_order_with_their_fields(store: Store) -> None:
    texts = [f"Report number {i}: a protest in Kano." for i in range(7)]
    docs = [
        doc(text, origin=f"in.jsonl:{i}", doc_id=f"id{i}", pub_date=day("2024-05-01"),
            title=f"title {i}", url=f"https://example.org/{i}", publisher="Daily Trust",
            language="en")
        for i, text in enumerate(texts)
    ]
    # Read the first one again from another origin: its document keeps its first origin.
    docs.append(doc(texts[0], origin="later.jsonl:1", doc_id="again"))

    counts = store.add_documents(docs, batch_size=3)

    assert counts == IngestCounts(seen=8, new_documents=7, new_sources=8, duplicates=1)
    pending = store.pending_documents(100)
    assert [d.text for d in pending] == texts
    assert pending[0] == Document(
        id=content_hash(texts[0]), text=texts[0], pub_date=day("2024-05-01"), title="title 0",
        url="https://example.org/0", publisher="Daily Trust", language="en", origin="in.jsonl:0",
    )
    assert [d.text for d in store.pending_documents(2)] == texts[:2]
    assert store.count_pending() == 7


def test_each_batch_commits_on_its_own(store: Store) -> None:
    def stream() -> Iterator[Document]:
        for i in range(5):
            yield doc(f"Article {i} about an arrest.", origin=f"f:{i}")
        raise RuntimeError("reader broke")

    with pytest.raises(RuntimeError, match="reader broke"):
        store.add_documents(stream(), batch_size=2)

    # Batches [0, 1] and [2, 3] were committed; document 4 was in the batch being read.
    assert store.count_pending() == 4
    counts = store.add_documents(
        doc(f"Article {i} about an arrest.", origin=f"f:{i}") for i in range(6)
    )
    assert counts == IngestCounts(seen=6, new_documents=2, new_sources=2, duplicates=4)
    assert [d.origin for d in store.pending_documents(10)] == [f"f:{i}" for i in range(6)]


def test_empty_input(store: Store) -> None:
    assert store.add_documents([]) == IngestCounts()
    assert store.pending_documents(10) == []
    assert store.count_pending() == 0
