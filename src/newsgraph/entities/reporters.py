"""Who a pronoun in a reported clause most likely is, read from the clause around it: the
reporting verb's subject ("X said he ..."), the one asked a question ("Ode asked Varga
whether he would stay"), the subject a second reported clause continues. These are the
syntactic shortcuts the pronoun step (``entities.pronouns``) weighs above its scorer.

Split from ``pronouns`` so that module stays readable.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.constants import SUBJECT_DEPS
from newsgraph.entities import binding
from newsgraph.entities.state import EntityState, MentionDraft
from newsgraph.phrases import pronoun_gender

#: What ``matrix_subject`` returns when the reporting verb's subject is a proper noun
#: that is no mention ("Ines Calloway, who leads the opposition, told reporters that
#: Dunmore had quit and that her party ..."): the he/she is hers, whom no entity holds,
#: so the pronoun is left unresolved rather than given to the one name in reach.
UNNAMED_REPORTER = MentionDraft(-1, -1, "name", "PERSON", head=-1)


def matrix_subject(state: EntityState, pron: Token, groups: bool = False) -> MentionDraft | None:
    """For a subject pronoun of a reported clause, the reporting verb's subject mention
    (with ``groups``, for a "they", a group named by a plural noun too: "Officials said they").
    The owner of a reported clause's subject counts as its subject: in "He accused X's
    delegation of stalling and said his side would walk out", "his" is the one reporting."""
    subject = pron.head if pron.dep_ == "poss" and pron.head.dep_ in SUBJECT_DEPS else pron
    if subject.dep_ not in SUBJECT_DEPS or binding.object_case_subject(subject) is not None:
        return None
    verb = subject.head
    if verb.dep_ not in {"ccomp", "advcl", "conj", "xcomp"}:
        return None
    upper = verb.head
    if verb.dep_ == "conj" and upper.dep_ == "ccomp":
        return _second_reported_clause(state, pron, upper, groups)
    asked = _asked_person(state, pron, verb, upper)
    if asked is not None:
        return asked
    if (
        verb.dep_ == "ccomp"
        and upper.dep_ == "conj"
        and not any(c.dep_ in SUBJECT_DEPS for c in upper.children)
    ):
        # "He accused X of stalling and said his side ...", "Lufthansa called the vote
        # absurd and said it had offered ...": the first verb's subject; for a he/she only
        # a pronoun of the same gender ("Lake accused Gallego of X and said he had ..."
        # reports on Gallego)
        shared = next((c for c in upper.head.children if c.dep_ in SUBJECT_DEPS), None)
        gender = pronoun_gender(pron.lower_)
        if shared is None or (gender is not None and pronoun_gender(shared.lower_) != gender):
            return None
        upper = upper.head
    return _subject_mention(state, upper, pron, groups)


def _subject_mention(state: EntityState, verb: Token, pron: Token, groups: bool) -> MentionDraft | None:
    """The mention of ``verb``'s subject before ``pron`` (or of its apposition), or
    ``UNNAMED_REPORTER`` for a he/she when a verb of saying has a proper-noun subject that
    is no mention."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.i < pron.i:
            mention = state.token_mention.get(child.i)
            if mention is None:
                appos = next((g for g in child.children if g.dep_ == "appos"), None)
                mention = state.token_mention.get(appos.i) if appos is not None else None
            found = mention or state.referring_at(child.i, groups)
            if (
                found is None
                and child.pos_ == "PROPN"
                and pronoun_gender(pron.lower_) is not None
                and verb.lemma_.lower() in state.words.any_speech_verbs
            ):
                return UNNAMED_REPORTER  # a name the tagger missed reports: no one else is meant
            return found
    return None


def _second_reported_clause(
    state: EntityState, pron: Token, first: Token, groups: bool
) -> MentionDraft | None:
    """For a pronoun in a second reported clause, the first reported clause's subject, as
    for "X said Y ..." ("Trump said that Obama was screaming and that his behavior was a
    disgrace"), unless only the reporter is known to be of the pronoun's gender ("Le Pen
    told reporters that Barnier had ended the talks and that her party would ...": no
    gender is known for Barnier, Le Pen's is hers); a reporter the tagger missed leaves a
    he/she open."""
    subject = _subject_mention(state, first, pron, groups)
    gender = pronoun_gender(pron.lower_)
    if gender is None or (subject is not None and _cluster_gender(state, subject) == gender):
        return subject
    reporter = _subject_mention(state, first.head, pron, groups)
    if reporter is UNNAMED_REPORTER:
        return reporter
    unknown = subject is None or _cluster_gender(state, subject) is None
    if reporter is not None and unknown and _cluster_gender(state, reporter) == gender:
        return reporter
    return subject


def _cluster_gender(state: EntityState, mention: MentionDraft) -> str | None:
    """The stated gender of the cluster ``mention`` is in, if any."""
    return state.clusters[state.find(mention.cluster)].gender if mention.cluster >= 0 else None


#: Words opening an indirect question ("asked Y whether he", "asked Y how she knew").
_QUESTION_OPENERS = frozenset({"whether", "if", "how", "why", "what", "when", "where", "who"})
#: Modals of a request for leave ("asked Y if he could go": the one asking would go).
_LEAVE_MODALS = frozenset({"can", "could", "may", "might"})


def _asked_person(state: EntityState, pron: Token, verb: Token, upper: Token) -> MentionDraft | None:
    """For the subject pronoun of an indirect question put to someone ("Ode asked Varga
    whether he would stay", "Ode asked Varga how she knew"), the mention of the one asked:
    a question is about its addressee more often than about the asker. Not for a request
    for leave ("asked Varga if he could leave": the asker would)."""
    if verb.dep_ != "ccomp" or upper.lemma_.lower() not in state.words.question_verbs:
        return None
    opener = next((c for c in verb.children if c.i < pron.i and c.lower_ in _QUESTION_OPENERS), None)
    if opener is None or any(c.dep_ == "aux" and c.lower_ in _LEAVE_MODALS for c in verb.children):
        return None
    asked = next((c for c in upper.children if c.dep_ in {"dobj", "dative"} and c.i < pron.i), None)
    return state.referring_at(asked.i) if asked is not None else None
