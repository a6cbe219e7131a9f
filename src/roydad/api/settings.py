"""The web UI's settings, read from `roydad/web/ui.yaml` (data, not code; its model is
`roydad.datafiles.web.UISettings`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import get_args

from roydad.datafiles import data_path, load
from roydad.datafiles.web import EditableField, UISettings
from roydad.models import Certainty, DatePrecision, EventType, ReviewStatus

WEB = data_path("web")
UI_FILE = WEB / "ui.yaml"

EVENT_TYPES: tuple[str, ...] = get_args(EventType)
CERTAINTIES: tuple[str, ...] = get_args(Certainty)
REVIEW_STATUSES: tuple[str, ...] = get_args(ReviewStatus)
DATE_PRECISIONS: tuple[str, ...] = get_args(DatePrecision)
_CHOICES = {
    "event_types": EVENT_TYPES, "certainties": CERTAINTIES, "date_precisions": DATE_PRECISIONS,
}


def field_options(field: EditableField) -> tuple[str, ...]:
    """The values an editable field may take: those of its `choices` vocabulary, if any."""
    return _CHOICES.get(field.choices or "", ())


@lru_cache(maxsize=1)
def ui_settings(path: Path = UI_FILE) -> UISettings:
    """The settings; a malformed file fails at start with the file and the field named
    (`DataFileError`), not at first use."""
    return load(path, UISettings)
