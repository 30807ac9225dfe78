"""Step 2 of the events pass, for an act named by a noun: the parties the clause
around the noun gives it.

"X held talks", "X faced criticism from Y", "took part in the protest", "claimed
responsibility for the bombing", "blamed Hamas for the attack", "the deal was reached
after talks between X and Y": when the noun's own phrase names nobody, the verb that
carries it (a light, reverse, convening or planning verb), a participation frame
(``events_participation_frames.tsv``), an attributing verb or a judging verb's "for"
phrase says who did the act. ``noun_arguments`` reads these after the noun's own phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.control import controller
from newsgraph.events.ontology import OTHER, Ontology
from newsgraph.events.syntax import (
    actorish,
    agent_of,
    companions,
    conjuncts,
    direct_object,
    frame_of,
    non_actor,
    noun_owner,
    party_noun,
    prep_objects,
    subject_of,
)
from newsgraph.events.vocabulary import lemma_of, words

#: Determiners of a noun that points back at an act already told ("the request").
_TOLD_BEFORE = frozenset({"the", "this", "that", "these", "those"})


def _told_before(noun: Token) -> bool:
    """Whether an act noun points back at an act already told ("the request", "this deal")."""
    return any(c.dep_ == "det" and c.lower_ in _TOLD_BEFORE for c in noun.children)


def _request_told_before(noun: Token, category: str) -> bool:
    """ "Iwaya urged Beijing to lift the ban. Wang said China would consider the request":
    a request the clause points back at was made to the one weighing it, by somebody
    else; weighing one's own new act ("considering new sanctions") stays the subject's."""
    return category == "REQUEST" and _told_before(noun)


#: Prepositions by which an attack noun names what it is aimed at.
AIMED_AT = frozenset({"on", "upon", "against"})
#: Dependents of "left X dead/injured/homeless" that state the result.
RESULT_STATES = frozenset({"oprd", "acomp", "xcomp", "ccomp"})


def carrier_verb_parties(
    carrier: Token, onto: Ontology, actors: list[Token], targets: list[Token], category: str = OTHER
) -> tuple[list[Token], list[Token]]:
    """The verb carrying the noun: "X held talks", "X imposed sanctions", "X faced criticism"
    (a reverse verb: X is the target), "negotiators return to Geneva for talks"."""
    head = carrier.head
    if carrier.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        lemma = lemma_of(head)
        subj, passive = subject_of(head)
        if not subj and not passive:
            subj = controller(head)
        if lemma in onto.reverse_verbs and not passive:
            aimed = category == "ASSAULT" and any(
                t.head.dep_ == "prep" and t.head.lower_ in AIMED_AT and t.head.head.i == carrier.i
                for t in targets
            )
            if category == "ASSAULT" and not aimed:
                # "repelled an attack by militants on a checkpoint": the parser may hang
                # the aim on the attackers
                doers = [t for _p, t in prep_objects(carrier, ("by",))]
                aims = [t for d in doers for _p, t in prep_objects(d, AIMED_AT)]
                aimed = bool(aims)
                targets = [*targets, *(t for t in aims if t not in targets)]
            # "repelled an attack by rebels on a border post": the attack's own aim is its
            # target, not the side that fought it off ("the convoy came under attack" is)
            targets = [*subj, *targets] if subj and not aimed else targets
            actors = actors or _source_of_undergone(head, carrier)  # "faced criticism from X"
        elif lemma in words().announcing_verbs and not passive and _told_before(carrier):
            pass  # "announced the deal with Macron": an act told before, by its own parties
        elif lemma in onto.light_verbs and not passive and subj:
            actors = [*subj, *(t for t in companions(subj) if t not in subj)]  # "X, along with Y,"
            # "gave the Ivory Coast aid", "provided aid to refugees", "imposed sanctions on X"
            targets += [c for c in head.children if c.dep_ == "dative"]
            targets += [t for _p, t in prep_objects(head, ("to", "on", "against", "with"))]
        elif lemma in onto.light_verbs and passive:
            actors = actors or agent_of(head)
            # "sanctions were imposed on Iran by the EU", "aid was given to the refugees"
            targets += [t for _p, t in prep_objects(head, ("to", "on", "against")) if t not in targets]
            if not actors and category == "AGREE":
                actors = negotiators_before(head, onto)  # "was reached after talks between X and Y"
        elif lemma in words().convening_verbs and carrier.dep_ != "attr" and not names_or_cancels(head):
            # "the union called a general strike", "talks hosted by Qatar", "the meeting
            # was chaired by the envoy": who calls or presides over an act holds it
            actors = actors or (agent_of(head) if passive else subj)
        elif (
            lemma in words().planning_verbs
            and not passive
            and subj
            and carrier.dep_ == "dobj"
            and not _request_told_before(carrier, category)
        ):
            actors = actors or subj  # "the US is considering new sanctions against Moscow"
        elif subj and not passive and actors and all(a.pos_ == "PRON" for a in actors):
            actors = subj  # "the ILO reiterated its demand": "its" is the subject
    elif carrier.dep_ == "pobj" and category == "ASSAULT" and (struck := _struck_by(carrier)):
        # "the capital was hit by a wave of drone strikes": what the blows hit
        targets = [*targets, *(t for t in struck if t not in targets)]
    elif (
        carrier.dep_ == "pobj"
        and not actors
        and category != "ASSAULT"
        and (given := _given_with(carrier)) is not None
    ):
        # "provided Kessa with food aid", "hit the regime with new sanctions": an act
        # handed to the verb's party object by its subject ("peppered him with attacks"
        # is words, which an attack noun does not tell apart from force)
        verb, party = given
        actors = subject_of(verb)[0]
        targets = [*targets, *(t for t in conjuncts(party) if t not in targets)]
    elif carrier.dep_ == "pobj" and head.lower_ == "for" and not actors and (governor := _for_governor(head)):
        actors = _for_parties(governor, onto, category)
    elif carrier.dep_ == "pobj" and head.lower_ == "under" and lemma_of(head.head) in onto.reverse_verbs:
        subj, passive = subject_of(head.head)
        if subj and not passive:
            targets = [*subj, *targets]  # "the convoy came under attack"
            actors = actors or _source_of_undergone(head.head, carrier)  # "... from militants"
    elif carrier.dep_ == "nsubj" and lemma_of(head) == "leave" and not targets:
        # "a Taliban assault left two soldiers dead": whom the act left in a state
        obj = direct_object(head)
        stated = obj is not None and (
            any(c.dep_ in RESULT_STATES for c in head.children)
            or any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i > obj.i for c in obj.subtree)
        )
        heads = [obj, *[t for _p, t in prep_objects(obj, ("of",))]] if obj is not None else []
        if stated and any(actorish(t) or party_noun(t) for t in heads):
            # "left dozens of people injured" (acl on the noun); a noun no list knows is
            # left out rather than let the strict target check refuse the attack
            targets = conjuncts(heads[0])
    return actors, targets


#: Dependents by which a verb of calling names or judges its object ("called the strike
#: illegal", "called the attack a crime") or is another verb ("called off the strike").
NAMING_DEPS = frozenset({"oprd", "xcomp", "attr", "ccomp", "acomp", "prt"})


def names_or_cancels(verb: Token) -> bool:
    """Whether a convening verb is used to name, judge or cancel the act, not to call it."""
    return any(c.dep_ in NAMING_DEPS for c in verb.children)


#: Prepositions of an adjunct that sets an act in the time or course of the clause.
ADJUNCT_PREPS = frozenset({"after", "following", "during", "amid", "through"})


def negotiators_before(verb: Token, onto: Ontology) -> list[Token]:
    """ "The deal was reached after months of negotiations between Tehran and the
    agency": an agreement made with no agent named is the agreement of the parties of the
    talks that led to it (a consultation noun's "between" parties in an adjunct of the
    verb)."""
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in ADJUNCT_PREPS:
            continue
        for pobj in (c for c in child.children if c.dep_ == "pobj"):
            talks = [pobj, *(t for _p, t in prep_objects(pobj, ("of",)) if non_actor(pobj))]
            for noun in talks:
                entries = onto.nouns.get(lemma_of(noun), ()) or onto.nouns.get(noun.lower_, ())
                if any(e.category == "CONSULT" for e in entries):
                    parties = [t for _p, t in prep_objects(noun, ("between",))]
                    if parties:
                        return [p for t in parties for p in conjuncts(t)]
    return []


def _source_of_undergone(verb: Token, noun: Token) -> list[Token]:
    """ "came under attack from militants", "faced criticism from rights groups": whom a
    reverse verb's subject undergoes the act from (a "from" or "by" party on the verb or on
    the act's noun) is the act's doer."""
    found = [t for _p, t in prep_objects(verb, ("from", "by"))]
    found += [t for _p, t in prep_objects(noun, ("from", "by"))]
    return [t for t in found if actorish(t) or party_noun(t)]


def participants(carrier: Token) -> list[Token]:
    """Who took part in, or answers for, the act an event noun names, when the noun is the
    object of a frame's preposition (``events_participation_frames.tsv``), or an act noun
    used as an adverbial of the clause (``events_adverbial_act_nouns.tsv``):

    - a verb: "participated in talks", "were involved in the attack" (the participles of
      involvement passive too), "marched in protest against the war", "arrived in Tokyo
      on a four-day visit";
    - a noun: its owner or the subject of the verb that carries it ("Iran's role in the
      coup", "took part in the protest", "claimed responsibility for the bombing");
    - an adjective: the subject of its copula or the party it follows ("said it was
      responsible for the attack", "the group responsible for the attack").
    A negated or denying frame ("did not take part", "denied any role in") names nobody;
    a noun the frame follows must be a party ("the group responsible for")."""
    if carrier.dep_ == "dobj" and carrier.head.pos_ == "VERB":
        preps, party = frame_of(carrier.head)
        # "attended the talks", "masterminded the attack", "planned a protest"
        return _frame_party(carrier.head, party) if OBJECT_FRAME in preps else []
    if carrier.dep_ == "nsubjpass" and carrier.head.pos_ == "VERB":
        preps, party = frame_of(carrier.head)
        # "the summit was attended by leaders", "the attack was masterminded by X"
        return agent_of(carrier.head) if OBJECT_FRAME in preps and party != "patient" else []
    if carrier.dep_ != "pobj":
        return []
    prep = carrier.head
    if prep.dep_ != "prep":
        return []
    word = prep.lower_
    frame = prep.head
    vocab = words()
    frames = vocab.participation
    lemma = lemma_of(frame)
    if frame.pos_ in ("VERB", "AUX"):
        if vocab.adverbial_acts.get(lemma_of(carrier)) == word and _adverbial_act(carrier, word):
            return _frame_subject(frame, passive_ok=False)
        preps, party = frame_of(frame)
        if word in preps:
            return _frame_party(frame, party)
        obj = direct_object(frame)
        if obj is not None and word in frames.get(lemma_of(obj), ()) and not noun_owner(obj):
            return _frame_subject(frame, passive_ok=False)  # "took part in", prep on the verb
        return []
    if word not in frames.get(lemma, ()):
        return []
    if frame.pos_ == "NOUN":
        owner = noun_owner(frame)
        if owner:
            return [t for t in owner if actorish(t) or party_noun(t)]
        if frame.dep_ in ("dobj", "attr") and frame.head.pos_ in ("VERB", "AUX"):
            return _frame_subject(frame.head, passive_ok=False)
        return []
    # an adjective or participle: "it was responsible for", "the group responsible for"
    if frame.dep_ in ("acomp", "amod") and frame.head.pos_ in ("NOUN", "PROPN") and frame.head.i < frame.i:
        host = frame.head
        return [host] if actorish(host) or party_noun(host) else []
    if frame.dep_ == "acomp" and frame.head.pos_ in ("VERB", "AUX"):
        return _frame_subject(frame.head, passive_ok=False)
    return []


def weak_party(token: Token, noun: Token) -> bool:
    """A party read from the act noun's own modifiers that a participation frame outranks:
    a possessive pronoun ("its strike") or a place name ("the Kabul bombing")."""
    if token.head.i != noun.i:
        return False
    if token.dep_ == "poss":
        return token.pos_ == "PRON"
    return token.dep_ == "compound" and token.ent_type_ in ("GPE", "LOC", "FAC")


def attributed(carrier: Token) -> list[Token]:
    """Who an attributing verb says did the act (``events_attribution_verbs.tsv``): "a
    blast blamed on separatists", "attributed the attack to rebels", "the Taliban claimed
    the attack", "the bombing was claimed by a militant group"."""
    table = words().attribution
    verbs = [c for c in carrier.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if carrier.dep_ in ("dobj", "nsubjpass") and carrier.head.pos_ == "VERB":
        verbs.append(carrier.head)
    for verb in verbs:
        how = table.get(lemma_of(verb))
        if how is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        if how == "subject":
            subj, passive = subject_of(verb)
            return agent_of(verb) if passive or verb.dep_ == "acl" else subj
        return [t for _p, t in prep_objects(verb, (how,))]
    return []


#: The participation frames' mark for the verb's direct object ("attend\t-").
OBJECT_FRAME = "-"


#: Determiners an act noun after "on" may have and still be the subject's own errand.
ERRAND_DETERMINERS = frozenset({"a", "an", "his", "her", "its", "their", "our", "my"})


def _adverbial_act(noun: Token, prep: str) -> bool:
    """ "in protest", "in retaliation" (bare after "in"); "on strike", "on a visit", "on
    his first visit" (bare, indefinite or the subject's own after "on")."""
    determiners = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    if prep == "in":
        # bare and unmodified: "called in air support" is a request, not an adverbial
        return not any(c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in noun.children)
    return all(d in ERRAND_DETERMINERS for d in determiners)


def _frame_party(verb: Token, party: str) -> list[Token]:
    """The party a frame's verb states: the active subject ("agent"), the one it is about
    ("patient": "were involved in", "men suspected in the bombing", "accused the rebels
    of the attack") or either subject ("any": "engaged in", "were engaged in")."""
    if party == "agent":
        return _frame_subject(verb, passive_ok=False)
    if party == "any":
        return _frame_subject(verb, passive_ok=True)
    if lemma_of(verb) in words().negating_governors or any(c.dep_ == "neg" for c in verb.children):
        return []
    subj, passive = subject_of(verb)
    if passive:
        return subj
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]  # "two men suspected in the bombing"
    obj = direct_object(verb)
    return conjuncts(obj) if obj is not None and (actorish(obj) or party_noun(obj)) else []


def _frame_subject(verb: Token, *, passive_ok: bool) -> list[Token]:
    """The party a participation frame's verb states: its subject (a passive one only for
    the participles of involvement), else its controller ("agreed to take part in")."""
    if lemma_of(verb) in words().negating_governors or any(c.dep_ == "neg" for c in verb.children):
        return []  # "denied any role in", "did not take part in"
    subj, passive = subject_of(verb)
    if passive and not passive_ok:
        return []
    if not subj and not passive:
        subj = controller(verb)
    if verb.dep_ != "relcl":
        # "who was behind the bombing remains unclear": a question word names nobody
        subj = [t for t in subj if t.tag_ not in ("WP", "WDT")]
    return subj  # quantity heads and dates are sorted out with every actor (arguments)


#: Categories of the verbs that judge, reward or punish a party for an act ("blamed X
#: for", "praised X for", "arrested X for", "fined X for"): the act is the object's.
JUDGING = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "COERCE", "SANCTION"})


def _for_governor(prep: Token) -> Token | None:
    """The verb a "for" phrase belongs to: its head, or the verb whose object the parser
    hung it on ("hosted the premier for talks", "mobilized reservists for a war"). Not a
    verb of wanting: "the people want accountability for the killings" asks it of others."""
    head = prep.head
    if head.pos_ == "VERB":
        return head
    if head.dep_ == "dobj" and head.head.pos_ == "VERB":
        if lemma_of(head.head) in words().wishing:
            return None  # "want accountability for the killings": others' acts, asked about
        return head.head
    return None


def _for_parties(governor: Token, onto: Ontology, category: str) -> list[Token]:
    """Who does the act a verb's "for" phrase names ("X V-ed for talks", "X V-ed Y for the
    attack"). With a party as object, the verb's class decides: one that judges or
    punishes makes the act the object's ("blamed Hamas for the attack", "thanked Qatar for
    its mediation"), one of meeting makes it both parties' ("hosted X for talks"), any
    other the subject's ("mobilized reservists for a war"). An outcome that is no PLOVER
    act ("blamed Comey for the defeat", "challenged X for the win") takes nobody."""
    subj, passive = subject_of(governor)
    if passive:
        return []
    obj = direct_object(governor)
    party = obj is not None and (actorish(obj) or party_noun(obj))
    if category == OTHER:
        return [] if obj is not None else subj
    if party and obj is not None:
        entry = onto.verbs.get(lemma_of(governor))
        kind = entry.category if entry is not None else None
        if kind in JUDGING:
            return conjuncts(obj)
        if kind == "CONSULT":
            return [*subj, *conjuncts(obj)]
    return subj  # "negotiators return to Geneva for talks", "apologized for the raid"


def _given_with(noun: Token) -> tuple[Token, Token] | None:
    """ "Dessa provided Kessa with food aid", "will provide Kessa with $50 million in aid":
    an act noun in the "with" phrase of an active verb whose direct object is a party (a
    name, a body or people) is done by the verb's subject to that party; an amount the
    noun measures ("$50 million in aid", "a package of aid") is looked through."""
    prep = noun.head
    if prep.lower_ in ("in", "of") and prep.head.dep_ == "pobj" and _an_amount(prep.head):
        prep = prep.head.head
    if prep.lower_ != "with" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    subj, passive = subject_of(verb)
    party = direct_object(verb)
    if passive or not subj or party is None or not (actorish(party) or party_noun(party)):
        return None
    return verb, party


def _an_amount(token: Token) -> bool:
    """A sum or count that measures an act noun ("$50 million in aid", "a package of aid")."""
    if token.like_num or token.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL"):
        return True
    return lemma_of(token) in AMOUNT_NOUNS


#: Nouns that measure an act noun given ("a package of aid", "a shipment of aid").
AMOUNT_NOUNS = frozenset({"package", "shipment", "consignment", "tranche", "round", "batch"})


def _struck_by(noun: Token) -> list[Token]:
    """ "The port was hit by an air strike", "the convoy was targeted by a series of
    attacks": an attack noun that is a passive verb's agent, straight or through a noun
    counting it ("a wave of", "a series of"), struck the verb's passive subject."""
    prep = noun.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "by [a wave] of strikes"
    if prep.dep_ != "agent" or prep.head.pos_ != "VERB":
        return []
    subj, passive = subject_of(prep.head)
    return subj if passive else []
