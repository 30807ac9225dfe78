"""Grammar several stages test: entity labels, subordinators, auxiliaries, dependency labels.

These are part of the rules (spaCy's label sets and closed-class English words), not
vocabulary a user would extend: word lists live in ``data/lexicon/`` and are read
through :mod:`newsgraph.lexicons`. A set lives here when two or more stages mean the
same thing by it; a set one stage alone uses stays in that stage (``events/constants.py``,
``summary/constants.py``), as textacy keeps one ``constants`` module for what is shared.
"""

from __future__ import annotations

#: Entity labels of places: "in Gaza" is where, not who.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels of actors that can hold a view or be its target: people, organisations,
#: groups and countries (read by summary's "who" and by stances' holders and targets).
ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: The type of an entity that is a group named only by a plural noun ("officials", "the
#: two companies"; ``entities/groups.py``): an actor too, though no tagger label names it.
GROUP_TYPE = "GROUP"
#: Determiners that make a noun phrase point back at something already told ("the
#: agency", "this meeting"; read by entities' descriptions and events' repeated acts).
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Possessive pronouns that can stand for an organisation or a country ("its army").
NON_PERSON_POSSESSIVES = frozenset({"its", "their"})
#: Determiners that bring a new referent into the story ("a police spokesman", "another
#: official"): such a phrase never points back at somebody already named.
INDEFINITE = frozenset({"a", "an", "another"})
#: Penn tags of a plural noun ("officials", "the two companies"): a group, not one person.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Tags of a finite verb (past, present): a clause of its own, with a subject of its own.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Subordinators that make a clause a condition ("if", "unless", "whether").
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
#: Prepositions that aim an act at its target ("fired tear gas at protesters", "opened fire
#: on the crowd", "a campaign against the rebels"): the events stage's target of a verb of
#: force, and what makes a group named by a plural noun a party to the act (entities).
AIMED_PREPS = frozenset({"at", "on", "against", "into"})
#: Auxiliaries of the future ("wo" is "won't" split by the tokenizer).
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "’ll"})
#: Dependency labels of a verb's active or passive nominal subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: The forms of the third-person singular personal pronouns, by the gender they say.
MASCULINE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PERSONAL_PRONOUNS = MASCULINE_PRONOUNS | FEMININE_PRONOUNS
#: Quotation marks, straight and curly, as the tokenizer leaves them ('"', "“", "``").
QUOTE_MARK_TOKENS = frozenset({'"', "“", "”", "``", "''"})
#: Nouns of spans of time (lemmas): "for three summers", "for decades" say how long, and
#: no event frame's phrase is one (events/patterns.py).
TIME_SPAN_NOUNS = frozenset(
    {"second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade",
     "century", "season", "summer", "winter", "spring", "autumn", "term", "generation"}
)
#: Share of capitalised words (small function words aside) that makes a line or a name
#: title case ("Trump Wins the Vote"; read by furniture's headline runs and by entities'
#: subtitles of works).
TITLE_CASE_SHARE = 0.75
#: Function words title case leaves in lower case ("Choose to Fail or Succeed").
TITLE_SMALL_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
    "with", "from", "as", "vs", "via", "into", "over", "after", "up", "off", "out",
})


def _latin_letters(case: str) -> str:
    """The Latin letters beyond ASCII of one case (Latin-1 Supplement, Extended-A and -B),
    for a regular-expression character class: Python's ``re`` has no ``\\p{Lu}``."""
    test = str.isupper if case == "upper" else str.islower
    return "".join(chr(c) for c in range(0xC0, 0x250) if test(chr(c)) and chr(c) not in "×÷")


#: Character-class bodies (without brackets) of upper- and lower-case Latin letters with
#: their accented forms: "SANTA LUCÍA", "SÃO PAULO", "Inés Carrasco", "Łukasz Nowak". A
#: pattern written with ``[A-Z]`` alone loses the dateline or byline of every such name.
UPPER = "A-Z" + _latin_letters("upper")
LOWER = "a-z" + _latin_letters("lower")
