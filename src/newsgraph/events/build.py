"""Step 5 of the events pass: building the records. Each candidate becomes an ``Event``
with its entity ids, time, place, quote, modality and evidence sentence; mentions of
one act (same category, word family and parties, or a participle merged into its
noun) become one event with several mentions. Ids are v1, v2, ... in text order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.constants import DEFINITE
from newsgraph.docindex import DocIndex, doc_index
from newsgraph.events.candidates import Candidate
from newsgraph.events.headline_syntax import headline_noun_verb
from newsgraph.events.links import (
    EventLinks,
    entity_ids,
    event_clause,
    governing_clause,
    personal_fallback,
    resolve,
    shared_modifiers,
)
from newsgraph.events.modality import modality_of
from newsgraph.events.ontology import get_ontology
from newsgraph.events.syntax import np_span, represented_bodies
from newsgraph.events.vocabulary import lemma_of, words
from newsgraph.records import Event, Modality, Quote, Span, TimeBasis


@dataclass
class Detail:
    """Token-level facts about one event, kept beside the record for scoring and debugging."""

    trigger_token: int
    depth: int
    #: The act is told as the setting of another: inside an "after/following/despite ..."
    #: phrase or clause (``events_background_marks.txt``); a sentence's main act is one
    #: that is not, when there is one.
    background: bool = False
    actor_spans: list[tuple[int, int]] = field(default_factory=list)
    target_spans: list[tuple[int, int]] = field(default_factory=list)
    #: What a confidence calibrator reads: how the category was chosen ("ontology",
    #: "cameo", "both", "demand", "fallback"), the CAMEO pattern involved, whether the
    #: clause gave an actor and a target, whether the trigger is a noun, and the
    #: modality (also on the record). See docs/events.md, "Features for calibration".
    features: dict[str, str | bool | None] = field(default_factory=dict)


@dataclass
class _Reading:
    """What one candidate says about its event, before mentions of one act are merged."""

    trigger: Span
    actors: list[str]
    targets: list[str]
    modality: Modality
    quote: str | None
    time: str | None
    time_basis: TimeBasis | None
    place: str | None


#: Modalities under which an act took place; a mention under any other one is a
#: different act of the same kind ("a long strike could cost ..." is not last year's).
_HAPPENED = frozenset({"asserted", "reported"})


@dataclass
class _Merger:
    """Which event an earlier mention of the same act became.

    Category + word family + parties: "signed an agreement" and "the agreement between
    them" share the family "agree" (see the YAML), "negotiated" and "invited" do not.
    A mention with no parties repeats the latest event of its family. Either way the two
    must agree on whether the act happened and on when (``_same_act``): family and
    parties alone joined a hypothetical strike to last year's walkout, dating it.
    """

    look: EventLinks
    keys: dict[tuple[str, str, frozenset[str], frozenset[str]], list[int]] = field(default_factory=dict)
    of_family: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    index_of_cand: dict[int, int] = field(default_factory=dict)

    def earlier(self, cand: Candidate, reading: _Reading, events: list[Event]) -> int | None:
        """The index of the event this candidate repeats, if any."""
        family = (cand.entry.category, cand.entry.family or cand.lemma)
        if cand.merge_into is not None and id(cand.merge_into) in self.index_of_cand:
            return self.index_of_cand[id(cand.merge_into)]
        partyless = not reading.actors and not reading.targets
        if partyless and _new_participant(cand):
            return None
        key = (*family, frozenset(reading.actors), frozenset(reading.targets))
        found = self.keys.get(key, [])[::-1]  # latest first
        if partyless:
            found += self.of_family.get(family, [])[::-1]  # same parties before any
        anaphoric = cand.nominal and reading.time is None and _definite(cand.token)
        return next((i for i in found if self._same_act(events[i], reading, anaphoric)), None)

    def remember(self, cand: Candidate, reading: _Reading, index: int, new: bool) -> None:
        self.index_of_cand[id(cand)] = index
        if new:
            family = (cand.entry.category, cand.entry.family or cand.lemma)
            key = (*family, frozenset(reading.actors), frozenset(reading.targets))
            self.keys.setdefault(key, []).append(index)
            self.of_family.setdefault(family, []).append(index)

    def _same_act(self, old: Event, new: _Reading, anaphoric: bool) -> bool:
        """Both happened, or both are the same unreal kind (future, hypothetical,
        negated); and their own times, where both have one, have the same value.

        A definite event noun with no date of its own points back at an act whatever
        clause holds it ("too early to tell whether the explosion was caused by a bomb"),
        so its modality does not count; "last year's strike" is dated, so it does.
        """
        if not anaphoric and not _same_reality(old.modality, new.modality):
            return False
        if old.time is None or new.time is None:
            return True
        return self.look.time_value(old.time) == self.look.time_value(new.time)


def _same_reality(old: str, new: str) -> bool:
    """Both took place (asserted or reported), or both are the same unreal kind."""
    if old in _HAPPENED or new in _HAPPENED:
        return old in _HAPPENED and new in _HAPPENED
    return old == new


#: Words that bring one more participant of a kind already told into the text
#: ("another man", "a second woman", "a further soldier").
_ONE_MORE = frozenset({"another", "second", "third", "further"})


def _new_participant(cand: Candidate) -> bool:
    """Whether a verb's subject is one more of a kind already told ("A man died ...
    Another man died in Birmingham", "a second protester was shot"): someone new, so the
    act is not the partyless one told before. Not a bare "a man", which may be the body's
    first telling of a headline's act ("Man dies after tree falls on car / A man in his
    40s died ...")."""
    if cand.nominal:
        return False
    for child in cand.token.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return any(g.dep_ in ("det", "amod") and g.lower_ in _ONE_MORE for g in child.children)
    return False


def _definite(noun: Token) -> bool:
    """ "the explosion", "this meeting", "Friday's talks", "its offer"."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in noun.children)


def build_events(doc: Doc, cands: list[Candidate], look: EventLinks) -> tuple[list[Event], dict[str, Detail]]:
    """Turn candidates into deduplicated ``Event`` records (ids v1, v2, ... in text order)."""
    events: list[Event] = []
    details: dict[str, Detail] = {}
    merger = _Merger(look)
    evidence_of: dict[int, Span] = {}
    event_nouns = {c.token.i for c in cands if c.nominal}
    triggers = {c.token.i for c in cands}
    clauses = {id(c): event_clause(c) for c in cands if not c.absorbed}
    clause_times = {key: look.time_in(clause) for key, clause in clauses.items()}
    # Times in some event's own clause belong to that event; context never lends them out.
    claimed = {t for t in clause_times.values() if t is not None}
    for cand in cands:
        if cand.absorbed:
            continue
        # An event is not a participant: "the agreement, signed in 2020" has no target.
        cand.actor_tokens = personal_fallback(
            [t for t in cand.actor_tokens if t.i not in event_nouns or t.i in cand.means], cand, look
        )
        cand.target_tokens = [t for t in cand.target_tokens if t.i not in event_nouns]
        reading = _read(cand, look, clause_times[id(cand)], triggers, claimed)
        earlier = merger.earlier(cand, reading, events)
        if earlier is not None:
            events[earlier] = _merged(events[earlier], reading)
            merger.remember(cand, reading, earlier, new=False)
            continue
        token = cand.token
        event_id = f"v{len(events) + 1}"
        events.append(
            Event(
                id=event_id,
                category=cand.entry.category,
                mode=cand.entry.mode,
                lemma=cand.lemma,
                trigger=reading.trigger,
                actors=reading.actors,
                targets=reading.targets,
                time=reading.time,
                time_basis=reading.time_basis,
                place=reading.place,
                quote=reading.quote,
                modality=reading.modality,
                quad=cand.entry.quad,
                score=cand.entry.score,
                evidence=_evidence(doc, look.index, token, evidence_of),
                mentions=[reading.trigger],
            )
        )
        merger.remember(cand, reading, len(events) - 1, new=True)
        details[event_id] = Detail(
            trigger_token=token.i,
            depth=_depth(token),
            background=_background(token),
            actor_spans=[_char_span(doc, t) for t in cand.actor_tokens],
            target_spans=[_char_span(doc, t) for t in cand.target_tokens],
            features={
                "chosen_by": cand.chosen_by,
                "pattern": cand.pattern,
                "has_actor": bool(cand.actor_tokens),
                "has_target": bool(cand.target_tokens),
                "nominal": cand.nominal,
                "modality": reading.modality,
                "refused": cand.refused,
            },
        )
    return events, details


def _read(
    cand: Candidate, look: EventLinks, time: str | None, triggers: set[int], claimed: set[str]
) -> _Reading:
    """Parties, modality, quote, time and place of one candidate (``time``: the one its own
    clause gives, found once by the caller)."""
    token = cand.token
    actors = entity_ids(cand.actor_tokens, look)
    # "accusing them of spying": a party is never what its own object pronoun points to
    pointed = entity_ids([t for t in cand.target_tokens if t.lower_ in OBJECT_PRONOUNS], look)
    actors = [a for a in actors if a not in pointed]
    modality, spoken = modality_of(token, cand.nominal)
    quote = look.quote_at(token.idx)
    if modality == "asserted" and (quote is not None or spoken):
        modality = "reported"
    # A trigger that is the quote's own cue ("Harris criticized Trump for ...") is the
    # speech act itself: linked to its quote, still asserted.
    cue_quote = look.quote_by_cue(token.idx) if quote is None else None
    if not actors and cue_quote is not None and _pronoun_source(cand, cue_quote):
        # "It called on soldiers to lay down their arms": the speaker the attribution
        # stage gave the pronoun that is the quote's source
        actors = [cue_quote.speaker] if cue_quote.speaker else []
    targets = [t for t in entity_ids(cand.target_tokens, look) if t not in actors]
    if cue_quote is None and quote is None and cand.nominal and token.dep_ in ("dobj", "attr"):
        cue_quote = look.quote_by_cue(token.head.idx)  # "expressed hope that ...": the cue carries it
    quote = quote or (cue_quote.id if cue_quote else None)
    time_basis: TimeBasis | None = "clause" if time is not None else None
    if time is None:
        time = look.time_in(shared_modifiers(token))
        time_basis = "clause" if time is not None else None
    if time is None and cue_quote is not None and cue_quote.time is not None:
        time, time_basis = cue_quote.time, "quote"  # when it was said is when the act happened
    if time is None and cand.nominal:
        time = look.time_in(governing_clause(token, triggers), skip=claimed)
        time_basis = "context" if time is not None else None
    return _Reading(
        trigger=Span(start=token.idx, end=token.idx + len(token), text=token.text),
        actors=actors,
        targets=targets,
        modality=modality,
        quote=quote,
        time=time,
        time_basis=time_basis,
        place=resolve(cand.place_token, look) if cand.place_token is not None else None,
    )


#: Object pronouns that point back to a party named before, never the clause's own subject.
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
#: Subject pronouns whose party the attribution stage may have found for a quote.
SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she"})


def _pronoun_source(cand: Candidate, quote: Quote) -> bool:
    """The event's actors are all subject pronouns inside its quote's source span."""
    source = quote.source
    return (
        source is not None
        and bool(cand.actor_tokens)
        and all(
            t.lower_ in SUBJECT_PRONOUNS and source.start <= t.idx < source.end for t in cand.actor_tokens
        )
    )


def _merged(old: Event, new: _Reading) -> Event:
    """``old`` with one more mention, filling in what it lacked from the new one."""
    update: dict[str, object] = {"mentions": [*old.mentions, new.trigger]}
    if old.time is None and new.time is not None:
        update["time"] = new.time
        update["time_basis"] = new.time_basis
    if old.place is None and new.place is not None:
        update["place"] = new.place
    if old.quote is None and new.quote is not None:
        update["quote"] = new.quote
    if not old.actors and new.actors:
        update["actors"] = new.actors
    if not old.targets and new.targets:
        now_actors = new.actors if not old.actors else old.actors
        update["targets"] = [t for t in new.targets if t not in now_actors]
    return old.model_copy(update=update)


def _evidence(doc: Doc, index: DocIndex, token: Token, cache: dict[int, Span]) -> Span:
    """The trigger's sentence, trimmed; one Span per sentence."""
    sent = index.sentence_of(token) or doc[:]
    evidence = cache.get(sent.start)
    if evidence is None:
        raw = index.text[sent.start_char : sent.end_char]  # ``sent.text`` rebuilds it token by token
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        start_char = sent.start_char + lead
        evidence = Span(start=start_char, end=start_char + len(body), text=body)
        cache[sent.start] = evidence
    return evidence


def _char_span(doc: Doc, token: Token) -> tuple[int, int]:
    """Character span of the phrase naming a participant, with its apposition
    ("Qatar's emir, Sheikh Hamad"), and through the "of" object of a quantity or
    collective head (the ontology's ``quantity_nouns``): in "a group of Yoruba leaders" or
    "thousands of Kurds" the people counted are the participant, so they belong to the
    phrase that names it; so do the bodies a delegate acts for ("delegations from Kessa and
    Dessa")."""
    start, end = np_span(token)
    end = _counted_end(token, end)
    for body in represented_bodies(token):
        end = max(end, np_span(body)[1])
    others = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos" and not headline_noun_verb(token.head):
        others.append(token.head)  # not "Orlenia expels [Dessan envoy]": the verb is no name
    for other in others:
        o_start, o_end = np_span(other)
        start, end = min(start, o_start), max(end, o_end)
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _counted_end(token: Token, end: int) -> int:
    """The end of the phrase through a quantity head's "of" object, right after the head."""
    quantity = get_ontology().quantity_nouns
    if lemma_of(token) not in quantity and token.lower_ not in quantity:
        return end
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == end:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return max(end, np_span(pobj)[1])
    return end


def _depth(token: Token) -> int:
    """How far the trigger sits below the sentence's root; a fronted participle adjunct
    counts one level more (:func:`_fronted_participle`)."""
    index = doc_index(token.doc)  # the heads table: no Token made per step up
    heads, deps = index.heads(), index.column("dep_")
    depth, current = 0, token.i
    while heads[current] != current and depth < 50:
        depth += 1 + (deps[current] == "advcl" and _fronted_participle(index.tokens[current]))
        current = heads[current]
    return depth


def _fronted_participle(token: Token) -> bool:
    """ "Fighting alongside tribal militias, troops launched an offensive ...", "Having
    crossed the river, marines attacked ...", "The prime minister, facing criticism at
    home, vowed ...": a participle before its clause's verb, opening the sentence or set
    off by commas after the subject, with no subject of its own, sets the scene of the
    clause's act, which is the main one."""
    if (
        token.dep_ != "advcl"
        or token.tag_ not in ("VBG", "VBN")
        or token.i > token.head.i
        or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)
    ):
        return False
    start = token.left_edge.i
    return start == token.sent.start or (start > 0 and token.doc[start - 1].text == ",")


def _background(token: Token) -> bool:
    """Whether the trigger sits in a phrase or clause that sets the scene of another act:
    the object of a background preposition ("following the peace deal", "ahead of the
    talks") or a clause its mark or adverb opens ("after talks broke down"), up to the
    first clause that is the sentence's own."""
    marks = words().background_marks
    current = token
    for _ in range(12):
        head = current.head
        if head.i == current.i:
            return False
        dep = current.dep_
        if dep == "pobj" and head.dep_ == "prep" and head.lower_ in marks:
            return True  # "following the deal", "despite the ban"
        if dep == "pobj" and head.dep_ == "prep" and head.head.lower_ in marks:
            return True  # "ahead of the talks"
        if dep in ("advcl", "pcomp") and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in marks and c.i < current.i for c in current.children
        ):
            return True  # "after talks broke down", "before signing"
        if dep in ("ROOT", "ccomp", "conj") and current.pos_ in ("VERB", "AUX"):
            return False  # a clause of the sentence's own: what it says is not setting
        current = head
    return False
