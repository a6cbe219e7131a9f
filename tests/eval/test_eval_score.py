from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest
from eval_builders import perfect, record
from rich.console import Console

from roydad.eval import (
    EvalReport,
    GoldDocument,
    collect_predictions,
    evaluate,
    load_gold,
    load_predictions,
    render,
    score,
)
from roydad.models import ActorRef, Document, EventRecord, Location, Mention

# The development gold lives beside the repository (../shared/data/dev), or where
# ROYDAD_DEV_DATA says.
_BESIDE_REPO = Path(__file__).resolve().parents[3] / "shared" / "data" / "dev"
DEV = Path(os.environ.get("ROYDAD_DEV_DATA", _BESIDE_REPO))


def _all_defined(report: EvalReport) -> list[float]:
    return [v for row in report.rows for v in (row.precision, row.recall, row.f1)
            if v is not None]


def test_perfect_predictions_score_one(sample_gold: list[GoldDocument]) -> None:
    report = score(sample_gold, perfect(sample_gold))
    assert {row.profile for row in report.rows} == {"mention", "event"}
    assert all(row.recall == 1.0 for row in report.rows if row.n_gold)
    assert all(row.precision == 1.0 for row in report.rows if row.n_pred)
    assert set(_all_defined(report)) == {1.0}
    assert report.measure("location error median").value == pytest.approx(0.0)


def test_empty_predictions_score_zero(sample_gold: list[GoldDocument]) -> None:
    report = score(sample_gold, {})
    assert all(row.recall == 0.0 and row.f1 == 0.0 for row in report.rows)
    assert all(row.precision is None for row in report.rows)  # nothing predicted: n/a
    assert report.predicted_records == 0


@pytest.mark.parametrize("name", ["wikievents_dev.jsonl", "ucdp_pakistan_dev.jsonl"])
def test_perfect_predictions_score_one_on_the_dev_sets(name: str) -> None:
    if not (DEV / name).exists():
        pytest.skip(f"development gold {DEV / name} is not available")
    gold = load_gold(DEV / name)
    assert set(_all_defined(score(gold, perfect(gold)))) == {1.0}
    assert set(_all_defined(score(gold, {}))) == {0.0}


def _span(doc: GoldDocument, needle: str, after: int = 0) -> tuple[int, int]:
    start = doc.text.index(needle, after)
    return start, start + len(needle)


def _mention(doc: GoldDocument, needle: str, trigger: str, after: int = 0) -> Mention:
    start, end = _span(doc, needle, after)
    return Mention(text=doc.text[start:end], start=start, end=end, trigger=trigger)


def _partial_wiki(doc: GoldDocument) -> list[EventRecord]:
    died = _span(doc, "died")
    merged = record(
        doc, *died, "died", "ASSAULT", 1,
        actors=[ActorRef(text="Russian major general", name="major general", role="recipient"),
                ActorRef(text="IS", name="Islamic State", role="actor")],
        location=Location(name="Syria"),
        weapon="IED",
    )
    # Mentions may span a sentence: only the trigger inside it counts ("confirmed" and
    # "reported", gold triggers in the same sentence, are not covered).
    sentence = doc.text.index("Russia’s foray")
    merged = merged.model_copy(update={"mentions": [
        _mention(doc, "kills", "kills"),
        _mention(doc, "Russia’s foray into Syria took yet another heavy toll this week, when "
                 "that nation’s Defense Ministry confirmed that a major general was killed in "
                 "Syria by an improvised explosive device, Al-Monitor online reported.", "killed",
                 sentence),
        *merged.mentions,
    ]})
    wrong_type = record(doc, *_span(doc, "reported", doc.text.index("Tass")), "reported",
                        "PROTEST", 2)
    spurious = record(doc, *_span(doc, "convoy"), "convoy", "ASSAULT", 3,
                      actors=[ActorRef(text="soldiers", name="soldiers", role="recipient")])
    return [merged, wrong_type, spurious]


def _partial_events(gold: Sequence[GoldDocument]) -> dict[str, list[EventRecord]]:
    mir_ali, _, tiarza = gold[1], gold[2], gold[3]
    return {
        mir_ali.id: [
            record(mir_ali, 0, 10, "killed", "ASSAULT", 1, date="2021-12-30",
                   location=Location(name="Mir Ali", admin1="Khyber Pakhtunkhwa",
                                     lat=32.970219 + 0.27, lon=70.2),
                   fatalities=6, fatalities_low=4, fatalities_high=6,
                   actors=[ActorRef(text="Pakistani soldiers", name="Pakistan Army",
                                    role="recipient"),
                           ActorRef(text="militants", name="militants", role="actor")]),
            record(mir_ali, 0, 10, "killed", "PROTEST", 2, date="2021-12-31"),
        ],
        tiarza.id: [
            record(tiarza, 0, 10, "Incidents", "COERCE", 1, date="2015-09-13",
                   actors=[ActorRef(text="TTP", name="Tehreek-e-Taliban Pakistan",
                                    role="recipient")]),
        ],
    }


def _prf(report: EvalReport, field: str) -> tuple[float | None, float | None, float | None]:
    row = report.row(field)
    return row.precision, row.recall, row.f1


def test_partial_mentions_hand_computed(sample_gold: list[GoldDocument]) -> None:
    wiki = sample_gold[0]
    report = score([wiki], {wiki.id: _partial_wiki(wiki)})
    # 5 predicted mentions (kills, killed, died, reported, convoy); all but "convoy" hit a gold
    # trigger. In scope: kills, killed, died, wounded; "wounded" is missed.
    detection = report.row("event detection")
    assert (detection.n_pred, detection.tp_pred, detection.n_gold, detection.tp_gold) == (
        5, 4, 4, 3)
    assert _prf(report, "event detection") == pytest.approx((0.8, 0.75, 1.2 / 1.55))
    assert report.row("event detection (all KAIROS types)").recall == pytest.approx(4 / 7)
    assert _prf(report, "event type") == pytest.approx((1.0, 0.75, 6 / 7))
    # Gold recipients: general (kills), general (killed), Gladkikh (died), personnel (wounded).
    # Predicted: general (merged record, right), soldiers (record covering nothing, wrong).
    assert _prf(report, "argument recipient") == pytest.approx((0.5, 0.5, 0.5))
    assert _prf(report, "argument location") == pytest.approx((1.0, 1.0, 1.0))
    actor = report.row("argument actor")
    assert (actor.n_gold, actor.n_pred, actor.precision, actor.recall, actor.f1) == (
        0, 1, 0.0, None, 0.0)
    assert report.row("argument weapon").precision == 0.0
    assert _prf(report, "arguments (all roles)") == pytest.approx((0.4, 0.6, 0.48))


def test_partial_events_hand_computed(sample_gold: list[GoldDocument]) -> None:
    gold = sample_gold[1:]
    report = score(gold, _partial_events(sample_gold))
    expected = {
        # field: (precision, recall)
        "event detection": (1.0, 2 / 3),
        "event type": (0.5, 1 / 3),  # COERCE detects but is not ASSAULT
        "date": (0.5, 1 / 3),
        "date ±1 day": (1.0, 2 / 3),
        "date ±3 days": (1.0, 2 / 3),
        "admin1": (0.0, 0.0),  # FATA is its own admin1
        "admin1 (current boundaries)": (1.0, 1 / 3),  # ... that is now Khyber Pakhtunkhwa
        "location within 25 km": (0.0, 0.0),
        "location within 50 km": (1.0, 1 / 3),
        "location name": (1.0, 1 / 3),
        "fatalities": (0.0, 0.0),
        "deaths within range": (1.0, 1 / 3),
        "actor1": (0.5, 1 / 3),  # dyadic gold: sides match predicted actors of either role
        "actor2": (0.5, 1 / 3),
    }
    for field, (precision, recall) in expected.items():
        row = report.row(field, "event")
        assert (row.precision, row.recall) == pytest.approx((precision, recall)), field
        assert row.accuracy == row.recall or field == "event detection"
    assert report.measure("location error median").value == pytest.approx(30.0, abs=0.1)
    with pytest.raises(KeyError):
        report.row("weapon")  # UCDP does not annotate weapons: no row


def _one_event_gold(tmp_path: Path, **gold: object) -> list[GoldDocument]:
    line = {"id": "g1", "text": "Militants killed two soldiers in Wana.",
            "gold": {"event_type": "state-based conflict", **gold}}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    return load_gold(path)


@pytest.mark.parametrize(("predicted", "exact", "one", "three"), [
    ("2021-12-31", True, True, True),
    ("2021-12-30", False, True, True),
    ("2021-12-28", False, False, True),  # three days before the gold span
    ("2022-01-05", False, False, True),  # three days after its end
    ("2021-12-27", False, False, False),
    ("2022-01-06", False, False, False),
])
def test_date_windows(tmp_path: Path, predicted: str, exact: bool, one: bool,
                      three: bool) -> None:
    gold = _one_event_gold(tmp_path, date="2021-12-31", date_end="2022-01-02")
    report = score(gold, {"g1": [record(gold[0], 0, 9, "killed", date=predicted)]})
    got = [report.row(f).recall == 1.0 for f in ("date", "date ±1 day", "date ±3 days")]
    assert got == [exact, one, three]


@pytest.mark.parametrize(("gold_admin1", "predicted", "strict", "current"), [
    ("Federally Administered Tribal Areas", "Khyber Pakhtunkhwa", False, True),
    ("FATA", "Federally Administered Tribal Areas", True, True),
    ("Khyber Pakhtunkwa", "KPK", True, True),
    ("Khyber Pakhtunkhwa", "FATA", False, True),  # the same territory today, either way round
    ("Federally Administered Tribal Areas", "Balochistan", False, False),
    ("Punjab", "Sindh", False, False),
])
def test_admin1_rows(tmp_path: Path, gold_admin1: str, predicted: str, strict: bool,
                     current: bool) -> None:
    gold = _one_event_gold(tmp_path, admin1=gold_admin1)
    located = record(gold[0], 0, 9, "killed", location=Location(name="Wana", admin1=predicted))
    report = score(gold, {"g1": [located]})
    assert report.row("admin1").recall == float(strict)
    assert report.row("admin1 (current boundaries)").recall == float(current)


def test_location_error_of_places_named_finer_than_a_province(tmp_path: Path) -> None:
    gold = _one_event_gold(tmp_path, lat=32.3, lon=69.57)
    city = Location(name="Wana", lat=32.3, lon=69.57 + 0.1, precision="city")
    country = Location(name="Pakistan", lat=30.0, lon=70.0, precision="country")
    report = score(gold, {"g1": [record(gold[0], 0, 9, "killed", location=city)]})
    fine = report.measure("location error median (admin2 or finer)")
    assert fine.n == 1 and fine.value == pytest.approx(9.4, abs=0.2) and fine.resolution
    report = score(gold, {"g1": [record(gold[0], 0, 9, "killed", location=country)]})
    assert report.measure("location error median (admin2 or finer)").n == 0
    assert report.measure("location error median").n == 1


def test_resolution_rows_are_marked_and_shown_apart(sample_gold: list[GoldDocument]) -> None:
    report = score(sample_gold, perfect(sample_gold))
    assert {r.field for r in report.rows if r.resolution} == {
        "date", "date ±1 day", "date ±3 days", "admin1", "admin1 (current boundaries)",
        "location within 25 km", "location within 50 km", "actor1", "actor2"}
    assert all(r.profile == "event" for r in report.rows if r.resolution)
    assert report.measure("location error median").resolution
    console = Console(width=160, record=True)
    console.print(render(report))
    text = console.export_text()
    assert "resolution (events)" in text
    # The section comes after the event profile's other rows.
    assert text.index("deaths within range") < text.index("resolution (events)") < text.index(
        "date ±3 days")


def test_one_sided_gold_keeps_roles(tmp_path: Path) -> None:
    line = {"id": "g1", "text": "Militants killed villagers.", "gold": {
        "event_type": "one-sided violence", "actor1": "TTP", "actor2": "Civilians"}}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    gold = load_gold(path)
    swapped = record(gold[0], 0, 9, "killed", actors=[
        ActorRef(text="villagers", name="villagers", role="actor"),
        ActorRef(text="TTP", name="TTP", role="recipient")])
    report = score(gold, {"g1": [swapped]})
    assert report.row("actor1").recall == 0.0 and report.row("actor2").recall == 0.0


def test_predictions_round_trip_and_stray_ids(
    sample_gold: list[GoldDocument], tmp_path: Path
) -> None:
    predictions = perfect(sample_gold)
    stray = record(sample_gold[1], 0, 5, "x").model_copy(update={"doc_id": "elsewhere"})
    path = tmp_path / "pred.jsonl"
    lines = [r.to_json() for records in predictions.values() for r in records]
    path.write_text("\n".join([*lines, stray.to_json()]) + "\n", encoding="utf-8")
    loaded = load_predictions(path)
    report = score(sample_gold, loaded)
    assert set(_all_defined(report)) == {1.0}
    assert any("'elsewhere'" in note for note in report.notes)


def test_collect_predictions_runs_an_extractor(sample_gold: list[GoldDocument]) -> None:
    expected = perfect(sample_gold)
    seen: list[str] = []

    def extract(documents: Sequence[Document]) -> Iterable[tuple[str, list[EventRecord]]]:
        for document in documents:
            seen.append(document.id)
            yield document.id, expected[document.id]

    predictions = collect_predictions(sample_gold, extract)
    assert seen == [d.id for d in sample_gold]
    assert set(_all_defined(score(sample_gold, predictions))) == {1.0}


def test_render_and_json(sample_gold: list[GoldDocument]) -> None:
    report = score(sample_gold, perfect(sample_gold))
    console = Console(width=160, record=True)
    console.print(render(report))
    text = console.export_text()
    assert "event detection" in text and "deaths within range" in text and "100.0" in text
    data = json.loads(report.to_json())
    row = next(r for r in data["rows"] if r["field"] == "admin1")
    assert (row["precision"], row["recall"], row["f1"], row["accuracy"]) == (1.0, 1.0, 1.0, 1.0)
    assert EvalReport.model_validate_json(report.to_json()).rows == report.rows


def test_evaluate_reads_both_files(sample_gold: list[GoldDocument], tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text("".join(r.to_json() + "\n" for records in perfect(sample_gold).values()
                            for r in records), encoding="utf-8")
    gold_path = Path(__file__).parent / "fixtures" / "gold_sample.jsonl"
    assert set(_all_defined(evaluate(gold_path, path))) == {1.0}
    with pytest.raises(ValueError, match="extractor"):
        evaluate(gold_path)


def test_acled_coded_records_of_a_no_event_document_are_false_alarms(tmp_path: Path) -> None:
    path = tmp_path / "negatives.jsonl"
    texts = ["The minister called the budget an assault on the poor.",
             "A landslide buried three houses in Swat after days of rain.",
             "The striker's late attack sank the visitors in Lahore."]
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": t, "gold": None}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    gold = load_gold(path)
    coded = record(gold[0], 0, 8, "assault", acled_event_type="Violence against civilians")
    uncoded = record(gold[1], 0, 10, "buried", event_type="CONSULT")  # no ACLED type: no alarm
    twice = [record(gold[2], 0, 10, "attack", number=n, acled_event_type="Battles")
             for n in range(2)]
    report = score(gold, {"n0": [coded], "n1": [uncoded], "n2": twice})
    row = report.row("no-event documents without a false alarm")
    assert (row.n_gold, row.tp_gold, row.accuracy) == (3, 1, pytest.approx(1 / 3))
    assert report.measure("false alarms on no-event documents").value == 3
    assert report.measure("false alarms typed Battles").value == 2
    assert report.measure("false alarms typed Violence against civilians").value == 1
    clean = score(gold, {})
    assert clean.row("no-event documents without a false alarm").accuracy == 1.0
    assert clean.measure("false alarms on no-event documents").value == 0
    with pytest.raises(KeyError):  # no gold events: no detection row, no location measures
        report.row("event detection")
    with pytest.raises(KeyError):
        report.measure("location error median")


def test_no_event_documents_beside_event_gold(sample_gold: list[GoldDocument],
                                              tmp_path: Path) -> None:
    path = tmp_path / "negatives.jsonl"
    path.write_text(json.dumps({"id": "n0", "text": "Talks were held in Doha.", "gold": None})
                    + "\n", encoding="utf-8")
    gold = [*sample_gold, *load_gold(path)]
    report = score(gold, perfect(sample_gold))
    assert report.row("event detection").recall == 1.0
    assert report.row("no-event documents without a false alarm").accuracy == 1.0
    assert set(_all_defined(report)) == {1.0}
