"""Full-text search over evidence (roydad.store.search) on a real SQLite file and PostgreSQL.

The sample corpus's sentences are stored as evidence through `save_results`, consolidated, and
every search is checked against a plain-Python reading of the query language, on both backends:
the two engines must agree with it, and so with each other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from roydad.models import Document, Evidence
from roydad.review.consolidation import consolidate
from roydad.store import IncidentFilter, Store, open_store, rows
from roydad.store import schema as t
from roydad.store.migrate import alembic_config, upgrade_to_head
from roydad.store.search import (
    FTS_TABLE,
    PER_INCIDENT,
    PER_INCIDENT_MATCHES_ONCE,
    PG_SEARCH_INDEX,
    READ_FIRST,
    SearchTerm,
    evidence_match,
    fts5_query,
    match_count,
    matching_reports,
    parse_query,
    rebuild_evidence_index,
)
from roydad.store.synthetic import sample_sentences

from .factories import bare_event

SENTENCES = sample_sentences()

# Input a search box must take without an error (FTS5 and tsquery syntax, SQL LIKE wildcards,
# unbalanced quotes, control characters, a very long query).
HOSTILE = [
    '"', '""', '"""', "*", "**", "-", "--", "+", "^", ":", "(", ")", "()", "{", "[", "'", "\\",
    "%", "_", "100%_ \\", "OR", "AND", "NOT", "NEAR", "a OR b", "Taliban OR Kabul", "NOT Kabul",
    "Taliban -Kabul", "+Kabul", "^Kabul", "evidence_text:Kabul", "NEAR(Taliban Kabul, 5)",
    "Kabul\"", '"unbalanced phrase', "Kab*ul", "*Kabul", "Kabul*", '"Kabul"*', "'; DROP TABLE x",
    "x\x00y", "\t\n", "Kandahār", "🔥", "&&", "!!", "<->", "'a':*", "a & b | c",
    " ".join(["Kabul"] * 600),
]

QUERIES = [
    "Kabul", "KABUL", "kabul", "Taliban", "taliban's", "Taliban’s", "al-Qaeda", "al Qaeda",
    "Islamic State", '"Islamic State"', '"State Islamic"', "ISIS-K", "U.S.", "US", "bomb",
    "bomb*", "bomb* Pakistan", '"suicide bomb"*', '"car bo"*', "kill*", "killed soldiers",
    '"killed seven soldiers"', "seven soldiers killed", "Kandahar", "2021", "Doha 2020",
    "nosuchwordanywhere", "Kabul nosuchwordanywhere", *HOSTILE,
]


def words_of(evidence: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W_]+", evidence)]


def reference_match(evidence: str | list[str], terms: list[SearchTerm]) -> bool:
    """The query language, read in plain Python: every term's words adjacent, in order."""
    words = words_of(evidence) if isinstance(evidence, str) else evidence

    def has(term: SearchTerm) -> bool:
        n = len(term.words)
        for k in range(len(words) - n + 1):
            head, last = words[k : k + n - 1], words[k + n - 1]
            if head == list(term.words[:-1]) and (
                last.startswith(term.words[-1]) if term.prefix else last == term.words[-1]
            ):
                return True
        return False

    return all(has(term) for term in terms)


def _store_corpus(store: Store) -> None:
    """Each sample sentence as the evidence of one event of its own document."""
    documents = [
        Document(id=f"s{n}", text=f"{sentence} [{n}]", origin="samples",
                 pub_date=date(2024, 1, 1))
        for n, sentence in enumerate(SENTENCES)
    ]
    store.add_documents(documents)
    run = store.start_run("process", "roydad-test/1")
    results = []
    for n, (document, sentence) in enumerate(zip(documents, SENTENCES, strict=True)):
        digest = document.content_hash
        event = bare_event(digest, f"ev-{n}",
                           evidence=Evidence(text=sentence, start=0, end=len(sentence)))
        results.append((digest, [event]))
    store.save_results(run, results)
    store.finish_run(run)
    consolidate(store)


def _evidence_by_incident(store: Store) -> dict[str, list[str]]:
    m, e = t.incident_members.c, t.event_mentions.c
    stmt = sa.select(m.incident_id, e.evidence_text).join(
        t.event_mentions, e.event_id == m.event_id
    )
    grouped: dict[str, list[str]] = {}
    with store.engine.connect() as conn:
        for incident_id, evidence in conn.execute(stmt):
            grouped.setdefault(incident_id, []).append(evidence)
    return grouped


@pytest.fixture
def corpus(store: Store) -> Iterator[tuple[Store, dict[str, list[str]]]]:
    _store_corpus(store)
    yield store, _evidence_by_incident(store)


def _found(store: Store, text: str) -> set[str]:
    return {i.incident_id for i in store.incidents(IncidentFilter(text=text))}


# -- the query language -------------------------------------------------------------------------


def test_terms_words_phrases_and_prefixes() -> None:
    assert parse_query('car BOMB "Islamic State" al-Shab* "suicide bo"*') == [
        SearchTerm(("car",)), SearchTerm(("bomb",)), SearchTerm(("islamic", "state")),
        SearchTerm(("al", "shab"), prefix=True), SearchTerm(("suicide", "bo"), prefix=True),
    ]


def test_operators_are_ordinary_words_and_punctuation_is_dropped() -> None:
    assert parse_query("a OR -b NOT c:d ^e (f)") == [
        SearchTerm(("a",)), SearchTerm(("or",)), SearchTerm(("b",)), SearchTerm(("not",)),
        SearchTerm(("c", "d")), SearchTerm(("e",)), SearchTerm(("f",)),
    ]
    assert parse_query('"unbalanced phrase') == [SearchTerm(("unbalanced", "phrase"))]
    assert parse_query("Kab*ul") == [SearchTerm(("kab", "ul"))]


@pytest.mark.parametrize("text", ['"', '""', "*", " - ", "%_\\", "\x00", "\t", "🔥 !!"])
def test_nothing_to_search_for_filters_nothing(text: str) -> None:
    assert parse_query(text) == []
    assert str(evidence_match(text).compile()) == "true"


def test_fts5_query_quotes_every_term() -> None:
    terms = tuple(parse_query('NEAR(a b) "c d"* OR'))
    assert fts5_query(terms) == '"near a" "b" "c d"* "or"'


# -- both backends, the sample corpus ------------------------------------------------------------


def test_search_agrees_with_the_reference_on_real_text(
    corpus: tuple[Store, dict[str, list[str]]],
) -> None:
    store, evidence = corpus
    for text in QUERIES:
        terms = parse_query(text)
        expected = {
            incident for incident, sentences in evidence.items()
            if any(reference_match(s, terms) for s in sentences)
        }
        assert _found(store, text) == expected, text
    assert _found(store, "Kabul")  # the corpus really is there
    assert _found(store, '"killed seven soldiers"')
    assert _found(store, "Kabul nosuchwordanywhere") == set()


@pytest.mark.parametrize("reach", [PER_INCIDENT, PER_INCIDENT_MATCHES_ONCE])
def test_every_reach_finds_the_same_incidents(
    corpus: tuple[Store, dict[str, list[str]]], reach: str
) -> None:
    # Tested per incident (a page of a common word, roydad.store.listing) or read first: the
    # same incidents for every query, hostile ones included.
    store, _ = corpus
    i = t.incidents.c
    with store.engine.connect() as conn:
        def found(text: str, way: str) -> set[str]:
            return set(conn.execute(sa.select(i.id).where(evidence_match(text, way))).scalars())

        for text in QUERIES:
            assert found(text, reach) == found(text, READ_FIRST), text


def test_match_count_counts_reports_up_to_its_cap(
    corpus: tuple[Store, dict[str, list[str]]],
) -> None:
    store, _ = corpus
    with store.engine.connect() as conn:
        for text in ("Kabul", "Taliban Kabul", '"killed seven soldiers"', "bomb*", "nosuchword"):
            reports = sa.select(sa.func.count()).select_from(matching_reports(text).subquery())
            everything = conn.execute(reports).scalar_one()
            assert match_count(conn, text, 10**9) == everything, text
            assert match_count(conn, text, 3) == min(3, everything), text
        assert match_count(conn, "Kabul", 10**9) > 3
        assert match_count(conn, " ", 10) == 0
        with pytest.raises(ValueError):
            evidence_match("Kabul", "sideways")


def test_every_word_of_the_corpus_is_found(corpus: tuple[Store, dict[str, list[str]]]) -> None:
    store, evidence = corpus
    # Every word, so that a tokeniser quirk on either backend (a dateline "ISLAMABAD/KABUL", a
    # "U.S.", a "2021-22") shows up. One connection, the condition the Store uses.
    words = sorted({w for s in SENTENCES for w in re.findall(r"[^\W_]+", s)})
    assert len(words) > 500
    tokens = [{w for s in sentences for w in words_of(s)} for sentences in evidence.values()]
    with store.engine.connect() as conn:
        for word in words:
            expected = sum(word.lower() in incident for incident in tokens)
            counted = sa.select(sa.func.count()).where(evidence_match(word))
            assert conn.execute(counted).scalar_one() == expected, word


def test_search_combines_with_the_other_filters(
    corpus: tuple[Store, dict[str, list[str]]],
) -> None:
    store, _ = corpus
    everything = store.count_incidents(IncidentFilter(text="Taliban"))
    assert everything > 1
    page = list(store.incidents(IncidentFilter(text="Taliban", limit=1)))
    assert len(page) == 1
    assert store.count_incidents(IncidentFilter(text="Taliban", country="SOM")) == 0


# -- the index follows every write --------------------------------------------------------------


def _add(store: Store, key: str, evidence: str) -> str:
    document = Document(id=key, text=f"{key}: {evidence}", origin="t")
    store.add_documents([document])
    run = store.start_run("process", "t")
    digest = document.content_hash
    store.save_results(run, [(digest, [bare_event(
        digest, f"ev-{key}", evidence=Evidence(text=evidence, start=0, end=len(evidence))
    )])])
    consolidate(store)
    return digest


def test_new_reports_are_searchable_at_once(store: Store) -> None:
    _add(store, "a", "Gunmen attacked a checkpoint in Zaranj.")
    assert len(_found(store, "zaranj")) == 1
    _add(store, "b", "A second attack near Zaranj was reported.")
    assert len(_found(store, "Zaranj")) == 2
    assert len(_found(store, "Zaranj checkpoint")) == 1


def test_updated_and_deleted_reports_leave_the_index(store: Store) -> None:
    digest = _add(store, "a", "Gunmen attacked a checkpoint in Zaranj.")
    e = t.event_mentions.c
    with store.engine.begin() as conn:
        conn.execute(sa.update(t.event_mentions).where(e.event_id == "ev-a")
                     .values(evidence_text="Protesters gathered in Farah."))
    assert _found(store, "Zaranj") == set()
    assert len(_found(store, "Farah protesters")) == 1
    with store.engine.begin() as conn:
        # Deleting the document removes its mentions by cascade: the index must follow.
        conn.execute(sa.delete(t.documents).where(t.documents.c.id == digest))
    assert _found(store, "Farah") == set()
    _assert_index_consistent(store)


def test_rebuild_keeps_results(corpus: tuple[Store, dict[str, list[str]]]) -> None:
    store, _ = corpus
    before = _found(store, "Taliban")
    with store.engine.begin() as conn:
        rebuild_evidence_index(conn)
    assert _found(store, "Taliban") == before
    _assert_index_consistent(store)


def test_vacuum_keeps_the_sqlite_index_right(
    corpus: tuple[Store, dict[str, list[str]]], db_url: str,
) -> None:
    # The FTS5 index refers to event_mentions by rowid; VACUUM must not renumber them. SQLite
    # does not promise that: if this ever fails, the store must rebuild the index itself.
    store, _ = corpus
    if not db_url.startswith("sqlite"):
        pytest.skip("VACUUM and rowids are an SQLite matter")
    with store.engine.begin() as conn:
        conn.execute(sa.delete(t.documents).where(t.documents.c.id.in_(
            sa.select(t.documents.c.id).where(t.documents.c.ingest_seq % 3 == 0)
        )))
    before = {text: _found(store, text) for text in ("Taliban", "Kabul", "soldiers")}
    raw = store.engine.raw_connection()  # VACUUM cannot run inside the engine's BEGIN
    try:
        raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
    finally:
        raw.close()
    assert {text: _found(store, text) for text in before} == before
    _assert_index_consistent(store)


def test_rows_stored_before_the_migration_are_indexed(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
    engine.dispose()
    # A Store on the 0003 schema (the constructor does not migrate): no index exists yet. It
    # writes the event columns that schema has (type_source/type_confidence came with 0006).
    old = Store(db_url)
    old_columns = tuple(c for c in rows._SCALAR_FIELDS if not c.startswith("type_"))
    try:
        with monkeypatch.context() as patch:
            patch.setattr(rows, "_SCALAR_FIELDS", old_columns)
            _add_without_consolidating(old, "Gunmen attacked a checkpoint in Zaranj.")
        upgrade_to_head(old.engine)
        consolidate(old)
        assert len(_found(old, "Zaranj")) == 1
        _assert_index_consistent(old)
    finally:
        old.close()


def _add_without_consolidating(store: Store, evidence: str) -> None:
    document = Document(id="old", text=evidence, origin="t")
    store.add_documents([document])
    run = store.start_run("process", "t")
    store.save_results(run, [(document.content_hash, [bare_event(
        document.content_hash, "ev-old", evidence=Evidence(text=evidence, start=0,
                                                           end=len(evidence)),
    )])])


def _assert_index_consistent(store: Store) -> None:
    if store.engine.dialect.name != "sqlite":
        return  # a PostgreSQL index cannot drift from its table
    with store.engine.begin() as conn:
        # FTS5 compares the index with the content table and raises on any difference.
        conn.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"
        )


# -- what the migration created (the schema comparison skips these) ----------------------------


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_search_objects_exist_and_are_the_only_ones_outside_metadata(store: Store) -> None:
    with store.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            objects = dict(conn.exec_driver_sql(
                "SELECT name, type FROM sqlite_master WHERE name LIKE 'evidence_fts%' "
                "OR name LIKE 'event_mentions_search_%' OR name LIKE 'ix_%'"
            ).all())
            assert objects[FTS_TABLE] == "table"
            assert {n for n, kind in objects.items() if kind == "trigger"} == {
                "event_mentions_search_insert", "event_mentions_search_delete",
                "event_mentions_search_update",
            }
        else:
            objects = dict(conn.exec_driver_sql(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
            ).all())
            assert "USING gin (evidence_search)" in objects[PG_SEARCH_INDEX]
            assert "date_start DESC NULLS LAST" in objects["ix_incidents_list_order"]
            generated = conn.exec_driver_sql(
                "SELECT generation_expression FROM information_schema.columns "
                "WHERE table_name = 'event_mentions' AND column_name = 'evidence_search' "
                "AND is_generated = 'ALWAYS'"
            ).scalar_one()
            assert "to_tsvector('simple'::regconfig, regexp_replace(" in generated
        for name in t.MIGRATION_ONLY_INDEXES - {PG_SEARCH_INDEX}:
            assert name in objects, name
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        unfiltered = list(compare_metadata(context, t.metadata))
    # Without the filter, the comparison sees exactly the migration-only objects as extra.
    for diff in unfiltered:
        if diff[0] == "remove_column":
            assert (diff[2], diff[3].name) in t.MIGRATION_ONLY_COLUMNS, diff
            continue
        kind, name = diff[0], diff[1].name
        assert kind in ("remove_table", "remove_index"), diff
        assert name.startswith(t.MIGRATION_ONLY_TABLE_PREFIX) or (
            name in t.MIGRATION_ONLY_INDEXES
        ), diff


def test_downgrade_removes_the_search_objects(store: Store, db_url: str) -> None:
    with store.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0003")
    names = set(sa.inspect(store.engine).get_table_names())
    assert not any(n.startswith(FTS_TABLE) for n in names)
    store.close()
    with open_store(db_url) as again:
        _add(again, "a", "Gunmen attacked a checkpoint in Zaranj.")
        assert len(_found(again, "Zaranj")) == 1


def test_the_search_uses_its_index(corpus: tuple[Store, dict[str, list[str]]]) -> None:
    store, _ = corpus
    stmt = sa.select(t.incidents.c.id).where(evidence_match("Taliban Kabul"))
    with store.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            # A small table is cheaper to scan; forbid that to see whether the index can serve.
            conn.exec_driver_sql("SET enable_seqscan = off")
            compiled = stmt.compile(conn, compile_kwargs={"literal_binds": True})
            plan = "\n".join(conn.exec_driver_sql(f"EXPLAIN {compiled}").scalars())
            assert PG_SEARCH_INDEX in plan, plan
        else:
            compiled = stmt.compile(conn, compile_kwargs={"literal_binds": True})
            plan = "\n".join(
                row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")
            )
            assert f"SCAN {FTS_TABLE} VIRTUAL TABLE" in plan, plan
