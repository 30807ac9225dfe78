"""Quantities: "277 electoral votes", "$1.2 billion", "12 percent", "47th", "eleven weeks".

A compiled regex finds every written or spelled-out number once per document; the
unit comes from the text right after it (a percent sign, a scale word, an abbreviation
written onto the number: "$5bn", "10km", "a 60m-deep shaft") or, for a count, from the
noun the number modifies in spaCy's parse ("5,000 terrorists"). The abbreviations and
scale suffixes are data (``claims_unit_abbreviations.tsv``, ``claims_scale_suffixes.tsv``):
"m" after a currency or before a plural noun is a million ("$5m", "5m people"), else a
metre ("a 60m-deep shaft"). Numbers that are part of a date, a clock time, a name ("Air
Force One") or an age ("a 40-year-old man", "aged 40") are not quantities.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsgraph.docindex import may_contain
from newsgraph.numbers import DIGIT_NUMBER, ORDINAL_WORDS, SCALES, WORD_NUMBER, parse_number

_CURRENCIES = {"$": "dollars", "us$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}
_BIG_ORDINALS = "|".join(w for w, n in ORDINAL_WORDS.items() if n >= 4)
#: Their first letters, a look-ahead class that makes the scan several times faster.
_ORDINAL_INITIALS = "".join(sorted({w[0] for w, n in ORDINAL_WORDS.items() if n >= 4}))

QUANTITY = re.compile(
    rf"(?<![\w.,$€£¥/#:-])(?P<cur>US\$|\$|€|£|¥)?\s?"
    rf"(?P<num>{DIGIT_NUMBER}(?P<ord>st|nd|rd|th)?|(?i:{WORD_NUMBER})|(?i:an?\s+(?:thousand|million|billion|trillion)))"
    rf"(?:\s?(?P<scale>(?i:hundred|thousand|million|billion|trillion))\b|(?P<short>[A-Za-z]{{1,4}})\b)?"
    rf"(?:\s?(?P<pct>%|(?i:percent|per\s+cent|percentage\s+points?)\b))?"
    rf"(?P<hyphen>-(?P<hyunit>[a-z]+)(?P<old>-old)?)?"
    rf"(?![\w:/-]|[.,]\d)"
)
# not "sixth-grader"
WORD_ORDINAL = re.compile(rf"(?=(?i:[{_ORDINAL_INITIALS}]))\b(?i:{_BIG_ORDINALS})\b(?!-)")
#: A piece of every ``WORD_ORDINAL`` word: a text with none is not scanned for them.
_ORDINAL_NEEDLES = tuple(w for w, n in ORDINAL_WORDS.items() if n >= 4)

#: Determiners that make a small spelled-out number a reference, not a count ("the two leaders").
_REFERRING = frozenset(
    {"the", "these", "those", "both", "his", "her", "their", "its", "our", "my", "your", "this", "that"}
)
_SMALL_WORDS = frozenset({"one", "a", "an"})
#: "40 years old", "40-years-old": an age written out after the number.
_YEARS_OLD = re.compile(r"[\s-]+years?[\s-]+old\b", re.IGNORECASE)
#: A plural noun after a suffixed number: the suffix is a scale ("5m people", "40m barrels").
#: The irregular plurals are English morphology, not vocabulary.
_PLURAL_NEXT = re.compile(r" (?:[a-z]+s|people|children|men|women)\b")
#: An article before the number: "a 60m tower", "the 100m final" measure something.
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)
#: A hyphen and a dimension adjective after a suffixed number: the suffix is a unit ("60m-deep").
_DIMENSION_NEXT = re.compile(r"-[a-z]+")


@dataclass(frozen=True)
class Units:
    """The unit vocabularies of the scan (from the claims word lists)."""

    abbreviations: dict[str, str]  # "km" -> "kilometres"
    scales: dict[str, float]  # "bn" -> 1e9
    age_words: frozenset[str]  # "aged": the number after it is an age


@dataclass
class FoundQuantity:
    start: int  # the number
    end: int  # end of number + scale/percent (the unit, if any, may extend further)
    value: float
    unit: str | None
    kind: str  # "percent", "money", "ordinal", "count", "measure"
    spelled: bool  # written in words


def _suffix(text: str, m: re.Match[str], units: Units) -> tuple[str, float | str] | None:
    """What a suffix written onto the number is: ("scale", factor), ("unit", name), or None
    for a suffix that is neither ("10am", "3rd" are not quantities here)."""
    short = m["short"].lower()
    scale, unit = units.scales.get(short), units.abbreviations.get(short)
    if unit is None:
        return None if scale is None else ("scale", scale)  # "$5bn", "£300m"
    if scale is None:
        return "unit", unit  # "10km", "5kg"
    if m["cur"]:
        return "scale", scale  # "$5m"
    rest = text[m.end("short") : m.end("short") + 30]
    if _DIMENSION_NEXT.match(rest) or _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
        return "unit", unit  # "a 60m-deep shaft", "a 60m tower"
    if _PLURAL_NEXT.match(rest) or not rest[:1].isspace():
        return "scale", scale  # "5m people", "a population of 1.5m."
    return "unit", unit  # "ran 100m in ten seconds"


def _is_age(text: str, start: int, end: int, units: Units) -> bool:
    """ "a man aged 40", "at the age of 62", "40 years old": a person's age."""
    before = text[max(0, start - 16) : start].lower().split()
    if before and (before[-1] in units.age_words or (len(before) > 1 and before[-2] in units.age_words)):
        return True
    return _YEARS_OLD.match(text, end) is not None


def scan(text: str, units: Units) -> list[FoundQuantity]:
    """Every number in ``text`` with its value and, where the text itself says, its unit."""
    out: list[FoundQuantity] = []
    for m in QUANTITY.finditer(text):
        num = m["num"]
        if m["old"]:
            continue  # "45-year-old": an age
        if _is_age(text, m.start("num"), m.end("num"), units):
            continue
        spelled = not num[0].isdigit()
        if m["ord"]:
            value = parse_number(num[: -len(m["ord"])])
            if value is not None:
                out.append(FoundQuantity(m.start("num"), m.end("num"), value, "ordinal", "ordinal", False))
            continue
        value = parse_number(num)
        if value is None:
            continue
        suffix = _suffix(text, m, units) if m["short"] else None
        if m["short"] and suffix is None:
            continue  # "10am", "5pm": not an amount
        abbreviated = str(suffix[1]) if suffix is not None and suffix[0] == "unit" else None
        scale = m["scale"] or (suffix is not None and suffix[0] == "scale")
        end = m.end("num")
        if m["scale"]:
            value *= SCALES[m["scale"].lower()]
            end = m.end("scale")
        elif suffix is not None:
            if suffix[0] == "scale":
                value *= float(suffix[1])
            end = m.end("short")
        if spelled and num.lower() in _SMALL_WORDS and not scale and not m["pct"]:
            continue
        first = m.start("cur") if m["cur"] else m.start("num")
        if m["pct"]:
            unit = "percentage points" if m["pct"].lower().startswith("percentage") else "percent"
            out.append(FoundQuantity(first, m.end("pct"), value, unit, "percent", spelled))
        elif m["cur"]:
            out.append(FoundQuantity(first, end, value, _CURRENCIES[m["cur"].lower()], "money", spelled))
        elif abbreviated is not None:
            # "a 60m-deep shaft": 60 metres, and "-deep" is what is measured
            stop = m.end("hyphen") if m["hyunit"] else end
            out.append(FoundQuantity(first, stop, value, abbreviated, "measure", spelled))
        elif m["hyunit"]:
            out.append(FoundQuantity(first, m.end("hyphen"), value, m["hyunit"], "measure", spelled))
        else:
            out.append(FoundQuantity(m.start("num"), end, value, None, "count", spelled))
    ordinals: Iterable[re.Match[str]] = ()
    if may_contain(text, text.lower(), _ORDINAL_NEEDLES):
        ordinals = WORD_ORDINAL.finditer(text)
    for m in ordinals:
        out.append(
            FoundQuantity(
                m.start(), m.end(), float(ORDINAL_WORDS[m.group(0).lower()]), "ordinal", "ordinal", True
            )
        )
    out.sort(key=lambda q: q.start)
    return out


def is_referring(text: str, q: FoundQuantity) -> bool:
    """ "the two leaders": a small spelled-out number after a determiner counts nothing new."""
    if not q.spelled or q.value >= 10 or q.kind != "count":
        return False
    before = text[max(0, q.start - 12) : q.start].split()
    return bool(before) and before[-1].lower() in _REFERRING
