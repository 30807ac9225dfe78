"""Quantities: "277 electoral votes", "$1.2 billion", "12 percent", "47th", "eleven weeks".

A compiled regex finds every written or spelled-out number once per document; the
unit comes from the text right after it (a percent sign, a scale word) or, for a
count, from the noun the number modifies in spaCy's parse ("5,000 terrorists").
Numbers that are part of a date, a clock time, a name ("Air Force One") or an age
are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.numbers import DIGIT_NUMBER, ORDINAL_WORDS, SCALES, WORD_NUMBER, parse_number

_CURRENCIES = {"$": "dollars", "us$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}
_SHORT_SCALES = {"bn": 1_000_000_000, "m": 1_000_000, "k": 1_000}
_BIG_ORDINALS = "|".join(w for w, n in ORDINAL_WORDS.items() if n >= 4)

QUANTITY = re.compile(
    rf"(?<![\w.,$€£¥/#:-])(?P<cur>US\$|\$|€|£|¥)?\s?"
    rf"(?P<num>{DIGIT_NUMBER}(?P<ord>st|nd|rd|th)?|(?i:{WORD_NUMBER})|(?i:an?\s+(?:thousand|million|billion|trillion)))"
    rf"(?:\s?(?P<scale>(?i:hundred|thousand|million|billion|trillion))\b|(?P<short>bn|m|k)\b)?"
    rf"(?:\s?(?P<pct>%|(?i:percent|per\s+cent|percentage\s+points?)\b))?"
    rf"(?P<hyphen>-(?P<hyunit>[a-z]+)(?P<old>-old)?)?"
    rf"(?![\w:/-]|[.,]\d)"
)
WORD_ORDINAL = re.compile(rf"\b(?i:{_BIG_ORDINALS})\b(?!-)")  # not "sixth-grader"

#: Determiners that make a small spelled-out number a reference, not a count ("the two leaders").
_REFERRING = frozenset(
    {"the", "these", "those", "both", "his", "her", "their", "its", "our", "my", "your", "this", "that"}
)
_SMALL_WORDS = frozenset({"one", "a", "an"})


@dataclass
class FoundQuantity:
    start: int  # the number
    end: int  # end of number + scale/percent (the unit, if any, may extend further)
    value: float
    unit: str | None
    kind: str  # "percent", "money", "ordinal", "count", "measure"
    spelled: bool  # written in words


def scan(text: str) -> list[FoundQuantity]:
    """Every number in ``text`` with its value and, where the text itself says, its unit."""
    out: list[FoundQuantity] = []
    for m in QUANTITY.finditer(text):
        num = m["num"]
        if m["old"]:
            continue  # "45-year-old": an age
        spelled = not num[0].isdigit()
        if m["ord"]:
            value = parse_number(num[: -len(m["ord"])])
            if value is not None:
                out.append(FoundQuantity(m.start("num"), m.end("num"), value, "ordinal", "ordinal", False))
            continue
        value = parse_number(num)
        if value is None:
            continue
        scale = m["scale"] or m["short"]
        end = m.end("num")
        if m["scale"]:
            value *= SCALES[m["scale"].lower()]
            end = m.end("scale")
        elif m["short"]:
            value *= _SHORT_SCALES[m["short"]]
            end = m.end("short")
        if spelled and num.lower() in _SMALL_WORDS and not scale and not m["pct"]:
            continue
        first = m.start("cur") if m["cur"] else m.start("num")
        if m["pct"]:
            unit = "percentage points" if m["pct"].lower().startswith("percentage") else "percent"
            out.append(FoundQuantity(first, m.end("pct"), value, unit, "percent", spelled))
        elif m["cur"]:
            out.append(FoundQuantity(first, end, value, _CURRENCIES[m["cur"].lower()], "money", spelled))
        elif m["hyunit"]:
            out.append(FoundQuantity(first, m.end("hyphen"), value, m["hyunit"], "measure", spelled))
        else:
            out.append(FoundQuantity(m.start("num"), end, value, None, "count", spelled))
    for m in WORD_ORDINAL.finditer(text):
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
