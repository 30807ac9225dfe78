"""Article text as HTML with every annotation layer marked up, displaCy-style.

Annotations (entity mentions, quote contents, event triggers, time expressions,
claims, and the page furniture no record comes from) overlap freely: a quote
contains names, a claim can cross a quote's edge. HTML needs properly nested
elements, so the text is cut at every annotation boundary and each piece is wrapped
in the marks active over it, in one fixed order (outer = starts earlier / ends
later). Where two marks cross, the inner one is closed and re-opened, so one
annotation can be drawn as several ``<mark>`` fragments sharing its ``data-id``.
Every piece of article text goes through ``markupsafe.escape``: article text is
data, never markup.

The work is O(n log n) in the number of annotations plus the text length, so
long articles render fast.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from newsgraph.records import Record

#: Layer names in nesting priority order (outer first when two spans coincide). "excluded"
#: is page furniture (``Article.excluded``), drawn greyed with its reason as the title.
LAYERS: tuple[str, ...] = ("excluded", "claims", "quotes", "events", "times", "entities")

#: What the greyed furniture's hover title says for each reason.
EXCLUSION_TITLES: Mapping[str, str] = {
    "caption": "page furniture: photo caption",
    "credit": "page furniture: photo credit",
    "prompt": "page furniture: share, subscribe or navigation prompt",
    "related": "page furniture: related-link teaser",
    "byline": "page furniture: byline",
    "timestamp": "page furniture: timestamp",
    "counter": "page furniture: picture counter",
    "note": "page furniture: desk note (currency conversion)",
}
_RANK = {name: i for i, name in enumerate(LAYERS)}


@dataclass(frozen=True, slots=True)
class Annotation:
    """One stretch of text on one layer, with the attributes its mark carries."""

    start: int
    end: int
    layer: str
    ident: str
    title: str = ""
    css: str = ""
    attrs: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    #: whether this span may carry the annotation's anchor id (a quote's cue may not)
    anchored: bool = True

    def sort_key(self) -> tuple[int, int, int, str]:
        return (self.start, -self.end, _RANK.get(self.layer, len(LAYERS)), self.ident)


def collect_annotations(record: Record, entity_url: Callable[[str], str] | None = None) -> list[Annotation]:
    """Every drawable span of ``record``, clipped to the text and without empty spans.

    With ``entity_url``, entity marks and quote marks carry ``data-href`` (the
    entity's page, the speaker's page), which the page script offers on click.
    """
    names = {e.id: e.name for e in record.entities}
    out: list[Annotation] = []
    for entity in record.entities:
        href = (("data-href", entity_url(entity.id)),) if entity_url else ()
        for mention in entity.mentions:
            out.append(Annotation(
                mention.start, mention.end, "entities", entity.id,
                title=f"{entity.name} ({entity.type}, {mention.kind})",
                css=f"ent-{_css_token(entity.type)}",
                attrs=(("data-entity", entity.id), *href),
            ))
    for quote in record.quotes:
        speaker = names.get(quote.speaker or "") or (quote.source.text if quote.source else None)
        title = f"{quote.kind} quote; speaker: {speaker or 'unknown'}"
        attrs: tuple[tuple[str, str], ...] = ()
        if quote.speaker:
            attrs = (("data-speaker", quote.speaker),)
            if entity_url and quote.speaker in names:
                attrs += (("data-href", entity_url(quote.speaker)),)
        for part in quote.content:
            out.append(Annotation(part.start, part.end, "quotes", quote.id, title=title,
                                  css=f"quote-{quote.kind}", attrs=attrs))
        if quote.cue is not None:
            out.append(Annotation(quote.cue.start, quote.cue.end, "quotes", quote.id,
                                  title=f"cue of {quote.id}", css="quote-cue", anchored=False))
    time_shown = {t.id: t.value or t.text for t in record.times}
    for event in record.events:
        actors = ", ".join(names.get(a, a) for a in event.actors) or "?"
        targets = ", ".join(names.get(t, t) for t in event.targets) or "?"
        title = f"{event.category}: {actors} → {targets}"
        if event.time:
            title += f" ({time_shown.get(event.time, event.time)})"  # the value, not the id
        if event.modality != "asserted":
            title += f" [{event.modality}]"
        out.append(Annotation(event.trigger.start, event.trigger.end, "events", event.id, title=title,
                              css=f"event-{_css_token(event.category)}"))
    for time in record.times:
        out.append(Annotation(time.start, time.end, "times", time.id,
                              title=f"{time.text} = {time.value or 'unresolved'} ({time.precision})"))
    for claim in record.claims:
        claimant = names.get(claim.claimant, claim.claimant)
        if claim.claimant == "unresolved":
            claimant = "a speaker not resolved"
        out.append(Annotation(claim.span.start, claim.span.end, "claims", claim.id,
                              title=f"claim by {claimant}"))
    for number, span in enumerate(record.article.excluded, start=1):
        out.append(Annotation(span.start, span.end, "excluded", f"x{number}",
                              title=EXCLUSION_TITLES.get(span.reason, f"page furniture: {span.reason}"),
                              css=f"excluded-{_css_token(span.reason)}", anchored=False))
    length = len(record.article.text)
    clipped = []
    for a in out:
        start, end = max(0, a.start), min(length, a.end)
        if start < end:
            clipped.append(a if (start, end) == (a.start, a.end) else Annotation(
                start, end, a.layer, a.ident, a.title, a.css, a.attrs, a.anchored))
    return clipped


def highlight(text: str, spans: Iterable[Annotation], focus: Iterable[str] = ()) -> Markup:
    """``text`` as escaped HTML with each annotation wrapped in nested ``<mark>`` elements.

    Annotations whose id is in ``focus`` get the ``ng-focus`` class (the target of
    a link such as "this quote in its article"); the first fragment of each
    annotation gets an ``id`` attribute so a URL fragment can scroll to it.
    """
    items = sorted(spans, key=Annotation.sort_key)
    focused = set(focus)
    bounds = sorted({0, len(text), *(a.start for a in items), *(a.end for a in items)})
    starts: dict[int, list[Annotation]] = {}
    for a in items:
        starts.setdefault(a.start, []).append(a)
    active: list[Annotation] = []  # kept in sort-key order
    stack: list[Annotation] = []  # marks currently open in the output
    seen_ids: set[tuple[str, str]] = set()
    parts: list[str] = []
    for left, right in itertools.pairwise(bounds):
        active = [a for a in active if a.end > left]
        if left in starts:
            active = sorted(active + starts[left], key=Annotation.sort_key)
        common = 0
        while common < len(stack) and common < len(active) and stack[common] is active[common]:
            common += 1
        while len(stack) > common:
            stack.pop()
            parts.append("</mark>")
        for a in active[common:]:
            parts.append(_open(a, focused, seen_ids))
            stack.append(a)
        parts.append(str(escape(text[left:right])))
    parts.extend("</mark>" for _ in stack)
    return Markup("".join(parts))


def _open(a: Annotation, focused: set[str], seen: set[tuple[str, str]]) -> str:
    classes = f"ng ng-{a.layer}"
    if a.css:
        classes += f" {a.css}"
    if a.ident in focused:
        classes += " ng-focus"
    attrs = [f'class="{classes}"', f'data-layer="{a.layer}"', f'data-id="{escape(a.ident)}"']
    key = (a.layer, a.ident)
    if a.anchored and key not in seen:
        seen.add(key)
        attrs.append(f'id="{escape(anchor(a.layer, a.ident))}"')
    if a.title:
        attrs.append(f'title="{escape(a.title)}"')
    attrs.extend(f'{name}="{escape(value)}"' for name, value in a.attrs)
    return "<mark " + " ".join(attrs) + ">"


def anchor(layer: str, ident: str) -> str:
    """The element id of an annotation's first fragment, e.g. ``quotes-q1``."""
    return f"{layer}-{ident}"


def layer_counts(spans: Iterable[Annotation]) -> Mapping[str, int]:
    """How many distinct annotations each layer has (for the toggle labels)."""
    ids: dict[str, set[str]] = {name: set() for name in LAYERS}
    for a in spans:
        ids.setdefault(a.layer, set()).add(a.ident)
    return {name: len(v) for name, v in ids.items()}


def _css_token(value: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in value.lower())[:40]
