"""A spaCy component that makes every explicit calendar date one whole DATE entity.

The small English model often cuts a written date short or splits it: "Around 6 June 2021"
becomes DATE "June 2021" (month precision), "29 Apr 2022" becomes DATE "2022" (year precision),
and Solar Hijri dates ("3 Farvardin 1402", "the 25th of Asad 1400") are tagged CARDINAL or PERSON
or missed, their day then read as a casualty count. ACLED-style notes open with such a date and
everything after depends on it, so the dates the calendar lexicon can read are found by pattern
and replace the model's partial spans. A span the model already got whole (or longer: "on or
around 4 May 2021") is left alone.

The month names come through the component's spaCy config (`months`, `solar_hijri_months`),
which whoever builds the pipeline fills from the date lexicon (`data/lexicons/dates.yaml`):
English months and their abbreviations, and Solar Hijri months, which are read only beside a day
*and* a year or a Solar Hijri year (1300–1500), never alone ("Asad" is also a name).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

COMPONENT = "roydad_explicit_dates"
_KEEP_LABELS = frozenset({"DATE", "TIME"})


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _pattern(months: list[str], solar_hijri_months: list[str]) -> re.Pattern[str]:
    en = _alternation(months)
    sh = _alternation(solar_hijri_months)
    day = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    day_ordinal = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
    year = r"(?:1[89]\d\d|20\d\d)"
    sh_year = r"1[34]\d\d"
    month = rf"(?:{en})\.?"
    part = r"(?:(?:the\s+)?(?:night|morning|afternoon|evening|early\s+hours)\s+of\s+)?"
    day_month = rf"(?:{day}(?:\s+of)?\s+{month}|{month}\s+{day})"
    forms = [
        # between 2 and 4 September 2021 · from 30 August to 2 September · between June 2 and 4
        rf"(?:between|from)\s+(?:{day_month}|{day})\s+(?:and|to|until)\s+"
        rf"(?:{day_month}|{day})(?:,?\s+{year})?",
        # 6 June 2021 · 29 Apr · the 3rd of May, 2020 · 4-5 May 2021 · 4/5 May · the night of 4 May
        rf"{part}(?:the\s+)?{day}(?:\s*[-–/]\s*{day})?(?:\s+of)?\s+{month}(?:,?\s+{year})?",
        # June 6, 2021 · Sept. 3 · Apr 29th 2022
        rf"{month}\s+{day}(?:,?\s+{year})?",
        # June 2021
        rf"{month},?\s+{year}",
        # 3 Farvardin 1402 · the 25th of Asad 1400 · Asad 1400
        rf"(?:{part}(?:the\s+)?{day}(?:\s+of)?\s+)?(?:{sh})\s+{sh_year}",
        # 2021-06-06
        r"(?:19|20)\d\d-[01]\d-[0-3]\d",
        # 3/4/2022 · 03.04.2022 · 13-11-2022 (`resolve.dates` decides day or month first)
        r"(?:0?[1-9]|[12]\d|3[01])(?P<dmy>[/.-])(?:0?[1-9]|[12]\d|3[01])(?P=dmy)(?:19|20)\d\d",
        # 2022/11/13 · 1401/12/18 (a Solar Hijri year, as Afghan and Iranian outlets write it)
        r"(?:(?:19|20)\d\d|1[34]\d\d)(?P<ymd>[/.])(?:0?[1-9]|1[0-2])(?P=ymd)(?:0?[1-9]|[12]\d|3[01])",
        # on the 14th · the night of the 28th: a day of the month the report is in, not an
        # ordinal of anything else ("the 14th century", "the 5th Division")
        rf"(?:{part[:-1]}|(?<=\bon\s))the\s+{day_ordinal}(?![ \t]*(?:of\b|[A-Za-z]))",
    ]
    if solar_hijri_months:
        # on 27 Esfand · on the 3rd of Hamal: a Solar Hijri day without its year, only after
        # "on", not as a name ("on 4 Mehr Street"; the month names are also names and words)
        forms.append(rf"(?<=\bon\s)(?:the\s+)?{day}(?:\s+of)?\s+(?:{sh})(?![ \t]+(?-i:[A-Z]))")
    return re.compile(rf"\b(?:{'|'.join(forms)})\b", re.IGNORECASE)


# A day counted from the day the text gave last, which the model often leaves untagged at the
# head of a sentence ("The following day, the coalition bombed Sanaa", "That same night,
# residents ..."): `resolve.dates` reads them against that day.
_PART = r"(?:day|morning|afternoon|evening|night)"
_RELATIVE = re.compile(
    rf"\b(?:(?:the\s+)?(?:next|following)\s+{_PART}|(?:later\s+)?that\s+same\s+{_PART}"
    rf"|later\s+that\s+{_PART}|the\s+same\s+{_PART}"
    r"|(?:a|one|two|three|four|five|six|\d)\s+days?\s+later)\b",
    re.IGNORECASE)


class ExplicitDates:
    """`months`: English month names and their abbreviations, lower case; `solar_hijri_months`:
    the Solar Hijri month names as English text spells them."""

    def __init__(self, months: list[str], solar_hijri_months: list[str]) -> None:
        self.months = frozenset(months)
        self.pattern = _pattern(months, solar_hijri_months)

    def __call__(self, doc: Doc) -> Doc:
        found = self.explicit_dates(doc)
        if not found:
            return doc
        ents = list(doc.ents)
        added = []
        for span in found:
            if any(e.label_ in _KEEP_LABELS and e.start <= span.start and span.end <= e.end
                   for e in ents):
                continue  # the model's span already holds the whole date
            added.append(span)
        if not added:
            return doc
        taken = {i for s in added for i in range(s.start, s.end)}
        kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = filter_spans([*kept, *added])
        return doc

    def explicit_dates(self, doc: Doc) -> list[Span]:
        """The token-aligned spans of the explicit dates written in the text."""
        spans = []
        matches = [*self.pattern.finditer(doc.text), *_RELATIVE.finditer(doc.text)]
        for match in sorted(matches, key=lambda m: m.start()):
            # "Sept." and "Apr." lose their stop to the tokenizer at a sentence end: align by
            # expanding to whole tokens, then require that the span starts where the date does.
            span = doc.char_span(match.start(), match.end(), label="DATE",
                                 alignment_mode="expand")
            starts = span is not None and span.start_char == match.start()
            if span is not None and starts and not self._is_bare(match[0]):
                spans.append(span)
        return spans

    def _is_bare(self, text: str) -> bool:
        """'may 2' or 'march 12' in lower case are a verb and a count more often than a date."""
        first = text.split()[0]
        month = first.rstrip(".").lower() in self.months
        return first.islower() and month and not text[0].isdigit()


@Language.factory(COMPONENT)
def make_explicit_dates(
    nlp: Language, name: str, months: list[str], solar_hijri_months: list[str]
) -> ExplicitDates:
    return ExplicitDates(months, solar_hijri_months)
