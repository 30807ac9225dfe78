"""Step 2 of the entities stage: cluster the named mentions by string rules.

Names join an earlier cluster when they have the same normalised key (case, dots,
apostrophes ignored; every way of writing a country is one key), are the acronym of
an earlier name or its expansion, the surname, given name or tail of an earlier
person name, that name misspelt by one letter, or a capitalised organisation noun that
ends exactly one earlier organisation's name ("Agency" after "the Northland Environment
Agency"). Then proper nouns the tagger
missed that repeat a known name ("Sorvik, however, ...") are added as mentions
(``untagged_repeats``). The type of each cluster is decided later from all its
mentions, not here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from spacy.tokens import Token

from newsgraph.constants import TITLE_SMALL_WORDS
from newsgraph.entities import lexicon, mentions, name_words
from newsgraph.entities.state import EntityState, MentionDraft

#: Words left out of an acronym ("North Atlantic Treaty Organization" -> "nato").
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for"})
#: A name written as dotted initials ("U.N.", "U.S", "E.U."): letters each followed by a stop.
INITIALISM = re.compile(r"^(?:[A-Za-z]\.){1,}[A-Za-z]\.?$")


@dataclass
class NameIndex:
    """The clusters found so far, by the keys a later name may match."""

    by_key: dict[str, int] = field(default_factory=dict)  # normalised name -> cluster
    by_surname: dict[str, list[int]] = field(default_factory=dict)  # last word of a person name
    by_first: dict[str, list[int]] = field(default_factory=dict)  # first word of a person name
    by_acronym: dict[str, int] = field(default_factory=dict)
    by_org_head: dict[str, list[int]] = field(default_factory=dict)  # last word of an organisation's name
    #: the last two or more words of a longer organisation's name ("General Assembly" of
    #: "United Nations General Assembly")
    by_org_tail: dict[str, list[int]] = field(default_factory=dict)


def cluster_names(state: EntityState) -> None:
    """Give every name mention a cluster, in text order, then add untagged repeats."""
    index = NameIndex()
    for mention in [m for m in state.mentions if m.kind == "name"]:
        words = [_fold(w) for w in state.name_words(mention)]
        if not words:
            state.new_cluster(mention)
            continue
        key = " ".join(words)
        if mention.label in {"PERSON", "ORG"} and _place_tagged_as_person(state, index, mention, words):
            mention.label = "GPE"
        if mention.label in _BODY_NAME_MISTYPES and len(words) == 1 and words[0] in state.body_names:
            mention.label = "ORG"  # "Chega" tagged PERSON in a text that writes "the Chega party"
        if mention.label in {"GPE", "LOC", "ORG", "FAC"}:
            country = lexicon.country_name(state.span_text(mention.start, mention.end))
            if country is not None:
                key = f"country:{country.lower()}"
                mention.label = "GPE"
        party = lexicon.party_alias(key) if mention.label in {"ORG", "NORP"} else None
        if party is not None:
            key = f"party:{party.lower()}"  # "the GOP", "Republicans": the Republican Party
        target = _earlier_cluster(state, index, mention, words, key)
        if target is None:
            cluster = state.new_cluster(mention)
        else:
            cluster = state.find(target)
            state.attach(mention, cluster)
        _register(state, index, mention, words, key, cluster)
        if party is not None:
            index.by_key.setdefault(" ".join(words), cluster)  # "a Republican" still finds "Republicans"
    untagged_repeats(state, index)
    _places_by_their_noun(state)
    _short_company_names(state)


def _places_by_their_noun(state: EntityState) -> None:
    """ "the village of Aitaroun ... a resident of Aitaroun": a name the text once calls a
    town or village (``mentions.of_a_place_noun``) is that place where the tagger calls
    it a person elsewhere, unless a he/she, gender or title says the cluster is a person."""
    for c in state.clusters:
        if c.merged_into >= 0 or c.person_cue or c.gender is not None or c.votes:
            continue
        names = [m for m in c.mentions if m.kind == "name"]
        kind = next((k for m in names if (k := mentions.of_a_place_noun(state, m.start))), None)
        if kind is None:
            continue
        for m in names:
            if m.label in {"PERSON", "ORG"}:
                m.label = kind


def _short_company_names(state: EntityState) -> None:
    """ "Aurelia agrees to buy rival ... Aurelia Foods said ... Aurelia chief executive":
    a one-word name that is the first word of a company's name in the text (the name ends
    in a company suffix or trade word, ``entities_company_suffixes.txt``) is that company,
    whatever the tagger called it, and wherever it came first. Not a place a reader could
    mean ("Jordan", "Washington"), a given name, nor a cluster a he/she or title makes a
    person. A club's name does the same ("Fenwick United ... Fenwick have won five in a
    row", ``entities_club_suffixes.txt``), and so does a club's last word when one club
    alone ends in it ("Manchester United ... United took the lead")."""
    lowers = state.index.column("lower_")
    clubs = state.words.club_suffixes
    suffixes = state.words.company_suffixes | clubs
    companies: dict[str, int] = {}
    last_words: dict[str, set[int]] = {}
    for i, c in enumerate(state.clusters):
        if c.merged_into >= 0 or state.is_person(i):
            continue
        for m in c.mentions:
            if m.kind == "name" and m.end - m.start == 2 and lowers[m.end - 1].rstrip(".") in suffixes:
                companies.setdefault(lowers[m.start], i)
                if lowers[m.end - 1] in clubs:
                    last_words.setdefault(lowers[m.end - 1], set()).add(i)
    companies.update((word, found.pop()) for word, found in last_words.items() if len(found) == 1)
    if not companies:
        return
    for i, c in enumerate(state.clusters):
        if c.merged_into >= 0 or c.person_cue or c.gender is not None or c.votes:
            continue
        names = [m for m in c.mentions if m.kind == "name"]
        if not names or any(m.end - m.start != 1 for m in names):
            continue
        word = lowers[names[0].start]
        target = companies.get(word)
        if target is None or state.find(target) == i or word in lexicon.first_name_genders():
            continue
        if lexicon.known_place(state.tokens[names[0].start].text):
            continue
        for m in names:
            m.label = "ORG"
        state.absorb(i, target)


#: Labels the small tagger gives a lone word that the text also sets before "party", "group".
_BODY_NAME_MISTYPES = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART"})


def _place_tagged_as_person(
    state: EntityState, index: NameIndex, mention: MentionDraft, words: list[str]
) -> bool:
    """ "Baku rejected", "He said Armenia had broken" with the place tagged PERSON (or
    ORG): a country, a capital or a city of a million people is a place, unless the text
    makes it a person here: a given name ("Sofia"), a title before it, or an earlier
    person with that surname ("Jim Jordan ... Jordan said")."""
    if words[0] in lexicon.first_name_genders() or words[-1] in index.by_surname:
        return False
    if mention.start > state.first and name_words.is_prename_title(state, mention.start - 1):
        return False
    text = state.span_text(mention.start, mention.end)
    return lexicon.country_name(text) is not None or lexicon.major_city_country(text) is not None


def _register(
    state: EntityState, index: NameIndex, mention: MentionDraft, words: list[str], key: str, cluster: int
) -> None:
    """Record the keys by which later names can find ``cluster``."""
    index.by_key.setdefault(key, cluster)
    if len(words) <= 1:
        return
    if mention.label == "ORG" and len(words) > 2 and words[-1] in state.words.company_suffixes:
        index.by_key.setdefault(" ".join(words[:-1]), cluster)  # "Andes Copper Corp" -> "Andes Copper"
    acronym = "".join(w[0] for w in words if w not in _ACRONYM_SKIP)
    if len(acronym) >= 2:
        index.by_acronym.setdefault(acronym, cluster)
    if mention.label == "ORG":
        # the head noun: the last word, or the first of "Bank of England", "Office for X"
        for head in (words[-1], words[0]) if len(words) > 2 and words[1] in ("of", "for") else (words[-1],):
            heads = index.by_org_head.setdefault(head, [])
            if cluster not in heads:
                heads.append(cluster)
        for k in range(1, len(words) - 1):
            if words[k] not in TITLE_SMALL_WORDS:  # not "for Sport" of "Court of Arbitration for Sport"
                tails = index.by_org_tail.setdefault(" ".join(words[k:]), [])
                if cluster not in tails:
                    tails.append(cluster)
    person = mention.label == "PERSON" or _person_tagged_as_org(state, mention, words)
    if person and _looks_like_person_name(state, mention):
        index.by_surname.setdefault(words[-1], []).append(cluster)
        if cluster not in index.by_first.setdefault(words[0], []):
            index.by_first[words[0]].append(cluster)
        c = state.clusters[cluster]
        c.person_cue = True
        genders = lexicon.first_name_genders()
        c.gender = c.gender or genders.get(words[0]) or genders.get(state.name_words(mention)[0])


def _person_tagged_as_org(state: EntityState, mention: MentionDraft, words: list[str]) -> bool:
    """ "Carolina Vidal" tagged ORG: two or three capitalised words, none of them an
    organisation's head or a company's suffix, that start with a known given name or stand
    in apposition to a role or person noun ("Chile's labour minister, Carolina Vidal"), are
    a person's name, so a later "Vidal said" finds her by the surname (the cluster is typed
    a person later, by its roles)."""
    if mention.label != "ORG" or not 2 <= len(words) <= 3:
        return False
    if any(mentions.is_organisation_word(state, w.lower()) for w in words[1:]):
        return False
    if lexicon.known_place(state.span_text(mention.start, mention.end)):
        return False  # "Abu Dhabi" tagged ORG: a place, whatever its first word
    if words[0].lower() in lexicon.first_name_genders():
        return True
    last = state.tokens[mention.end - 1]
    person_words = lexicon.person_roles() | state.words.person_nouns
    return last.dep_ == "appos" and last.head.lemma_.lower() in person_words


def _earlier_cluster(
    state: EntityState, index: NameIndex, mention: MentionDraft, words: list[str], key: str
) -> int | None:
    """The earlier cluster this name refers to, trying the rules from the most to the least sure."""
    target = index.by_key.get(key)
    if target is None and len(words) == 1 and _people_like(state, mention):
        target = _number_variant(state, index, mention, words[0])
    if target is None and len(words) == 1:
        target = _single_word_match(state, index, mention, words[0])
    if target is None and len(words) == 2 and mention.label == "PERSON" and index.by_surname.get(words[1]):
        target = _given_name_slip(state, index, words)
    if target is None and len(words) > 1 and mention.label == "PERSON" and index.by_surname.get(words[-1]):
        target = _middle_name_variant(state, index, words)
    if target is None and len(words) > 1 and mention.label == "PERSON":
        target = _full_name_after_surname(state, index, words)
    if target is None and len(words) > 1 and mention.label in {"PERSON", "ORG"}:
        target = _tail_of_person_name(state, index, words)
    tails = index.by_org_tail.get(key, []) if mention.label == "ORG" and len(words) > 1 else []
    if target is None and len(tails) == 1:
        # "the United Nations General Assembly ... General Assembly resolutions": the last
        # words of one organisation's longer name, as "the assembly" would be
        target = tails[0]
    if target is None and len(words) > 2 and mention.label in {"ORG", "GPE", "NORP", "LOC", "FAC"}:
        # "NATO ... the North Atlantic Treaty Organization": a full name after its acronym.
        acronym = "".join(w[0] for w in words if w not in _ACRONYM_SKIP)
        earlier = index.by_key.get(acronym)
        if earlier is not None and not state.is_person(earlier):
            target = earlier
    return target


#: Labels the tagger gives a people or movement by name ("the Houthis", "a Houthi spokesman").
_PEOPLE_LABELS = frozenset({"NORP", "ORG"})


def _number_variant(state: EntityState, index: NameIndex, mention: MentionDraft, word: str) -> int | None:
    """ "The Houthis ... a Houthi spokesman": a people's or movement's one-word name in the
    plural and in the singular (its adjective use) is one entity, whatever the tagger
    calls each (NORP, ORG, or PERSON for "the Houthis"). One side must read as a people:
    tagged NORP, or a plural after "the" (``plural_family_name``), so two organisations
    ("Time", "the Times") stay apart; a person's cluster ("Roger") is never joined."""
    other = word[:-1] if word.endswith("s") and len(word) > 3 else word + "s"
    target = index.by_key.get(other)
    if target is None:
        return None
    c = state.clusters[state.find(target)]
    if c.person_cue or c.gender is not None or c.votes:
        return None
    names = [m for m in c.mentions if m.kind == "name"]
    sides = [mention, *names]
    if not names or not all(_people_like(state, m) for m in sides):
        return None
    if not any(m.label == "NORP" or plural_family_name(state, m) for m in sides):
        return None
    for m in sides:
        if m.label == "PERSON":
            m.label = "NORP"  # "the Houthis" tagged PERSON: a people, as its singular shows
    return target


def _people_like(state: EntityState, mention: MentionDraft) -> bool:
    """A one-word name the tagger may give a people or movement."""
    if len(state.name_words(mention)) != 1:
        return False
    if mention.label in _PEOPLE_LABELS:
        return True
    return mention.label == "PERSON" and plural_family_name(state, mention)


def _single_word_match(state: EntityState, index: NameIndex, mention: MentionDraft, word: str) -> int | None:
    """A one-word name: an acronym, a surname, an unambiguous given name or a misspelt surname."""
    target = index.by_acronym.get(word)
    if INITIALISM.match(state.span_text(mention.start, mention.end)):
        # "The U.N." is written as initials: it may be the acronym of an earlier name,
        # never a surname or given name ("U.N." is not the "Un" of Kim Jong Un).
        return target
    place_like = mention.label in {"GPE", "LOC", "NORP"}
    if place_like and mention.label != "NORP":
        # "Rathbun" tagged GPE after "Mark Rathbun": a known surname wins unless the
        # word names a country.
        place_like = lexicon.country_name(state.span_text(mention.start, mention.end)) is not None
    if target is None and not place_like:
        candidates = index.by_surname.get(word, [])
        if candidates:
            # Two people share the surname ("Barack Obama", later "Michelle
            # Obama"): a bare "Obama" usually means the one introduced first.
            target = candidates[0]
    if target is None and mention.label == "PERSON" and len(index.by_first.get(word, [])) == 1:
        target = index.by_first[word][0]  # "LeBron" after "LeBron James", if unambiguous
    if target is None and mention.label == "PERSON":
        target = _misspelt(word, index.by_surname)  # "Mauer" after "K.C. Maurer"
    if target is None and mention.label == "PERSON":
        target = _inner_word_of_a_long_name(state, index, word)  # "Lula"
    if target is None and mention.label in {"PERSON", "ORG"}:
        target = _person_named_as_org(state, index, mention, word)
    if (
        target is None
        and mention.label == "ORG"
        and len(index.by_org_head.get(word, [])) == 1
        and (word in lexicon.org_nouns() or word in state.words.publication_heads)
    ):
        # "the Northland Environment Agency ... Agency chief Paul Denholm": a capitalised
        # organisation noun ("Agency", "Council", "Senate": the heads "the agency" refers
        # back by, entities_org_nouns.tsv) or newspaper head ("the Times") that ends the
        # name of exactly one organisation named before is that organisation, as "the
        # agency" would be. Other one-word names stay apart ("House" after "White House"
        # is the House of Representatives), as do bare heads shared by two names ("Party"
        # after two parties).
        target = index.by_org_head[word][0]
    return target


def _person_named_as_org(
    state: EntityState, index: NameIndex, mention: MentionDraft, word: str
) -> int | None:
    """ "the offices of Sami Okoro" tagged ORG, then "Okoro said": a one-word name, the
    subject of a verb of saying, that is the last word of exactly one earlier two- or
    three-word name tagged ORG, shaped like a person's name (no organisation word, no
    company, no place, no article before it), is that name's surname, and the two are one
    referent. When the tagger calls the one word a person the cluster is a person
    (``person_cue``); otherwise what the text goes on to say decides ("Okoro said he":
    the he/she a name typed no person may take, ``referred.lone_mistyped_person``)."""
    if not state.subject_of_saying(mention.head if mention.head >= 0 else mention.end - 1):
        return None
    clusters = index.by_org_head.get(word, [])
    if len(clusters) != 1:
        return None
    target = state.find(clusters[0])
    if state.is_company(target):
        return None
    names = [m for m in state.clusters[target].mentions if m.kind == "name"]
    if not names or any(m.label != "ORG" for m in names):
        return None
    for m in names:
        words = state.name_words(m)
        if not 2 <= len(words) <= 3 or words[-1] != word:
            return None
        if any(mentions.is_organisation_word(state, w.lower()) for w in words):
            return None
        if lexicon.known_place(state.span_text(m.start, m.end)):
            return None
        if m.start > 0 and state.tokens[m.start - 1].lower_ == "the":
            return None
        if not all(state.tokens[i].text[:1].isupper() for i in range(m.start, m.end)):
            return None
    if mention.label == "PERSON":
        state.clusters[target].person_cue = True
    return target


#: Fewest words of a full name whose inner word alone may stand for the person.
_LONG_NAME_WORDS = 4


def _inner_word_of_a_long_name(state: EntityState, index: NameIndex, word: str) -> int | None:
    """ "Lula" after "Luiz Inácio Lula da Silva": a word inside (neither first nor last)
    the long full name of exactly one person named before, as Portuguese and Spanish
    names are often shortened; never a particle ("da", "de")."""
    if word in state.words.name_particles:
        return None
    found: set[int] = set()
    for clusters in index.by_surname.values():
        for cluster_index in clusters:
            root = state.find(cluster_index)
            for m in state.clusters[root].mentions:
                words = [_fold(w) for w in state.name_words(m)] if m.kind == "name" else []
                if len(words) >= _LONG_NAME_WORDS and word in words[1:-1]:
                    found.add(root)
    return found.pop() if len(found) == 1 else None


def _middle_name_variant(state: EntityState, index: NameIndex, words: list[str]) -> int | None:
    """ "James Comey" and "James B. Comey": the same given name and surname, one of them with
    a middle name or initial and the other with none, is one person ("George W. Bush" and
    "George H. W. Bush", both with a middle part that differs, are two; "George Bush" after
    both is either, so neither)."""
    first, last, middle = words[0], words[-1], words[1:-1]
    found: set[int] = set()
    for cluster_index in index.by_surname[last]:
        root = state.find(cluster_index)
        for m in state.clusters[root].mentions:
            other = state.name_words(m) if m.kind == "name" else []
            if len(other) < 2 or other[0] != first or other[-1] != last:
                continue
            if (not middle) != (len(other) == 2):  # exactly one side has a middle part
                found.add(root)
    return found.pop() if len(found) == 1 else None


def _given_name_slip(state: EntityState, index: NameIndex, words: list[str]) -> int | None:
    """ "Kristen Wilkins" after "Kristin Wilkins": the same surname and a given name one
    letter apart is a spelling slip, not a second person; nor is a familiar form of the
    given name ("Tom Reed" after "Thomas Reed", ``entities_given_name_forms.tsv``)."""
    for cluster_index in index.by_surname[words[1]]:
        firsts = {
            state.name_words(m)[0]
            for m in state.clusters[state.find(cluster_index)].mentions
            if m.kind == "name" and len(state.name_words(m)) == 2
        }
        if any(_one_edit(words[0], f) for f in firsts if len(f) >= 4):
            return cluster_index
        forms = lexicon.given_name_forms()
        if any(f in forms.get(words[0], ()) or words[0] in forms.get(f, ()) for f in firsts):
            return cluster_index  # "Tom Reed" after "Thomas Reed"
    return None


def _full_name_after_surname(state: EntityState, index: NameIndex, words: list[str]) -> int | None:
    """A full name after its surname alone ("Trump ... Donald Trump") ... unless the surname
    alone was "Mr. Obama" and this is "Michelle Obama"."""
    lone = index.by_key.get(words[-1])
    if lone is None or not all(
        len(state.name_words(m)) <= 1 for m in state.clusters[state.find(lone)].mentions if m.kind == "name"
    ):
        return None
    if state.labels(state.find(lone)).most_common(1)[0][0] in ("GPE", "LOC"):
        return None  # "Atletico Madrid" after the city "Madrid": a club named after a place
    new_gender = lexicon.first_name_genders().get(words[0])
    old_genders = {
        g for m in state.clusters[state.find(lone)].mentions if (g := honorific_gender(state, m)) is not None
    }
    if new_gender is None or not old_genders or old_genders == {new_gender}:
        return lone
    return None


def _tail_of_person_name(state: EntityState, index: NameIndex, words: list[str]) -> int | None:
    """ "von der Leyen" after "Ursula von der Leyen": the tail of a known person name."""
    for cluster_index in reversed(index.by_surname.get(words[-1], [])):
        full = max(
            (
                [_fold(w) for w in state.name_words(m)]  # "Lopez Obrador" is "López Obrador"'s
                for m in state.clusters[state.find(cluster_index)].mentions
                if m.kind == "name"
            ),
            key=len,
        )
        if len(full) > len(words) and full[-len(words) :] == words:
            return cluster_index
    return None


def untagged_repeats(state: EntityState, index: NameIndex) -> None:
    """A proper noun the tagger missed ("Sorvik, however, ...") that repeats a known name."""
    _untagged_short_company_names(state, index)
    tokens = state.tokens
    by_key, by_surname = index.by_key, index.by_surname
    for tok in tokens[state.first :]:
        if tok.i in state.token_mention or not tok.is_title or not name_words.name_letters(tok.text):
            continue
        # The small model often tags a repeated name as a common noun ("Rathbun requested",
        # "Scientology officials"): the match with a known name is what counts.
        if tok.pos_ not in {"PROPN", "NOUN"} and not _misread_given_name(state, tok, index):
            continue
        if tok.dep_ == "compound":
            continue
        if tok.i + 1 < len(tokens) and tokens[tok.i + 1].pos_ == "PROPN":
            continue
        if tok.i > 0 and tokens[tok.i - 1].pos_ == "PROPN":
            continue
        key = _fold(tok.lower_.replace(".", ""))
        if not key.isalpha():
            key = re.split(r"['’]", key)[-1]  # "O'Rourke": a person's surname key is "rourke"
        # A common-noun tag is trusted less: only the surname of a person whose full
        # name has a known given name or honorific ("Rathbun requested" after "Mark
        # Rathbun"), and no word the article also writes in lower case.
        if tok.pos_ == "NOUN" and (
            not by_surname.get(key)
            or (state.clusters[state.find(by_surname[key][0])].gender is None and not _bare_subject(tok))
            or (key in state.lower_words() and not _bare_singular_subject(tok))
        ):
            continue
        target = by_surname[key][0] if by_surname.get(key) else by_key.get(key)
        if target is None:
            continue
        label = "PERSON" if state.is_person(target) else state.labels(target).most_common(1)[0][0]
        mention = MentionDraft(tok.i, tok.i + 1, "name", label, head=tok.i)
        state.add_mention(mention)
        state.attach(mention, target)


def _misread_given_name(state: EntityState, tok: Token, index: NameIndex) -> bool:
    """ "Vivian learns that ..." after "Vivian and Rita" (the small model reads the word as
    an adjective or an adverb): a listed given name, the subject of the verb right after
    it, that repeats a person's name of the article is that person."""
    if tok.pos_ not in {"ADJ", "ADV"} or tok.lower_ not in lexicon.first_name_genders():
        return False
    if tok.dep_ not in {"nsubj", "advmod", "amod"} or tok.head.i != tok.i + 1 or tok.head.pos_ != "VERB":
        return False
    target = index.by_key.get(_fold(tok.lower_))
    return target is not None and state.is_person(target)


def _fold(word: str) -> str:
    """A name word without its accents and diacritics: "Ḥadīd" is the "Hadid" the same
    article writes elsewhere, "José" the "Jose" (session 19: a transliterated name given
    once in brackets had split a biography's subject in two)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _bare_subject(tok: Token) -> bool:
    """ "Valainis hit back hours later" after "Viktors Valainis" (tagged a plural noun): a
    surname of a person named in full, standing bare as a clause's subject, is that person
    even where no given name or honorific says the person's gender."""
    return tok.tag_ in ("NN", "NNS") and tok.dep_ == "nsubj" and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children
    )


def _bare_singular_subject(tok: Token) -> bool:
    """ "Price hit back within hours" after "Joanna Price": a singular common noun with no
    determiner, possessive or modifier as a clause's subject is no common noun ("the price
    rose", "prices rose"), even where the article writes the word in lower case too."""
    return tok.tag_ == "NN" and _bare_subject(tok)


def _untagged_short_company_names(state: EntityState, index: NameIndex) -> None:
    """ "Andes Copper shares fell" after "Andes Copper Corp": a run of untagged
    capitalised proper nouns that is a known company's name without its legal suffix
    (registered by ``_register``) is that company."""
    tokens = state.tokens
    n = len(tokens)
    i = state.first
    while i < n:
        end = i
        while end < n and _free_proper_noun(state, tokens[end]):
            end += 1
        target = index.by_key.get(" ".join(t.lower_ for t in tokens[i:end])) if end - i >= 2 else None
        if target is not None and not state.is_person(target):
            label = state.labels(target).most_common(1)[0][0]
            mention = MentionDraft(i, end, "name", label, head=end - 1)
            state.add_mention(mention)
            state.attach(mention, target)
        i = max(end, i + 1)


def _free_proper_noun(state: EntityState, tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.is_title and mentions.is_untagged(state, tok)


def honorific_gender(state: EntityState, mention: MentionDraft) -> str | None:
    """ "m"/"f" when the name follows "Mr."/"Mrs."/"Ms." and the like, else None."""
    i = mention.start - 1
    if i >= 0 and state.tokens[i].text == ".":
        i -= 1
    if i < 0:
        return None
    word = state.tokens[i].lower_
    words = state.words
    if word.rstrip(".") not in words.honorifics and word not in words.address_titles:
        return None
    return lexicon.gender_words().get(word) or lexicon.gender_words().get(word + ".")


def _looks_like_person_name(state: EntityState, mention: MentionDraft) -> bool:
    """ "Donald Trump", "J. K. Rowling", "Leung Yiu-chung", "Pieter de Wit" (a lower-case
    particle inside the name); not "Pro-Beijing DAB" or "IE6 Users"."""
    last = mention.end - 1
    if plural_family_name(state, mention):
        return False  # "the Houthis", "the Obamas": a movement or a family, not one person
    for tok in state.tokens[mention.start : mention.end]:
        if mention.start < tok.i < last and (tok.text in state.words.name_particles or tok.text == "-"):
            continue  # "Pieter de Wit"; "Solberg-Haug", which the tokenizer splits at its hyphen
        word = tok.text.replace("-", "").replace(".", "").replace("'", "").replace("’", "")
        if not word.isalpha() or not word[:1].isupper() or (word.isupper() and len(word) > 1):
            return False
    return True


def plural_family_name(state: EntityState, mention: MentionDraft) -> bool:
    """ "the Houthis", "the Obamas", "the Sandinistas": one capitalised word in the plural
    after "the" names a movement, a people or a family, never one person."""
    if mention.end - mention.start != 1 or mention.start == 0:
        return False
    tok = state.tokens[mention.start]
    before = state.tokens[mention.start - 1]
    return before.lower_ == "the" and tok.text.endswith("s") and not tok.text.endswith("ss") and tok.is_title


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion or substitution apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


def _misspelt(word: str, by_surname: dict[str, list[int]]) -> int | None:
    """The one person whose surname ``word`` misspells by a letter ("Mauer" for "Maurer",
    "Bauchtman" for "Buchtmann" is two and too far), or None when none or several."""
    if len(word) < 5:
        return None
    found = {
        clusters[0] for key, clusters in by_surname.items() if key[:1] == word[:1] and _one_edit(word, key)
    }
    return found.pop() if len(found) == 1 else None
