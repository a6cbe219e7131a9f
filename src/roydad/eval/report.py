"""The scorer's result: typed rows of counts and the ratios derived from them, and a rich table.

Every row keeps both sides' counts because they differ when one prediction covers several gold
items (a contract record merges the mentions of one happening):

* `n_gold`, `tp_gold`: gold items, and those a prediction got right → recall = tp_gold / n_gold.
  A gold item with no prediction is wrong, so recall is also the *accuracy* of a field.
* `n_pred`, `tp_pred`: predicted items, and those that are right → precision = tp_pred / n_pred.
  For a field (date, admin1, ...) a predicted item is a matched prediction that gives a value.

A ratio with a zero denominator is None ("n/a"), never a silent 0 or 1.

Rows and measures marked `resolution` judge the resolvers (dates, places, actors) rather than
detection and extraction; the table shows them in a section of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, computed_field
from rich.table import Table

from roydad.eval.gold import Profile

RowKind = Literal["detection", "field"]


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


class ScoreRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    profile: Profile
    field: str
    kind: RowKind
    n_gold: int
    n_pred: int
    tp_gold: int
    tp_pred: int
    resolution: bool = False  # judges a resolver (see the module docstring)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        return ratio(self.tp_pred, self.n_pred)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        return ratio(self.tp_gold, self.n_gold)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        if not self.n_gold and not self.n_pred:
            return None
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float | None:
        """For a field: right values over all gold values, a missing prediction being wrong."""
        return self.recall if self.kind == "field" else None


@dataclass
class Tally:
    """Counts of one row being accumulated over documents."""

    n_gold: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    tp_pred: int = 0

    def field(self, predicted: bool, correct: bool) -> None:
        """One gold value: whether a prediction gave a value for it, and whether it is right."""
        assert predicted or not correct
        self.n_gold += 1
        self.n_pred += predicted
        self.tp_gold += correct
        self.tp_pred += correct

    def row(self, profile: Profile, field: str, kind: RowKind, *, resolution: bool = False
            ) -> ScoreRow:
        return ScoreRow(profile=profile, field=field, kind=kind, n_gold=self.n_gold,
                        n_pred=self.n_pred, tp_gold=self.tp_gold, tp_pred=self.tp_pred,
                        resolution=resolution)


class MeasureRow(BaseModel):
    """A quantity that is not a ratio of counts, e.g. the median location error in km."""

    model_config = ConfigDict(frozen=True)

    profile: Profile
    field: str
    n: int
    value: float | None
    unit: str
    resolution: bool = False


class EvalReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    gold_documents: int
    gold_mentions: int
    gold_events: int
    predicted_records: int
    rows: tuple[ScoreRow, ...] = ()
    measures: tuple[MeasureRow, ...] = ()
    notes: tuple[str, ...] = ()

    def row(self, field: str, profile: Profile | None = None) -> ScoreRow:
        """The row of `field` (in `profile` if given); KeyError if the report has none."""
        for row in self.rows:
            if row.field == field and (profile is None or row.profile == profile):
                return row
        raise KeyError(f"no row {field!r}" + (f" in profile {profile!r}" if profile else ""))

    def measure(self, field: str, profile: Profile | None = None) -> MeasureRow:
        for measure in self.measures:
            if measure.field == field and (profile is None or measure.profile == profile):
                return measure
        raise KeyError(f"no measure {field!r}")

    def to_json(self) -> str:
        return self.model_dump_json(indent=2)


_PROFILE_TITLE: dict[Profile, str] = {
    "mention": "mentions (WikiEvents-style)",
    "event": "events (UCDP/ACLED-style)",
}
_RESOLUTION_TITLE: dict[Profile, str] = {
    "mention": "resolution (mentions)",
    "event": "resolution (events)",
}


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def _profile_order(report: EvalReport, profile: Profile) -> int:
    """Profiles keep the order of the report's rows (sorting is stable within one)."""
    return next(i for i, row in enumerate(report.rows) if row.profile == profile)


def render(report: EvalReport) -> Table:
    """The report as one table (percentages), with measures and notes in its caption."""
    table = Table(
        title=(f"roydad eval: {report.gold_documents} documents, {report.gold_mentions} gold "
               f"mentions, {report.gold_events} gold events, "
               f"{report.predicted_records} predicted records"),
        title_justify="left",
        caption_justify="left",
    )
    table.add_column("profile")
    table.add_column("field")
    for name in ("gold", "pred", "tp gold", "tp pred"):
        table.add_column(name, justify="right")
    for name in ("P %", "R % / acc %", "F1 %"):
        table.add_column(name, justify="right")
    # A section per profile, and one for its resolution rows, each titled on its first row.
    section: tuple[Profile, bool] | None = None
    for row in sorted(report.rows, key=lambda r: (_profile_order(report, r.profile),
                                                  r.resolution)):
        title = ""
        if (row.profile, row.resolution) != section:
            if section is not None:
                table.add_section()
            section = (row.profile, row.resolution)
            title = (_RESOLUTION_TITLE if row.resolution else _PROFILE_TITLE)[row.profile]
        table.add_row(
            title, row.field, str(row.n_gold), str(row.n_pred), str(row.tp_gold),
            str(row.tp_pred), _percent(row.precision), _percent(row.recall), _percent(row.f1),
        )
    caption = [
        ("resolution, " if m.resolution else "") + f"{m.field}: "
        + ("n/a" if m.value is None else f"{m.value:.1f} {m.unit}") + f" (n={m.n})"
        for m in report.measures
    ]
    caption.extend(f"note: {note}" for note in report.notes)
    if caption:
        table.caption = "\n".join(caption)
    return table
