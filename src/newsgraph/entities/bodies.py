"""Step 7c of the entities stage: unnamed bodies that take part in an act (session 20b).

"The army shelled the town", "the union threatened to strike", "the court sentenced the
former mayor": a singular organisation, force or authority named only by "the" and a
common noun (an ``ORG`` row of ``entities_org_nouns.tsv``) that no earlier name, no single
country named and no "its" resolved stays a bare description, so the events stage had a
phrase for the act's doer but no entity to name, and the event table nothing to count.
Such a description becomes an entity (type ``ORG``: a body, like the national bodies and
named organisations; "the police" a ``GROUP``, as "police" is; see docs/decisions.md)
when it is the subject, object or "by" agent of a verb that does more than report
speech, the object of a preposition that aims that verb at it or does it "with" it, the
owner of a thing that does ("the army's offensive killed"), or the subject of a reporting
verb telling its own act ("claimed to have killed", "said it had recaptured"). The
bodies of the state and armed bodies (``entities_state_body_nouns.txt``,
``entities_public_bodies.txt``) qualify anywhere; any other organisation noun ("the
company", "the agency") only before the article names an organisation, which it would
most likely mean. Repeats with the same words that act join it. A body that only
reports ("the ministry said") stays a quote's source words, as groups do (``groups``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.constants import AIMED_PREPS, GROUP_TYPE
from newsgraph.entities import groups, lexicon
from newsgraph.entities.state import EntityState, MentionDraft

#: Relations of a participant's head: subject, passive subject, object.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Prepositions of the party an act is done with ("negotiate with", "clashed with"), read
#: for bodies only: a plural group "with" a verb is often company. Not "to": "taken to the
#: emergency department", "according to the ministry".
_PARTNER_PREPS = frozenset({"with"})
#: Tags in a description's phrase that make it no body the reader knows by its noun alone:
#: an owner ("its", "Kessa's"), a number, a superlative ("the biggest group").
_NOT_ONE_KNOWN_BODY = frozenset({"PRP$", "POS", "CD", "JJS", "RBS"})
#: Determiners that make a singular body noun the one body the reader knows of.
_THE = frozenset({"the"})


def acting_bodies(state: EntityState, nominals: list[MentionDraft]) -> None:
    """Give each unresolved definite body description that takes part in an act a
    cluster of its own, shared with the acting repeats of the same words."""
    orgs = lexicon.org_nouns()
    public = lexicon.public_bodies() | state.words.state_body_nouns
    first_named = _first_named_organisation(state)
    made: dict[str, int] = {}
    for nominal in nominals:
        if nominal.cluster >= 0 or nominal.label != "ORG" or nominal.head < 0:
            continue
        noun = state.tokens[nominal.head]
        lemma = noun.lemma_.lower()
        if orgs.get(lemma) != "ORG" or not _the_body(state, nominal, noun):
            continue
        if lemma not in public and (first_named < nominal.start or groups.names_people(state, lemma)):
            continue  # "the company" after a named one is most likely that one; "the team": people
        if not takes_part(state, noun, controlled=True):
            continue
        if lemma in state.words.unmarked_plurals:
            nominal.label = GROUP_TYPE  # "the police", as "police" without "the" is (``groups``)
        kind = " ".join(state.tokens[i].lower_ for i in range(nominal.start, nominal.end))
        if kind in made:
            state.attach(nominal, made[kind])
        else:
            made[kind] = state.new_cluster(nominal)


def _first_named_organisation(state: EntityState) -> int:
    """The first token of the article's first name tagged as an organisation (not a person
    or place), or the article's length when it names none."""
    for m in state.mentions:
        if m.kind == "name" and m.label == "ORG" and m.cluster >= 0 and not state.is_person(m.cluster):
            return m.start
    return len(state.tokens)


def _the_body(state: EntityState, nominal: MentionDraft, noun: Token) -> bool:
    """A singular noun after "the", with no name, number, possessive or superlative in its
    phrase ("the army", "the interior ministry"; not "Kessa's army", "its army", "the
    biggest group": one ranked among others, not the one body the reader knows)."""
    if noun.tag_ not in ("NN", "NNP") or noun.ent_type_:
        return False
    if not any(c.dep_ == "det" and c.lower_ in _THE for c in noun.lefts):
        return False
    for i in range(nominal.start, nominal.end):
        if i == nominal.head:
            continue
        tok = state.tokens[i]
        other = state.token_mention.get(i)
        if other is not None and other is not nominal:
            return False
        if tok.tag_ in _NOT_ONE_KNOWN_BODY or tok.dep_ == "poss":
            return False
    return True


def takes_part(state: EntityState, head: Token, *, controlled: bool = False) -> bool:
    """Whether the noun ``head`` names a party to what a verb says happened: the subject or
    object of a verb that does more than report speech ("criticised", "urged" count, "said"
    does not), its "by" agent, or the object of a preposition that aims it ("fired at
    protesters"). A first conjunct's relation is its later conjuncts' ("the army and the
    police stormed ..."). With ``controlled`` (a body), also: the subject of a reporting
    verb whose to-infinitive says what it did ("claimed to have killed") or whose
    complement's subject is "it" ("said it had recaptured": the body speaking of its own
    act); the owner of a thing that takes part ("the army's offensive killed ...", "rejected
    the government's offer"); the one an act is addressed to or done with ("surrendered to
    the army", "negotiate with the government")."""
    if head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    return party_to_act(state, head, controlled=controlled)


#: Number words that count people ("hundreds of farmers"): closed-class, so kept here.
_COUNTS = frozenset({"hundreds", "thousands", "dozens", "millions", "scores", "tens"})


def party_to_act(state: EntityState, head: Token, *, controlled: bool = False) -> bool:
    """``takes_part`` for the noun's own relation, its conjuncts aside (the check a group
    named by a plural noun takes too: ``records``)."""
    reporting = state.words.speech_verbs
    verb, dep = head.head, head.dep_
    if controlled and dep == "poss" and verb.pos_ == "NOUN":
        return takes_part(state, verb)
    if dep == "pobj" and verb.lower_ == "of" and verb.head.lower_ in _COUNTS and verb.head.i != verb.i:
        # "Hundreds of farmers blocked ...", "fired at thousands of protesters": the people
        # counted take the count's part in the clause
        head = verb.head
        verb, dep = head.head, head.dep_
    if dep == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
        verb, dep = verb.head, "agent"
    elif dep == "pobj" and verb.dep_ == "prep" and (
        verb.lower_ in AIMED_PREPS or (controlled and verb.lower_ in _PARTNER_PREPS)
    ):
        verb, dep = verb.head, "aimed"
    elif dep not in _PARTY_DEPS:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() not in reporting:
        return True
    return controlled and dep == "nsubj" and any(_own_act(c, reporting) for c in verb.children)


def _own_act(clause: Token, reporting: frozenset[str]) -> bool:
    """Whether a reporting verb's complement ``clause`` tells the speaker's own act: a
    to-infinitive it controls, or a clause whose subject is "it"."""
    if clause.pos_ != "VERB" or clause.lemma_.lower() in reporting:
        return False
    if clause.dep_ == "xcomp":
        return True
    return clause.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children)
