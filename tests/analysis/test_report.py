"""`roydad report`: the HTML and PDF render, their images are not blank and carry titles."""

from __future__ import annotations

import base64
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from roydad.analysis import basemap, charts
from roydad.analysis.report import collect, figures, pdf_pages, render_html, write_pdf
from roydad.models import Incident
from tests.export import incidents as sample

CHART_TITLES = [
    "Incidents and fatalities by month", "Incidents by event type",
    "Incidents by province (admin1)", "Fatalities by province (admin1)",
    "Top actors (incidents naming them)", "Movers: change in incidents",
    "Actor network (most connected actors)", "Map of incidents",
]


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def not_blank(png: bytes, min_ink: float = 0.02) -> bool:
    """More than `min_ink` of the pixels differ from white, in more than a few colours."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    pixels = np.asarray(image.resize((200, int(200 * image.height / image.width))))
    ink = float((pixels.astype(int).sum(axis=2) < 720).mean())
    return ink > min_ink and len(np.unique(pixels.reshape(-1, 3), axis=0)) > 8


@pytest.fixture(scope="module")
def ach_source():  # type: ignore[no-untyped-def]
    from roydad.analysis.ach import AchRules, build_ach
    from roydad.resolve.actors import ActorResolver

    resolver, rules = ActorResolver.load(), AchRules.load()

    def ach(incident: Incident) -> dict:  # type: ignore[type-arg]
        return build_ach(incident, resolver=resolver, rules=rules).to_dict()

    return ach


@pytest.fixture(scope="module")
def data(ach_source):  # type: ignore[no-untyped-def]
    from roydad.coding.party_codes import knowledge_base_lookup

    return collect(sample.all_incidents(), title="Sample corpus report",
                   filters="country: any", ach=ach_source, max_incidents=6,
                   lookup=knowledge_base_lookup())


def test_html_is_self_contained_with_titled_non_blank_charts(data) -> None:  # type: ignore[no-untyped-def]
    page = _Page()
    page.feed(render_html(data))
    text = " ".join(page.text)
    for heading in ("Sample corpus report", "Charts", "Movers", "Actor network centrality",
                    "Incidents", "Competing hypotheses (ACH)", "Sources"):
        assert heading in text
    images = [attrs for tag, attrs in page.tags if tag == "img"]
    assert len(images) == len(CHART_TITLES)
    for attrs, title in zip(images, CHART_TITLES, strict=True):
        assert (attrs["alt"] or "").startswith(title)
    for attrs in images:
        src = attrs["src"] or ""
        assert src.startswith("data:image/png;base64,")
        assert not_blank(base64.b64decode(src.split(",", 1)[1])), attrs["alt"]
    assert not [t for t, _ in page.tags if t in ("script", "link", "iframe")]
    assert not [a for _, a in page.tags for k, v in a.items()
                if k in ("src", "href") and v and re.match(r"https?:", v)]
    assert "2 more incidents are counted above but not listed" in text
    assert "Islamic State Khorasan Province (ISKP) — claimed responsibility" in text
    assert "roydad sample wire" in text and "Sample Crossroads Daily" in text


def test_ach_matrices_of_listed_incidents_with_claims(data) -> None:  # type: ignore[no-untyped-def]
    assert "inc-7e4a0000c0ffee01" in data.ach and "inc-0b1a1c2d3e4f5a6b" in data.ach
    tehran = data.ach["inc-7e4a0000c0ffee01"]
    assert len(tehran["hypotheses"]) >= 3 and tehran["ranking"]
    html = render_html(data)
    assert '<h3>inc-7e4a0000c0ffee01</h3>' in html and "Least inconsistent first" in html


def test_each_chart_has_its_title_and_ink(data) -> None:  # type: ignore[no-untyped-def]
    drawn = figures(data)
    titles = [f.get_suptitle() for f in drawn]
    assert titles[:5] == CHART_TITLES[:5] and titles[6:] == CHART_TITLES[6:]
    assert titles[5].startswith(CHART_TITLES[5])
    for figure in drawn:
        assert not_blank(charts.png_bytes(figure)), figure.get_suptitle()


def test_the_map_draws_country_outlines_around_the_points(data) -> None:  # type: ignore[no-untyped-def]
    assert len(basemap.outlines()) > 200
    figure = charts.map_figure(data.points, data.places)
    ax = figure.axes[0]
    assert ax.collections, "no outlines or points drawn"
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    assert all(x0 <= lon <= x1 and y0 <= lat <= y1 for lon, lat, _ in data.points)
    labels = {t.get_text() for t in ax.texts}
    assert {"AFGHANISTAN", "PAKISTAN", "IRAN"} <= labels
    assert any(label.startswith("Balochistan") for label in labels)
    image = np.asarray(Image.open(io.BytesIO(charts.png_bytes(figure))).convert("RGB"))
    assert (image == (0xF2, 0xEF, 0xE9)).all(axis=2).mean() > 0.1  # land fill


def test_pdf_pages_render_and_the_file_has_them_all(data, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pages = pdf_pages(data)
    titles = [p.get_suptitle() for p in pages]
    assert titles[0] == "Sample corpus report"
    assert "Incidents" in titles and "Sources" in titles
    assert any(t.startswith("Competing hypotheses: inc-") for t in titles)
    for page in pages:
        assert not_blank(charts.png_bytes(page, dpi=50), min_ink=0.005), page.get_suptitle()
    path = tmp_path / "report.pdf"
    assert write_pdf(data, path) == len(pages)
    raw = path.read_bytes()
    assert raw.startswith(b"%PDF")
    assert len(re.findall(rb"/Type /Page\b", raw)) == len(pages)


def test_an_empty_selection_still_renders() -> None:
    empty = collect([], title="Nothing")
    html = render_html(empty)
    assert "Nothing" in html and "<img" in html
    for figure in figures(empty):
        assert figure.get_suptitle()
