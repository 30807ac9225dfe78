"""Acts named by what a clause does, not by a word of the ontology (part of step 1,
candidates): a command ("X ordered Y to V"), coded by the verb of command or, when an
authority makes a party leave or stop, by what it enforces; relief goods handed over; a
vessel boarded by a force; a place an armed force leaves.

Each rule returns the :class:`~newsgraph.events.ontology.Entry` the verb is coded with,
or ``None``; ``candidates`` makes the candidate.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.actors import code_text
from newsgraph.actors.cameo import get_cameo_actors, split_code
from newsgraph.events.constants import ARMED_SECTORS
from newsgraph.events.control import controller
from newsgraph.events.ontology import Entry, Ontology
from newsgraph.events.reported_acts import coordinated_speaker
from newsgraph.events.syntax import (
    actorish,
    agent_of,
    agent_sectors,
    counted_head,
    direct_object,
    enforcer,
    party_noun,
    prep_objects,
    subject_of,
)
from newsgraph.events.vocabulary import lemma_of, words


def command(verb: Token, lemma: str, onto: Ontology) -> Entry | None:
    """ "X ordered Y to V", "X forced Y to V": a verb of command
    (``events_directive_verbs.tsv``) with a party as subject, an object and a to-clause
    is the commander's act on Y, coded by the verb's class (REQUEST, COERCE), whatever
    act V names. The clause decides, not the word: "ordered a review" or "forced entry"
    are no commands (the first is a light verb carrying its noun)."""
    category = words().directives.get(lemma)
    if category is None:
        return _ultimatum(verb, lemma, onto) if lemma in ULTIMATUM_VERBS else None
    to_clause = next(
        (
            c
            for c in verb.children
            # "pushed the government to raise prices": the parser may read the to-clause
            # after an object as an adverbial clause
            if c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if to_clause is None:
        return None
    subj, passive = subject_of(verb)
    commanded = direct_object(verb)
    if passive or commanded is None:
        return None  # "was forced to step down": no commander named
    quad, score = onto.classes.get(category, (None, None))
    commanders = subj or coordinated_speaker(verb, quad) or controller(verb)
    if not any(actorish(t) or party_noun(t) or _agent_word(t) for t in commanders):
        return None  # "language forcing the recipients to ...", "rising costs forced X to ..."
    enforced = _enforced(to_clause, commanded, onto) if any(state_authority(t) for t in commanders) else None
    return enforced or Entry(category, None, quad, score, lemma)


def relief(verb: Token, lemma: str, onto: Ontology) -> Entry | None:
    """ "Germany sent 40 tonnes of medical supplies to Turkey": a verb handing over goods
    that are relief (``events_relief_goods.tsv``: food, medicine, tents, or any goods
    called medical, humanitarian, relief) is aid, coded as the ontology codes "aid"
    (CAMEO 07). The goods are the object (or passive subject), looked through a unit
    ("tonnes of"); the giver, the subject or "by" agent, must be a party ("the storm
    delivered heavy rain" is none)."""
    relief = words().relief
    if relief.get(lemma) != "transfer":
        return None
    subj, passive = subject_of(verb)
    # "supplies were airlifted to flood victims by the air force": the goods are the
    # passive subject, the giver the "by" agent
    goods = subj[0] if passive and subj else direct_object(verb)
    for _ in range(3):
        if goods is None or relief.get(lemma_of(goods)) != "unit":
            break
        # "a team of doctors" is its doctors; "relief teams" with nothing counted are the
        # unit itself, which its modifier makes relief
        counted = next(
            (g for c in goods.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None
        )
        if counted is None:
            break
        goods = counted
    if goods is None:
        return None
    kind = relief.get(lemma_of(goods))
    if kind == "helpers":
        kind = "goods" if _to_a_named_place(verb, goods) else None
    # "medical supplies"; a unit named by its goods ("food parcels", "medicine kits")
    wanted = ("modifier", "goods") if kind == "unit" else ("modifier",)
    is_relief = kind == "goods" or any(
        c.dep_ in ("amod", "compound") and relief.get(lemma_of(c)) in wanted for c in goods.children
    )
    givers = agent_of(verb) if passive else subj or controller(verb)
    if not is_relief or not any(actorish(t) or party_noun(t) or _agent_word(t) or _owned(t) for t in givers):
        return None
    return _aid(onto)


def care(verb: Token, lemma: str, onto: Ontology) -> Entry | None:
    """ "Doctors Without Borders treated hundreds of wounded people", "medics tended the
    injured": a verb of tending people (``events_relief_goods.tsv``, kind "care") whose
    object, looked through a number, is people hurt is aid (CAMEO 073), coded as the
    ontology codes "aid"; the carer must be a party. "Treated the guests to dinner",
    "treated them as enemies" name no one hurt."""
    table = words().relief
    if table.get(lemma) != "care":
        return None
    subj, passive = subject_of(verb)
    tended = subj[0] if passive and subj else direct_object(verb)
    if tended is None:
        return None
    tended = counted_head(tended, onto.quantity_nouns)
    hurt = "hurt" in (table.get(lemma_of(tended)), table.get(tended.lower_)) or any(
        c.dep_ == "amod" and table.get(c.lower_) == "hurt" for c in tended.children
    )
    carers = agent_of(verb) if passive else subj or controller(verb)
    if not hurt or not any(actorish(t) or party_noun(t) or _agent_word(t) for t in carers):
        return None
    return _aid(onto)


def _aid(onto: Ontology) -> Entry | None:
    """The ontology's entry of the noun "aid", as the act relief or care is coded with."""
    entry = onto.nouns.get("aid")
    if not entry:
        return None
    aid = entry[0]
    return Entry(aid.category, aid.mode, aid.quad, aid.score, aid.family)


def questioning(verb: Token, lemma: str, onto: Ontology) -> Entry | None:
    """ "Police questioned the mayor over the missing funds": a verb of questioning
    (``events_questioning_verbs.txt``) whose doers are all the police, prosecutors or
    investigators (CAMEO sectors COP, JUD; ``events_police_nouns.txt``) and whose object
    is a person or a body is an investigation, coded as the ontology codes "investigate"
    (CAMEO 090)."""
    vocab = words()
    if lemma not in vocab.questioning:
        return None
    subj, passive = subject_of(verb)
    questioned = subj[0] if passive and subj else direct_object(verb)
    if questioned is None or not (actorish(questioned) or party_noun(questioned)):
        return None
    doers = agent_of(verb) if passive else subj or controller(verb)
    if not doers or not all(enforcer(t, LAW_SECTORS) for t in doers):
        return None
    entry = onto.verbs.get("investigate")
    return None if entry is None else Entry(entry.category, entry.mode, entry.quad, entry.score, lemma)


#: CAMEO sectors of those who investigate: the police and the judiciary.
LAW_SECTORS = frozenset({"COP", "JUD"})


def boarding(verb: Token, lemma: str, onto: Ontology) -> Entry | None:
    """ "Finland's coast guard had boarded the vessel", "the tanker was boarded by
    commandos": a force boarding a ship (``events_boarding_verbs.txt``,
    ``events_vessel_nouns.txt``) takes it in hand, coded as the ontology codes "seize"
    (COERCE/seize, CAMEO 171; CAMEO has no entry for boarding). The force is an armed
    body or pirates by the CAMEO agent sectors, or a state; passengers or a crew
    boarding a ferry do no act."""
    if lemma not in words().boarding:
        return None
    subj, passive = subject_of(verb)
    vessel = subj[0] if passive and subj else direct_object(verb)
    if vessel is None or lemma_of(vessel) not in words().vessels:
        return None
    doers = agent_of(verb) if passive else subj or controller(verb)
    if not any(t.ent_type_ == "GPE" or agent_sectors(t) & BOARDING_FORCES for t in doers):
        return None
    entry = onto.verbs.get("seize")
    return None if entry is None else Entry(entry.category, entry.mode, entry.quad, entry.score, lemma)


def departure(verb: Token, lemma: str, onto: Ontology) -> Entry | None:
    """ "The last US troops left Afghanistan", "rebels quit the town of Kell": an armed
    force (military or rebel sectors of the CAMEO agents, or a number of them) leaving a
    named place or a town, region or country (``events_departure_verbs.txt``,
    ``events_place_nouns.txt``) withdraws from it, coded as the ontology codes
    "withdraw" (RETREAT, CAMEO 0874). CAMEO reads "leave" as a journey (040); people,
    police or a delegation leaving stay so."""
    if lemma not in words().departure:
        return None
    subj, passive = subject_of(verb)
    place = direct_object(verb)
    if place is None:
        place = next((t for _p, t in prep_objects(verb, ("from",))), None)
    if passive or place is None:
        return None
    if place.ent_type_ not in PLACE_NAME_LABELS and lemma_of(place) not in words().place_nouns:
        return None
    forces = [counted_head(t, onto.quantity_nouns) for t in subj or controller(verb)]
    if not any(agent_sectors(t) & WITHDRAWING_FORCES for t in forces):
        return None
    entry = onto.verbs.get("withdraw")
    return None if entry is None else Entry(entry.category, entry.mode, entry.quad, entry.score, lemma)


def force_sent(verb: Token, lemma: str, onto: Ontology) -> Entry | None:
    """ "The navy sent two submarines to the disputed waters", "rushed gunboats to the
    coast": a verb of sending (``SENDING_VERBS``) whose object, through a number, is a
    weapon or craft (``events_weapon_nouns.txt``) or an armed body, sent to a place named
    by a common noun (a site or place noun: a border, waters, a province), raises a
    force's presence there, coded as the ontology codes "deploy" (MOBILIZE, CAMEO 15x).
    Arms sent to a state ("sent tanks to Kessa") may be aid and are left to the rest."""
    if lemma not in SENDING_VERBS:
        return None
    subj, passive = subject_of(verb)
    force = subj[0] if passive and subj else direct_object(verb)
    if force is None:
        return None
    force = counted_head(force, onto.quantity_nouns)
    if lemma_of(force) not in words().weapons and not _armed(force):
        return None
    vocab = words()
    holders = [verb, force, *(c for c in verb.children if c.dep_ == "advmod")]
    fronts = [t for h in holders for _p, t in prep_objects(h, ("to", "into", "toward", "towards"))]
    fronts = [t for t in fronts if not t.ent_type_]
    if not any(lemma_of(t) in vocab.site_nouns or lemma_of(t) in vocab.place_nouns for t in fronts):
        return None
    entry = onto.verbs.get("deploy")
    return None if entry is None else Entry(entry.category, entry.mode, entry.quad, entry.score, lemma)


def bombardment(verb: Token, lemma: str, onto: Ontology) -> Entry | None:
    """ "Kessan artillery pounded rebel trenches", "warplanes battered the port": a verb of
    striking hard (``events_bombarding_verbs.txt``) whose doer, through a number, is a
    weapon or craft (``events_weapon_nouns.txt``) or an armed body, and that strikes
    something (an object or a passive subject), is shelling, coded as the ontology codes
    "shell" (ASSAULT, CAMEO 194). Critics pounding a minister, storms battering a coast
    and markets hammered by fears are none."""
    vocab = words()
    if lemma not in vocab.bombarding:
        return None
    subj, passive = subject_of(verb)
    doers = agent_of(verb) if passive else subj
    struck = subj if passive else [c for c in verb.children if c.dep_ == "dobj"]
    if not struck or not doers:
        return None
    forces = [counted_head(t, onto.quantity_nouns) for t in doers]
    if not all(lemma_of(t) in vocab.weapons or _armed(t) for t in forces):
        return None
    entry = onto.verbs.get("shell")
    return None if entry is None else Entry(entry.category, entry.mode, entry.quad, entry.score, lemma)


#: Verbs of sending or moving a force somewhere (without "deploy", the ontology's own).
SENDING_VERBS = frozenset({"send", "dispatch", "rush", "move", "despatch"})
#: CAMEO sectors of a force whose leaving a place is a withdrawal: armies and armed groups.
WITHDRAWING_FORCES = frozenset({"MIL", "REB", "UAF", "INS"})
#: CAMEO sectors of a force that boards a ship to take it: armed bodies and criminals (pirates).
BOARDING_FORCES = ARMED_SECTORS | {"CRM"}


def state_authority(token: Token) -> bool:
    """A state or a body of its government, courts or lawmakers ("Nicaragua", "the
    interior ministry", "the junta", "the regulator"): only an authority's order
    expels or bans; a band telling a man to stop playing its songs asks him."""
    if token.ent_type_ == "GPE":
        return True
    if token.pos_ == "PROPN" and not token.ent_type_:
        # a name the tagger left unlabelled that the actor dictionary codes as a state or
        # its government ("Niger", "Chad": the small model often misses short names)
        codes = code_text(token.text)
        if codes.country and (codes.sector is None or codes.sector in AUTHORITY_SECTORS):
            return True
    if lemma_of(token) in words().authority_roles and any(
        c.dep_ in ("poss", "amod", "compound") and (c.ent_type_ in STATE_LABELS or code_text(c.text).country)
        for c in token.children
    ):
        return True  # "Niger's military leaders", "Zorlandian officials"
    agents = get_cameo_actors()
    agent = agents.agent(token.lower_) or agents.agent(lemma_of(token))
    return agent is not None and bool(AUTHORITY_SECTORS.intersection(split_code("XXX" + agent.code)[1]))


#: CAMEO sectors of a state's authority: government, judiciary, legislature.
AUTHORITY_SECTORS = frozenset({"GOV", "JUD", "LEG"})


def _owned(token: Token) -> bool:
    """A means of a named party ("a UN convoy", "Jordanian army helicopters"): its
    compound modifier names the party that gives."""
    return any(c.dep_ == "compound" and c.i < token.i and actorish(c) for c in token.children)


def _agent_word(token: Token) -> bool:
    """A common noun of the CAMEO agents dictionary ("junta", "regime"): a body that can
    command, though no group-noun list of ours names it."""
    agents = get_cameo_actors()
    return token.pos_ == "NOUN" and (agents.agent(token.lower_) or agents.agent(lemma_of(token))) is not None


def _enforced(act: Token, commanded: Token, onto: Ontology) -> Entry | None:
    """What a command enforces when the act it commands makes the party leave or stop
    (``events_command_contents.tsv``): "ordered the ambassador to leave the country" is
    an expulsion, "ordered the newspaper to suspend publication" a ban, coded as the
    ontology codes "expel" and "ban" (CAMEO codes such orders by their content, 166/174
    and 172). Not when the commanded party is a state or an armed body ("ordered its
    troops to halt", "ordered Israel to stop": a demand on them), nor a departure from
    anything but a country or a named place ("to leave their homes": an evacuation)."""
    kind = words().command_contents.get(lemma_of(act))
    if kind is None or commanded.ent_type_ in STATE_LABELS or _armed(commanded):
        return None
    if kind == "cease" and (commanded.ent_type_ == "PERSON" or lemma_of(commanded) in words().person_nouns):
        return None  # a person told to stop is asked; a ban stops a body's activity
    if kind == "depart":
        left = next((c for c in act.children if c.dep_ == "dobj"), None)
        if left is None or not (lemma_of(left) in DEPARTED_PLACES or left.ent_type_ in PLACE_NAME_LABELS):
            return None
        verb = "expel"
    else:
        verb = "ban"
    entry = onto.verbs.get(verb)
    return None if entry is None else Entry(entry.category, entry.mode, entry.quad, entry.score, verb)


#: What a departure must leave to be an expulsion: the country, or a named place.
DEPARTED_PLACES = frozenset({"country", "territory"})
#: Entity labels of a state or people as a party: no ban is laid on them by an order.
STATE_LABELS = frozenset({"GPE", "NORP"})
#: Entity labels of a named place that can be left.
PLACE_NAME_LABELS = frozenset({"GPE", "LOC"})


def _armed(token: Token) -> bool:
    """An armed body ("troops", "the police", "its soldiers"): CAMEO agent sectors of force."""
    agents = get_cameo_actors()
    agent = agents.agent(token.lower_) or agents.agent(lemma_of(token))
    return agent is not None and bool(ARMED_SECTORS.intersection(split_code("XXX" + agent.code)[1]))


#: Verbs that set a party a deadline: "gave the ambassador 48 hours to leave".
ULTIMATUM_VERBS = frozenset({"give", "grant"})
#: Verbs of what befalls a party that fails a deadline ("... or face civil war").
FACING = frozenset({"face", "risk"})
#: Nouns of a span of time granted.
SPANS_OF_TIME = frozenset({"hour", "day", "week", "month"})


def _ultimatum(verb: Token, lemma: str, onto: Ontology) -> Entry | None:
    """ "Niger's junta gave the French ambassador 48 hours to leave the country": a
    deadline an authority sets a party for leaving or stopping is the expulsion or ban
    itself, as an order would be. Any other deadline ("gave him a week to reply") is
    coded by nothing here."""
    recipient = next((c for c in verb.children if c.dep_ == "dative"), None)
    span = next(
        (c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and lemma_of(c) in SPANS_OF_TIME), None
    )
    if recipient is None or span is None:
        return None
    to_clause = next(
        (
            c
            for c in (*verb.children, *span.children)
            if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    subj, passive = subject_of(verb)
    if to_clause is None or passive:
        return None
    givers = subj or controller(verb)
    if any(c.dep_ == "conj" and lemma_of(c) in FACING for c in to_clause.children) and any(
        actorish(t) or party_noun(t) or _agent_word(t) for t in givers
    ):
        # "gave the prime minister 48 hours to resign or face civil war": a deadline with
        # a harm for failing it is an ultimatum (CAMEO 13, THREATEN), whoever sets it
        quad, score = onto.classes.get("THREATEN", (None, None))
        return Entry("THREATEN", None, quad, score, lemma)
    if not any(state_authority(t) for t in givers):
        return None
    return _enforced(to_clause, recipient, onto)


def _to_a_named_place(verb: Token, goods: Token) -> bool:
    """Whether the verb sends something "to" a named place ("sent doctors to Haiti"; the
    parser may hang the phrase on the object or on the people sent)."""
    holders = [verb, goods]
    obj = direct_object(verb)
    if obj is not None:
        holders.append(obj)
    return any(
        c.dep_ in ("prep", "dative")
        and c.lower_ == "to"
        and any(p.dep_ == "pobj" and p.ent_type_ in PLACE_NAME_LABELS for p in c.children)
        for holder in holders
        for c in holder.children
    )


#: Marks that open quoted speech (a token of its own).
QUOTE_OPENERS = frozenset({'"', "\u201c", "\u2018", "'"})
#: Words that may stand before the verb of a quoted imperative ("Please, don't shoot").
IMPERATIVE_OPENERS = frozenset({"please", "do", "not", "n't", "now", "just", "never"})


def quoted_imperative(verb: Token) -> Token | None:
    """The verb of saying whose quotation opens with ``verb`` as a bare imperative
    ("'Don't shoot him,' she says", "'Release our children,' the mothers told the
    commander"), or None. What an imperative names is what the speaker asks someone
    else to do, never the speaker's own act."""
    speech = verb.head
    if verb.dep_ not in ("ccomp", "parataxis") or speech.i <= verb.i or verb.tag_ != "VB":
        return None
    if lemma_of(speech) not in words().speech:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children):
        return None
    doc = verb.doc
    start = verb.left_edge.i
    opened = (start > 0 and doc[start - 1].text in QUOTE_OPENERS) or doc[start].text in QUOTE_OPENERS
    if not opened:
        return None
    before = [t for t in doc[start : verb.i] if not t.is_punct and t.text not in QUOTE_OPENERS]
    if any(t.lower_ not in IMPERATIVE_OPENERS and t.dep_ != "intj" for t in before):
        return None
    return speech


def addressed_parties(speech: Token) -> list[Token]:
    """Whom a verb of saying addresses when a party ("told the commander", "urged
    world leaders", "said to Egypt"): the demand's target."""
    out = [c for c in speech.children if c.dep_ in ("dobj", "dative") and (actorish(c) or party_noun(c))]
    for prep in speech.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            out += [c for c in prep.children if c.dep_ == "pobj" and (actorish(c) or party_noun(c))]
    return out
