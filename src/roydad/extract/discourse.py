"""Long articles that are not running prose: explainers, interviews, risk notes and letters.

An explainer asks a question and answers it; an interview gives turns ("Q: ...", "Haile: ...");
a risk note lists dated bullets under headings; a letter tells what the writer did and saw.
Their sentences lean on the line around them for the day and the place of what they tell:

* an answer tells what its question asks about: "What happened in Mota last weekend?" places and
  dates "Fano fighters walked into the town" (`Discourse.answer_date`, `Discourse.answer_place`);
  an answer's undated mention takes the last day written before it in the answer, else the
  question's;
* a bullet's leading date ("- 4 May: Shells struck ...", "12 June: ...") dates the bullet's
  undated mentions (`Discourse.lead_date`);
* a summary's lines ("SUMMARY", "Key points") restate the body: their mentions join the body's
  happening like a headline's; an outlook's or a recommendation's lines ("ASSESSMENT", "What
  happens next?") tell what may come, not what happened, unless told in a past tense
  (`Discourse.section_of`);
* a question itself asks, it reports nothing of its own;
* the writer's own going ("When I visited Solino on Tuesday, gunmen had attacked at dawn") is
  no event; its day dates what the sentence tells (`narrator_visit`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Literal

from spacy.tokens import Doc, Span, Token

from roydad.extract.events import Candidate
from roydad.extract.lexicon import load_lexicon
from roydad.extract.paragraph_context import long_text
from roydad.extract.places.mentions import PLACE_LABELS
from roydad.extract.syntax import entities, entities_in
from roydad.models import Document, Location
from roydad.resolve.dates import ResolvedDate, resolve_date

Section = Literal["summary", "outlook"]
LineKind = Literal["heading", "question", "prose", "blank"]

# A speaker label opening a line: "Q:", "A:", "Haile:", "Meron Haile:".
_LABEL = re.compile(r"^\s*([A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,2})\s*:\s+")
# A bullet's lead: a marker, then a date and a colon or a dash ("- 4 May:", "• 5-7 May –").
_LEAD = re.compile(r"^\s*(?:[-•*–—▪]\s*)?(?P<date>[^:–—\n]{3,32}?)\s*(?::|\s[–—-]\s)")
_BULLET = re.compile(r"^\s*[-•*–—▪]\s")
# A line this long (characters) is prose, not a heading, whatever its last character.
_HEADING_CHARS = 90
_QUESTION_CHARS = 300
# A heading that dates the items under it is short: "MONDAY", "Tuesday 8 November".
_HEADING_DATE_WORDS = 4


@dataclass(frozen=True)
class DiscourseLexicon:
    question_labels: frozenset[str]
    summary_headings: frozenset[str]
    outlook_headings: frozenset[str]
    narrator_verbs: frozenset[str]
    district_nouns: frozenset[str]


@cache
def lexicon() -> DiscourseLexicon:
    raw = load_lexicon("discourse")
    return DiscourseLexicon(*(frozenset(str(w).lower() for w in raw[k]) for k in (
        "question_labels", "summary_headings", "outlook_headings", "narrator_verbs",
        "district_nouns")))


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    kind: LineKind


def _kind(text: str) -> LineKind:
    stripped = text.strip()
    if not stripped:
        return "blank"
    label = _LABEL.match(stripped)
    if label is not None and label.group(1).lower() in lexicon().question_labels:
        return "question"
    if stripped.endswith("?") and len(stripped) <= _QUESTION_CHARS:
        return "question"
    if (len(stripped) <= _HEADING_CHARS and stripped[-1] not in ".!\"'”:;,?"
            and not _BULLET.match(stripped)):
        return "heading"
    return "prose"


def _topic(text: str) -> str:
    return re.sub(r"[^\w\s]", " ", text.lower()).strip()


def _section(text: str) -> Section | None:
    topic = " ".join(_topic(text).split())
    lex = lexicon()
    if any(topic == w or topic.startswith(w + " ") for w in lex.summary_headings):
        return "summary"
    if any(w in topic for w in lex.outlook_headings if " " in w) or (
            topic.split()[:1] and topic.split()[0] in lex.outlook_headings):
        return "outlook"
    return None


class Discourse:
    """The lines of a document: headings, questions and their answers, bullets."""

    def __init__(self, doc: Doc, document: Document) -> None:
        self.doc = doc
        self.document = document
        self.lines: list[Line] = []
        at = 0
        for text in doc.text.split("\n"):
            self.lines.append(Line(at, at + len(text), text, _kind(text)))
            at += len(text) + 1
        self.starts = [line.start for line in self.lines]
        questions = sum(1 for line in self.lines if line.kind == "question")
        # a short note is one stretch of days: only an article's sentences lean on their lines
        self.long = long_text(doc.text)
        self.qa = questions >= 2
        self.sections: list[Section | None] = []
        self.question_of: list[int | None] = []
        self.heading_of: list[int | None] = []
        section: Section | None = None
        question: int | None = None
        heading: int | None = None
        for i, line in enumerate(self.lines):
            if line.kind == "heading":
                section, question = _section(line.text), None
                heading = i if i > 0 else None  # the first line is the headline
            elif line.kind == "question" and self.qa:
                section, question = _section(line.text), i
            self.sections.append(section)
            self.question_of.append(question if self.qa and i != question else None)
            self.heading_of.append(heading if i != heading else None)

    def line_of(self, char: int) -> int:
        return bisect_right(self.starts, char) - 1

    def section_of(self, cand: Candidate) -> Section | None:
        return self.sections[self.line_of(cand.sentence.start_char)]

    def in_question(self, cand: Candidate) -> bool:
        return self.qa and self.lines[self.line_of(cand.hit.span.start_char)].kind == "question"

    # -- dates ----------------------------------------------------------------------------

    def _resolve(self, text: str) -> ResolvedDate | None:
        when = resolve_date(text, self.document.pub_date, calendar=self.document.calendar)
        pub = self.document.pub_date
        if when is None or (pub is not None and when.start > pub):
            return None
        return when

    def lead_date(self, cand: Candidate) -> ResolvedDate | None:
        """"- 4 May: Shells struck the camp": the date a bullet (or a line) opens with."""
        line = self.lines[self.line_of(cand.sentence.start_char)]
        lead = _LEAD.match(line.text)
        if not self.long or lead is None or not any(ch.isdigit() for ch in lead.group("date")):
            return None
        return self._resolve(lead.group("date"))

    def _dates_in(self, start: int, end: int) -> list[ResolvedDate]:
        found = []
        for ent in entities(self.doc):
            if ent.label_ in ("DATE", "TIME") and start <= ent.start_char < end:
                when = self._resolve(ent.text)
                if when is not None and when.precision in ("day", "week", "month"):
                    found.append(when)
        return found

    def answer_date(self, cand: Candidate) -> ResolvedDate | None:
        """The last day written in the answer before the mention, else its question's."""
        line = self.line_of(cand.sentence.start_char)
        question = self.question_of[line]
        if question is None:
            return None
        before = self._dates_in(self.lines[question + 1].start, cand.sentence.start_char)
        if before:
            return before[-1]
        asked = self.lines[question]
        dates = self._dates_in(asked.start, asked.end)
        return dates[-1] if dates else None

    def heading_date(self, cand: Candidate) -> ResolvedDate | None:
        """"MONDAY" or "Tuesday 8 November" over a digest's items: the day its heading names."""
        heading = self.heading_of[self.line_of(cand.sentence.start_char)]
        if not self.long or heading is None:
            return None
        text = " ".join(self.lines[heading].text.split())
        if len(text.split()) > _HEADING_DATE_WORDS:
            return None
        when = self._resolve(text.title() if text.isupper() else text)
        return when if when is not None and when.precision == "day" else None

    # -- places ---------------------------------------------------------------------------

    def heading_place(self, sentence: Span) -> str | None:
        """"MAUNGDAW TOWNSHIP" or "Kasai province" over a report's numbered paragraphs: the
        district the section is about, for its paragraphs that name no place of their own."""
        heading = self.heading_of[self.line_of(sentence.start_char)]
        if not self.long or heading is None:
            return None
        words = re.sub(r"[^\w\s'-]", " ", self.lines[heading].text).split()
        if len(words) < 2 or words[-1].lower() not in lexicon().district_nouns:
            return None
        name = " ".join(words[:-1])
        return name.title() if name.isupper() else name

    def answer_place(self, sentence: Span) -> list[str]:
        """The place names of the question the sentence answers."""
        question = self.question_of[self.line_of(sentence.start_char)]
        if question is None:
            return []
        asked = self.lines[question]
        return [ent.text for ent in entities(self.doc) if ent.label_ in PLACE_LABELS
                and asked.start <= ent.start_char < asked.end]

    def scene_date(self, cand: Candidate, mentioned: frozenset[int]) -> ResolvedDate | None:
        """"On Sunday evening we heard a long volley. X had been shot dead at the corner": the
        day the sentence before sets, in the same paragraph, when it tells no happening."""
        sentence = cand.sentence
        line = self.line_of(sentence.start_char)
        if sentence.start == 0 or not self.long:
            return None
        before = self.doc[sentence.start - 1].sent
        if before.start in mentioned or self.line_of(before.start_char) != line:
            return None
        days = [w for w in self._dates_in(before.start_char, before.end_char)
                if w.precision == "day"]
        return days[-1] if len(days) == 1 else None


def narrator_visit(cand: Candidate) -> bool:
    """The writer's own going or seeing ("I visited Solino", "when I walked to the corner")."""
    head = cand.hit.head
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if verb.lemma_.lower() not in lexicon().narrator_verbs:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "i" for c in verb.children)


def _narrator_clause(cand: Candidate) -> Token | None:
    for token in cand.sentence:
        if token.dep_ != "advcl" or token.lemma_.lower() not in lexicon().narrator_verbs:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ == "i" for c in token.children):
            continue
        if not _inside(cand.hit.head, token):
            return token
    return None


def narrator_clause_place(cand: Candidate) -> str | None:
    """"When I visited Solino on Tuesday, gunmen had attacked": the place the writer went to."""
    clause = _narrator_clause(cand)
    if clause is None:
        return None
    for child in clause.children:
        objects = [child] if child.dep_ == "dobj" else [
            o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" and (
            child.lower_ in ("to", "in", "at")) else []
        for obj in objects:
            if obj.pos_ == "PROPN" and obj.ent_type_ not in ("DATE", "TIME"):
                return cand.sentence.doc[obj.left_edge.i : obj.i + 1].text
    return None


def narrator_clause_date(cand: Candidate) -> Span | None:
    """"When I visited Solino on Tuesday, gunmen had attacked at dawn": the date of the writer's
    clause of going, for a mention in the clause it modifies."""
    clause = _narrator_clause(cand)
    if clause is None:
        return None
    for ent in entities_in(cand.sentence):
        if ent.label_ == "DATE" and _inside(ent.root, clause):
            return ent
    return None


def _past(cand: Candidate) -> bool:
    """An outlook's sentence that tells what already happened ("ISWAP has attacked bases every
    week since August"), not what may come: its verb is in a past tense."""
    head = cand.hit.head
    verb = head if head.pos_ in ("VERB", "AUX") else head.sent.root
    return "Past" in verb.morph.get("Tense", [])


def _inside(token: Token, top: Token) -> bool:
    return token.i == top.i or any(a.i == top.i for a in token.ancestors)


Dated = list[tuple[Candidate, ResolvedDate | None]]


def arrange(body: Dated, headline: list[Candidate], doc: Doc,
            document: Document) -> tuple[Dated, list[Candidate], Discourse]:
    """The body's mentions read by the lines they stand in: outlooks and questions dropped,
    summaries moved beside the headline, the writer's visits dropped, undated mentions dated
    by their bullet's lead, their writer's clause of going or their question."""
    lines = Discourse(doc, document)
    kept: Dated = []
    joined = list(headline)
    mentioned = frozenset(c.sentence.start for c, _ in body)
    for cand, when in body:
        section = lines.section_of(cand)
        if (section == "outlook" and not _past(cand)) or lines.in_question(cand) or (
                narrator_visit(cand)):
            continue
        if section == "summary" and when is None:
            # a summary's undated line restates the body; one that gives its own date tells
            # that happening (a lede under "Summary", a flashback it names) and keeps the date
            joined.append(cand)
            continue
        clause = narrator_clause_date(cand)
        if clause is not None and all(s.label_ == "TIME" for s in cand.date_spans):
            when = lines._resolve(clause.text) or when  # "at dawn" of the writer's day
        if when is None and not cand.anaphoric and cand.certainty != "hypothetical":
            when = (lines.lead_date(cand) or lines.answer_date(cand)
                    or lines.scene_date(cand, mentioned) or lines.heading_date(cand))
        kept.append((cand, when))
    return kept, joined, lines


def discourse_place(lines: Discourse, members: list[Candidate],
                    names: Mapping[str, Location],
                    resolve: Callable[[str], Location | None]) -> Location | None:
    """The place the question asks about, or the writer went to, for a happening whose own
    sentences name none finer than a country."""
    told = [c for c in members if not c.anaphoric] or members
    for cand in told:
        for ent in entities_in(cand.sentence):
            if ent.label_ in PLACE_LABELS:
                loc = names.get(ent.text)
                if loc is None or loc.precision != "country":
                    return None
    visited = narrator_clause_place(told[0])
    for name in [*([visited] if visited else []), *lines.answer_place(told[0].sentence)]:
        loc = names.get(name) or resolve(name)
        if loc is not None and loc.precision != "country":
            return loc
    return None


def heading_place(lines: Discourse, members: list[Candidate], location: Location | None,
                  resolve: Callable[[str], Location | None]) -> Location | None:
    """The district of the section heading ("MAUNGDAW TOWNSHIP") for a happening placed no
    finer than a country; a place of its own, listed or not, stays."""
    if location is not None and location.precision != "country":
        return location
    told = [c for c in members if not c.anaphoric] or members
    name = lines.heading_place(told[0].sentence)
    if not name:
        return location
    found = resolve(name)
    country = location.country if location is not None else None
    if found is not None and found.precision != "country" and country in (None, found.country):
        return found
    # a district the gazetteer lacks keeps its name, inside the country the happening is in
    if location is None:
        return Location(name=name)
    return location.model_copy(update={"name": name, "geonames_id": None})
