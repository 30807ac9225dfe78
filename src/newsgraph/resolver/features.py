"""What the resolver knows about an anaphor, a candidate antecedent and the pair.

The entities stage fills these small records from the spaCy parse it already has
(no second parse, no look-ups in slow libraries); ``pair_row`` turns one pair into
a fixed-order row of floats. The order is ``FEATURES`` and is stored in the model
file, so a model trained on other features is refused instead of misapplied.

Each feature is a reader's cue for "who is meant":

- distance in sentences, mentions and paragraphs (recency);
- grammatical role of both and whether they match (role parallelism), the
  subject of the paragraph (topic salience), how often the referent is named;
- gender, number and animacy agreement (given names, honorifics, the tagger's
  type of the candidate's cluster, the pronoun's own form);
- quotes: the speaker of the quote the anaphor sits in (people quoted about
  themselves say "I", so he/she inside a quote is rarely the speaker), the
  speaker of the previous quote (a new "he said" after a quote usually continues
  it), names inside a quote the anaphor is outside of, "said X" inversions;
- syntax: "X said he ...", reflexives bound to their subject, an object pronoun
  is not its own clause's subject, "When she arrived, X said";
- for role nouns ("the minister"): the candidate's known titles, organisation and
  party (from the first version, which ranked role nouns too; always 0 now that the
  hand rule links them, so their weights are 0);
- the hand rules' decision: which rule fired ("X said he", a forward reference, the
  score), the winning margin, how many referents agreed, whether the winner was
  reached through an earlier pronoun, gender votes, how often it is named, and how
  often it and its most-mentioned rival were referred to before (a biography's
  subject against someone met in passing).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: Anaphor kinds: the four pronoun families and a role noun ("the spokesperson").
ANAPHOR_KINDS = ("he", "she", "it", "they", "role")
#: Candidate cluster types as the resolver sees them.
CANDIDATE_TYPES = ("PERSON", "ORG", "PLACE", "NORP", "OTHER", "UNKNOWN")

FEATURES: tuple[str, ...] = (
    # anaphor
    "a_he",
    "a_she",
    "a_it",
    "a_they",
    "a_role",
    "a_subject",
    "a_possessive",
    "a_reflexive",
    "a_quoted",
    "a_speech_subject",
    "a_unnamed_matrix_subject",
    # candidate
    "c_name",
    "c_nominal",
    "c_pronoun",
    "c_person",
    "c_org",
    "c_place",
    "c_norp",
    "c_other_type",
    "c_subject",
    "c_object",
    "c_possessive",
    "c_quoted",
    "c_speech_subject",
    "c_inverted_speaker",
    "c_first_in_sentence",
    "c_cluster_size_log",
    "c_cluster_subjects_log",
    "c_topic_here",
    "c_topic_previous",
    # distance
    "d_sentence_0",
    "d_sentence_1",
    "d_sentence_2",
    "d_sentence_3plus",
    "d_sentence_log",
    "d_mentions_log",
    "d_tokens_log",
    "d_same_paragraph",
    "d_nearest_compatible",
    "d_role_sentence_log",
    # agreement
    "g_gender_match",
    "g_gender_unknown",
    "g_pronoun_gender_match",
    "g_pronoun_gender_clash",
    "g_personal_person",
    "g_personal_nonperson",
    "g_it_person",
    "g_it_org_place",
    "g_they_person",
    "g_they_group",
    "g_they_plural",
    "g_role_person",
    "g_role_nonperson",
    # syntax and discourse
    "s_role_parallel",
    "s_subject_subject",
    "s_matrix_subject",
    "s_cataphor",
    "s_reflexive_binder",
    "s_same_clause_subject",
    "q_quote_speaker",
    "q_previous_speaker",
    "q_speech_after_previous_speaker",
    "q_candidate_quoted_anaphor_not",
    "q_both_quoted",
    # role nouns
    "r_title_match",
    "r_org_match",
    "r_org_clash",
    "r_party_match",
    "r_party_clash",
    "r_any_title",
    # the hand rules' choice (the model decides whether to trust it)
    "k_rule_matrix",
    "k_rule_cataphor",
    "k_margin",
    "k_no_rival",
    "k_referents_log",
    "k_score",
    "k_names_log",
    "k_no_name",
    "k_via_pronoun",
    "k_votes_agree",
    "k_votes_clash",
    "k_salience_log",
    "k_rival_more_salient",
    "k_salience_lead",
)


@dataclass(frozen=True, slots=True)
class Anaphor:
    """A pronoun or role noun waiting for an antecedent."""

    kind: str  # one of ANAPHOR_KINDS
    token: int  # head token index
    sentence: int
    paragraph: int
    ordinal: int  # how many mentions come before it
    gender: str | None  # "m" / "f" from the pronoun or a gendered role noun
    role: str  # "subj" | "obj" | "poss" | "other"
    reflexive: bool = False
    quoted: bool = False
    speech_subject: bool = False  # the subject of "say", "tell", ... ("he said")
    unnamed_matrix_subject: bool = False  # "Officials said they ..."


@dataclass(frozen=True, slots=True)
class Candidate:
    """An earlier mention (name, description or pronoun) the anaphor may refer to."""

    kind: str  # "name" | "nominal" | "pronoun"
    token: int
    sentence: int
    paragraph: int
    ordinal: int
    entity_type: str  # one of CANDIDATE_TYPES
    gender: str | None
    plural: bool
    role: str
    quoted: bool = False
    speech_subject: bool = False
    inverted_speaker: bool = False  # "..., said Karimov"
    first_in_sentence: bool = False
    cluster_size: int = 1
    cluster_subjects: int = 0
    topic_here: bool = False  # its referent is the subject that opens the anaphor's paragraph
    topic_previous: bool = False  # ... or the previous paragraph's


@dataclass(frozen=True, slots=True)
class PairFlags:
    """Facts about the pair that neither side knows alone."""

    matrix_subject: bool = False  # "X said he ..."
    cataphor: bool = False  # "When she arrived, X said ..."
    reflexive_binder: bool = False
    same_clause_subject: bool = False  # "X praised him": him is not X
    quote_speaker: bool = False  # the speaker of the quote the anaphor is inside
    previous_speaker: bool = False  # the speaker of the last quote before the anaphor
    nearest_compatible: bool = False  # the closest candidate that agrees in animacy
    title_match: bool = False
    org_match: bool = False
    org_clash: bool = False
    party_match: bool = False
    party_clash: bool = False
    any_title: bool = False


@dataclass(frozen=True, slots=True)
class RuleFacts:
    """What the hand rules knew when they chose the antecedent: a clear winner, a
    syntactic rule ("X said he ..."), or a narrow call among several referents."""

    rule: str = "score"  # "matrix" | "cataphor" | "score"
    margin: float = 0.0  # winner's rule score minus the runner-up's
    clusters: int = 1  # referents that agreed with the pronoun
    score: float = 0.0  # the winner's rule score
    names: int = 0  # proper-name mentions of the chosen referent
    via_pronoun: bool = False  # the rules reached it through an earlier pronoun
    votes_agree: bool = False  # earlier he/she links agree with this pronoun's gender
    votes_clash: bool = False
    salience: int = 0  # mentions of the chosen referent before the anaphor
    rival_salience: int = 0  # the most mentions of another referent that agreed


#: Rule margins and scores are clipped to this range so one outlier does not dominate.
_MARGIN_CAP = 5.0
_SCORE_RANGE = (-10.0, 5.0)


def _log(n: int) -> float:
    return math.log1p(max(n, 0))


def pair_row(a: Anaphor, c: Candidate, f: PairFlags, r: RuleFacts | None = None) -> list[float]:
    """The feature row of one pair, in ``FEATURES`` order.

    Left as one function on purpose (issue 9's size rule): the row is a flat list of
    feature assignments that must line up one to one with ``FEATURES``, so it reads
    best as one list beside that one; split into helpers, a reader would have to add up
    offsets across functions to see which value is which feature.
    """
    r = r if r is not None else RuleFacts()
    personal = a.kind in ("he", "she")
    person = c.entity_type == "PERSON"
    group = c.entity_type in ("ORG", "NORP")
    d_sent = a.sentence - c.sentence
    pron_gender_known = c.kind == "pronoun" and c.gender is not None and a.gender is not None
    return [
        float(a.kind == "he"),
        float(a.kind == "she"),
        float(a.kind == "it"),
        float(a.kind == "they"),
        float(a.kind == "role"),
        float(a.role == "subj"),
        float(a.role == "poss"),
        float(a.reflexive),
        float(a.quoted),
        float(a.speech_subject),
        float(a.unnamed_matrix_subject),
        float(c.kind == "name"),
        float(c.kind == "nominal"),
        float(c.kind == "pronoun"),
        float(person),
        float(c.entity_type == "ORG"),
        float(c.entity_type == "PLACE"),
        float(c.entity_type == "NORP"),
        float(c.entity_type == "OTHER"),
        float(c.role == "subj"),
        float(c.role == "obj"),
        float(c.role == "poss"),
        float(c.quoted),
        float(c.speech_subject),
        float(c.inverted_speaker),
        float(c.first_in_sentence),
        _log(c.cluster_size),
        _log(c.cluster_subjects),
        float(c.topic_here),
        float(c.topic_previous),
        float(d_sent <= 0),
        float(d_sent == 1),
        float(d_sent == 2),
        float(d_sent >= 3),
        _log(d_sent),
        _log(a.ordinal - c.ordinal),
        _log(a.token - c.token),
        float(a.paragraph == c.paragraph),
        float(f.nearest_compatible),
        _log(d_sent) if a.kind == "role" else 0.0,
        float(a.gender is not None and c.gender == a.gender and c.kind != "pronoun"),
        float(a.gender is not None and c.gender is None),
        float(pron_gender_known and c.gender == a.gender),
        float(pron_gender_known and c.gender != a.gender),
        float(personal and person),
        float(personal and c.entity_type in ("ORG", "PLACE", "NORP", "OTHER")),
        float(a.kind == "it" and person),
        float(a.kind == "it" and c.entity_type in ("ORG", "PLACE")),
        float(a.kind == "they" and person),
        float(a.kind == "they" and group),
        float(a.kind == "they" and c.plural),
        float(a.kind == "role" and person),
        float(a.kind == "role" and not person and c.entity_type != "UNKNOWN"),
        float(a.role == c.role and a.role != "other"),
        float(a.role == "subj" and c.role == "subj"),
        float(f.matrix_subject),
        float(f.cataphor),
        float(f.reflexive_binder),
        float(f.same_clause_subject),
        float(f.quote_speaker),
        float(f.previous_speaker),
        float(f.previous_speaker and a.speech_subject),
        float(c.quoted and not a.quoted),
        float(c.quoted and a.quoted),
        float(f.title_match),
        float(f.org_match),
        float(f.org_clash),
        float(f.party_match),
        float(f.party_clash),
        float(f.any_title),
        float(r.rule == "matrix"),
        float(r.rule == "cataphor"),
        min(r.margin, _MARGIN_CAP),
        float(r.clusters <= 1),
        _log(r.clusters),
        min(max(r.score, _SCORE_RANGE[0]), _SCORE_RANGE[1]),
        _log(r.names),
        float(r.names == 0),
        float(r.via_pronoun),
        float(r.votes_agree),
        float(r.votes_clash),
        _log(r.salience),
        float(r.rival_salience > r.salience),
        _log(r.salience) - _log(r.rival_salience),
    ]


@dataclass
class AnaphorGroup:
    """Training mode: one anaphor with its candidates as character spans and their rows.

    ``cluster_spans[i]`` are the spans of every mention already clustered with
    candidate ``i`` (just its own span for a pronoun), so gold that marks only one
    name of a referent (GAP) can still label the candidate."""

    anaphor: tuple[int, int]
    role: bool
    candidates: list[tuple[int, int]]
    cluster_spans: list[list[tuple[int, int]]]
    rows: list[list[float]]
