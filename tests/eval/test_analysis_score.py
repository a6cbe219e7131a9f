"""Key-event gold of long analyses: loading it, aligning records with it, and the scores."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from roydad.cli import app
from roydad.eval.analysis_gold import (
    AnalysisArticle,
    AnalysisGoldError,
    KeyEvent,
    date_span,
    load_analysis_gold,
)
from roydad.eval.analysis_score import date_fits, score_analyses, score_article
from roydad.models import ActorRef, Certainty, Claim, EventRecord, EventType, Evidence, Location

DATA = Path(__file__).parents[2] / "data" / "analyses"

GOLD = """\
articles:
  - id: a1
    text: "The governor was killed in a bombing in Kabul. Police arrested two men in Herat."
    pub_date: 2023-03-20
    key_events:
      - id: bombing
        type: ASSAULT
        date: 2023-03-09
        place: Kabul
        participants: [[governor], [Front X, X]]
        attributions:
          - {kind: responsibility, blamed: [Front X]}
          - {kind: attribution, hedged: true, blamed: [rival commander]}
      - id: arrest
        type: COERCE
        date: 2023-03-12
        place: [Herat, Hirat]
        participants: [police]
      - id: threat
        type: THREATEN
        date: 2023-03-11
    other_events:
      - {id: funeral, type: PROTEST, date: 2023-03-10}
"""


def _rec(
    kind: EventType, day: str | None, place: str | None = None, precision: str = "day",
    actors: tuple[str, ...] = (), claims: tuple[Claim, ...] = (),
    certainty: Certainty = "asserted", n: int = 0,
) -> EventRecord:
    return EventRecord.model_validate({
        "doc_id": "a1", "event_id": f"e{n}", "event_type": kind, "date": day,
        "date_precision": precision if day else None,
        "location": Location(name=place, admin1=None, country="AFG") if place else None,
        "actors": [ActorRef(text=a, name=a, role="actor") for a in actors],
        "claims": list(claims), "certainty": certainty,
        "evidence": Evidence(text="x", start=0, end=1), "confidence": 0.9, "extractor": "test",
    })


@pytest.fixture
def article(tmp_path: Path) -> AnalysisArticle:
    path = tmp_path / "gold.yaml"
    path.write_text(GOLD, encoding="utf-8")
    [art] = load_analysis_gold(path)
    return art


def test_gold_dates_are_spans() -> None:
    assert date_span("2023") == (date(2023, 1, 1), date(2023, 12, 31))
    assert date_span("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert date_span(date(2023, 3, 9)) == (date(2023, 3, 9), date(2023, 3, 9))
    event = KeyEvent.model_validate({"id": "x", "type": "ASSAULT", "date": ["2021-06", "2021-09"]})
    assert event.date == (date(2021, 6, 1), date(2021, 9, 30))


def test_bad_gold_names_its_place(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(GOLD.replace("date: 2023-03-11", "date: March"), encoding="utf-8")
    with pytest.raises(AnalysisGoldError, match="article 1"):
        load_analysis_gold(path)


def test_a_month_finds_a_day_and_a_year_does_not(article: AnalysisArticle) -> None:
    bombing = article.key_events[0]
    assert date_fits(_rec("ASSAULT", "2023-03-01", precision="month"), bombing)
    assert date_fits(_rec("ASSAULT", "2023-03-10"), bombing)  # one day of slack
    assert not date_fits(_rec("ASSAULT", "2023-03-12"), bombing)
    assert not date_fits(_rec("ASSAULT", "2023-01-01", precision="year"), bombing)
    assert not date_fits(_rec("ASSAULT", None), bombing)


def _perfect(article: AnalysisArticle) -> list[EventRecord]:
    records = []
    for n, gold in enumerate(article.key_events):
        claims = tuple(Claim(kind=a.kind, attributed_to=a.blamed[0], certainty="asserted",
                             text="t") for a in gold.attributions)
        day = gold.date[0].isoformat() if gold.date else None
        place = gold.place[0] if gold.place else None
        actors = tuple(p[0] for p in gold.participants)
        records.append(_rec(gold.type[0], day, place, actors=actors, claims=claims, n=n))
    return records


def test_perfect_records_score_one(article: AnalysisArticle) -> None:
    ratios = score_analyses([article], {"a1": _perfect(article)}).total.ratios()
    assert ratios == {"key_event_recall": 1.0, "precision": 1.0, "participants": 1.0,
                      "rival_attributions_captured": 1.0, "attribution_precision": 1.0}


def test_no_records_score_zero(article: AnalysisArticle) -> None:
    ratios = score_analyses([article], {}).total.ratios()
    assert ratios["key_event_recall"] == 0.0
    assert ratios["rival_attributions_captured"] == 0.0
    assert ratios["participants"] == 0.0
    assert ratios["precision"] is None  # no records: nothing to be precise about


def test_hand_computed_case(article: AnalysisArticle) -> None:
    records = [
        _rec("ASSAULT", "2023-03-09", "Kabul", actors=("Front X", "bystanders"), n=1, claims=(
            Claim(kind="responsibility", claimant="Front X", attributed_to="Front X",
                  certainty="claimed", text="Front X claimed it"),
            Claim(kind="attribution", attributed_to="10 March", certainty="asserted", text="t"),
        )),
        _rec("COERCE", "2023-03-01", "Hirat", precision="month", actors=("police",), n=2),
        _rec("THREATEN", "2023-03-20", n=3),                      # wrong date: no key event
        _rec("ASSAULT", "2023-03-09", "Kabul", n=4),              # the bombing told twice
        _rec("ASSAULT", "2023-03-09", "Kabul", certainty="hypothetical", n=5),  # not counted
        _rec("PROTEST", "2023-03-10", n=6),                       # an other event: not stray
    ]
    score = score_article(article, records)
    t = score.tally
    assert (t.key_events, t.key_found) == (3, 2)
    assert (t.records, t.records_aligned) == (5, 3)
    assert (t.participants, t.participants_found) == (3, 2)
    assert (t.attributions, t.attributions_captured) == (2, 1)
    assert (t.blame_claims, t.blame_claims_right) == (2, 1)
    assert score.missed == ["threat (THREATEN)"]
    assert score.attributions_lost == ["bombing: rival commander"]
    assert sorted(score.stray_records) == ["ASSAULT 2023-03-09 Kabul", "THREATEN 2023-03-20 -"]


def test_two_happenings_merged_into_one_record_find_one(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text("""\
articles:
  - id: a1
    text: "Two killings."
    key_events:
      - {id: one, type: ASSAULT, date: 2023-10, place: Mashhad}
      - {id: two, type: ASSAULT, date: 2023-10, place: Mashhad}
""", encoding="utf-8")
    [art] = load_analysis_gold(path)
    merged = _rec("ASSAULT", "2023-10-02", "Mashhad")
    assert score_article(art, [merged]).tally.key_found == 1


def test_a_denial_is_captured_by_who_denies(article: AnalysisArticle) -> None:
    from roydad.eval.analysis_gold import GoldAttribution
    from roydad.eval.analysis_score import captures

    denial = GoldAttribution(kind="denial", blamed=("Taliban",))
    assert captures(Claim(kind="denial", claimant="Taliban", certainty="negated", text="t"),
                    denial)
    assert not captures(Claim(kind="attribution", attributed_to="Taliban",
                              certainty="asserted", text="t"), denial)
    blame = GoldAttribution(kind="accusation", blamed=("Pakistani intelligence", "ISI"))
    assert captures(Claim(kind="attribution", attributed_to="Inter-Services Intelligence (ISI)",
                          certainty="speculated", text="t"), blame)
    assert not captures(Claim(kind="attribution", attributed_to="Pakistan",
                              certainty="speculated", text="t"), blame)


def test_cli_scores_yaml_gold(tmp_path: Path, article: AnalysisArticle) -> None:
    gold = tmp_path / "gold.yaml"
    gold.write_text(GOLD, encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(r.model_dump_json() + "\n" for r in _perfect(article)), "utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(pred), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "long analyses" in result.output
    assert json.loads(out.read_text("utf-8"))["scores"]["key_event_recall"] == 1.0


def test_shipped_gold_loads() -> None:
    # the round-5 hold-out became development in round 6: dev.yaml is the only shipped gold
    assert not (DATA / "holdout.yaml").exists()
    articles = load_analysis_gold(DATA / "dev.yaml")
    assert len(articles) >= 2
    for art in articles:
        assert art.pub_date is not None
        for event in art.key_events:
            assert event.date is None or event.date[0] <= art.pub_date, (art.id, event.id)


def test_written_articles_are_long() -> None:
    written = [a for a in load_analysis_gold(DATA / "dev.yaml")
               if a.id not in ("governor_balkh", "generals_iran")]
    assert len(written) >= 4
    # long analyses of 600 to 1200 words (issue 13, section 8: briefs and op-eds run shorter
    # than features; round 6b's two place briefs run under 500)
    assert all(len(a.text.split()) >= 450 for a in written)


def test_the_two_brief_texts_are_the_test_texts() -> None:
    tests_texts = Path(__file__).parents[1] / "extract" / "texts"
    for name in ("governor_balkh.txt", "generals_iran.txt"):
        assert (DATA / "texts" / name).read_text("utf-8") == (tests_texts / name).read_text(
            "utf-8")


@pytest.mark.slow
def test_the_extractor_keeps_the_dev_articles_above_the_floor(tmp_path: Path) -> None:
    """`roydad eval data/analyses/dev.yaml` scored 91.2 % key-event recall and 80.0 % rival
    attributions captured on its first ten articles. Issue 13's fourth round added the two
    former hold-out articles and four in the styles of the new blind hold-out (an explainer,
    a risk note, a letter, an interview): the sixteen scored 73.1 % and 62.3 % at the start of
    that round and 89.1 % and 84.2 % when this floor was set (the floors are those minus 5
    points). Three articles written for the dates of long analyses (Bafut, Sagaing, Gulmarg)
    joined them, unseen at 48.9 % and 62.5 %: the nineteen scored 82.4 % and 82.8 % after the
    document timeline (`extract/timeline.py`), the sixteen unchanged. Eight more written in the
    fifth round (attributions: Sidon, Zawiya, Narathiwat; places: Kenya, Iraq, Mexico;
    referents: Kérou, Beoga), each scored unseen before the rules built on it, brought the
    twenty-seven to 79.6 % and 75.3 % with those rules in; the sixteen kept 89.1 % recall
    (attributions 84.2 % → 83.3 %). Two small-town articles (Sulu, Catatumbo), unseen at
    63.0 % and 33.3 %, joined before the misread-town rule (`places/misread_towns.py`). At
    the end of the round the twenty-nine scored 80.9 % and 77.1 %. In round 6 the four articles
    of the former blind hold-out (Makran, Red Sea, Cauca, Cabo Delgado) joined, at 66.1 % and
    38.5 % after that round's rules (the twenty-nine at 81.4 % and 77.1 %): the thirty-three
    scored 79.3 % and 72.2 %. Later round-6 articles (styles, wordings) took the forty-one to
    74.9 % and 65.9 %; round 6b's two place briefs (Tahoua, Magway), unseen at 31.8 % and 0 %,
    left the forty-three at 73.7 % and 65.1 % after the recalled-site pointers. With four more
    round-6b articles (flashback dates, speech and rival versions) and the rules of the round's
    end (rival versions, villages kept by their own name), the forty-seven scored 75.7 % and
    66.4 %. Round 7's four articles on main happenings (a Burkina weekly brief, a Maguindanao
    long read, a Mastung policy note, a Sinaloa court report), unseen at 61.4 % and 7.7 %,
    joined before the rules on which date and place anchor a full article's main happening:
    the fifty-one scored 75.8 % and 66.5 %; the floors are those minus 5 points."""
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", str(DATA / "dev.yaml"), "--json", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(out.read_text("utf-8"))["scores"]
    assert scores["key_event_recall"] >= 0.708
    assert scores["rival_attributions_captured"] >= 0.615


def test_missed_key_events_are_counted_by_their_nearest_cause(article: AnalysisArticle) -> None:
    """The bombing's only record is dated a week late, the arrest's is placed in Kabul, and the
    threat (11 March, no place) has only the arrest's record of its day, of another type."""
    records = [_rec("ASSAULT", "2023-03-16", "Kabul", n=1),
               _rec("COERCE", "2023-03-12", "Kabul", n=2)]
    score = score_article(article, records)
    assert score.tally.key_found == 0
    assert score.miss_causes == {"date": 1, "place": 1, "type": 1}
    alone = score_article(article, records[:1])
    assert alone.miss_causes == {"date": 1, "no record": 2}


def test_a_record_two_key_events_fit_leaves_one_merged(article: AnalysisArticle) -> None:
    both = GOLD.replace("date: 2023-03-12\n        place: [Herat, Hirat]",
                        "date: 2023-03-09\n        place: Kabul").replace(
                            "type: COERCE", "type: ASSAULT")
    records = [_rec("ASSAULT", "2023-03-09", "Kabul", n=1),
               _rec("THREATEN", "2023-03-11", certainty="hypothetical", n=2)]
    report = score_analyses(_articles(both), {"a1": records})
    assert report.articles[0].miss_causes == {"merged": 1, "not happened": 1}
    assert report.causes() == {"merged": 1, "not happened": 1}
    assert json.loads(report.to_json())["missed_by_cause"] == {"merged": 1, "not happened": 1}


def _articles(text: str) -> list[AnalysisArticle]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gold.yaml"
        path.write_text(text, encoding="utf-8")
        return list(load_analysis_gold(path))
