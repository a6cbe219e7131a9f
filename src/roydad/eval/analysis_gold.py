"""Key-event gold for long analytical articles (`data/analyses/`; issue 13, section 8).

A long analysis reports several happenings in different places and at different dates, lists
earlier attacks, quotes threats by different officials, and weighs rival accounts of who did
it. Its gold is not one line per event but one article with its **key events**, in YAML:

    articles:
      - id: governor_balkh
        text_file: texts/governor_balkh.txt      # relative to the gold file (or `text:`)
        pub_date: 2023-03-18
        calendar: null                           # or solar-hijri, as Document.calendar
        key_events:
          - id: bombing
            type: ASSAULT                        # PLOVER category, or a list of acceptable ones
            date: 2023-03-09                     # YYYY, YYYY-MM, YYYY-MM-DD, or [first, last]
            place: [Mazar-i-Sharif, Mazar-e Sharif]   # acceptable names; null: not checked
            participants: [[Mohammad Dawood Muzammil, governor], [ISIS-K, Islamic State]]
            attributions:                        # who blames whom for it
              - {kind: responsibility, claimant: ISIS-K, blamed: [ISIS-K, Islamic State]}
        other_events:                            # real but minor happenings: same fields
          - {id: funeral, type: [PROTEST, CONSULT], date: 2023-03-10, place: Jalalabad}

A participant is a list of acceptable names (a single string is one name). An attribution's
`kind` is the contract's (`responsibility`, `attribution`, `accusation`, `denial`); `blamed`
lists acceptable names of the party blamed (or denying). How records are matched to key events
is in `analysis_score.py`.
"""

from __future__ import annotations

import calendar as month_days
import datetime as dt
import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from roydad.models import Calendar, Document

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
ClaimKindName = Literal["responsibility", "attribution", "accusation", "denial"]


class AnalysisGoldError(ValueError):
    """A key-event gold file that cannot be scored, with the place of the problem."""


def _names(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldAttribution(_Model):
    """Who blames whom for a key event (or who denies it: `kind: denial`)."""

    kind: ClaimKindName = "attribution"
    claimant: str | None = None
    blamed: tuple[str, ...]
    hedged: bool = False  # "some point to", "may have been": a hypothesis, not a finding

    _blamed = field_validator("blamed", mode="before")(_names)


class KeyEvent(_Model):
    """One happening of an article: its type(s), when, where, who and who is blamed."""

    id: str
    type: tuple[str, ...]
    date: tuple[dt.date, dt.date] | None = None  # the first and last day it may fall on
    place: tuple[str, ...] = ()
    participants: tuple[tuple[str, ...], ...] = ()
    attributions: tuple[GoldAttribution, ...] = ()
    note: str | None = None

    _type = field_validator("type", "place", mode="before")(_names)

    @field_validator("participants", mode="before")
    @classmethod
    def _participants(cls, value: Any) -> Any:
        return [_names(v) for v in value] if isinstance(value, list) else value

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, list):
            if len(value) != 2:
                raise ValueError("a date range is [first, last]")
            return (date_span(value[0])[0], date_span(value[1])[1])
        return date_span(value)


class AnalysisArticle(_Model):
    id: str
    text: str
    pub_date: dt.date | None = None
    calendar: Calendar | None = None
    key_events: tuple[KeyEvent, ...] = Field(min_length=1)
    other_events: tuple[KeyEvent, ...] = ()
    origin: str = ""

    def to_document(self) -> Document:
        return Document(id=self.id, text=self.text, pub_date=self.pub_date,
                        calendar=self.calendar, origin=self.origin)


def date_span(value: Any) -> tuple[dt.date, dt.date]:
    """The days a gold date covers: 2023 is the year, 2023-03 the month, 2023-03-09 the day."""
    if isinstance(value, dt.date):
        return (value, value)
    match = _DATE.match(str(value).strip())
    if match is None:
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if month is None:
        return (dt.date(year, 1, 1), dt.date(year, 12, 31))
    if day is None:
        return (dt.date(year, month, 1),
                dt.date(year, month, month_days.monthrange(year, month)[1]))
    return (dt.date(year, month, day), dt.date(year, month, day))


def is_analysis_gold(path: str | Path) -> bool:
    """A YAML file is key-event gold; JSONL gold is the other formats."""
    return Path(path).suffix.lower() in (".yaml", ".yml")


def load_analysis_gold(path: str | Path) -> list[AnalysisArticle]:
    """The articles of a key-event gold file, texts read, in file order."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise AnalysisGoldError(f"{path}: cannot read: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise AnalysisGoldError(f"{path}: expected a mapping with a list `articles`")
    articles: list[AnalysisArticle] = []
    for number, raw in enumerate(data["articles"], start=1):
        where = f"{path}: article {number}"
        if not isinstance(raw, dict):
            raise AnalysisGoldError(f"{where}: not a mapping")
        raw = dict(raw)
        text_file = raw.pop("text_file", None)
        if text_file is not None:
            try:
                raw["text"] = (path.parent / str(text_file)).read_text(encoding="utf-8")
            except OSError as error:
                raise AnalysisGoldError(f"{where}: cannot read {text_file}: {error}") from error
        try:
            article = AnalysisArticle.model_validate({**raw, "origin": where})
        except ValidationError as error:
            raise AnalysisGoldError(f"{where} ({raw.get('id')}): {error}") from error
        ids = [e.id for e in (*article.key_events, *article.other_events)]
        if len(set(ids)) != len(ids):
            raise AnalysisGoldError(f"{where}: event ids repeat: {sorted(ids)}")
        articles.append(article)
    if not articles:
        raise AnalysisGoldError(f"{path}: no articles")
    if len({a.id for a in articles}) != len(articles):
        raise AnalysisGoldError(f"{path}: article ids repeat")
    return articles
