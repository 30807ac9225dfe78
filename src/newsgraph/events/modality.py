"""Step 3 of the events pass: an event's own clause and its modality.

A trigger is ``asserted`` unless its clause or a governing verb says otherwise:
negation ("did not sign", "refused to sign"), the future ("will sign", "agreed to
sign"), a hypothesis ("would sign", "wants to sign", "if they sign"), or a verb of
saying above it, which makes it ``reported`` (decided by the caller, who also knows
whether the trigger sits inside a quote).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsgraph.constants import FINITE_TAGS
from newsgraph.docindex import doc_index
from newsgraph.events.constants import CLAUSE_DEPS, CONDITION_MARKS, FUTURE_AUX, HYPOTHETICAL_AUX, MAX_CLAUSE
from newsgraph.events.syntax import foiled_plan, headline_infinitive, planned_act_carrier, prep_objects
from newsgraph.events.vocabulary import lemma_of, words
from newsgraph.records import Modality


def clause_tokens(trigger: Token, merged: Iterable[Token] = ()) -> set[int]:
    """Indices of the trigger's own clause: its subtree minus embedded clauses, coordinated
    and appositive items, at most ``MAX_CLAUSE`` tokens (a clause is short; the bound keeps
    run-on lists linear)."""
    keep = {t.i for t in merged}
    index = doc_index(trigger.doc)
    deps = index.column("dep_")  # indices and relations only: no Token per child
    seen: set[int] = {trigger.i}
    stack = [trigger.i]
    while stack and len(seen) < MAX_CLAUSE:
        token = stack.pop()
        for i in index.children(token):
            if i in seen:
                continue
            if i not in keep:
                dep = deps[i]
                if dep in CLAUSE_DEPS or dep == "conj" or dep == "appos":
                    continue
            seen.add(i)
            stack.append(i)
    return seen


def _own_modality(verb: Token) -> Modality | None:
    # Auxiliaries, negation and "if" precede the verb in English; looking only left keeps
    # this cheap on a verb with hundreds of coordinated dependents.
    # Indices and the dep_/lower_ columns: no Token per child.
    index = doc_index(verb.doc)
    heads, deps, lowers = index.heads(), index.column("dep_"), index.column("lower_")
    at = verb.i
    lefts = [(child, deps[child]) for child in index.children(at) if child < at]
    for i in range(at + 1, min(at + 3, len(heads))):
        if heads[i] == at and deps[i] == "neg":
            return "negated"
    for child, dep in lefts:
        if dep == "neg" or (dep == "preconj" and lowers[child] == "neither"):
            return "negated"  # "did not attack", "neither confirmed nor denied"
    if deps[at] == "conj" and any(
        deps[c] == "cc" and lowers[c] == "nor" and c < at for c in index.children(heads[at])
    ):
        return "negated"  # "... nor denied the attack"
    for child, dep in lefts:
        if dep in ("aux", "auxpass"):
            word = lowers[child]
            if word in FUTURE_AUX:
                return "future"
            if word in HYPOTHETICAL_AUX:
                return "hypothetical"
            if word == "to" and headline_infinitive(verb):
                return "future"  # "Valmoria to hold talks": a headline's announcement
        if dep == "mark" and lowers[child] in CONDITION_MARKS:
            return "hypothetical"
    return None


def _denied_by_words(trigger: Token, nominal: bool) -> bool:
    """The act is denied by a word of its own phrase: "zero support", "no talks were held",
    "neither side has threatened", "without consulting", "decided against a strike",
    "it's not as though we accuse ..."."""
    vocab = words()
    negating = vocab.negating_words
    if nominal and any(
        c.dep_ in ("det", "neg", "amod", "nummod") and c.lower_ in negating for c in trigger.children
    ):
        return True
    if not nominal:
        for child in trigger.children:
            if child.dep_ in ("nsubj", "nsubjpass") and (
                # a negative pronoun ("nobody", "neither", "none of them"), not an
                # abbreviation that spells like one ("mine No. 2 would close")
                (child.lower_ in negating and (child.pos_ == "PRON" or prep_objects(child, ("of",))))
                or any(d.dep_ in ("det", "preconj") and d.lower_ in negating for d in child.children)
            ):
                return True  # "neither side has threatened", "no country recognized", "nobody attacked"
    head = trigger.head
    if trigger.dep_ in ("pcomp", "pobj") and head.dep_ == "prep":
        if head.lower_ in negating:
            return True  # "without consulting its workers"
        if head.lower_ == "against" and lemma_of(head.head) in vocab.choice_verbs:
            return True  # "decided against a strike"
        if head.lower_ == "from" and trigger.tag_ == "VBG" and lemma_of(head.head) in vocab.preventing:
            return True  # "blocked the government from deporting": kept from doing it
    if trigger.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("though", "if") for c in trigger.children
    ):
        # "it's not as though we accuse ...": a denied comparison denies the act
        return any(c.dep_ == "neg" for c in head.children)
    return False


def modality_of(trigger: Token, nominal: bool) -> tuple[Modality, bool]:
    """(modality, reported-by-a-speech-verb?) for a trigger, looking up its governing verbs."""
    if _denied_by_words(trigger, nominal):
        return "negated", _under_speech(trigger)
    alleging = _alleging_governor(trigger)
    if alleging is not None:
        return "reported", _under_speech(alleging)
    if nominal and trigger.dep_ == "pobj" and trigger.head.lower_ in SETTING_PREPS:
        # "failed to agree on a ceasefire at talks in Vienna": the talks were held; a
        # setting is presupposed, so the clause's negation does not reach it (its future
        # or hypothesis does: "will sign the deal at a summit next week")
        modality, spoken = _modality_of(trigger, nominal)
        return ("asserted" if modality == "negated" else modality), spoken
    return _modality_of(trigger, nominal)


#: Prepositions of the occasion an act happens at ("at talks", "during the summit").
SETTING_PREPS = frozenset({"at", "during"})


def _modality_of(trigger: Token, nominal: bool) -> tuple[Modality, bool]:
    """The modality the trigger's own clause and its governing verbs give it."""
    verb = trigger
    if nominal:
        verb = trigger.head
        for _ in range(8):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return "asserted", False
        if _asked_for(trigger, verb) or _not_ruled_out(trigger, verb):
            return "hypothetical", _under_speech(verb)
        if _cancelled(trigger, verb):
            return "negated", _under_speech(verb)
    if not nominal and foiled_plan(verb, words().cancelling, words().foiling):
        # "foiled a plot to attack the parliament": the act did not happen, unless the
        # stopping is itself only wanted or foreseen ("demanded that the US cancel plans
        # to sell ...": the sale is as unreal as the cancelling)
        carrier = planned_act_carrier(verb)
        stopping = _modality_of(carrier, False) if carrier is not None else ("asserted", False)
        if stopping[0] in ("future", "hypothetical"):
            return stopping
        return "negated", _under_speech(verb.head)
    own = _own_modality(verb)
    if own in ("future", "hypothetical") and nominal and _under_way(trigger, verb):
        return "asserted", _under_speech(verb)
    if nominal and _ended(trigger, verb):
        return "asserted", _under_speech(verb)
    if own is not None:
        return own, _under_speech(verb)
    # Conjoined verbs share auxiliaries and negation: "will meet and sign". A conjunct with
    # a subject or a tense of its own is a clause of its own ("critics say the law would
    # curb speech, and thousands took part in the largest demonstration since 1990").
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not _own_clause(verb):
        shared = _own_modality(verb.head)
        if shared is not None:
            return shared, _under_speech(verb.head)
    vocab = words()
    current = verb
    for _ in range(4):
        complement = current.dep_ == "xcomp" or _infinitive_adjunct(current)
        if not (complement or current.dep_ == "ccomp") or current.head.i == current.i:
            break
        governor = current.head
        governing = lemma_of(governor)
        if complement:
            if governing in vocab.negating_governors:
                return "negated", _under_speech(governor)
            if governing in vocab.future_governors or (governing == "be" and current.lower_ == "going"):
                return "future", _under_speech(governor)
            if governing in vocab.hypothetical_governors:
                return "hypothetical", _under_speech(governor)
        elif governing in vocab.wishing:
            return "hypothetical", _under_speech(governor)
        elif governing in vocab.negating_governors:
            return "negated", _under_speech(governor)  # "denied that she had criticized"
        upper = _own_modality(governor)
        if upper == "negated" and (complement or (current.i == verb.i and _nonfinite(current))):
            # "will not allow our pipelines to be attacked", "would not let the port be
            # closed": a clause a negated verb lets or makes happen does not happen (the
            # clause itself: "not let editorials tell them how to vote" leaves the vote)
            return "negated", _under_speech(governor)
        if upper in ("future", "hypothetical"):
            return upper, _under_speech(governor)
        current = governor
    return "asserted", _under_speech(verb)


def _own_clause(conjunct: Token) -> bool:
    """Whether a conjoined verb has its own subject, tense or auxiliary, so it does not share
    the auxiliaries of the verb it is coordinated with ("said it cannot take in more
    refugees and has pressed Myanmar to take them back": the pressing happened)."""
    return conjunct.tag_ in FINITE_TAGS or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ in ("aux", "auxpass") and c.i < conjunct.i)
        for c in conjunct.children
    )


def _asked_for(noun: Token, verb: Token) -> bool:
    """ "asked for international support", "called for talks", "sought sanctions": an act
    noun that is what a verb of wanting or asking (``events_hypothetical_governors``) asks
    for is wanted, not done (its own negation was read above)."""
    vocab = words()
    lemma = lemma_of(verb)
    if lemma not in vocab.hypothetical_governors:
        return False
    if noun.dep_ == "dobj" and noun.head.i == verb.i:
        # the object of "call", "ask", "urge" (``events_object_control_verbs``) is whom
        # they address or name ("called the shootings a tragedy"), not what they want;
        # theirs comes with "for"
        return lemma not in vocab.object_control and not any(
            c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > noun.i for c in verb.children
        )
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.i == verb.i


#: Nouns of not managing to do something ("failure to prevent a massacre").
FAILURE_NOUNS = frozenset({"failure", "inability"})


def _not_ruled_out(noun: Token, verb: Token) -> bool:
    """ "did not rule out new sanctions": an act a negated verb of excluding
    (``events_excluding_verbs.txt``) has as its object is left possible."""
    return noun.dep_ == "dobj" and noun.head.i == verb.i and negated_exclusion(verb)


def negated_exclusion(verb: Token) -> bool:
    """Whether ``verb`` is a negated verb of excluding ("did not rule out", "has not
    excluded"): it leaves its object possible and is no refusal."""
    if _own_modality(verb) != "negated":
        return False
    excluding = words().excluding
    lemma = lemma_of(verb)
    return lemma in excluding or any(
        c.dep_ == "prt" and f"{lemma} {c.lower_}" in excluding for c in verb.children
    )


def _cancelled(noun: Token, verb: Token) -> bool:
    """ "The union called off the strike", "police foiled an attack", "ruled out talks":
    an act noun that is the object of a verb of cancelling or preventing
    (``events_cancelling_verbs.txt``) does not take place."""
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.i != verb.i:
        return False
    vocab = words()
    governor = lemma_of(verb.head)
    if any(c.dep_ == "neg" for c in verb.children) or governor in vocab.negating_governors | FAILURE_NOUNS:
        return False  # "failed to prevent a massacre", "failure to prevent ...": it happened
    cancelling = vocab.cancelling
    lemma = lemma_of(verb)
    if lemma in cancelling:
        return True
    return any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in cancelling for c in verb.children)


def _under_way(noun: Token, verb: Token) -> bool:
    """ "The strike will continue until Saturday": an act noun that is the subject of a
    verb of going on (``events_continuing_verbs.txt``) is under way; the future is the
    going-on's, not the act's."""
    return noun.dep_ == "nsubj" and noun.head.i == verb.i and lemma_of(verb) in words().continuing


def _ended(noun: Token, verb: Token) -> bool:
    """ "Netanyahu said Israel would not end the war", "vowed to halt the strike": an act
    noun that is the object of a verb of ending (``events_ending_verbs.txt``) goes on; the
    negation or the hope is the ending's, not the act's."""
    return noun.dep_ == "dobj" and noun.head.i == verb.i and lemma_of(verb) in words().ending


def _infinitive_adjunct(verb: Token) -> bool:
    """ "have sworn to fight": the parser often hangs a to-clause with no subject of its own
    on its governor as an adjunct; under a governor of intent it is its complement."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
    )


#: Tags of a verb with no tense of its own (a bare infinitive or a passive participle).
NONFINITE_TAGS = frozenset({"VB", "VBN"})


#: Prepositions an allegation puts its act in ("accused of", "charged with", "arrested for").
_ALLEGATION_PREPS = frozenset({"of", "with", "for", "over"})


def _alleging_governor(trigger: Token) -> Token | None:
    """The verb that alleges the act ("accused of supporting the rebels", "arrested for
    spying", "charged with the killing"), or None: an act somebody is accused or suspected
    of is theirs only by allegation, whatever the clause above asserts."""
    prep = trigger.head
    if trigger.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ not in _ALLEGATION_PREPS:
        return None
    governor = prep.head
    if governor.pos_ != "VERB" or lemma_of(governor) not in words().allegation_governors:
        return None
    return governor


def _nonfinite(clause: Token) -> bool:
    """ "allow X to be seized", "let the port be closed": a complement clause with a subject
    of its own but no tense (an infinitive, with or without "to"), which the governing verb
    permits or causes; "said the port was closed" has a tense and states it."""
    if clause.tag_ not in NONFINITE_TAGS:
        return False
    auxes = [c for c in clause.lefts if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ == "VBN":
        return bool(auxes) and all(a.lower_ in ("to", "be") for a in auxes)
    return all(a.lower_ == "to" for a in auxes)


def _under_speech(verb: Token) -> bool:
    speech = words().speech
    current = verb
    for _ in range(4):
        if current.dep_ != "ccomp" or current.head.i == current.i:
            return False
        current = current.head
        if lemma_of(current) in speech:
            return True
    return False
