"""Step 2 of the events pass: who a pronoun or self-reference stands for in a report.

"Syria says it is willing to withdraw", "a Hamas official said the group had agreed",
"'We condemn this attack,' the ministry said": a party named by "it", "they", "we" or a
definite noun such as "the group" inside what someone reports is the speaker, or the
body the speaker speaks for, when the two agree. ``arguments`` passes every actor
through :func:`speaker_for`, and ``links`` does so for pronouns entity resolution left
unresolved.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.docindex import doc_index
from newsgraph.events.candidates import Candidate
from newsgraph.events.constants import (
    ARMED_SECTORS,
    SPEAKER_PATH,
)
from newsgraph.events.syntax import (
    agent_sectors,
    group_noun,
    prep_objects,
    subject_of,
)
from newsgraph.events.vocabulary import lemma_of, words


def speaker_for(token: Token, cand: Candidate, personal: bool = False) -> Token:
    """ "Syria says it is willing to withdraw": the pronoun is the speaker when it agrees with
    the speaker ("it" a non-person, "they" a plural or a group; with ``personal``, used only
    once entity resolution has failed, "he"/"she" a person)."""
    word = token.lower_
    if word in ("we", "us") and token.pos_ == "PRON":
        return _speaking_body(token)
    labels = _self_reference(token)
    if labels:
        return _named_body_of_speaker(token, cand, labels)
    if word not in ("it", "they") and not (personal and word in ("he", "she")):
        return token
    speaker = reporting_subject(cand.token)
    if speaker is None or speaker.pos_ == "PRON" or _nearer_antecedent(cand.token, word):
        return token
    plural = speaker.tag_ in ("NNS", "NNPS")
    if (
        word in ("it", "they")
        and not plural
        and speaker.pos_ == "NOUN"
        and _speaks_for_a_body(speaker)
        and lemma_of(speaker) not in words().org_nouns  # "the army said it had ...": itself
    ):
        # "A spokesman for the rebels said they had captured the town", "a ministry
        # official said it would": one who speaks for a body speaks of the body
        bodies = [t for t in _named_with(speaker) if _refers_as(t, word)]
        return bodies[0] if len(bodies) == 1 else token
    if word == "it" and speaker.ent_type_ != "PERSON" and not plural:
        return speaker
    body = speaker.ent_type_ in ("NORP", "ORG", "GPE") or group_noun(speaker)
    if word == "they" and (plural or body):
        # "the rights group said that they had seen ...": a body speaks as its members
        return speaker
    if word in ("he", "she") and (
        speaker.ent_type_ == "PERSON"
        or speaker.pos_ == "PROPN"
        or (speaker.tag_ == "NN" and lemma_of(speaker) in words().person_nouns)
    ):
        # "The head of the African Union said he would travel ...": a person named by
        # a role speaks of himself as a named one does
        return speaker
    return token


def _nearer_antecedent(verb: Token, pronoun: str) -> bool:
    """ "Ethnic Albanians have sworn to fight until they gain control ..., officials said":
    a clause between the act and the verb of saying has a subject of its own that the
    pronoun can stand for ("they" a plural), nearer than the speaker."""
    speech_or_finding = words().speech_or_finding
    for _ in range(6):
        if verb.head.i == verb.i or verb.dep_ not in (*SPEAKER_PATH, "ccomp"):
            return False
        verb = verb.head
        if lemma_of(verb) in speech_or_finding:
            return False
        subj, _passive = subject_of(verb)
        if any(s.pos_ in ("NOUN", "PROPN") and _refers_as(s, pronoun) for s in subj):
            return True
    return False


def reporting_subject(verb: Token) -> Token | None:
    """The one active subject of the verb of saying or finding whose complement holds the
    act ("Syria says it is willing to withdraw" -> "Syria"), climbing at most six heads
    through the clause links a report passes; None when there is no such verb or subject."""
    speech_or_finding = words().speech_or_finding
    seen_ccomp = False
    for _ in range(6):
        if verb.head.i == verb.i:
            return None
        if verb.dep_ == "ccomp":
            seen_ccomp = True
        elif verb.dep_ not in SPEAKER_PATH:
            return None
        verb = verb.head
        if seen_ccomp and lemma_of(verb) in speech_or_finding:
            subj, passive = subject_of(verb)
            return subj[0] if len(subj) == 1 and not passive else None
    return None


def self_reference(token: Token) -> bool:
    """ "the group", "the kingdom": a definite noun that can stand for a named body."""
    return bool(_self_reference(token))


def _self_reference(token: Token) -> frozenset[str]:
    """The entity labels a definite noun like "the group", "the kingdom" can stand for
    (``events_self_reference_nouns.tsv``), or nothing: only with "the" and no other
    modifier ("the armed group" names another)."""
    labels = words().self_reference.get(lemma_of(token)) if token.pos_ == "NOUN" else None
    if not labels:
        return frozenset()
    dependents = [c for c in token.children if c.dep_ not in ("punct",)]
    if len(dependents) != 1 or dependents[0].dep_ != "det" or dependents[0].lower_ != "the":
        return frozenset()
    return labels


def _named_body_of_speaker(token: Token, cand: Candidate, labels: frozenset[str]) -> Token:
    """ "A Hamas official said the group had agreed", "Saudi Arabia's foreign minister said
    the kingdom would not ...": the subject of the speech verb whose complement holds the
    act is the body itself (a name of the right kind) or one who speaks for a body
    (``events_speaker_for_nouns.txt``, or a minister or leader: an office noun) that its
    phrase names by a possessive, a name modifier or "for"; then the noun stands for that
    body. Anything else keeps the noun."""
    speaker = reporting_subject(cand.token)
    if speaker is None:
        return token
    if "GPE" in labels and speaker.ent_type_ == "ORG" and _body_of_another_kind(speaker):
        return token  # "the union said the strike goes on unless the government agrees"
    if speaker.ent_type_ in labels:
        return speaker
    if speaker.pos_ != "NOUN" or not _speaks_for_a_body(speaker):
        return token
    bodies = [t for t in _named_with(speaker) if t.ent_type_ in labels]
    return bodies[0] if len(bodies) == 1 else token


def _body_of_another_kind(speaker: Token) -> bool:
    """Whether a named speaker is a body that is no state ("the Port Workers Union", "Acme
    Holdings company"): its name ends in a noun of a kind of organisation that no state
    calls itself. Such a body does not speak of itself as "the government"."""
    lemma = lemma_of(speaker)
    return lemma in words().org_nouns and lemma not in words().self_reference


def _named_with(speaker: Token) -> list[Token]:
    """The words naming whom a speaker speaks for: a possessive, a name modifier or a
    "for"/"of" phrase ("Hamas's spokesman", "a Hamas official", "a spokesman for the rebels")."""
    named = [c for c in speaker.children if c.dep_ in ("poss", "compound", "amod")]
    named += [c for c in speaker.children if c.dep_ == "compound" for c in c.children]
    named += [t for _p, t in prep_objects(speaker, ("for", "of"))]
    return named


def _refers_as(body: Token, pronoun: str) -> bool:
    """Whether ``pronoun`` can stand for ``body``: "they" for a plural or a group, "it" for
    a singular organisation or state."""
    named = body.ent_type_ in ("NORP", "ORG", "GPE")
    plural = body.tag_ in ("NNS", "NNPS")
    if pronoun == "they":
        return plural or (named and body.ent_type_ != "GPE") or group_noun(body)
    return not plural and (named or group_noun(body))


#: CAMEO sectors of people who speak for a state, a party or an armed body.
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "IGO"}) | ARMED_SECTORS


#: CAMEO sectors of offices of state: their holder's "we" is the state's body.
STATE_OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD"})


def _speaks_for_a_body(speaker: Token) -> bool:
    """A spokesman or official (``events_speaker_for_nouns.txt``, ``events_authority_roles.txt``)
    or a holder of office by the CAMEO agents dictionary ("foreign minister", "commander")."""
    vocab = words()
    lemma = lemma_of(speaker)
    if lemma in vocab.speakers_for or lemma in vocab.authority_roles:
        return True
    return bool(agent_sectors(speaker) & OFFICE_SECTORS)


def negotiating_speaker(noun: Token) -> Token | None:
    """ "Chief negotiator Lena Moor said the talks with the rebels had broken down", "the
    ministry said talks with Kessa would resume": a mutual act named by the subject of a
    report, with its other side named ("with") and no doer, is the reporter's side when
    the reporter is a body (a name of a state, people or organisation) or speaks for one
    (a spokesman, negotiator, minister or other office, as the noun or a title before the
    name). An analyst or a witness reporting talks takes no part in them: nobody."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    speaker = reporting_subject(noun.head)
    if speaker is None:
        return None
    if speaker.ent_type_ in ("NORP", "ORG", "GPE"):
        return speaker
    titles = [speaker] if speaker.pos_ == "NOUN" else []
    if speaker.ent_type_ == "PERSON":
        titles = [c for c in speaker.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    delegates = words().delegates
    if any(_speaks_for_a_body(t) or lemma_of(t) in delegates for t in titles):
        return speaker
    return None


def _speaking_body(token: Token) -> Token:
    """ "'We condemn this attack,' the foreign ministry said": inside a quote whose source
    is a body (an organisation, a state, a group noun), or one who speaks for a body the
    phrase names ("an army spokesman", ``events_speaker_for_nouns.txt``), "we" is that
    body; a holder of an office of state named by a common noun ("the interior minister")
    speaks as the office's body, or stands for it. Another person's "we" is as often the
    nation, the team or the party: it stays the pronoun."""
    index = doc_index(token.doc)
    quoted = index.quote_at(token.idx)
    if quoted is None:
        return token
    speaker = quoted[0].speaker
    if speaker is not None and any(e.id == speaker and e.type == "PERSON" for e in token.doc._.ng_entities):
        return token  # the entities stage knows the speaker for a person
    source = quoted[0].source
    span = index.token_range(source.start, source.end) if source is not None else None
    if span is None:
        return token
    tokens = index.tokens
    heads = [tokens[i] for i in range(*span) if not span[0] <= tokens[i].head.i < span[1]]
    if len(heads) != 1:
        return token
    head = heads[0]
    if lemma_of(head) in words().speakers_for:
        # "an army spokesman", "a spokeswoman for the ministry": the body spoken for
        named = [c for c in head.children if c.dep_ in ("compound", "poss", "amod")]
        named += [t for _p, t in prep_objects(head, ("for", "of"))]
        bodies = [t for t in named if t.ent_type_ in ("NORP", "ORG", "GPE") or group_noun(t)]
        return bodies[0] if len(bodies) == 1 else token
    if head.pos_ == "NOUN" and agent_sectors(head) & STATE_OFFICE_SECTORS:
        # "'We will not negotiate,' the interior minister said": one who holds an office
        # of state speaks as the body of the office, the one the phrase names or else the
        # holder ("the rebel leader"'s "we" stays the pronoun, as any other person's)
        bodies = [t for t in _named_with(head) if t.ent_type_ in ("NORP", "ORG", "GPE")]
        return bodies[0] if len(bodies) == 1 else head
    if head.ent_type_ == "PERSON" or head.pos_ == "PRON" or lemma_of(head) in words().person_nouns:
        return token  # "the rebel leader said": a person's "we"
    body = head.ent_type_ in ("NORP", "ORG", "GPE") or group_noun(head)
    return head if body else token
