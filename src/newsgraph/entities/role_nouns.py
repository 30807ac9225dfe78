"""Role-noun antecedents for the entities stage: "the minister" -> the person given that
title earlier (step 4, ``nominals.resolve_nominals``). Kept beside the pronoun choice
until session 21; a module of its own so each stays under the project's size limit."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsgraph.entities.roles import org_of, previous_topic, pronoun_owner
from newsgraph.entities.state import Cluster, EntityState, MentionDraft
from newsgraph.phrases import group_owners, named_owners, rank_words

_ROLE_NOUN_WINDOW = 40  # "the minister": sentences back to look for the title's holder
#: Entity types of a role's modifier that say whose it is, not which kind ("the Republican nominee").
_NAMED_KINDS = frozenset({"NORP", "GPE", "ORG"})
#: Endings of a count of times a role was held ("four-times champion", "two-time winner").
_TIMES = ("-time", "-times")


def choose_role_noun_antecedent(state: EntityState, nominal: MentionDraft, noun: Token) -> int:
    """ "the minister" -> the most recent person holding a matching title (same org if
    given; same party if the description names one: "the Democratic nominee"); -1 for none."""
    title = noun.lemma_.lower()
    _, org_cluster = org_of(state, noun)
    owner = pronoun_owner(noun)
    whose = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ == "WP$"), None)
    if whose is not None and org_cluster < 0:
        # "The United States, whose president-elect ...": the post of the relative
        # clause's antecedent, never the last president of another body
        org_cluster = _relative_antecedent_cluster(state, whose)
        if org_cluster < 0:
            return -1
    if owner is not None and org_cluster < 0:
        # "The United States abstained. Its deputy ambassador said ...": "its" is resolved
        # only later (step 6); the body the sentence before was about is whose post it is
        topic = previous_topic(state, owner)
        if topic is not None:
            org_cluster = state.find(topic.cluster)
    parties = {
        _party_key(state.span_text(m.start, m.end))
        for i in range(nominal.start, nominal.head)
        if (m := state.token_mention.get(i)) is not None and m is not nominal and m.label == "NORP"
    }
    owners = named_owners(noun)
    groups = group_owners(noun)
    # "the prime minister" is not "former interior minister Kerekes": where both the
    # description and the holder's title say which kind of the role it is, they must agree
    # (how or when the role is held does not count; a party or a country is checked below)
    tenure = state.words.tenure_adjectives
    modifiers = (c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.pos_ != "PROPN")
    kinds = _role_kinds((c.lower_ for c in modifiers if c.ent_type_ not in _NAMED_KINDS), tenure)
    ranks = state.words.rank_modifiers
    rank = rank_words(noun, ranks)
    for _, cluster in state.previous_clusters(nominal.start, _ROLE_NOUN_WINDOW):
        if parties and not parties & {_party_key(a[0]) for a in state.clusters[cluster].affiliations}:
            continue
        for role in state.clusters[cluster].roles:
            words = role[0].lower().split()
            if title not in words and noun.lower_ not in words:
                continue
            if rank != ranks.intersection(words):
                continue  # "its deputy ambassador" is not "the ambassador, Dimitri Kallas"
            own_kinds = _role_kinds(words, tenure) - {title, noun.lower_}
            if kinds and own_kinds and not kinds <= own_kinds:
                continue
            if org_cluster >= 0 and role[2] >= 0 and state.find(role[2]) != org_cluster:
                continue
            if whose is not None and (role[2] < 0 or state.find(role[2]) != org_cluster):
                continue  # a holder of no known body is no post of the antecedent's
            if owners and not owners <= _holder_words(state.clusters[cluster]):
                continue  # "The European Commission president" is not "Outgoing President Berg"
            if groups and not groups & _role_phrase_words(state, state.clusters[cluster]):
                continue  # "the rebels' spokesman" is not "the ministry's spokesman, Ali"
            return cluster
    return -1


def _relative_antecedent_cluster(state: EntityState, whose: Token) -> int:
    """The cluster of the name a "whose" follows ("The United States, whose ..."), or -1."""
    i = whose.i - 1
    while i >= 0 and state.tokens[i].is_punct:
        i -= 1
    mention = state.token_mention.get(i) if i >= 0 else None
    return state.find(mention.cluster) if mention is not None and mention.cluster >= 0 else -1


def _role_kinds(words: Iterable[str], tenure: frozenset[str]) -> set[str]:
    """The words of a title that say which kind of the role it is (not how it is held)."""
    return {w for w in words if w not in tenure and not w.endswith(_TIMES)}


def _holder_words(c: Cluster) -> set[str]:
    """The words of the holder's role titles, the bodies they hold them at and the
    holder's affiliations, lower-cased: what a description naming a body must match."""
    words: set[str] = set()
    for title, org, *_ in c.roles:
        words.update(title.lower().split())
        words.update((org or "").lower().split())
    for affiliation in c.affiliations:
        words.update(affiliation[0].lower().split())
    return words


def _role_phrase_words(state: EntityState, c: Cluster) -> set[str]:
    """The holder's words (``_holder_words``) and those of the phrases that gave the roles
    ("a spokesman for the farmers"): whose people a holder speaks for."""
    words = _holder_words(c)
    for role in c.roles:
        words.update(state.text[role[3] : role[4]].lower().split())
    return words


def _party_key(name: str) -> str:
    """ "Democrat", "Democratic", "the Democratic Party" -> "democ": one key per party word."""
    words = [w for w in name.lower().split() if w not in {"the", "party"}]
    return words[0][:5] if words else ""
