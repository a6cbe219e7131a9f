from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from roydad.models import Document, Problem

Read = Callable[..., tuple[list[Document], list[Problem]]]

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Car bomb kills 12 in Mogadishu | Daily Horn</title>
  <meta property="og:site_name" content="Daily Horn">
  <meta name="author" content="Amina Hassan">
  <meta property="article:published_time" content="2023-03-14T19:30:00Z">
  <link rel="canonical" href="https://dailyhorn.example/2023/03/14/car-bomb-mogadishu">
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>Car bomb kills 12 in Mogadishu</h1>
    <p>MOGADISHU — A car bomb exploded outside a busy restaurant near the K4 junction in
    Mogadishu on Tuesday evening, killing at least 12 people and wounding more than 20,
    police said.</p>
    <p>The Islamist group al-Shabaab claimed responsibility for the attack in a statement
    broadcast on its Andalus radio station. Witnesses said the blast shattered windows
    several streets away.</p>
  </article>
  <aside><h3>Most read</h3><ul><li><a href="/x">Transfer window latest</a></li></ul></aside>
  <footer>© 2023 Daily Horn. All rights reserved.</footer>
  <script>var tracker = "SHOULD-NOT-APPEAR";</script>
</body>
</html>
"""


def test_article_text_and_metadata(tmp_path: Path, read: Read) -> None:
    path = tmp_path / "k4.html"
    path.write_text(PAGE, encoding="utf-8")
    documents, problems = read(path)
    assert problems == []
    [doc] = documents
    assert doc.id == "k4.html"
    assert doc.origin == str(path)
    assert doc.title == "Car bomb kills 12 in Mogadishu"
    assert doc.publisher == "Daily Horn"
    assert doc.pub_date == date(2023, 3, 14)
    assert doc.url == "https://dailyhorn.example/2023/03/14/car-bomb-mogadishu"
    assert doc.language == "en"
    assert "killing at least 12 people" in doc.text
    assert "claimed responsibility for the attack" in doc.text
    for boilerplate in ("SHOULD-NOT-APPEAR", "Transfer window", "All rights reserved", "Sport"):
        assert boilerplate not in doc.text


def test_copyright_year_is_not_taken_for_a_publication_date(tmp_path: Path, read: Read) -> None:
    # no date in the meta tags nor in the canonical URL (which htmldate rightly reads)
    page = PAGE.replace('content="2023-03-14T19:30:00Z"', 'content=""').replace(
        "2023/03/14/car-bomb-mogadishu", "world/car-bomb-mogadishu"
    )
    path = tmp_path / "k4.htm"
    path.write_text(page, encoding="utf-8")
    documents, _ = read(path)
    assert documents[0].pub_date is None
    documents, _ = read(path, pub_date=date(2023, 3, 15))
    assert documents[0].pub_date == date(2023, 3, 15)


def test_publisher_falls_back_to_host_name_then_byline(tmp_path: Path, read: Read) -> None:
    path = tmp_path / "k4.html"
    page = PAGE.replace("og:site_name", "og:other")
    path.write_text(page, encoding="utf-8")
    documents, _ = read(path)
    assert documents[0].publisher == "dailyhorn.example"
    path.write_text(page.replace('rel="canonical"', 'rel="other"'), encoding="utf-8")
    documents, _ = read(path)
    assert documents[0].publisher == "Amina Hassan"


def test_declared_legacy_encoding(tmp_path: Path, read: Read) -> None:
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').replace(
        "MOGADISHU — A car bomb", "MOGADISHU – A “car bomb”"
    )
    path = tmp_path / "k4.html"
    path.write_bytes(page.encode("cp1252"))
    documents, problems = read(path)
    assert problems == []
    assert "MOGADISHU – A “car bomb” exploded" in documents[0].text


def test_id_is_relative_to_the_folder(tmp_path: Path, read: Read) -> None:
    (tmp_path / "2023" / "03").mkdir(parents=True)
    (tmp_path / "2023" / "03" / "k4.html").write_text(PAGE, encoding="utf-8")
    documents, _ = read(tmp_path)
    assert [doc.id for doc in documents] == ["2023/03/k4.html"]


def test_page_without_article_text_is_one_problem(tmp_path: Path, read: Read) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    bad = tmp_path / "b-blank.html"
    bad.write_text("<html><head><title>Loading…</title></head><body></body></html>")
    (tmp_path / "c.html").write_text(PAGE, encoding="utf-8")
    documents, problems = read(tmp_path)
    assert [doc.id for doc in documents] == ["a.html", "c.html"]
    assert [str(p) for p in problems] == [f"{bad}: no article text found in the HTML"]


def test_empty_html_file_is_one_problem(tmp_path: Path, read: Read) -> None:
    bad = tmp_path / "empty.html"
    bad.write_bytes(b"\n\n")
    documents, problems = read(bad)
    assert documents == []
    assert [str(p) for p in problems] == [f"{bad}: empty document (no text)"]


def test_binary_file_named_html_is_one_problem(tmp_path: Path, read: Read) -> None:
    bad = tmp_path / "image.html"
    bad.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 100)
    documents, problems = read(bad)
    assert documents == []
    assert [p.message for p in problems] == ["binary file (contains NUL bytes), not text"]


def test_article_over_the_limit(tmp_path: Path, read: Read) -> None:
    path = tmp_path / "k4.html"
    path.write_text(PAGE, encoding="utf-8")
    documents, problems = read(path, max_chars=100)
    assert documents == []
    assert len(problems) == 1
    assert problems[0].message.endswith("exceeds the limit of 100; skipped")
