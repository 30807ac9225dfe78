"""Step 2 of the events pass, for an act named by a verb: its actors, targets and place.

The subject (or the ``by`` agent of a passive, the controller of a participle or
infinitive, the noun a misread main verb hangs on) gives the actors; the object and the
``with/against/on/to`` phrases the targets, a thing's owner standing for it
(:func:`refine_targets`: "rejected an appeal from X"). ``arguments`` calls
:func:`verb_arguments` for each verbal trigger, then sorts the parties it found.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.actors import code_text
from newsgraph.events.cameo_readings import pattern_word
from newsgraph.events.candidates import Candidate
from newsgraph.events.commands import state_authority
from newsgraph.events.constants import (
    ACTOR_LABELS,
    ARMED_SECTORS,
    CLAUSAL_SUBJ,
    NOUN_MODS,
    ON_TARGETS,
    PHRASE_NOUN_PREPS,
    PLACE_LABELS,
    SYMMETRIC,
    TARGET_PREPS,
)
from newsgraph.events.control import controller
from newsgraph.events.noun_arguments import place_from
from newsgraph.events.noun_carriers import negotiators_before
from newsgraph.events.ontology import Ontology
from newsgraph.events.reported_acts import coordinated_speaker
from newsgraph.events.syntax import (
    actorish,
    agent_of,
    agent_sectors,
    animate,
    bare_count,
    companions,
    conjuncts,
    counted_head,
    direct_object,
    headline_infinitive,
    non_actor,
    particle_object,
    party_noun,
    people_noun,
    prep_objects,
    relative_antecedent,
    shared_object,
    stranded_subject,
    subject_of,
)
from newsgraph.events.vocabulary import lemma_of, words


def verb_arguments(cand: Candidate, onto: Ontology) -> None:
    """Fill a verbal trigger's actors, targets and place from its own clause (the
    parties ``arguments`` then sorts: quantity heads, speakers, the state of the place)."""
    verb = cand.token
    category = cand.entry.category
    subj, passive = subject_of(verb)
    if subj and subj[0].dep_ in CLAUSAL_SUBJ:
        subj = []  # "Describing the killing, X said": a clause is no party (a misparse)
    if len(subj) == 1 and not passive and subj[0].tag_ == "VBG" and subj[0].pos_ == "VERB":
        # "Leaders of the bloc, gathering in Velia on Monday, voiced support ...": the
        # parser made the set-off participle the subject and the leaders its own
        subj = [t for t in subject_of(subj[0])[0] if t.i < subj[0].i] or subj
    if not subj and _misread_main_verb(verb):
        subj, passive = conjuncts(verb.head), False
    if not subj and (holder := _misread_after_participle(verb)) is not None:
        subj, passive = conjuncts(holder), False
    if not subj and not passive:
        subj = _subject_lent_to_participle(verb)
    if not subj and verb.dep_ != "ROOT" and headline_infinitive(verb):
        subj, passive = conjuncts(verb.head), False  # "Valmoria to hold talks with rebels"
    if not subj and verb.tag_ == "VBG":
        # "Qatar is mediating": a progressive the parser read as "be" with a noun, or
        # whose subject it hung on the auxiliary
        if verb.dep_ == "attr" and lemma_of(verb.head) == "be":
            subj, passive = subject_of(verb.head)
        for aux in (c for c in verb.lefts if c.dep_ == "aux" and not subj):
            subj, passive = subject_of(aux)
    if not subj and _to_blame(verb):
        # "the squad, not the coach, was to blame": "be to blame" is passive in meaning, so
        # the copula's subject is the one blamed (not the blamer, as control would make it)
        # and who blames is not said; the subject is left out as a target too, since such
        # subjects often set one party against another ("not the coach")
        passive = True
    if not subj and not passive and _passive_adjunct(verb):
        # "Arrested on Monday, the suspect was charged": a bare past participle adjunct is
        # passive; the clause's subject is the one acted on
        passive = True
        subj = controller(verb)
    if passive:
        cand.target_tokens.extend(subj)
        cand.actor_tokens.extend(agent_of(verb))
        if not cand.actor_tokens and category in SYMMETRIC | {"ASSAULT"}:
            # "talks were held between Kenya and Somalia", "an agreement was reached
            # between the government and the unions": the parties of a mutual act
            between = [t for _p, t in prep_objects(verb, ("between", "among"))]
            between += [t for s in subj for _p, t in prep_objects(s, ("between", "among"))]
            cand.actor_tokens.extend(p for t in between for p in conjuncts(t))
        if not cand.actor_tokens and category == "AGREE":
            # "the deal was signed after talks between X and Y": the talks' parties
            cand.actor_tokens.extend(negotiators_before(verb, onto))
        if not subj and verb.dep_ == "acl":
            cand.target_tokens.append(verb.head)  # "the deal signed by ..." / "troops sent to ..."
    elif subj:
        cand.actor_tokens.extend(subj)
        # "Kessa, along with Dessa, condemned ...", "Kessa, together with its allies, ...":
        # a party named as going along with the subject acts with it
        cand.actor_tokens.extend(t for t in companions(subj) if t not in cand.actor_tokens)
    else:
        agent = agent_of(verb)
        if agent:
            cand.actor_tokens.extend(agent)
        elif verb.dep_ == "acl" and verb.tag_ == "VBN":
            cand.target_tokens.append(verb.head)
        elif (speaker := coordinated_speaker(verb, cand.entry.quad)) is not None:
            cand.actor_tokens.extend(speaker)
        elif between := [t for _p, t in prep_objects(verb, ("between", "among"))]:
            cand.actor_tokens.extend(between)  # "Fighting between troops and rebels killed ..."
        else:
            understood = controller(verb) or stranded_subject(verb)
            if understood and cand.entry.mode in AUTHORITY_MODES:
                understood = _authority_past_a_relative(verb, understood)
            cand.actor_tokens.extend(understood)
    obj = direct_object(verb)
    if obj is None and not passive and cand.entry.words:
        obj = particle_object(verb, cand.entry.words)  # "stood behind X", "voted down X"
    if obj is None and not passive:
        obj = _named_as(verb)  # "struck what the military described as a weapons factory"
    if obj is None and cand.entry.quad == 4 and not passive:
        obj = shared_object(verb)  # "arrested and charged two men": acts of force only
    handed = obj  # (``obj`` is reused below for a to-clause's object)
    # "a bomber blew himself up at a checkpoint": the doer acting on itself is no target
    if obj is not None and obj.lower_ not in REFLEXIVES:
        # "the prisoners whom the army released": a relative object is its antecedent
        cand.target_tokens.extend(conjuncts(relative_antecedent(obj)))
    if cand.actor_tokens and not passive:
        # "Qatar is mediating between the two sides", "Egypt hosted talks between X and
        # Y": the sides of an act a third party does or hosts are whom it is done for
        vocab = words()
        lemma = lemma_of(verb)
        holders = [verb] if lemma in vocab.third_party_nouns else []
        if obj is not None and (holders or lemma in vocab.convening_verbs):
            holders.append(obj)  # "brokered a truce between X and Y"
        between = [t for h in holders for _p, t in prep_objects(h, ("between", "among"))]
        cand.target_tokens.extend(p for t in between for p in conjuncts(t) if p not in cand.actor_tokens)
    for prep, pobj in prep_objects(verb, TARGET_PREPS | {"from", "for"}):
        if pobj.ent_type_ in PLACE_LABELS and prep in ("in", "at", "to", "into") and cand.target_tokens:
            continue
        if prep == "at" and _meeting(pobj, onto):
            continue  # "pledged $3 billion at the Dakar summit": the setting, not the aim
        if prep == "for" and category not in FOR_CATEGORIES:
            continue
        if (
            prep == "from"
            and category not in ("RETREAT", "REQUEST", "AID")
            and not _offered_by(obj, pobj, category)
            and not _envoy_recalled(obj, category)
        ):
            continue
        if prep in ("on", "upon") and category not in ON_TARGETS:
            continue  # "thanked Trump on Twitter", but "imposed sanctions on Iran"
        wanted = prep != "with" or category in SYMMETRIC or not cand.target_tokens
        if wanted and pobj not in cand.target_tokens:
            cand.target_tokens.append(pobj)
    if obj is not None and cand.pattern and pattern_word(obj, cand.pattern) and not _a_site(obj):
        # "exchanged fire", "returned fire": the CAMEO pattern's own object names the act,
        # not whom it is done to; a party that owns it still is ("rejected Israeli changes");
        # a site or place ("captured two rebel bases") is what the act is done to
        owners = [t for t in refine_targets([obj]) if t.i != obj.i]
        cand.target_tokens = [t for t in cand.target_tokens if t.i != obj.i] + owners
    pattern = cand.pattern
    if pattern:
        # "set himself on fire": a word of the pattern in a prepositional phrase names
        # the act too, not whom it is done to
        cand.target_tokens = [
            t for t in cand.target_tokens if t.head.dep_ != "prep" or not pattern_word(t, pattern)
        ]
    if category == "AID" and words().relief.get(lemma_of(verb)) == "transfer":
        # "deployed rescue teams to the villages", "sent a team of rescuers to X": what is
        # sent is no target, whom it is sent to is
        sent = [t for t in cand.target_tokens if t.dep_ == "dobj" and t.head.i == verb.i]
        cand.target_tokens = [t for t in cand.target_tokens if t not in sent]
        cand.target_tokens += [
            t for s in sent for t in s.subtree if t.dep_ == "pobj" and t.head.lower_ == "to"
        ]
    if category == "AID" and obj is not None and not (actorish(obj) or party_noun(obj)):
        # "set up a field clinic for refugees", "built shelters for flood victims": whom
        # the thing given or built is for
        cand.target_tokens += [t for _p, t in prep_objects(obj, ("for",)) if actorish(t) or party_noun(t)]
    weapons = words().weapons
    quantity = onto.quantity_nouns
    aimed_at = [t for t in cand.target_tokens if obj is not None and t.i != obj.i and _a_party(t, quantity)]
    if obj is not None and lemma_of(obj) in weapons and aimed_at:
        # "fired a missile at the ship", "dropped bombs on the town": the object is the
        # means of the act, whom the preposition names is the target
        cand.target_tokens = [t for t in cand.target_tokens if t.i != obj.i]
    if cand.entry.words:
        # "opened fire", "called for": the phrase's own words are not who is acted on, but
        # whom the phrase's noun is aimed at is ("lodged a protest with X").
        phrase = cand.entry.words
        own = [t for t in cand.target_tokens if lemma_of(t) in phrase or t.lower_ in phrase]
        cand.target_tokens = [t for t in cand.target_tokens if t not in own]
        for noun in own:
            # a noun the phrase goes on below ("imposed a state of emergency") frames the
            # act; it names no body
            framing = any(lemma_of(c) in phrase for c in noun.children)
            own_envoy = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
            if category == "SANCTION" and own_envoy:
                # "recalled its ambassador to Dessa": the party the envoy is posted to
                # (the parser may hang the "to" on the verb)
                posted = [t for h in (noun, verb) for _p, t in prep_objects(h, ("to",)) if actorish(t)]
                cand.target_tokens += [t for t in posted if t not in cand.target_tokens]
            elif party_noun(noun) and not framing:
                # "shut down the newspaper", "shut down the offices of two groups": a body
                # the phrase names is acted on, and so is the party owning what it names
                cand.target_tokens.append(noun)
            owners = [t for _p, t in prep_objects(noun, ("of",)) if actorish(t) or party_noun(t)]
            # "the offices of two groups"; "froze the assets of two banks": what a sanction
            # freezes or cuts is its owner's
            if lemma_of(noun) in words().site_nouns or cand.entry.category == "SANCTION":
                # "flooded the streets of Varna": where a crowd protests is no party
                protest = category == "PROTEST"
                cand.target_tokens += [t for t in owners if not (protest and t.ent_type_ in PLACE_LABELS)]
            # "threw out the government's pension reform": the owner of the thing answered
            cand.target_tokens += [
                c
                for c in noun.children
                if c.dep_ == "poss"
                and c.pos_ != "PRON"
                and (actorish(c) or party_noun(c))
                and c not in cand.target_tokens
            ]
            if cand.entry.mode == SEIZED:
                # "took control of two districts": what the phrase's noun holds is seized
                held = [t for _p, t in prep_objects(noun, ("of",))]
                cand.target_tokens += [t for t in held if t not in cand.target_tokens]
            # "voiced support for X", "issued an appeal for help for X": whom a phrase of
            # backing, aid or asking is for
            aimed_preps = PHRASE_NOUN_PREPS | ({"for"} if category in FOR_CATEGORIES else set())
            for _p, t in prep_objects(noun, aimed_preps):
                if actorish(t) or party_noun(t):
                    cand.target_tokens.append(t)
                elif _p in ("on", "against"):
                    cand.target_tokens += named_owners(t)
            # "broke up a demonstration by taxi drivers": whoever holds the act the phrase
            # names is acted on (the parser may hang the "by" on the active verb, as its
            # agent or as a plain preposition)
            doers = [t for _p, t in prep_objects(noun, ("by",))]
            if not passive:
                doers += agent_of(verb) + [t for _p, t in prep_objects(verb, ("by",))]
            doers = [t for t in doers if (actorish(t) or party_noun(t)) and t not in cand.target_tokens]
            cand.target_tokens += doers
    if category == "MOBILIZE":
        # "mobilized reservists for a war against Iraq": the object is the force; the
        # target is whoever it is raised against.
        against = [t for _p, t in prep_objects(verb, ("against",))]
        for _p, pobj in prep_objects(verb, ("for",)):
            against += [t for _q, t in prep_objects(pobj, ("against", "with"))]
        cand.target_tokens = against or _front(verb)
    if category == "RETREAT" and obj is not None and code_text(obj.text).sector in ARMED_SECTORS:
        # "withdrew its troops from three border villages", "pull its forces out of the
        # province": the force is what withdraws; what it leaves is the target
        left = [t for _p, t in prep_objects(verb, ("from",))]
        left += [t for c in verb.children if c.lower_ == "out" for _p, t in prep_objects(c, ("of",))]
        if left:
            cand.target_tokens = [t for t in cand.target_tokens if t.i != obj.i and t not in left] + left
    cand.target_tokens = [t for t in cand.target_tokens if _a_party(t, quantity)]
    proposers = _proposers(obj, category)
    cand.target_tokens += [t for t in proposers if t not in cand.target_tokens]
    if not any(actorish(t) for t in cand.target_tokens):
        # "threatened to break relations with Russia", "demanded that Israel ease ...",
        # "opened fire to disperse the demonstrators"; the addressee of an object-control
        # verb stays whatever its noun ("urged voters to stay calm")
        addressees = [t for t in cand.target_tokens if t.dep_ == "dobj" and t.head.i == verb.i]
        if lemma_of(verb) not in words().object_control:
            addressees = []
        # "rejected EU demands to halt enrichment": a thing answered keeps its named owner
        # when the parser hangs the thing's own to-clause on the verb as a purpose
        owned = [
            t for t in cand.target_tokens if any(o.i != t.i and actorish(o) for o in refine_targets([t]))
        ]
        for child in verb.children:
            purpose = child.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.lefts)
            if child.dep_ == "xcomp" or purpose:
                obj = direct_object(child)
                if obj is not None and not (category == "CONSULT" and not (actorish(obj) or party_noun(obj))):
                    # "met to discuss the exchange of prisoners": a matter talked about
                    # names no one the talks are with
                    cand.target_tokens.extend(refine_targets(conjuncts(obj)))
                for _prep, pobj in prep_objects(child, TARGET_PREPS):
                    cand.target_tokens.append(pobj)
                cand.target_tokens = [
                    t
                    for t in cand.target_tokens
                    if actorish(t) or t in addressees or _addressed_body(t, verb) or t in proposers + owned
                ]
                if lemma_of(child) in words().third_party_nouns:
                    # "offered to mediate between the two rivals": the sides it is offered to
                    sides = [p for _q, t in prep_objects(child, ("between", "among")) for p in conjuncts(t)]
                    cand.target_tokens += [
                        t for t in sides if (actorish(t) or party_noun(t)) and t not in cand.target_tokens
                    ]
            elif child.dep_ == "ccomp" and category in ("REQUEST", "THREATEN", "ACCUSE", "REJECT", "SUPPORT"):
                inner, inner_passive = subject_of(child)
                if category == "THREATEN" and (conditioned := _conditioned_party(child)):
                    # "warned that its members would walk out unless the airline improved
                    # its offer": the threat is aimed at whom its condition is put on
                    inner, inner_passive = conditioned, False
                if category == "THREATEN" and not conditioned and not _foretold(child):
                    continue  # "warned that investors were watching": a state of things, no threat
                if inner and not inner_passive and animate(inner):
                    cand.target_tokens.extend(inner)
    armed = handed is not None and code_text(handed.text).sector in ARMED_SECTORS
    if category in GIVING_CATEGORIES and handed is not None and not (category == "RETREAT" and armed):
        # "handed over 40 suspects to Iraq", "extradited a banker to the United States",
        # "handed back four villages to Azerbaijan": the party a thing or person is given
        # to (a place name is a party here; not where a force withdraws to)
        to_phrases = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
        given_to = [
            t for c in to_phrases for t in c.children if t.dep_ == "pobj" and t.ent_type_ in PLACE_LABELS
        ]
        cand.target_tokens += [t for t in given_to if t not in cand.target_tokens]
    cand.place_token = _verb_place(verb)


#: Acts of handing over: whom a thing or person is given "to" is their party.
GIVING_CATEGORIES = frozenset({"COOPERATE", "AID", "AGREE", "RETREAT"})

#: Acts whose "for" phrase names whom they are done for ("support for X", "aid for X").
FOR_CATEGORIES = frozenset({"SUPPORT", "AID", "REQUEST"})

def _foretold(clause: Token) -> bool:
    """Whether a warned-of clause tells what will or would happen ("would face", "will
    pay", "could lose"): a modal or a going-to future. A warning's clause that only says
    how things are names no one the warning is aimed at."""
    return any(c.tag_ == "MD" or (c.lower_ == "going" and c.dep_ == "aux") for c in clause.children)


#: Reflexive pronouns: the doer acting on itself names no other party.
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
#: The mode of taking a place or a thing ("seized", "took control of").
SEIZED = "seize"
#: Tags of an adverb that carries where a force moves ("closer to", "nearer to").
COMPARATIVE_TAGS = frozenset({"RBR", "JJR"})
#: Prepositions of where a force is sent or massed ("deployed along the border").
FRONT_PREPS = ("to", "along", "near", "around", "into", "at", "on")


def _front(verb: Token) -> list[Token]:
    """ "massed troops near the Kuwaiti border", "were deployed around the parliament":
    a force raised against nobody named is aimed at where it is sent, a site or a place."""
    vocab = words()
    force = direct_object(verb)
    holders = [verb] if force is None else [verb, force]  # the parser may hang it on the force
    # "moved tanks closer to the border": the way there is an adverb's
    holders += [c for c in verb.children if c.dep_ == "advmod" and c.tag_ in COMPARATIVE_TAGS]
    return [
        t
        for holder in holders
        for _p, t in prep_objects(holder, FRONT_PREPS)
        if t.ent_type_ in PLACE_LABELS or lemma_of(t) in vocab.site_nouns or lemma_of(t) in vocab.place_nouns
    ]


def _a_site(token: Token) -> bool:
    """A site of force, a facility or a place noun ("bases", "positions", "the airport",
    "villages"; ``events_site_nouns.txt``, ``events_place_nouns.txt``)."""
    vocab = words()
    # the tagger's lemma of a plural may be another word's ("bases" -> "basis")
    forms = {lemma_of(token), token.lower_, token.lower_[:-1] if token.tag_ == "NNS" else token.lower_}
    return any(f in vocab.site_nouns or f in vocab.place_nouns for f in forms)


def _a_party(token: Token, quantity: frozenset[str]) -> bool:
    """Whether a target phrase can name a party: "attacked hundreds of villagers", "dozens
    of homes were bulldozed": a number heading the object counts its "of" party; behind a
    preposition only when what it counts is people or a body ("fired tear gas at thousands
    of protesters", not the setting in "at one of his meetings")."""
    counted = counted_head(token, quantity)
    if token.dep_ in OBJECT_DEPS:
        return not non_actor(counted)
    if counted.i != token.i and (actorish(counted) or party_noun(counted)):
        return not non_actor(counted)
    return not non_actor(token)


def _passive_adjunct(verb: Token) -> bool:
    """ "Arrested on Monday, the suspect ...", "Backed by the army, the rebels ...", "If
    convicted, Reis faces ...": a past participle adjunct with no auxiliary and no subject
    of its own reads as a passive, also after a conjunction ("if", "once", "when")."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def _verb_place(verb: Token) -> Token | None:
    """Where a verbal event happened: a place phrase on the verb, else on its object or
    to-clause ("signed an agreement in Paris": the parser often hangs it on the object)."""
    places: list[Token] = []
    place_from(verb, places)
    for child in verb.children:
        if child.dep_ in ("xcomp", "dobj"):
            place_from(child, places)
    return places[0] if places else None


#: Infinitives whose "be to ..." means the subject undergoes the act ("was to blame").
_PASSIVE_INFINITIVES = frozenset({"blame"})


def _to_blame(verb: Token) -> bool:
    """ "X is to blame": an active infinitive of a passive idiom under a form of "be"."""
    return (
        verb.dep_ == "xcomp"
        and lemma_of(verb) in _PASSIVE_INFINITIVES
        and lemma_of(verb.head) == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _misread_main_verb(verb: Token) -> bool:
    """ "An official newspaper called on Arabs to unite.": a sentence whose parse has no
    verb at its root, only a noun phrase with an "-ed" participle or a past tense on it
    (after an appositive participle: "The president, speaking in Kabul, called on ..."), is a full
    sentence the parser misread when the noun has its article (headlines and captions,
    where a bare participle is passive, drop it: "Defector arrested after ...")."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        # a finite past form the tagger saw as one ("The president, speaking in Kabul,
        # called on ..."), or an "-ed" participle
        and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.lower_.endswith("ed")))
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and (
            any(c.dep_ == "det" for c in head.children)
            # "Rebel fighters handed over their weapons.": a plural subject with no
            # article, whose verb has an object and the sentence its full stop
            or (head.tag_ == "NNS" and any(c.dep_ == "dobj" for c in verb.children))
        )
        and not any(c.dep_ in ("auxpass", "agent") for c in verb.children)
        and verb.doc[verb.sent.end - 1].lower_ in (".", "!")
    )


#: Marks of the condition a threat is put on ("unless the airline improves its offer"):
#: not the shared ``constants.CONDITION_MARKS``, whose "whether" opens a question.
_THREAT_CONDITION_MARKS = frozenset({"unless", "if"})


def _conditioned_party(clause: Token) -> list[Token]:
    """The named or common-noun party that a threatened clause's "unless"/"if" condition
    is put on (its active subject; a pronoun is left to the clause's own subject)."""
    for child in clause.children:
        marks = [c for c in child.children if c.dep_ == "mark" and c.lower_ in _THREAT_CONDITION_MARKS]
        if child.dep_ != "advcl" or not marks:
            continue
        subj, passive = subject_of(child)
        if subj and not passive and all(t.pos_ != "PRON" and (actorish(t) or party_noun(t)) for t in subj):
            return subj
    return []


def _named_as(verb: Token) -> Token | None:
    """ "struck what the military described as a weapons factory", "raided what officials
    called a safe house": the object is a free relative "what" whose clause names it; the
    name it is given ("as" object, or the naming verb's predicate) is what was acted on."""
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.i < verb.i:
            continue
        if not any(c.dep_ == "dobj" and c.lower_ == "what" and c.i == verb.i + 1 for c in clause.children):
            continue
        named = [c for c in clause.children if c.dep_ == "oprd"]
        named += [t for _p, t in prep_objects(clause, ("as",))]
        if named:
            return named[0]
    return None


def _subject_lent_to_participle(verb: Token) -> list[Token]:
    """ "President X and Prime Minister Y, meeting in Brussels, agreed to ...": the parser
    gives the subject to the participle set off by commas before the verb, leaving the
    verb without one; the participle's subject is the verb's too."""
    for child in verb.children:
        if child.dep_ != "advcl" or child.tag_ != "VBG" or child.i > verb.i:
            continue
        doc = verb.doc
        if child.i == 0 or doc[child.i - 1].text != ",":
            continue
        subj = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]
        if subj:
            return conjuncts(subj[0])
    return []


#: Labels the parser gives a subject it hangs on a later verb ("A man armed with a knife
#: stabbed three worshippers before being arrested, prosecutors said": "man" under "said").
STRAY_SUBJECT_DEPS = frozenset({"dep", "nsubj"})


def _misread_after_participle(verb: Token) -> Token | None:
    """ "A man armed with a knife stabbed three worshippers ...": a past tense with an
    object that the parser hung as a clause on the noun inside a participle phrase
    ("armed with a knife") modifying the sentence's first noun phrase, which the parse
    leaves without a verb; that noun is the verb's subject."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or not any(c.dep_ in ("dobj", "prep") for c in verb.children):
        return None
    current = verb.head
    participles = 0
    for _ in range(6):
        if current.dep_ == "pobj" and current.head.dep_ in ("prep", "agent"):
            current = current.head.head
        elif current.dep_ in ("acl", "amod") and current.tag_ == "VBN":
            participles += 1
            current = current.head  # "armed", "backed": the participle's own noun
        else:
            break
    if not participles or current.pos_ not in ("NOUN", "PROPN") or current.i > verb.i:
        return None
    # the noun is left verbless, or made the subject of a verb after this one ("Kessan
    # troops backed by tanks pushed into Arvo, military sources said")
    if current.dep_ != "ROOT" and not (current.dep_ in STRAY_SUBJECT_DEPS and current.head.i > verb.i):
        return None
    if not (actorish(current) or party_noun(current) or animate([current])):
        return None
    return current


#: Acts that answer what a party put forward ("rejected the proposal from X", "accepted an
#: offer from X", "welcomed a plan from X"): the party it came from is whom they answer.
ANSWERING_CATEGORIES = frozenset({"REJECT", "AGREE", "SUPPORT"})


def _offered_by(obj: Token | None, source: Token, category: str) -> bool:
    """ "Kremlin officials rejected the proposal from Washington": the parser hangs the
    "from" phrase of a thing answered on the verb; the party it names put the thing
    forward and is the answer's target. Only a thing object (a party object is the target
    itself) and a named or personal party source ("accepted aid from abroad" is none)."""
    if category not in ANSWERING_CATEGORIES or obj is None or actorish(obj) or party_noun(obj):
        return False
    return actorish(source) and source.pos_ != "PRON" and not non_actor(source)


def _proposers(obj: Token | None, category: str) -> list[Token]:
    """ "rejected calls from the finance minister to cut rates", "turned down a request by
    the agency", "accepted a proposal put forward by mediators": a thing answered names by
    "from"/"by" (or a participle's agent) the party that put it forward, named or by role,
    whom the answer is aimed at (a party object is the target itself)."""
    if category not in ANSWERING_CATEGORIES or obj is None or actorish(obj) or party_noun(obj):
        return []
    named = [t for _p, t in prep_objects(obj, ("from", "by"))]
    # "accepted a proposal put forward by Egyptian mediators": a participle's agent
    named += [t for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" for t in agent_of(c)]
    # "refused the government's offer", "voted down the ministry's budget": its owner
    named += [c for c in obj.children if c.dep_ == "poss"]
    return [t for t in named if (actorish(t) or party_noun(t)) and t.pos_ != "PRON" and not non_actor(t)]


#: Entity labels of a nation or its people, whose name on a thing says whose it is.
_NATION_LABELS = frozenset({"GPE", "NORP"})


def refine_targets(tokens: list[Token], event_nouns: set[int] | frozenset[int] = frozenset()) -> list[Token]:
    """ "rejected an appeal from X", "demanded the removal of X", "rejected a US offer",
    "threatened action against X": when the object is a thing, its owner is the target.
    An event noun ("the agreement") is never a target itself, only its owner may be."""
    out: list[Token] = []
    things: list[Token] = []
    for token in tokens:
        # a bare count ("killed seven") is people too (``syntax.bare_count``)
        people = (people_noun(token) or bare_count(token)) and not _collective(token)
        if token.i not in event_nouns and (actorish(token) or people):
            if token not in out:
                out.append(token)  # "broke up a rally by supporters of X": the people named first
            continue
        # "two more Patriot systems", "50 Leopard tanks": a name on things counted is their
        # model or maker, not whose they are (a nation's still is: "two US warships")
        counted = any(c.dep_ == "nummod" for c in token.children)
        inner = [
            c
            for c in token.children
            if c.dep_ in NOUN_MODS
            and (c.ent_type_ in ACTOR_LABELS or c.pos_ == "PROPN")
            and not (counted and c.dep_ == "compound" and c.ent_type_ not in _NATION_LABELS)
        ]
        for _p, t in prep_objects(token, ("by", "from", "of", "against", "to", "with", "on")):
            if non_actor(t):
                continue  # "agreed to a ceasefire on Sunday": a date is no party
            if actorish(t) or (_p in ("by", "from", "against") and party_noun(t) and not _collective(t)):
                # "rejected calls from the finance minister": who put the thing forward,
                # named or by role
                inner.append(t)
            elif _p in ("on", "against") and token.i in event_nouns:
                inner += named_owners(t)  # "condemned the blockade on Palestinian lorries"
        if token.i in event_nouns:
            # "criticised the opposition's boycott", "condemned the army's offensive": the
            # act's possessive doer is whom the judging act is aimed at, a common noun too
            # when it names people or a party.
            # A body's noun set before the act ("rejected opposition demands", "turned down
            # a government offer") owns it as a possessive would.
            inner += [c for c in token.children if c.dep_ in OWNING_MODS and c not in inner and party_noun(c)]
        if inner:
            out.extend(t for t in inner if t not in out)
        elif token.i not in event_nouns:
            things.append(token)
    return out or things


def _collective(token: Token) -> bool:
    """ "a family of farmers", "a team of doctors": a singular noun of people whose "of"
    phrase names the plural members, who are the party."""
    return token.tag_ == "NN" and any(t.tag_ == "NNS" for _p, t in prep_objects(token, ("of",)))


#: Modifiers of an act noun that name whose act it is ("the army's offensive", "union demands").
OWNING_MODS = frozenset({"poss", "compound"})

#: Dependencies of what a verb acts on: its object or passive subject.
OBJECT_DEPS = frozenset({"dobj", "dative", "nsubjpass"})


def named_owners(thing: Token) -> list[Token]:
    """ "a blockade on Palestinian lorries", "sanctions against Iranian oil": a measure
    aimed at things is aimed at the party whose name or demonym modifies them."""
    return [
        c
        for c in thing.children
        if c.dep_ in NOUN_MODS and (c.ent_type_ in ACTOR_LABELS or c.pos_ == "PROPN")
    ]


def _envoy_recalled(obj: Token | None, category: str) -> bool:
    """ "recalled its envoy from Kessa", "withdrew its ambassador from Dessa": a mission
    (``events_mission_nouns.txt``) pulled out of a party cuts relations with that party."""
    return category == "SANCTION" and obj is not None and lemma_of(obj) in words().missions


def _addressed_body(token: Token, verb: Token) -> bool:
    """ "called on the school board to reverse its decision": a body or people named by a
    common noun that the verb addresses by a preposition ("on", "to", "upon") is its
    target as a named party would be; the clause's things ("its decision") are not."""
    prep = token.head
    addressed = prep.dep_ == "prep" and prep.head.i == verb.i and prep.lower_ in ADDRESSING_PREPS
    return addressed and party_noun(token)


#: Prepositions by which a verb addresses a party ("called on", "appealed to").
ADDRESSING_PREPS = frozenset({"on", "upon", "to"})


def _meeting(noun: Token, onto: Ontology) -> bool:
    """A meeting: an act noun of consultation ("summit", "talks") or a meeting of
    ``events_meeting_nouns.txt`` ("conference")."""
    lemma = lemma_of(noun)
    return lemma in words().meeting_nouns or any(e.category == "CONSULT" for e in onto.nouns.get(lemma, ()))


#: Modes of acts only an authority or a force does to people (arrest, detention, deportation).
AUTHORITY_MODES = frozenset({"arrest", "deport"})


def _authority_past_a_relative(verb: Token, subj: list[Token]) -> list[Token]:
    """ "Police fired at protesters who tried to storm the gate and arrested 35 people": a
    verb coordinated with a relative clause's verb could be either clause's; an arrest
    (``AUTHORITY_MODES``) is the main clause's when its subject is an authority or a
    force and the relative's antecedent is not (protesters arrest nobody)."""
    if verb.dep_ != "conj" or verb.head.dep_ != "relcl" or not any(c.dep_ == "dobj" for c in verb.children):
        return subj
    if any(state_authority(t) or agent_sectors(t) & ARMED_SECTORS for t in subj):
        return subj
    governor = verb.head.head
    while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
        governor = governor.head
    main, passive = subject_of(governor)
    if passive or not main:
        return subj
    return main if all(state_authority(t) or agent_sectors(t) & ARMED_SECTORS for t in main) else subj
