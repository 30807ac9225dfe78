"""Grammar the events rules test: dependency labels, entity labels, auxiliaries, closed-class
words and groups of ontology categories.

These are part of the rules, not vocabulary a user would extend (that lives in
``data/lexicon/events_*.txt`` and the ontology YAML), so they stay in code, in one place.
"""

from __future__ import annotations

# Shared with other stages (newsgraph/constants.py); re-exported for the events modules.
from newsgraph.constants import AIMED_PREPS as AIMED_PREPS
from newsgraph.constants import CONDITION_MARKS as CONDITION_MARKS
from newsgraph.constants import FUTURE_AUX as FUTURE_AUX
from newsgraph.constants import PLACE_LABELS as PLACE_LABELS

#: Auxiliaries that make a verb hypothetical (FUTURE_AUX, shared, puts it in the future).
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "must", "can", "ca", "'d", "’d"})
#: Auxiliaries of obligation: "X said Y must ..." is X's demand on Y.
OBLIGATION_AUX = frozenset({"must", "should", "ought"})
#: A clause is short; the bound keeps run-on lists linear.
MAX_CLAUSE = 80

#: Categories whose "on X" names the target ("sanctions on", "attack on", "call on").
ON_TARGETS = frozenset(
    {"SANCTION", "COERCE", "ASSAULT", "REQUEST", "ACCUSE", "THREATEN", "PROTEST", "MOBILIZE", "REJECT"}
    | {"CONCEDE"}
)
#: PLOVER quads of conflict (verbal and material).
CONFLICT_QUADS = frozenset({3, 4})
#: Categories of acts that announce another act ("threatened to ban ...", "agreed to open ...").
ANNOUNCING = frozenset({"THREATEN", "REQUEST", "REJECT", "AGREE"})
#: Categories whose target is the place when no party is named (PLOVER codes it so).
PLACE_TARGETS = frozenset({"AID", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
#: Acts only a state's authorities perform (arrest, curfew, ban, expulsion, sanctions):
#: with no agent named ("was arrested in Corland", "were expelled from Corland"), the
#: country where it was done is the actor, as PLOVER codes it.
AUTHORITY_ACTS = frozenset({"COERCE", "SANCTION"})
#: Entity labels of a place that is also a state (a country, a city's government).
STATE_LABELS = frozenset({"GPE"})
#: Categories whose ``with`` and ``between`` partners act together (both sides are actors).
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})

#: Parts of speech that can trigger an event.
CONTENT_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})
#: Dependency path from a reported clause up to its speech verb.
SPEAKER_PATH = frozenset({"xcomp", "acomp", "conj", "advcl", "dobj", "pobj", "prep", "nsubj", "compound"})
#: Pronouns that never name a participant, and relative pronouns standing for their antecedent.
#: The head word of an age used as a noun ("the 24-year-old"), and the dependencies
#: under which such a phrase names a participant rather than modifies one.
AGE_HEADS = frozenset({"old"})
#: Plural numbers that head a phrase of their own for the people they count ("Thousands
#: protested", "tens of thousands took to the streets", "dozens were arrested").
PLURAL_NUMBERS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "tens"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})
#: Prepositions whose object controls an object-control verb's to-clause when the verb has
#: no direct object ("called on X to ...", "appealed to X to ...", "pleaded with X to ...").
CONTROL_PREPS = frozenset({"on", "upon", "to", "with"})
INANIMATE = frozenset({"it", "this", "that", "which", "what", "there", "these", "those"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
TARGET_PREPS = frozenset({"with", "against", "on", "upon", "to", "toward", "towards", "at", "into", "over"})
PLACE_PREPS = frozenset({"in", "at", "from", "to", "near", "inside", "outside", "across", "into"})
NON_ACTOR_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: Dependents that start a clause of their own (an event of its own, not part of this one).
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "csubj", "csubjpass", "parataxis", "acl"})
NOUN_MODS = frozenset({"poss", "compound", "nmod", "amod"})
SUBJ = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJ = frozenset({"nsubjpass", "csubjpass"})
#: Prepositions on a phrase's own noun that name whom the act is aimed at ("lodged a
#: protest with X", "opened fire on X").
PHRASE_NOUN_PREPS = frozenset({"with", "against", "to", "on", "at"})
CLAUSAL_SUBJ = frozenset({"csubj", "csubjpass"})
#: CAMEO sectors of armed forces: their strike is an attack, not a walkout; an order to
#: them to stop is no ban on them.
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "INS", "SPY", "COP"})
#: CAMEO sectors of a state's own bodies and officers.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "UAF"})
#: PLOVER's quad class of verbal conflict (request, accuse, reject, threaten).
VERBAL_CONFLICT = 3
#: PLOVER's quad class of material conflict (protest, sanction, mobilize, coerce, assault).
MATERIAL_CONFLICT = 4
#: Particles of a phrasal verb: a phrase of a verb no list names alone and a particle
#: ("round up") takes its sense from its object (``person_object``); a phrase naming its
#: noun ("hold talks") or of a verb of force ("shoot down") does not.
PARTICLES = frozenset({"up", "down", "out", "off", "in", "on", "over", "away", "back"})
