"""Main-event 5W1H against the Giveme5W1H gold standard (see ``../shared/data/README.md``).

For each article and question the top answer (``record.summary.<question>``)
is compared with the gold phrases three coders voted on, keeping phrases with
``coders >= 2``; questions with no such phrase are not scored. Two figures:

- token F1: SQuAD-style normalisation (lower case, punctuation and the
  articles a/an/the removed), best F1 over the gold phrases;
- relaxed match: the normalised answer contains a gold phrase or is contained
  in one (whole words). A question left unanswered counts as a miss in both.

The top "when" answer is ``summary.when`` when it is a phrase of the text; when
the stage fell back to the publication date (``when`` is ``None``,
``when_value`` an ISO day), that date is the answer, written the way the gold
writes dates ("November 8, 2016"), since it is not a phrase of the text.

The article's ``title`` is put on the first line of the text, as the other
readers do: headlines state the main event and the coders answered from
title and text together. ``date_publish`` becomes the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newsgraph.evaluation import Report, read_jsonl
from newsgraph.ingest.document import Document
from newsgraph.pipeline import extract_many
from newsgraph.records import Record

QUESTIONS = ("who", "what", "when", "where", "why", "how")
CORE = ("who", "what", "when", "where")
MIN_CODERS = 2

_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_ARTICLES = frozenset({"a", "an", "the"})
_WORD = re.compile(r"\w+")


def normalise(text: str) -> list[str]:
    """Tokens of ``text`` after SQuAD-style normalisation (the gold has literal ``\\uXXXX`` escapes)."""
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text).replace('\\"', '"')
    return [w for w in _WORD.findall(text.lower()) if w not in _ARTICLES]


def token_f1(predicted: list[str], gold: list[str]) -> float:
    if not predicted or not gold:
        return 0.0
    common = sum((Counter(predicted) & Counter(gold)).values())
    if common == 0:
        return 0.0
    precision = common / len(predicted)
    recall = common / len(gold)
    return 2 * precision * recall / (precision + recall)


def relaxed_match(predicted: list[str], gold: list[str]) -> bool:
    """One token sequence contains the other (on word boundaries)."""
    if not predicted or not gold:
        return False
    a = f" {' '.join(predicted)} "
    b = f" {' '.join(gold)} "
    return a in b or b in a


def _published(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _read(
    path: Path, limit: int | None, with_title: bool, half: str | None
) -> Iterator[tuple[Document, dict[str, list[str]]]]:
    for n, item in enumerate(read_jsonl(path, limit, half)):
        title = (item.get("title") or "").strip()
        body = item.get("text") or ""
        text = f"{title}\n{body}" if with_title and title and not body.startswith(title) else body
        gold = {
            q: [
                a["text"]
                for a in item.get("annotations", {}).get(q, [])
                if int(a.get("coders", 0)) >= MIN_CODERS
            ]
            for q in QUESTIONS
        }
        document = Document(
            id=str(item.get("id", n)),
            text=text,
            title=title or None,
            url=item.get("url"),
            source=item.get("publisher"),
            published=_published(item.get("date_publish")),
        )
        yield document, gold


def _written_date(value: str | None) -> str:
    """An ISO day as a date is written in English news ("November 8, 2016"); else ""."""
    if value is None:
        return ""
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return ""
    return f"{day:%B} {day.day}, {day.year}"


def score_record(record: Record, gold: dict[str, list[str]]) -> dict[str, tuple[float, bool, bool]]:
    """Per question with gold: (token F1, relaxed match, answered)."""
    out: dict[str, tuple[float, bool, bool]] = {}
    summary = record.summary
    for q in QUESTIONS:
        phrases = [normalise(g) for g in gold.get(q, [])]
        phrases = [p for p in phrases if p]
        if not phrases:
            continue
        span = getattr(summary, q) if summary is not None else None
        predicted = normalise(span.text) if span is not None else []
        if q == "when" and summary is not None and span is None:
            predicted = normalise(_written_date(summary.when_value))
        f1 = max(token_f1(predicted, p) for p in phrases)
        match = any(relaxed_match(predicted, p) for p in phrases)
        out[q] = (f1, match, bool(predicted))
    return out


def evaluate(
    path: Path | str,
    *,
    limit: int | None = None,
    model: str | None = None,
    half: str | None = None,
    with_title: bool = True,
) -> Report:
    """Score the summary stage on a Giveme5W1H JSONL file."""
    path = Path(path)
    items = list(_read(path, limit, with_title, half))
    records = extract_many((d for d, _ in items), model=model)
    f1s: dict[str, list[float]] = {q: [] for q in QUESTIONS}
    matches: dict[str, list[bool]] = {q: [] for q in QUESTIONS}
    answered: dict[str, list[bool]] = {q: [] for q in QUESTIONS}
    for (_, gold), record in zip(items, records, strict=True):
        for q, (f1, match, has) in score_record(record, gold).items():
            f1s[q].append(f1)
            matches[q].append(match)
            answered[q].append(has)

    def mean(values: list[float] | list[bool]) -> float:
        return sum(values) / len(values) if values else 0.0

    def pooled(questions: tuple[str, ...], table: dict[str, list[float]] | dict[str, list[bool]]) -> float:
        values = [float(v) for q in questions for v in table[q]]
        return mean(values)

    relaxed_rows: list[tuple[str, float | int | str]] = [(q, mean(matches[q])) for q in QUESTIONS]
    relaxed_rows += [("who/what/when/where", pooled(CORE, matches)), ("all six", pooled(QUESTIONS, matches))]
    f1_rows: list[tuple[str, float | int | str]] = [(q, mean(f1s[q])) for q in QUESTIONS]
    f1_rows += [("who/what/when/where", pooled(CORE, f1s)), ("all six", pooled(QUESTIONS, f1s))]
    count_rows: list[tuple[str, float | int | str]] = [
        (q, f"{len(matches[q])} scored, {sum(answered[q])} answered") for q in QUESTIONS
    ]
    return Report(
        dataset="giveme5w1h",
        path=str(path),
        n_documents=len(items),
        tables={
            "relaxed match accuracy (answer contains or is inside a gold phrase)": relaxed_rows,
            "token F1 (normalised, best gold phrase)": f1_rows,
            "questions with gold": count_rows,
        },
    )
