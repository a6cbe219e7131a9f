"""Full-text search over the evidence sentences of stored reports, the same on both backends.

The user's words become one condition, `evidence_match(text)`, that the incident filters use; how
it runs depends on the database:
- PostgreSQL: the stored generated column `event_mentions.evidence_search`, the
  `to_tsvector('simple', ...)` of the evidence with punctuation turned into spaces, behind a GIN
  index (`ix_event_mentions_evidence_search`, migration 0004), queried with `phraseto_tsquery`.
- SQLite: the FTS5 table `evidence_fts`, an external-content index over `event_mentions` (it
  stores no copy of the text) that triggers keep in step with every insert, update and delete
  (migration 0004), queried with MATCH.

The query language (what a search box accepts), the same on both:
- Every term must occur in one report's evidence sentence(s); case does not matter.
- Words match whole: `bomb` does not find "bombing". A trailing `*` makes the last word a
  prefix: `bomb*` finds bomb, bombs, bombing, bomber.
- `"car bomb"` (double quotes) asks for the words next to each other, in that order; so does a
  word with punctuation inside: `al-Shabaab` finds "al-Shabaab" and "al Shabaab", `U.S.` finds
  "U.S." and "U S".
- Nothing else is an operator. `OR`, `AND`, `NOT`, `NEAR` are ordinary words that must occur;
  `-`, `+`, `^`, `:`, `(`, an unbalanced quote and the like are punctuation. No input raises.
- A query with no letter or digit at all (`"`, `*`, `--`) filters nothing, like an empty one.
- No stemming and no stop words (PostgreSQL's 'simple' configuration, FTS5's unicode61): the
  backends then agree, and names ("Takhar", "Wardak") are never mangled by an English stemmer.
  Diacritics count on both: "Kandahār" does not find "Kandahar".

A word is a run of letters and digits on both backends. PostgreSQL's own parser would keep some
punctuated runs whole (the dateline "ISLAMABAD/KABUL" as one path-like token, "U.S." as a host
name), so that `Kabul` would miss the dateline on PostgreSQL but not on SQLite; the column
therefore replaces punctuation ([[:punct:]]) with spaces before parsing. On a PostgreSQL
database created with the C locale, [[:punct:]] and lower() only know ASCII, so non-ASCII
punctuation and capitals may then match differently than on SQLite.

SQLite caveat: an external-content FTS5 index refers to `event_mentions` by rowid, which
`VACUUM` keeps in the SQLite versions we use but does not promise to keep. After rebuilding the
table (a dump and restore, or a future migration that recreates `event_mentions`), call
`rebuild_evidence_index`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from roydad.store import schema as t
from roydad.store.indexed import indexed_by

# Names created by migration 0004; the migration spells them out itself (it is frozen history).
FTS_TABLE = "evidence_fts"
PG_SEARCH_INDEX = "ix_event_mentions_evidence_search"
PG_SEARCH_COLUMN = "evidence_search"
_PG_CONFIG = "'simple'::regconfig"
# (event_id, incident_id), migration 0007.
MEMBERS_BY_EVENT = "ix_incident_members_event"

# How an evidence condition reaches the incidents (see `evidence_match`).
READ_FIRST = "read first"
PER_INCIDENT = "per incident"
PER_INCIDENT_MATCHES_ONCE = "per incident, matches once"

# A phrase in double quotes (the closing quote may be missing), or a run of anything else that
# is not white space; either may end in `*`.
_TERM = re.compile(r'"(?P<phrase>[^"]*)"?(?P<pstar>\*?)|(?P<bare>[^\s"]+)')
# What both engines treat as part of a word: letters and digits (not `_`, unlike `\w`).
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class SearchTerm:
    """One thing that must occur: `words` next to each other, the last one a prefix if `prefix`.

    Words are lower-cased runs of letters and digits, as both engines' tokenisers cut them.
    """

    words: tuple[str, ...]
    prefix: bool = False


def parse_query(text: str) -> list[SearchTerm]:
    """The terms of a search box's text (see the module docstring). Never raises."""
    terms: list[SearchTerm] = []
    for match in _TERM.finditer(text):
        if match.group("bare") is not None:
            raw = match.group("bare")
            prefix = raw.endswith("*")
            raw = raw.rstrip("*")
        else:
            raw = match.group("phrase")
            prefix = bool(match.group("pstar"))
        words = tuple(w.lower() for w in _WORD.findall(raw))
        if words:
            terms.append(SearchTerm(words=words, prefix=prefix))
    return terms


def evidence_match(text: str, reach: str = "read first") -> sa.ColumnElement[bool]:
    """True for incidents with a report whose evidence holds every term of `text`.

    A condition on the `incidents` table, for `Store.incidents` and anything that filters
    incidents the same way. `reach` says how the database gets there (roydad.store.listing
    chooses it for the list's page):
    - "read first": one uncorrelated IN (...) over the search index, so the database can start
      from the few matching reports instead of visiting every incident;
    - "per incident": a correlated EXISTS that tests one incident's reports, for a page read off
      the list's index when many incidents match (SQLite asks FTS5 about each report's rowid);
    - "per incident, matches once": the same, but SQLite reads the matching rowids once and
      tests each report against them (PostgreSQL tests the stored tsvector either way).
    """
    terms = parse_query(text)
    if not terms:
        return sa.true()
    m = t.incident_members.c
    e = t.event_mentions.c
    reports = (
        sa.select(m.incident_id)
        .join(t.event_mentions, e.event_id == m.event_id)
        .where(_EvidenceMatches(tuple(dict.fromkeys(terms)), per_row=reach == PER_INCIDENT))
    )
    if reach == READ_FIRST:
        # Report -> incident off the covering (event_id, incident_id) index (migration 0007),
        # which SQLite without statistics would pass over for the primary key's.
        return t.incidents.c.id.in_(indexed_by(reports, t.incident_members, MEMBERS_BY_EVENT))
    if reach not in (PER_INCIDENT, PER_INCIDENT_MATCHES_ONCE):
        raise ValueError(f"unknown reach {reach!r}")
    return probe(reports.where(m.incident_id == t.incidents.c.id))


def probe(rows: sa.Select[Any]) -> sa.ColumnElement[bool]:
    """EXISTS (rows), kept a per-row test: OFFSET 0 stops PostgreSQL from turning it into a
    join (which it would then plan from its row estimates) and SQLite from turning it into IN."""
    return sa.exists(rows.offset(0))


def match_count(conn: sa.Connection, text: str, cap: int) -> int:
    """How many reports' evidence matches `text`, counted up to `cap` (0 for no terms)."""
    terms = tuple(dict.fromkeys(parse_query(text)))
    if not terms:
        return 0
    if conn.dialect.name == "sqlite":
        # Straight off the FTS index: going through event_mentions would read every match.
        fts = sa.table(FTS_TABLE, sa.column("rowid"))
        matching: sa.Select[Any] = sa.select(fts.c.rowid).where(
            sa.literal_column(FTS_TABLE).op("MATCH")(_bind(fts5_query(terms)))
        )
    else:
        matching = matching_reports(text)
    counted = sa.select(sa.func.count()).select_from(matching.limit(cap).subquery())
    return int(conn.execute(counted).scalar_one())


def matching_reports(text: str) -> sa.Select[Any]:
    """The `event_mentions` rows whose evidence holds every term of `text` (a row of 1 each)."""
    terms = tuple(dict.fromkeys(parse_query(text)))
    matching: sa.Select[Any] = sa.select(sa.literal_column("1")).select_from(t.event_mentions)
    return matching.where(_EvidenceMatches(terms) if terms else sa.false())


def rebuild_evidence_index(conn: sa.Connection) -> None:
    """Rebuild the search index from `event_mentions` (see the SQLite caveat above).

    Never needed in normal use: triggers (SQLite) and the index itself (PostgreSQL) follow every
    write. Runs inside the caller's transaction.
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"REINDEX INDEX {PG_SEARCH_INDEX}")
    else:
        raise NotImplementedError(f"no evidence search on {conn.dialect.name}")


def fts5_query(terms: tuple[SearchTerm, ...]) -> str:
    """The FTS5 MATCH string: each term a quoted phrase (nothing inside quotes is an operator,
    and words hold no quotes), the terms side by side (FTS5's implicit AND)."""
    quoted = []
    for term in terms:
        body = '"' + " ".join(term.words) + '"'
        quoted.append(body + "*" if term.prefix else body)
    return " ".join(quoted)


class _EvidenceMatches(FunctionElement[Any]):
    """`event_mentions` rows whose evidence holds every term; compiled per backend below.

    A function element so that SQLAlchemy caches the compiled statement: its arguments are the
    shape of the query (markers, part of the cache key) and bound parameters (the words, which
    are not). SQLite uses the first two arguments (per row or not, the MATCH string), PostgreSQL
    the rest.
    """

    name = "evidence_matches"
    inherit_cache = True

    def __init__(self, terms: tuple[SearchTerm, ...], per_row: bool = False) -> None:
        # Per row: SQLite asks FTS5 about the report's own rowid rather than reading every match.
        arguments: list[sa.ColumnElement[Any]] = [
            sa.literal_column(_PER_ROW if per_row else _ALL_ROWS), _bind(fts5_query(terms))
        ]
        for term in terms:
            if not term.prefix:
                kind, words, last = _PHRASE, term.words, ""
            else:
                kind = _PREFIX if len(term.words) == 1 else _PREFIX_PHRASE
                # Only to_tsquery knows prefixes; the word is letters and digits only, so the
                # string cannot carry tsquery syntax.
                words, last = term.words[:-1], f"'{term.words[-1]}':*"
            arguments += [sa.literal_column(kind), _bind(" ".join(words)), _bind(last)]
        super().__init__(*arguments)


_PHRASE, _PREFIX, _PREFIX_PHRASE = "'phrase'", "'prefix'", "'prefix phrase'"
_PER_ROW, _ALL_ROWS = "'per row'", "'all rows'"


def _bind(value: str) -> sa.BindParameter[str]:
    return sa.bindparam(None, value, type_=sa.String)


@compiles(_EvidenceMatches)
def _unsupported(element: _EvidenceMatches, compiler: SQLCompiler, **kw: Any) -> str:
    raise NotImplementedError(
        f"evidence search supports SQLite and PostgreSQL, not {compiler.dialect.name}"
    )


@compiles(_EvidenceMatches, "sqlite")
def _sqlite_match(element: _EvidenceMatches, compiler: SQLCompiler, **kw: Any) -> str:
    fts = sa.table(FTS_TABLE, sa.column("rowid"))
    marker, match_text = list(element.clauses)[:2]
    assert isinstance(marker, sa.ColumnClause), marker
    rowid: sa.ColumnElement[Any] = sa.literal_column("event_mentions.rowid")
    hits = sa.select(fts.c.rowid).where(sa.literal_column(FTS_TABLE).op("MATCH")(match_text))
    if marker.name == _PER_ROW:
        # FTS5 seeks each term's doclist to this one rowid: no list of every match is built.
        hits = hits.where(fts.c.rowid == rowid)
    condition = rowid.in_(hits)
    return compiler.process(condition, **kw)


@compiles(_EvidenceMatches, "postgresql")
def _postgresql_match(element: _EvidenceMatches, compiler: SQLCompiler, **kw: Any) -> str:
    # Not a column of the SQLAlchemy table: only PostgreSQL has it (see schema/migration_only.py).
    document: sa.ColumnElement[Any] = sa.literal_column(f"event_mentions.{PG_SEARCH_COLUMN}")
    arguments = list(element.clauses)[2:]
    # One @@ per term, side by side: a GIN scan takes them all at once, and a flat AND does not
    # nest as deep as the query is long (`a && (b && ...)` would, and exhaust the recursion).
    matches = []
    for n in range(0, len(arguments), 3):
        kind, words, last = arguments[n : n + 3]
        assert isinstance(kind, sa.ColumnClause), kind
        matches.append(document.op("@@", is_comparison=True)(_pg_term(kind, words, last)))
    return compiler.process(sa.and_(*matches).self_group(), **kw)


def _pg_term(
    kind: sa.ColumnClause[Any], words: sa.ColumnElement[str], last: sa.ColumnElement[str]
) -> sa.ColumnElement[Any]:
    config: sa.ColumnElement[Any] = sa.literal_column(_PG_CONFIG)
    if kind.name == _PHRASE:
        return sa.func.phraseto_tsquery(config, words)
    prefix = sa.func.to_tsquery(config, last)
    if kind.name == _PREFIX:
        return prefix
    return sa.func.tsquery_phrase(sa.func.phraseto_tsquery(config, words), prefix)
