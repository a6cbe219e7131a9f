"""Gold for `roydad eval GOLD.jsonl --incidents`: which gold incidents each document reports.

**Gold.** A gold file is JSONL; each line is one document and says which gold incidents it
reports. Two kinds of line are read:

* an *annotated document*: a document line (`id`, `text`, `pub_date`, `title`?, ...) with
  `"incidents": [{"incident": ID, "event_type": PLOVER type, "date": "YYYY-MM-DD"}, ...]`,
  one entry per happening the text reports that the annotator identified (the main event and
  the background events worth checking). Documents sharing an incident ID are duplicates. The
  sample corpus's gold (`tests/eval/fixtures/incidents_samples.jsonl`) is of this kind: its
  pairs are those the samples README names (sample-01/02 Tehran, 09/10 Zhob, 19/20 Raziq,
  06/21 Panjgur and Saravan strikes) plus the Soleimani strike (sample-05 background, 18).
* a *UCDP GED line* of the dev file (`source: "ucdp_ged"`), one UCDP event, turned into one
  document per report by this rule: the event's reports are the entries of
  `raw.source_headline` (split on ";", each paired with the same position of
  `raw.source_date`, or the line's `pub_date` when the counts differ), keeping each entry's
  first line as its headline (author blocks "AU ..." dropped) and only the entries the dev line's
  `text` quotes (the dev file's own choice of the event's reports; it leaves out most monthly
  round-ups). A headline that occurs among the sources of two or more dev events is dropped
  everywhere: it reports several happenings (a "Timeline" or a "December 2021" round-up, or one
  wire story covering two attacks) and cannot belong to one gold incident. Each kept headline
  becomes a document `ucdp:<id>#<n>` with the headline as text and its source date as
  pub_date, reporting incident `ucdp:<id>` (a violent event on the UCDP event date).
  Distinct UCDP events are distinct incidents, also when they are near in time and place.

Any other line is a document without gold: it is extracted and matched (a distractor) but not
scored.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from roydad.models import Document

UCDP_SOURCE = "ucdp_ged"


class IncidentGoldError(ValueError):
    """A gold file that cannot be read, with the file and line in the message."""


@dataclass(frozen=True)
class GoldReport:
    """One happening a gold document reports."""

    incident: str
    event_type: str
    date: date | None


@dataclass(frozen=True)
class IncidentDocument:
    id: str
    text: str
    pub_date: date | None
    source: str
    origin: str
    reports: tuple[GoldReport, ...] = ()

    def to_document(self) -> Document:
        return Document(id=self.id, text=self.text, pub_date=self.pub_date, origin=self.origin)


# -- reading gold -----------------------------------------------------------------------------

def _day(value: object, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise IncidentGoldError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def _annotated(line: dict[str, Any], where: str) -> IncidentDocument:
    reports = []
    for entry in line["incidents"]:
        if not isinstance(entry, dict) or not entry.get("incident") or not entry.get("event_type"):
            raise IncidentGoldError(f"{where}: each incident needs `incident` and `event_type`")
        reports.append(GoldReport(
            str(entry["incident"]), str(entry["event_type"]), _day(entry.get("date"), where)
        ))
    return IncidentDocument(
        id=str(line["id"]), text=str(line["text"]), pub_date=_day(line.get("pub_date"), where),
        source=str(line.get("source") or "annotated"), origin=where, reports=tuple(reports),
    )


def _ucdp_sources(line: Mapping[str, Any]) -> list[tuple[str, str, bool]]:
    """(headline, source date, quoted by the dev line's text) of each of the event's sources."""
    raw = line.get("raw") or {}
    entries = str(raw.get("source_headline") or "").split(";")
    dates = str(raw.get("source_date") or "").split(";")
    if len(dates) != len(entries):
        dates = [str(line.get("pub_date") or "")] * len(entries)
    text = str(line.get("text") or "")
    out: list[tuple[str, str, bool]] = []
    for entry, when in zip(entries, dates, strict=True):
        headline = entry.strip().split("\n")[0].strip()
        if headline and headline not in (h for h, _, _ in out):
            out.append((headline, when.strip(), entry.strip() in text))
    return out


def ucdp_documents(lines: Sequence[tuple[str, dict[str, Any]]]) -> list[IncidentDocument]:
    """Documents of UCDP GED dev lines, by the rule in the module docstring."""
    per_line = [(where, line, _ucdp_sources(line)) for where, line in lines]
    shared = Counter(h.casefold() for _, _, sources in per_line for h, _, _ in sources)
    docs = []
    for where, line, sources in per_line:
        event = f"ucdp:{(line.get('raw') or {}).get('id') or line['id']}"
        gold_date = _day((line.get("gold") or {}).get("date"), where)
        kept = [(h, d) for h, d, quoted in sources if quoted and shared[h.casefold()] == 1]
        for n, (headline, when) in enumerate(kept, 1):
            docs.append(IncidentDocument(
                id=f"{event}#{n}", text=headline,
                pub_date=_day(when, where) or _day(line.get("pub_date"), where),
                source=UCDP_SOURCE, origin=where,
                reports=(GoldReport(event, "ASSAULT", gold_date),),
            ))
    return docs


def load_incident_gold(path: str | Path) -> list[IncidentDocument]:
    """Gold documents of a JSONL file, in file order (UCDP lines where their first one was)."""
    path = Path(path)
    items: list[IncidentDocument | None] = []
    ucdp: list[tuple[str, dict[str, Any]]] = []
    try:
        with path.open(encoding="utf-8") as handle:
            for number, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    line = json.loads(text)
                except json.JSONDecodeError as error:
                    raise IncidentGoldError(f"{where}: not JSON: {error}") from error
                if not isinstance(line, dict) or "id" not in line or "text" not in line:
                    raise IncidentGoldError(f"{where}: a gold line needs `id` and `text`")
                if line.get("incidents") is not None:
                    items.append(_annotated(line, where))
                elif line.get("source") == UCDP_SOURCE:
                    if not ucdp:
                        items.append(None)  # where the UCDP documents go
                    ucdp.append((where, line))
                else:
                    items.append(IncidentDocument(
                        id=str(line["id"]), text=str(line["text"]),
                        pub_date=_day(line.get("pub_date"), where),
                        source=str(line.get("source") or "unannotated"), origin=where,
                    ))
    except OSError as error:
        raise IncidentGoldError(f"{path}: cannot read: {error}") from error
    docs: list[IncidentDocument] = []
    for item in items:
        docs.extend(ucdp_documents(ucdp) if item is None else [item])
    if not any(d.reports for d in docs):
        raise IncidentGoldError(f"{path}: no gold incidents (see roydad.eval.incident_gold)")
    seen: set[str] = set()
    for d in docs:
        if d.id in seen:
            raise IncidentGoldError(f"{d.origin}: document id {d.id!r} occurs twice")
        seen.add(d.id)
    return docs
