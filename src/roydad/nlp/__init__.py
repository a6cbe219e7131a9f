"""The spaCy pipeline roydad runs over every document, loaded once per process."""

from roydad.nlp.name_lists import NameLists
from roydad.nlp.pipeline import MODEL_NAME, load_pipeline

__all__ = ["MODEL_NAME", "NameLists", "load_pipeline"]
