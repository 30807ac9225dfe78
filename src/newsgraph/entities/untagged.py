"""Step 1c of the entities stage: names the small tagger left out, found by what they are.

The tagger misses a country after a dateline ("- Azerbaijan rejected ..."), an acronym
written before the kind of body it names ("the FNV union"), and a capitalised name that
ends in an organisation's head noun ("The Farmers' Party left the coalition"). Each is
added as a name mention only where the words around it leave no doubt: never a given
name, never the start of a longer capitalised run, never a title-case headline.

Three typing steps follow (session 25): a lone surname continued by a he/she is a
person (``continued_persons``), a town named again stays a place
(``settlement_repeats``), and a speaker that speaks of itself as "it" is a body
(``bodies_speaking_of_it``).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.constants import MASCULINE_PRONOUNS, PERSONAL_PRONOUNS, QUOTE_MARK_TOKENS, TITLE_SMALL_WORDS
from newsgraph.entities import lexicon, mentions
from newsgraph.entities.name_words import person_noun
from newsgraph.entities.state import EntityState, MentionDraft


def untagged_names(state: EntityState) -> None:
    """Run the step: countries, acronyms before a kind of body, organisation names."""
    untagged_places(state)
    untagged_acronyms(state)
    named_bodies(state)
    untagged_organisations(state)
    untagged_speaking_bodies(state)
    untagged_speaking_persons(state)
    periodical_names(state)
    continued_persons(state)
    settlement_repeats(state)
    bodies_speaking_of_it(state)


#: Longest country or city name, in words, looked for among untagged proper nouns.
_MAX_PLACE_WORDS = 3


def untagged_places(state: EntityState) -> None:
    """A country the tagger left out ("- Azerbaijan rejected" after a dateline, where the
    small model reads the whole line as one noun phrase) is a place. Only untagged
    capitalised proper nouns in no mention count; never a given name ("Chad"), nor a
    word in capitals that is a country's code only by accident ("IN", "PA", "ME"): a
    code counts only if the alias list has it ("US", "UK"). Cities are left out: too
    many are also surnames or given names ("Jos Verstappen")."""
    tokens = state.tokens
    pos = state.index.column("pos_")
    n = len(tokens)
    i = state.first
    while i < n:
        if pos[i] != "PROPN" or not mentions.free_name_word(state, tokens[i]) or i in state.token_mention:
            i += 1
            continue
        end = i
        while end < n and end - i < _MAX_PLACE_WORDS and mentions.free_name_word(state, tokens[end]):
            end += 1
        text = state.span_text(i, end)
        after = tokens[end] if end < n else None
        if (
            lexicon.country_name(text) is not None
            and not (text.isupper() and text.lower() not in lexicon.country_aliases())
            and tokens[i].lower_ not in lexicon.first_name_genders()
            # the whole run of proper nouns, not the start of a longer name ("USA TODAY")
            and not (after is not None and after.pos_ == "PROPN" and after.text[:1].isupper())
            and not any(k in state.token_mention for k in range(i, end))
        ):
            state.add_mention(MentionDraft(i, end, "name", "GPE", head=end - 1))
        i = end


#: Letters of an acronym taken as an organisation's name before an organisation noun.
_ACRONYM_LETTERS = range(2, 7)


def untagged_acronyms(state: EntityState) -> None:
    """An acronym the tagger left out, written before an organisation noun ("the FNV union
    said", "the PKK group") or right after one ("the pilots' union BALPA"), is that
    organisation's name."""
    tokens = state.tokens
    orgs = lexicon.org_nouns()
    n = len(tokens)
    for tok in tokens[state.first :]:
        if not (
            tok.is_upper
            and tok.is_alpha
            and len(tok.text) in _ACRONYM_LETTERS
            and mentions.is_untagged(state, tok)
            # in a run of capitals ("USA TODAY NETWORK") it is a word of a longer name
            and not (tok.i > 0 and tokens[tok.i - 1].is_upper and tokens[tok.i - 1].is_alpha)
            and not (tok.i + 1 < n and tokens[tok.i + 1].is_upper and tokens[tok.i + 1].is_alpha)
            and lexicon.country_name(tok.text) is None
        ):
            continue
        before = tokens[tok.i - 1] if tok.i > state.first else None
        head = tok.head
        kind = orgs.get(head.lemma_.lower())
        named_before = tok.dep_ == "compound" and head.i == tok.i + 1 and kind == "ORG"
        named_after = before is not None and before.is_lower and orgs.get(before.lemma_.lower()) == "ORG"
        if named_before or named_after:
            state.add_mention(MentionDraft(tok.i, tok.i + 1, "name", "ORG", head=tok.i))


def named_bodies(state: EntityState) -> None:
    """A one-word proper noun set before a lower-case noun of a kind of body ("the far-right
    Chega party", "the Wagner group") names that body: the word goes in
    ``state.body_names`` (so ``cluster`` reads a lone "Chega" the tagger calls a person as
    the party) and, untagged, becomes an organisation's name. Never a given name ("the
    Maria group"), a country, or the last word of a longer name ("the Bernie Sanders
    movement" is of a person)."""
    tokens = state.tokens
    kinds = state.words.org_kind_nouns
    deps = state.index.column("dep_")
    for tok in tokens[state.first :]:
        if deps[tok.i] != "compound":  # the column first: no head Token for most words
            continue
        head = tok.head
        if (
            head.i != tok.i + 1
            or not head.is_lower
            or head.lemma_.lower() not in kinds
            or not tok.is_title
            or tok.pos_ != "PROPN"
            or tok.lower_ in lexicon.first_name_genders()
            or lexicon.country_name(tok.text) is not None
        ):
            continue
        start = tok.i
        if tok.i > state.first and tokens[tok.i - 1].pos_ == "PROPN":
            # "the Vereinigung Cockpit union": a two-word name, not a person's ("the Bernie
            # Sanders movement") nor the end of a longer run of names
            first = tokens[tok.i - 1]
            if (
                not first.is_title
                or first.lower_ in lexicon.first_name_genders()
                or first.ent_type_ == "PERSON"
                or tok.ent_type_ == "PERSON"
                or (first.i > state.first and tokens[first.i - 1].pos_ == "PROPN")
            ):
                continue
            start = first.i
        state.body_names.add(state.span_text(start, tok.i + 1).lower())
        if all(mentions.is_untagged(state, t) for t in tokens[start : tok.i + 1]):
            state.add_mention(MentionDraft(start, tok.i + 1, "name", "ORG", head=tok.i))


#: Tags of the word before "daily"/"weekly" that make it a noun: "the daily X", "the
#: opposition daily X", "Turkey's pro-government daily X" (not "published daily").
_BEFORE_A_PERIODICAL_NOUN = frozenset({"DT", "JJ", "NN", "NNP", "POS", "PRP$"})


def periodical_names(state: EntityState) -> None:
    """A name right after a word for a periodical used as a noun ("a columnist for the
    opposition daily Yeni Ses") is the publication's: the small tagger, reading "daily"
    as an adverb, calls the name a person, and a he/she of the columnist then goes to it."""
    tokens = state.tokens
    for mention in state.mentions:
        if mention.kind != "name" or mention.label != "PERSON" or mention.start < state.first + 2:
            continue
        word, before = tokens[mention.start - 1], tokens[mention.start - 2]
        if word.lower_ in state.words.periodical_nouns and before.tag_ in _BEFORE_A_PERIODICAL_NOUN:
            mention.label = "ORG"
            state.body_names.add(state.span_text(mention.start, mention.end).lower())


#: Most capitalised words before an organisation head taken into an untagged name.
_MAX_ORG_WORDS = 4


def untagged_organisations(state: EntityState) -> None:
    """Capitalised words ending in an organisation's head noun or a company's suffix that
    the tagger left out ("The Farmers' Party left the coalition", "the Civic Renewal
    Front", "Velora Foods said") are an
    organisation's name. Only in running text: the word after the head must not be
    capitalised too, so a title-case headline is left alone."""
    tokens = state.tokens
    words = state.words
    heads = words.org_name_heads | words.org_kind_nouns | words.company_suffixes
    n = len(tokens)
    for tok in tokens[state.first :]:
        if not (mentions.is_untagged(state, tok) and tok.is_title and tok.lower_ in heads):
            continue
        after = tokens[tok.i + 1] if tok.i + 1 < n else None
        if after is not None and after.is_alpha and after.text[:1].isupper():
            continue
        start = tok.i
        while start - 1 >= state.first and tok.i - start < _MAX_ORG_WORDS:
            prev = tokens[start - 1]
            if prev.tag_ == "POS" and start - 2 >= state.first and tokens[start - 2].is_title:
                start -= 1  # "Farmers' Party"
            elif prev.is_title and prev.pos_ == "PROPN" and mentions.is_untagged(state, prev):
                start -= 1
            else:
                break
        if (
            start < tok.i
            and tokens[start].is_title
            and not _inside_longer_name(state, start)
            and not _in_title_case_line(state, tok.i)
        ):
            state.add_mention(MentionDraft(start, tok.i + 1, "name", "ORG", head=tok.i))


def untagged_speaking_bodies(state: EntityState) -> None:
    """ "Nordhealth said it detected the intrusion": a lone capitalised proper noun the
    tagger left out, the subject of a verb of saying whose reported clause speaks of it as
    "it", is an organisation (speakers are persons or bodies, and "it" is no person). Not
    a given name, not one word of a longer capitalised run, not in a title-case headline."""
    tokens = state.tokens
    n = len(tokens)
    deps, tags = state.index.column("dep_"), state.index.column("tag_")
    for tok in tokens[state.first :]:
        if deps[tok.i] != "nsubj" or tags[tok.i] != "NNP":  # the columns first
            continue
        verb = tok.head
        if (
            not tok.is_title
            or not tok.is_alpha
            or not mentions.is_untagged(state, tok)
            or verb.lemma_.lower() not in state.words.speech_verbs
            or tok.lower_ in lexicon.first_name_genders()
            or mentions.is_title_word(state, tok)  # "The President said it was ..."
            or any(c.dep_ in ("det", "poss") for c in tok.children)
        ):
            continue
        if tok.idx > 0 and not state.text[tok.idx - 1].isspace():
            continue  # "Fodor-Gopal": the end of a hyphenated name
        after = tokens[tok.i + 1] if tok.i + 1 < n else None
        if after is not None and after.is_alpha and after.text[:1].isupper():
            continue
        if _inside_longer_name(state, tok.i) or _in_title_case_line(state, tok.i):
            continue
        reported = [c for c in verb.children if c.dep_ == "ccomp"]
        # (an "it" that acts, not the empty "it" of "it was no secret")
        acting_it = (t for c in reported for t in c.subtree if t.lower_ == "it" and t.dep_ == "nsubj")
        if any(t.head.lemma_ != "be" for t in acting_it):
            state.add_mention(MentionDraft(tok.i, tok.i + 1, "name", "ORG", head=tok.i))


def untagged_speaking_persons(state: EntityState) -> None:
    """ "Mikel Arteta said his side ... Arteta told reporters": a given name and a surname
    the tagger left out, the subject of a verb of saying, whose surname speaks again alone
    later, is a person: news names a person in full, then by surname; a body is not called
    by the last word of its name. Both words untagged capitalised proper nouns, neither a
    title, an organisation's word nor a known place, not in a title-case headline."""
    tokens = state.tokens
    deps, tags = state.index.column("dep_"), state.index.column("tag_")
    speech = state.words.speech_verbs
    lone: dict[str, list[int]] = {}  # surname -> positions where it speaks alone
    full: list[tuple[int, int]] = []
    for tok in tokens[state.first :]:
        if deps[tok.i] != "nsubj" or tags[tok.i] != "NNP" or tok.head.lemma_.lower() not in speech:
            continue
        if not _bare_person_word(state, tok) or _in_title_case_line(state, tok.i):
            continue
        before = tokens[tok.i - 1] if tok.i > state.first else None
        if before is not None and before.dep_ == "compound" and before.head.i == tok.i:
            if _bare_person_word(state, before) and not (
                before.i > state.first and tokens[before.i - 1].pos_ == "PROPN"
            ):
                full.append((before.i, tok.i + 1))
        elif before is None or before.pos_ != "PROPN":
            lone.setdefault(tok.text, []).append(tok.i)
    for start, end in full:
        again = [i for i in lone.get(tokens[end - 1].text, []) if i > start]
        if not again:
            continue
        state.add_mention(MentionDraft(start, end, "name", "PERSON", head=end - 1))
        for i in again:
            state.add_mention(MentionDraft(i, i + 1, "name", "PERSON", head=i))


#: Pronouns of a thing or a group: met first after a name, the name is no person's here.
_THING_PRONOUNS = frozenset({"it", "its", "itself", "they", "them", "their", "theirs", "themselves"})
#: Relations of the he/she that continues the name: a subject or an owner carries the
#: topic on; an object he/she is usually someone else ("Orlov warned him").
_TOPIC_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
#: Tags of a lone name as the small tagger reads it: a proper noun, or a listed given
#: name it took for a common noun or an adjective ("Cecile, now a widow, tried ...").
_GIVEN_NAME_TAGS = frozenset({"NN", "JJ"})


def continued_persons(state: EntityState) -> None:
    """ "Marsh won the award in 2017. He was later ...": a lone capitalised word the tagger
    left out, the subject of its sentence's main clause, whose next personal pronoun is a
    he/she subject or owner with no other person, name or it/they between, is a person's
    name. A body or a place goes on as "it"/"they", and a he/she after an object or a
    reported clause's subject may be anyone's, so only the main clause counts. Never a
    word the article writes in lower case, a title, an organisation's or place's word, a
    given name of the other gender, one word of a longer capitalised run, or a headline."""
    tokens = state.tokens
    deps, tags = state.index.column("dep_"), state.index.column("tag_")
    for tok in tokens[state.first :]:
        if deps[tok.i] not in ("nsubj", "nsubjpass"):  # the columns first
            continue
        given = lexicon.first_name_genders().get(tok.lower_)
        if not (tags[tok.i] == "NNP" or (given is not None and tags[tok.i] in _GIVEN_NAME_TAGS)):
            continue
        mistyped = _mistyped_word(state, tok)
        if not (mistyped is not None or mentions.is_untagged(state, tok)):
            continue
        if not _lone_name_word(state, tok) or not _main_clause(tok.head):
            continue
        if _named_person_ends_in(state, tok.text):
            continue  # "Fowler" after "Don Fowler": clustering joins them anyway
        pronoun = _next_personal_pronoun(state, tok)
        if pronoun is None or pronoun.dep_ not in _TOPIC_DEPS or _inside(pronoun, tok):
            continue
        if given is not None and given != ("m" if pronoun.lower_ in MASCULINE_PRONOUNS else "f"):
            continue
        if mistyped is None:
            state.add_mention(MentionDraft(tok.i, tok.i + 1, "name", "PERSON", head=tok.i))
            continue
        for m in state.mentions:  # every one-word mention of the name, as ``referred`` does
            if (
                m.kind == "name"
                and m.end - m.start == 1
                and m.label in _MISTYPED
                and tokens[m.start].text == tok.text
            ):
                m.label = "PERSON"


#: Labels the tagger gives a rare surname standing alone ("Fujisawa joined ... she").
_MISTYPED = frozenset({"ORG", "GPE", "NORP"})


def _named_person_ends_in(state: EntityState, word: str) -> bool:
    """A person's name mention of the article ends in ``word``."""
    tokens = state.tokens
    return any(
        m.kind == "name" and m.label == "PERSON" and tokens[m.end - 1].text == word for m in state.mentions
    )


def _inside(pronoun: Token, name: Token) -> bool:
    """The pronoun hangs under the name ("Immigration, his signature issue, ..."): it
    describes the name and says nothing of its being a person."""
    return any(a.i == name.i for a in pronoun.ancestors)


def _mistyped_word(state: EntityState, tok: Token) -> MentionDraft | None:
    """The one-word name mention at ``tok`` the tagger typed an organisation, place or
    people, when the word is no known organisation."""
    mention = state.token_mention.get(tok.i)
    if (
        mention is None
        or mention.kind != "name"
        or mention.end - mention.start != 1
        or mention.label not in _MISTYPED
    ):
        return None
    if tok.lower_ in lexicon.known_organisations():
        return None
    return mention


def _lone_name_word(state: EntityState, tok: Token) -> bool:
    """An untagged capitalised word standing alone in running text that is no common word,
    title, organisation, place, party or people of the lexicons."""
    if not (tok.is_title and tok.is_alpha):
        return False
    lower = tok.lower_
    if (
        mentions.is_title_word(state, tok)
        or lower in state.words.greetings
        or lower in state.lower_words()
        or lower in lexicon.org_nouns()
        or lower in state.body_names
        or lower in lexicon.party_words()
        or lexicon.known_place(tok.text)
        or lexicon.country_name(tok.text) is not None
        or lexicon.listed_demonym_place(tok.text) is not None
        or any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children)
    ):
        return False
    tokens = state.tokens
    for k in (tok.i - 1, tok.i + 1):
        if state.first <= k < len(tokens) and (
            tokens[k].text[:1].isupper() or tokens[k].text in QUOTE_MARK_TOKENS
        ):
            return False  # a longer name, a title's or a quotation's word
    if tok.idx > 0 and not state.text[tok.idx - 1].isspace():
        return False  # "Fodor-Gopal": the end of a hyphenated name
    return not (_in_title_case_line(state, tok.i) or _in_quotation(state, tok.i))


def _main_clause(verb: Token) -> bool:
    """The verb heads its sentence, alone or as the second of two coordinated verbs."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _next_personal_pronoun(state: EntityState, tok: Token) -> Token | None:
    """The first he/she after ``tok`` in its sentence or the next, outside quotations, when
    no it/they, person or other capitalised name stands between."""
    sentence = state.index.sentence_of(tok)
    if sentence is None:
        return None
    following = state.index.sentence_of(sentence.end) if sentence.end < len(state.tokens) else None
    end = following.end if following is not None else sentence.end
    quoted = False
    for t in state.tokens[tok.i + 1 : end]:
        if t.text in QUOTE_MARK_TOKENS:
            quoted = not quoted
            continue
        if quoted:
            continue
        lower = t.lower_
        if lower in PERSONAL_PRONOUNS:
            return None if _thing_opens_a_sentence(state, t.i + 1, end) else t
        if lower in _THING_PRONOUNS:
            return None
        if t.ent_type_ == "PERSON" or (
            t.pos_ == "PROPN" and mentions.is_untagged(state, t) and t.text[:1].isupper()
        ):  # (a date's "March" is no name)
            return None
        mention = state.token_mention.get(t.i)
        if mention is not None and (
            mention.label == "PERSON"
            or (mention.kind == "name" and mention.label in _MISTYPED and t.dep_ in _PARTY_DEPS)
        ):
            return None  # another person, or a name the tagger may have mistyped too, as a party
        if t.pos_ == "NOUN" and t.dep_ in _PARTY_DEPS and person_noun(state, t):
            return None  # "Halvorsen hired a new director. ... she": maybe the director
    return None


def _thing_opens_a_sentence(state: EntityState, start: int, end: int) -> bool:
    """An it/they subject of a sentence's main verb follows in the window ("Grosjean
    crashed his Haas into the barrier. It said he walked away"): the name may be one the
    text goes on with as a body, so the he/she is no evidence."""
    return any(
        t.lower_ in _THING_PRONOUNS and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
        for t in state.tokens[start:end]
    )


#: Relations of a name between that make it a party the he/she may mean ("Drucci struck
#: Healy and tried to get his gun"); a place in a phrase ("moved to Toronto") is none.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss", "appos", "conj"})


def _in_quotation(state: EntityState, i: int) -> bool:
    """Whether token ``i`` stands inside quotation marks opened in its sentence."""
    sentence = state.index.sentence_of(i)
    if sentence is None:
        return False
    return sum(1 for t in state.tokens[sentence.start : i] if t.text in QUOTE_MARK_TOKENS) % 2 == 1


#: Labels the tagger gives a town's or a company's name it took for someone's.
_SETTLEMENT_MISLABELS = frozenset({"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def settlement_repeats(state: EntityState) -> None:
    """ "Floods hit the town of Varenne ... Varenne lost power": a name the article gives as
    the "of" object of a place noun (``mentions.of_a_place_noun``: labelled a place there)
    is that place wherever else it is written alone; the tagger's PERSON for the repeat
    had made the town a person (a tie of labels goes to PERSON)."""
    tokens = state.tokens
    places: dict[str, str] = {}
    for m in state.mentions:
        if (
            m.kind == "name"
            and m.label in ("GPE", "LOC")
            and mentions.of_a_place_noun(state, m.start) == m.label
        ):
            places.setdefault(state.span_text(m.start, m.end), m.label)
    if not places:
        return
    for m in state.mentions:
        if m.kind != "name" or m.label not in _SETTLEMENT_MISLABELS:
            continue
        label = places.get(state.span_text(m.start, m.end))
        if label is not None and tokens[m.start].lower_ not in lexicon.first_name_genders():
            m.label = label


def bodies_speaking_of_it(state: EntityState) -> None:
    """ "Berkshire Hathaway said its profit rose": a name tagged PERSON, the subject of a
    verb of saying whose reported clause speaks of it as "its"/"it" before any he/she, is
    an organisation, wherever the article writes it; a person's name opens with a given
    name or follows a title, and a person speaks of himself as "he". Not a name whose
    first word is a listed given name, nor one after a title."""
    tokens = state.tokens
    bodies: set[str] = set()
    for m in state.mentions:
        if m.kind != "name" or m.label != "PERSON" or m.end - m.start < 2:
            continue
        head = tokens[m.head]
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in state.words.speech_verbs or head.i > verb.i:
            continue  # ('"It is destroying this committee," said X': the quote's "it" is no speaker)
        if tokens[m.start].lower_ in lexicon.first_name_genders() or (
            m.start > state.first and mentions.is_title_word(state, tokens[m.start - 1])
        ):
            continue
        if _first_pronoun_reported(verb) in ("it", "its"):
            bodies.add(state.span_text(m.start, m.end))
    for m in state.mentions:
        if m.kind == "name" and m.label == "PERSON" and state.span_text(m.start, m.end) in bodies:
            m.label = "ORG"
            state.body_names.add(state.span_text(m.start, m.end).lower())


def _first_pronoun_reported(verb: Token) -> str | None:
    """The first third-person pronoun (subject or owner) of the clause ``verb`` reports
    after it in its own words."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        if any(t.text in QUOTE_MARK_TOKENS for t in clause.subtree):
            continue  # an indirect report after the verb, not a quotation
        for t in clause.subtree:
            lower = t.lower_
            if t.dep_ in _TOPIC_DEPS and (lower in PERSONAL_PRONOUNS or lower in _THING_PRONOUNS):
                return lower
    return None


def _bare_person_word(state: EntityState, tok: Token) -> bool:
    """An untagged capitalised word that may be part of a person's name: no title,
    organisation word, known place or greeting, no determiner or owner before it."""
    return (
        tok.is_title
        and mentions.is_untagged(state, tok)
        and mentions.free_name_word(state, tok)  # (a proper noun of letters, no title word)
        and tok.lower_ not in lexicon.org_nouns()
        and not lexicon.known_place(tok.text)
        and not any(c.dep_ in ("det", "poss") for c in tok.children)
    )


def _in_title_case_line(state: EntityState, i: int) -> bool:
    """Whether token ``i`` is in a headline written in title case: every word of its line
    but the small ones is capitalised."""
    start, end = state.index.line(state.tokens[i].idx)
    words = [w for w in _LINE_WORDS.findall(state.text[start:end]) if w.lower() not in TITLE_SMALL_WORDS]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


_LINE_WORDS = re.compile(r"[^\W\d_]+")


def _inside_longer_name(state: EntityState, start: int) -> bool:
    """Whether capitalised words go on before ``start`` ("U.S. PIRG Education Fund", "the
    Central and East European Coalition", a title-case headline): the name's start is
    not known, so none is made."""
    if start - 1 < state.first:
        return False
    prev = state.tokens[start - 1]
    if prev.is_alpha and prev.text[:1].isupper() and prev.lower_ != "the":
        return True
    if prev.lower_ in {"and", "&", "of"} and start - 2 >= state.first:
        return state.tokens[start - 2].text[:1].isupper()
    return False
