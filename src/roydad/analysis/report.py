"""`roydad report`: one self-contained HTML file (and optionally a PDF) about a set of incidents.

What it holds: key figures; charts (incidents and fatalities over time, by type, province and
actor, the movers, the actor network); a map (Natural Earth country outlines shipped in a
package, points sized by fatalities, province labels); a table of the incidents with who is
said to have done it and on what basis (the ACLED actor1 rule); the ACH matrix of every listed
incident that has competing claims; and the sources. Charts are PNG images embedded as data
URIs: the file opens anywhere, offline, with no script and nothing fetched.

The incidents are read once: counts and charts cover all of them; the tables list the first
`max_incidents` (in the order given, newest first from the store) and the map shows at most
`max_points` — the report says when it cut either.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from roydad.analysis import charts
from roydad.analysis.stats import Stats, StatsBuilder
from roydad.coding.party_codes import Lookup, PartyCoder
from roydad.models import Incident

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# incident -> its ACH matrix as `AchMatrix.to_dict()`, or None when it has none.
AchSource = Callable[[Incident], dict[str, Any] | None]
BASIS = {"claimed": "claimed responsibility", "named": "named by most reports",
         "unidentified": "no one named"}


@dataclass
class ReportData:
    title: str
    filters: str
    generated: str
    stats: Stats
    graph: Any
    incidents: list[Incident]
    who: dict[str, tuple[str, str]]  # incident id -> (actor1, basis)
    points: list[tuple[float, float, int]]
    places: list[tuple[str, float, float, int]]
    ach: dict[str, dict[str, Any]] = field(default_factory=dict)
    more_incidents: int = 0
    more_points: int = 0


def collect(incidents: Iterable[Incident], *, title: str = "roydad report", filters: str = "",
            period: str = "month", top: int = 10, max_incidents: int = 100,
            max_points: int = 20_000, ach: AchSource | None = None,
            lookup: Lookup | None = None) -> ReportData:
    """One pass over the incidents: counts for all, details for the first `max_incidents`."""
    builder = StatsBuilder(period)
    coder = PartyCoder(lookup=lookup)
    listed: list[Incident] = []
    points: list[tuple[float, float, int]] = []
    centres: dict[str, list[float]] = {}
    more_incidents = more_points = 0
    for incident in incidents:
        builder.add(incident)
        if len(listed) < max_incidents:
            listed.append(incident)
        else:
            more_incidents += 1
        loc = incident.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        if len(points) < max_points:
            points.append((loc.lon, loc.lat, incident.fatalities_best or 0))
        else:
            more_points += 1
        if loc.admin1:
            centre = centres.setdefault(loc.admin1, [0.0, 0.0, 0])
            centre[0] += loc.lon
            centre[1] += loc.lat
            centre[2] += 1
    who = {}
    for incident in listed:
        coding = coder.code(incident)
        who[incident.incident_id] = (coding.actor1.label, BASIS[coding.basis])
    places = sorted(((name, c[0] / c[2], c[1] / c[2], int(c[2])) for name, c in centres.items()),
                    key=lambda p: -p[3])[:top]
    matrices = {}
    for incident in listed:
        if ach is not None and incident.claims:
            matrix = ach(incident)
            if matrix is not None and matrix.get("hypotheses"):
                matrices[incident.incident_id] = matrix
    return ReportData(
        title=title, filters=filters or "all incidents",
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        stats=builder.stats(top), graph=builder.network.graph(), incidents=listed, who=who,
        points=points, places=places, ach=matrices, more_incidents=more_incidents,
        more_points=more_points,
    )


def figures(data: ReportData) -> list[Figure]:
    """The report's charts, in order; each has its title as suptitle."""
    by = data.stats.by
    return [
        charts.timeline_figure(data.stats),
        charts.bars_figure("Incidents by event type", by["event_type"]),
        charts.bars_figure("Incidents by province (admin1)", by["admin1"]),
        charts.bars_figure("Fatalities by province (admin1)",
                           sorted(by["admin1"], key=lambda r: -r.fatalities), "fatalities"),
        charts.bars_figure("Top actors (incidents naming them)", by["actor"]),
        charts.movers_figure(data.stats),
        charts.network_figure(data.graph),
        charts.map_figure(data.points, data.places),
    ]


# -- HTML -------------------------------------------------------------------------------------

STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:2em auto;
max-width:1100px;color:#222;line-height:1.4;padding:0 1em}
h1{margin-bottom:.2em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
.meta{color:#666}.figures{display:flex;flex-wrap:wrap;gap:1em}
figure{margin:0;flex:1 1 480px}figure img{width:100%;border:1px solid #eee}
table{border-collapse:collapse;width:100%;font-size:.85em;margin:.5em 0}
th,td{border:1px solid #ddd;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f4f4f4}td.n{text-align:right}.CC{background:#1b7837;color:#fff}
.C{background:#a6dba0}.N{color:#999}.I{background:#f4a582}.II{background:#b2182b;color:#fff}
.kpi{display:flex;gap:2em;font-size:1.1em}.kpi b{font-size:1.6em;display:block}
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _img(figure: Figure) -> str:
    title = figure.get_suptitle() if hasattr(figure, "get_suptitle") else ""
    data = base64.b64encode(charts.png_bytes(figure)).decode("ascii")
    return (f'<figure><img alt="{_e(title)}" src="data:image/png;base64,{data}">'
            f"<figcaption>{_e(title)}</figcaption></figure>")


def _table(columns: Sequence[str], rows: Iterable[Sequence[object]], numeric: Sequence[int] = ()
           ) -> str:
    head = "".join(f"<th>{_e(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f'<td{" class=n" if i in numeric else ""}>{_e(v)}</td>'
                         for i, v in enumerate(row)) + "</tr>"
        for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def incident_rows(data: ReportData) -> list[list[str]]:
    rows = []
    for inc in data.incidents:
        loc = inc.location
        where = ", ".join(p for p in ((loc.name, loc.admin1, loc.country) if loc else ()) if p)
        dead = "" if inc.fatalities_best is None else str(inc.fatalities_best)
        if inc.fatalities_low != inc.fatalities_high and inc.fatalities_high is not None:
            dead += f" ({inc.fatalities_low}–{inc.fatalities_high})"
        actor1, basis = data.who[inc.incident_id]
        rows.append([inc.date_start or "?", inc.acled_sub_event_type or inc.event_type, where,
                     f"{actor1} — {basis}", dead, str(inc.source_count), inc.certainty,
                     inc.incident_id])
    return rows


INCIDENT_COLUMNS = ("date", "type", "place", "who (basis)", "dead", "sources", "certainty", "id")
INCIDENT_WIDTHS = (0.08, 0.13, 0.15, 0.28, 0.07, 0.06, 0.07, 0.16)
SOURCE_COLUMNS = ("published", "publisher", "title", "url", "document")
SOURCE_WIDTHS = (0.09, 0.17, 0.34, 0.25, 0.15)


def source_rows(data: ReportData) -> list[list[str]]:
    seen: dict[str, list[str]] = {}
    for inc in data.incidents:
        for s in inc.sources:
            if s.document_id not in seen:
                seen[s.document_id] = [s.pub_date or "", s.publisher or "", s.title or "",
                                       s.url or "", s.document_id]
    return sorted(seen.values(), key=lambda r: (r[0], r[1]), reverse=True)


def _ach_html(incident_id: str, matrix: dict[str, Any]) -> str:
    hypotheses = list(matrix["hypotheses"])
    head = "".join(f"<th>{_e(h)}</th>" for h in hypotheses)
    rows = []
    for row in matrix["evidence"]:
        cells = "".join(f'<td class="{_e(row["cells"][h])}">{_e(row["cells"][h])}</td>'
                        for h in hypotheses)
        rows.append(f"<tr><td>{_e(row['summary'] or row['text'])}</td>"
                    f"<td>{_e(row.get('source'))}</td>{cells}</tr>")
    score = "".join(f"<td class=n>{matrix['inconsistency'].get(h, 0):g}</td>" for h in hypotheses)
    ranking = ", ".join(matrix.get("ranking", []))
    return (f"<h3>{_e(incident_id)}</h3><table><thead><tr><th>evidence</th><th>source</th>"
            f"{head}</tr></thead><tbody>{''.join(rows)}<tr><th colspan=2>inconsistency "
            f"(lower is better)</th>{score}</tr></tbody></table>"
            f"<p>Least inconsistent first: {_e(ranking)}</p>")


def render_html(data: ReportData) -> str:
    stats = data.stats
    kpis = (("incidents", stats.total.incidents), ("fatalities (best)", stats.total.fatalities),
            ("actors", stats.actors), ("undated", stats.undated))
    parts = [
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{_e(data.title)}"
        f"</title><style>{STYLE}</style></head><body>",
        f"<h1>{_e(data.title)}</h1><p class=meta>{_e(data.filters)} · generated "
        f"{_e(data.generated)} by roydad</p>",
        "<div class=kpi>" + "".join(f"<div><b>{v}</b>{_e(k)}</div>" for k, v in kpis) + "</div>",
        "<h2>Charts</h2><div class=figures>",
        *(_img(f) for f in figures(data)),
        "</div>",
    ]
    if data.more_points:
        parts.append(f"<p class=meta>The map shows the first {len(data.points)} located "
                     f"incidents; {data.more_points} more are counted but not drawn.</p>")
    parts += [
        f"<h2>Movers ({_e(stats.previous)} → {_e(stats.current)})</h2>",
        _table(("what", "name", "before", "now", "change"),
               ([m.dimension, m.key, m.previous, m.current, f"{m.change:+d}"]
                for m in stats.movers), numeric=(2, 3, 4)),
        "<h2>Actor network centrality</h2>",
        _table(("actor", "incidents", "degree", "betweenness"),
               ([c.actor, c.incidents, f"{c.degree:.3f}", f"{c.betweenness:.3f}"]
                for c in stats.centrality), numeric=(1, 2, 3)),
        "<h2>Incidents</h2>",
        "<p class=meta>Who: a claimed responsibility first, else an actor most reports name, "
        "else no one (the ACLED actor1 rule); every claim is in the ACH matrices below.</p>",
        _table(INCIDENT_COLUMNS, incident_rows(data), numeric=(5,)),
    ]
    if data.more_incidents:
        parts.append(f"<p class=meta>{data.more_incidents} more incidents are counted above "
                     "but not listed.</p>")
    if data.ach:
        parts.append("<h2>Competing hypotheses (ACH)</h2>")
        parts += [_ach_html(i, m) for i, m in data.ach.items()]
    parts += ["<h2>Sources</h2>",
              _table(SOURCE_COLUMNS, source_rows(data)),
              "</body></html>"]
    return "\n".join(parts)


def write_html(data: ReportData, path: Path) -> None:
    path.write_text(render_html(data), encoding="utf-8")


# -- PDF --------------------------------------------------------------------------------------

ROWS_PER_PAGE = 18


def pdf_pages(data: ReportData) -> list[Figure]:
    """Every page of the PDF report as a figure: summary, charts, tables, ACH, sources."""
    stats = data.stats
    pages = [charts.text_figure(data.title, [
        f"{data.filters}; generated {data.generated} by roydad.",
        f"{stats.total.incidents} incidents, {stats.total.fatalities} fatalities (best "
        f"estimates), {stats.actors} named actors, {stats.undated} incidents without a date.",
        f"Latest {stats.period}: {stats.current}; compared with {stats.previous}.",
        *(f"Mover: {m.key} ({m.dimension}) {m.previous} → {m.current}" for m in stats.movers),
    ])]
    pages += figures(data)
    rows = incident_rows(data)
    for start in range(0, max(len(rows), 1), ROWS_PER_PAGE):
        pages.append(charts.table_figure("Incidents", INCIDENT_COLUMNS,
                                         rows[start:start + ROWS_PER_PAGE], INCIDENT_WIDTHS))
    for incident_id, matrix in data.ach.items():
        hypotheses = list(matrix["hypotheses"])
        ach_rows = [[r["summary"] or r["text"], *(r["cells"][h] for h in hypotheses)]
                    for r in matrix["evidence"]][:ROWS_PER_PAGE]
        share = 0.6 / len(hypotheses)
        pages.append(charts.table_figure(f"Competing hypotheses: {incident_id}",
                                         ["evidence", *hypotheses], ach_rows,
                                         [0.4, *[share] * len(hypotheses)]))
    sources = source_rows(data)
    for start in range(0, max(len(sources), 1), ROWS_PER_PAGE):
        pages.append(charts.table_figure("Sources", SOURCE_COLUMNS,
                                         sources[start:start + ROWS_PER_PAGE], SOURCE_WIDTHS))
    return pages


def write_pdf(data: ReportData, path: Path) -> int:
    """Write the PDF report (matplotlib's PdfPages); returns the number of pages."""
    from matplotlib.backends.backend_pdf import PdfPages

    pages = pdf_pages(data)
    with PdfPages(path, metadata={"Title": data.title, "Creator": "roydad"}) as pdf:
        for page in pages:
            page.set_size_inches(*charts.PAGE)
            pdf.savefig(page)
    return len(pages)
