"""The word lists the events rules read, fetched once per pipeline from ``data/lexicon/``.

Each list is a file a user can extend or trim with a lexicon overlay; :func:`words`
builds one frozen :class:`Words` from them (and from the running ontology) the first
time a pipeline's events stage asks, and keeps it on that pipeline's resources, so the
rules test plain ``frozenset`` membership and never read a file per token.

The verbs of saying are the shared ``speech_verbs.tsv``. A clause under any of them
("said", "warned", "accused") is reported, not asserted (``speech``); only the
``report`` kind, which conveys nothing but that something was said, is never an event
of its own and introduces "X said Y must ..." demands (``reporting``); a speech act
("vowed", "questioned", "branded") stays an event.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph import resources
from newsgraph.actors import dictionary
from newsgraph.docindex import doc_index
from newsgraph.events.ontology import Ontology, get_ontology
from newsgraph.lemmas import repaired_lemma
from newsgraph.lexicons import Lexicons


@dataclass(frozen=True)
class Words:
    """Every vocabulary set the events rules test, as frozensets of lower-case lemmas."""

    speech: frozenset[str]
    reporting: frozenset[str]
    speech_or_finding: frozenset[str]
    future_governors: frozenset[str]
    hypothetical_governors: frozenset[str]
    negating_governors: frozenset[str]
    #: verbs whose "of/with/for/over" act is alleged (``events_allegation_governors.txt``:
    #: "accused of supporting", "charged with smuggling")
    allegation_governors: frozenset[str]
    #: verbs (or "verb particle") whose object act does not take place ("called off the
    #: strike", "foiled an attack"; ``events_cancelling_verbs.txt``)
    cancelling: frozenset[str]
    #: "rule out", "exclude": negated, they leave their object act possible
    #: (``events_excluding_verbs.txt``)
    excluding: frozenset[str]
    #: verbs that keep a party from an act ("blocked X from deporting";
    #: ``events_preventing_verbs.txt``)
    preventing: frozenset[str]
    #: verbs of stopping another's planned act ("foiled a plot to attack";
    #: ``events_foiling_verbs.txt``)
    foiling: frozenset[str]
    #: "zero", "no", "neither", "never", "without": words that deny the act they modify
    negating_words: frozenset[str]
    #: verbs of choosing whose "against" object is an act not taken ("decided against")
    choice_verbs: frozenset[str]
    wishing: frozenset[str]
    object_control: frozenset[str]
    #: verbs of calling someone up: "called X to congratulate him" is the caller's act
    #: (``calling_verbs.txt``, shared with attribution)
    calling: frozenset[str]
    #: verbs of command whose "X V-ed Y to ..." is X's act on Y, and its category
    #: ("ordered" REQUEST, "forced" COERCE; ``events_directive_verbs.tsv``)
    directives: dict[str, str]
    #: commanded acts that make an order an expulsion or a ban, and their kind
    #: ("depart", "cease"; ``events_command_contents.tsv``)
    command_contents: dict[str, str]
    #: words that open a phrase or clause of setting ("after", "following", "despite";
    #: ``events_background_marks.txt``): an act inside is background
    background_marks: frozenset[str]
    #: verbs of an act going on ("the strike will continue"; ``events_continuing_verbs.txt``)
    continuing: frozenset[str]
    #: verbs that end an act ("would not end the war"; ``events_ending_verbs.txt``)
    ending: frozenset[str]
    #: people who hold a state's authority when named with it (``events_authority_roles.txt``)
    authority_roles: frozenset[str]
    #: relief goods, the verbs that hand them over and the units looked through
    #: (``events_relief_goods.tsv``: word -> transfer, goods, modifier, unit)
    relief: dict[str, str]
    #: the ontology's light verbs, which carry an act noun ("held talks", "took steps")
    light_verbs: frozenset[str]
    #: participles of stance whose subject acts ("is committed to", "is determined to")
    stance_participles: frozenset[str]
    place_nouns: frozenset[str]
    #: sites of force and facilities ("camp", "convoy", "base"; ``events_site_nouns.txt``,
    #: ``entities_facility_heads.txt``): what an act can be done to
    site_nouns: frozenset[str]
    result_participles: frozenset[str]
    naming: frozenset[str]
    #: verbs putting a label on something ("called it an ambush"): the label is no event
    labelling: frozenset[str]
    #: nouns naming people by kind, role or whom they follow ("personnel", "teacher",
    #: "minister", "supporters"; ``events_follower_nouns.txt``)
    person_nouns: frozenset[str]
    #: nouns whose plural names a group of people ("families", "residents", "hostages";
    #: the entities stage's ``entities_group_nouns.txt``): parties an act can have
    group_people: frozenset[str]
    #: parties named by their place in a conflict ("the two sides", "warring factions";
    #: ``events_party_nouns.txt``), parties only in the plural or paired ("both sides")
    conflict_parties: frozenset[str]
    #: weapons and means of attack (``events_weapon_nouns.txt``): what an act of force is
    #: done *with* ("fired a missile at the ship"), never whom it is done to
    weapons: frozenset[str]
    counterparts: frozenset[str]  # events_counterpart_nouns.txt: "his successor" is not him
    #: words that make a deployment peacekeeping ("peacekeepers"): AID, not MOBILIZE
    protection: frozenset[str]
    #: "modifier noun" pairs that name a text, not an act ("press release")
    non_event_compounds: frozenset[str]
    #: modifiers that make an attack noun criticism ("a scathing attack")
    verbal_attack: frozenset[str]
    #: occasions of speech or writing that make an attack on a person words ("attacked
    #: her during the debate"; ``events_discourse_settings.txt``)
    discourse_settings: frozenset[str]
    #: nouns whose owner does the act their "of" object names ("X's announcement of")
    announcing_nouns: frozenset[str]
    #: words of taking part in or answering for an act, and the prepositions that name
    #: the act ("took part in", "responsible for"; ``events_participation_frames.tsv``)
    participation: dict[str, frozenset[str]]
    #: whose part a frame's verb states: "agent", "patient" ("were involved in") or "any"
    participation_party: dict[str, str]
    #: nouns of an act used as an adverbial, and their preposition ("marched in protest",
    #: "arrived on a visit"; ``events_adverbial_act_nouns.tsv``)
    adverbial_acts: dict[str, str]
    #: verbs naming who did the act their object names, and how ("blamed on" -> "on",
    #: "claimed" -> "subject"; ``events_attribution_verbs.tsv``)
    attribution: dict[str, str]
    #: things that act only through their makers or users: weapons, documents, vehicles
    #: and goods ("a bomb planted by", "a study published by")
    instruments: frozenset[str]
    #: people who speak for a body ("spokesman", "official"): their quoted "we" is it
    speakers_for: frozenset[str]
    #: people who act for a body their "of"/"from" phrase names ("delegations from X")
    delegates: frozenset[str]
    #: buildings that house a body ("embassy", "ministry"): a protest outside one is aimed at it
    seats: frozenset[str]
    #: nouns of a body ("ministry", "army", "union"; ``entities_org_nouns.tsv``): it
    #: speaks for itself
    org_nouns: frozenset[str]
    #: the ontology's verbs of verbal and material conflict (PLOVER quads 3 and 4), whose
    #: doers "-er"/"-or" nouns name ("attacker", "investigator")
    conflict_verbs: frozenset[str]
    #: Every verb some rule looks for, used to repair the small model's lemmas ("stag").
    known_verbs: frozenset[str]
    #: irregular past forms a verb prefix makes a verb of ("retook" -> "retake";
    #: ``verb_irregular_pasts.tsv``), to repair the lemmas the model leaves as written
    irregular_pasts: dict[str, str]
    #: verbs of telling or witnessing an act without taking part in it ("described an
    #: attack", "witnessed the shelling"; ``events_witness_verbs.txt``) and the reporting verbs
    witness_verbs: frozenset[str]
    #: acts a third party does between others ("mediation", "mediate";
    #: ``events_third_party_nouns.txt``)
    third_party_nouns: frozenset[str]
    #: acts whose noun's "of" party is the doer ("the withdrawal of US troops";
    #: ``events_intransitive_act_nouns.txt``)
    intransitive_act_nouns: frozenset[str]
    #: verbs of weighing or preparing one's own act ("is considering sanctions";
    #: ``events_planning_verbs.txt``): their subject does the act noun they take
    planning_verbs: frozenset[str]
    #: verbs of calling or presiding over an act ("the strike, called by the union";
    #: ``events_convening_verbs.txt``): the agent of their participle does the act
    convening_verbs: frozenset[str]
    #: verbs of making an act public ("announced the deal"; ``events_announcing_verbs.txt``):
    #: a definite act noun they take was told before, its parties are not the announcers
    announcing_verbs: frozenset[str]
    #: verbs of departing, whose object is what is left ("left school";
    #: ``events_departing_verbs.txt``): no trip to it
    departing_verbs: frozenset[str]
    #: prepositions and nouns in whose frame an event word is no act ("without warning",
    #: "the right to protest"; ``events_non_act_frames.tsv``)
    non_act_frames: dict[str, str]
    #: verbs of paying back a harm ("retaliate", "hit back"; ``events_reprisal_verbs.txt``):
    #: announced, a threat
    reprisal_verbs: frozenset[str]
    #: the words a multi-word reprisal verb opens with ("hit" of "hit back"): a verb that is
    #: neither a reprisal verb nor one of these needs no look at its particles
    reprisal_openers: frozenset[str]
    #: verbs of committing oneself to what the object names ("vowed revenge";
    #: ``events_promising_verbs.txt``) and the nouns of harm paid back that make the
    #: promise a threat, each with the modifiers it needs ("*": none;
    #: ``events_reprisal_nouns.tsv``)
    promising_verbs: frozenset[str]
    #: the ontology's event nouns (single words and multi-word keys alike)
    event_nouns: frozenset[str]
    #: modifiers only people held captive take ("kidnapped engineers";
    #: ``events_captive_modifiers.txt``)
    captive_modifiers: frozenset[str]
    #: verbs of questioning a person (``events_questioning_verbs.txt``) and nouns of
    #: law-enforcement officers the CAMEO agents lack (``events_police_nouns.txt``)
    questioning: frozenset[str]
    police_nouns: frozenset[str]
    reprisal_nouns: dict[str, frozenset[str]]
    #: verbs of boarding a craft (``events_boarding_verbs.txt``) and the ships a force
    #: takes by boarding (``events_vessel_nouns.txt``)
    boarding: frozenset[str]
    vessels: frozenset[str]
    #: verbs of leaving a place (``events_departure_verbs.txt``): an armed force's, a withdrawal
    departure: frozenset[str]
    #: verbs of striking hard (``events_bombarding_verbs.txt``): a weapon's or a force's, shelling
    bombarding: frozenset[str]
    #: people a body posts abroad or on a mission (``events_mission_nouns.txt``: envoys,
    #: diplomats, inspectors): expelled or recalled, relations are cut
    missions: frozenset[str]
    #: nouns of a run of acts looked through to the act (``events_run_nouns.txt``: "a
    #: wave of strikes")
    run_nouns: frozenset[str]
    #: cities where meetings are held (``events_meeting_cities.txt``, with the capitals of
    #: the actor dictionary): "the Dakar summit" is where, not who
    meeting_cities: frozenset[str]
    #: meetings that are no act noun (``events_meeting_nouns.txt``: conference, forum)
    meeting_nouns: frozenset[str]
    #: nouns a speaker's body is named by in what it says ("the group", "the kingdom"),
    #: with the entity labels of the body (``events_self_reference_nouns.tsv``)
    self_reference: dict[str, frozenset[str]]
    #: kinds of company ("airline", "bank"; the entities stage's
    #: ``entities_company_kind_nouns.txt``): a company named by its kind is no state
    company_kinds: frozenset[str]
    #: verbs of stopping or easing one's own act of force ("halt", "suspend", "scale
    #: back"; ``events_deescalating_verbs.txt``)
    deescalating: frozenset[str]


def _build(lists: Lexicons, onto: Ontology, cities: set[str]) -> Words:
    speech = lists.words("speech_verbs")
    reporting = frozenset(verb for verb, kind in lists.pairs("speech_verbs") if kind == "report")
    speech_or_finding = reporting | lists.words("events_finding_verbs")
    future = lists.words("events_future_governors")
    hypothetical = lists.words("events_hypothetical_governors")
    object_control = lists.words("events_object_control_verbs")
    known = (
        set(onto.verbs) | set(onto.phrases) | onto.light_verbs | onto.reverse_verbs | onto.ignore
        | speech | speech_or_finding | future | hypothetical | object_control
        | set(lists.words("events_directive_verbs"))
        | {entry.partition(" ")[0] for entry in lists.words("events_reprisal_verbs")}
        | {word for word, kind in lists.pairs("events_relief_goods") if kind == "transfer"}
        | lists.words("events_boarding_verbs")
        | lists.words("events_departure_verbs")
        | lists.words("events_bombarding_verbs")
        | lists.words("events_questioning_verbs")
    )  # fmt: skip
    return Words(
        speech=speech,
        reporting=reporting,
        speech_or_finding=speech_or_finding,
        future_governors=future,
        hypothetical_governors=hypothetical,
        negating_governors=lists.words("events_negating_governors"),
        allegation_governors=lists.words("events_allegation_governors"),
        cancelling=lists.words("events_cancelling_verbs"),
        excluding=lists.words("events_excluding_verbs"),
        preventing=lists.words("events_preventing_verbs"),
        foiling=lists.words("events_foiling_verbs"),
        negating_words=lists.words("events_negating_words"),
        choice_verbs=lists.words("events_choice_verbs"),
        wishing=lists.words("events_wishing_verbs"),
        object_control=object_control,
        calling=lists.words("calling_verbs"),
        directives=lists.table("events_directive_verbs"),
        command_contents=lists.table("events_command_contents"),
        background_marks=lists.words("events_background_marks"),
        continuing=lists.words("events_continuing_verbs"),
        ending=lists.words("events_ending_verbs"),
        authority_roles=lists.words("events_authority_roles"),
        relief=lists.table("events_relief_goods"),
        stance_participles=lists.words("events_stance_participles"),
        company_kinds=lists.words("entities_company_kind_nouns"),
        deescalating=lists.words("events_deescalating_verbs"),
        light_verbs=frozenset(onto.light_verbs),
        place_nouns=lists.words("events_place_nouns"),
        site_nouns=lists.words("events_site_nouns") | lists.words("entities_facility_heads"),
        result_participles=lists.words("events_result_participles"),
        naming=lists.words("events_naming_verbs"),
        labelling=lists.words("events_labelling_verbs"),
        person_nouns=lists.words("entities_person_nouns")
        | lists.words("entities_person_roles")
        | lists.words("events_follower_nouns"),
        group_people=lists.words("entities_group_nouns"),
        conflict_parties=lists.words("events_party_nouns"),
        weapons=lists.words("events_weapon_nouns"),
        counterparts=lists.words("events_counterpart_nouns"),
        protection=lists.words("events_protection_words"),
        non_event_compounds=lists.words("events_non_event_compounds"),
        verbal_attack=lists.words("events_verbal_attack_words"),
        discourse_settings=lists.words("events_discourse_settings"),
        announcing_nouns=lists.words("events_announcing_nouns"),
        participation={
            word: frozenset(p.strip() for p in value.partition("\t")[0].split(","))
            for word, value in lists.table("events_participation_frames").items()
        },
        participation_party={
            word: value.partition("\t")[2].strip() or "agent"
            for word, value in lists.table("events_participation_frames").items()
        },
        adverbial_acts=lists.table("events_adverbial_act_nouns"),
        attribution=lists.table("events_attribution_verbs"),
        instruments=lists.words("events_weapon_nouns")
        | lists.words("events_document_nouns")
        | lists.words("events_thing_nouns"),
        speakers_for=lists.words("events_speaker_for_nouns"),
        delegates=lists.words("events_delegate_nouns"),
        seats=lists.words("events_seat_nouns"),
        org_nouns=lists.words("entities_org_nouns"),
        conflict_verbs=frozenset(lemma for lemma, entry in onto.verbs.items() if entry.quad in (3, 4)),
        known_verbs=frozenset(known),
        irregular_pasts=lists.table("verb_irregular_pasts"),
        boarding=lists.words("events_boarding_verbs"),
        vessels=lists.words("events_vessel_nouns"),
        departure=lists.words("events_departure_verbs"),
        bombarding=lists.words("events_bombarding_verbs"),
        missions=lists.words("events_mission_nouns"),
        run_nouns=lists.words("events_run_nouns"),
        meeting_cities=lists.words("events_meeting_cities") | frozenset(cities),
        meeting_nouns=lists.words("events_meeting_nouns"),
        witness_verbs=reporting | lists.words("events_witness_verbs"),
        third_party_nouns=lists.words("events_third_party_nouns"),
        intransitive_act_nouns=lists.words("events_intransitive_act_nouns"),
        planning_verbs=lists.words("events_planning_verbs"),
        convening_verbs=lists.words("events_convening_verbs"),
        announcing_verbs=lists.words("events_announcing_verbs"),
        departing_verbs=lists.words("events_departing_verbs"),
        reprisal_verbs=lists.words("events_reprisal_verbs"),
        reprisal_openers=frozenset(
            " ".join(parts[:k])
            for parts in (entry.split(" ") for entry in lists.words("events_reprisal_verbs"))
            for k in range(1, len(parts))
        ),
        promising_verbs=lists.words("events_promising_verbs"),
        event_nouns=frozenset(onto.nouns),
        captive_modifiers=lists.words("events_captive_modifiers"),
        questioning=lists.words("events_questioning_verbs"),
        police_nouns=lists.words("events_police_nouns"),
        reprisal_nouns={
            noun: frozenset(m.strip() for m in needed.split(","))
            for noun, needed in lists.table("events_reprisal_nouns").items()
        },
        non_act_frames=lists.table("events_non_act_frames"),
        self_reference={
            noun: frozenset(label.strip() for label in labels.split(","))
            for noun, labels in lists.table("events_self_reference_nouns").items()
        },
    )


def words() -> Words:
    """The event word lists of the pipeline running now (built once per pipeline)."""
    active = _ACTIVE.get()
    if active is not None:
        return active.words
    current = resources.current()
    # Fetched before ``load``: the resources' lock is not re-entrant.
    lists, onto, cities = current.lexicons, get_ontology(), dictionary().cities
    return current.load("events.words", lambda: _build(lists, onto, cities))


@dataclass(frozen=True)
class _Pass:
    """What one events pass over one document reads on every rule: the word lists and
    the tokens' lemmas (``lemma_of`` is asked some 900 times a document, about twice per
    token), each repaired the first time it is asked for."""

    doc: Doc
    words: Words
    raw_lemmas: list[str]
    lowers: list[str]
    lemmas: dict[int, str]
    #: (lemma as the model gave it, word) -> repaired lemma, kept across the documents of
    #: one pipeline (``Resources.load``): the repair is a pure function of the two words
    repaired: dict[tuple[str, str], str]


#: Bound on the pipeline's memo of repaired lemmas (distinct word pairs; emptied when full).
_MAX_REPAIRED = 200_000
_ACTIVE: ContextVar[_Pass | None] = ContextVar("newsgraph_events_pass", default=None)


@contextmanager
def document_pass(doc: Doc) -> Iterator[None]:
    """Inside the block, :func:`words` and :func:`lemma_of` answer from tables kept for
    ``doc`` (its lemmas read from the shared ``DocIndex`` columns) instead of asking the
    resources and the token's string store on every call; the answers are the same."""
    index = doc_index(doc)
    repaired: dict[tuple[str, str], str] = resources.current().load("events.repaired_lemmas", dict)
    if len(repaired) > _MAX_REPAIRED:
        repaired.clear()
    state = _Pass(doc, words(), index.column("lemma_"), index.column("lower_"), {}, repaired)
    token = _ACTIVE.set(state)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def lemma_of(token: Token) -> str:
    """The lemma, repairing the small model's "staged" -> "stag" on verbs we know."""
    active = _ACTIVE.get()
    if active is not None and token.doc is active.doc:
        i = token.i
        known = active.lemmas.get(i)
        if known is None:
            key = (active.raw_lemmas[i], active.lowers[i])
            known = active.repaired.get(key)
            if known is None:
                known = active.repaired[key] = _repaired(key[0].lower(), key[1], active.words)
            active.lemmas[i] = known
        return known
    return _repaired(token.lemma_.lower(), token.lower_, None)


def _repaired(found: str, lower: str, vocab: Words | None) -> str:
    vocab = vocab or words()
    return repaired_lemma(found, lower, vocab.known_verbs, vocab.irregular_pasts)


def hyphenated_word(token: Token) -> str | None:
    """ "sit-in", "walk-out": the whole hyphenated word a token ends, lower-cased, when
    the tokenizer split it ("sit", "-", "in" with no spaces between); else None. An act
    noun written with a hyphen is looked up whole, since its last piece names nothing."""
    if token.i < 2:
        return None
    hyphen, first = token.doc[token.i - 1], token.doc[token.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha:
        return None
    return f"{first.lower_}-{token.lower_}"
