"""Grammar and limits the summary rules use: dependency labels, entity labels, closed-class
words (prepositions, subordinators, deictic days), date patterns and how far to read.
Vocabulary a user would extend lives in ``data/lexicon/summary_*.txt`` instead."""

from __future__ import annotations

import re

#: How many segments (headline + sentences) are searched for who/what, and for
#: when/where/why/how. The main event is almost always in the first few.
LEAD_SEGMENTS = 5


CONTEXT_SEGMENTS = 8


#: Longest phrase (tokens) kept for a "who" or "what"; longer ones are cut.
MAX_WHO = 10


MAX_WHAT = 15


#: A "when" candidate scoring below this (a background year far from the
#: publication date, late in the lead) loses to the publication date.
MIN_WHEN_SCORE = 0.3


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


WHO_DROP = frozenset({"relcl", "acl", "appos", "advcl", "parataxis", "punct", "prep", "cc", "conj"})


WHAT_KEEP = frozenset(
    {
        "aux",
        "auxpass",
        "neg",
        "prt",
        "dobj",
        "dative",
        "attr",
        "acomp",
        "oprd",
        "xcomp",
        "agent",
        "prep",
        "ccomp",
    }
)


WHAT_SKIP_PREPS = frozenset({"because", "after", "following", "due", "amid", "according"})


LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "from", "across", "around", "on", "to"})


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


DEICTIC = frozenset({"today", "yesterday", "tonight", "tomorrow"})


WHY_MARKERS = frozenset({"because", "after", "following", "due", "amid"})


SPECIFIC_TIME = re.compile(
    r"\b(mon|tues|wednes|thurs|fri|satur|sun)day|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b"
    r"|\b(today|yesterday|tonight|tomorrow|morning|afternoon|evening|night|midnight|noon)\b"
    r"|\d{1,2}[:.]\d{2}|\d\s*(a\.?m\.?|p\.?m\.?)\b|\b(last|this|next)\s+(week|month|year)\b",
    re.IGNORECASE,
)


DURATION = re.compile(
    r"^\s*(the\s+)?(past\s+|last\s+|next\s+|first\s+)?[\w-]+[\s-]+(years?|months?|weeks?|days?|hours?|minutes?|decades?)"
    r"(?:[\s-]old)?\s*$|-year-old|^\s*\d{1,3}\s*$|^\s*(a|one|two|three|several|many|few)\s+(years?|decades?)\s*$",
    re.IGNORECASE,
)


HEADLINE_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD", "VB"})


OPENING_MARKS = frozenset({"'", "‘", "“", '"'})


NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


NOUNISH = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "DET", "PART", "CCONJ"})


HEADLINE_STOPS = frozenset(
    {"as", "after", "while", "because", "following", "amid", "despite", "but", "over", "to", "if", "when"}
    | {"unless", "before", "until", "though", "although"}
)


#: Bonus for a time the events stage dated a mention of the main event with.
MAIN_EVENT_TIME = 0.8
