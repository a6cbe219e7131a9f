"""Ingest: files, folders and feed URLs in; `Document`s and `Problem`s out.

One reader module per input format (`jsonl`, `text`, `html`, `feed`, `url`), each
claiming its inputs by `match()`; `read_inputs` walks the inputs and dispatches.
"""

from roydad.ingest.base import DEFAULT_MAX_CHARS, Reader, ReadOptions, Source
from roydad.ingest.inputs import READERS, read_inputs, reader_for

__all__ = [
    "DEFAULT_MAX_CHARS",
    "READERS",
    "ReadOptions",
    "Reader",
    "Source",
    "read_inputs",
    "reader_for",
]
