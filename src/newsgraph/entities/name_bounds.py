"""Where a tagged name begins and ends (step 1 of the entities stage, for ``mentions``).

The small tagger's spans carry a leading article, a trailing possessive or punctuation,
a trailing function word ("Brock Halvorsen to") and run over colons ("WALLACE: Governor");
``trim`` cuts them back to the name. Kept apart from ``mentions`` (which decides what is
a name and of which type) because it reads only the span's own tokens.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.constants import TITLE_CASE_SHARE, TITLE_SMALL_WORDS
from newsgraph.entities import lexicon
from newsgraph.entities.name_words import time_zone
from newsgraph.entities.state import EntityState

_TRIM_LEFT = frozenset({"the", "a", "an"})
#: A result or a place in a table after a name ("Manchester United 3-1", "United 11th"):
#: no name ends in a score or an ordinal written in figures ("Apollo 11" keeps its number).
_SCORE = re.compile(r"\d+\s?[-–]\s?\d+|\d+(?:st|nd|rd|th)")
_APOSTROPHES = ("'s", "’s", "'", "’")


def _not_a_subtitle(tokens: list[Token], start: int, colon: int, end: int) -> bool:
    """Whether what follows a colon inside a title-like span is no subtitle: the part before
    it is one word in capitals (a transcript's speaker label, "WALLACE: Let's start ..."),
    or the words after it are not in title case."""
    if colon - start == 1 and tokens[start].is_upper:
        return True
    words = [t for t in tokens[colon + 1 : end] if t.is_alpha and t.lower_ not in TITLE_SMALL_WORDS]
    return bool(words) and sum(1 for t in words if t.is_title or t.is_upper) < TITLE_CASE_SHARE * len(words)


#: Tags of a lower-case word no name ends in: preposition, "to", article, conjunction.
_TRAILING_FUNCTION_TAGS = frozenset({"IN", "TO", "DT", "CC"})


def trim(state: EntityState, start: int, end: int, at_colon: bool = True) -> tuple[int, int]:
    """Drop a leading article or lower-case verb (the tagger's "put City" in "put City
    ahead"), a kind of company opening the sentence ("Drugmaker Halvern Pharma agreed"),
    a trailing possessive, edge punctuation and a trailing
    lower-case function word (the tagger's "Brock Halvorsen to", "Grand Lodge of": no name
    ends in a preposition, article or conjunction), and whatever
    follows a colon: a name does not run over one ("WALLACE: Governor, ..." in a
    transcript is the label "WALLACE" and the start of the turn). A title of a work
    (``at_colon`` false) keeps a subtitle ("Collapse: How Societies Choose to Fail"). A
    name ending in a body's head noun loses a possessive its leader's name or pronoun put
    before it ("Horvat's Democratic Union", "Her Democratic Party"); a title ("Her
    Beautiful Enemy") keeps it."""
    tokens = state.tokens
    while start < end and (
        tokens[start].lower_ in _TRIM_LEFT
        or tokens[start].is_punct
        or tokens[start].is_space
        or time_zone(state, start)  # "14:10 GMT - Opposition leader ...": a live blog's time
        or (_names_a_body(state, end) and _leading_possessive(state, start, end))
        or (end - start > 1 and tokens[start].is_lower and tokens[start].pos_ == "VERB")
        or (
            end - start > 1
            and tokens[start].is_sent_start
            and tokens[start].lower_ in state.words.company_kinds
        )
    ):
        start += 1
    for k in range(start + 1, end):
        if tokens[k].text == ":" and (at_colon or _not_a_subtitle(tokens, start, k, end)):
            end = k
            break
    if _names_a_body(state, end):
        start = _after_an_owner(state, start, end)
    end = _before_a_named_title(state, start, end)
    for k in range(start + 1, end):
        if tokens[k].text[:1].isdigit() and _SCORE.fullmatch(state.index.span_text(k, end).strip()):
            end = k
            break
    while end > start and (
        tokens[end - 1].tag_ == "POS"
        or tokens[end - 1].text in _APOSTROPHES
        or tokens[end - 1].is_punct
        or tokens[end - 1].is_space
        or (end - 1 > start and tokens[end - 1].is_lower and tokens[end - 1].tag_ in _TRAILING_FUNCTION_TAGS)
    ):
        if (
            tokens[end - 1].text == "."
            and end - 1 > start
            and (len(tokens[end - 2].text) == 1 or tokens[end - 2].lower_ in state.words.stop_abbreviations)
        ):
            break  # "U.S." style abbreviations and "CCNG, Inc." keep their stop
        end -= 1
    return start, end


def _before_a_named_title(state: EntityState, start: int, end: int) -> int:
    """Where a name ends when the tagger ran it into the title of the person named right
    after ("Halvern Chief Executive Ruth Okafor said": the company is "Halvern"): the
    capitalised role words ("Chief", "Executive", ``entities_person_roles.txt``) are cut
    off the end when a PERSON name follows them and a word is left before them."""
    tokens = state.tokens
    if end >= len(tokens) or tokens[end].ent_type_ != "PERSON" or tokens[start].ent_type_ == "PERSON":
        return end
    roles = lexicon.person_roles()
    cut = end
    while cut > start + 1 and tokens[cut - 1].is_title and tokens[cut - 1].lower_ in roles:
        cut -= 1
    return cut


def postnominal_end(state: EntityState, start: int, end: int) -> int:
    """Where a person's name ends before the honour, office or degree letters written
    after it ("Sarah Lund MBE", "Tomas Orrell QC RDI"): they are no part of the name, so a
    later "Lund" finds her by the surname."""
    while end - start > 2 and _postnominal(state, start, end - 1):
        end -= 1
    return end


def _postnominal(state: EntityState, start: int, i: int) -> bool:
    """Whether token ``i`` is honour, office or degree letters written after a person's
    name ("MBE", "QC", "PhD"): a listed word in capitals (or with a capital inside, "PhD"),
    after at least two capitalised name words (initials and other such letters between)."""
    tokens = state.tokens
    if not _letters(state, tokens[i].text):
        return False
    words = 0
    for t in tokens[start:i]:
        if _letters(state, t.text) or (len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "."):
            continue  # "Orrell QC RDI", "John F. Lund"
        if not (t.is_alpha and t.is_title):
            return False
        words += 1
    return words >= 2


def _letters(state: EntityState, text: str) -> bool:
    """A listed post-nominal written as letters ("MBE", "Q.C.", "PhD"; not "Ra" as a word)."""
    bare = text.replace(".", "")
    if bare.lower() not in state.words.postnominals:
        return False
    return bare[:1].isupper() and any(c.isupper() for c in bare[1:])


def _names_a_body(state: EntityState, end: int) -> bool:
    """Whether a span ends in the head noun of a body's name ("Party", "Union", "Front")."""
    last = state.tokens[end - 1].lower_
    return last in state.words.org_name_heads or last in state.words.org_kind_nouns


def _leading_possessive(state: EntityState, start: int, end: int) -> bool:
    """A possessive determiner the tagger took into a name ("Her Democratic Party voted
    against it"): the party is the name, "her" points at its leader. Not a style of
    address ("Her Majesty's Government", ``entities_address_styles.txt``)."""
    tokens = state.tokens
    if tokens[start].tag_ != "PRP$" or start + 1 >= end:
        return False
    return tokens[start + 1].lower_ not in state.words.address_styles


def _after_an_owner(state: EntityState, start: int, end: int) -> int:
    """Where a name begins after a person's possessive the tagger took into it ("Horvat's
    Democratic Union", where "Horvat" is tagged a person elsewhere): the party is the
    name, its leader the owner. A possessive that belongs to the name ("McDonald's
    Corp", "Women's Aid") stays, since its first part names no person in the text."""
    tokens = state.tokens
    for k in range(start + 1, end - 2):  # the name left has two words at least
        if tokens[k].tag_ == "POS":
            owner = state.doc[start:k].text
            persons = [
                e[:-1] if e[-1].tag_ == "POS" else e
                for e in state.doc.ents
                if e.label_ == "PERSON" and (e.end <= start or e.start >= end)
            ]
            if any(e.text == owner or e.text.endswith(" " + owner) for e in persons):
                return k + 1
            break
    return start


def hyphenated_end(tokens: list[Token], end: int) -> int:
    """The end of a name whose last word goes on past a hyphen with no space around it:
    the tagger marks "Solberg" alone in "Solberg-Haug was met by ...", though the same
    surname is whole in "Ingrid Solberg-Haug"; cut there, the two are different people.
    A spaced dash ("Hull - Analyst") is punctuation, not part of the name."""
    while (
        end + 1 < len(tokens)
        and tokens[end].text == "-"
        and not tokens[end - 1].whitespace_
        and not tokens[end].whitespace_
        and tokens[end + 1].is_alpha
        and tokens[end + 1].is_title
    ):
        end += 2
    return end
