"""An "it" that goes on telling what the previous sentence's body did (issue 10, session 21).

"The Harbour Authority closed the port on Monday. It said …" was already the body
(``pronouns._speaking_it``, session 20). This module widens that to any main verb
whose subject an organisation can be ("… It will appeal the ruling", "… It plans to cut
jobs"), and to an "it" that opens its sentence after a quotation ('"The port is safe,"
it added'). ``roles.previous_topic`` then asks that the previous sentence's subject is
a body and that no other body is named there.

An "it" is more often a thing or no referent at all, so the guards come first:

- **expletive shapes**: a copula ("It is likely that", "It was the storm that"), a
  passive with a clause ("It was reported that"), a verb of ``entities_expletive_it_verbs``
  ("It seems", "It rained", "It took three days to"), a clause or "to"-clause as the
  subject's extraposed partner ("It helps that …");
- **a thing to point at**: the previous sentence's main verb has a singular common noun
  as object that is no mention ("The ministry published a report. It found …": the
  report), or the pronoun's own verb is a passive (things are done to).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.constants import PLURAL_TAGS, SUBJECT_DEPS
from newsgraph.entities import lexicon
from newsgraph.entities.state import EntityState, MentionDraft

#: Relations of a verb's object-like complements a thing "it" may point back to.
_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})
#: Singular common-noun tags.
_SINGULAR_NOUN_TAGS = frozenset({"NN"})
#: Subordinators of a fronted clause whose subject a main-clause "it"/"they" continues
#: ("When the Authority reopened the port, it warned …").
_FRONTED_MARKS = frozenset(
    {"when", "after", "because", "as", "once", "since", "before", "while", "although", "though"}
)
#: Markers of a clause extraposed after an expletive "it" ("It helps that …").
_EXTRAPOSED_MARKS = frozenset({"that", "whether", "if", "how", "why", "what", "when"})


def opens_sentence(state: EntityState, pron: Token) -> bool:
    """Whether ``pron`` is its sentence's first word, or comes straight after a quotation
    that opens it ('"We will rebuild," it said'): only quoted words and punctuation before it."""
    start = state.sent_starts[state.sent_of[pron.i]]
    if pron.i == start:
        return True
    quoted = state.quoted_tokens()
    if quoted[pron.i]:
        return False  # (inside a quote every word before it is quoted too)
    before = state.tokens[start : pron.i]
    return any(quoted[t.i] for t in before) and all(quoted[t.i] or t.is_punct for t in before)


def acting_it(state: EntityState, pron: Token) -> bool:
    """An "it" subject of its sentence's main verb, in no expletive shape, after a
    sentence with no thing it could mean (see the module doc)."""
    if pron.lower_ != "it" or pron.dep_ != "nsubj":
        return False
    verb = pron.head
    if verb.dep_ != "ROOT" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.lemma_.lower() in lexicon.expletive_it_verbs():
        return False
    if any(c.dep_ in {"attr", "acomp", "csubj", "auxpass"} for c in verb.children):
        return False  # "It is likely that", "It was the storm that", "It was reported"
    if verb.lemma_.lower() == "be":
        return False
    for clause in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i):
        first = next(iter(clause.subtree))
        if first.lower_ in _EXTRAPOSED_MARKS and clause.dep_ == "ccomp" and not _says(state, verb):
            return False  # "It helps that the port reopened"
    return not _thing_before(state, pron)


def _says(state: EntityState, verb: Token) -> bool:
    return verb.lemma_.lower() in state.words.any_speech_verbs


def _thing_before(state: EntityState, pron: Token) -> bool:
    """The previous sentence's main verb (or a verb joined to it) has a singular common
    noun as object that is no mention: a thing the "it" may mean."""
    root = state.root_before(pron.i)
    if root is None:
        return True
    verbs = [root, *(c for c in root.children if c.dep_ == "conj")]
    for verb in verbs:
        for obj in verb.children:
            if obj.dep_ not in _OBJECT_DEPS or obj.tag_ not in _SINGULAR_NOUN_TAGS:
                continue
            if state.token_mention.get(obj.i) is None and obj.dep_ not in SUBJECT_DEPS:
                return True
    return False


def own_clause_body(state: EntityState, pron: Token) -> MentionDraft | None:
    """ "Team Vesta had to rebuild their robot", "The Norvel Group offered him a post at
    their offices": the subject of the clause a they/them/their sits in (the first one up
    its heads that has a subject), when that subject is a body's name, though singular
    (``pronouns._agrees`` asks a plural name otherwise), for an object or owner pronoun
    (a subject "they" is its own clause's subject). Not when a plural noun comes before
    it in its sentence (the people or things a "they" would otherwise mean: "Norvel told
    suppliers to cut their prices", "countries the ministry criticised for their
    records"), nor for a pronoun inside the subject itself."""
    if pron.dep_ in SUBJECT_DEPS:
        return None  # a subject "they" is its clause's subject ("X said they": ``reporters.matrix_subject``)
    step = pron.head
    while True:
        subject = next((c for c in step.children if c.dep_ == "nsubj" and c.i != pron.i), None)
        if subject is not None or step.head.i == step.i:
            break
        step = step.head
    if subject is None or subject.i > pron.i or subject.left_edge.i <= pron.i <= subject.right_edge.i:
        return None
    mention = state.token_mention.get(subject.i)
    if mention is None or mention.kind != "name" or mention.cluster < 0:
        return None
    cluster = state.find(mention.cluster)
    labels = state.labels(cluster)
    if state.is_person(cluster) or not labels or labels.most_common(1)[0][0] != "ORG":
        return None
    tags, pos = state.index.column("tag_"), state.index.column("pos_")
    start = state.sent_starts[state.sent_of[pron.i]]
    if any(
        tags[j] in PLURAL_TAGS and pos[j] in {"NOUN", "PROPN"} and not mention.start <= j < mention.end
        for j in range(start, pron.i)
    ):
        return None  # "countries that the ministry criticised for their records"
    return mention


def fronted_clause_body(state: EntityState, pron: Token) -> MentionDraft | None:
    """ "When the Harbour Authority reopened on Monday, it warned ships to slow down",
    "After the Kessin unions walked out, they blocked the ring road": the subject "it" or
    "they" of a main clause continues the body named as the subject of the adverbial
    clause fronted before it (opened by a subordinator of ``_FRONTED_MARKS``). The same
    shape as "X said it" (``reporters.matrix_subject``) read the other way round.
    Guards: no expletive shape (a copula or attribute, a verb of
    ``entities_expletive_it_verbs``, a passive), no thing the "it" may mean in the fronted
    clause (an object that is a singular common noun and no mention: "When the ministry
    published the report, it found ..."), no other body or place named before the pronoun
    in its sentence, and the body is no person; a "they" needs a plural body (a plural or
    coordinated name, or a group named by a plural noun: ``pronouns._agrees``)."""
    if pron.lower_ not in {"it", "they"} or pron.dep_ != "nsubj":
        return None
    verb = pron.head
    if verb.lemma_.lower() in lexicon.expletive_it_verbs() or verb.lemma_.lower() == "be":
        return None
    if any(c.dep_ in {"attr", "acomp", "csubj", "auxpass"} for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i < pron.i), None)
    if clause is None:
        return None
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in _FRONTED_MARKS for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    mention = state.token_mention.get(subject.i) if subject is not None else None
    if mention is None or mention.kind != "name" or mention.cluster < 0 or state.is_person(mention.cluster):
        return None
    for obj in (c for c in clause.children if c.dep_ in _OBJECT_DEPS):
        if obj.tag_ in _SINGULAR_NOUN_TAGS and state.token_mention.get(obj.i) is None:
            return None  # "When the ministry published the report, it found ...": the report
    cluster = state.find(mention.cluster)
    for i in range(state.sent_starts[state.sent_of[pron.i]], pron.i):
        other = state.token_mention.get(i)
        if other is None or other.cluster < 0 or other.kind != "name" or state.find(other.cluster) == cluster:
            continue
        if not state.is_person(other.cluster):
            return None  # "When Norvel sued Veltrax, it ...": which one?
    return mention
