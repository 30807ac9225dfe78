"""Step 4 of the events pass: links to the other stages' records. Which entity is this
participant (actor, target, place), which time expression dates the event's clause,
which quote is it inside or the cue of?

Every look-up goes through the document's :class:`~newsgraph.docindex.DocIndex`, so
the events stage, attribution, stances and claims answer "who is this mention?" and
"which quote is this in?" the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsgraph import actors as actor_codes
from newsgraph.constants import GROUP_TYPE
from newsgraph.docindex import DocIndex, doc_index
from newsgraph.events.candidates import Candidate
from newsgraph.events.constants import ACTOR_LABELS, INANIMATE, NOUN_MODS
from newsgraph.events.modality import clause_tokens
from newsgraph.events.speakers import speaker_for
from newsgraph.events.syntax import entity_tokens, group_noun, np_span, people_noun, represented_bodies
from newsgraph.events.vocabulary import lemma_of, words
from newsgraph.records import Quote


class EventLinks:
    """The look-ups of one document, in the token ranges the event rules work with."""

    def __init__(self, doc: Doc, index: DocIndex | None = None) -> None:
        self.doc = doc
        self.index = index if index is not None else doc_index(doc)
        self._entities: dict[tuple[int, int], str | None] = {}
        #: The tokens entity mentions cover (``mark_entity_tokens``), when every mention
        #: was placed on tokens: a phrase outside them names no entity, asked of no index.
        self._covered = entity_tokens(doc)
        self._types: dict[str, str | None] | None = None
        self._time_values: dict[str, str | None] | None = None

    def entity(self, start: int, end: int) -> str | None:
        """The id of the entity tokens ``start:end`` name (token indices), or None.

        The same phrase is asked about from several rules, so answers are kept.
        """
        key = (start, end)
        if key in self._entities:
            return self._entities[key]
        covered = self._covered
        if covered is not None and not any(i in covered for i in range(start, end)):
            self._entities[key] = None  # no mention touches these tokens
            return None
        last = self.doc[end - 1]
        found = self.index.entity_for_span(self.doc[start].idx, last.idx + len(last.text))
        entity_id = found.id if found is not None else None
        self._entities[key] = entity_id
        return entity_id

    def time_in(self, tokens: set[int], skip: Iterable[str] = ()) -> str | None:
        """The first time expression starting on one of ``tokens``, other than ``skip``.

        A duration says how long, not when ("signed a three-year agreement today"), so
        it never dates an event.
        """
        if not tokens:
            return None
        doc = self.doc
        first, last = doc[min(tokens)], doc[max(tokens)]
        for time in self.index.times_starting_in(first.idx, last.idx + len(last.text)):
            if time.precision == "duration" or time.id in skip:
                continue
            if self.index.token_index_at(time.start) in tokens:
                return time.id
        return None

    def time_value(self, time_id: str) -> str | None:
        """The normalised value of the time expression ``time_id`` ("2026-03-03")."""
        if self._time_values is None:
            self._time_values = {t.id: t.value for t in self.doc._.ng_times}
        return self._time_values.get(time_id)

    def entity_type(self, entity_id: str) -> str | None:
        """The type of the entity ``entity_id`` ("ORG", "PERSON", ...)."""
        if self._types is None:
            self._types = {e.id: e.type for e in self.doc._.ng_entities}
        return self._types.get(entity_id)

    def quote_at(self, char: int) -> str | None:
        """The id of the quote whose content covers ``char``."""
        found = self.index.quote_at(char)
        return found[0].id if found is not None else None

    def quote_by_cue(self, char: int) -> Quote | None:
        """The quote whose cue starts at ``char``."""
        return self.index.quote_by_cue(char)

        return None


#: First-person singular pronouns, which inside a quote stand for the quote's speaker.
#: Not "we"/"us": in news quotes they are as often the nation, the team or the party
#: ("as a nation, we remain committed") as the speaker.
FIRST_PERSON = frozenset({"i", "me"})


#: First-person plural pronouns, which inside a quote stand for a speaking body.
FIRST_PERSON_PLURAL = frozenset({"we", "us"})
#: Entity types of bodies that speak as "we": organisations, states, groups by nationality.
BODY_TYPES = frozenset({"ORG", "GPE", "NORP"})


#: Participles naming who leads or backs a force ("US-led coalition", "Iran-backed militia").
LEADING = frozenset({"lead", "led", "back", "backed"})


def resolve(token: Token, look: EventLinks) -> str | None:
    """The entity a noun phrase refers to, trying the phrase, its head, appositions,
    "called X" and then named modifiers ("Taliban representatives" -> the Taliban)."""
    # The head word decides: "the U.S. presidential election" is not the U.S.
    found = look.entity(token.i, token.i + 1)
    if found:
        return found
    if token.lower_ in FIRST_PERSON:
        # "'I will not retreat,' the minister said": inside a quote, "I"/"me" is whoever
        # the attribution stage gave the quote to; the phrase stays the pronoun.
        quoted = look.index.quote_at(token.idx)
        return quoted[0].speaker if quoted is not None else None
    if token.lower_ in FIRST_PERSON_PLURAL and token.pos_ == "PRON":
        # "'We condemn this attack,' the ministry said": a body speaks as "we"; a person's
        # "we" is as often the nation, the team or the party, so it stays unresolved.
        quoted = look.index.quote_at(token.idx)
        speaker = quoted[0].speaker if quoted is not None else None
        return speaker if speaker is not None and look.entity_type(speaker) in BODY_TYPES else None
    if token.ent_type_:
        ent = next((e for e in doc_index(token.doc).ents if e.start <= token.i < e.end), None)
        if ent is not None:
            found = look.entity(ent.start, ent.end)
            if found:
                return found
    naming = words().naming
    for child in token.children:
        if child.dep_ == "appos":
            found = look.entity(*np_span(child))
            if found:
                return found
        if child.dep_ == "acl" and lemma_of(child) in naming:
            for grand in child.children:
                if grand.dep_ in ("oprd", "attr", "dobj", "xcomp"):
                    found = look.entity(*np_span(grand))
                    if found:
                        return found
    for body in represented_bodies(token):
        # "delegations from Kessa and Dessa", "the deputy chief of the militia"
        found = _body_entity(body, look)
        if found:
            return found
    if not group_noun(token) and not any(c.dep_ == "compound" and group_noun(c) for c in token.lefts):
        # "Taliban representatives", "Russian army units" (a unit of a force)
        # ("a Russian drone", "Israeli jets": a nation's weapon acts for it)
        armed = lemma_of(token) in words().weapons
        return _nation_of_people(token, look) if people_noun(token) or armed else None
    for child in token.lefts:
        if child.dep_ == "amod" and lemma_of(child) in LEADING:
            # "US-led coalition aircraft", "Saudi-backed forces": the coalition's leader
            leader = next((g for g in child.children if g.ent_type_ in ACTOR_LABELS), None)
            found = look.entity(leader.i, leader.i + 1) if leader is not None else None
            if found:
                return found
        if child.dep_ in NOUN_MODS and (child.pos_ == "PROPN" or child.ent_type_ in ACTOR_LABELS):
            found = _body_entity(child, look)
            if found:
                return found
        if (
            child.dep_ == "poss"
            and child.pos_ == "PRON"
            and child.lower_ not in INANIMATE
            and lemma_of(token) not in words().counterparts
        ):
            # "his administration", "their government": the body stands for its owner
            # (not "his successor", "their rivals": someone else).
            found = look.entity(child.i, child.i + 1)
            if found:
                return found
    return None


#: Entity labels of a people's nation or state ("Egyptian", "Kenya").
NATION_LABELS = frozenset({"NORP", "GPE"})
#: Modifiers of someone who no longer acts for a body ("a former chairman").
FORMER = frozenset({"former", "ex", "ex-", "retired", "onetime", "one-time"})


def _nation_of_people(token: Token, look: EventLinks) -> str | None:
    """ "the Egyptian mediator", "British consumers", "US attorneys": people named by a
    nation or state act as its people (the event data's reading). Not their owner or
    whom they follow ("his supporters", "Trump fans", "a Trump supporter": a named
    person or body before a people noun is whom they back), nor a former office."""
    lefts = list(token.lefts)
    if any(c.lower_ in FORMER for c in lefts):
        return None
    for child in lefts:
        if child.dep_ in NOUN_MODS and child.ent_type_ in NATION_LABELS and _a_nation(child):
            found = _body_entity(child, look)
            if found:
                return found
    return None


def _a_nation(token: Token) -> bool:
    """A country or its people by the actor dictionary ("Egyptian", "US", "Kenya"): not a
    region or a city ("the California congressman" speaks for no state of his own)."""
    book = actor_codes.dictionary()
    return any(key in book.countries for key in (token.lower_, token.text.lower().rstrip(".")))


def _body_entity(body: Token, look: EventLinks) -> str | None:
    """The entity a modifier or a represented body names: its phrase, else its head word."""
    return look.entity(*np_span(body)) or look.entity(body.i, body.i + 1)


def entity_ids(tokens: list[Token], look: EventLinks) -> list[str]:
    out: list[str] = []
    for token in tokens:
        bodies = represented_bodies(token)
        own = look.entity(token.i, token.i + 1)
        if own is not None and bodies and look.entity_type(own) == GROUP_TYPE:
            # "Finance ministers from Italy and Spain", "the presidents of Kyrgyzstan and
            # Tajikistan": a group of delegates acts for the bodies it is from, each of them
            found, extras = None, bodies
        else:
            # "delegations from Kessa and Dessa": the first body through ``resolve``, one
            # more actor per other body a delegate acts for
            found, extras = resolve(token, look), bodies[1:]
        if found is not None and found not in out:
            out.append(found)
        for body in extras:
            extra = _body_entity(body, look)
            if extra is not None and extra not in out:
                out.append(extra)
        # "Hungarian and Romanian officials", "U.S. and Russian negotiators": one actor per
        # coordinated named modifier of a group or people noun ("Israeli and Hamas negotiators").
        if group_noun(token) or people_noun(token):
            for child in token.lefts:
                if child.dep_ not in NOUN_MODS or not (
                    child.pos_ == "PROPN" or child.ent_type_ in ACTOR_LABELS
                ):
                    continue
                for conj in child.conjuncts:
                    extra = look.entity(conj.i, conj.i + 1)
                    if extra is not None and extra not in out:
                        out.append(extra)
    return out


def personal_fallback(tokens: list[Token], cand: Candidate, look: EventLinks) -> list[Token]:
    """ "Annan announced that he will withdraw ...": an unresolved he/she is the speaker."""
    return [
        speaker_for(t, cand, personal=True) if t.lower_ in ("he", "she") and resolve(t, look) is None else t
        for t in tokens
    ]


def event_clause(cand: Candidate) -> set[int]:
    """Tokens of the event's own clause; a noun's clause is its phrase plus the participles
    describing it ("the agreement, negotiated and signed in 2020")."""
    token = cand.token
    merged = [cand.merge_into.token] if cand.merge_into is not None else []
    clause = clause_tokens(token, merged)
    if cand.nominal:
        for child in token.children:
            if child.dep_ == "acl":
                clause |= clause_tokens(child)
                for conj in child.conjuncts:
                    clause |= clause_tokens(conj)
    return clause


def shared_modifiers(verb: Token) -> set[int]:
    """Modifiers after the last of coordinated verbs that scope over all of them: in
    "negotiated and signed during his first term in 2020" the time is both verbs'. Only when
    the verb has nothing of its own on its right (its arguments are shared)."""
    if verb.pos_ != "VERB" or any(c.dep_ not in ("cc", "conj", "punct") for c in verb.rights):
        return set()
    conjuncts = [c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB"]
    if not conjuncts:
        return set()
    last = conjuncts[-1]
    return {t for t in clause_tokens(last) if t > last.i}


def governing_clause(noun: Token, triggers: set[int]) -> set[int]:
    """The clause of the verb an event noun is an argument of, when that verb is no event
    itself: "the withdrawal was completed in August", "facilitated the withdrawal, leading to
    the collapse in 2021". A result participle belongs to it: the clause and its outcome
    are one dated sequence. Times in other events' clauses are skipped by the caller."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "led to the withdrawal"
    if head.pos_ not in ("VERB", "AUX") or head.i in triggers:
        return set()
    if noun.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr", "pobj"):
        return set()
    clause = clause_tokens(head)
    result_participles = words().result_participles
    for child in head.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and lemma_of(child) in result_participles:
            clause |= {t.i for t in child.subtree}
    return clause - {noun.i}
