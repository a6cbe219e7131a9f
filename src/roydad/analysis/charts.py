"""The report's charts, drawn offline with matplotlib (object API, no pyplot state).

Every figure has a title in its suptitle, so a test (or a reader of the PDF) can tell what it is.
Figures are plain `matplotlib.figure.Figure`s: `png_bytes` renders one for the HTML report, and
the PDF report saves the same figures page by page.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from matplotlib.ticker import MaxNLocator

from roydad.analysis.basemap import ATTRIBUTION, draw_outlines
from roydad.analysis.stats import KeyRow, Stats

if TYPE_CHECKING:
    from matplotlib.figure import Figure

WIDE = (9.0, 4.2)
PAGE = (11.69, 8.27)  # A4 landscape, for PDF pages
BAR = "#3b6ea5"
DEAD = "#b23a48"
MIN_SPAN = 6.0  # degrees: the map shows at least this much around the points
MAP_RATIO = 1.3  # width / height of the map's axes
SEA = "#dde8f0"


def new_figure(title: str, size: tuple[float, float] = WIDE) -> Figure:
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=100, layout="constrained")
    figure.suptitle(title, fontsize=12, fontweight="bold")
    return figure


def png_bytes(figure: Figure, dpi: int = 100) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()


def timeline_figure(stats: Stats, periods: int = 36) -> Figure:
    figure = new_figure(f"Incidents and fatalities by {stats.period}")
    ax = figure.add_subplot()
    rows = stats.timeline[-periods:]
    labels = [r.period for r in rows]
    ax.bar(labels, [r.incidents for r in rows], color=BAR, label="incidents")
    ax.set_ylabel("incidents")
    dead = ax.twinx()
    dead.plot(labels, [r.fatalities for r in rows], color=DEAD, marker="o", markersize=3,
              label="fatalities (best estimate)")
    dead.set_ylabel("fatalities")
    for axis in (ax, dead):
        axis.yaxis.set_major_locator(MaxNLocator(integer=True))
        axis.set_ylim(bottom=0)
    step = max(1, len(labels) // 12)
    ax.set_xticks(range(0, len(labels), step), labels[::step], rotation=45, ha="right",
                  fontsize=8)
    if not rows:
        ax.text(0.5, 0.5, "no dated incidents", ha="center", transform=ax.transAxes)
    handles = ax.get_legend_handles_labels()[0] + dead.get_legend_handles_labels()[0]
    ax.legend(handles=handles, loc="upper left", fontsize=8)
    return figure


def bars_figure(title: str, rows: Sequence[KeyRow], what: str = "incidents") -> Figure:
    figure = new_figure(title, (9.0, max(2.5, 0.35 * len(rows) + 1.5)))
    ax = figure.add_subplot()
    names = [textwrap.shorten(r.key, 45, placeholder="…") for r in reversed(rows)]
    values = [r.incidents if what == "incidents" else r.fatalities for r in reversed(rows)]
    ax.barh(names, values, color=BAR if what == "incidents" else DEAD)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(what)
    ax.tick_params(axis="y", labelsize=8)
    for y, value in enumerate(values):
        ax.text(value, y, f" {value}", va="center", fontsize=8)
    if not rows:
        ax.text(0.5, 0.5, "nothing to show", ha="center", transform=ax.transAxes)
    return figure


def movers_figure(stats: Stats) -> Figure:
    figure = new_figure(f"Movers: change in incidents, {stats.previous} → {stats.current}",
                        (9.0, max(2.5, 0.35 * len(stats.movers) + 1.5)))
    ax = figure.add_subplot()
    movers = list(reversed(stats.movers))
    names = [textwrap.shorten(f"{m.key} ({m.dimension})", 50, placeholder="…") for m in movers]
    changes = [m.change for m in movers]
    ax.barh(names, changes, color=[DEAD if c > 0 else BAR for c in changes])
    ax.axvline(0, color="black", linewidth=0.8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("change in incidents")
    ax.tick_params(axis="y", labelsize=8)
    if not movers:
        ax.text(0.5, 0.5, "no change between the two latest periods", ha="center",
                transform=ax.transAxes)
    return figure


def network_figure(graph: Any, top: int = 30) -> Figure:
    """The `top` actors by degree and the links among them (spring layout, fixed seed)."""
    import networkx as nx

    figure = new_figure("Actor network (most connected actors)", (9.0, 6.5))
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.margins(0.12)
    keep = sorted(graph.nodes, key=lambda n: (-graph.degree(n), n))[:top]
    sub = graph.subgraph(keep)
    if sub.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no named actors", ha="center", transform=ax.transAxes)
        return figure
    layout = nx.spring_layout(sub, seed=7, k=1.2 / max(1, sub.number_of_nodes()) ** 0.5)
    sizes = [80 + 40 * sub.nodes[n].get("incidents", 1) for n in sub.nodes]
    nx.draw_networkx_edges(sub, layout, ax=ax, edge_color="#9a9a9a", arrows=True,
                           arrowsize=8, width=[0.6 + 0.4 * sub.edges[e].get("incidents", 1)
                                               for e in sub.edges])
    nx.draw_networkx_nodes(sub, layout, ax=ax, node_size=sizes, node_color=BAR, alpha=0.85)
    nx.draw_networkx_labels(sub, layout, ax=ax, font_size=7,
                            labels={n: textwrap.shorten(n, 28, placeholder="…")
                                    for n in sub.nodes})
    return figure


def map_figure(points: Sequence[tuple[float, float, int]],
               places: Sequence[tuple[str, float, float, int]], title: str = "Map of incidents"
               ) -> Figure:
    """Points (lon, lat, dead) sized by fatalities, province labels at their incidents' centre."""
    figure = new_figure(title, (9.0, 7.0))
    ax = figure.add_subplot()
    view = _view(points)
    drawn = draw_outlines(ax, view)
    if points:
        ax.scatter([p[0] for p in points], [p[1] for p in points],
                   s=[20 + 6 * min(p[2], 100) for p in points], color=DEAD, alpha=0.6,
                   edgecolor="white", linewidth=0.5, zorder=3)
    for name, lon, lat, count in places:
        ax.annotate(f"{name} ({count})", (lon, lat), xytext=(4, 4), textcoords="offset points",
                    fontsize=8, zorder=4)
    ax.set_xlim(view[0], view[2])
    ax.set_ylim(view[1], view[3])
    ax.set_aspect(_stretch((view[1] + view[3]) / 2))
    ax.set_facecolor(SEA if drawn else "white")
    ax.grid(color="#dddddd", linewidth=0.5, zorder=0)
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    note = ATTRIBUTION if drawn else "Country outlines not installed: longitude/latitude grid"
    figure.text(0.01, 0.01, note + "; dot size: fatalities", fontsize=7, color="#666666")
    return figure


def _stretch(lat: float) -> float:
    """Equirectangular aspect at a latitude: a degree of longitude is cos(lat) as long."""
    return 1.0 / max(0.2, math.cos(math.radians(lat)))


def _view(points: Sequence[tuple[float, float, int]]) -> tuple[float, float, float, float]:
    """The points' extent with a margin, widened to the figure's shape (no empty bands)."""
    if not points:
        return (-180.0, -60.0, 180.0, 80.0)
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    cx, cy = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    half_x = max(MIN_SPAN, (max(lons) - min(lons)) * 1.25) / 2
    half_y = max(MIN_SPAN * 0.75, (max(lats) - min(lats)) * 1.25) / 2
    stretch = _stretch(cy)
    if half_x / (half_y * stretch) > MAP_RATIO:
        half_y = half_x / (MAP_RATIO * stretch)
    else:
        half_x = half_y * stretch * MAP_RATIO
    return (max(-180.0, cx - half_x), max(-85.0, cy - half_y),
            min(180.0, cx + half_x), min(85.0, cy + half_y))


# ACH cell values: the HTML report's colours.
CELL_COLOURS = {"CC": "#1b7837", "C": "#a6dba0", "N": "#ffffff", "I": "#f4a582",
                "II": "#b2182b"}
CHARS_PER_WIDTH = 190  # characters a column of width 1.0 holds at font size 7


def table_figure(title: str, columns: Sequence[str], rows: Sequence[Sequence[str]],
                 widths: Sequence[float] | None = None) -> Figure:
    """A page with a table, for the PDF report; long cells are wrapped to their column, ACH
    cell values (CC, C, N, I, II) are coloured."""
    figure = new_figure(title, PAGE)
    ax = figure.add_subplot()
    ax.set_axis_off()
    if not rows:
        ax.text(0.5, 0.5, "nothing to show", ha="center", transform=ax.transAxes)
        return figure
    shares = list(widths) if widths else [1.0 / len(columns)] * len(columns)
    wrapped = [[textwrap.fill(str(c), max(8, int(w * CHARS_PER_WIDTH)))
                for c, w in zip(row, shares, strict=True)] for row in rows]
    colours = [[CELL_COLOURS.get(str(c), "#ffffff") for c in row] for row in rows]
    table = ax.table(cellText=wrapped, colLabels=list(columns), loc="upper center",
                     cellLoc="left", colWidths=shares, cellColours=colours)
    table.auto_set_font_size(False)
    table.set_fontsize(7)
    lines = max((c.count("\n") + 1 for row in wrapped for c in row), default=1)
    table.scale(1, 1.2 + 0.5 * min(lines, 4))
    return figure


def text_figure(title: str, lines: Sequence[str]) -> Figure:
    figure = new_figure(title, PAGE)
    body = "\n".join(textwrap.fill(line, 110) for line in lines)
    figure.text(0.06, 0.88, body, va="top", fontsize=10, family="sans-serif")
    return figure
