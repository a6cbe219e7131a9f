"""What extraction knows about one document, read once before its happenings are placed and
recorded: the document, its parse, what its place names denote (`places/document.py`) and the
parties it names (`records.py`).

The pipeline builds one per document and passes it to `Locator.locate` and
`RecordBuilder.build`, which keep nothing of a document themselves: a happening is placed and
recorded from its document's context, never from whichever document was read last.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from roydad.extract.places.document import DocumentPlaces
from roydad.models import Document
from roydad.resolve.actors import ResolvedActor


@dataclass(frozen=True)
class DocumentParties:
    """The parties a document names, resolved once (`RecordBuilder.read_parties`), each by the
    character offset it is named at."""

    # Person names resolved in order, so that a later "Muzammil" or "General Saree" links to
    # the full name given earlier.
    persons: dict[int, ResolvedActor]
    # Organisations and groups the knowledge base knows: whose "the group's intelligence
    # service" is.
    orgs: dict[int, ResolvedActor]
    # Armed groups the knowledge base knows: what "the group" refers back to.
    groups: dict[int, ResolvedActor]
    # The country the document names most; None when it names none.
    country: str | None
    # Every organisation the text names that is no state body, known or not, as written: what
    # "the movement", "its delegation" or "the apparatus" refer back to when the knowledge base
    # knows no group before them (`party_anaphora`).
    names: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DocumentContext:
    """One document as extraction reads it, built once (`pipeline.Extractor.records`)."""

    document: Document
    doc: Doc  # its spaCy parse
    places: DocumentPlaces
    parties: DocumentParties
