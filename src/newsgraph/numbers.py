"""Spelled-out and written numbers: "eleven", "twenty-five", "5,000", "1.2".

Shared by the times stage (durations such as "eleven weeks") and the claims stage
(quantities). Kept here, public, because both need exactly the same reading of a
number; the vocabulary is small enough that a dependency would cost more than it saves.
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100,
}  # fmt: skip

_SMALL = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
#: A spelled-out number of up to a few words: "eleven", "twenty-five", "two hundred".
WORD_NUMBER = rf"(?:(?:{_SMALL})(?:[- ](?:{_SMALL}))?(?:\s+(?:hundred|thousand|million|billion))*)"
#: Digits with optional thousands separators and decimals: "5,000", "1.5", "277".
DIGIT_NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"

_SPLIT = re.compile(r"[\s-]+")


def words_to_number(text: str) -> float | None:
    """Value of a spelled-out number ("twenty-five" -> 25, "three million" -> 3e6), or None."""
    total = 0
    current = 0
    seen = False
    for word in _SPLIT.split(text.strip().lower()):
        if not word or word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in ("a", "an") and not seen:
            current = 1
        elif word in SCALES:
            scale = SCALES[word]
            if current == 0:
                current = 1
            if scale == 100:
                current *= scale
            else:
                total += current * scale
                current = 0
        else:
            return None
        seen = True
    if not seen:
        return None
    return float(total + current)


def parse_number(text: str) -> float | None:
    """Value of "5,000", "1.5", "eleven", "twenty-five", "a": written or spelled out."""
    stripped = text.strip()
    if not stripped:
        return None
    digits = stripped.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        pass
    return words_to_number(stripped)
