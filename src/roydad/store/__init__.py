"""Storage: the SQL database of documents, their sources, extraction runs and events.

SQLite file by default (`roydad.db` in the working directory), PostgreSQL for a team, with the
same code; the schema is created and upgraded with alembic when a store is opened.
"""

from roydad.store.engine import resolve_db_url
from roydad.store.errors import StoreUnavailableError
from roydad.store.migrate import SchemaTooNewError
from roydad.store.records import (
    ConsolidationCounts,
    EventFilter,
    IncidentFilter,
    IncidentList,
    IngestCounts,
    RunInfo,
    StaleEditError,
    StoreSummary,
)
from roydad.store.store import Store, open_store

__all__ = [
    "ConsolidationCounts",
    "EventFilter",
    "IncidentFilter",
    "IncidentList",
    "IngestCounts",
    "RunInfo",
    "SchemaTooNewError",
    "StaleEditError",
    "Store",
    "StoreSummary",
    "StoreUnavailableError",
    "open_store",
    "resolve_db_url",
]

# Read-only aggregates and party links for the UI (the API's reads beyond single incidents).
from roydad.store.aggregates import Aggregates
from roydad.store.party_links import NetworkParties, PartyLinks

__all__ += ["Aggregates", "NetworkParties", "PartyLinks"]
