"""Tests of single words and short spans of a name: is a capitalised word a title that
stands before a name, does it open its clause, is a tagged span no name at all.

Split from ``mentions`` (the named-mention step) so that step stays readable; the
tests read the shared columns, not new ``Token`` objects, since most are asked of
every word of the article.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.entities import lexicon
from newsgraph.entities.state import EntityState

_FILE_NAME = re.compile(r"\.(?:html?|jpe?g|png|gif|pdf|docx?|xlsx?|pptx?|txt|zip|exe|mp[34])$", re.IGNORECASE)
#: Labels a lone common word is wrongly given ("Euros" PERSON, "Corporate" ORG).
_COMMON_WORD_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
#: Tags of a lone word that is no name even when capitalised: adjectives,
#: adverbs, verbs, interjections.
_NON_NAME_TAGS = frozenset(
    {"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "UH", "IN", "DT"}
)


#: A surname written with an apostrophe after a one- or two-letter prefix ("O'Rourke",
#: "D'Amato", "M'Bala", "O’Neal"): the tokenizer keeps it one token, not alphabetic.
_APOSTROPHE_NAME = re.compile(r"^[A-Z][a-z]?['’][A-Z][a-z]+$")


def name_letters(text: str) -> bool:
    """Whether a word is made of letters as a name is: alphabetic, or a surname with an
    apostrophe after its prefix (session 20b: "Heather O'Rourke" was no name, since the
    given-name and repeat passes asked for letters only, so her "her" had no referent)."""
    return text.isalpha() or _APOSTROPHE_NAME.match(text) is not None


def is_prename_title(state: EntityState, i: int) -> bool:
    """Whether token ``i`` is a capitalised title that stands before a name ("Governor",
    "Mayor", "MP"), read from the shared columns (no Token per test)."""
    lower, text = state.index.column("lower_")[i], state.index.column("text")[i]
    return lower.rstrip(".") in state.words.prename_titles and text[:1].isupper()


def not_a_name(state: EntityState, start: int, end: int, label: str) -> bool:
    """Spans the small tagger marks that are no names: web addresses, handles and file
    names ("unitedway.enron.com", "@POTUS", "Outlook.jpg"), shouted or lower-case
    ordinary words ("FREE", "NEVER", "don"), single common words tagged as a person
    or organisation ("Corporate", "Email:", "Iodine" when the article also
    writes "iodine"), and a government portfolio before an office title ("Transport" in
    "Transport Minister Omar Haddad")."""
    tokens = state.tokens
    span = tokens[start:end]  # the cached Token objects, not a Span that makes new ones
    text = state.span_text(start, end)
    if any(t.like_url or t.like_email or "@" in t.text for t in span) or text[:1] in {"@", "#"}:
        return True
    if _FILE_NAME.search(text):
        return True
    if end - start == 1 and time_zone(state, start):
        return True  # "GMT" in a live blog's "14:05 GMT"
    if (
        end - start == 1
        and end < len(tokens)
        and span[0].lower_ in state.words.portfolio_words
        and is_prename_title(state, end)
    ):
        return True  # "Transport" in "Transport Minister Omar Haddad": the title's portfolio
    after = end + 1 if end + 1 < len(tokens) and tokens[end].text == "." else end  # "Brig." split
    before_a_name = after < len(tokens) and tokens[after].pos_ == "PROPN"
    if end - start == 1 and before_a_name and is_prename_title(state, start):
        return True  # "Magistrate" tagged alone before "Ruth Kiprop", "Brig." before a name: its title
    proper = any(t.pos_ == "PROPN" for t in span)
    if not proper and (text.isupper() or text.islower() or not any(c.isupper() for c in text)):
        return True  # "n’t", "seafood", "FREE", "WOW"
    if proper and end - start == 1 and label in _COMMON_WORD_LABELS and _common_word_opening(state, start):
        return True  # "Striker completes record move" in an article about a "striker"
    if end - start == 1 and label in ("NORP", "ORG", "PERSON") and _one_national(state, start):
        return True  # "the Italian said": one person named by nationality, not the people
    if end - start == 1 and label in ("PERSON", "ORG") and _subject_of_a_rate(state, start):
        return True  # "Turnout was 71 percent" with "Turnout" as a proper noun
    if end - start > 1 or proper or label not in _COMMON_WORD_LABELS:
        return False
    tok = tokens[start]
    if tok.lower_ in lexicon.first_name_genders():
        return False
    if label == "PERSON" and not opens_a_clause(state, start) and _surname_of_a_full_name(state, tok.text):
        return False  # "I asked Pike whether ..." after "Graham Pike", whatever tag the word got
    if tok.tag_ in _NON_NAME_TAGS:
        return True  # "Corporate", "Drop"
    if end < len(tokens) and tokens[end].text == ":" and (start == 0 or tokens[start - 1].is_space):
        # "Email:" heading a line; not "Lund:" labelling an interview's turn after "Karin Lund"
        return not (label == "PERSON" and _surname_of_a_full_name(state, tok.text))
    if label == "PERSON" and tok.tag_ == "NN" and opens_a_clause(state, start):
        return True  # "Turnout on Sunday was 71%": a common noun whose capital is the sentence's
    if (
        label == "ORG"
        and tok.tag_ in ("NN", "NNS")
        and opens_a_clause(state, start)
        and state.index.column("text").count(tok.text) == 1
    ):
        # "Households will receive water", "Striker completes record move": the same,
        # when the article names no body so anywhere else ("Cubs players celebrate"
        # after ten "Cubs" is the team)
        return True
    return tok.lower_ in state.lower_words()


#: Relations of a noun phrase's head that name a participant (not a modifier's).
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "conj"})


def _one_national(state: EntityState, i: int) -> bool:
    """Whether token ``i`` is a singular demonym heading its own noun phrase after an
    article ("the Italian said", "a Briton was among the dead", "the Frenchman"): one
    person described by nationality, whom a role noun's rules may not name; as a name
    of the people it would make a nation the speaker. Plural forms ("the Germans said")
    are the people; "Italian" before a noun modifies it."""
    tok = state.tokens[i]
    word = tok.text
    if tok.tag_ == "NNPS" or word.endswith("s") or tok.dep_ not in _ARGUMENT_DEPS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"the", "a", "an"} for c in tok.children):
        return False
    national = lexicon.listed_demonym_place(word) or lexicon.listed_demonym_place(word.removesuffix("man"))
    return national is not None and lexicon.country_name(word) is None


def _surname_of_a_full_name(state: EntityState, word: str) -> bool:
    """Whether the tagger names a person elsewhere in the text with more than one word,
    ending in ``word`` ("Karin Lund" for "Lund")."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in state.index.ents)


_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}")


def time_zone(state: EntityState, i: int) -> bool:
    """Whether token ``i`` is a time zone's letters right after a clock time ("14:05 GMT",
    "10 a.m. EST"), which the small tagger often takes for an organisation."""
    tokens = state.tokens
    if i == 0 or not tokens[i].is_upper or tokens[i].lower_ not in state.words.clock_words:
        return False
    before = tokens[i - 1]
    return bool(_CLOCK_TIME.fullmatch(before.text)) or before.lower_.rstrip(".") in ("a.m", "p.m", "am", "pm")


def _subject_of_a_rate(state: EntityState, i: int) -> bool:
    """Whether the one word at ``i`` is the subject of a copula whose complement is a
    percentage ("Turnout was 71 percent", "Inflation is 3.2%"): a quantity measured,
    never a person or a body (a person "was 71", an age, is no percentage), unless it is a
    known given name."""
    tok = state.tokens[i]
    if tok.dep_ != "nsubj" or tok.lower_ in lexicon.first_name_genders():
        return False
    verb = tok.head
    if verb.lemma_.lower() not in state.words.copulas:
        return False
    return any(
        child.dep_ in ("attr", "acomp") and (child.ent_type_ == "PERCENT" or child.text == "%")
        for child in verb.children
    )


def _common_word_opening(state: EntityState, i: int) -> bool:
    """Whether the one word at ``i``, tagged a proper noun, is a common word capitalised
    only because it opens its sentence: the article writes it in lower case elsewhere and
    capitalised nowhere else, and it is no given name or country."""
    tok = state.tokens[i]
    if tok.lower_ not in state.lower_words() or tok.lower_ in lexicon.first_name_genders():
        return False
    if lexicon.country_name(tok.text) is not None or state.index.column("text").count(tok.text) != 1:
        return False
    return opens_a_clause(state, i)


def opens_a_clause(state: EntityState, i: int) -> bool:
    """Whether token ``i`` opens its sentence (after any punctuation) and a verb follows
    in it: a name alone on its line ("Runar", a signature) is left as it was tagged."""
    n = state.sent_of[i]
    first = state.sent_starts[n]
    last = state.sent_starts[n + 1] if n + 1 < len(state.sent_starts) else len(state.tokens)
    pos = state.index.column("pos_")
    if any(pos[k] not in ("PUNCT", "SPACE") for k in range(first, i)):
        return False
    return any(pos[k] in ("VERB", "AUX") for k in range(i + 1, last))


#: Dependencies of a name that modifies a noun ("the Trump campaign", "the Obama era").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def name_after_the(state: EntityState, start: int, end: int) -> bool:
    """Whether the one-word name at ``start`` follows a lower-case "the" and heads its
    phrase ("farmers in the Sahel"): a region's or a body's name, never a person's (a
    person's name after "the" modifies the noun after it: "the Trump campaign"; a plural
    is a family or a people, "the Obamas")."""
    if end - start != 1 or start <= state.first:
        return False
    tok = state.tokens[start]
    if state.tokens[start - 1].text != "the" or tok.tag_ not in ("NNP", "NN") or not tok.is_title:
        return False
    if tok.lower_.endswith("s"):
        return False  # (nor "the Obamas": a family)
    if lexicon.listed_demonym_place(tok.text) is not None:
        return False  # "the Finn": one of a people
    return tok.dep_ not in _MODIFIER_DEPS or tok.head.pos_ not in ("NOUN", "PROPN")


def name_after_portfolio(state: EntityState, title: int) -> tuple[int, int] | None:
    """The span of the name after "Title of Portfolio" ("Minister of Defence Tomasz Kral",
    "Minister of Foreign Affairs Ana Ruiz"), which the parse repair
    (``syntax_repairs._names_after_a_portfolio``) made the head the title hangs on: the
    head and the capitalised compound right before it, neither a portfolio word. None
    for any other title."""
    tokens, lowers = state.tokens, state.index.column("lower_")
    n = len(tokens)
    if title + 3 >= n or lowers[title + 1] != "of" or lowers[title + 2] not in state.words.portfolio_words:
        return None
    tok = tokens[title]
    head = tok.head
    if tok.dep_ not in ("compound", "nmod") or head.i <= title + 3 or head.pos_ != "PROPN":
        return None
    start = head.i - 1
    before = tokens[start]
    if before.dep_ != "compound" or before.head.i != head.i or lowers[start] in state.words.portfolio_words:
        return None
    return start, head.i + 1


def in_a_name(tok: Token) -> bool:
    """Whether a capitalised word can be part of a longer name: a proper noun, or an
    ordinal written as a name's first word ("Second" in "the Second Thomas Shoal")."""
    return tok.pos_ == "PROPN" or tok.ent_type_ == "ORDINAL"


def person_noun(state: EntityState, tok: Token) -> bool:
    """A noun for a person: a role, a kinship or sex noun, a gendered noun ("founder",
    "mother"). Read by the pronoun rules (``referred``) and the lone-name typing
    (``untagged``)."""
    lemma = tok.lemma_.lower()
    return (
        lemma in lexicon.person_roles()
        or lemma in state.words.person_nouns
        or lemma in state.words.kin_titles
        or lemma in lexicon.gender_words()
    )
