"""Step 5b of the entities stage: groups named by a plural common noun, for "they".

"Officials said ... They added ...", "The union's leaders met the mayor. They said ...":
the group a "they" stands for is often named by no proper name at all, only by a plural
noun phrase. Such a phrase is a group mention here when its head is a plural common noun
naming people or bodies (a role noun, a person noun, an organisation noun or a group
noun of ``entities_group_nouns.txt``) and it is a clause's subject or object. Each
group is its own referent: two mentions of "officials" may be different officials, so
they are not clustered with each other, only with the pronouns the rules link to them.

Group mentions are kept apart from the other mentions (``EntityState.groups``): names,
role nouns, he/she/it and the resolver's facts about the passage never see them, so
nothing but a plural pronoun changes. A group becomes an entity (type ``GROUP``) when a
"they" the resolver keeps refers to it, or when people named by a plural noun take part
in an act as the subject, object or "by" agent of a verb that does more than report
speech ("Police used tear gas to disperse protesters", "Traders criticised the
decision"), so that events and stances can name them (``records``; session 11). A group
that only reports ("officials said") stays a quote's source words.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.constants import GROUP_TYPE
from newsgraph.entities import lexicon
from newsgraph.entities.state import EntityState, MentionDraft

#: Relations of a group's head noun: subject, object, object of a preposition, the
#: agent of a passive ("by protesters"), or a conjunct/apposition of one of those.
_GROUP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos"})
#: Owners that make a group the speaker's or the reader's ("our members").
_FIRST_SECOND_POSSESSIVES = frozenset({"my", "our", "your"})
#: Relations of the modifiers a group's phrase keeps before its head noun.
_MODIFIER_DEPS = frozenset(
    {"det", "predet", "amod", "compound", "nummod", "quantmod", "poss", "nmod", "advmod", "case", "punct"}
)
#: Determiners that deny the group exists ("no officials").
_NEGATIVE_DETERMINERS = frozenset({"no", "neither"})


#: The he/she forms that own a noun ("his wife", "her mother").
PERSONAL_POSSESSIVES = frozenset({"his", "her"})

#: The tags :func:`plural_lemma` can read a plural from.
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def group_mentions(state: EntityState) -> None:
    """Add a group mention, in a cluster of its own, for each plural noun phrase naming
    people or bodies that is a subject or object and no name or description already."""
    tokens = state.tokens
    tags = state.index.column("tag_")
    for i in range(state.first, len(tokens)):
        if tags[i] not in _NOUN_TAGS or i in state.token_mention:  # plural_lemma's tags
            continue
        lemma = plural_lemma(state, i)
        if lemma is None or not _group_word(state, lemma):
            continue
        tok = tokens[i]
        if tok.dep_ not in _GROUP_DEPS or (tok.dep_ == "conj" and tok.head.tag_ == "NNS"):
            continue  # a later conjunct is part of the first one's group ("editors and crews")
        left = list(tok.lefts)
        if any(c.lower_ in _FIRST_SECOND_POSSESSIVES or c.lower_ in _NEGATIVE_DETERMINERS for c in left):
            continue
        start = _phrase_start(state, tok)
        end = i + 1
        for conj in tok.rights:  # "crew members, editors and contestants": one group
            if conj.dep_ == "conj" and conj.tag_ == "NNS" and _group_word(state, conj.lemma_.lower()):
                end = conj.i + 1
        _add_group(state, MentionDraft(start, end, "nominal", GROUP_TYPE, head=i))
    for mention in _coordinated_people(state):
        _add_group(state, mention)
    state.groups.sort(key=lambda m: m.start)


def _add_group(state: EntityState, mention: MentionDraft) -> None:
    state.new_cluster(mention)
    state.clusters[mention.cluster].group = True
    state.groups.append(mention)
    state.group_at.setdefault(mention.head, mention)


def _coordinated_people(state: EntityState) -> list[MentionDraft]:
    """Group mentions for named people coordinated as a clause's subject ("Bernoulli and
    Euler tried ...", "Ana Ruiz and her brother Tomas Ruiz founded ...": what a later
    "they" means; session 12). Each conjunct must be a name of a person, so "Hamas and
    Islamic Jihad" or "Ruiz and the ministry" are no such group; the phrase runs from the
    first name to the last."""
    found: list[MentionDraft] = []
    for mention in state.mentions:
        if mention.kind != "name" or mention.head < 0 or not _person_name(state, mention):
            continue
        head = state.tokens[mention.head]
        if head.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        end = 0
        for conj in head.rights:
            if conj.dep_ != "conj":
                continue
            other = state.token_mention.get(conj.i)
            if other is None or other is mention or not _person_name(state, other):
                end = 0
                break
            end = max(end, other.end)
        end = end or _relatives_listed(state, mention, head)
        if end:
            found.append(MentionDraft(mention.start, end, "nominal", GROUP_TYPE, head=mention.head))
    return found


def _relatives_listed(state: EntityState, mention: MentionDraft, head: Token) -> int:
    """The end of a list of three or more that the parser read as an apposition with
    conjuncts: "Mara Lind, her mother and her brother" ("mother" in apposition to the name,
    "brother" its conjunct), each item after the name a person noun owned by a he/she or a
    person's name; 0 when the name has no such list. A lone "Mara Lind, her mother," is an
    apposition, no list; "Tomas Berg and his wife" (a conjunct that is no name) is left
    alone: on GUM dev such a pair took a pronoun its gold gives to someone else (session 24)."""
    for appos in head.rights:
        if appos.dep_ != "appos" or not _owned_relation(state, appos):
            continue
        listed = [c for c in appos.rights if c.dep_ == "conj"]
        end = 0
        for conj in listed:
            other = state.token_mention.get(conj.i)
            if other is not None and other is not mention and _person_name(state, other):
                end = max(end, other.end)
            elif _owned_relation(state, conj):
                end = max(end, conj.i + 1)
            else:
                return 0
        return end
    return 0


def _owned_relation(state: EntityState, noun: Token) -> bool:
    """Whether a listed item is a person noun in the singular owned by a he/she ("her
    mother", "his wife"): someone the text sets beside the named person, so "Mara Lind, her
    mother and her brother" is a group as "Ana Ruiz and her brother Tomas Ruiz" is (session
    24). Not a thing ("her farm") nor an owner of another kind ("the ministry's lawyer")."""
    return (
        noun.tag_ == "NN"
        and noun.pos_ == "NOUN"
        and names_people(state, noun.lemma_.lower())
        and any(c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES for c in noun.children)
    )


def _person_name(state: EntityState, mention: MentionDraft) -> bool:
    return mention.kind == "name" and mention.cluster >= 0 and state.is_person(mention.cluster)


def plural_lemma(state: EntityState, i: int) -> str | None:
    """The lower-case singular of token ``i`` if it is a plural common noun: tagged NNS, or
    NNPS (or NNP ending in "s") when capitalised as its sentence's first word
    ("Dockworkers extended ..."); else None. The records step reads a group's head by the same rule."""
    tag = state.index.column("tag_")[i]
    if tag == "NNS" and state.index.column("pos_")[i] == "NOUN":
        return state.index.column("lemma_")[i].lower()
    if tag == "NNPS" and _opens_sentence(state, i):
        return state.tokens[i].lower_[:-1]
    if tag == "NNP" and _opens_sentence(state, i) and not state.tokens[i].ent_type_:
        # "DOHA, Nov 21 - Rebels in the north released ...": a plural tagged as a singular
        # name where a common noun is written capitalised (the caller asks for a group word)
        lower = state.tokens[i].lower_
        if lower.endswith("ies"):
            return lower[:-3] + "y"
        if lower.endswith("s") and not lower.endswith("ss"):
            return lower[:-1]
    if tag not in ("NN", "NNS", "NNP"):
        return None
    lower = state.index.column("lower_")[i]
    if lower not in state.words.unmarked_plurals or state.tokens[i].ent_type_:
        return None
    # "Police in the capital fired ...": plural whatever the tagger made of it
    return lower if tag != "NNP" or _opens_sentence(state, i) else None


def _opens_sentence(state: EntityState, i: int) -> bool:
    """Whether token ``i`` is its sentence's first word, or the first after the dateline
    ("ROTTERDAM, Sept 9 - Dockworkers ..."): where a common noun is written capitalised."""
    return i == state.first or i == state.sent_starts[state.sent_of[i]]


def _group_word(state: EntityState, lemma: str) -> bool:
    """Whether a noun's plural names people or bodies: a noun naming people (see
    ``names_people``) or an organisation noun ("unions", "companies")."""
    return lexicon.org_nouns().get(lemma) == "ORG" or names_people(state, lemma)


def names_people(state: EntityState, lemma: str) -> bool:
    """Whether a noun names people: a group noun, role noun or person noun, or a compound
    written as one word that ends in one ("dockworker", "steelworker"). Asked for every
    plural noun, so the nouns are one set per document and a compound is tested by its
    possible tails, not by a scan of every noun."""
    if state.people_nouns is None:
        nouns = state.words.group_nouns | lexicon.person_roles() | state.words.person_nouns
        state.people_nouns = (nouns, frozenset(n for n in nouns if len(n) >= _MIN_COMPOUND_TAIL))
    nouns, tails = state.people_nouns
    if lemma in nouns:
        return True
    last = len(lemma) - _MIN_COMPOUND_TAIL
    return any(lemma[k:] in tails for k in range(_MIN_COMPOUND_PREFIX, last + 1))


#: A one-word compound's tail must be a noun this long ("worker", "man"+"police" would be
#: too short a tail to trust), and its first part this long ("dock" in "dockworker").
_MIN_COMPOUND_TAIL = 5
_MIN_COMPOUND_PREFIX = 3


def _phrase_start(state: EntityState, head: Token) -> int:
    """The first token of the group's noun phrase: the modifiers written right before the
    head ("the two", "union", "more than 20 former crew"), not a clause or a line before
    it, nor page furniture ("Image caption Doctors")."""
    tokens = state.tokens
    start = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ not in _MODIFIER_DEPS or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    start = max(start, state.first, state.sent_starts[state.sent_of[head.i]])
    while start < head.i and (
        tokens[start].is_punct
        or tokens[start].is_space
        or "\n" in tokens[start].whitespace_
        or state.index.is_excluded(tokens[start].idx, tokens[start].idx + len(tokens[start]))
    ):
        start += 1
    return start
