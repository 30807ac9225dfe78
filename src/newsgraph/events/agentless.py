"""Actors of agentless passives, lent by what the sentence says around them (part of step
2, arguments; run after every candidate has its own clause's parties).

A passive with no ``by`` agent names nobody, and the events stage never invents a doer.
Two constructions name one all the same:

- the clause that says when or how the act happened is another act of the same kind
  with a doer: "Two soldiers were killed when their checkpoint was attacked by Taliban
  fighters" (the fighters killed them); "were killed when a car bomb exploded";
- the sentence before tells an act of the same category with a doer, and this one only
  its outcome: "Police raided a warehouse in Tarvik. Three men were arrested." (a
  passive at its sentence's root, whose undergoers are of no side the doers are on);
- the subject of a deployment is the force deployed, and a force named with its state
  or owner is moved by that state: "Nigerien troops have been deployed along the
  border" (Niger deployed them), "the army's reserves were mobilised"; a deployment a
  party announces with no mover named is the announcer's ("the minister said, announcing
  that troops had been sent to the border").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import resources
from newsgraph.actors import code_text
from newsgraph.events.candidates import Candidate
from newsgraph.events.control import controller
from newsgraph.events.syntax import (
    actorish,
    agent_noun_form,
    conjuncts,
    party_noun,
    prep_objects,
    subject_of,
)
from newsgraph.events.vocabulary import lemma_of, words

#: PLOVER's quad of material conflict: a killing told with the attack it happened in.
MATERIAL_CONFLICT = 4
#: Conjunctions of a clause that tells when, as or after what an act happened.
WHEN_MARKS = frozenset({"when", "as", "after", "while"})
#: Prepositions whose act noun object is the occasion of a passive act ("killed in an attack").
OCCASION_PREPS = ("in", "during")
#: Categories whose object (a passive's subject) is the force the act moves.
FORCE_MOVING = frozenset({"MOBILIZE"})
#: Entity labels of a state or people that owns a force ("Nigerien", "Polish").
OWNER_LABELS = frozenset({"NORP", "GPE", "ORG"})
#: Modifier dependencies that can name a force's owner.
OWNER_DEPS = frozenset({"amod", "compound", "poss"})


def agentless_actors(cands: list[Candidate], by_token: dict[int, Candidate]) -> None:
    """Give an agentless passive act the doer its sentence names (see the module doc)."""
    weapons = words().weapons
    for cand in cands:
        if (
            not cand.nominal
            and not cand.absorbed
            and cand.actor_tokens
            and all(lemma_of(t) in weapons for t in cand.actor_tokens)
        ):
            # "A car bomb exploded at a market ..., in an attack claimed by the rebels": a
            # weapon's act told with the attack it was part of is done by the attackers
            cand.actor_tokens = _doers_of_the_occasion(cand, by_token) + cand.actor_tokens
            continue
        if cand.nominal or cand.absorbed or cand.actor_tokens or cand.entry.quad is None:
            continue
        subj, passive = subject_of(cand.token)
        if not passive:
            continue
        doers = _stranded_agent(cand.token, by_token) or _doers_of_the_occasion(cand, by_token)
        if not doers and cand.entry.category in FORCE_MOVING:
            doers = [owner for force in subj if (owner := _owner(force)) is not None]
        if not doers and cand.entry.category in FORCE_MOVING:
            doers = _announcer(cand.token)
        if not doers:
            doers = _told_before(cand, subj, cands)
        if doers:
            cand.actor_tokens = doers


#: Dependencies under a passive verb that hold the rest of its own clause: its complement
#: and its prepositional phrases ("was found guilty of corruption by a court").
OWN_PHRASE_DEPS = frozenset({"oprd", "acomp", "prep", "pobj", "advmod", "npadvmod"})
#: How far below the verb a stranded agent phrase is sought (verb > prep > noun > by).
STRANDED_DEPTH = 3


def _stranded_agent(verb: Token, by_token: dict[int, Candidate]) -> list[Token]:
    """ "The former minister was found guilty of corruption by a court in Dhaka": the
    parser hangs the passive's "by" agent on the last noun before it. A "by" phrase inside
    the passive's own clause whose object is a party is the agent, unless the noun it hangs
    on is an act of its own ("the killing of a man by police") or a place or time ("by
    the river", "by Friday" are no parties)."""
    frontier = [c for c in verb.children if c.dep_ in OWN_PHRASE_DEPS and _argument_phrase(c)]
    for _ in range(STRANDED_DEPTH):
        below: list[Token] = []
        for token in frontier:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "by" and token.i not in by_token:
                    agents = [p for p in child.children if p.dep_ == "pobj"]
                    if agents and all(actorish(a) or party_noun(a) for a in agents):
                        return [t for a in agents for t in conjuncts(a)]
                elif child.dep_ in OWN_PHRASE_DEPS and _argument_phrase(child):
                    below.append(child)
        frontier = below
    return []


#: Prepositions of the phrases a passive's complement runs through ("guilty of fraud",
#: "sentenced to prison for espionage"); not of time or setting ("detained after an
#: interview by a reporter": the by-phrase is the interview's).
ARGUMENT_PREPS = frozenset({"of", "for", "to", "on", "in", "with", "over", "from", "at", "into"})


def _argument_phrase(token: Token) -> bool:
    return token.dep_ != "prep" or token.lower_ in ARGUMENT_PREPS


def _doers_of_the_occasion(cand: Candidate, by_token: dict[int, Candidate]) -> list[Token]:
    """The actors of an act of material conflict in the "when/as/after" clause (or the
    "in/during" act noun) of a passive act of material conflict ("were killed when ... was attacked by X"); a
    cooperative act's occasion is no doer ("were met with chants when Trump arrived")."""
    occasions = [
        child
        for child in cand.token.children
        if child.dep_ == "advcl"
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in WHEN_MARKS for m in child.children)
    ]
    # "were killed in a rebel attack", "were wounded during Israeli strikes": the act noun
    # the killing happened in
    occasions += [t for _p, t in prep_objects(cand.token, OCCASION_PREPS)]
    for child in occasions:
        occasion = by_token.get(child.i)
        if (
            occasion is None
            or occasion.entry.quad != MATERIAL_CONFLICT
            or cand.entry.quad != MATERIAL_CONFLICT
        ):
            continue
        doers = [t for t in occasion.actor_tokens if t.i not in _subtree_of_subject(cand.token)]
        if doers:
            return doers
    return []


def _told_before(cand: Candidate, undergoers: list[Token], cands: list[Candidate]) -> list[Token]:
    """ "Rebel fighters attacked an army convoy near Essa. Four soldiers were killed.": a
    passive act of material conflict at the root of its sentence, right after a sentence
    whose root act is of the same category and has doers, is theirs, unless its
    undergoers could be on the doers' side (the same word or sector: "Troops stormed the
    town. Ten soldiers were killed."; a pronoun; a doer noun: "two attackers")."""
    verb = cand.token
    if cand.entry.quad != MATERIAL_CONFLICT or verb.dep_ != "ROOT" or not undergoers:
        return []
    start = verb.sent.start
    if start == 0:
        return []
    before = verb.doc[start - 1].sent
    acts = [
        c
        for c in cands
        if before.start <= c.token.i < before.end
        and c.token.dep_ == "ROOT"
        and not c.absorbed
        and c.entry.category == cand.entry.category
        and c.actor_tokens
    ]
    if not acts:
        return []
    doers = acts[0].actor_tokens
    conflict_verbs = words().conflict_verbs
    for undergoer in undergoers:
        if undergoer.pos_ == "PRON" or agent_noun_form(lemma_of(undergoer), conflict_verbs):
            return []
        side = code_text(undergoer.text).sector
        same_side = [d for d in doers if side is not None and code_text(d.text).sector == side]
        if same_side or any(lemma_of(d) == lemma_of(undergoer) for d in doers):
            return []
    return list(doers)


def _subtree_of_subject(verb: Token) -> set[int]:
    """Tokens of the passive's own subject: its undergoer is never its doer."""
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("nsubjpass", "nsubj"):
            out.update(t.i for t in child.subtree)
    return out


def _announcer(verb: Token) -> list[Token]:
    """ "The defence minister said, announcing that 10,000 troops had been sent to the
    border": a deployment whose mover is unnamed, announced by a party, is that party's
    own (a state or body tells of the forces it moves, not of another's)."""
    if verb.dep_ != "ccomp":
        return []
    governor = verb.head
    if lemma_of(governor) not in words().speech:
        return []
    speaker, passive = subject_of(governor)
    if passive:
        return []
    speaker = speaker or controller(governor)
    return [t for t in speaker if actorish(t) or party_noun(t)]


def _owner(force: Token) -> Token | None:
    """The state or body a force is named with ("Nigerien troops", "Poland's army")."""
    demonyms = resources.current().lexicons.table("entities_demonyms")
    for child in force.children:
        if child.dep_ not in OWNER_DEPS or child.i > force.i:
            continue
        if child.text in demonyms or code_text(child.text).country is not None:
            return child  # "Nigerien troops", "Polish troops" (not "Extra troops")
        if child.dep_ == "poss" and child.ent_type_ in OWNER_LABELS:
            return child  # "Russia's reserves", "the alliance's forces"
    return None
