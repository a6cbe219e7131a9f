from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

import pytest

from roydad.ingest.feed import html_fragment_text
from roydad.models import Document, Problem

Read = Callable[..., tuple[list[Document], list[Problem]]]


def as_html(text: str) -> str:
    """A plain-text article as a feed would carry it: paragraphs in <p>, source-wrapped."""
    wrapped = (escape(part).replace(". ", ".\n    ") for part in text.split("\n\n"))
    return "".join(f"<p>{part}</p>" for part in wrapped)


def rss(items: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Horn Wire</title>
  <link>https://hornwire.example/</link>
  <description>News from the Horn of Africa</description>
  <language>en-us</language>
  {items}
</channel>
</rss>
"""


def item(guid: str, title: str, body: str, when: str = "Tue, 14 Mar 2023 18:00:00 +0000") -> str:
    return f"""<item>
    <title>{escape(title)}</title>
    <link>https://hornwire.example/{guid}</link>
    <guid isPermaLink="false">{guid}</guid>
    <pubDate>{when}</pubDate>
    <description>{escape(body)}</description>
  </item>"""


def test_rss_items(tmp_path: Path, read: Read, mogadishu: str, kano: str) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(
        rss(
            item("hw-101", "Car bomb kills 12 in Mogadishu", as_html(mogadishu))
            + item("hw-102", "Kano fuel protest", as_html(kano), "Sat, 18 Mar 2023 23:30:00 -0500")
        ),
        encoding="utf-8",
    )
    documents, problems = read(path)
    assert problems == []
    assert documents == [
        Document(
            id="hw-101",
            text=mogadishu,
            pub_date=date(2023, 3, 14),
            title="Car bomb kills 12 in Mogadishu",
            url="https://hornwire.example/hw-101",
            publisher="Horn Wire",
            language="en",
            origin=f"{path}#hw-101",
        ),
        Document(
            id="hw-102",
            text=kano,
            # 23:30 at UTC-5 is already the next day in UTC, which is what feedparser gives
            pub_date=date(2023, 3, 19),
            title="Kano fuel protest",
            url="https://hornwire.example/hw-102",
            publisher="Horn Wire",
            language="en",
            origin=f"{path}#hw-102",
        ),
    ]


def test_full_content_is_preferred_to_the_teaser(
    tmp_path: Path, read: Read, mogadishu: str
) -> None:
    body = item("hw-101", "Car bomb", "A car bomb exploded in Mogadishu…").replace(
        "</item>", f"<content:encoded><![CDATA[{as_html(mogadishu)}]]></content:encoded></item>"
    )
    path = tmp_path / "wire.xml"
    path.write_text(rss(body), encoding="utf-8")
    documents, _ = read(path)
    assert documents[0].text == mogadishu


def test_atom_entries(tmp_path: Path, read: Read, kano: str) -> None:
    path = tmp_path / "sahel.xml"
    path.write_text(
        f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="text">Sahel Monitor</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2023-03-20T10:00:00Z</updated>
  <entry>
    <title type="html">Clashes in &lt;i&gt;Kano&lt;/i&gt;</title>
    <id>tag:sahelmonitor.example,2023:kano-1</id>
    <link href="https://sahelmonitor.example/kano-1"/>
    <updated>2023-03-19T08:00:00Z</updated>
    <content type="html">{escape(as_html(kano))}</content>
  </entry>
  <entry>
    <title>Undated plain entry</title>
    <link href="https://sahelmonitor.example/plain"/>
    <content type="text">Gunmen attacked a convoy near Gao.</content>
  </entry>
</feed>
""",
        encoding="utf-8",
    )
    documents, problems = read(path, pub_date=date(2023, 3, 21))
    assert problems == []
    assert [(d.id, d.title, d.pub_date, d.publisher, d.language) for d in documents] == [
        ("tag:sahelmonitor.example,2023:kano-1", "Clashes in Kano", date(2023, 3, 19),
         "Sahel Monitor", "en"),
        # no <id>: the link is the id; no date: the caller's pub_date
        ("https://sahelmonitor.example/plain", "Undated plain entry", date(2023, 3, 21),
         "Sahel Monitor", "en"),
    ]  # fmt: skip
    assert documents[0].text == kano
    assert documents[1].text == "Gunmen attacked a convoy near Gao."


def test_entry_without_id_or_link_is_numbered(tmp_path: Path, read: Read) -> None:
    body = "<item><title>Raid</title><description>Troops raided a village.</description></item>"
    path = tmp_path / "wire.rss"
    path.write_text(rss(body * 2), encoding="utf-8")
    documents, _ = read(path)
    assert [(d.id, d.origin) for d in documents] == [
        ("wire.rss#1", f"{path}#wire.rss#1"),
        ("wire.rss#2", f"{path}#wire.rss#2"),
    ]


def test_empty_entry_is_one_problem(tmp_path: Path, read: Read, mogadishu: str, kano: str) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(
        rss(
            item("hw-1", "Bomb", as_html(mogadishu))
            + item("hw-2", "Photo gallery", "<p> <img src='x.jpg'> </p>")
            + item("hw-3", "Protest", as_html(kano))
        ),
        encoding="utf-8",
    )
    documents, problems = read(path)
    assert [d.id for d in documents] == ["hw-1", "hw-3"]
    assert [str(p) for p in problems] == [f"{path}#hw-2: feed entry: empty document (no text)"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<html><body><p>Not a feed, a web page.</p></body></html>", "not an RSS or Atom feed"),
        ('<?xml version="1.0"?><config><debug>true</debug></config>', "not an RSS or Atom feed"),
        ("Gunmen attacked a convoy near Gao.", "not a readable RSS or Atom feed"),
        (rss(""), "feed has no entries"),
        ("", "empty file, not a feed"),
    ],
)
def test_non_feed_is_one_problem(tmp_path: Path, read: Read, content: str, message: str) -> None:
    (tmp_path / "a.rss").write_text(rss(item("a", "A", "Troops raided a village.")))
    bad = tmp_path / "b.xml"
    bad.write_text(content, encoding="utf-8")
    (tmp_path / "c.rss").write_text(rss(item("c", "C", "Troops raided a town.")))
    documents, problems = read(tmp_path)
    assert [d.id for d in documents] == ["a", "c"]
    assert len(problems) == 1
    assert problems[0].origin == str(bad)
    assert problems[0].message.startswith(message)


def test_truncated_feed_keeps_what_was_recovered(tmp_path: Path, read: Read, kano: str) -> None:
    whole = rss(item("hw-1", "Protest", as_html(kano)) + item("hw-2", "Raid", "Troops raided."))
    path = tmp_path / "wire.rss"
    # the download stopped after the first item
    path.write_text(whole[: whole.index("<item>", whole.index("hw-1"))], encoding="utf-8")
    documents, problems = read(path)
    assert documents[0].id == "hw-1"
    assert documents[0].text == kano
    assert len(problems) == 1
    assert problems[0].origin == str(path)
    assert problems[0].line is not None
    assert problems[0].message.startswith("malformed feed (XML error:")


def test_same_article_from_jsonl_and_rss_hashes_the_same(
    tmp_path: Path, read: Read, mogadishu: str
) -> None:
    jsonl = tmp_path / "archive.jsonl"
    jsonl.write_text(json.dumps({"id": "archive-7", "text": mogadishu}) + "\n", encoding="utf-8")
    feed = tmp_path / "wire.rss"
    feed.write_text(rss(item("hw-101", "Car bomb", as_html(mogadishu))), encoding="utf-8")
    documents, problems = read(jsonl, feed)
    assert problems == []
    from_jsonl, from_rss = documents
    assert from_jsonl.id != from_rss.id
    assert from_jsonl.content_hash == from_rss.content_hash
    # the hash does tell different articles apart
    assert from_jsonl.content_hash != Document(id="x", text="Other.", origin="x").content_hash


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("<p>One <b>two</b></p><p>three</p>", "One two\n\nthree"),
        ("Lead<div>Body <em>text</em></div>tail", "Lead\n\nBody text\n\ntail"),
        ("line one<br>line two", "line one\n\nline two"),
        ("<p>Fish &amp; chips&nbsp;today</p>", "Fish & chips today"),
        ("<p>Kept<script>var x = 1;</script> <style>p {}</style>here</p>", "Kept here"),
        ("<p>A<!-- a comment -->B</p>", "AB"),
        ("<p>A<?php echo 1; ?>B</p>", "AB"),
        ("<ul><li>first</li><li>second</li></ul>", "first\n\nsecond"),
        ("no markup at all", "no markup at all"),
        ("   ", ""),
    ],
)
def test_html_fragment_text(fragment: str, text: str) -> None:
    assert html_fragment_text(fragment) == text
