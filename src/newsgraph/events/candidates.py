"""Step 1 of the events pass: triggers. One pass over the tokens finds every word the
ontology names (a verb, a multi-word phrase such as "called for", or an event noun such
as "sanctions"), the "X said Y must ..." demands PLOVER codes, and, when the ontology
allows, OTHER events of named actors. Then nominal triggers are folded into the verb
that already expresses them ("signed an agreement").

Only verbs and nouns are probed, one dictionary look-up each, so the pass is linear.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.docindex import doc_index
from newsgraph.events.cameo_readings import (
    NEUTRAL,
    cameo_reading,
    frames_the_act_noun,
    governs_an_act,
    meets_nobody,
    names_the_act,
    political_subject,
)
from newsgraph.events.commands import (
    boarding,
    bombardment,
    care,
    command,
    departure,
    force_sent,
    questioning,
    relief,
)
from newsgraph.events.constants import (
    ACTOR_LABELS,
    CONFLICT_QUADS,
    CONTENT_POS,
    MATERIAL_CONFLICT,
    NAME_LABELS,
    NON_ACTOR_LABELS,
    OBLIGATION_AUX,
    PARTICLES,
)
from newsgraph.events.control import controller
from newsgraph.events.headline_syntax import headline_noun_verb, headline_verb
from newsgraph.events.idioms import idiom_reading, light_object_reading, verb_reading
from newsgraph.events.lexical_backoff import Backoff
from newsgraph.events.meaning_frames import demand_met, meaning_frame, meaning_lists, other_verb_frame
from newsgraph.events.misuses import a_label, in_non_act_frame
from newsgraph.events.ontology import OTHER, Entry, Ontology
from newsgraph.events.patterns import PatternBook, PatternMatch, get_patterns
from newsgraph.events.syntax import counted_head, subject_of, word_of_a_name
from newsgraph.events.threats import announced_reprisal, promised_harm
from newsgraph.events.verb_objects import (
    force_moving_itself,
    has_person_object,
    hosts_an_act,
    meets_reciprocally,
    weapons_moved,
)
from newsgraph.events.vocabulary import hyphenated_word, lemma_of, words
from newsgraph.records import Modality


@dataclass
class Candidate:
    """One trigger mention before dedupe, with the token-level detail evaluation needs."""

    token: Token
    entry: Entry
    lemma: str
    actor_tokens: list[Token] = field(default_factory=list)
    target_tokens: list[Token] = field(default_factory=list)
    place_token: Token | None = None
    clause: set[int] = field(default_factory=set)
    modality: Modality = "asserted"
    quote: str | None = None
    nominal: bool = False
    #: For a demand voiced through a speech verb ("X said Y must ..."): the embedded clause.
    embedded: Token | None = None
    absorbed: bool = False
    merge_into: Candidate | None = None
    #: How the category was chosen: "ontology" (our trigger lists), "cameo" (a CAMEO verb
    #: pattern), "both" (they agree), "demand" ("X said Y must ..."), "fallback" (OTHER
    #: event of a named actor). Kept for calibration (``Detail.chosen_by``).
    chosen_by: str = "ontology"
    #: The CAMEO pattern that chose or confirmed the category ("* (for &CEASEFIRE)"), if any.
    pattern: str | None = None
    #: Why the selectional constraints refused the PLOVER reading ("actor", "target",
    #: "sport", "natural cause"); None when they accepted it.
    refused: str | None = None
    #: Event nouns kept as the means of the act when they name no party of their own
    #: ("a minefield explosion killed ..."): participants, unlike other event nouns.
    means: set[int] = field(default_factory=set)


def match_trigger(token: Token, onto: Ontology) -> tuple[Entry, bool] | None:
    """The ontology entry ``token`` triggers and whether it is nominal, or None."""
    if token.ent_type_ in NON_ACTOR_LABELS:
        return None  # "In April, ...", "May was wet": a date or number is never an act
    pos = token.pos_
    if pos == "VERB" or (pos == "AUX" and token.dep_ == "ROOT"):
        if word_of_a_name(token):
            return None
        if token.dep_ in ("amod", "compound"):
            return None  # "Western-backed government": a modifier, not a reported act
        if (
            token.dep_ == "pcomp"
            and token.tag_ in ("VBN", "VBD")
            and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in token.children)
        ):
            return None  # "in occupied Crimea": a participle before a name is its modifier
        lemma = lemma_of(token)
        phrase = _phrase_entry(token, lemma, onto)
        if phrase is not None:
            return phrase, False
        verb_entry = onto.verbs.get(lemma)
        if verb_entry is None:
            return None
        reciprocal = lemma in onto.reciprocal and meets_reciprocally(token)
        if (
            lemma in onto.person_object
            and not has_person_object(token, onto)
            and not reciprocal
            and not hosts_an_act(token, verb_entry, onto)
            and not force_moving_itself(token, verb_entry, onto)
            and not weapons_moved(token, verb_entry, onto)
        ):
            return None
        return verb_entry, False
    if pos in ("NOUN", "PROPN"):
        if token.ent_type_ in NAME_LABELS and pos == "PROPN":
            return None
        lemma = lemma_of(token)
        if (
            pos == "NOUN"
            and (lemma in onto.verbs or lemma in onto.phrases)
            and (headline_verb(token) or headline_noun_verb(token))
        ):
            # "Protesters storm parliament in Kessa", "Turkey summons Swedish envoy"
            phrase = _phrase_entry(token, lemma, onto)
            if phrase is not None:
                return phrase, False
            if lemma in onto.verbs:
                return onto.verbs[lemma], False
        if token.dep_ == "compound" and lemma_of(token.head) not in onto.carrier_nouns:
            return None  # "aid workers" is not aid; "a mediation effort" is mediation
        for key in (lemma_of(token), token.lower_, hyphenated_word(token)):
            entries = onto.nouns.get(key) if key else None
            if not entries:
                continue
            if _names_a_text(token):
                return None  # "a press release" is a text, not a release
            if _a_quantity(token):
                return None  # "a good deal of work" is an amount, not a deal
            mods: set[str] | None = None
            for entry in entries:
                if entry.words:
                    mods = mods if mods is not None else _modifier_lemmas(token)
                    if all(w in mods for w in entry.words):
                        return entry, True
                else:
                    return entry, True
    return None


def _noun_of_other_sense(verb: Token, entry: Entry, onto: Ontology) -> bool:
    """ "launched missile strikes on Kyiv" is not "launched a strike": the phrase's noun
    carries modifiers that make it a multi-word event noun of another category ("missile
    strike", "air strike" are attacks, "a strike" by workers a walkout). The modifiers
    decide the noun's sense, so the phrase does not apply."""
    last = entry.words[-1]
    for child in verb.children:
        if lemma_of(child) != last and child.lower_ != last:
            continue
        mods = _modifier_lemmas(child)
        for key in (lemma_of(child), child.lower_):
            for other in onto.nouns.get(key, ()):
                if other.words and other.category != entry.category and all(w in mods for w in other.words):
                    return True
    return False


def _a_quantity(noun: Token) -> bool:
    """ "a good deal of reclamation work", "a great deal of pressure": an event noun with
    an adjective of amount and an "of" phrase measures what follows."""
    return any(c.dep_ == "amod" and c.lower_ in AMOUNT_ADJECTIVES for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


#: Adjectives that make "deal" an amount ("a good deal of", "a great deal of").
AMOUNT_ADJECTIVES = frozenset({"good", "great"})


def _names_a_text(noun: Token) -> bool:
    """ "a press release", "a news release": the modifier makes the event noun a text, and
    "the governing alliance" a body (``events_non_event_compounds.txt``; a modifier read
    as written or by its lemma)."""
    compounds = words().non_event_compounds
    lemma = lemma_of(noun)
    return any(
        c.dep_ in ("compound", "amod")
        and not {f"{lemma_of(c)} {lemma}", f"{c.lower_} {lemma}"}.isdisjoint(compounds)
        for c in noun.children
        if c.i < noun.i
    )


def _phrase_entry(token: Token, lemma: str, onto: Ontology) -> Entry | None:
    """The ontology phrase of the verb ``lemma`` that ``token``'s dependents complete, or None.
    The particle/preposition must hang on the verb itself ("called for"), the rest may sit
    one level lower ("put on alert")."""
    phrases = onto.phrases.get(lemma)
    if not phrases:
        return None
    near, below = _descendant_lemmas(token, onto.quantity_nouns)
    # "called off the search for ...": a verb with a particle of its own is another phrasal
    # verb than one of a preposition alone ("call for")
    own = {c.lower_ for c in token.children if c.dep_ == "prt"}
    for entry in phrases:
        if own and own.isdisjoint(entry.words):
            continue
        if entry.words and entry.words[0] in near and all(w in below for w in entry.words[1:]):
            if _noun_of_other_sense(token, entry, onto) or _preposition_not_particle(token, entry):
                continue
            if (
                lemma in onto.person_object
                and lemma not in onto.verbs
                and all(w in PARTICLES for w in entry.words)
                and not has_person_object(token, onto)
            ):
                continue  # "rounded up 40 migrants", not "rounded up a sampling of"
            return entry
    return None


def _preposition_not_particle(verb: Token, entry: Entry) -> bool:
    """ "gave 200 million dollars in aid" is no "give in": a phrase made of a particle that
    is also a common preposition of place or manner (``ADJUNCT_PARTICLES``) counts only
    when that word is the verb's particle, not a preposition with an object of its own."""
    if len(entry.words) != 1 or entry.words[0] not in ADJUNCT_PARTICLES:
        return False
    word = entry.words[0]
    return not any(c.lower_ == word and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


#: Particles of phrases ("give in", "cave in") that are more often a preposition of an
#: adjunct ("in aid", "in March").
ADJUNCT_PARTICLES = frozenset({"in"})


def _descendant_lemmas(token: Token, quantity: frozenset[str]) -> tuple[set[str], set[str]]:
    """(lemmas/forms of the children and the object's prepositions, of children and
    grandchildren). An object headed by a number is read by what it counts too ("shut
    down dozens of charities")."""
    near: set[str] = set()
    below: set[str] = set()
    # the children and grandchildren are the DocIndex's Token objects, their relations
    # and words its columns: one call per verb with a phrase entry, so no new Token each
    index = doc_index(token.doc)
    tokens, deps, lowers, kids_of = index.tokens, index.column("dep_"), index.column("lower_"), index.children
    for child in [tokens[c] for c in kids_of(token.i)]:
        dep = deps[child.i]
        if dep == "aux" and index.column("tag_")[child.i] == "TO":
            continue  # "have to travel": the infinitive's own marker is no preposition
        if dep == "prep" and any(
            g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") and counted_head(g, TIME_SPANS).i == g.i
            for g in [tokens[k] for k in kids_of(child.i)]
        ):
            continue  # "seized the town on Monday": a date's preposition is no particle
        near.add(lemma_of(child))
        near.add(lowers[child.i])
        if dep == "advcl" and _for_to_clause(child):
            near.add("for")  # "called for the minister to resign": "for" marks the clause
        for grand in [tokens[g] for g in kids_of(child.i)]:
            below.add(lemma_of(grand))
            below.add(lowers[grand.i])
            if dep == "prep" and deps[grand.i] == "pobj":
                # "bowing to weeks of protests": a span of time counts the acts it names
                spanned = counted_head(grand, TIME_SPANS)
                if spanned.i != grand.i:
                    below.update((lemma_of(spanned), spanned.lower_))
            if dep == "dobj" and deps[grand.i] == "prep":
                # "shared evidence with X", "sprayed X with bullets": the parser hangs the
                # preposition on the object
                near.add(lowers[grand.i])
                below.update(lemma_of(tokens[g]) for g in kids_of(grand.i) if deps[g] == "pobj")
        if dep in ("dobj", "nsubjpass"):
            # "dozens of migrants were turned back": a passive subject is counted alike
            counted = counted_head(child, quantity)
            if counted.i != child.i:
                near.update((lemma_of(counted), counted.lower_))
        if dep == "dobj":
            near.update(_particle_read_as_more_than(token, child))
    return near, below | near


def _for_to_clause(clause: Token) -> bool:
    """Whether ``clause`` is a for-to infinitive ("for the minister to resign"), which the
    parser hangs on the verb with "for" as its mark, not as the verb's preposition."""
    lefts = list(clause.lefts)
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in lefts) and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in lefts
    )


#: Nouns of a span of time that count the acts of their "of" phrase ("weeks of protests").
TIME_SPANS = frozenset({"hours", "days", "weeks", "months", "years"})


def _particle_read_as_more_than(verb: Token, obj: Token) -> set[str]:
    """ "handed over 40 suspects": the parser may read the particle right after the verb
    as "more than" on the object's number; it is the verb's particle."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return set()
    after = doc[verb.i + 1]
    number = after.head
    if after.dep_ != "advmod" or after.lower_ not in PARTICLES or number.head.i != obj.i:
        return set()
    return {after.lower_} if number.dep_ == "nummod" else set()


def _modifier_lemmas(token: Token) -> set[str]:
    return {lemma_of(c) for c in token.children if c.dep_ in ("compound", "amod", "nmod")} | {
        c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")
    }


def find_candidates(doc: Doc, onto: Ontology) -> list[Candidate]:
    """Every trigger in ``doc`` in one pass over the tokens (only verbs and nouns are probed)."""
    found: list[Candidate] = []
    by_token: dict[int, Candidate] = {}
    quad, score = onto.classes.get("REQUEST", (3, None))
    demand = Entry("REQUEST", None, quad, score, "demand")
    speech_or_finding = words().speech_or_finding
    index = doc_index(doc)
    tokens = index.tokens
    deps = index.column("dep_")
    lowers = index.column("lower_")
    event_nouns = onto.nouns
    book = get_patterns()
    frames = meaning_lists()
    for i, pos in enumerate(index.column("pos_")):
        if pos not in CONTENT_POS:
            continue
        token = tokens[i]
        if pos == "VERB" and word_of_a_name(token):
            continue
        if pos != "VERB":
            # Only a verb can be a CAMEO reading, a demand or an OTHER event; a noun is a
            # trigger only by its lemma or form, an auxiliary only as the root: skip the
            # rest with one probe each (the same test match_trigger makes).
            if pos == "AUX":
                if deps[i] != "ROOT":
                    continue
            elif (
                lemma_of(token) not in event_nouns
                and lowers[i] not in event_nouns
                and (lowers[i - 1] != "-" or hyphenated_word(token) not in event_nouns)
                and deps[i] != "ROOT"
            ):
                continue
        match = match_trigger(token, onto)
        attitude = match is not None and match[1] and lemma_of(token) in onto.expressed_nouns
        if attitude and not _stated(token, onto):
            continue  # "hopes of a ceasefire faded" is nobody's act
        if pos == "NOUN" and a_label(token):
            continue  # "called the vote 'a political ambush'": what was said of it
        if pos in ("NOUN", "VERB") and in_non_act_frame(token):
            continue  # "came at us without warning", "the right to protest"
        reading = None
        if pos == "VERB" and deps[i] not in MODIFIER_DEPS and token.ent_type_ not in NON_ACTOR_LABELS:
            # a reprisal announced is a threat whatever its frame ("vowed to retaliate
            # against X for ...", which CAMEO reads as a complaint)
            announced = announced_reprisal(token, lemma_of(token), onto) or promised_harm(token, onto)
            if announced is not None:
                threat = Candidate(token, announced[0], announced[1], chosen_by="reprisal")
                found.append(threat)
                by_token[token.i] = threat
                continue
            done = None
            if match is None:
                # relief handed over is aid whatever frame the verb has ("airlifted ... to"),
                # a vessel a force boards is seized, a place an armed force leaves given up
                lemma = lemma_of(token)
                done = (
                    relief(token, lemma, onto)
                    or care(token, lemma, onto)
                    or questioning(token, lemma, onto)
                    or boarding(token, lemma, onto)
                    or departure(token, lemma, onto)
                    or force_sent(token, lemma, onto)
                    or bombardment(token, lemma, onto)
                    or meaning_frame(token, lemma, onto, frames)
                )
            elif match[0].category == OTHER and not match[1]:
                done = other_verb_frame(token, lemma_of(token), onto, frames)  # "built shelters for"
            if done is None and (match is None or not match[1]):
                done = demand_met(token, lemma_of(token), onto, frames)  # "met the strikers' demand"
            if done is not None:
                given = Candidate(token, done, lemma_of(token))
                found.append(given)
                by_token[token.i] = given
                continue
            reading = cameo_reading(book, token, onto, match)
            whole = None if reading or (match and match[0].category != OTHER) else idiom_reading(token, onto)
            idiom = _wordnet_phrase(token, whole, onto)
            if idiom is not None:
                found.append(idiom)
                by_token[token.i] = idiom
                continue
        if match is not None or reading is not None:
            cand = _candidate(token, match, reading, onto)
            if cand is None:
                continue
            found.append(cand)
            by_token[token.i] = cand
            continue
        if pos != "VERB":
            continue
        lemma = lemma_of(token)
        ordered = command(token, lemma, onto)
        if ordered is not None:
            commanding = Candidate(token, ordered, lemma, chosen_by="command")
            found.append(commanding)
            by_token[token.i] = commanding
            continue
        if lemma in speech_or_finding:
            # PLOVER reads "X said Y must/should do Z" as X's demand on Y.
            for child in token.children:
                if child.dep_ == "ccomp" and any(
                    a.dep_ == "aux" and a.lower_ in OBLIGATION_AUX for a in child.children
                ):
                    cand = Candidate(token, demand, lemma, embedded=child, chosen_by="demand")
                    found.append(cand)
                    by_token[token.i] = cand
                    break
            continue
        if lemma in onto.light_verbs:
            # "delivered a tirade against", "gave the mediator a standing ovation": an
            # object noun no list names, read by its WordNet hypernyms
            light = _wordnet_phrase(token, light_object_reading(token, onto), onto, f"{lemma} ")
            if light is not None:
                found.append(light)
                by_token[token.i] = light
                continue
        if not onto.other_fallback or lemma in onto.ignore or lemma in onto.light_verbs:
            continue
        if lemma in onto.reverse_verbs:
            continue
        subj, passive = subject_of(token)
        if passive or not subj:
            continue
        if not all(t.ent_type_ in ACTOR_LABELS for t in subj):
            # "opposition lawmakers saluted ...", "the chancellor arrived in ...": a party
            # named by its office or body is as political a subject as a name, for the
            # book's own code; it makes no OTHER event of its own
            default = (
                _named_actor_default(book, token, lemma, onto)
                # ("escaped an assassination attempt", "attended the talks": a verb whose
                # object is an act noun carries or undergoes that act, the noun decides)
                if book.may_code(lemma, token.lower_)
                and political_subject(token, by_owner=False)
                and not governs_an_act(token)
                and not names_the_act(token, onto)
                else None
            )
            if (
                default is None
                and political_subject(token)
                and not governs_an_act(token)
                and not names_the_act(token, onto)
            ):
                default = _wordnet_default(book, token, lemma, onto)
            if default is not None:
                found.append(default)
                by_token[token.i] = default
            continue
        backoff = not (governs_an_act(token) or names_the_act(token, onto))
        cand = (
            _named_actor_default(book, token, lemma, onto)
            or (_wordnet_default(book, token, lemma, onto) if backoff else None)
            or Candidate(token, Entry(OTHER, None, None, None, lemma), lemma, chosen_by="fallback")
        )
        found.append(cand)
        by_token[token.i] = cand
    for cand in found:
        _absorb(cand, by_token, onto)
    found.sort(key=lambda c: c.token.i)
    return found


#: Dependencies of a verb used as a modifier ("Western-backed", "a fighting chance").
MODIFIER_DEPS = frozenset({"amod", "compound"})


#: A CAMEO pattern overrides the ontology's category for a verb only when the clause met
#: this many constraints (an object class and a preposition, say): "established
#: diplomatic ties", "will withdraw ... unless". Chosen on the PLOVER tune half.
CAMEO_OVERRIDE_SPECIFICITY = 2
#: (ontology category, frame category) pairs where the ontology's reading stands: moving
#: one's own force is no military aid; an accusation the ontology names ("sued the
#: company in court") is no arrest (CAMEO 173 files suing with arresting as legal action).
_KEPT_OVER_FRAME = frozenset({("MOBILIZE", "AID"), ("ACCUSE", "COERCE")})


def _candidate(
    token: Token, match: tuple[Entry, bool] | None, reading: PatternMatch | None, onto: Ontology
) -> Candidate | None:
    """The candidate of a trigger from the ontology entry and the CAMEO reading.

    The ontology wins where it names the word; a CAMEO pattern that the clause meets
    fills in a verb the ontology lacks, and a pattern saying the clause is *not* an event
    ("seized the opportunity") removes the ontology's reading.
    """
    word = lemma_of(token)
    if (
        reading is not None
        and reading.category is not None
        and names_the_act(token, onto)
        # "dropped all charges against ...": a frame written for the act noun itself says
        # what the verb does to that act (CAMEO "DROP * CHARGES" is a concession), where
        # the ontology does not know the verb
        and not (
            match is None
            and not reading.reverse
            and word not in onto.reverse_verbs
            and frames_the_act_noun(token, reading, onto)
        )
    ):
        # "signed a trade agreement", "completed the withdrawal": the object is the act
        # itself (an event noun of the category), so the noun decides, not the frame.
        reading = None
    if match is not None:
        entry, nominal = match
        # A phrase is named in full ("open fire", "call for"), a single word by its lemma.
        lemma = " ".join((word, *entry.words)) if entry.words and not nominal else word
        cand = Candidate(token, entry, lemma, nominal=nominal)
        if reading is not None:
            if reading.category is None:
                return None
            if reading.category == entry.category:
                cand.chosen_by, cand.pattern = "both", reading.pattern
            elif (
                reading.specificity >= CAMEO_OVERRIDE_SPECIFICITY
                and reading.category not in NEUTRAL
                and not nominal
                # "was indicted on corruption charges", "were deployed around the
                # parliament": a frame is written for the active clause; with nobody
                # said to act, the ontology's own reading of the verb stands
                and not _agentless_passive(token)
                # "deployed warships and fighter jets": the book's frame of weapons sent
                # as military aid (CAMEO 072) does not turn a verb the ontology names as
                # moving one's own force into a gift
                and (entry.category, reading.category) not in _KEPT_OVER_FRAME
            ):
                cand.entry = onto.entry(reading.category, reading.mode, entry.family)
                cand.chosen_by, cand.pattern = "cameo", reading.pattern
        return cand
    if reading is None or reading.category is None or reading.category in NEUTRAL:
        return None
    if reading.reverse:
        # "the company faces daily penalties": the book codes only the act done to the
        # subject (its reverse code) and the clause names no one who does it; read as
        # the subject's own act it would accuse with the accused as the accuser
        return None
    entry = onto.entry(reading.category, reading.mode, word)
    return Candidate(token, entry, word, chosen_by="cameo", pattern=reading.pattern)


def _agentless_passive(verb: Token) -> bool:
    """A passive verb with no "by" agent ("was indicted", "were deployed")."""
    children = list(verb.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
    return passive and not any(c.dep_ == "agent" for c in children)


def _named_actor_default(book: PatternBook, verb: Token, lemma: str, onto: Ontology) -> Candidate | None:
    """A verb the ontology does not name, whose subject is a named party: the CAMEO
    verb block's own code, when it is a PLOVER act, says what kind of act it is.

    Alone the bare code over-reads ("swept", "checked", "shot a film" are acts in the
    book); a named actor as the subject (a state, a group, a person) is what makes the
    clause a political act, the same test that records the verb as an OTHER event.
    Material conflict is left out: a bare verb of force is too often figurative ("has
    been targeting her") to be coded without a pattern of the clause.
    """
    if not book.may_code(lemma, verb.lower_):
        return None
    for reading in book.match(verb):
        if reading.specificity > 0:
            continue  # a pattern the clause met was already weighed (and found wanting)
        if reading.category is None or reading.category in NEUTRAL or reading.reverse:
            return None
        entry = onto.entry(reading.category, reading.mode, lemma)
        if entry.quad == MATERIAL_CONFLICT or meets_nobody(verb, entry):
            return None  # "has been targeting her" needs a pattern; "left school" met nobody
        return Candidate(verb, entry, lemma, chosen_by="cameo-default", pattern=reading.pattern)
    return None


def _wordnet_default(book: PatternBook, verb: Token, lemma: str, onto: Ontology) -> Candidate | None:
    """A verb neither the ontology nor the CAMEO dictionary codes, whose subject is a
    party: the category WordNet's synonyms and hypernyms reach (``idioms.verb_reading``),
    marked ``chosen_by`` "wordnet" (a lower confidence)."""
    found = verb_reading(book, verb, lemma, onto)
    if found is None:
        return None
    entry = onto.entry(found.category, found.mode, lemma)
    return Candidate(verb, entry, lemma, chosen_by="wordnet", pattern=f"wordnet: {found.seed} +{found.depth}")


Read = tuple[str, Backoff] | None


def _wordnet_phrase(verb: Token, read: Read, onto: Ontology, said: str = "") -> Candidate | None:
    """A verb read by WordNet with words of its clause (``idioms``): an idiom ("took X to
    task", its lemma the key) or a light verb's object noun ("delivered a tirade", said
    with the verb), on the verb as the CAMEO light-verb frames are."""
    if read is None:
        return None
    key, found = read
    entry = onto.entry(found.category, found.mode, key)
    pattern = f"wordnet: {key} ~ {found.seed} +{found.depth}"
    return Candidate(verb, entry, said + key, chosen_by="wordnet", pattern=pattern)


def _stated(noun: Token, onto: Ontology) -> bool:
    """Whether an attitude noun is someone's statement: "X expressed hope", not "hopes faded"."""
    head = noun.head
    if noun.dep_ not in ("dobj", "attr") or head.pos_ != "VERB" or lemma_of(head) not in onto.light_verbs:
        return False
    subj, passive = subject_of(head)
    return bool(subj or passive or controller(head))


def _absorb(cand: Candidate, by_token: dict[int, Candidate], onto: Ontology) -> None:
    """Fold a nominal trigger into the verb that already expresses it ("signed an agreement",
    "criticized the deal"), and a participle into the noun it describes ("the agreement,
    signed in 2020")."""
    token = cand.token
    if cand.nominal:
        head = token.head
        governor = head
        if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
            governor = head.head.head if head.head.dep_ in ("dobj", "nsubjpass") else head.head
        elif token.dep_ not in ("dobj", "nsubjpass", "attr", "xcomp"):
            return
        verb = by_token.get(governor.i)
        if verb is None or verb.nominal or verb is cand:
            return
        if cand.entry.category != OTHER and lemma_of(governor) in words().attribution:
            # "the bombing was blamed on jihadists", "blamed the attack on rebels": the verb
            # names who did the act, the act is its own event (its doer from the verb); a
            # state of things blamed on someone ("blamed her defeat on") is no act of its own
            return
        if verb.entry.category == OTHER and lemma_of(governor) in onto.light_verbs:
            verb.absorbed = True
            return
        if lemma_of(token) in verb.entry.words:
            cand.absorbed = True  # "lodged a protest": the phrase names the act with the noun
            return
        if (
            lemma_of(governor) in onto.light_verbs
            and verb.entry.category != cand.entry.category
            and verb.entry.category != "AGREE"
        ):
            # "launched an attack": the noun names the event, the verb only carries it.
            return
        if (
            verb.entry.category == "AGREE"
            and cand.entry.quad in CONFLICT_QUADS
            and any(p.lower_ in ("on", "against") and p.dep_ == "prep" for p in token.children)
        ):
            # "EU agrees new sanctions on Marvonia": what was agreed is the act aimed at
            # someone, and its target is the sanctions' target, no partner of an agreement
            verb.absorbed = True
            return
        cand.absorbed = True
        return
    if token.dep_ in ("acl", "conj") and token.tag_ == "VBN":
        noun = token.head
        for _ in range(10):
            if noun.dep_ != "conj" or noun.pos_ not in ("VERB", "AUX") or noun.head.i == noun.i:
                break
            noun = noun.head
        if noun.dep_ == "acl":
            noun = noun.head
        host = by_token.get(noun.i)
        same_act = host is not None and host.entry.category == cand.entry.category
        if host is not None and host.nominal and same_act and host.entry.family == cand.entry.family:
            cand.merge_into = host
