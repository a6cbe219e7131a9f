"""What one export run did: rows written, incidents left out and why."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


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
