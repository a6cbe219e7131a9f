"""The pure parts: evidence highlighting, template helpers, ETags, filter query strings."""

from __future__ import annotations

from datetime import date

from roydad.api.etag import _tags, etag_of
from roydad.api.filters import query_string
from roydad.api.highlight import highlight, locate
from roydad.api.templating import decision_summary, safe_url, when
from roydad.models import Decision, Evidence
from roydad.store import IncidentFilter

TEXT = "First sentence. The bomb went off at noon. Later, the bomb squad came."


def _ev(text: str, start: int | None = None) -> Evidence:
    where = TEXT.index(text) if start is None else start
    return Evidence(text=text, start=where, end=where + len(text))


def test_highlight_marks_each_span_and_keeps_every_character() -> None:
    result = highlight(TEXT, {"e1": _ev("The bomb went off at noon."), "e2": _ev("Later")})
    assert "".join(s.text for s in result.segments) == TEXT
    marked = [(s.text, s.event_ids) for s in result.segments if s.marked]
    assert marked == [("The bomb went off at noon.", ("e1",)), ("Later", ("e2",))]
    assert result.unplaced == {}


def test_overlapping_spans_are_joined() -> None:
    result = highlight(TEXT, {"a": _ev("The bomb went"), "b": _ev("went off at noon.")})
    marked = [s for s in result.segments if s.marked]
    assert [(s.text, s.event_ids) for s in marked] == [
        ("The bomb went off at noon.", ("a", "b"))
    ]


def test_stale_offsets_fall_back_to_the_words_and_unknown_words_are_reported() -> None:
    moved = Evidence(text="the bomb squad", start=0, end=14)
    assert locate(TEXT, moved) == (TEXT.index("the bomb squad"), TEXT.index("the bomb squad") + 14)
    result = highlight(TEXT, {"x": Evidence(text="not in the text", start=3, end=18)})
    assert result.unplaced == {"x": "not in the text"}
    assert [s.marked for s in result.segments] == [False]
    out_of_range = Evidence(text="noon", start=500, end=504)
    assert locate(TEXT, out_of_range) == (TEXT.index("noon"), TEXT.index("noon") + 4)


def test_safe_url_keeps_only_web_links() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url(" http://example.org ") == "http://example.org"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "//evil.org",
                "/relative", "http:///nohost", "", None, "http://[::1"):
        assert safe_url(bad) is None, bad


def test_when_formats_timestamps_in_utc() -> None:
    assert when("2026-11-23T20:45:57.724705+00:00") == "2026-11-23 20:45 UTC"
    assert when("2026-11-23T22:45:00+02:00") == "2026-11-23 20:45 UTC"
    assert when("not a time") == "not a time"
    assert when(None) == ""


def _decision(kind: str, payload: dict[str, object]) -> Decision:
    return Decision(id=1, kind=kind, incident_ids=["i"], actor="ana", at="2026-11-23T20:00:00",
                    payload=payload)


def test_decision_summary() -> None:
    edit = _decision("edit", {"before": {"fatalities_best": 12}, "after": {
        "fatalities_best": 13, "mode": "firearms"}})
    assert decision_summary(edit) == "fatalities_best = 13, mode = firearms"
    accept = _decision("accept", {"status_before": "machine", "status_after": "accepted"})
    assert decision_summary(accept) == "status machine → accepted"
    merge = _decision("merge", {"survivor": "a", "absorbed": {"b": {}, "c": {}}})
    assert decision_summary(merge) == "merged b, c into a"
    split = _decision("split", {"from": "a", "to": "b", "members": [[1], [2]]})
    assert decision_summary(split) == "moved 2 report(s) from a to b"
    assert decision_summary(_decision("undo", {"undoes": 7})) == "undid decision #7"
    long = _decision("attach", {"event_id": "x" * 500})
    assert len(decision_summary(long)) == 200


def test_etags() -> None:
    assert etag_of(b"a") != etag_of(b"b")
    assert etag_of(b"a").startswith('"') and etag_of(b"a").endswith('"')
    assert _tags('W/"x", "y"') == {'"x"', '"y"'}


def test_query_string_round_trip() -> None:
    flt = IncidentFilter(event_type="ASSAULT", country="AFG", since=date(2024, 1, 1), text="a&b")
    assert query_string(flt, order="date") == (
        "type=ASSAULT&country=AFG&since=2024-01-01&q=a%26b&order=date"
    )
