"""The ``newsgraph/1`` record: one typed model per concept.

Every stage writes these models onto the spaCy ``Doc`` (see ``extensions.py``)
and the store, the API and the exports read them back. Keeping one definition
means the JSON Schema in ``docs/schema.json``, the FastAPI responses and the
database columns cannot drift apart. Offsets are Python string indices into
``Article.text`` with ``end`` exclusive, so any record can be shown in context.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "newsgraph/1"

MentionKind = Literal["name", "pronoun", "nominal"]
QuoteKind = Literal["direct", "indirect", "mixed"]
TimePrecision = Literal["day", "week", "month", "year", "interval", "duration", "unknown"]
#: What a relative time was read against: the article's publication date, the date of the
#: statement it is quoted from, or the earlier time an anaphor ("that day") refers to.
TimeAnchor = Literal["publication", "statement", "antecedent"]
Modality = Literal["asserted", "negated", "hypothetical", "future", "reported"]
Polarity = Literal["positive", "negative"]
TimeBasis = Literal["clause", "quote", "context"]
#: Why a stretch of scraped text is page furniture rather than the article (docs/furniture.md).
ExclusionReason = Literal["caption", "credit", "prompt", "related", "byline", "timestamp", "counter", "note"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of the article text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Mention(Span):
    """One place where an entity is referred to."""

    kind: MentionKind = "name"
    #: for a pronoun or description linked by the learned resolver, the probability of
    #: that link (names are clustered by string rules and carry none)
    confidence: float | None = None


class Role(_Model):
    """A title an entity holds, e.g. "spokesperson" for "Taliban Ministry of Foreign Affairs"."""

    title: str
    org: str | None = None
    org_entity: str | None = None
    span: Span


class Affiliation(_Model):
    """A group an entity belongs to: a party, a country (via a demonym), an organisation."""

    name: str
    kind: Literal["party", "organization", "country", "other"] = "other"
    entity: str | None = None
    span: Span


class Entity(_Model):
    """A referent with every mention of it in the article clustered together."""

    id: str
    name: str
    type: str
    mentions: list[Mention] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    affiliations: list[Affiliation] = Field(default_factory=list)
    country: str | None = None
    sector: str | None = None


class Quote(_Model):
    """A statement attributed to a source: direct, indirect or mixed speech."""

    id: str
    kind: QuoteKind
    content: list[Span]
    cue: Span | None = None
    source: Span | None = None
    speaker: str | None = None
    #: probability of the speaker link when the source is a pronoun or description the
    #: resolver linked; ``None`` for a named source or an unresolved one
    speaker_confidence: float | None = None
    medium: Span | None = None
    time: str | None = None
    #: the text reports that the source did *not* say this ("did not say whether ...",
    #: "never said that ...", "refused to confirm that ..."): the content is the reporter's
    #: words about what went unsaid, not the source's statement, so no claim or stance is
    #: credited to the speaker from it
    negated: bool = False
    #: calibrated probability that content and source are both right (``newsgraph.confidence``);
    #: ``None`` in records written before confidence existed
    confidence: float | None = Field(default=None, ge=0, le=1)


class TimeExpression(_Model):
    """A time phrase normalised against the publication date.

    ``value`` is ISO 8601 (``2024-11-07``, ``2024-09``, ``2020``, ``2017/2021``,
    ``P20Y``); ``resolved`` is false where the phrase is relative and no
    publication date was known, in which case ``value`` is ``None``.

    ``anchor`` says what a relative phrase was read against and ``anchor_date`` is that
    date: the publication date; the date of the statement a quoted "this morning" was
    said on ("..., she said in a statement on Tuesday"); or the earlier time "that day"
    refers to. An absolute phrase keeps ``"publication"``: its value needs no anchor.
    """

    id: str
    start: int
    end: int
    text: str
    value: str | None = None
    precision: TimePrecision = "unknown"
    resolved: bool = False
    anchor: TimeAnchor = "publication"
    anchor_date: dt.date | None = None


class Event(_Model):
    """Who did what to whom, when and where, coded in an open ontology (PLOVER + OTHER)."""

    id: str
    category: str
    mode: str | None = None
    lemma: str
    trigger: Span
    actors: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    time: str | None = None
    #: where ``time`` comes from: the event's own clause, the occasion of the statement the
    #: event is the act of ("Harris criticized Trump ..." after "said in the debate in
    #: September"), or the clause governing an event noun ("the withdrawal was completed in
    #: 2021"); None when there is no time
    time_basis: TimeBasis | None = None
    place: str | None = None
    quote: str | None = None
    modality: Modality = "asserted"
    quad: int | None = Field(default=None, ge=1, le=4)
    score: float | None = Field(default=None, ge=-10, le=10)
    evidence: Span
    mentions: list[Span] = Field(default_factory=list)
    #: calibrated probability that the category is right (``newsgraph.confidence``)
    confidence: float | None = Field(default=None, ge=0, le=1)


class Quantity(_Model):
    text: str
    value: float | None = None
    unit: str | None = None


class Claim(_Model):
    """A check-worthy factual statement (numbers, ranks, records, firsts) and who makes it."""

    id: str
    span: Span
    claimant: str  # an entity id, "narrator", or "unresolved" (in a quote with no resolved speaker)
    quantities: list[Quantity] = Field(default_factory=list)
    quote: str | None = None
    #: rule-based confidence from the claim's evidence, not calibrated on gold (docs/schema.md)
    confidence: float | None = Field(default=None, ge=0, le=1)


class Stance(_Model):
    """One actor's attitude to another, with the quotes and events that show it."""

    id: str
    holder: str
    target: str
    polarity: Polarity
    evidence: list[str] = Field(default_factory=list)
    #: rule-based confidence from the evidence's confidences, not calibrated on gold (docs/schema.md)
    confidence: float | None = Field(default=None, ge=0, le=1)


class Summary(_Model):
    """The article's main event as 5W1H phrases (what Giveme5W1H answers)."""

    who: Span | None = None
    what: Span | None = None
    when: Span | None = None
    where: Span | None = None
    why: Span | None = None
    how: Span | None = None
    #: ISO 8601 value of the "when" (``2016-11-08``): the chosen time expression's
    #: normalised value, or the publication date when the text names no time of the
    #: event (Giveme5W1H's fallback); ``None`` when neither is known.
    when_value: str | None = None


class Dateline(_Model):
    """The "KABUL, AFGHANISTAN –" opener: where the story was filed from."""

    place: str
    span: Span


class ExcludedSpan(Span):
    """Page furniture left in the text (a photo credit, a share prompt, a teaser run):
    kept so every offset stays exact, but no record is taken from it."""

    reason: ExclusionReason


class Article(_Model):
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    language: str | None = "en"
    author: str | None = None
    dateline: Dateline | None = None
    text: str
    #: stretches of ``text`` that are page furniture, not the article (empty in records
    #: written before the furniture stage existed)
    excluded: list[ExcludedSpan] = Field(default_factory=list)


class Record(_Model):
    """Everything newsgraph read in one article."""

    schema_: str = Field(default=SCHEMA_VERSION, alias="schema")
    article: Article
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    stances: list[Stance] = Field(default_factory=list)
    summary: Summary | None = None
    warnings: list[str] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json_dict(self) -> dict[str, object]:
        """The JSON form users see, with ``schema`` spelled as in the docs."""
        return self.model_dump(mode="json", by_alias=True)

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        return next((e for e in self.entities if e.id == entity_id), None)


_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2})?(?:-\d{2})?$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class EventDate:
    """When an event happened, as the exports and the store report it.

    ``value`` is the event's own time when it is a calendar date (a year, month or
    day: ``basis`` is then its ``time_basis``, ``clause`` if unset), else the
    publication date (``basis`` ``published``), else None (``basis`` ""). ``day`` is
    the one calendar day GDELT's ``Day`` column wants: the event's own time when it
    names exactly one day, else the publication date.
    """

    value: str | None
    basis: str
    day: dt.date | None


def _time_value(record: Record, time_id: str | None) -> str | None:
    """The normalised value of the record's time expression ``time_id`` (the first with that id)."""
    if time_id is None:
        return None
    time = next((t for t in record.times if t.id == time_id), None)
    return time.value if time is not None else None


def _one_day(value: str | None, fallback: dt.date | None) -> dt.date | None:
    """The day ``value`` names when it names exactly one (``2024-05-01``), else ``fallback``."""
    if value and _ISO_DAY.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    return fallback


def event_date(record: Record, event: Event) -> EventDate:
    """The date of ``event`` in ``record``: the one rule every export and table uses."""
    published = record.article.published
    own = _time_value(record, event.time)
    day = _one_day(own, published)
    if own and _ISO_DATE.match(own):
        return EventDate(own, event.time_basis or "clause", day)
    if published is not None:
        return EventDate(published.isoformat(), "published", day)
    return EventDate(None, "", day)


def quote_day(record: Record, quote: Quote) -> dt.date | None:
    """The day a quote was said, by the rule of :attr:`EventDate.day`: its own time when
    that names exactly one day, else the publication date (the store's ``quotes.date``)."""
    return _one_day(_time_value(record, quote.time), record.article.published)
