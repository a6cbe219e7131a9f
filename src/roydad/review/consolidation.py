"""Consolidation over the store: every stored mention in no incident yet joins one.

Mentions are taken in document ingest order, a batch per transaction. Each batch is matched
(`roydad.consolidate.match`) against the incidents in its date windows and against itself; a
mention joins the best-matching incident or starts a new one, and each incident it changed is
re-derived. Each new incident and each attachment is a decision ("create", "attach"), so an
automatic attachment can be undone like an analyst's merge.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from roydad.consolidate.match import Matcher, MentionFeatures, features_of
from roydad.models import Report
from roydad.review.rederive import incident_id_for, rederive
from roydad.store import ConsolidationCounts, Store
from roydad.store.decision_rows import record_decision
from roydad.store.incident_rows import create_empty, free_id
from roydad.store.member_rows import add_members, members_near, read_reports, unassigned_events
from roydad.store.transaction import Transaction

CONSOLIDATOR = "roydad-consolidate/0.1"
# Existing reports read (as full Reports) at once while gathering the matcher's features.
_READ_CHUNK = 2000


def consolidate(
    store: Store, actor: str = CONSOLIDATOR, batch_size: int = 2000
) -> ConsolidationCounts:
    """Attach every stored mention that belongs to no incident yet; commits per batch.

    Re-running finds nothing to do and changes nothing.
    """
    matcher = Matcher()
    total = ConsolidationCounts()
    seen: dict[str, MentionFeatures] = {}
    while True:
        with store.transaction() as tx:
            pending = unassigned_events(tx, batch_size)
            if not pending:
                return total
            counts, seen = _consolidate_batch(tx, matcher, pending, actor, seen)
        total = ConsolidationCounts(
            mentions=total.mentions + counts.mentions,
            attached=total.attached + counts.attached,
            created=total.created + counts.created,
        )


def _consolidate_batch(
    tx: Transaction, matcher: Matcher, pending: list[str], actor: str,
    seen: dict[str, MentionFeatures],
) -> tuple[ConsolidationCounts, dict[str, MentionFeatures]]:
    """The batch's counts, and the features it used (the next batch's windows overlap)."""
    reports = read_reports(tx, pending)
    new = [_features(reports[e]) for e in pending]
    existing = _existing(tx, matcher, new, seen)
    groups: dict[str, list[tuple[str, float]]] = {}
    for assignment in matcher.assign(new, existing):
        groups.setdefault(assignment.group, []).append((assignment.event_id, assignment.score))
    attached = created = 0
    touched: list[str] = []
    for group, members in groups.items():
        if group.startswith("new:"):
            incident_id = free_id(tx, incident_id_for(group.removeprefix("new:")))
            create_empty(tx, incident_id)
            kind = "create"
            created += 1
        else:
            incident_id, kind = group, "attach"
            attached += len(members)
        add_members(tx, incident_id, members)
        touched.append(incident_id)
        record_decision(tx, kind, [incident_id], actor, None,
                        {"event_ids": [e for e, _ in members]})
    rederive(tx, touched)
    used = {f.event_id: f for members in existing.values() for f in members}
    used.update((f.event_id, f) for f in new)
    return ConsolidationCounts(mentions=len(pending), attached=attached, created=created), used


def _features(report: Report) -> MentionFeatures:
    return features_of(report.record, document_id=report.document_id, pub_date=report.pub_date)


def _existing(
    tx: Transaction, matcher: Matcher, new: Sequence[MentionFeatures],
    seen: Mapping[str, MentionFeatures],
) -> dict[str, list[MentionFeatures]]:
    """The features of the incidents whose reports fall in any of the new mentions' windows.

    `seen`: features already made (a stored report never changes), taken instead of reading
    the report again: the incidents in a batch's windows are mostly those of the last batch's,
    and reading every report of them again made each batch cost as much as the store held."""
    windows = sorted(w for w in matcher.candidate_windows(new) if w is not None)
    if not windows:
        return {}
    members = members_near(tx, windows)
    if not members:
        return {}
    # Every report of every incident in the windows: as many as the store holds for those
    # weeks, so each chunk is cut down to the features the matcher needs before the next one
    # is read (a full Report weighs several times its features).
    ids = [ev for evs in members.values() for ev in evs if ev not in seen]
    features: dict[str, MentionFeatures] = {ev: seen[ev] for evs in members.values()
                                            for ev in evs if ev in seen}
    for start in range(0, len(ids), _READ_CHUNK):
        chunk = read_reports(tx, ids[start:start + _READ_CHUNK])
        features.update((ev, _features(report)) for ev, report in chunk.items())
    return {
        incident: [features[ev] for ev in sorted(evs)]
        for incident, evs in sorted(members.items())
    }
