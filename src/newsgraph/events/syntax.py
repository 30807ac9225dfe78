"""Step 0 of the events pass, shared by the others: small questions about the parse tree.

Who is the subject of this verb (or its understood subject)? What is its object, its
prepositional objects, the noun phrase around this head? Can this word name a
participant at all? Each answer is a bounded walk around one token, so every step
that asks stays linear in the document.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsgraph import actors as actor_codes
from newsgraph.actors.cameo import get_cameo_actors, split_code
from newsgraph.constants import FINITE_TAGS
from newsgraph.docindex import doc_index
from newsgraph.events.constants import (
    ACTOR_LABELS,
    AGE_HEADS,
    ARGUMENT_DEPS,
    INANIMATE,
    NON_ACTOR_LABELS,
    PASSIVE_SUBJ,
    PLACE_LABELS,
    PLURAL_NUMBERS,
    RELATIVE,
    STATE_SECTORS,
    SUBJ,
    TARGET_PREPS,
)
from newsgraph.events.headline_syntax import headline_noun_verb
from newsgraph.events.vocabulary import lemma_of, words


def conjuncts(token: Token) -> list[Token]:
    index = doc_index(token.doc)  # its tables: no Token made per child or conjunct looked at
    toks, deps, lowers, pos = index.tokens, index.column("dep_"), index.column("lower_"), index.column("pos_")
    out = [token, *(toks[k] for k in index.conjuncts(token.i) if k > token.i and pos[k] in _NOMINAL_POS)]
    # "The government of Valmoria and the Fisheries Union signed": the parser often joins the second party
    # to the "of" object; a conjunct with its own determiner, or of another kind, is a party of its own.
    for child in index.children(token.i):
        if deps[child] == "prep" and lowers[child] == "of":
            for g in index.children(child):
                if deps[g] != "pobj":
                    continue
                pobj, own_det = toks[g], any(deps[c] == "det" for c in index.children(g))
                for k in index.conjuncts(g):
                    conj, has_det = toks[k], any(deps[c] == "det" for c in index.children(k))
                    other_kind = bool(conj.ent_type_) and _kind(conj.ent_type_) != _kind(pobj.ent_type_)
                    if k > g and ((has_det and not own_det) or other_kind) and conj not in out:
                        out.append(conj)
    return out


def _kind(label: str) -> str:
    """A country and its people are one kind ("the presidents of Kyrgyzstan and Tajikistan",
    the second tagged NORP): both are places a head noun can be "of"."""
    return "GPE" if label in ("NORP", "LOC") else label


_NOMINAL_POS = ("NOUN", "PROPN", "PRON", "ADJ")
#: Pronoun-like heads of a cleft's relative clause ("they are the ones who ...").
_CLEFT_HEADS = frozenset({"one", "ones", "those", "people"})


def relative_antecedent(token: Token) -> Token:
    """``who`` in "Harris, who called ..." stands for "Harris"; in a cleft ("They are the
    ones who bombed the market", "The rebels were those who fired") for the copula's
    subject, of which "the ones" only says again who is meant."""
    if token.lower_ in RELATIVE:
        verb = token.head
        for _ in range(10):
            if verb.dep_ != "conj" or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.dep_ == "relcl":
            head = verb.head
            if head.lower_ in _CLEFT_HEADS and head.dep_ == "attr":
                subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.lower_ not in ("it", "this", "that"):
                    return subject
            return head
    return token


def subject_of(verb: Token) -> tuple[list[Token], bool]:
    """(subject tokens, passive?) written on ``verb`` itself."""
    index = doc_index(verb.doc)
    for k, dep in ((k, index.column("dep_")[k]) for k in index.children(verb.i)):
        if dep in SUBJ and dep != "expl":
            passive = _gapped_passive(verb) or (_be_read_as_aux(verb) and not stance_participle(verb))
            return [relative_antecedent(c) for c in conjuncts(index.tokens[k])], passive
        if dep in PASSIVE_SUBJ:
            return [relative_antecedent(c) for c in conjuncts(index.tokens[k])], not stance_participle(verb)
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        before is not None
        and before.dep_ == "compound"
        and before.head.i == verb.i
        and verb.dep_ == "ROOT"
        and verb.pos_ == "VERB"
        and before.pos_ in ("NOUN", "PROPN")
        and not verb.doc[verb.sent.end - 1].is_punct
    ):
        # "Army shells rebel-held town": a headline's subject (no closing stop) the parser
        # hung on its verb as a compound (a verb has no compound of its own)
        return [before], False
    if verb.pos_ == "NOUN" and headline_noun_verb(verb):
        return [verb.doc[verb.i - 1]], False  # "Orlenia expels Dessan diplomats"
    return [], verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


def _gapped_passive(verb: Token) -> bool:
    """ "22 officers had been injured and 41 people detained": a bare past participle
    coordinated after a passive shares its auxiliaries, so its subject undergoes the act."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    )


def _be_read_as_aux(verb: Token) -> bool:
    """ "Why were the protesters detained?": a past participle with a form of "be" is a
    passive even where the parser (misled by a question's inverted order) labelled its
    subject a plain subject or the "be" a plain auxiliary."""
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children
    )


def stance_participle(verb: Token) -> bool:
    """ "Corland is committed to opening", "the rebels are determined to fight": a participle
    of stance (``events_stance_participles.txt``) with a "to" complement and no "by" agent
    states its subject's own stance; the subject acts, it is not acted on."""
    if lemma_of(verb) not in words().stance_participles:
        return False
    to_complement = False
    for child in verb.children:
        dep = child.dep_
        if dep == "agent":
            return False
        if (dep == "prep" and child.lower_ == "to") or (
            dep == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
        ):
            to_complement = True
    return to_complement


def agent_of(verb: Token) -> list[Token]:
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return conjuncts(pobj)
    return []


def direct_object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)


def shared_object(verb: Token) -> Token | None:
    """ "Police arrested and charged two men": a verb with nothing of its own on its right
    but the conjunction shares the object of the verb coordinated after it."""
    if verb.pos_ != "VERB" or any(c.dep_ not in ("cc", "conj", "punct") for c in verb.rights):
        return None
    after = next((c for c in verb.rights if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    return direct_object(after) if after is not None else None


def animate(tokens: list[Token]) -> bool:
    return bool(tokens) and not all(t.lower_ in INANIMATE for t in tokens)


#: Dependents that complete a verb of a participation frame ("went ahead with").
FRAME_PARTICLES = frozenset({"prt", "advmod"})


def frame_preps(verb: Token) -> frozenset[str]:
    """The prepositions that name the act a verb takes part in or carries on with
    (``events_participation_frames.tsv``: "participated in", "went ahead with")."""
    return frame_of(verb)[0]


def frame_of(verb: Token) -> tuple[frozenset[str], str]:
    """(prepositions, whose part) of a verb's participation frame, by its lemma or its
    lemma and particle ("go ahead"); no prepositions when it has none."""
    vocab = words()
    frames = vocab.participation
    lemma = lemma_of(verb)
    key = lemma if lemma in frames else ""
    for child in verb.children:
        if child.dep_ in FRAME_PARTICLES and f"{lemma} {child.lower_}" in frames:
            key = f"{lemma} {child.lower_}"
    if not key:
        return frozenset(), "agent"
    return frames[key], vocab.participation_party.get(key, "agent")


def conflict_party(token: Token) -> bool:
    """ "The two sides exchanged fire", "both sides agreed", "warring factions": a noun
    naming a party by its place in a conflict (``events_party_nouns.txt``) is one in the
    plural or with a paired determiner; "the home side attacked" is a sports team."""
    if token.pos_ != "NOUN" or lemma_of(token) not in words().conflict_parties:
        return False
    return token.tag_ == "NNS" or any(
        c.dep_ in ("det", "predet", "preconj") and c.lower_ in PAIRED_DETERMINERS for c in token.children
    )


#: Determiners that make a singular party noun one of two ("either side", "each faction").
PAIRED_DETERMINERS = frozenset({"both", "either", "neither", "each"})


#: Dependencies inside a headline's subject phrase before its "to" ("Corland and Valmoria").
HEADLINE_SUBJECT_DEPS = frozenset({"compound", "cc", "conj", "flat", "punct", "case", "poss", "amod"})


def headline_infinitive(verb: Token) -> bool:
    """ "Valmoria to hold talks with rebels", "Miners to strike over pay": a headline's
    "X to V" (a sentence with no closing stop) announces what X will do. The parser reads
    it as a to-infinitive on the subject noun (the root) or as a root with a subject."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.lefts):
        return False
    sent = verb.sent
    if verb.doc[sent.end - 1].text in (".", "!", "?", '"', "'") or not sent[0].text[:1].isupper():
        return False  # a headline opens with its subject's capital and has no closing stop
    if verb.dep_ == "ROOT":
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        to = next(c for c in verb.lefts if c.dep_ == "aux" and c.tag_ == "TO")
        # the subject phrase runs up to "to": names and their conjuncts, no phrase of their
        # own ("Star Mom Corners Obama On His Refusal To Use" is a misparsed headline)
        plain = all(verb.doc[i].dep_ in HEADLINE_SUBJECT_DEPS for s in subjects for i in range(s.i + 1, to.i))
        return bool(subjects) and plain and all(actorish(t) or party_noun(t) for t in subjects)
    head = verb.head
    return (
        verb.dep_ in ("acl", "relcl", "xcomp", "advcl")  # "Senegal to hold talks": on the name
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and (actorish(head) or party_noun(head))
    )


def party_noun(token: Token) -> bool:
    """A group noun, a noun naming people by kind or role ("personnel", "teachers"), a
    noun whose plural names a group of people ("families", "hostages"), a common noun of
    the CAMEO agents dictionary ("scholar", "junta"), a doer of conflict by its form
    ("investigators"), people held captive ("kidnapped engineers") or one named by the
    party it belongs to ("an opposition figure"), or people counted by a plural number
    alone ("dozens", ``counted_people``)."""
    vocab = words()
    lemma = lemma_of(token)
    if group_noun(token) or lemma in vocab.person_nouns or agent_noun_form(lemma, vocab.conflict_verbs):
        return True
    if token.pos_ == "NOUN" and (lemma in vocab.group_people or get_cameo_actors().agent(lemma) is not None):
        return True
    if conflict_party(token) or counted_people(token):
        return True  # "the two sides"; "dozens were shot", "thousands marched"
    if token.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in vocab.captive_modifiers for c in token.children
    ):
        return True  # "the kidnapped engineers": people held captive, whatever their trade
    # "law enforcement", "riot police": an agent phrase of the CAMEO agents dictionary
    # whose head alone is none
    modifier = next((c for c in token.lefts if c.dep_ == "compound" and c.i == token.i - 1), None)
    if modifier is not None and get_cameo_actors().agent(f"{modifier.lower_} {token.lower_}") is not None:
        return True
    return one_of_a_party(token)


def people_noun(token: Token) -> bool:
    """A noun naming people by kind, role, kin or following ("teachers", "relatives",
    "supporters"): the people it names are the party, not the one its "of" phrase names
    ("supporters of the jailed leader"). Narrower than :func:`party_noun`, whose CAMEO
    agents include places and forces ("the village of X", "its force from Chad"), where
    the "of"/"from" name still wins."""
    vocab = words()
    lemma = lemma_of(token)
    return token.pos_ == "NOUN" and (lemma in vocab.person_nouns or lemma in vocab.group_people)


def crowd_noun(noun: Token) -> bool:
    """People named by kind ("supporters", "students", "farmers"): no name, no state's
    body or officers by the agents dictionary ("police", "troops")."""
    if noun.ent_type_ in ACTOR_LABELS or noun.pos_ != "NOUN":
        return False
    return people_noun(noun) and not agent_sectors(noun) & STATE_SECTORS


def enforcer(token: Token, sectors: frozenset[str]) -> bool:
    """A law-enforcement officer: a noun of ``events_police_nouns.txt`` ("officers") or
    of one of the CAMEO agent ``sectors`` ("police", "riot police": COP; "prosecutors":
    JUD)."""
    police = words().police_nouns
    return lemma_of(token) in police or token.lower_ in police or bool(agent_sectors(token) & sectors)


def one_of_a_party(token: Token) -> bool:
    """ "a senior opposition figure", "a rebel envoy": a common noun named by the party it
    belongs to (a word the actor coding gives a sector, as its compound modifier) is one
    of that party's people. A thing, place, document or weapon so named ("army trucks", "rebel
    positions", "police report") keeps its class, and so does an act of the ontology
    ("army offensive", "opposition protest")."""
    if token.pos_ != "NOUN":
        return False
    vocab = words()
    lemma = lemma_of(token)
    if lemma in vocab.instruments or lemma in vocab.place_nouns or lemma in vocab.site_nouns:
        return False
    if lemma in vocab.event_nouns or token.lower_ in vocab.event_nouns:
        return False
    return any(
        c.dep_ == "compound" and c.i < token.i and c.pos_ == "NOUN" and actor_codes.code_text(c.lower_).sector
        for c in token.children
    )


def agent_noun_form(lemma: str, verbs: frozenset[str]) -> bool:
    """ "attacker", "invader", "occupier", "loyalist": a noun the word lists lack is still
    a doer when its form says so: a verb of force with "-er"/"-or" ("-ier" for "-y", the
    "-e" dropped, a doubled consonant), a noun of allegiance or trade in "-ist" (not
    "-list" as in "checklist", but "-alist": "nationalist", "journalist") or a person in
    "-sman" ("tribesman")."""
    if len(lemma) < 6:
        return False
    if lemma.endswith(("sman", "swoman")):
        return True  # "tribesmen", "clansmen", "marksman", "spokeswoman"
    if lemma.endswith("ist"):
        return lemma.endswith("alist") or not lemma.endswith("list")
    for suffix in ("er", "or"):
        if lemma.endswith(suffix):
            stem = lemma[: -len(suffix)]
            stems = {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.add(stem[:-1])  # "shopper", "kidnapper"
            return bool(stems & verbs)
    return False


def noun_owner(noun: Token) -> list[Token]:
    """Whose act or plan a noun is: its possessive ("Corland's decision"), else its
    "by" object ("the decision by Corland")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return conjuncts(child)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return conjuncts(pobj)
    for child in noun.children:
        # "government efforts to reduce", "the authority of any governor to veto": a
        # party named as the noun's modifier or "of" object.
        if child.dep_ in ("compound", "nmod") and (child.ent_type_ in ACTOR_LABELS or party_noun(child)):
            return conjuncts(child)
        if child.dep_ == "prep" and child.lower_ == "of":
            parties = [p for p in child.children if p.dep_ == "pobj" and actorish(p)]
            if parties:
                return conjuncts(parties[0])
    return []


def counted_head(token: Token, quantity: frozenset[str]) -> Token:
    """ "thousands of Iraqi Kurds" -> "Kurds", "a group of Moroccan diplomats" ->
    "diplomats", "12 of the militants" -> "militants": a quantity noun (``quantity``, the
    ontology's) or a number heading a phrase counts the people of its "of" object."""
    for _ in range(3):
        if not (token.like_num or lemma_of(token) in quantity or token.lower_ in quantity):
            return token
        pobj = next((t for _p, t in prep_objects(token, ("of",))), None)
        if pobj is None:
            return token
        token = pobj
    return token


def represented_bodies(token: Token) -> list[Token]:
    """ "Delegations from Kessa and Dessa", "representatives of the government", "the deputy
    chief of the militia": the bodies a delegate noun (``events_delegate_nouns.txt``) acts
    for, named by its "of" or "from" object and that object's conjuncts."""
    if lemma_of(token) not in words().delegates:
        return []
    return [t for _p, t in prep_objects(token, ("of", "from")) if actorish(t) or party_noun(t)]


def prep_objects(token: Token, preps: Iterable[str]) -> list[tuple[str, Token]]:
    wanted, index = set(preps), doc_index(token.doc)
    out: list[tuple[str, Token]] = []
    deps, lowers = index.column("dep_"), index.column("lower_")
    for child in index.children(token.i):
        dep = deps[child]  # "granted amnesty to 300 prisoners": a recipient's "to" read as a dative
        prep = dep == "prep" or (dep == "dative" and index.column("tag_")[child] == "IN")
        if prep and lowers[child] in wanted:
            for g in index.children(child):
                if deps[g] == "pobj":
                    out.extend((lowers[child], c) for c in conjuncts(index.tokens[g]))
        elif dep == "prep" and lemma_of(index.tokens[child]) == "include":
            # "criticism, including from his opponent"
            out.extend(prep_objects(index.tokens[child], wanted))
    return out


def group_noun(token: Token) -> bool:
    """Nouns naming people or bodies ("representatives", "government", "troops"), through
    which a named modifier is the actor ("Taliban representatives" -> the Taliban), unlike
    "the U.S. presidential election"."""
    book = actor_codes.dictionary()
    return any(w in book.sectors or w in book.weak for w in (token.lower_, lemma_of(token)))


def np_span(token: Token) -> tuple[int, int]:
    """Token range of the compact noun phrase headed by ``token`` (modifiers, no clauses)."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "advmod", "case"):
            start = min(start, _phrase_start(child))
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat", "case") and child.i == end:
            end = child.i + 1
        elif child.dep_ == "prep" and child.i == end and child.lower_ in ("in", "from", "throughout"):
            # "rebels in Darfur", "a missionary from Calgary": the place names the group.
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ in PLACE_LABELS and group_noun(token):
                end = pobj.right_edge.i + 1
    return start, end


def _phrase_start(modifier: Token) -> int:
    """Where a modifier's words start in its noun's phrase: its left edge, but after a
    headline's verb the tagger read as a noun in the chain ("Rebels attack army base":
    the object is "army base")."""
    left = modifier.left_edge.i
    if modifier.dep_ != "compound" or left == modifier.i:
        return left
    index = doc_index(modifier.doc)
    deps, pos, tokens = index.column("dep_"), index.column("pos_"), index.tokens
    for i in range(modifier.i, left, -1):
        if deps[i] == "compound" and pos[i] == "NOUN" and headline_noun_verb(tokens[i]):
            return i + 1
    return left


ENTITY_TOKENS_KEY = "_ng_events_entity_tokens"
ENTITY_TOKENS_COMPLETE_KEY = "_ng_events_entity_tokens_complete"


def mark_entity_tokens(doc: Doc) -> None:
    """Remember which tokens lie in an entity mention, so "his Democratic opponent" (a
    mention of Harris) counts as a participant and is not searched for a named modifier."""
    covered: set[int] = set()
    index = doc_index(doc)
    complete = True
    for entity in doc._.ng_entities:
        for mention in entity.mentions:
            found = index.token_range(mention.start, mention.end)
            if found is not None:
                covered.update(range(*found))
            else:
                complete = False
    doc.user_data[ENTITY_TOKENS_KEY] = covered
    doc.user_data[ENTITY_TOKENS_COMPLETE_KEY] = complete


def entity_tokens(doc: Doc) -> set[int] | None:
    """The tokens some entity mention covers, or None when a mention could not be placed
    on tokens (then only the character look-up can tell)."""
    if not doc.user_data.get(ENTITY_TOKENS_COMPLETE_KEY, False):
        return None
    covered = doc.user_data.get(ENTITY_TOKENS_KEY)
    return covered if isinstance(covered, set) else None


def actorish(token: Token) -> bool:
    """A phrase that can name a participant: an entity mention, a name, a personal pronoun
    or a group noun."""
    if token.ent_type_ in ACTOR_LABELS or token.pos_ == "PROPN":
        return True
    if token.i in token.doc.user_data.get(ENTITY_TOKENS_KEY, ()):
        return True
    if token.pos_ == "PRON":
        return token.lower_ not in INANIMATE
    return group_noun(token)


def non_actor(token: Token) -> bool:
    """Dates, numbers and adverbial nouns ("on Thursday", "Monday") are never participants;
    an age used as a noun ("the 24-year-old had been monitoring ...") is a person, though
    the tagger calls it a date."""
    if token.dep_ in ("npadvmod", "tmod"):
        return True
    return token.ent_type_ in NON_ACTOR_LABELS and not age_nominal(token) and not counted_people(token)


def counted_people(token: Token) -> bool:
    """ "Thousands protested in Kell", "tens of thousands took to the streets", "dozens
    were arrested": a plural number heading a participant's phrase with nothing it counts
    (no noun after "of", none it modifies) stands for people, though the tagger calls it
    a number. Not a count of a named thing ("thousands of dollars" is counted through)."""
    if token.lower_ not in PLURAL_NUMBERS:
        return bare_count(token)
    if token.dep_ not in ARGUMENT_DEPS and not (token.dep_ == "nummod" and token.head.dep_ == "ROOT"):
        return False  # a headline's "Thousands rally ..." is read as the noun's count
    counted = [t for _p, t in prep_objects(token, ("of",))]
    return all(t.lower_ in PLURAL_NUMBERS and not any(c.dep_ == "prep" for c in t.children) for t in counted)


def companions(subjects: list[Token]) -> list[Token]:
    """ "Kessa, along with Dessa, ...", "Kessa, together with its allies, ...", "Kessa,
    alongside Dessa, ...": parties a subject's own phrase names as acting with it (a name,
    a body or people, and their conjuncts)."""
    out: list[Token] = []
    for subject in subjects:
        for prep in subject.children:
            if prep.dep_ != "prep":
                continue
            if prep.lower_ == "along":  # "along with X": the "with" hangs on "along"
                prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), prep)
            elif prep.lower_ == "with" and not any(c.lower_ == "together" for c in prep.children):
                continue  # "with its huge army", "with the help of police": means, not a party
            if prep.lower_ not in ("with", "alongside"):
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                out += [t for t in conjuncts(pobj) if actorish(t) or party_noun(t)]
    return out


def planned_act_carrier(verb: Token) -> Token | None:
    """The verb whose object a to-clause tells the plan of: "foiled [a plot] to attack",
    "cancelled plans to sell", or, as the parser may hang the clause, beside the object
    ("had foiled a plot to attack": an xcomp of the verb with a non-party object first)."""
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.lefts):
        return None
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.dep_ in ("dobj", "nsubjpass"):
        carrier = verb.head.head
        return carrier if carrier.pos_ == "VERB" else None
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        plan = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if plan is not None and plan.i < verb.i and not (actorish(plan) or party_noun(plan)):
            return verb.head
    return None


def foiled_plan(verb: Token, *stopping: frozenset[str]) -> bool:
    """ "police foiled a plot to attack the parliament", "thwarted an attempt to bomb the
    embassy", "cancelled plans to sell": a to-clause on (or beside) the object of a verb
    of ``stopping`` (``events_cancelling_verbs.txt`` for the act not happening,
    ``events_foiling_verbs.txt`` for it not being the subject's) tells an act that did
    not happen."""
    carrier = planned_act_carrier(verb)
    if carrier is None or any(c.dep_ == "neg" for c in carrier.children):
        return False  # "did not prevent an attempt to ...": it went ahead
    lemma = lemma_of(carrier)
    phrases = [f"{lemma} {c.lower_}" for c in carrier.children if c.dep_ == "prt"]
    return any(lemma in words or any(p in words for p in phrases) for words in stopping)


def bare_count(token: Token) -> bool:
    """ "gunmen killed five at a wedding", "troops shot dead three", "twelve were
    detained": a cardinal number standing alone as a verb's subject, object or passive
    subject (nothing it counts after "of", no noun of its own, no unit) stands for people.
    A number with a unit or noun ("5 percent", "500 tonnes") heads no such phrase."""
    if token.dep_ not in BARE_COUNT_DEPS or token.head.pos_ != "VERB" or not token.like_num:
        return False
    if token.ent_type_ not in ("CARDINAL", ""):
        return False  # "in 2019", "$500", "5 percent": a date, money or a share
    return not any(c.dep_ not in ("advmod", "quantmod", "punct") for c in token.children)


#: Where a bare count stands for people: a verb's subject, object or passive subject.
BARE_COUNT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def age_nominal(token: Token) -> bool:
    """ "the 52-year-old", "a 19 year old": an age phrase heading a noun phrase of its own."""
    return (
        token.lower_ in AGE_HEADS
        and token.dep_ in ARGUMENT_DEPS
        and any(c.dep_ == "det" for c in token.children)
    )


def participle_host(verb: Token) -> Token | None:
    current = verb
    for _ in range(3):
        if current.dep_ == "acl" and current.tag_ == "VBN":
            return current.head
        if current.dep_ == "conj" and current.head.i != current.i:
            current = current.head
            continue
        return None
    return None


def stranded_subject(verb: Token) -> list[Token]:
    """ "With the signing of the memorandum, the government and the rebels have agreed
    ...": a finite main verb with no subject, whose subject the parser joined to a noun
    of an opening phrase, takes the noun phrase right before it (its auxiliaries and
    adverbs aside), with that phrase's conjuncts."""
    if verb.dep_ not in ("ROOT", "ccomp") or (verb.tag_ not in FINITE_TAGS and not _perfect(verb)):
        return []
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].head.i == verb.i and doc[i].dep_ in ("aux", "neg", "advmod"):
        i -= 1
    if i < 0:
        return []
    token = doc[i]
    if token.pos_ not in ("NOUN", "PROPN") or token.head.i == verb.i:
        return []
    if token.dep_ == "pobj" and token.head.head.i == verb.i:
        return []  # "at the UN climate summit agreed": a phrase of the verb's own, no subject
    # climb to the first conjunct of the stranded phrase, not past a comma
    while token.dep_ == "conj" and not any(t.lower_ == "," for t in doc[token.head.i + 1 : token.i]):
        token = token.head
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    if token.i >= verb.i:
        return []
    return conjuncts(token)


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.lefts)


def agent_sectors(noun: Token) -> frozenset[str]:
    """The CAMEO sectors of a common noun by the agents dictionary, read with the
    modifier right before it first ("foreign ministers", then "ministers"): whom a noun
    names by office ("GOV", "MIL", "LEG" ...). Empty when the dictionary has no entry."""
    agents = get_cameo_actors()
    modifier = next((c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.i == noun.i - 1), None)
    agent = agents.agent(f"{modifier.lower_} {noun.lower_}") if modifier is not None else None
    agent = agent or agents.agent(noun.lower_) or agents.agent(lemma_of(noun))
    return frozenset(split_code("XXX" + agent.code)[1]) if agent is not None else frozenset()


#: Entity types whose capitalised words inside the name are no act of the clause.
_TITLED_NAME_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})


def word_of_a_name(token: Token) -> bool:
    """ "the Committee to Protect Journalists", "the Campaign to Stop Killer Robots": a
    capitalised verb inside (not opening) a tagged name is a word of the name, no act."""
    return token.ent_iob_ == "I" and token.is_title and token.ent_type_ in _TITLED_NAME_LABELS


#: Prepositions that name an addressee or a setting; any other word of a phrase that the
#: parser hangs on the verb as a preposition is its particle ("stood behind", "voted down").
NOT_PARTICLES = TARGET_PREPS | {"for", "from", "by", "of", "in", "about", "under"}


def particle_object(verb: Token, phrase: tuple[str, ...]) -> Token | None:
    """ "stood firmly behind the government", "voted down the government's budget": the
    particle of a phrasal verb read as a preposition; what follows it is the object, or
    what its "of" phrase names ("pulled out of the town", "backed out of the accord")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in phrase and child.lower_ not in NOT_PARTICLES:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
            for _p, pobj in prep_objects(child, ("of",)):
                return pobj
    return None
