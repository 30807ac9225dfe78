"""Stances stage: who is for or against whom, with the quotes and events that show it.

A stance is ``holder -> target`` with a polarity, read from three kinds of evidence:

1. **Events** (``doc._.ng_events``): an actor doing something to a target.
   Hostile PLOVER categories (ACCUSE, REJECT, THREATEN, SANCTION, ASSAULT,
   COERCE, PROTEST) are negative; SUPPORT, AGREE, COOPERATE and AID are
   positive. CONSULT, REQUEST, CONCEDE, RETREAT, MOBILIZE and OTHER say nothing
   about attitude (adversaries negotiate too), unless the event's lemma is in our
   stance lexicon ("defend" coded SUPPORT, "criticize" coded ACCUSE) or an OTHER
   event is an expressed attitude ("expressed hope that ..."). Hypothetical events
   are skipped; a negated positive event ("give zero support") is a negative stance,
   a negated negative one none.
2. **Quotes** (``doc._.ng_quotes``): the speaker's attitude, from the cue verb
   ("criticized X", "praised X"), the thing the cue expresses ("expressed hope
   that X ..."), and evaluative words inside the quoted content that sit close
   (in the dependency tree) to a mention of another actor ("called the Taliban a
   terrorist organization"). A word describing conduct ("he bypassed the
   government") counts against the one who does it.
3. **Dependency patterns** in narration ("Harris criticized Trump", "Trump,
   criticizing the Biden administration"): subject holds, object is the target.
   A record needs evidence ids, so such a pattern is kept only when an event
   trigger or a quote cue covers the verb; otherwise it is dropped.

Stances with the same (holder, target, polarity) are merged into one record
listing every quote and event id. Only actors are holders or targets: people,
organisations, groups and countries (a country named as a location, "in Gaza",
is not a target, nor is a town or region struck by an act of force: "drones struck
the port of Izmail").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph.confidence import stance_confidence
from newsgraph.constants import ACTOR_LABELS, GROUP_TYPE, PLACE_LABELS
from newsgraph.docindex import doc_index
from newsgraph.records import Entity, Event, Quote, Stance
from newsgraph.stances.grammar import (
    SHARED_IN_QUOTES,
    agent_of,
    cancelled,
    conditional,
    content_root,
    linked_distance,
    negated,
    negated_above,
    objects_of,
    subject_of,
)
from newsgraph.stances.vocabulary import Lexicon, lexicon

_T = TypeVar("_T")

#: PLOVER categories that show an attitude, and which way.
CATEGORY_POLARITY: dict[str, int] = {
    "ACCUSE": -1,
    "REJECT": -1,
    "THREATEN": -1,
    "SANCTION": -1,
    "ASSAULT": -1,
    "COERCE": -1,
    "PROTEST": -1,
    "SUPPORT": 1,
    "AGREE": 1,
    "COOPERATE": 1,
    "AID": 1,
}
_LOCATIVE_PREPS = frozenset(
    {"in", "at", "to", "toward", "towards", "from", "across", "within", "into", "near"}
)
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "our", "my"})
#: Acts of force, whose target may be a place struck rather than an actor opposed.
_MATERIAL_FORCE = frozenset({"ASSAULT", "COERCE"})


@dataclass(slots=True)
class _Found:
    holder: str
    target: str
    polarity: int
    evidence: list[str]
    position: int


@dataclass(slots=True)
class _Context:
    """Per-document look-ups shared by the three sources."""

    doc: Doc
    entities: dict[str, Entity]
    lexicon: Lexicon
    resolve_span: Callable[[int, int], str | None]
    events_at: dict[int, list[Event]] = field(default_factory=dict)
    quotes_at: dict[int, list[Quote]] = field(default_factory=dict)

    def entity_of(self, token: Token, *, after_preposition: bool = False) -> str | None:
        """The actor entity a token (or, failing that, its short phrase) refers to.
        ``after_preposition`` accepts an object of "from/to/at" ("criticism from X")."""
        if token.is_punct or token.is_space:
            return None
        place = token
        while place.dep_ == "conj" and place.head.i != place.i:
            place = place.head
        if not after_preposition and place.dep_ == "pobj" and place.head.lower_ in _LOCATIVE_PREPS:
            return None  # "in Gaza and Lebanon": places, not actors
        found = self.resolve_span(token.idx, token.idx + len(token.text))
        if found is None and token.lemma_.lower() in self.lexicon.stands_for_owner:
            # "his administration", "Trump's government": the owner's own apparatus.
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is not None:
                found = self.resolve_span(owner.idx, owner.idx + len(owner.text))
        return found if found is not None and self._is_actor(found) else None

    def only_a_place(self, entity_id: str, start: int, end: int) -> bool:
        """Whether every mention of the entity between ``start`` and ``end`` is a location
        ("fought in Norland"): then it is where something happened, not a target."""
        entity = self.entities.get(entity_id)
        if entity is None or not self.doc.has_annotation("DEP"):
            return False
        seen = False
        for mention in entity.mentions:
            if mention.start < start or mention.end > end:
                continue
            span = _tokens_in(self.doc, mention.start, mention.end)
            if span is None or not len(span):
                continue
            seen = True
            if self.entity_of(span.root) is not None:
                return False
        return seen

    def a_town(self, entity_id: str) -> bool:
        """A place that is no country and stands for no government: a town, village or
        region (the entities stage gives a country code to countries and to capitals and
        big cities, which do stand for their governments: "Moscow blamed Kyiv")."""
        entity = self.entities.get(entity_id)
        return entity is not None and entity.type in PLACE_LABELS and entity.country is None

    def _is_actor(self, entity_id: str, holder: bool = False) -> bool:
        """An actor entity; a group named only by a plural noun ("the rebels") may hold a
        stance but is not taken as its target (groups of that kind are often generic:
        "people", "all good leaders")."""
        entity = self.entities.get(entity_id)
        if entity is None:
            return False
        return entity.type in ACTOR_LABELS or (holder and entity.type == GROUP_TYPE)

    def at_token(self, token: Token) -> tuple[list[Event], list[Quote]]:
        """Events whose trigger, and quotes whose cue, cover ``token``."""
        events: list[Event] = []
        quotes: list[Quote] = []
        for char in range(token.idx, token.idx + len(token.text)):
            for event in self.events_at.get(char, ()):
                if event not in events:
                    events.append(event)
            for quote in self.quotes_at.get(char, ()):
                if quote not in quotes:
                    quotes.append(quote)
        return events, quotes


def _resolver(doc: Doc) -> Callable[[int, int], str | None]:
    """Character span -> entity id, through the document index every stage shares."""
    index = doc_index(doc)

    def resolve(start: int, end: int) -> str | None:
        entity = index.entity_for_span(start, end)
        return entity.id if entity is not None else None

    return resolve


def _char_index(spans: Iterable[tuple[int, int, _T]]) -> dict[int, list[_T]]:
    """Character offset -> records whose span covers it (spans are short: triggers, cues)."""
    index: dict[int, list[_T]] = {}
    for start, end, item in spans:
        for char in range(start, min(end, start + 60)):
            index.setdefault(char, []).append(item)
    return index


def _polarity_of_event(lex: Lexicon, event: Event) -> int:
    lemma = event.lemma.lower()
    if lemma in lex.verbs:
        return lex.verbs[lemma]
    if event.category.upper() == "OTHER":
        # An expressed attitude recorded as an event ("expressed hope that X would ...").
        return lex.attitudes.get(lemma, 0)
    return CATEGORY_POLARITY.get(event.category.upper(), 0)


def _from_events(ctx: _Context, events: list[Event]) -> Iterator[_Found]:
    for event in events:
        if event.modality == "hypothetical":
            continue
        polarity = _polarity_of_event(ctx.lexicon, event)
        if event.modality == "negated":
            # Withheld support ("give zero support", "refused to back") is opposition, as
            # PLOVER codes a negated cooperative act as REJECT; a hostile act not done
            # ("did not criticize") shows no attitude either way.
            polarity = -1 if polarity > 0 else 0
        if polarity == 0:
            continue
        for holder in event.actors:
            for target in event.targets:
                if holder == target or not (ctx._is_actor(holder, holder=True) and ctx._is_actor(target)):
                    continue
                if target == event.place or ctx.only_a_place(
                    target, event.evidence.start, event.evidence.end
                ):
                    continue
                if event.category.upper() in _MATERIAL_FORCE and ctx.a_town(target):
                    continue  # "drones struck the port of Izmail": a place hit, not an attitude to it
                yield _Found(holder, target, polarity, [event.id], event.trigger.start)


def _verb_holder_target(ctx: _Context, verb: Token) -> tuple[str | None, list[str]]:
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    subject = agent_of(verb) if passive else subject_of(verb)
    holder = ctx.entity_of(subject) if subject is not None else None
    targets = [
        t for t in (ctx.entity_of(o, after_preposition=True) for o in objects_of(verb)) if t is not None
    ]
    return holder, targets


def _from_patterns(ctx: _Context) -> Iterator[_Found]:
    """Attitude verbs in the text, kept only where an event or a quote covers them."""
    lex = ctx.lexicon
    index = doc_index(ctx.doc)
    # Lemma and POS columns first: a Token object only for the few words that can matter.
    tokens, lemmas, tags = index.tokens, index.column("lemma_"), index.column("pos_")
    for i, raw_lemma in enumerate(lemmas):
        lemma, pos = raw_lemma.lower(), tags[i]
        if pos == "NOUN" and lemma in lex.attitude_nouns:
            yield from _from_attitude_noun(ctx, tokens[i])
            continue
        polarity = lex.verbs.get(lemma)
        if polarity is None or pos not in {"VERB", "AUX"}:
            continue
        token = tokens[i]
        if cancelled(token, lex.cancelling):
            continue
        events, quotes = ctx.at_token(token)
        evidence = [e.id for e in events] + [q.id for q in quotes]
        if not evidence:
            continue
        if negated(token):
            polarity = -polarity
        holder, targets = _verb_holder_target(ctx, token)
        # The events stage resolved who acts better than the parse subject can ("He said the
        # government had waited and accused the ministry": the speaker accused, not the
        # government); its actors hold the stance when it names any.
        holders = [a for e in events for a in e.actors] or ([holder] if holder is not None else [])
        for who in dict.fromkeys(holders):
            for target in targets:
                if target != who:
                    yield _Found(who, target, polarity, evidence, token.idx)


def _from_attitude_noun(ctx: _Context, noun: Token) -> Iterator[_Found]:
    """ "X faced criticism ... from Y" / "X won the backing of Y": Y holds the attitude,
    X is its target. Kept only with an event on the noun to cite."""
    events, quotes = ctx.at_token(noun)
    evidence = [e.id for e in events] + [q.id for q in quotes]
    if not evidence or noun.dep_ not in {"dobj", "pobj"}:
        return
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    lex = ctx.lexicon
    if verb.lemma_.lower() not in lex.receiving:
        return
    subject = subject_of(verb)
    target = ctx.entity_of(subject) if subject is not None else None
    holders: list[Token] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "of", "by"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    holders.append(obj)
                    holders.extend(c for c in obj.children if c.dep_ in {"appos", "conj"})
    lemma = noun.lemma_.lower()
    polarity = lex.words.get(lemma, lex.verbs.get(lemma, lex.attitude_nouns.get(lemma, 1)))
    for token in holders:
        holder = ctx.entity_of(token, after_preposition=True)
        if holder is not None and target is not None and holder != target:
            yield _Found(holder, target, polarity, evidence, noun.idx)


def _tokens_in(doc: Doc, start: int, end: int) -> SpacySpan | None:
    """Tokens covering [start, end); None for offsets outside the text."""
    index = doc_index(doc)
    if not 0 <= start < end <= len(index.text):
        return None
    found = index.token_range(start, end)  # from the offset tables, without a char_span per call
    return doc[found[0] : found[1]] if found is not None else None


def _quote_holder(ctx: _Context, quote: Quote, cue_events: list[Event]) -> str | None:
    """The speaker, unless an event on the same cue word names a different actor."""
    speaker = quote.speaker
    if speaker is not None and not ctx._is_actor(speaker, holder=True):
        speaker = None
    for event in cue_events:
        actors = [a for a in event.actors if ctx._is_actor(a, holder=True)]
        if actors and speaker not in actors:
            return actors[0]
    return speaker


def _subject_entity(ctx: _Context, clause: Token) -> str | None:
    subject = subject_of(clause)
    if subject is None:
        return None
    return ctx.entity_of(subject)


#: Event quads of conflict (verbal and material): a warning of one is against its doer.
_CONFLICT_QUADS = frozenset({3, 4})


def _hostile_act(ctx: _Context, verb: Token) -> bool:
    """Whether the events stage found a conflict act at ``verb`` ("would attack the port")."""
    return any(e.quad in _CONFLICT_QUADS for e in ctx.at_token(verb)[0])


def _from_quote(ctx: _Context, quote: Quote) -> Iterator[_Found]:
    doc = ctx.doc
    cue = _tokens_in(doc, quote.cue.start, quote.cue.end) if quote.cue is not None else None
    cue_verb = None
    cue_events: list[Event] = []
    if cue is not None and len(cue):
        verbs = [t for t in cue if t.pos_ in {"VERB", "AUX"}]
        cue_verb = verbs[-1] if verbs else cue.root
        cue_events = ctx.at_token(cue_verb)[0]
    holder = _quote_holder(ctx, quote, cue_events)
    if holder is None:
        return
    evidence = [quote.id]
    contents = [
        s for s in (_tokens_in(doc, c.start, c.end) for c in quote.content) if s is not None and len(s)
    ]
    position = quote.content[0].start if quote.content else 0

    def found(target: str | None, polarity: int) -> Iterator[_Found]:
        if target is not None and target != holder and polarity != 0:
            yield _Found(holder, target, 1 if polarity > 0 else -1, evidence, position)

    # 1. The cue verb: "criticized Trump for ...", "praised the deal".
    lex = ctx.lexicon
    if cue_verb is not None:
        polarity = lex.verbs.get(cue_verb.lemma_.lower(), 0)
        attitude = [c for c in cue_verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.attitudes]
        if polarity and cancelled(cue_verb, lex.cancelling):
            polarity = 0
        if polarity:
            if negated(cue_verb):
                polarity = -polarity
            targets = [ctx.entity_of(o, after_preposition=True) for o in objects_of(cue_verb)]
            # "warned that the company might have to close a plant": where the events stage
            # read the verb as no act against anyone (a forecast: OTHER), what the content
            # is about is its target only when the content is a hostile act of its subject
            # ("warned that Russia would attack the port")
            forecast = bool(cue_events) and all(e.category == "OTHER" for e in cue_events)
            if not any(targets) and contents and not forecast:
                first = contents[0][0]
                targets = [ctx.entity_of(first if first.pos_ != "DET" else first.head)]
            if not any(targets) and contents:
                root = content_root(contents[0])
                if root is not None and (not forecast or _hostile_act(ctx, root)):
                    targets = [_subject_entity(ctx, root)]
            for target in targets:
                yield from found(target, polarity)
        elif attitude:
            # 2. "expressed hope that his administration would ...": the attitude is about
            #    the subject of the reported clause.
            polarity = lex.attitudes[attitude[0].lemma_.lower()]
            for span in contents[:1]:
                root = content_root(span)
                if root is not None:
                    yield from found(_subject_entity(ctx, root), polarity)
    # 3. Evaluative words inside the content, near a mention of another actor; not in what
    #    the holder is reported as *not* saying ("she never said the deal was a disaster").
    if quote.negated:
        return
    for span in contents:
        yield from _content_stances(ctx, span, holder, found)


def _content_stances(
    ctx: _Context,
    span: SpacySpan,
    holder: str,
    found: Callable[[str | None, int], Iterator[_Found]],
) -> Iterator[_Found]:
    lex = ctx.lexicon
    conduct, verbs, evaluative = lex.conduct, lex.verbs, lex.words
    words: list[tuple[Token, int]] = []
    # The cached token list and columns, not ``for token in span`` (a new Token object per
    # token per pass) nor ``token.lemma_`` (a string-store look-up per call).
    index = doc_index(ctx.doc)
    tokens, lemmas, lowers = index.tokens, index.column("lemma_"), index.column("lower_")
    poses, deps = index.column("pos_"), index.column("dep_")
    for i in range(span.start, span.end):
        lemma = lemmas[i].lower()
        known = lemma in conduct or lemma in verbs or lemma in evaluative
        if not known and lowers[i] not in evaluative:
            continue  # none of the three kinds of word below: no Token needed
        token = tokens[i]
        if lemma in lex.conduct and poses[i] == "VERB":
            polarity = -lex.conduct[lemma] if negated(token) else lex.conduct[lemma]
            subject = subject_of(token, SHARED_IN_QUOTES)
            if subject is not None:
                yield from found(ctx.entity_of(subject), polarity)
        elif lemma in lex.verbs and poses[i] == "VERB" and not cancelled(token, lex.cancelling):
            # The speaker's own attitude verb: "we condemn X", "I support X".
            subject = subject_of(token, SHARED_IN_QUOTES)
            if negated_above(token):
                continue  # "we never said we back X": not the speaker's view
            if subject is not None and (subject.lower_ in _FIRST_PERSON or ctx.entity_of(subject) == holder):
                polarity = -lex.verbs[lemma] if negated(token) else lex.verbs[lemma]
                for obj in objects_of(token):
                    yield from found(ctx.entity_of(obj), polarity)
        elif (lemma in lex.words or lowers[i] in lex.words) and not conditional(token):
            value = lex.words.get(lemma, lex.words.get(lowers[i], 0))
            words.append((token, -value if negated(token) else value))
    if not words:
        return
    scores: dict[str, float] = {}
    for i in range(span.start, span.end):
        if poses[i] not in {"PROPN", "NOUN", "PRON"}:
            continue
        if deps[i] in {"compound", "amod", "nmod"}:
            continue  # "the Doha agreement": about the agreement, not Doha
        token = tokens[i]
        entity = ctx.entity_of(token)
        if entity is None or entity == holder:
            continue
        for word, value in words:
            if word.i == token.i or (token.dep_ == "poss" and token.head.i == word.i):
                continue  # "her support of X": she holds that attitude, it is not about her
            distance = linked_distance(token, word)
            if distance is not None and distance > 0:
                scores[entity] = scores.get(entity, 0.0) + value / distance
    for entity, score in scores.items():
        if abs(score) >= 0.2:
            yield from found(entity, 1 if score > 0 else -1)


def _merge(found: Iterable[_Found]) -> list[Stance]:
    merged: dict[tuple[str, str, int], _Found] = {}
    for item in found:
        key = (item.holder, item.target, item.polarity)
        if key in merged:
            kept = merged[key]
            kept.evidence.extend(e for e in item.evidence if e not in kept.evidence)
            kept.position = min(kept.position, item.position)
        else:
            merged[key] = _Found(
                item.holder, item.target, item.polarity, list(dict.fromkeys(item.evidence)), item.position
            )
    ordered = sorted(merged.values(), key=lambda f: (f.position, f.holder, f.target))
    return [
        Stance(
            id=f"s{n}",
            holder=f.holder,
            target=f.target,
            polarity="positive" if f.polarity > 0 else "negative",
            evidence=f.evidence,
        )
        for n, f in enumerate(ordered, start=1)
    ]


def find_stances(doc: Doc) -> list[Stance]:
    """Stances in ``doc`` from its events, quotes and attitude verbs (see the module docstring)."""
    entity_list: list[Entity] = list(doc._.ng_entities)
    if not entity_list:
        return []
    events: list[Event] = list(doc._.ng_events)
    quotes: list[Quote] = list(doc._.ng_quotes)
    ctx = _Context(
        doc=doc, entities={e.id: e for e in entity_list}, lexicon=lexicon(), resolve_span=_resolver(doc)
    )
    ctx.events_at = _char_index((e.trigger.start, e.trigger.end, e) for e in events)
    ctx.quotes_at = _char_index((q.cue.start, q.cue.end, q) for q in quotes if q.cue is not None)
    found: list[_Found] = list(_from_events(ctx, events))
    for quote in quotes:
        found.extend(_from_quote(ctx, quote))
    if doc.has_annotation("DEP"):
        found.extend(_from_patterns(ctx))
    return _with_confidence(_merge(found), events, quotes)


def _with_confidence(stances: list[Stance], events: list[Event], quotes: list[Quote]) -> list[Stance]:
    """Each stance with the rule-based confidence of its evidence (``confidence.stance_confidence``)."""
    known = {e.id: e.confidence for e in events} | {q.id: q.confidence for q in quotes}
    for stance in stances:
        stance.confidence = stance_confidence(known.get(item) for item in stance.evidence)
    return stances


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_stances``."""
    doc._.ng_stances = find_stances(doc)
