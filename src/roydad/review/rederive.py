"""An incident's stored fields from its member reports, and the ids of new incidents.

An incident's fields are always re-derived from its member mentions
(`roydad.consolidate.derive`) with the analyst's overrides on top, inside the transaction that
changed its members or overrides.

Incident ids are "inc-" and a hash of the incident's first report's event id, so consolidating the
same store twice, or two stores from the same input, gives the same ids.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator

from roydad.consolidate.derive import derive_incident
from roydad.models import Incident
from roydad.store.incident_rows import (
    add_incident_actors,
    clear_incident_actors,
    delete_incidents,
    incident_rows,
    write_derived,
)
from roydad.store.member_rows import member_ids, read_reports
from roydad.store.rows import utc_now
from roydad.store.transaction import Transaction

# Member reports read at once while re-deriving (an incident with more is read whole).
_REPORTS_AT_ONCE = 2000


def incident_id_for(anchor_event_id: str) -> str:
    return "inc-" + hashlib.sha256(anchor_event_id.encode("utf-8")).hexdigest()[:16]


def rederive(tx: Transaction, incident_ids: Iterable[str]) -> None:
    """Re-derive the incidents from their members and overrides; bump their versions.

    An incident left without members (every report moved away) is deleted.
    """
    ids = list(dict.fromkeys(incident_ids))
    if not ids:
        return
    rows = incident_rows(tx, ids)
    members = member_ids(tx, ids)
    now = utc_now()
    clear_incident_actors(tx, ids)
    # The reports of a few incidents at a time: a batch of consolidation may touch incidents
    # with thousands of reports between them, and only one incident's are needed at once.
    for group in _groups(ids, members):
        reports = read_reports(tx, [e for i in group for e in members.get(i, [])])
        derived: list[Incident] = []
        for incident_id in group:
            row = rows.get(incident_id)
            if row is None:
                continue
            if incident_id not in members:
                delete_incidents(tx, [incident_id])
                continue
            incident = derive_incident(
                incident_id, [reports[e] for e in members[incident_id]],
                overrides=json.loads(row["overrides"]) if row["overrides"] else None,
                status=row["status"], version=row["version"] + 1,
            )
            derived.append(incident)
        write_derived(tx, derived, now)
        add_incident_actors(tx, derived)


def _groups(ids: list[str], members: dict[str, list[str]]) -> Iterator[list[str]]:
    """`ids` in order, cut into runs of at most `_REPORTS_AT_ONCE` reports (or one incident)."""
    group: list[str] = []
    size = 0
    for incident_id in ids:
        count = len(members.get(incident_id, []))
        if group and size + count > _REPORTS_AT_ONCE:
            yield group
            group, size = [], 0
        group.append(incident_id)
        size += count
    if group:
        yield group
