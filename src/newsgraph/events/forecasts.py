"""Whether a warning is a threat or a forecast (``events/constraints.py``, THREATEN):
a warning is a threat only when it announces harm a party would do."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.candidates import Candidate
from newsgraph.events.constants import ACTOR_LABELS, CONFLICT_QUADS
from newsgraph.events.natural_causes import natural_noun
from newsgraph.events.ontology import Ontology
from newsgraph.events.participant_classes import Sorter
from newsgraph.events.syntax import prep_objects
from newsgraph.events.vocabulary import lemma_of

#: Dependencies of a warning's content clause ("warned that ...", "a warning that ...").
CONTENT_CLAUSE_DEPS = frozenset({"ccomp", "acl", "relcl"})
#: Prepositions introducing what a warning is about ("warned of", "a warning against").
CONTENT_PREPS = ("of", "about", "against")
#: Agent-only class set for the content's doer.
AGENT_CLASS = frozenset({"agent"})


def forecast(cand: Candidate, onto: Ontology, sorter: Sorter) -> bool:
    """A warning is a threat only when it announces harm a party would do ("warned it
    would strike", "a warning to the rebels", "warned of reprisals"). A warning whose
    content is weather, prices, delays or another impersonal happening ("warned that
    more rain was expected", "warned of delays"), or an alert noun with neither a party
    it is aimed at nor such content ("upgraded its warning to red", "a flood warning"),
    is a forecast or advice. A warning with no stated content aimed at a party ("warned
    the rebels", "warned them to leave") stays a threat."""
    token = cand.token
    if any(c.dep_ == "xcomp" for c in token.children):
        return False  # "warned them not to return": a directive backed by the speaker
    contents: list[bool] = []
    for child in token.children:
        if child.dep_ in CONTENT_CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
            contents.append(_party_act(child, onto, sorter, cand.actor_tokens))
    for _prep, obj in prep_objects(token, CONTENT_PREPS):
        contents.append(_harm_noun(obj, onto, sorter))
    if contents:
        return not any(contents)
    if not cand.nominal:
        return False  # "warned the rebels", "he warned": nothing says it is a forecast
    # a warning noun: an alert unless it is aimed at a party ("a warning to Iran")
    aimed = [t for t in cand.target_tokens if t.pos_ != "VERB"]
    return not any(sorter.fits(t, AGENT_CLASS, "THREATEN", True) for t in aimed)


def _party_act(verb: Token, onto: Ontology, sorter: Sorter, warners: list[Token]) -> bool:
    """Whether a content clause states an act the warning party would do: a conflict
    verb of the ontology ("warned the town would be attacked") or a clause whose subject
    is a party or a conflict act ("warned they would sue", "warned the strike would go
    ahead"). A named party other than the one warning does the act of someone else:
    "Harris warned that Trump would cut pensions", "warned that Corland would invade"
    are warnings about a third party, not threats."""
    lemma = lemma_of(verb)
    if lemma in sorter.lists.natural:
        return False  # "warned it would snow"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    doers = [s for s in subjects if s.dep_ == "nsubj"]
    if any(s.dep_ == "nsubjpass" for s in subjects):
        # a passive's subject undergoes the act; its doer is the "by" agent, if named
        doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    own = {t.lower_ for t in warners}
    if any(d.ent_type_ in ACTOR_LABELS and d.lower_ not in own for d in doers):
        return False
    if any(natural_noun(d, sorter.lists.natural) for d in doers):
        return False  # "warned that another storm could hit the region": a forecast
    entry = onto.verbs.get(lemma)
    if entry is not None and entry.quad in CONFLICT_QUADS:
        return True
    if _possible_effect(verb, doers):
        return False
    if lemma == "be":
        # "warned that his rival would be under investigation": a state the subject is
        # in, not an act it does, unless a conflict verb hangs below ("would be ready to
        # strike")
        return any(_conflict_verb(t, onto) for t in verb.subtree if t.i != verb.i)
    if any(c.dep_ == "auxpass" for c in verb.children) and not doers:
        # "warned that up to a third of the harvest could be lost": a harm no one in the
        # clause inflicts (the parser may leave the subject out) is no threat; "warned
        # that those responsible would be held to account" names a party
        return any(_harm_noun(s, onto, sorter) for s in subjects)
    if not subjects:
        return True  # nothing to judge by: the old reading stands
    return any(_harm_noun(s, onto, sorter) for s in doers)


#: Modals of what may happen, not of what someone will do.
_POSSIBILITY_MODALS = frozenset({"could", "might", "may"})


def _possible_effect(verb: Token, doers: list[Token]) -> bool:
    """ "warned that a long strike could cost exporters millions", "that the ban might
    hurt farmers": an act or a measure named as the subject of what *may* follow is a
    forecast of its effect. A threat commits to an act ("the strike would go ahead",
    "they could strike at any time": a party's own doing)."""
    if not any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY_MODALS for c in verb.children):
        return False
    return bool(doers) and all(d.pos_ in ("NOUN", "PROPN") and d.ent_type_ not in ACTOR_LABELS for d in doers)


def _conflict_verb(token: Token, onto: Ontology) -> bool:
    if token.pos_ != "VERB":
        return False
    entry = onto.verbs.get(lemma_of(token))
    return entry is not None and entry.quad in CONFLICT_QUADS


def _harm_noun(noun: Token, onto: Ontology, sorter: Sorter) -> bool:
    """A party, a conflict act ("a strike", "an attack") or harm a party does
    ("consequences")."""
    lemma = lemma_of(noun)
    if lemma in sorter.lists.natural or lemma in sorter.lists.things:
        return False
    if lemma in sorter.lists.threat_contents or noun.lower_ in sorter.lists.threat_contents:
        return True
    if any(e.quad in CONFLICT_QUADS for e in onto.nouns.get(lemma, ())):
        return True
    return sorter.fits(noun, AGENT_CLASS, "THREATEN", True)


__all__ = ["forecast"]
