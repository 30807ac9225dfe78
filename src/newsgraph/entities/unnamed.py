"""Unnamed people and groups a pronoun may mean (part of step 6, the pronoun rules).

The entities stage links pronouns to mentions, and a person named only by a common noun
("officials", "a spokeswoman") is no mention. When such a noun is what a pronoun most
likely means, the rules must leave the pronoun unresolved rather than pass it on to
the nearest named person: "A spokeswoman said the claim was untrue. The prime minister
acted at once, she said" is not the prime minister speaking.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.constants import DEFINITE, INDEFINITE, SUBJECT_DEPS
from newsgraph.entities import lexicon
from newsgraph.entities.state import EntityState
from newsgraph.phrases import pronoun_gender


def unnamed_matrix_subject(state: EntityState, pron: Token) -> bool:
    """ "Officials said they ...": the reporting verb's subject is a common noun that is
    no mention, so the pronoun most likely means that unnamed group or person."""
    if pron.dep_ not in SUBJECT_DEPS or pron.head.dep_ != "ccomp":
        return False
    upper = pron.head.head
    subject = next((c for c in upper.children if c.dep_ in SUBJECT_DEPS and c.i < pron.i), None)
    if subject is None or subject.pos_ != "NOUN":
        return False
    if state.token_mention.get(subject.i) is not None:
        return False
    return not any(g.dep_ == "appos" and g.i in state.token_mention for g in subject.children)


#: The he and she forms a subject takes.
_SUBJECT_GENDERS = {"he": "m", "she": "f"}


def unnamed_speaker_before(state: EntityState, pron: Token) -> bool:
    """ "A Downing Street spokeswoman said the claim was untrue. The prime minister learned
    of it in August, she said." / "... She added ...": a he/she opening a main clause (or
    closing a reported one) whose previous sentence's subject is an unnamed person noun of
    its gender ("spokeswoman", "chairman", ``entities_gendered_words.tsv``), or an
    indefinite role of no gender ("a senior commander"), most likely means that person,
    who is no mention; the nearest named one is a guess. Not when a
    name comes between, outside what the clause reports, nor after a definite role noun ("the
    congressman"), which points back at an office someone named holds ("the girl" does not)."""
    gender = _SUBJECT_GENDERS.get(pron.lower_)
    verb = pron.head
    if gender is None or pron.dep_ not in SUBJECT_DEPS or verb.dep_ not in ("ROOT", "parataxis"):
        return False
    sent = state.sent_of[pron.i]
    if sent == 0:
        return False
    start = state.sent_starts[sent]
    if verb.dep_ == "parataxis":
        # "The prime minister learned of it in August, she said, and acted": the words
        # around the tag are what she reports
        told = {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree}
    else:
        reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < pron.i]
        told = {t.i for c in reported for t in c.subtree}
    if any(
        (m := state.token_mention.get(i)) is not None and m.cluster >= 0 and i not in told
        for i in range(start, pron.i)
    ):
        return False
    subject = state.subject_before(pron.i)
    if subject is None or subject.pos_ != "NOUN":
        return False
    mention = state.token_mention.get(subject.i)
    if mention is not None and mention.cluster >= 0:
        return False
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in subject.children)
    role = subject.lemma_.lower() in lexicon.person_roles()
    if definite and role:
        return False  # "The disgraced former congressman told ...": an office someone named holds
    said = lexicon.gender_words().get(subject.lower_)
    if said is not None:
        return said == gender
    # "A senior Front commander accused the government of stalling. He said ...": a role
    # that says no gender, held by someone introduced as "a" one, is as likely meant
    return role and _introduced_as_a_one(subject)


def unnamed_owner_subject(state: EntityState, pron: Token) -> bool:
    """ "The stock has lost half its value", "The ministry said its inspectors ...": an
    "its" inside a clause (or a reported clause) whose subject, before it, is a singular
    common noun that is no mention most likely means that thing or body, not the one named
    in the sentence before."""
    if pron.lower_ != "its" or pron.dep_ != "poss":
        return False
    verb = pron.head
    # (positions, not ``is``: spaCy makes a new Token on every ``.head``, even the root's)
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < pron.i), None)
    if subject is None and verb.dep_ == "ccomp":
        # "The ministry said its inspectors ...": the reporting clause's subject
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS and c.i < pron.i), None)
    return (
        subject is not None
        and subject.tag_ == "NN"
        and _unresolved(state, subject.i)
        and not any(g.dep_ == "appos" and g.i in state.token_mention for g in subject.children)
    )


def _introduced_as_a_one(noun: Token) -> bool:
    """Whether ``noun`` has an indefinite determiner ("a senior commander", "a man"): someone
    the text introduces here, not an office or a person it named before."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children)


def _unresolved(state: EntityState, i: int) -> bool:
    """Whether token ``i`` is in no mention, or in a description linked to no referent."""
    mention = state.token_mention.get(i)
    return mention is None or mention.cluster < 0


#: Relations a pronoun's clause climbs through to reach the relative clause it sits in.
_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "conj", "relcl", "acl", "pcomp", "prep", "pobj"})
#: Steps up the tree looked at: a relative clause a pronoun sits deep in is another matter.
_MAX_CLAUSE_STEPS = 6


def unnamed_relative_head(state: EntityState, pron: Token) -> bool:
    """ "A senior official, who spoke on condition of anonymity because he was not
    authorised to talk to the press, said ...": a he/she/they inside a relative clause on
    an unnamed person noun ("official", "a spokeswoman") means that person, who is no
    mention; the nearest named one is a guess. Only a subject pronoun ("a woman who landed
    on top of him": an object is someone else) and an indefinite noun ("the singer, who
    ... that she" is a person named before whom the role noun did not reach)."""
    if pron.dep_ not in SUBJECT_DEPS:
        return False
    current = pron.head
    for _ in range(_MAX_CLAUSE_STEPS):
        if current.dep_ == "relcl":
            noun = current.head
            return (
                noun.pos_ == "NOUN"
                and _unresolved(state, noun.i)
                and _introduced_as_a_one(noun)
                and (noun.lemma_.lower() in lexicon.person_roles() or noun.lower_ in lexicon.gender_words())
            )
        if current.dep_ not in _CLAUSE_DEPS or current.head.i == current.i:
            return False
        current = current.head
    return False


#: Relations a he/she/his climbs through to the clause whose subject it may mean: its own
#: phrase ("a man in his 40s"), a phrase or clause of time or reason ("died after a tree
#: fell on his car"), a coordinated or open clause.
_OWN_CLAUSE_DEPS = frozenset(
    {"poss", "prep", "pobj", "pcomp", "advcl", "conj", "xcomp", "dobj", "nsubj", "nsubjpass"}
)


def unnamed_clause_subject(state: EntityState, pron: Token) -> bool:
    """ "A man in his 40s died after a tree fell on his car": a he/his/she/her inside the
    clause of a subject that is an unnamed person introduced as "a" one ("a man", "a
    woman", "a senior commander") means that person, who is no mention; a name before
    (a ferry company the tagger called a person) is a guess. Only a subject of the
    pronoun's gender (``entities_gendered_words.tsv``) or a role of no gender."""
    gender = pronoun_gender(pron.lower_)
    if gender is None or pron.lower_.endswith("self"):
        return False
    current = pron
    for _ in range(_MAX_CLAUSE_STEPS):
        if current.dep_ not in _OWN_CLAUSE_DEPS or current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in current.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.pos_ != "NOUN" or not _unresolved(state, subject.i):
            continue
        said = lexicon.gender_words().get(subject.lower_)
        if said is None and subject.lemma_.lower() not in lexicon.person_roles():
            continue  # "after a tree fell on his car": no person; the clause above may have one
        if not _introduced_as_a_one(subject):
            return False
        return said is None or said == gender
    return False

