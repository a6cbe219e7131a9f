"""What one export run did: rows written, incidents left out and why."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TextIO

from roydad.export.cells import SafeDictWriter
from roydad.models import Incident


@dataclass
class ExportResult:
    """Counts of one export. `skipped` maps a reason ("no date", "not coded by ACLED") to how
    many incidents it left out, so the command can say what the file lacks."""

    written: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def skip(self, reason: str) -> None:
        self.skipped[reason] += 1

    def describe(self, what: str = "rows") -> str:
        text = f"{self.written} {what}"
        if self.skipped:
            left = ", ".join(f"{n} {reason}" for reason, n in sorted(self.skipped.items()))
            text += f" (left out: {left})"
        return text


class RowCoder(Protocol):
    """Codes an incident as one row of a fixed-column format, or says why it has none."""

    def skip_reason(self, incident: Incident) -> str | None: ...

    def row(self, incident: Incident) -> Mapping[str, Any]: ...


def write_coded_csv(
    coder: RowCoder, columns: Sequence[str], incidents: Iterable[Incident], out: TextIO
) -> ExportResult:
    """Stream incidents to `out` as CSV rows coded by `coder`, one incident in memory at a time;
    incidents the coder refuses are counted by reason."""
    writer = SafeDictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    result = ExportResult()
    for incident in incidents:
        if reason := coder.skip_reason(incident):
            result.skip(reason)
            continue
        writer.writerow(coder.row(incident))
        result.written += 1
    return result
