"""Who does a subject-less act coordinated inside a report: the reporter or the reported
party ("He said the government had waited too long and accused the ministry of ...").

Moved out of ``syntax`` (then over 700 lines); not into ``speakers``, which imports the
candidates step that imports ``commands``, one of this module's two users: that would be
an import cycle (``tests/test_layers.py``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.syntax import actorish, party_noun, subject_of
from newsgraph.events.vocabulary import lemma_of, words


def coordinated_speaker(verb: Token, quad: int | None) -> list[Token] | None:
    """ "He said the government had waited too long and accused the ministry of ...": the
    parser often joins a second speech act to the reported clause; a subject-less verbal act
    (quad 1 or 3) coordinated inside a speech verb's complement belongs to the speaker.

    Not when the complement is itself a party's act in the same plain tense: "the
    spokesman said the police arrived at the scene and ordered the crowd to disperse"
    joins two acts of the police. The speaker's reading needs the first conjunct to differ
    from the second: an auxiliary ("had waited", "would resign", "was doing"), a copula
    ("the protests were illegal and ordered ..."), a passive, or a subject that is no party."""
    if quad not in (1, 3) or verb.dep_ != "conj":
        return None
    first = verb.head
    if first.dep_ != "ccomp" or lemma_of(first.head) not in words().reporting:
        return None
    subj, passive = subject_of(first.head)
    if not subj or passive:
        return None
    inner, inner_passive = subject_of(first)
    if inner_passive and any(actorish(t) or party_noun(t) or _person_noun(t) for t in inner):
        return None  # "an aid worker was freed and flew home": the worker flew
    same_plain_act = (
        not inner_passive
        and first.tag_ == verb.tag_
        and lemma_of(first) != "be"
        and not any(c.dep_ in ("aux", "auxpass") for c in first.children)
        and any(actorish(t) or party_noun(t) for t in inner)
    )
    return None if same_plain_act else subj


def _person_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and lemma_of(token) in words().person_nouns
