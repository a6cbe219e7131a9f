"""Model of the web UI's settings, web/ui.yaml (or a user's own file of the same shape)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class EditableField(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["text", "int", "float", "date", "choice", "list", "location"]
    choices: str | None = None  # the vocabulary a choice is made from, e.g. "event_types"


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
