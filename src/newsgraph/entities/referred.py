"""Step 1b of the entities stage: person names the tagger missed or mislabelled, found
because "he" or "she" refers back to them.

The small English model leaves many rare surnames untagged ("Quillfeather grew up
..."; a biography's subject named a hundred times) or tags them as an organisation,
place or nationality ("Brannagh was elected" as GPE). No pronoun step can reach a
referent that is not an entity, so a biography's every "he" then goes to the wrong
person. A reader knows such a word is a person's name from how the text goes on:
the name is the subject (or possessor) of a clause and the next personal pronoun
after it, with no other name in between, is he/she/his/her. This step asks for that
twice, with two different pronouns, for the same capitalised proper noun, and for
the name to be written at least once where capitals are not owed to the sentence
start. It then adds the untagged occurrences as PERSON name mentions and relabels
the tagged ones whose label was no person.

What a name is said to do or be counts too (issue 10, session 12): the subject of a
verb only people do ("Velde confessed", "was born", ``entities_person_verbs.txt``), of
a copula before a person's role or a kinship noun ("Pavlik was a professor"), the
name a person's role stands in apposition to ("Orr, a retired teacher") and the
owner of a kinship noun ("Velde's husband"). Each such occurrence is one piece of
evidence, and so is each pronoun; two pieces make the name a person, so one he/she
after a name that was born, confessed or taught is enough ("Tinsdale confessed to
the theft, which she later retracted"), while a lone pronoun after a name is not.

A he/she that no person within its reach can mean (issue 10, session 16) is a third
way: the pronoun rules ask ``lone_mistyped_person`` for the one name there shaped like
a person's that the tagger typed otherwise, and link it, which makes it a person.

A one-word name written once that the tagger typed no person needs only the one he/she
that continues it (issue 10, session 21, ``_once_person``): the tagger's label already
says it is a name, and without it the pronoun had only the person named before to go to.

Words that are something else in this article are never names here: a word the
article also writes in lower case, titles and honorifics, organisation and place
nouns, country names and demonyms, and names of known organisations.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Token

from newsgraph.constants import PERSONAL_PRONOUNS
from newsgraph.entities import lexicon, person_names
from newsgraph.entities.mentions import is_title_word
from newsgraph.entities.name_words import person_noun
from newsgraph.entities.referred_gender import clear_gender
from newsgraph.entities.state import EntityState, MentionDraft

#: Pronouns of a thing or group: the first one after a name is evidence against a person.
_NON_PERSONAL = frozenset({"it", "its", "itself", "they", "them", "their", "theirs", "themselves"})
#: Relations of a name occurrence whose topic a following he/she continues: the subject
#: (a pronoun after an object or a place in a prepositional phrase is usually the
#: subject's: "Norton settled in San Francisco, where he ...").
_NAME_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
#: Relations of the pronoun: a subject or possessor continues the topic; an object
#: pronoun usually is someone else ("Pirates made him ...").
_PRONOUN_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
#: Labels of a tagged name that may be a person the tagger got wrong.
_RELABEL = frozenset(
    {"ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"}
)
#: Labels of a place: a place name between a name and a pronoun does not take the pronoun.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels a one-word name met once keeps even with a he/she after it: a people or
#: party ("Democrats"), a continent, region or body of water ("Europe").
_SINGLE_NO_PERSON = frozenset({"NORP", "LOC"})
#: Labels of a tagged name the learned decision (``person_names``) may make a person.
_LEARNED_LABELS = frozenset({"ORG", "GPE"})
#: Punctuation an untagged name in running text may stand beside.
_RUNNING_PUNCT = frozenset({",", "."})
#: Punctuation inside a name ("Okonkwo-Ellis", "O'Hara").
_JOINERS = frozenset({"-", "'", "’"})
#: Longest untagged run of proper nouns taken as one name.
_MAX_RUN = 3
#: Distinct he/she pronouns that must refer back to the name; each person predicate
#: ("was born", "was a teacher") counts as one of them.
MIN_PRONOUNS = 2
#: Kinship nouns in a person-only sense: their owner is a person ("Velde's husband");
#: "man"/"woman"/"boy"/"girl" are left out ("Chelsea's women" is a team).
_NON_KIN = frozenset({"man", "woman", "boy", "girl"})


@dataclass
class _Name:
    """Every occurrence of one name key, and the pronouns seen after it."""

    untagged: list[tuple[int, int]] = field(default_factory=list)
    tagged: list[MentionDraft] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    personal: set[int] = field(default_factory=set)
    other: set[int] = field(default_factory=set)
    #: name occurrences said to do what only people do, or to be a person ("was a teacher")
    predicated: set[int] = field(default_factory=set)
    inside_sentence: bool = False
    always_inside: bool = False  # no occurrence opens its sentence
    city: bool = False  # a city of a million people by its name ("Kyiv"): never by one predicate


def referred_persons(state: EntityState) -> None:
    """Add or relabel as PERSON every name that he/she refers back to (see the module doc)."""
    names = _occurrences(state)
    if not names:
        return
    starts = _sentence_openers(state)
    occupied = {i for key in names for span in names[key].untagged for i in range(*span)}
    for key, found in names.items():
        for head in found.heads:
            if _person_predicate(state, state.tokens[head]):
                found.predicated.add(head)
        # every name's pronouns are walked: the hand rules below still ask a name met once
        # for a predicate (most names in news), the learned decision weighs them all
        for head in found.heads:
            _pronoun_after(state, head, key, occupied, found)
        found.inside_sentence = any(h not in starts for h in found.heads)
        found.always_inside = all(h not in starts for h in found.heads)
        found.city = lexicon.major_city_country(key) is not None
    for key, found in names.items():
        if not _rule_person(state, found) and not _learned_person(state, key, found):
            continue
        gender = clear_gender(state, found.personal - _reporters_pronouns(state, key, found, occupied))
        for mention in found.tagged:
            mention.label = "PERSON"
            if gender is not None:
                state.referred_gender[mention.start] = gender
        for start, end in found.untagged:
            state.add_mention(MentionDraft(start, end, "name", "PERSON", head=end - 1))
            if gender is not None:
                state.referred_gender[start] = gender


def _reporters_pronouns(state: EntityState, key: str, found: _Name, occupied: set[int]) -> set[int]:
    """The he/she pronouns after the occurrences of a name that is the subject of a clause
    someone named reports ("Le Pen told reporters that Barnier had ... and that her party
    ..."): they may be the reporter's, so they say nothing of the name's gender."""
    pronouns: set[int] = set()
    for head in found.heads:
        if _reported_by_a_person(state, state.tokens[head], by_name=True):
            after = _Name()
            _pronoun_after(state, head, key, occupied, after)
            pronouns |= after.personal
    return pronouns


def _rule_person(state: EntityState, found: _Name) -> bool:
    """The hand rules: two pieces of evidence (he/she pronouns, person predicates), or one
    where ``_once_person``, ``_said_of_a_person`` or ``_topic_person`` allow it."""
    evidence = len(found.personal) + len(found.predicated)
    if found.other and len(found.other) >= len(found.personal):
        return False
    subjects = [state.tokens[h] for h in found.heads if state.tokens[h].dep_ in ("nsubj", "nsubjpass")]
    if not found.predicated and subjects and all(_reported_by_a_person(state, t) for t in subjects):
        return False  # the name is a subject only where a person reports on it
    single = _once_person(state, found)
    weak = evidence < MIN_PRONOUNS and not single
    if weak and not _said_of_a_person(found) and not _topic_person(state, found):
        return False
    if len(found.heads) < MIN_PRONOUNS and not found.predicated and not single:
        return False  # pronouns after a name met once may be anyone's ("Customs checks what a scientist ...")
    # always sentence-initial: the capital may be the sentence's
    return bool(found.inside_sentence or found.predicated or evidence > MIN_PRONOUNS or single)


def _learned_person(state: EntityState, key: str, found: _Name) -> bool:
    """The learned decision (``person_names``) for a one- or two-word name the hand rules
    leave alone."""
    words = key.split()
    if len(words) > 2:
        return False
    first = found.tagged[0] if found.tagged else None
    span = (first.end - first.start) if first is not None else found.untagged[0][1] - found.untagged[0][0]
    last = words[-1]
    heads = found.heads
    facts = person_names.NameFacts(
        heads=heads,
        labels=[m.label for m in found.tagged] + [None] * len(found.untagged),
        tokens=span,
        two_words=len(words) == 2,
        inside_sentence=found.inside_sentence,
        he_she=len(found.personal),
        it_they=len(found.other),
        predicated=len(found.predicated),
        owns_person_noun=any(
            state.tokens[h].dep_ == "poss" and person_noun(state, state.tokens[h].head) for h in heads
        ),
        modifies_a_noun=_modifies_a_noun(state, last),
        party_or_demonym=(
            key in lexicon.party_words()
            or lexicon.party_alias(key) is not None
            or lexicon.demonym_place(last) is not None
        ),
        person_name_ends_in_it=_person_surname(state, last),
        candidate=_learned_candidate(state, found, words),
    )
    return person_names.is_person(state, facts)


def _learned_candidate(state: EntityState, found: _Name, words: list[str]) -> bool:
    """The names the learned decision is asked about, by category: one or two words; an
    untagged one-word name only in running text (``_bare_word_name``: an untagged
    capitalised word is too often a title's, a song's or a sentence's first word); an
    untagged two-word name only after a listed given name; typed ORG or GPE only (a
    people, region, work or product is no person's name the tagger mistook); never
    plural, brand-shaped, shaped as a thing or a body (``_thing_or_body_shaped``),
    continued by it/they, a big city, the subject of a verb whose object is a person
    noun (``_person_object``) or the owner of one ("Veltrax's founder said he"), as the
    rules ask, or a word ``_other_than_a_person`` rules
    out (a party, demonym, known place, modifier of a noun). A name the tagger typed ORG
    wherever it is written is no place by the tagger's word, so the place list (towns
    share many surnames: "Rivera", "Carney") is left to the model's ``known_place``."""
    if len(words) > 2 or found.other or found.city:
        return False
    if not found.tagged and len(words) == 2 and words[0] not in lexicon.first_name_genders():
        return False
    if not found.tagged and len(words) == 1 and not _bare_word_name(state, found):
        return False
    if any(m.label not in _LEARNED_LABELS for m in found.tagged):
        return False
    typed_org = bool(found.tagged) and not found.untagged and all(m.label == "ORG" for m in found.tagged)
    if _other_than_a_person(state, found, words[-1], place_list=not typed_org):
        return False
    for h in found.heads:
        tok = state.tokens[h]
        if tok.tag_ == "NNPS" or _brand_shaped(tok.text) or _thing_or_body_shaped(state, tok):
            return False
        if _person_object(state, tok):
            return False  # "Halvorsen hired a new director. … she toured": maybe the director
        if tok.dep_ == "poss" and person_noun(state, tok.head):
            return False  # "Veltrax's founder said he …": he is the founder
    return True


def _bare_word_name(state: EntityState, found: _Name) -> bool:
    """An untagged one-word name set in running text: opening its sentence only as the
    subject of the verb right after it (``_opening_subject``), never beside another
    capitalised word, a number, a title or honorific ("A User's Guide", "Formula 1",
    "Miss Housekeeping"), or punctuation other than a comma or full stop (a caption's
    "Shame:", "(now Grant)", "God-given", a quotation)."""
    tokens = state.tokens
    if not found.always_inside and not all(_opening_subject(state, h) for h in found.heads):
        return False
    for h in found.heads:
        for k in (h - 1, h + 1):
            if k < state.first or k >= len(tokens):
                continue
            near = tokens[k]
            if near.is_punct and near.text not in _RUNNING_PUNCT:
                return False  # "Shame: Rose ...", "(now Grant)", "God-given", a quotation
            if not near.is_punct and (near.text[:1].isupper() or near.like_num or is_title_word(state, near)):
                return False
    return True


def _opening_subject(state: EntityState, h: int) -> bool:
    """A word that opens its sentence as the subject of the verb right after it ("Collins
    performed ..."); not "Immigration, his signature issue, ..." nor "Wait 1 second"."""
    tok = state.tokens[h]
    if h + 1 >= len(state.tokens) or tok.dep_ != "nsubj" or tok.tag_ != "NNP":
        return False
    after = state.tokens[h + 1]
    return after.head.i == tok.head.i and after.pos_ in ("VERB", "AUX") and after.text.islower()


def _thing_or_body_shaped(state: EntityState, tok: Token) -> bool:
    """An occurrence a person's name does not have: after an article or an owner ("the
    Acme", "his Haas"), the owner of a named person or place ("Ferrari's Kimi Raikkonen",
    "Hebei's Baoding city"), or a conjunct of a body, people or place ("Typhoo and
    Unilever"), or set beside a plural noun ("Latino, black and Asian voters")."""
    for child in tok.children:
        if child.dep_ in ("det", "poss"):
            return True
        if child.dep_ == "conj" and not _person_word(state, child):
            return True
        if child.dep_ == "appos" and child.tag_ == "NNS":
            return True  # "Latino, black and Asian voters": a people
    if tok.dep_ == "conj" and not _person_word(state, tok.head):
        return True
    if tok.dep_ == "poss":
        owned = state.token_mention.get(tok.head.i)
        if owned is not None and owned.kind == "name":
            return True
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.head.children):
            return True
        if tok.head.lemma_.lower() in lexicon.org_nouns():
            return True
    return False


def _person_word(state: EntityState, tok: Token) -> bool:
    """A conjunct that may be a person's name: a PERSON name, or a capitalised word of no mention."""
    mention = state.token_mention.get(tok.i)
    if mention is not None:
        return mention.kind == "name" and mention.label == "PERSON"
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()


def _mistyped_person(state: EntityState, m: MentionDraft, cluster: int) -> bool:
    """Whether a he/she that no person within reach can mean may mean the name ``m``,
    typed no person by the tagger (issue 10: "Halvorsen joined the orchestra in 1931.
    Two years later she toured ..." with "Halvorsen" as ORG). Only a name shaped like a person's, as
    ``_name_like`` reads it (no organisation, title or place word, no country, no word
    the article writes in lower case, no known organisation), that is no town or city
    either, written without an article, the subject or possessor of its clause (the
    topic a he/she continues; not the owner of a person noun: "Veltrax's founder"), in a
    cluster no it/its/they has been linked to."""
    if m.kind != "name" or m.label not in _RELABEL or not _name_like(state, m.start, m.end):
        return False
    head = state.tokens[m.head if m.head >= 0 else m.end - 1]
    if head.dep_ not in _NAME_DEPS or (head.dep_ == "poss" and person_noun(state, head.head)):
        return False
    if any(child.dep_ == "det" for child in head.children):
        return False
    if lexicon.known_place(state.span_text(m.start, m.end)):
        return False
    return not any(
        other.kind == "pronoun" and state.tokens[other.start].lower_ in _NON_PERSONAL
        for other in state.clusters[cluster].mentions
    )


def lone_mistyped_person(
    state: EntityState,
    pron: Token,
    candidates: list[MentionDraft],
    agrees: Callable[[MentionDraft, int], bool],
) -> MentionDraft | None:
    """The name a he/she goes to when no person within reach can be meant: the one name
    there that ``_mistyped_person`` allows and ``agrees`` (the pronoun rules' gender and
    binding checks, the cluster taken for a person) accepts, when there is exactly one
    and no noun for a person ("the minister") stands between the sentence that first
    names it and the pronoun. Its link then makes the cluster a person, and the resolver
    still judges it; two such names leave the pronoun unresolved."""
    found: dict[int, MentionDraft] = {}
    first = pron.i
    for m in candidates:
        if m.cluster < 0 or m.start >= pron.i:
            continue
        cluster = state.find(m.cluster)
        if _mistyped_person(state, m, cluster) and agrees(m, cluster):
            found[cluster] = m  # its latest such mention
            first = min(first, m.start)
    if len(found) != 1:
        return None
    pos = state.index.column("pos_")
    for i in range(state.sent_starts[state.sent_of[first]], pron.i):
        if pos[i] == "NOUN" and person_noun(state, state.tokens[i]):
            return None  # "Okonkwo-Ellis met the minister. Okonkwo-Ellis said she ...": maybe the minister
    return next(iter(found.values()))


def _said_of_a_person(found: _Name) -> bool:
    """One person predicate is enough when no pronoun says otherwise and no occurrence
    is a known big city ("Tarrow was born in 1921. She studied ..."): ``_name_like``
    has already ruled out countries, organisations and place words."""
    return bool(found.predicated) and not found.other and not found.city


def _topic_person(state: EntityState, found: _Name) -> bool:
    """One he/she is enough for a name the text makes its topic (issue 10, session 20b):
    written at least twice, once inside a sentence, the he/she continuing it as the
    subject or possessor of a clause (``_pronoun_after``), and never an it/they after it
    ("Quillan joined the club in 1990. Critics praised Quillan's debut ... he scored").
    Never a known place ("Florida"), a party's word or name or a demonym, a word written
    somewhere as another noun's modifier ("Breitbart News", "a Republican senator", "the
    Acme campaign"), a word tagged NORP that is plural or no PERSON name's last word
    ("Democrats"; "Joe Stecher ... Stecher" may be a person), nor a name whose verb has
    a person noun as its object ("Okonkwo-Ellis met the minister": the she may be hers)."""
    if found.other or found.city or len(found.personal) != 1 or not found.inside_sentence:
        return False
    if len(found.heads) < 2:
        return False
    key = state.tokens[found.heads[0]].lower_
    if _other_than_a_person(state, found, key):
        return False
    norp = any(m.label == "NORP" for m in found.tagged)
    if norp and (key.endswith("s") or not _person_surname(state, key)):
        return False
    # "Okonkwo-Ellis met the minister. Okonkwo-Ellis said she ...": the person the name
    # met, as the object of its verb, may be the one the pronoun means
    return not any(_person_object(state, state.tokens[h]) for h in found.heads)


def _reported_by_a_person(state: EntityState, name: Token, by_name: bool = False) -> bool:
    """ "The official said Tessaly had offered a raise. He accused ...": a name that is
    the subject of a clause a person reports may be no topic of its own; the he/she after
    it may continue the one reporting. ``by_name``: any proper noun reporting counts (a
    name the tagger missed, "Marine Le Pen told reporters that Barnier had ...")."""
    if name.dep_ not in ("nsubj", "nsubjpass") or name.head.dep_ != "ccomp":
        return False
    return any(
        c.dep_ == "nsubj"
        and (c.ent_type_ == "PERSON" or person_noun(state, c) or (by_name and c.pos_ == "PROPN"))
        for c in name.head.head.children
    )


def _other_than_a_person(state: EntityState, found: _Name, key: str, place_list: bool = True) -> bool:
    """What one he/she does not outweigh: a party's word or name or a demonym, a known
    place ("Florida", "Iowa": a place the text goes on about), a word written somewhere
    as another noun's modifier ("Breitbart News", "the Acme campaign": a body's or
    people's name)."""
    if key in lexicon.party_words() or lexicon.party_alias(key) is not None:
        return True
    if lexicon.demonym_place(key) is not None:
        return True
    if place_list and lexicon.known_place(state.span_text(found.heads[0], found.heads[0] + 1)):
        return True
    return _modifies_a_noun(state, key)


def _once_typed(found: _Name) -> bool:
    """A one-word name written once, which the tagger typed (no person): its he/she
    pronouns are walked (``_pronoun_after``) for ``_once_person``."""
    if len(found.heads) != 1 or len(found.tagged) != 1:
        return False
    m = found.tagged[0]
    return m.end - m.start == 1


def _once_person(state: EntityState, found: _Name) -> bool:
    """One he/she is enough for a one-word name written once that the tagger typed no
    person (issue 10, session 21): "Omar Hale trained the squad. … Tregaron said his
    players …" with "Tregaron" typed ORG, so the "his" has Tregaron to go to, not only the
    person named before. The he/she continues it as the subject or possessor of a clause,
    with no other name between (``_pronoun_after``), and no it/they does. The tagger's
    label is some evidence that it is a name, so a sentence's first word may be one. The
    guards of ``_topic_person`` hold (no known place, party, demonym, modifier of a noun,
    person noun as its verb's object), and more, each from a wrong case: never typed NORP
    or LOC ("Europe is united … She said"), no plural proper noun, no article ("the
    World's Bottom"), no conjunct in lower case ("Interethnic, interclan and
    intertribal conflicts …"), no capital inside the word unless after a surname's
    prefix (``_brand_shaped``: "after ZentraFeed reported that he …" is a news site's
    name; "McAllister" may be a person's). An untagged word written once is left out:
    book and song titles ("How Eunice Got Her Baby", "Girlfriend") and a first name split
    from its surname were made persons in a first version."""
    if not _once_typed(found):
        return False
    if found.other or found.city or len(found.personal) != 1:
        return False
    if _other_than_a_person(state, found, state.tokens[found.heads[0]].lower_):
        return False
    if found.tagged[0].label in _SINGLE_NO_PERSON:
        return False
    head = state.tokens[found.heads[0]]
    if head.tag_ == "NNPS" or any(child.dep_ == "det" for child in head.children):
        return False
    if any(child.dep_ == "conj" and child.text[:1].islower() for child in head.children):
        return False
    if _brand_shaped(head.text):
        return False
    return not any(_person_object(state, state.tokens[h]) for h in found.heads)


def _brand_shaped(word: str) -> bool:
    """A capital inside the word after a beginning no surname has ("ZentraFeed"; not
    "McAllister", "DeWitt": ``entities_surname_prefixes.txt``)."""
    inner = next((i for i in range(1, len(word)) if word[i].isupper()), None)
    return inner is not None and word[:inner].lower() not in lexicon.surname_prefixes()


def _modifies_a_noun(state: EntityState, lower: str) -> bool:
    """Whether the word is written somewhere as the modifier of another noun ("a Republican
    senator", "Breitbart News", "the Acme campaign"): a people's adjective or a body's
    name, or a person's name used as one; either way one he/she does not settle it."""
    for i in state.index.positions("lower_", lower):  # the word's tokens, not every token
        if i < state.first:
            continue
        tok = state.tokens[i]
        if tok.dep_ not in ("amod", "compound") or tok.head.i < i:
            continue
        head_pos = tok.head.pos_
        if head_pos == "NOUN" or (head_pos == "PROPN" and not _same_name(state, tok, tok.head)):
            return True
    return False


def _same_name(state: EntityState, tok: Token, head: Token) -> bool:
    """Whether two tokens are in the same person's name ("Mark" in "Mark Quillan"; not
    "Breitbart" in "Breitbart News", tagged ORG)."""
    mention = state.token_mention.get(tok.i)
    return mention is not None and mention is state.token_mention.get(head.i) and mention.label == "PERSON"


def _person_surname(state: EntityState, lower: str) -> bool:
    """Whether a name tagged PERSON in the text ends in the word ("Joe Stecher")."""
    lowers = state.index.column("lower_")
    return any(
        m.kind == "name" and m.label == "PERSON" and lowers[m.end - 1] == lower for m in state.mentions
    )


def _person_object(state: EntityState, name: Token) -> bool:
    """Whether the verb ``name`` is the subject of has a person noun as its object."""
    if name.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(
        child.dep_ in ("dobj", "dative") and child.pos_ == "NOUN" and person_noun(state, child)
        for child in name.head.children
    )


def _occurrences(state: EntityState) -> dict[str, _Name]:
    """Name keys with their untagged runs and their tagged single names not labelled PERSON."""
    tokens = state.tokens
    names: dict[str, _Name] = defaultdict(_Name)
    for mention in state.mentions:
        if (
            mention.kind == "name"
            and mention.label in _RELABEL
            and _name_like(state, mention.start, mention.end)
        ):
            key = state.span_text(mention.start, mention.end).lower()
            names[key].tagged.append(mention)
            names[key].heads.append(mention.head if mention.head >= 0 else mention.end - 1)
    i, n = state.first, len(tokens)
    pos = state.index.column("pos_")
    while i < n:
        if pos[i] != "PROPN" or not _free_word(state, tokens[i]):  # the column first
            i += 1
            continue
        k = i + 1
        while k < n and k - i < _MAX_RUN and _free_word(state, tokens[k]):
            k += 1
        if _name_like(state, i, k):
            key = state.span_text(i, k).lower()
            names[key].untagged.append((i, k))
            names[key].heads.append(k - 1)
        i = k
    return names


def _free_word(state: EntityState, tok: Token) -> bool:
    """An untagged capitalised proper noun in no mention yet, not a title or greeting,
    and not in page furniture (a caption or credit never names a person)."""
    return (
        tok.pos_ == "PROPN"
        and not state.index.is_excluded(tok.idx, tok.idx + len(tok))
        and tok.ent_iob_ == "O"
        and tok.is_alpha
        and tok.is_title
        and tok.i not in state.token_mention
        and not is_title_word(state, tok)
        and tok.lower_ not in state.words.greetings
    )


def _name_like(state: EntityState, start: int, end: int) -> bool:
    """Capitalised words that are no common word, title, organisation or place word here."""
    lower = state.lower_words()
    words = state.words
    text = state.span_text(start, end)
    if lexicon.country_name(text) is not None or text.lower() in lexicon.known_organisations():
        return False
    for tok in state.tokens[start:end]:
        if tok.text in _JOINERS and start < tok.i < end - 1:
            continue  # "Okonkwo-Ellis"
        if not (tok.is_alpha and tok.text[:1].isupper()) or tok.text.isupper():
            return False
        low = tok.lower_
        if (
            tok.text.lower() in lower
            or is_title_word(state, tok)
            or low in lexicon.org_nouns()
            or low in words.org_name_heads
            or low in words.facility_heads
            or low in words.publication_heads
            or lexicon.demonym_place(low) is not None
        ):
            return False
    return True


def _sentence_openers(state: EntityState) -> set[int]:
    """Tokens whose capital the sentence start explains (after any opening punctuation)."""
    openers: set[int] = set()
    tokens = state.tokens
    for start in state.sent_starts:
        i = start
        while i < len(tokens) and (tokens[i].is_punct or tokens[i].is_space):
            i += 1
        openers.add(i)
    return openers


def _pronoun_after(state: EntityState, head: int, key: str, occupied: set[int], found: _Name) -> None:
    """Record the subject and possessive pronouns after the name at ``head``, in its
    sentence and the next, up to the next other name (from there they may be its)."""
    tokens = state.tokens
    name = tokens[head]
    if name.dep_ not in _NAME_DEPS or (name.dep_ == "poss" and person_noun(state, name.head)):
        return  # "Acme's founder said he": he is the founder
    sentence = state.sent_of[head]
    limit = state.sent_starts[sentence + 2] if sentence + 2 < len(state.sent_starts) else len(tokens)
    i = head + 1
    while i < limit:
        tok = tokens[i]
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.text[:1].isupper()):
            mention = state.token_mention.get(i)
            same = i in occupied or (
                mention is not None and state.span_text(mention.start, mention.end).lower() == key
            )
            if not same and tok.lower_ not in key.split() and not _no_person(state, mention):
                return  # another name: the pronouns from here on may be its
        if tok.dep_ in _PRONOUN_DEPS:
            if tok.lower_ in PERSONAL_PRONOUNS:
                found.personal.add(i)
            elif tok.lower_ in _NON_PERSONAL:
                found.other.add(i)
        i += 1


def _person_predicate(state: EntityState, name: Token) -> bool:
    """Whether the name at ``name`` is said to do what only people do or to be a person:
    the subject of a person-only verb ("Velde confessed", "Orr was born"), the subject of
    a copula before a person's role or kinship noun ("Pavlik was a professor"), a name a
    person's role stands in apposition to ("Orr, a retired teacher"), or the owner of a
    kinship noun ("Velde's husband"). Roles an organisation may hold too ("member",
    "leader") do not count."""
    verb = name.head
    words = state.words
    if any(child.dep_ == "det" for child in name.children):
        return False  # "the Kremlin wept": a person's name takes no article
    if name.dep_ == "poss":
        return verb.tag_ == "NN" and _kin_noun(state, verb)
    if any(_set_off_apposition(state, child) and _person_role(state, child) for child in name.children):
        return True
    if name.dep_ == "nsubjpass":
        return verb.lemma_.lower() == "bear"
    if name.dep_ != "nsubj" or verb.i == name.i:
        return False
    lemma = verb.lemma_.lower()
    if lemma in words.person_verbs and lemma != "bear":
        return True
    if lemma in words.copulas:
        return any(child.dep_ == "attr" and _person_role(state, child) for child in verb.children)
    return False


def _set_off_apposition(state: EntityState, child: Token) -> bool:
    """An apposition set off by a comma ("Orr, a retired teacher"): the parser also reads a
    caption's run of words as one ("AP:Associated Press 9 Democratic presidential
    candidate Hillary ..."), which is no description of the credit."""
    edge = child.left_edge.i
    return child.dep_ == "appos" and edge > 0 and state.tokens[edge - 1].text == ","


def _kin_noun(state: EntityState, tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in state.words.kin_titles or (lemma in state.words.person_nouns and lemma not in _NON_KIN)


def _person_role(state: EntityState, tok: Token) -> bool:
    """A singular noun for what only a person is: a role no organisation holds, or kinship."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return False
    lemma = tok.lemma_.lower()
    if lemma in lexicon.roles_shared_with_organisations():
        return False
    return lemma in lexicon.person_roles() or _kin_noun(state, tok)


def _no_person(state: EntityState, mention: MentionDraft | None) -> bool:
    """A tagged place no he/she can mean by its words ("Texas", "Orchestra Hall"), so a
    pronoun after it still continues the name before it ("Pavlik was born in Texas. He
    ..."). Organisations still stop the search: a team or company may be a person's name
    the tagger got wrong, and its pronouns may be that person's."""
    if mention is None or mention.kind != "name" or mention.label not in _PLACE_LABELS:
        return False
    return not _name_like(state, mention.start, mention.end)
