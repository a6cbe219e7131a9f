"""The extraction contract as a JSON Schema, and the checks outside tools rely on."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from roydad.datafiles import data_path


@cache
def record_schema() -> dict[str, Any]:
    path = data_path("data/contract/event_record.schema.json")
    schema: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return schema


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(record_schema())


def contract_errors(record: dict[str, Any], text: str | None = None) -> list[str]:
    """Every way a record breaks the contract; with the document text, also check that the
    evidence and mention offsets point at the words they quote."""
    errors = [f"{'/'.join(map(str, e.path)) or '<record>'}: {e.message}"
              for e in _validator().iter_errors(record)]
    if text is not None and not errors:
        spans = [("evidence", record["evidence"])] + [
            (f"mentions/{i}", m) for i, m in enumerate(record["mentions"])
        ]
        for where, span in spans:
            if text[span["start"] : span["end"]] != span["text"]:
                errors.append(f"{where}: offsets {span['start']}..{span['end']} do not match text")
        evidence = record["evidence"]
        if not any(m["start"] == evidence["start"] and m["end"] == evidence["end"]
                   for m in record["mentions"]):
            errors.append("evidence: not one of the mentions")
    return errors
