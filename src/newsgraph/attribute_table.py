"""The same matches as spaCy's ``attribute_ruler``, found by table look-up.

Why: the English pipelines' ``attribute_ruler`` holds about 180 patterns, almost
all of one token with plain equality tests ("TAG is VBD", "LOWER is 'ca' and TAG
is MD"). spaCy's general ``Matcher`` tries every pattern at every token, which on
news costs as much CPU as the parser itself (1.8 of the 13 CPU seconds a stock
parse of the 84 PolNeAR dev texts takes). A one-token pattern of equality tests
can instead be found by looking the token's value up in a table keyed by the
pattern's most selective attribute, then checking its other tests; a pattern of
several tokens is filed under its first token the same way.

:func:`table_attribute_ruler` gives a pipeline's ruler that match step. Every
pattern the table cannot express (operators such as ``OP``, predicates other
than equality, ``IN``, ``NOT_IN`` and ``REGEX``, attributes outside
:data:`_COLUMNS`) stays with a
spaCy ``Matcher`` of its own, so any ruler, including a user's, gives the same
matches; ``tests/test_attribute_table.py`` and ``benchmarks/attribute_table.py``
compare the two match lists. The ruler's patterns are read again whenever
their number changes (a user who adds patterns after loading).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc

# The token attributes a table pattern may test, with the ``Doc.to_array`` column of
# each. Ordered by selectivity: a pattern is filed under its first equality test here.
_COLUMNS: dict[str, int] = {
    "ORTH": ORTH,
    "LOWER": LOWER,
    "NORM": NORM,
    "DEP": DEP,
    "TAG": TAG,
    "POS": POS,
    "IS_SPACE": IS_SPACE,
}
_NAMES = list(_COLUMNS)


class _NotIn:
    """Accepts every value but the given ones (spaCy's ``NOT_IN``)."""

    def __init__(self, values: frozenset[int]) -> None:
        self.values = values

    def __contains__(self, value: int) -> bool:
        return value not in self.values


class _Search:
    """Accepts the values whose string a regular expression finds something in (spaCy's
    ``REGEX``: ``re.search``), each value's answer kept, since a vocabulary repeats."""

    def __init__(self, expression: str, strings: StringStore) -> None:
        self.expression = re.compile(expression)
        self.strings = strings
        self.answers: dict[int, bool] = {}

    def __contains__(self, value: int) -> bool:
        answer = self.answers.get(value)
        if answer is None:
            answer = self.answers[value] = bool(self.expression.search(self.strings[value]))
        return answer


# One test of a table pattern: the token's offset in the pattern, the column, and what
# the value there must be ``in``.
_Test = tuple[int, int, "frozenset[int] | _NotIn | _Search"]
# A table pattern: the ruler's rule number and match id, its length in tokens, and the
# tests left to check once it is found in its table.
_Pattern = tuple[int, int, int, tuple[_Test, ...]]


class AttributeTable:
    """The match step of one ``AttributeRuler``: table patterns plus a residual ``Matcher``."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self._size = -1
        # Per column, the patterns filed under it by the value they accept there.
        self._filed: list[tuple[int, dict[int, list[_Pattern]]]] = []
        self._scanned: list[_Pattern] = []  # no equality test on the first token: tried everywhere
        self._rest: Matcher | None = None

    def _compile(self) -> None:
        strings = self.ruler.vocab.strings
        filed: dict[int, dict[int, list[_Pattern]]] = {}
        self._scanned = []
        rest = Matcher(self.ruler.vocab)
        has_rest = False
        for number in range(len(self.ruler.attrs)):
            key = str(number)
            match_id = strings.add(key)
            for pattern in self.ruler.matcher.get(key)[1]:
                tests = _tests(pattern, strings)
                if tests is None:
                    rest.add(key, [pattern])
                    has_rest = True
                    continue
                first = next((t for t in tests if t[0] == 0 and isinstance(t[2], frozenset)), None)
                if first is None:
                    self._scanned.append((number, match_id, len(pattern), tuple(tests)))
                    continue
                entry = (number, match_id, len(pattern), tuple(t for t in tests if t is not first))
                for value in first[2]:  # type: ignore[union-attr]
                    filed.setdefault(first[1], {}).setdefault(value, []).append(entry)
        self._filed = sorted(filed.items())
        self._rest = rest if has_rest else None
        self._size = len(self.ruler.matcher)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: ``(rule number, match_id, start, end)``
        for each match once, sorted so that later rules win."""
        if self._size != len(self.ruler.matcher):
            self._compile()
        found: list[tuple[int, int, int, int]] = []
        size = len(doc)
        if size and (self._filed or self._scanned):
            columns = doc.to_array([_COLUMNS[name] for name in _NAMES]).T.tolist()

            for column, table in self._filed:
                get = table.get
                for i, value in enumerate(columns[column]):
                    candidates = get(value)
                    if candidates is None:
                        continue
                    for number, match_id, length, tests in candidates:
                        if not tests:  # most rules: one test, already met by the look-up
                            found.append((number, match_id, i, i + 1))
                        elif i + length <= size and all(
                            columns[c][i + offset] in accepted for offset, c, accepted in tests
                        ):
                            found.append((number, match_id, i, i + length))
            for number, match_id, length, tests in self._scanned:
                for i in range(size - length + 1):
                    if all(columns[c][i + offset] in accepted for offset, c, accepted in tests):
                        found.append((number, match_id, i, i + length))
        if self._rest is not None:
            strings = self.ruler.vocab.strings
            for match_id, start, end in self._rest(doc, allow_missing=True, as_spans=False):
                found.append((int(strings[match_id]), match_id, start, end))
        found.sort()
        # Two patterns of one rule may match the same tokens; spaCy's Matcher reports it once.
        return [m for k, m in enumerate(found) if k == 0 or m != found[k - 1]]

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled with its ruler (a pipeline sent to worker processes); the tables are rebuilt there.
        return (AttributeTable, (self.ruler,))


def _tests(pattern: list[dict[str, Any]], strings: StringStore) -> list[_Test] | None:
    """A pattern's tests as (token offset, column, accepted values); ``None`` when the
    table cannot express the pattern exactly (an operator such as ``OP``, another
    predicate, an attribute outside :data:`_COLUMNS`, an empty token pattern)."""
    tests: list[_Test] = []
    for offset, token in enumerate(pattern):
        if not token:
            return None
        for name, wanted in token.items():
            if name not in _COLUMNS:
                return None
            test = _accepted(name, wanted, strings)
            if test is None:
                return None
            tests.append((offset, _NAMES.index(name), test))
    if not tests:
        return None
    tests.sort(key=lambda test: (test[0], test[1]))
    return tests


def _accepted(name: str, wanted: Any, strings: StringStore) -> frozenset[int] | _NotIn | _Search | None:
    """What one attribute's value must be ``in`` for ``wanted``, or ``None``."""
    if isinstance(wanted, dict):
        if len(wanted) != 1:
            return None
        ((operator, argument),) = wanted.items()
        if operator == "REGEX" and isinstance(argument, str) and name != "IS_SPACE":
            return _Search(argument, strings)
        if operator not in ("IN", "NOT_IN") or not isinstance(argument, list | tuple):
            return None
        values = _values(name, argument, strings)
        if values is None:
            return None
        return values if operator == "IN" else _NotIn(values)
    return _values(name, [wanted], strings)


def _values(name: str, choices: Any, strings: StringStore) -> frozenset[int] | None:
    values: set[int] = set()
    for choice in choices:
        if name == "IS_SPACE" and isinstance(choice, bool):
            values.add(int(choice))
        elif name != "IS_SPACE" and isinstance(choice, str):
            values.add(strings.add(choice))
        else:
            return None
    return frozenset(values)


def table_attribute_ruler(nlp: Language) -> None:
    """Give ``nlp``'s attribute ruler, if it has one, the table match step (same matches)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return
    ruler.match = AttributeTable(ruler)  # type: ignore[method-assign]
