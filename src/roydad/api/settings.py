"""The web UI's settings, read from `roydad/web/ui.yaml` (data, not code)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field

from roydad.models import Certainty, DatePrecision, EventType, ReviewStatus

WEB = Path(__file__).resolve().parent.parent / "web"
UI_FILE = WEB / "ui.yaml"

EVENT_TYPES: tuple[str, ...] = get_args(EventType)
CERTAINTIES: tuple[str, ...] = get_args(Certainty)
REVIEW_STATUSES: tuple[str, ...] = get_args(ReviewStatus)
DATE_PRECISIONS: tuple[str, ...] = get_args(DatePrecision)
_CHOICES = {
    "event_types": EVENT_TYPES, "certainties": CERTAINTIES, "date_precisions": DATE_PRECISIONS,
}


class EditableField(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["text", "int", "float", "date", "choice", "list", "location"]
    choices: str | None = None

    def options(self) -> tuple[str, ...]:
        return _CHOICES.get(self.choices or "", ())


class UISettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    type_colours: dict[str, str]
    editable_fields: dict[str, EditableField]
    page_size: int = Field(ge=1)
    max_page_size: int = Field(ge=1)
    review_queue_size: int = Field(ge=1)
    max_map_points: int = Field(ge=1)
    max_network_edges: int = Field(ge=1)

    def colour(self, event_type: str) -> str:
        return self.type_colours.get(event_type, "#555555")


@lru_cache(maxsize=1)
def ui_settings(path: Path = UI_FILE) -> UISettings:
    """The settings; a malformed file fails at start with the file named, not at first use."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return UISettings.model_validate(raw)
    except (OSError, yaml.YAMLError, ValueError) as error:
        raise RuntimeError(f"{path}: {error}") from error
