"""Step 6 of the entities stage: third-person pronouns, and the antecedent choices.

Every place the stage *chooses* an earlier referent for a mention is in this module,
behind two functions, so a learned resolver can replace exactly that choice:

- ``choose_pronoun_antecedent(state, pronoun, candidates, cataphor, speaker)`` — the
  cluster a he/she/it/they means with how sure the rules were (a ``RulePick``), or None;
- ``choose_role_noun_antecedent(state, nominal, noun)`` — the cluster a definite role
  noun ("the minister") means, or -1 (called by the nominal step).

``resolve_pronouns`` walks the pronouns and gathers what the choice needs:
the candidate mentions in a window of recent sentences, a cataphoric subject
("When she arrived, Merkel said"), and the speaker of the quote the pronoun is in
(who, saying "I", is not "he"). The rule-based choice filters candidates by
agreement (gender, person, number, organisation vs place) and binding, then scores
recency, subjecthood, a known gender and syntactic shortcuts ("X said he ...",
reflexives). The links are made here by the rules alone; ``confidence`` then lets the
learned resolver keep or drop each one (its scoring glue is there, not here).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from functools import partial

from spacy.tokens import Token

from newsgraph.constants import (
    FEMININE_PRONOUNS,
    GROUP_TYPE,
    MASCULINE_PRONOUNS,
    PERSONAL_PRONOUNS,
    PLURAL_TAGS,
    SUBJECT_DEPS,
)
from newsgraph.entities import binding, referred
from newsgraph.entities.body_pronouns import acting_it, fronted_clause_body, own_clause_body
from newsgraph.entities.reporters import UNNAMED_REPORTER, matrix_subject
from newsgraph.entities.roles import previous_topic
from newsgraph.entities.state import EntityState, MentionDraft
from newsgraph.entities.unnamed import (
    unnamed_clause_subject,
    unnamed_matrix_subject,
    unnamed_owner_subject,
    unnamed_relative_head,
    unnamed_speaker_before,
)
from newsgraph.phrases import of_a_common_noun, pronoun_gender

_NEUT = frozenset({"it", "its", "itself"})
_PLUR = frozenset({"they", "them", "their", "theirs", "themselves"})
_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
#: Relations walked up from a reflexive to the verb whose subject binds it.
_REFLEXIVE_PATH = frozenset({"prep", "pobj", "dobj", "attr", "pcomp"})
#: Penn tags of a relative pronoun subject ("who", "that", "which").
_RELATIVE_TAGS = frozenset({"WP", "WDT"})
_WINDOW_PERSONAL = 4  # he/she antecedents: this sentence and the four before it
_WINDOW_OTHER = 2  # it/its/they: this sentence and the two before it


#: What a he/she saying a quote gains for the previous sentence's main-clause subject
#: (``binding.speaker_after_quote``): as much as being a subject at all, so it outranks a
#: subject embedded in that sentence, not a nearer sentence's subject.
_LEAD_BONUS = 1.0

#: The rules' margin recorded when only one referent agreed with the pronoun.
_NO_RIVAL_MARGIN = 5.0


@dataclass(frozen=True)
class RulePick:
    """The hand rules' choice for one pronoun, and how sure the rules were of it: what the
    learned resolver (``entities.confidence``) weighs to keep or drop the link."""

    cluster: int
    mention: MentionDraft  # the candidate mention that won for that cluster
    rule: str  # "matrix" ("X said he"), "cataphor" ("When she ..., X") or "score"
    margin: float  # winner's rule score minus the runner-up's
    clusters: int  # referents that passed the agreement checks
    score: float  # the winner's rule score, without the position tie-break
    nearest: bool  # the winner is the nearest referent that agrees
    salience: int = 0  # mentions of the winner before the pronoun (names, descriptions, pronouns)
    rival_salience: int = 0  # the most such mentions of any other referent that agrees
    runner_up: RulePick | None = None  # the second-ranked referent, as if the rules had chosen it


@dataclass
class PronounLinks:
    """The links the rules made, in text order, and each cluster's gender votes and person
    cue from before any of them: the resolver undoes the votes of the links it drops."""

    picks: list[tuple[Token, RulePick]]
    votes_before: list[tuple[Counter[str], bool]]


def resolve_pronouns(state: EntityState) -> PronounLinks:
    """Link each third-person pronoun to the cluster the rules choose, as a ``pronoun``
    mention, in text order (each link is seen by the later pronouns). Returns the links
    with what the rules knew, for ``confidence.judge_pronoun_links`` to keep or drop."""
    votes_before = [(Counter(c.votes), c.person_cue) for c in state.clusters]
    tokens = state.tokens
    # Candidate mentions in token order, with their positions for window look-ups.
    ordered = sorted((m for m in state.mentions if m.cluster >= 0), key=lambda m: m.start)
    starts = [m.start for m in ordered]
    new: list[MentionDraft] = []
    quoted = state.quoted_tokens()
    quote_start = list(range(len(tokens)))  # first token of the quote each quoted token is in
    speakers: dict[int, int] = {}  # quote start -> speaker cluster, found once per quote
    for i in range(1, len(tokens)):
        if quoted[i] and quoted[i - 1]:
            quote_start[i] = quote_start[i - 1]
    picks: list[tuple[Token, RulePick]] = []
    # The first test reads the shared per-token columns: most tokens are no pronoun.
    pos, tags, lowers = (state.index.column(name) for name in ("pos_", "tag_", "lower_"))
    group_starts = [g.start for g in state.groups]
    for i in range(state.first, len(tokens)):
        if pos[i] != "PRON" and tags[i] not in {"PRP", "PRP$"}:
            continue
        lower = lowers[i]
        if pronoun_family(lower) is None:
            continue
        named = state.token_mention.get(i)
        if named is not None and named.kind == "name":
            continue  # "He Lin", a name whose first word is a pronoun's
        tok = tokens[i]
        if lower == "it" and tok.dep_ == "expl":
            continue
        if _generic_pair(tok):
            continue
        personal = lower in PERSONAL_PRONOUNS
        window = _WINDOW_PERSONAL if personal else _WINDOW_OTHER
        window_start = state.sent_starts[max(0, state.sent_of[tok.i] - window)]
        lo = bisect_left(starts, window_start)
        hi = bisect_left(starts, tok.i)
        candidates = ordered[lo:hi] + [m for m in new if m.start >= window_start]
        if lower in _PLUR and group_starts:
            # groups named by a plural noun ("officials"): only a "they" may mean one
            first_group = bisect_left(group_starts, window_start)
            candidates += state.groups[first_group : bisect_left(group_starts, tok.i)]
        cataphor = binding.cataphora_subject(state, tok, partial(_agrees_plainly, state, tok))
        if cataphor is not None:
            candidates.append(cataphor)
        speaker = -1
        if quoted[tok.i] and personal:
            opening = quote_start[tok.i]
            if opening not in speakers:
                end = opening
                while end < len(tokens) and quoted[end]:
                    end += 1
                speakers[opening] = _speaker_cluster(state, quote_speaker(state, opening, end, quoted))
            speaker = speakers[opening]
        pick = choose_pronoun_antecedent(state, tok, candidates, cataphor, speaker)
        if pick is None:
            continue
        mention = MentionDraft(tok.i, tok.i + 1, "pronoun", None, head=tok.i)
        state.add_mention(mention)
        state.pronoun_at[tok.i] = mention
        state.attach(mention, pick.cluster)
        gender_vote(state, tok, pick.cluster)
        new.append(mention)
        picks.append((tok, pick))
    return PronounLinks(picks, votes_before)


#: Words joining the two forms of a generic pair ("he or she", "his/her").
_PAIRING = frozenset({"or", "and", "/"})


def _generic_pair(tok: Token) -> bool:
    """Whether a he/she form is joined to one of the other gender ("he or she", "his or
    her", "him or her"): anyone at all of a kind ("once voters have chosen a president, he
    or she ..."), nobody the text names."""
    gender = pronoun_gender(tok.lower_)
    if gender is None:
        return False
    doc, i = tok.doc, tok.i
    joined = [doc[i - 2]] if i >= 2 and doc[i - 1].lower_ in _PAIRING else []
    if i + 2 < len(doc) and doc[i + 1].lower_ in _PAIRING:
        joined.append(doc[i + 2])
    return any(pronoun_gender(other.lower_) not in (None, gender) for other in joined)


def gender_vote(state: EntityState, tok: Token, cluster: int) -> None:
    """A he/she linked to a cluster is a vote for its gender and marks it a person."""
    gender = pronoun_gender(tok.lower_)
    if gender is not None:
        c = state.clusters[state.find(cluster)]
        c.votes[gender] += 1
        c.person_cue = True


def pronoun_family(lower: str) -> str | None:
    """ "he", "she", "it" or "they" for a third-person pronoun form, else None."""
    if lower in MASCULINE_PRONOUNS:
        return "he"
    if lower in FEMININE_PRONOUNS:
        return "she"
    if lower in _NEUT:
        return "it"
    if lower in _PLUR:
        return "they"
    return None


def is_reflexive(lower: str) -> bool:
    """Whether a lower-cased pronoun form is reflexive ("himself"): bound to its own subject."""
    return lower in _REFLEXIVE


def _speaker_cluster(state: EntityState, token: int) -> int:
    """The cluster of the mention at ``token`` (a name or a linked pronoun), or -1."""
    if token < 0:
        return -1
    mention = state.referring_at(token)
    return state.find(mention.cluster) if mention is not None and mention.cluster >= 0 else -1


def quote_speaker(state: EntityState, start: int, end: int, quoted: list[bool]) -> int:
    """The token naming who speaks the quote at tokens [start, end): the subject of a
    speech verb in the sentence that opens it ("X said, "...) or the one where it ends
    ("..." X said), else, for a quotation that opens its sentence, the sentence before
    it in the same paragraph ('"...," he said. "..."': the same speaker goes on); -1 when
    none is found. A he/she inside the quote is not the speaker: people quoted about
    themselves say "I"."""
    tokens = state.tokens
    sentences = sorted({state.sent_of[max(start - 1, 0)], state.sent_of[min(end, len(tokens) - 1)]})
    opening = state.sent_of[max(start - 1, 0)]
    if opening > 0 and state.sent_starts[opening] >= start - 1 and "\n" not in tokens[start - 2].text_with_ws:
        sentences.append(opening - 1)  # (after the quote's own sentences: they are asked first)
    for n in sentences:
        first = state.sent_starts[n]
        last = state.sent_starts[n + 1] if n + 1 < len(state.sent_starts) else len(tokens)
        for i in range(first, last):
            verb = tokens[i]
            if quoted[i] or verb.lemma_.lower() not in state.words.speech_verbs:
                continue
            for child in verb.children:
                if child.dep_ not in SUBJECT_DEPS:
                    continue
                if child.i in state.token_mention or child.i in state.pronoun_at:
                    return child.i
                appos = next((g for g in child.children if g.dep_ == "appos"), None)
                if appos is not None and appos.i in state.token_mention:
                    return appos.i
    return -1


#: How many tokens may stand between a quotation and the "he said" after it ('," he said').
_QUOTE_GAP = 3


def _named_in_own_quote(state: EntityState, pron: Token) -> frozenset[int]:
    """The clusters named inside the quotation that ``pron`` is the speaker of
    ('"Karimov can wait," he said'; 'he said: "Karimov can wait"'; '"The mayor knows the
    numbers," he said' after the mayor was named). People speak of
    themselves as "I", so a person named in the third person inside a quotation is not
    the one saying it; the quotation is the one right before the speech verb's clause
    or right after the verb."""
    verb = pron.head
    if pron.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in state.words.speech_verbs:
        return frozenset()
    quoted = state.quoted_tokens()
    if quoted[pron.i]:
        return frozenset()
    n = len(quoted)
    found: set[int] = set()

    def collect(i: int, step: int) -> None:
        gap = 0
        while 0 <= i < n and not quoted[i] and gap < _QUOTE_GAP:
            i += step
            gap += 1
        while 0 <= i < n and quoted[i]:
            mention = state.token_mention.get(i)
            if mention is not None and mention.kind != "pronoun" and mention.cluster >= 0:
                found.add(state.find(mention.cluster))  # a name, or a role noun ("The mayor knows")
            i += step

    collect(min(pron.i, verb.i) - 1, -1)
    collect(max(pron.i, verb.i) + 1, 1)
    return frozenset(found)


# ---------------------------------------------------------------------- pronoun antecedent choice
def choose_pronoun_antecedent(
    state: EntityState,
    pron: Token,
    candidates: list[MentionDraft],
    cataphor: MentionDraft | None = None,
    speaker: int = -1,
) -> RulePick | None:
    """The cluster ``pron`` refers to among the clusters of ``candidates`` (None: no clear
    one), with the facts the resolver model weighs: which rule fired, the winning margin,
    how many referents competed, and whether the winner is the nearest one that agrees.

    ``cataphor`` is a later subject the pronoun may point forward to; ``speaker`` the
    cluster of the quote's speaker, which a he/she inside the quote never means.
    """
    lower = pron.lower_
    personal = lower in PERSONAL_PRONOUNS
    # Syntactic shortcuts: "X said (that) he/it/they ..." -> X; "X turned himself in" -> X.
    matrix = (
        _reflexive_subject(state, pron, lower in _PLUR)
        if lower in _REFLEXIVE
        else matrix_subject(state, pron, lower in _PLUR)
    )
    if matrix is UNNAMED_REPORTER:
        return None
    reporter = -1
    if matrix is not None and matrix.cluster >= 0 and _reported_death(state, pron):
        reporter, matrix = state.find(matrix.cluster), None  # "His son said he died": not the son
    if matrix is None and personal:  # "Varga, who announced her resignation", "... for his own actions"
        matrix = binding.relative_owner(state, pron) or binding.own_owner(state, pron)
    if matrix is None and personal:  # "met Pavel Novak and his lawyers"
        matrix = binding.conjunct_owner(state, pron)
    if matrix is None and (lower == "its" or _speaking_it(state, pron) or acting_it(state, pron)):
        matrix = previous_topic(state, pron)
    if matrix is None and lower in _PLUR:
        matrix = own_clause_body(state, pron)
    if matrix is None and lower in {"it", "they"}:
        matrix = fronted_clause_body(state, pron)
    if matrix is None and cataphor is None and unnamed_matrix_subject(state, pron):
        return None
    if matrix is None and cataphor is None and unnamed_owner_subject(state, pron):
        return None
    if matrix is None and cataphor is None and personal and unnamed_speaker_before(state, pron):
        return None
    if matrix is None and cataphor is None and personal and unnamed_relative_head(state, pron):
        return None
    if matrix is None and cataphor is None and personal and unnamed_clause_subject(state, pron):
        return None
    scores: dict[int, float] = {}
    best_mention: dict[int, MentionDraft] = {}
    nearest: MentionDraft | None = None  # the latest candidate that passed the agreement checks
    # never meant: people the pronoun's own quote or its complement clause names
    not_meant = _named_in_own_quote(state, pron) if personal else frozenset()
    if personal:
        not_meant |= binding.complement_named(state, pron) | binding.predicate_noun_subject(state, pron)
        not_meant |= binding.parallel_relatives(state, pron)
    # '... when X was brought down. "...," he said': the previous main clause's subject speaks,
    # and none the quote refers to
    quote = binding.quote_before_speech(state, pron) if matrix is None and cataphor is None else None
    if quote is not None and binding.unnamed_speaker_of_quote(state, quote):
        return None  # 'A friend said ... "...," he said': the friend, who is no mention
    lead = binding.speaker_after_quote(state, pron, quote) if quote is not None else None
    for m in candidates:
        if m.cluster < 0 or (m.start >= pron.i and m is not cataphor):
            continue
        if quote is not None and quote[0] <= m.start < quote[1]:
            continue
        cluster = state.find(m.cluster)
        if cluster in (speaker, reporter, *not_meant) or not _agrees(state, pron, m, cluster, matrix):
            continue
        if m is not cataphor and (nearest is None or m.start > nearest.start):
            nearest = m
        score = _antecedent_score(state, pron, m, cluster, matrix, cataphor)
        if m is lead:
            score += _LEAD_BONUS
        if score > scores.get(cluster, -1e9):
            scores[cluster] = score
            best_mention[cluster] = m
    if not scores and personal:
        # no person within reach: one name the tagger typed no person may be one ("Halvorsen" as ORG)
        lone = referred.lone_mistyped_person(
            state, pron, candidates, lambda m, c: _agrees(state, pron, m, c, matrix, True)
        )
        if lone is not None:
            cluster = state.find(lone.cluster)
            scores[cluster] = _antecedent_score(state, pron, lone, cluster, matrix, None)
            best_mention[cluster] = lone
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, best_score = ranked[0]
    if not personal:
        # "it"/"its"/"they" are often about things or unnamed groups: only take a clear winner.
        if lower == "it" and (matrix is None or state.find(matrix.cluster) != best):
            return None
        if len(ranked) > 1 and best_score - ranked[1][1] < 1.0:
            return None
        if (
            state.clusters[best].group
            and best_mention[best] is not matrix
            and _plural_rival(state, best_mention[best], pron)
        ):
            return None
    salience = {cluster: _mentions_before(state, cluster, pron.i) for cluster in scores}

    def pick(rank: int) -> RulePick:
        """The referent ranked ``rank`` (0: the rules' choice, 1: the runner-up), with its
        margin over (or under) the other of the two."""
        cluster, score = ranked[rank]
        mention = best_mention[cluster]
        other = ranked[1 - rank][1] if len(ranked) > 1 else score - _NO_RIVAL_MARGIN
        return RulePick(
            cluster=cluster,
            mention=mention,
            rule="matrix" if mention is matrix else "cataphor" if mention is cataphor else "score",
            margin=score - other,
            clusters=len(ranked),
            score=score - 0.001 * mention.start,
            nearest=nearest is not None and state.find(nearest.cluster) == cluster,
            salience=salience[cluster],
            rival_salience=max((n for c, n in salience.items() if c != cluster), default=0),
        )

    winner = pick(0)
    return replace(winner, runner_up=pick(1)) if len(ranked) > 1 and personal else winner


#: Relations of a plural noun phrase that could be what a later "they" means.
_RIVAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "appos"})


def _plural_rival(state: EntityState, m: MentionDraft, pron: Token) -> bool:
    """Whether another plural noun phrase competes with group mention ``m`` for the "they":
    a subject or object headed by any plural noun, people or things, between the two
    ("Women make way for monks so they ...", "the problem of lamps is the mercury they
    contain"), or a plural subject earlier in the group's own sentence ("These
    institutions do not exist to credential experts. They ..."). The groups "they" may
    mean are a few word classes; the rivals are every plural noun, so an unlisted plural
    leaves the pronoun unresolved rather than wrong. Not when the group spoke and "they"
    speaks again ("Officials said the repairs ... They added"): one speaker continues."""
    tokens = state.tokens
    speech = state.words.any_speech_verbs
    group_head, pron_tok = tokens[m.head], pron
    if (
        group_head.dep_ in SUBJECT_DEPS
        and pron_tok.dep_ in SUBJECT_DEPS
        and group_head.head.lemma_.lower() in speech
        and pron_tok.head.lemma_.lower() in speech
    ):
        return False
    tags, pos = state.index.column("tag_"), state.index.column("pos_")
    for j in range(state.sent_starts[state.sent_of[m.start]], pron.i):
        if m.start <= j < m.end or tags[j] not in PLURAL_TAGS or pos[j] not in {"NOUN", "PROPN"}:
            continue
        dep = tokens[j].dep_
        if dep in SUBJECT_DEPS or (j >= m.end and dep in _RIVAL_DEPS):
            return True
    return False


def _mentions_before(state: EntityState, cluster: int, token: int) -> int:
    """How often the article has referred to ``cluster`` before ``token``: the topic of a
    biography or a profile is referred to far more often than anyone met in passing."""
    return sum(1 for m in state.clusters[cluster].mentions if m.start < token)


def _agrees(
    state: EntityState,
    pron: Token,
    m: MentionDraft,
    cluster: int,
    matrix: MentionDraft | None,
    assume_person: bool = False,
) -> bool:
    """Whether candidate ``m`` (in ``cluster``) can be what ``pron`` means: gender and person
    for he/she, organisation or place for it, a group for they, and no binding clash.
    ``assume_person``: the cluster is taken for a person whatever its type says."""
    lower = pron.lower_
    c = state.clusters[cluster]
    is_person = assume_person or state.is_person(cluster)
    gender = pronoun_gender(lower)
    if gender is not None:
        if not is_person or (c.gender is not None and c.gender != gender):
            return False
        if m.kind == "pronoun" and pronoun_gender(state.tokens[m.head].lower_) not in (None, gender):
            # "She told reporters that he had promised ...": a he is never reached through
            # a she (nor the other way round), whatever that she was linked to; the
            # "X said he" shortcut otherwise takes the reporting verb's pronoun subject.
            return False
    else:
        labels = state.labels(cluster)
        top = labels.most_common(1)[0][0] if labels else None
        if is_person or top is None:
            return False  # a plural pronoun never means one person: singular "they" is rare in news
        if lower in _NEUT and top not in {"ORG", "GPE"}:
            return False
        if lower in _PLUR and (
            top not in {"ORG", "NORP", GROUP_TYPE}
            or not (top == "NORP" or plural(state, cluster) or matrix is m)
        ):
            return False
    head = state.tokens[m.head]
    if lower in _PLUR and head.dep_ in {"amod", "compound", "nmod"}:
        return False  # "Syrian" in "the Syrian team" is not a group "they" can point to
    if lower in _PLUR and binding.inside_relative_clause_of(pron, head):
        return False  # "the very people they refuse to name": they are not those people
    if pron.dep_ in SUBJECT_DEPS and binding.in_fronted_participle(head, pron):
        return False
    governing = binding.object_case_subject(pron)
    if governing is not None:
        # "Ruiz allowed him to stay": him is the object of allowed, so not Ruiz
        return binding.subject_cluster_of(state, governing) != cluster
    # Binding: a plain object pronoun is not its own clause's subject.
    if (
        lower not in _REFLEXIVE
        and not (pron.dep_ == "poss" or pron.tag_ == "PRP$")  # "her" as object binds, as owner not
        and pron.dep_ not in SUBJECT_DEPS
    ):
        if head.dep_ in SUBJECT_DEPS and head.head.i == pron.head.i:
            return False
        return binding.clause_subject_cluster(state, pron) != cluster
    return True


def _agrees_plainly(state: EntityState, pron: Token, m: MentionDraft, cluster: int) -> bool:
    """``_agrees`` with no syntactic shortcut in hand (for ``binding.cataphora_subject``)."""
    return _agrees(state, pron, m, cluster, None)


def _antecedent_score(
    state: EntityState,
    pron: Token,
    m: MentionDraft,
    cluster: int,
    matrix: MentionDraft | None,
    cataphor: MentionDraft | None,
) -> float:
    """How likely candidate ``m`` is: recent, a subject, of known matching gender, named by
    a syntactic shortcut; a pronoun already linked to the cluster counts a little."""
    lower = pron.lower_
    personal = lower in PERSONAL_PRONOUNS
    gender = pronoun_gender(lower)
    c = state.clusters[cluster]
    distance = state.sent_of[pron.i] - state.sent_of[m.start]
    score = -1.5 * distance + 0.001 * m.start
    if is_subject(state, m):
        score += 1.0
    if c.gender is not None and personal:
        score += 0.5
    elif personal and c.votes:
        majority = c.votes.most_common(1)[0][0]
        score += 0.5 if majority == gender else -2.0
    if (matrix is not None and matrix is m) or m is cataphor:
        score += 3.0
    if m.kind == "pronoun":
        score += 0.2
    return score


def _reflexive_subject(state: EntityState, pron: Token, groups: bool = False) -> MentionDraft | None:
    """The subject a reflexive is bound to: its verb's, or the first conjunct's. A reflexive
    inside a prepositional phrase or a noun phrase of its clause is bound the same way
    ("appeared as herself", "unveiled a wax figure of herself"). A reflexive right after
    the subject it stands beside ("Rick Santorum himself has said", "he himself was ill")
    intensifies that subject and means what it means."""
    if _intensified(pron):
        return state.referring_at(pron.head.i, groups)
    verb = pron.head
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} or verb.dep_ not in _REFLEXIVE_PATH or verb.head.i == verb.i:
            break
        verb = verb.head
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < pron.i), None)
        if subject is not None and subject.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl":
            return _relative_antecedent(state, verb.head)
        if subject is not None:
            return state.referring_at(subject.i, groups)
        if verb.dep_ not in {"conj", "xcomp", "advcl"} or verb.head.i == verb.i:
            break
        verb = verb.head
    return None


def _intensified(pron: Token) -> bool:
    """Whether reflexive ``pron`` intensifies the subject right before it, parsed as its
    apposition ("the mayor herself opened ...", "he himself said"): bound to that subject.
    Only a subject: after an object the reflexive is the doer's ("decided to treat his
    daughter himself" is the one who decided), bound through the verb as any other."""
    head = pron.head
    return (
        pron.dep_ == "appos"
        and head.i == pron.i - 1
        and head.dep_ in SUBJECT_DEPS
        and pron.lower_ in _REFLEXIVE
    )


def _relative_antecedent(state: EntityState, noun: Token) -> MentionDraft | None:
    """What a relative clause's "who"/"that" subject stands for: the mention of the noun
    the clause modifies ("Norton, who proclaimed himself ...") or, for a predicate noun,
    its clause's subject ("X was a citizen ..., who proclaimed himself ...")."""
    found = state.token_mention.get(noun.i)
    if found is not None and found.label != "PERSON" and of_a_common_noun(noun):
        # "A resident of Aitaroun, who asked not to be named": the parser hangs the clause
        # on the place or body; the one who asks is the noun the "of" phrase belongs to
        return state.token_mention.get(noun.head.head.i)
    if found is not None:
        return found
    if noun.dep_ in {"attr", "appos"}:
        subject = next((c for c in noun.head.children if c.dep_ in SUBJECT_DEPS), None)
        if noun.dep_ == "appos":
            subject = noun.head
        if subject is not None:
            return state.referring_at(subject.i)
    return None


def is_subject(state: EntityState, m: MentionDraft) -> bool:
    """The mention is a clause subject, or in apposition to one ("His father, X, said")."""
    head = state.tokens[m.head]
    return head.dep_ in SUBJECT_DEPS or (head.dep_ == "appos" and head.head.dep_ in SUBJECT_DEPS)


def plural(state: EntityState, cluster: int) -> bool:
    """Named by a plural noun somewhere ("the Republicans", "the police unions") or by a
    coordination ("Merrow and Kessel", a group of ``groups``), or the subject of a plural
    verb ("the Taliban have said")."""
    for m in state.clusters[state.find(cluster)].mentions:
        if m.kind == "pronoun":
            continue
        head = state.tokens[m.head]
        if head.tag_ in PLURAL_TAGS:
            return True
        if any(m.start <= c.i < m.end and _listing(c) for c in head.children):
            return True  # "Merrow and Kessel": a coordination is plural
        if head.dep_ in SUBJECT_DEPS:
            verb = head.head
            if verb.tag_ == "VBP" or any(
                c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBP" for c in verb.children
            ):
                return True
            if verb.lower_ in {"are", "were"}:
                return True
    return False


def _listing(child: Token) -> bool:
    """Whether a child of a mention's head lists more: a conjunct ("Merrow and Kessel"), or
    an apposition with a conjunct of its own ("Mara Lind, her mother and her brother": a
    list of three the parser read so)."""
    return child.dep_ == "conj" or (child.dep_ == "appos" and any(c.dep_ == "conj" for c in child.children))


def _speaking_it(state: EntityState, pron: Token) -> bool:
    """ "It added that ...", "It said in a statement": an "it" that is the subject of a
    verb of saying (``previous_topic`` then asks for it to open its sentence after one
    whose subject is a body, with no other body named there)."""
    return (
        pron.lower_ == "it" and pron.dep_ == "nsubj" and pron.head.lemma_.lower() in state.words.speech_verbs
    )


#: Adverbs and auxiliaries that leave a death unfinished ("said he nearly died").
_UNFINISHED = frozenset({"nearly", "almost", "would", "could", "might", "will", "may", "not"})


def _reported_death(state: EntityState, pron: Token) -> bool:
    """Whether the subject pronoun ``pron`` dies or is killed in a clause someone reports
    ("His son, Luca, said he died on Saturday", "Police said he was shot dead"): whoever
    reports a finished death is not the one who died."""
    verb = pron.head
    if pron.dep_ not in SUBJECT_DEPS or verb.dep_ != "ccomp":
        return False
    if any(c.lower_ in _UNFINISHED for c in verb.children if c.dep_ in ("advmod", "aux", "neg")):
        return False
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    words = state.words.death_verbs
    return (lemma in words and not passive) or (passive and f"passive:{lemma}" in words)
