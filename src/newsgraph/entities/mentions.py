"""Step 1 of the entities stage: named mentions, with the small model's boundary and label errors fixed.

The small English model gives named-entity spans with frequent label and boundary
errors ("Trump" tagged ORG, "Donald Trump's" with the possessive, "the" inside
"the Republican Party", "KABUL" in the dateline). This step

- takes spaCy's entity spans (``tagged_names``): trims determiners, possessives and
  punctuation, cuts greetings, bracketed acronyms, caption labels and signature roles,
  moves pre-name titles out, extends person names over untagged parts of their
  compound and organisation names over a capitalised "for/of/on ..." tail, drops
  spans that are no names, and corrects the label from the word lists;
- replaces entities in the dateline by its place names (``dateline_places``);
- adds the person names the tagger missed after a title ("Governor Ana Ruiz",
  ``titled_names``) or, once the he/she evidence of ``referred`` has been read (its
  pronouns' gender wins over the list's), starting with a known given name ("Thanks
  Greg", ``given_names``).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.entities import lexicon
from newsgraph.entities.name_bounds import hyphenated_end, postnominal_end, trim
from newsgraph.entities.name_words import (
    in_a_name,
    is_prename_title,
    name_after_portfolio,
    name_after_the,
    name_letters,
    not_a_name,
)
from newsgraph.entities.state import EntityState, MentionDraft

#: spaCy labels that name referents (times, numbers and money are the times/claims stages').
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}
)
#: Labels of titles, whose names may hold a colon ("Collapse: How Societies Choose ...").
_TITLE_LABELS = frozenset({"WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
_OPENING_BRACKETS = frozenset({"(", "[", "{", "<"})
#: Labels the small model gives a person's name it does not know ("Mayor Ines Barros" as LOC).
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
_ORG_TAIL_PREPS = frozenset({"for", "of", "on"})
_ORG_TAIL_LINKS = frozenset({"of", "and", "for", "the"})
_UNSCORED_LABELS = frozenset({"EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
_DASHES = frozenset({"-", "–", "—"})
#: Lower-case prepositions after which a person's tagged name runs on into a body or place.
_PERSON_TAIL_PREPS = frozenset({"of", "from", "at"})


def named_mentions(state: EntityState) -> None:
    """Run the whole step: dateline places, tagged names, then the names the tagger missed."""
    dateline = state.doc._.ng_dateline
    if dateline is not None:
        dateline_places(state, dateline.place, dateline.span.start, dateline.span.end)
    for start, end, label in _tagged_pieces(state):
        _add_tagged_name(state, start, end, label)
    titled_names(state)


def _tagged_pieces(state: EntityState) -> list[tuple[int, int, str]]:
    """spaCy's entity spans after the dateline, trimmed, each cut where it runs into
    something that is no part of the name (bracketed acronym, caption label, signature role)."""
    doc, tokens = state.doc, state.tokens
    pieces: list[tuple[int, int, str]] = []
    for ent in state.index.ents:  # made once per Doc; ``doc.ents`` builds new Spans each time
        if ent.label_ not in ENTITY_LABELS or ent.end <= state.first:
            continue
        start, end = trim(state, max(ent.start, state.first), ent.end, ent.label_ not in _TITLE_LABELS)
        while end - start > 1 and tokens[start].lower_ in state.words.greetings:
            start += 1  # "Thanks Josh", "Dear Ana": the greeting is not the name
        for i in range(start + 1, end):
            if tokens[i].text in _OPENING_BRACKETS:
                # "World Health Organisation (WHO": the bracketed acronym is its own mention.
                pieces.append((start, i, ent.label_))
                start = i
                break
        if (
            end - start > 1
            and tokens[end - 1].lower_ in state.words.caption_labels
            and end < len(doc)
            and tokens[end].text == ":"
        ):
            end -= 1  # "International Space Station Image: NASA"
        if ent.label_ == "PERSON":
            for i in range(start + 1, end):
                if tokens[i].text in _DASHES and tokens[i - 1].whitespace_:
                    end = i  # "Bryan Hull - Analyst": a signature's role is not the name
                    break
        if ent.label_ == "ORG":
            end = _org_tail(state, start, end)
            start = _coordinated_org_start(state, start, end)
            while pieces and pieces[-1][0] >= start:
                pieces.pop()  # "Maritime", tagged alone, is the first half of this name
        pieces.append((start, end, ent.label_))
    return pieces


#: Most capitalised words before "and" taken into an organisation's name.
_MAX_COORDINATED_WORDS = 3


def _coordinated_org_start(state: EntityState, start: int, end: int) -> int:
    """Where an organisation's name starts when the tagger cut it at its "and": in "the
    Maritime and Transport Union" the name is one, a definite article before capitalised
    words, "and", and a name ending in a head noun such as "Union" or "Trust" ("Google and
    Microsoft Corporation", with no article, stays two)."""
    tokens = state.tokens
    if (
        start < 2
        or tokens[start - 1].lower_ not in ("and", "&")
        or tokens[end - 1].lower_ not in state.words.org_name_heads
    ):
        return start
    first = start - 1
    while (
        first - 1 >= state.first
        and start - 1 - (first - 1) <= _MAX_COORDINATED_WORDS
        and tokens[first - 1].is_title
        and tokens[first - 1].tag_ != "DT"
        and tokens[first - 1].ent_type_ not in ("PERSON", "GPE")
    ):
        first -= 1
    if first == start - 1 or first == 0 or tokens[first - 1].lower_ != "the":
        return start
    return first


def _add_tagged_name(state: EntityState, start: int, end: int, ent_label: str) -> None:
    """Add one tagged piece as a name mention, if it still is a name once cleaned."""
    doc, tokens = state.doc, state.tokens
    start, end = trim(state, start, end, ent_label not in _TITLE_LABELS)
    letters_end = end
    for i in range(start + 1, end - 1):
        # "Trump’s 1995" (tax filings): the name ends at an inner possessive unless a
        # capitalised word follows ("Macy's Parade").
        if tokens[i].tag_ == "POS" and not tokens[i + 1].text[:1].isupper():
            end = i
            break
    if (
        ent_label != "PERSON"
        and end - start > 2
        and is_prename_title(state, start)
        and _person_shaped(state, start + 1, end)
    ):
        # "Councillor Amina Diallo" tagged whole as an organisation: a title, then a name
        start, ent_label = start + 1, "PERSON"
    if end - start == 1 and _portfolio_of_a_title(state, start):
        return  # "Secretary of State Marco Rubio" with "State" tagged alone: a title's word
    if end - start > 1 and _portfolio_of_a_title(state, start):
        # "Secretary of State Daniel Price" tagged "State Daniel Price" ORG: the portfolio
        # ends the title, and the proper nouns after it are the person
        start, ent_label = start + 1, "PERSON"
    if start >= end or not_a_name(state, start, end, ent_label):
        return
    if ent_label in _NON_PERSON_NAME_LABELS and end - start <= 2 and _given_name_before(state, start):
        start, ent_label = start - 1, "PERSON"  # "Ana Costa" with "Costa" alone tagged ORG
    if ent_label == "PERSON":
        # "Nadia Hassan of Channel 7" tagged whole: a given name and a surname end before
        # an employer or a home ("Catherine of Aragon", "2nd Earl of Clare" are styles)
        if tokens[start].lower_ in lexicon.first_name_genders():
            end = next((k for k in range(start + 2, end - 1) if tokens[k].text in _PERSON_TAIL_PREPS), end)
        while end - start > 1 and tokens[end - 1].lower_ in state.words.headline_verbs:
            end -= 1  # "Obama Says" in a title-case headline
        # "Mr. Boateng", "President Macron" tagged whole: the title is not the name.
        while end - start > 1 and is_title_word(state, tokens[start]):
            start += 1
        letters_end, end = end, postnominal_end(state, start, end)
        start, end = _extend_name(state, start, end)
        if start < end and _given_name_mention_before(state, start, end):
            return
    if start >= end:
        return
    if any(i in state.token_mention for i in range(start, end)):
        return
    head = doc[start:end].root.i
    label = _corrected_label(state, start, end, ent_label)
    mention = MentionDraft(start, end, "name", label, head=head)
    state.add_mention(mention)
    for i in range(end, letters_end):
        state.token_mention[i] = mention  # "QC" in "Tomas Orrell QC": the parse's head of the name


def _portfolio_of_a_title(state: EntityState, start: int) -> bool:
    """Whether token ``start`` is the portfolio of a title written with "of" before it
    ("Secretary of State", "Minister of Defence"), followed by a proper noun."""
    tokens = state.tokens
    return (
        start >= 2
        and tokens[start - 1].lower_ == "of"
        and is_prename_title(state, start - 2)
        and tokens[start].lower_ in state.words.portfolio_words
        and tokens[start + 1].pos_ == "PROPN"
    )


#: Labels the small model gives a surname it takes for a body or a place.
_NON_PERSON_NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})


def _given_name_before(state: EntityState, start: int) -> bool:
    """Whether an untagged common given name, in no mention, comes right before token
    ``start``: the tagger then typed the surname alone, and the two are one person."""
    if start <= state.first:
        return False
    tok = state.tokens[start - 1]
    return (
        tok.pos_ == "PROPN"
        and is_untagged(state, tok)
        and tok.is_title
        and tok.lower_ in lexicon.first_name_genders()
        and lexicon.country_name(tok.text) is None
    )


#: What the small model calls a name a town or village noun introduces ("the village of
#: Bialowieza" tagged PRODUCT): never right after "the town of".
_SETTLEMENT_MISLABELS = frozenset({"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def of_a_place_noun(state: EntityState, start: int) -> str | None:
    """The place type of the noun a name is the "of" object of ("the town of Kisumu", "the
    province of Helmand": GPE in ``entities_org_nouns.tsv``; "residents of Mabvuku", "the
    mayor of Bristol": ``entities_place_people_nouns.txt``), else None."""
    if start - 2 < state.first:
        return None
    tokens = state.tokens
    of, noun = tokens[start - 1], tokens[start - 2]
    if of.lower_ != "of" or noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    if lemma in state.words.place_people_nouns:
        return "GPE"
    kind = lexicon.org_nouns().get(lemma)
    return kind if kind in ("GPE", "LOC") else None


def _corrected_label(state: EntityState, start: int, end: int, label: str) -> str:
    """The tagger's label, corrected by the word lists and the name's last word."""
    tokens = state.tokens
    if state.span_text(start, end).lower() in lexicon.known_organisations():
        return "ORG"
    if (
        end - start == 1
        and label in _MISTYPED_PERSON_LABELS
        and tokens[start].is_title
        and tokens[start].lower_ in lexicon.first_name_genders()
        and lexicon.country_name(tokens[start].text) is None
        and (label != "GPE" or not lexicon.known_place(tokens[start].text))
    ):
        # "Julie" tagged ORG, "Sean" NORP, "Madge" PRODUCT, "Wilhelmina" GPE: a lone given
        # name is a person, unless a GPE names a real place too ("Victoria", "Florence")
        return "PERSON"
    if (
        end - start > 1
        and label in _FULL_NAME_MISTYPES
        and tokens[start].lower_ in lexicon.first_name_genders()
        and _person_shaped(state, start, end)
        and not lexicon.known_place(state.span_text(start, end))
        and not _names_a_site(state, end)
    ):
        return "PERSON"  # "Winifred Ashcombe" tagged WORK_OF_ART, "Agnes Brandt" NORP
    cited = label in _MISTYPED_PERSON_LABELS and _cited_author(state, start, end)
    if cited and _person_shaped(state, start, end):
        return "PERSON"  # "Porte (2012) argues", "(Carrano, 2005)", "Hein et al.": an author
    if label in _PLACE_LABELS and start > state.first and is_prename_title(state, start - 1):
        return "PERSON"  # "Mayor Ines Barros" tagged LOC: a name after a person's title is a person
    if label == "PERSON" and _names_a_site(state, end):
        return "FAC"  # "the Humberto Delgado airport", "the Huaylla mine": a site's name
    if label == "ORG" and start > state.first and _name_after_a_role(state, start, end):
        return "PERSON"  # "regional governor Oleh Kiper" tagged ORG
    if (
        label in {"PERSON", "ORG", "NORP"}
        and start > state.first
        and tokens[start - 1].lower_ in state.words.landform_nouns
    ):
        return "LOC"  # "the river Sull" tagged PERSON: a name after a landform noun is a place
    if (
        label == "PERSON"
        and end - start > 1
        and tokens[end - 1].is_title
        and tokens[end - 1].lower_ in state.words.landform_nouns
        and tokens[start].lower_ not in lexicon.first_name_genders()
        and not (start > state.first and _name_after_a_role(state, start, end))
    ):
        # "Hallam Bay", "the Orrin Valley" tagged PERSON; not "Michael Bay", nor "Senate
        # candidate Kari Lake" (a role noun before it names a person)
        return "LOC"
    if (
        label in {"PERSON", "ORG", "NORP"}
        and end < len(tokens)
        and tokens[end].is_lower
        and tokens[end].lower_ in state.words.landform_nouns
    ):
        return "LOC"  # "the Vell river" tagged ORG: a name before a landform noun is a place
    if label == "PERSON" and name_after_the(state, start, end):
        return "LOC"  # "farmers in the Sahel" tagged PERSON: no one's name takes "the"
    settlement = of_a_place_noun(state, start)
    if label in _SETTLEMENT_MISLABELS and settlement is not None:
        return settlement  # "the western town of Kisumu" tagged ORG: the town is a place
    kind = tokens[start - 1] if start > state.first else None
    if (
        label == "PERSON"
        and kind is not None
        and (kind.lower_ in state.words.company_kinds or kind.text in state.words.org_kind_nouns)
        and tokens[start].lower_ not in lexicon.first_name_genders()
    ):
        # "operator NordLine", "energy company Tekno Enerji", "farmers' association
        # Coldiretti" tagged PERSON
        return "ORG"
    if label == "PERSON" and end - start == 1 and _employer(state, start):
        return "ORG"  # "analysts at Berenberg" tagged PERSON: the people's employer
    if label == "PERSON" and end - start > 1 and _company_suffix(state, tokens[end - 1]):
        return "ORG"  # "Ningbo Yipeng Shipping", "Kestrel Holdings" tagged PERSON: a company's suffix
    last = tokens[end - 1]
    club = last.lower_ in state.words.club_suffixes and not last.is_lower
    if (
        label in {"PERSON", "GPE", "LOC", "NORP"}
        and end - start > 1
        and club
        and (label == "PERSON" or not lexicon.known_place(state.span_text(start, end)))
    ):
        return "ORG"  # "Fenwick United" tagged PERSON, "Ashby United" GPE: a club's name
    if (
        label in _UNSCORED_LABELS
        and end - start > 1
        and tokens[end - 1].lower_ in state.words.publication_heads
    ):
        return "ORG"  # "the Sydney Morning Herald" tagged EVENT: a newspaper is an organisation
    if (
        label in _PLACE_LABELS
        and end - start > 1
        and last.lower_ in state.words.body_last_words
        and not last.is_lower
        and not lexicon.known_place(state.span_text(start, end))
    ):
        return "ORG"  # "the opposition Green Alliance" tagged GPE: a body's name
    if label == "ORG" and end - start > 1 and tokens[end - 1].lower_ in state.words.facility_heads:
        return "FAC"  # "Century City Towers", "Orchestra Hall": a building, not a body
    if label == "WORK_OF_ART" and tokens[end - 1].lemma_.lower() in state.words.law_heads:
        return "LAW"  # "the Doha Agreement"
    return label


def _employer(state: EntityState, start: int) -> bool:
    """Whether the name at ``start`` follows "<staff> at" ("analysts at Berenberg") and is
    no given name: the name of the place they work, an organisation."""
    tokens = state.tokens
    if start - 2 < state.first or tokens[start - 1].lower_ != "at":
        return False
    staff = tokens[start - 2]
    return (
        staff.tag_ == "NNS"
        and staff.lemma_.lower() in state.words.staff_nouns
        and tokens[start].lower_ not in lexicon.first_name_genders()
    )


def _company_suffix(state: EntityState, tok: Token) -> bool:
    """Whether a name's last word is a company's suffix or industry word as companies write
    it: "Holdings", "Shipping", "SA", "Inc."; a short one in title case is a surname as
    often ("Rui De Sa", "Ana Ag")."""
    low = tok.lower_.rstrip(".")
    if low not in state.words.company_suffixes or not (tok.is_title or tok.is_upper):
        return False
    return tok.is_upper or tok.text.endswith(".") or len(low) > 3


def _name_after_a_role(state: EntityState, start: int, end: int) -> bool:
    """Whether a two- or three-word capitalised name follows a person's role noun or title
    directly ("regional governor Oleh Kiper", "union president Ana Soto", "Governor Ana
    Soto") and ends in no word an organisation's name ends in ("party leader Labour
    Party" stays an organisation)."""
    tokens = state.tokens
    if not 2 <= end - start <= 3 or not all(t.is_title for t in tokens[start:end]):
        return False
    last = tokens[end - 1].lower_
    if (
        is_organisation_word(state, last)
        or last in state.words.facility_heads
        or last in state.words.publication_heads
    ):
        return False
    before = tokens[start - 1]
    role = before.lemma_.lower()
    # a role an organisation can hold too ("crosstown rival White Sox") says nothing
    return is_prename_title(state, start - 1) or (
        before.pos_ == "NOUN"
        and role in lexicon.person_roles()
        and role not in lexicon.roles_shared_with_organisations()
    )


def is_organisation_word(state: EntityState, word: str) -> bool:
    """Whether a lower-case word is one an organisation's name is built on, so a name
    holding it is no person's: a kind of body ("ministry", ``entities_org_nouns.tsv``), a
    name head ("Foundation") or a company suffix ("Corp", "Inc.")."""
    return (
        word in lexicon.org_nouns()
        or word in state.words.org_name_heads
        or word.rstrip(".") in state.words.company_suffixes
    )


#: Labels the small model gives an author it did not know.
_MISTYPED_PERSON_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART", "PRODUCT"})
#: Labels the small model gives a full name it does not know ("Winifred Ashcombe" as
#: WORK_OF_ART): a known given name and person-shaped words make it a person. ORG and GPE
#: have their own rules; LOC and FAC are left, as places are named after people ("Rose Garden").
_FULL_NAME_MISTYPES = frozenset({"NORP", "WORK_OF_ART", "PRODUCT", "EVENT"})
#: Longest name read as a person by its shape alone.
_MAX_PERSON_SHAPE = 3


def _person_shaped(state: EntityState, start: int, end: int) -> bool:
    """Whether ``[start, end)`` may be a person's name by its words: one to three
    capitalised proper nouns (not written in capitals, not plural), none of them a word the
    article writes in lower case, an organisation, facility, publication or landform word,
    a company suffix, a title, a country or a big city ("Victoria Station", "Jordan
    Valley", "World Bank" stay what the tagger said)."""
    if end - start > _MAX_PERSON_SHAPE:
        return False
    text = state.span_text(start, end)
    if lexicon.country_name(text) is not None or lexicon.major_city_country(text) is not None:
        return False
    words, lower = state.words, state.lower_words()
    for tok in state.tokens[start:end]:
        low = tok.lower_
        if (
            tok.pos_ != "PROPN"
            or tok.tag_ == "NNPS"
            or not tok.is_title
            or low in lower
            or is_organisation_word(state, low)
            or low in words.facility_heads
            or low in words.publication_heads
            or low in words.landform_nouns
            or is_title_word(state, tok)
            or lexicon.country_name(tok.text) is not None
            or lexicon.demonym_place(low) is not None
        ):
            return False
    return True


def _cited_author(state: EntityState, start: int, end: int) -> bool:
    """An author cited by name and year, as academic prose does: "Porte (2012)", "(Porte,
    2012)", "Hein et al." An organisation cited so ("World Bank (2010)") keeps its label
    through ``_person_shaped`` (its head word) or the known-organisation list."""
    tokens = state.tokens
    after = [t.text for t in tokens[end : end + 2]]
    if len(after) < 2:
        return False
    if after[0] == "(" and _year(after[1]):
        # the subject of its clause ("Porte (2012) argues"): a title in a filmography
        # ("starred in Watchmen (2009)") is written the same way but is no subject
        return state.doc[start:end].root.dep_ in {"nsubj", "nsubjpass"}
    if after[0] == "," and _year(after[1]) and start > 0 and tokens[start - 1].text == "(":
        return True
    return after[0].lower() == "et" and after[1].lower().startswith("al")


def _year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in {"18", "19", "20"}


def _org_tail(state: EntityState, start: int, end: int) -> int:
    """Where an organisation's name really ends: the tagger stops "Andy Warhol Foundation
    for the Visual Arts" and "Joint Council for the Welfare of Immigrants" at the head
    noun; a capitalised "for/of/on (the) ..." phrase after it belongs to the name."""
    tokens = state.tokens
    n = len(tokens)
    while end > start and tokens[end - 1].is_punct:
        end -= 1
    while (
        end < n
        and tokens[end - 1].dep_ == "compound"
        and tokens[end - 1].head.i == end
        and tokens[end].pos_ == "PROPN"
        and tokens[end].is_title
        and not tokens[end].ent_type_
        and not is_title_word(state, tokens[end])
    ):
        end += 1  # "Power company Sierra Grid" tagged "Sierra": the word it modifies heads the name
    if (
        end >= n
        or tokens[end - 1].lower_ not in state.words.org_name_heads
        or tokens[end].lower_ not in _ORG_TAIL_PREPS
    ):
        return end
    j = end + 1
    if j < n and tokens[j].lower_ == "the":
        j += 1
    k = j
    while k < n:
        tok = tokens[k]
        if tok.ent_type_ in {"PERSON", "GPE", "LOC", "DATE", "TIME"} or not tok.is_alpha:
            # a person or place after it is its own mention ("Society of Canada" stays);
            # a day is when, not part of the name ("the Court on Thursday ordered")
            break
        capitalised = tok.is_title or (tok.is_upper and len(tok) > 1)
        linking = tok.lower_ in _ORG_TAIL_LINKS and k > j and k + 1 < n and tokens[k + 1].is_title
        if not (capitalised or linking):
            break
        k += 1
    while k > j and not (tokens[k - 1].is_title or tokens[k - 1].is_upper):
        k -= 1  # never end on "of"/"and"
    return k if k > j else end


def titled_names(state: EntityState) -> None:
    """ "Governor Ana Ruiz" with no entity tagged: proper nouns right after a capitalised
    title or honorific are a person's name."""
    tokens = state.tokens
    n = len(tokens)
    titles = state.words.prename_titles
    lowers = state.index.column("lower_")
    resume = state.first
    for i in range(state.first, n):
        # the title test's cheap half first (is_prename_title is asked of every word)
        if i < resume or lowers[i].rstrip(".") not in titles or not is_prename_title(state, i):
            continue
        portfolio = name_after_portfolio(state, i)  # "Minister of Defence Tomasz Kral"
        if portfolio is not None and all(_untagged_name_word(state, k) for k in range(*portfolio)):
            state.add_mention(MentionDraft(*portfolio, "name", "PERSON", head=portfolio[1] - 1))
            resume = portfolio[1]
            continue
        j = i + 1
        while (
            j < n
            and tokens[j].text[:1].isupper()
            and is_title_word(state, tokens[j])
            and not tokens[j].is_punct
        ):
            j += 1
        if j < n and tokens[j].text == ".":
            j += 1  # "Mr." split as "Mr" "."
        k = j
        while k < n and k - j < 4 and tokens[k].text[:1].isupper() and _untagged_name_word(state, k):
            k += 1
        if k > j and (k >= n or tokens[k].pos_ != "PROPN"):
            state.add_mention(MentionDraft(j, k, "name", "PERSON", head=k - 1))
        resume = max(k, i + 1)


def given_names(state: EntityState) -> None:
    """A common given name the tagger left out ("Thanks Greg", "Julie called"), with the
    untagged proper nouns right after it ("Greg Lenhart"), is a person's name."""
    tokens = state.tokens
    names = lexicon.first_name_genders()
    pos, lowers = state.index.column("pos_"), state.index.column("lower_")
    n = len(tokens)
    i = state.first
    while i < n:
        if pos[i] != "PROPN" or lowers[i] not in names:  # the columns first: no Token per test
            i += 1
            continue
        tok = tokens[i]
        if not (
            tok.pos_ == "PROPN"
            and tok.ent_iob_ == "O"
            and tok.is_alpha
            and tok.is_title
            and tok.lower_ in names
            and i not in state.token_mention
            # not inside a longer name ("Second Thomas Shoal": an ordinal runs into it)
            and not (i > state.first and tokens[i - 1].text[:1].isupper() and in_a_name(tokens[i - 1]))
        ):
            i += 1
            continue
        k = i + 1
        while k < n and k - i < 3 and tokens[k].is_title and _untagged_name_word(state, k):
            k += 1
        place = tokens[k - 1].lower_ in state.words.landform_nouns  # "Thomas Shoal"
        if not place and (k >= n or not (tokens[k].pos_ == "PROPN" and tokens[k].text[:1].isupper())):
            state.add_mention(MentionDraft(i, k, "name", "PERSON", head=k - 1))
        i = k


def _names_a_site(state: EntityState, end: int) -> bool:
    """Whether the name ending before token ``end`` is compounded before a site noun
    ("the Ruben Arce airport", "the Huaylla mine"): it names the site, not a person."""
    tokens = state.tokens
    return (
        end < len(tokens)
        and tokens[end].pos_ == "NOUN"
        and tokens[end].lower_ in state.words.site_nouns
        and tokens[end - 1].dep_ == "compound"
    )


def _given_name_mention_before(state: EntityState, start: int, end: int) -> bool:
    """Grow a lone given name, tagged apart, over the person name right after it, and
    say so: "Countess Yekaterina Petrovna Rostopchina" with "Yekaterina" tagged GPE and
    "Rostopchina" PERSON is one person's name (the parser may even hang the given name
    elsewhere), as two names are never written side by side without a comma."""
    if start - 1 <= state.first:
        return False
    before = state.token_mention.get(start - 1)
    tok = state.tokens[start - 1]
    if (
        before is None
        or before.kind != "name"
        or (before.start, before.end) != (start - 1, start)
        or not tok.is_title
        or tok.lower_ not in lexicon.first_name_genders()
        or tok.whitespace_ != " "
        or state.sent_of[start - 1] != state.sent_of[start]
    ):
        return False
    before.end, before.label, before.head = end, "PERSON", state.doc[start:end].root.i
    for i in range(start, end):
        state.token_mention.setdefault(i, before)
    return True


def is_untagged(state: EntityState, tok: Token) -> bool:
    """Neither tagged by the small model nor in a mention already."""
    return tok.ent_iob_ == "O" and tok.i not in state.token_mention


def _untagged_name_word(state: EntityState, k: int) -> bool:
    """Whether token ``k`` can continue a person's name the tagger missed: an untagged proper
    noun, in no mention yet, neither a title ("Governor") nor an organisation word."""
    tok = state.tokens[k]
    return (
        tok.pos_ == "PROPN"
        and tok.ent_iob_ == "O"
        and name_letters(tok.text)
        and k not in state.token_mention
        and not is_title_word(state, tok)
        and tok.lower_ not in lexicon.org_nouns()
    )


def free_name_word(state: EntityState, tok: Token) -> bool:
    """An untagged capitalised proper noun that is neither a title nor a greeting."""
    return (
        tok.pos_ == "PROPN"
        and tok.ent_iob_ == "O"
        and tok.is_alpha
        and tok.text[:1].isupper()
        and not is_title_word(state, tok)
        and tok.lower_ not in state.words.greetings
    )


def _extend_name(state: EntityState, start: int, end: int) -> tuple[int, int]:
    """Grow a person name over untagged proper nouns of the same compound (the tagger
    often marks "Alba" but not "Torres" in "Mrs. Alba Torres") and over the second half of
    a hyphenated surname."""
    tokens = state.tokens
    end = hyphenated_end(tokens, end)
    while end < len(tokens) and tokens[end - 1].dep_ == "compound" and tokens[end - 1].head.i >= end:
        if not free_name_word(state, tokens[end]):
            break
        end += 1
    while (
        start - 1 >= state.first
        and free_name_word(state, tokens[start - 1])
        and tokens[start - 1].dep_ == "compound"
    ):
        if not start <= tokens[start - 1].head.i < end:
            break
        start -= 1
    return start, end


def is_title_word(state: EntityState, tok: Token) -> bool:
    """An honorific, family title or role noun ("Mr.", "Aunt", "Minister"), or punctuation."""
    lower = tok.lower_.rstrip(".")
    words = state.words
    return (
        tok.is_punct
        or lower in words.honorifics
        or lower in words.kin_titles
        or lower in lexicon.person_roles()
    )


def dateline_places(state: EntityState, place: str, start_char: int, end_char: int) -> None:
    """Each comma- or slash-separated part of the dateline's place ("KABUL", "AFGHANISTAN";
    "DOHA/KIRSA" for a story filed from two cities) becomes a GPE mention; an agency or
    date in the dateline ("(AP)", "Nov 7") does not."""
    window = state.text[start_char:end_char].lower()
    offset = 0
    for part in re.split(r"[,/]", place):
        part = part.strip()
        if not part:
            continue
        found = window.find(part.lower(), offset)
        if found < 0:
            continue
        offset = found + len(part)
        span = state.doc.char_span(start_char + found, start_char + offset, alignment_mode="expand")
        if span is not None and len(span) > 0:
            state.add_mention(MentionDraft(span.start, span.end, "name", "GPE", head=span.end - 1))
