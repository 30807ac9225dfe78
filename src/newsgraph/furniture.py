"""Furniture stage: mark the stretches of scraped text that are the page, not the article.

Text taken from web pages (and the text fields of JSON and feeds) carries what the
page put around the story: photo captions and credits ("WAKIL KOHSAR/AFP",
"Photograph: ..."), share and subscribe prompts, runs of related-link headlines,
bylines glued to the next word, timestamps and picture counters ("Image 3/8").
Read as prose they become PERSON entities ("... Click"), speakers and claims. This
stage finds them **before** extraction and records them as
:class:`~newsgraph.records.ExcludedSpan` (``doc._.ng_excluded``, then
``Article.excluded``) with a reason. The text is never rewritten: every offset
stays an offset into the original article.

How lines are classified (docs/furniture.md has the table): the text is read line by
line, a line cut into segments at " | " and "•" separators, a segment into sentences.
Each rule is a *category* of page element described by its linguistic shape, never a
string from one article:

* **caption / credit** — a credit opener from a word list ("Photograph:", "Image
  copyright") or a ``NAME/AGENCY`` credit ending the line; the words before it on the
  same line are its caption.
* **prompt** — a short sentence or clause opening with a prompt phrase ("Click here",
  "Share this", "Sign up") and with no finite verb after it; or a piece made only of
  button labels ("Share | Facebook | Email").
* **related** — a heading from a word list ("Related:", "More on this story") and the
  short unpunctuated headlines after it; without a heading, a run of three or more
  short, title-case lines with no final full stop between paragraphs.
* **byline** — "By" and capitalised names, then nothing but capitalised words, numbers
  and time words; a byline glued to the next word ("By Jane DoeKABUL") is cut at the glue.
* **timestamp** — a piece made only of dates, clock times, zones and labels ("Updated").
* **counter** — "1 of 12", "Image 3/8".

The rules are conservative: a real one-line paragraph has a finite verb or ends in a
full stop, a title is one line (runs need three), a dateline ("KABUL, Afghanistan —")
is never part of a run, and quoted text is never a prompt. Finite verbs come from the
tagger (Penn tags VBD/VBZ/VBP/MD), which runs before the parser, so the stage can also
run as ``newsgraph_dateline`` does, before the parse, and start a sentence at each
furniture edge: a caption line then cannot be glued to the paragraph after it.

After every stage, :func:`drop_excluded` removes whatever was still taken from
excluded text (a mention, a quote, a claim, an event, a stance resting on them), so
the guarantee holds whatever a stage does; stages may also ask
``DocIndex.is_excluded`` themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.attrs import IDX, TAG
from spacy.tokens import Doc

from newsgraph import resources
from newsgraph.dateline import find_dateline
from newsgraph.docindex import doc_index
from newsgraph.extensions import document_text
from newsgraph.lexicons import Lexicons
from newsgraph.records import Entity, ExcludedSpan, ExclusionReason, Mention, Span

#: ``(start, end) -> True`` when a finite verb lies in that stretch of the text.
FiniteVerbCheck = Callable[[int, int], bool]

#: Penn Treebank tags of finite verbs (past, present 3rd person, present other, modal).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

#: Longest prompt ("Click here to subscribe to our daily newsletter") in words.
MAX_PROMPT_WORDS = 15
#: Longest credit after its opener ("Photograph: Wakil Kohsar/AFP via Getty Images").
MAX_CREDIT_WORDS = 10
#: Longest caption standing before a credit on its line.
MAX_CAPTION_WORDS = 45
#: Longest related-link headline.
MAX_TEASER_WORDS = 20
#: Longest title-case headline counted in an unlabelled run.
MAX_RUN_HEADLINE_WORDS = 16
#: Fewest title-case headline lines that make an unlabelled run (a title is one line).
MIN_UNLABELLED_RUN = 3
#: Most headlines taken after one "Related:" heading.
MAX_LABELLED_RUN = 12
#: Longest timestamp or byline tail, in tokens.
MAX_TIMESTAMP_TOKENS = 14
#: Share of capitalised words (small function words aside) that makes a line title case.
TITLE_CASE_SHARE = 0.75

#: Function words a title-case headline leaves in lower case ("Trump Wins the Vote").
_SMALL_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
    "with", "from", "as", "vs", "via", "into", "over", "after", "up", "off", "out",
})
#: Words a byline's tail may hold in lower case ("By Jane Doe, Editor of the Observer").
_BYLINE_CONNECTORS = frozenset({"the", "of", "and", "for", "in", "at", "on", "with", "&"})

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_ANY_WORD = re.compile(r"\w[\w'’.-]*")
_LINE = re.compile(r"[^\n]+")
_SEGMENT_BREAK = re.compile(r"\s+[|•·]\s+|\s*\|\s*")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?=\s)")
_ABBREVIATION_END = re.compile(r"(?:^|[\s.(])[A-Z][a-z]{0,2}\.$")
_CLAUSE_BREAK = re.compile(r"[,;:–—]\s*")
_TIMESTAMP_TOKEN = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?|\d+(?:[:./-]\d+)*(?:st|nd|rd|th)?|\S")
_QUOTE_MARKS = re.compile(r"[\"“”«»]")
_COUNTER_LINE = re.compile(
    r"\(?\s*(?:(?:image|photo|picture|slide|gallery)s?\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*\)?", re.IGNORECASE
)
_COUNTER_FRAGMENT = re.compile(
    r"\b(?:image|photo|picture|slide)s?\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}\b", re.IGNORECASE
)
_NAME_WORD = (
    r"(?:(?:Mc|Mac|O['’]|D['’])[A-Z][a-z]+|[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]\.|[A-Z][A-Z'’-]+\b)"
)
_PERSON = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
_NAME_JOIN = r"(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)"
_BYLINE = re.compile(rf"(?i:by)[ \t]+(?P<names>{_PERSON}(?:{_NAME_JOIN}{_PERSON}){{0,3}})")
_SLASH_CREDIT = re.compile(
    r"(?P<names>(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*)[ \t]*/[ \t]*"
    r"(?P<agency>[A-Z][\w&.-]*(?:[ -][A-Z][\w&.-]*){0,2})"
    r"(?P<via>[ \t]+via[ \t]+[A-Z][\w]*(?:[ \t]+[A-Z][\w]*){0,2})?[ \t]*\)?[ \t]*$"
)


@dataclass(frozen=True)
class _Vocabulary:
    """The stage's word lists (``data/lexicon/furniture_*.txt``) and the patterns built from them."""

    credit_opener: re.Pattern[str]
    credit_opener_inside: re.Pattern[str]
    caption_openers: tuple[str, ...]
    agencies: frozenset[str]
    prompts: tuple[str, ...]
    buttons: frozenset[str]
    related_labels: frozenset[str]
    timestamp_labels: tuple[str, ...]
    date_words: frozenset[str]
    clock_words: frozenset[str]


def _vocabulary() -> _Vocabulary:
    current = resources.current()
    return current.load("furniture", lambda: _build_vocabulary(current.lexicons))


def _longest_first(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _build_vocabulary(lexicons: Lexicons) -> _Vocabulary:
    openers = _longest_first(frozenset(w.lower() for w in lexicons.words("furniture_credit_openers")))
    alternatives = "|".join(re.escape(w) for w in openers) or r"(?!)"
    # An opener starts the line (``match`` at the line's start), or follows "(" or "[",
    # a sentence end or a "|" separator.
    after = r"(?:(?<=[(\[])|(?<=[.!?][ \t])|(?<=[.!?][\"”’)][ \t])|(?<=\|[ \t]))"
    opener = rf"(?P<opener>{alternatives})(?![^\W\d_])"
    credit_opener = re.compile(rf"{after}?{opener}", re.IGNORECASE)
    credit_opener_inside = re.compile(rf"{after}{opener}", re.IGNORECASE)

    def lower_words(name: str) -> frozenset[str]:
        return frozenset(w.lower() for w in lexicons.words(name))

    return _Vocabulary(
        credit_opener=credit_opener,
        credit_opener_inside=credit_opener_inside,
        caption_openers=_longest_first(lower_words("furniture_caption_openers")),
        agencies=lower_words("furniture_photo_agencies"),
        prompts=_longest_first(lower_words("furniture_prompts")),
        buttons=lower_words("furniture_buttons"),
        related_labels=frozenset(w.rstrip(":") for w in lower_words("furniture_related_labels")),
        timestamp_labels=_longest_first(lower_words("furniture_timestamp_labels")),
        date_words=frozenset(w.rstrip(".") for w in lower_words("furniture_date_words")),
        clock_words=frozenset(w.rstrip(".") for w in lower_words("furniture_clock_words")),
    )


# ---------------------------------------------------------------------------- detection


@dataclass(frozen=True)
class _Piece:
    """A stretch of the text (a line, a segment, a sentence) with its offsets."""

    start: int
    end: int
    text: str


def _pieces(text: str, start: int, end: int, separator: re.Pattern[str]) -> Iterator[_Piece]:
    """``text[start:end]`` cut at ``separator``, each piece stripped of surrounding spaces."""
    cursor = start
    for match in separator.finditer(text, start, end):
        yield from _stripped(text, cursor, match.start())
        cursor = match.end()
    yield from _stripped(text, cursor, end)


def _stripped(text: str, start: int, end: int) -> Iterator[_Piece]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield _Piece(start, end, text[start:end])


def _sentences(text: str, start: int, end: int) -> Iterator[_Piece]:
    """``text[start:end]`` cut after sentence-final punctuation, but not after an
    abbreviation ("Mr.", "Gen.", "U.S."): a capital and at most two lower-case letters."""
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if _ABBREVIATION_END.search(text[max(start, match.start() - 4) : match.start() + 1]):
            continue
        yield from _stripped(text, cursor, match.end())
        cursor = match.end()
    yield from _stripped(text, cursor, end)


def _words(text: str) -> list[str]:
    return _ANY_WORD.findall(text)


def _starts_with(lower: str, phrases: Sequence[str]) -> str | None:
    """The longest of ``phrases`` opening ``lower`` as whole words."""
    for phrase in phrases:
        if lower.startswith(phrase):
            rest = lower[len(phrase) : len(phrase) + 1]
            if not rest or not (rest.isalnum() or rest in "'’-"):
                return phrase
    return None


def _is_title_case(text: str) -> bool:
    words = _WORD.findall(text)
    counted = [w for w in words if not (w.lower() in _SMALL_WORDS and w[0].islower())]
    if len(counted) < 3:
        return False
    capitalised = sum(1 for w in counted if w[0].isupper())
    return capitalised >= TITLE_CASE_SHARE * len(counted)


class _Detector:
    """One pass over one text; see the module docstring for the rules."""

    def __init__(self, text: str, finite_verb: FiniteVerbCheck, title: str | None) -> None:
        self.text = text
        self.finite_verb = finite_verb
        self.title = title.strip() if title else None
        self.vocab = _vocabulary()
        self.found: list[ExcludedSpan] = []

    def add(self, start: int, end: int, reason: ExclusionReason) -> None:
        self.found.append(ExcludedSpan(start=start, end=end, text=self.text[start:end], reason=reason))

    def run(self) -> list[ExcludedSpan]:
        text = self.text
        lines = [piece for m in _LINE.finditer(text) for piece in _stripped(text, m.start(), m.end())]
        taken = self._related_runs(lines)
        for i, line in enumerate(lines):
            if i in taken:
                continue
            if not self._whole_line(line):
                for segment in _pieces(self.text, line.start, line.end, _SEGMENT_BREAK):
                    self._segment(segment)
        return _merged(self.text, self.found)

    # ------------------------------------------------------------------ related-link runs
    def _is_dateline(self, line: _Piece) -> bool:
        return find_dateline(self.text, line.start) is not None

    def _is_teaser(self, line: _Piece) -> bool:
        """A headline: short, no final full stop or closing quotation mark, not a dateline."""
        words = _words(line.text)
        return (
            2 <= len(words) <= MAX_TEASER_WORDS
            and line.text[-1] not in ".:\"”’"
            and not _QUOTE_MARKS.search(line.text)
            and not self._is_dateline(line)
        )

    def _related_label(self, line: _Piece) -> str | None:
        """``"heading"`` for a line that is a related-links heading, ``"inline"`` for one
        that opens with a heading and a colon ("Related: Taliban welcome ...")."""
        lower = line.text.lower()
        if lower.rstrip(": ").strip() in self.vocab.related_labels:
            return "heading"
        head, colon, rest = lower.partition(":")
        if colon and head.strip() in self.vocab.related_labels and 0 < len(_words(rest)) <= MAX_TEASER_WORDS:
            return "inline"
        return None

    def _related_runs(self, lines: list[_Piece]) -> set[int]:
        taken: set[int] = set()
        i = 0
        while i < len(lines):
            if self._related_label(lines[i]) is not None:
                self.add(lines[i].start, lines[i].end, "related")
                taken.add(i)
                j = i + 1
                while j < len(lines) and j - i <= MAX_LABELLED_RUN and self._is_teaser(lines[j]):
                    self.add(lines[j].start, lines[j].end, "related")
                    taken.add(j)
                    j += 1
                i = j
                continue
            i += 1
        # Without a heading: three or more title-case headlines in a row. The first line
        # (the title) never starts one.
        run: list[int] = []
        for i, line in enumerate(lines):
            headline = (
                i > 0
                and i not in taken
                and line.text != self.title
                and self._is_teaser(line)
                and len(_words(line.text)) <= MAX_RUN_HEADLINE_WORDS
                and _is_title_case(line.text)
            )
            if headline:
                run.append(i)
                continue
            self._close_run(lines, run, taken)
            run = []
        self._close_run(lines, run, taken)
        return taken

    def _close_run(self, lines: list[_Piece], run: list[int], taken: set[int]) -> None:
        if len(run) >= MIN_UNLABELLED_RUN:
            for k in run:
                self.add(lines[k].start, lines[k].end, "related")
                taken.add(k)

    # ------------------------------------------------------------------ whole-line rules
    def _whole_line(self, line: _Piece) -> bool:
        """Caption, credit and counter rules, which look at a line as a whole."""
        lower = line.text.lower()
        opener = _starts_with(lower, self.vocab.caption_openers)
        if opener is not None and len(_words(line.text)) <= MAX_CAPTION_WORDS + len(opener.split()):
            self.add(line.start, line.end, "caption")
            return True
        if _COUNTER_LINE.fullmatch(line.text):
            self.add(line.start, line.end, "counter")
            return True
        if lower.strip(" .()") in self.vocab.agencies:
            self.add(line.start, line.end, "credit")
            return True
        if self._credit(line):
            return True
        for m in _COUNTER_FRAGMENT.finditer(self.text, line.start, line.end):
            self.add(m.start(), m.end(), "counter")
        return False

    def _credit(self, line: _Piece) -> bool:
        """A credit ending the line; the words before it on the line are its caption."""
        credit_start: int | None = None
        at_start = self.vocab.credit_opener.match(self.text, line.start, line.end)
        inside = self.vocab.credit_opener_inside.finditer(self.text, line.start + 1, line.end)
        for m in ([at_start] if at_start else []) + list(inside):
            opener = m.group("opener")
            tail_end = line.end
            opened_by_paren = m.start() > line.start and self.text[m.start() - 1] == "("
            if opened_by_paren:
                close = self.text.find(")", m.end(), line.end)
                if close < 0 or self.text[close + 1 : line.end].strip(" .;"):
                    continue  # "(Photo ...)" must close and end the line
                tail_end = close
            tail = self.text[m.end() : tail_end]
            n = len(_words(tail))
            marked = opener.endswith(":") or opener.endswith(" by")
            at_line_start = m.start() == line.start
            if n == 0:
                continue
            if not marked and self.finite_verb(m.end(), tail_end):
                continue  # "Copyright law was changed": a sentence
            if n <= MAX_CREDIT_WORDS or (marked and at_line_start and n <= MAX_CAPTION_WORDS):
                credit_start = m.start() - (1 if opened_by_paren else 0)
                break
        if credit_start is None:
            slash = _SLASH_CREDIT.search(self.text, line.start, line.end)
            if slash is not None and self._is_slash_credit(slash):
                credit_start = slash.start()
                if credit_start > line.start and self.text[credit_start - 1] == "(":
                    credit_start -= 1
        if credit_start is None:
            return False
        caption = self.text[line.start : credit_start]
        if not caption.strip(" ([|–—-"):
            self.add(line.start, line.end, "credit")
        elif len(_words(caption)) <= MAX_CAPTION_WORDS:
            self.add(line.start, line.end, "caption")
        else:
            self.add(credit_start, line.end, "credit")
        return True

    def _is_slash_credit(self, match: re.Match[str]) -> bool:
        names = match.group("names").split()
        agency = match.group("agency")
        if agency.lower() in self.vocab.agencies or agency.split()[0].lower() in self.vocab.agencies:
            return True
        if names[-1].lower().startswith("photo"):  # "(AP Photo/Rahmat Gul)"
            return True
        letters = [w for w in names if any(c.isalpha() for c in w)]
        return len(letters) >= 2 and all(w.isupper() for w in letters) and agency.replace("-", "").isupper()

    # ------------------------------------------------------------------ segment rules
    def _segment(self, segment: _Piece) -> None:
        if self._is_timestamp(segment.text):
            self.add(segment.start, segment.end, "timestamp")
            return
        if self._byline(segment):
            return
        if self._is_buttons(segment.text):
            self.add(segment.start, segment.end, "prompt")
            return
        for sentence in _sentences(self.text, segment.start, segment.end):
            if self._is_buttons(sentence.text) or self._is_prompt(sentence):
                self.add(sentence.start, sentence.end, "prompt")

    def _is_timestamp(self, text: str) -> bool:
        lower = text.lower()
        label = _starts_with(lower, self.vocab.timestamp_labels)
        rest = lower[len(label) :] if label else lower
        tokens = _TIMESTAMP_TOKEN.findall(rest)
        if not tokens or len(tokens) > MAX_TIMESTAMP_TOKENS:
            return False
        number = dated = False
        for token in tokens:
            if token[0].isdigit():
                number = True
            elif token[0].isalpha():
                word = token.rstrip(".")
                if word in self.vocab.date_words or word == "ago":
                    dated = True
                elif word not in self.vocab.clock_words:
                    return False
            elif token not in ",/-–—|()·•:":
                return False
        # A bare clock time ("2:45 p.m.") heads an entry of a live blog: content, not furniture.
        return number and (label is not None or dated)

    def _byline(self, segment: _Piece) -> bool:
        match = _BYLINE.match(segment.text)
        if match is None:
            return False
        names = match.group("names")
        if names.split()[0].lower().rstrip(".,") in self.vocab.date_words:
            return False  # "By Thursday, ..."
        end = match.end()
        following = segment.text[end : end + 1]
        if following.isupper() and segment.text[end - 1].isalpha():
            # glued: "By Jane DoeKABUL, Afghanistan —" -> the byline ends at the glue
            self.add(segment.start, segment.start + end, "byline")
            return True
        rest = segment.text[end:].strip(" ,;–—-")
        if self._is_byline_tail(rest):
            self.add(segment.start, segment.end, "byline")
            return True
        return False

    def _is_byline_tail(self, rest: str) -> bool:
        """"Associated Press", "Staff Writer", "Reuters Updated 10:32 GMT": capitalised words,
        numbers and time words only (no clause), and short."""
        tokens = _TIMESTAMP_TOKEN.findall(rest)
        if len(tokens) > MAX_TIMESTAMP_TOKENS:
            return False
        for token in tokens:
            lower = token.lower().rstrip(".")
            if token[0].isdigit() or token[0].isupper() or not token[0].isalnum():
                continue
            vocab = self.vocab
            if lower in _BYLINE_CONNECTORS or lower in vocab.timestamp_labels:
                continue
            if lower in vocab.date_words or lower in vocab.clock_words:
                continue
            return False
        return True

    def _is_buttons(self, text: str) -> bool:
        """A piece made only of button labels ("Share", "Facebook | Twitter | Email")."""
        words = [w.lower() for w in _ANY_WORD.findall(text)]
        if not words or any(c.isdigit() for w in words for c in w):
            return False
        if text.strip(" |•·/,-").lower().replace("  ", " ") in self.vocab.buttons:
            return True
        i = 0
        while i < len(words):
            if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in self.vocab.buttons:
                i += 2
            elif words[i] in self.vocab.buttons:
                i += 1
            else:
                return False
        return len(words) <= 2 * MAX_PROMPT_WORDS and (len(words) > 1 or len(text) < 20)

    def _is_prompt(self, sentence: _Piece) -> bool:
        """A short verbless sentence whose clause opens with a prompt phrase ("Click here to
        subscribe", "For the full statement, click here")."""
        if len(_words(sentence.text)) > MAX_PROMPT_WORDS or _QUOTE_MARKS.search(sentence.text):
            return False
        for clause in _pieces(self.text, sentence.start, sentence.end, _CLAUSE_BREAK):
            phrase = _starts_with(clause.text.lower(), self.vocab.prompts)
            if phrase is None:
                continue
            after = clause.start + len(phrase)
            before_phrase = self.finite_verb(sentence.start, clause.start)
            if not before_phrase and not self.finite_verb(after, sentence.end):
                return True
        return False


def _merged(text: str, spans: list[ExcludedSpan]) -> list[ExcludedSpan]:
    """Spans in text order, none overlapping (the longer wins), and pieces of one kind
    separated only by spaces or "|" joined into one."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    out: list[ExcludedSpan] = []
    for span in ordered:
        if out and span.start < out[-1].end:
            continue  # inside (or crossing) a longer span found first
        if out and out[-1].reason == span.reason and not text[out[-1].end : span.start].strip(" \t|•·"):
            last = out.pop()
            start = last.start
            span = ExcludedSpan(start=start, end=span.end, text=text[start : span.end], reason=span.reason)
        out.append(span)
    return out


def never_finite(_start: int, _end: int) -> bool:
    """A :data:`FiniteVerbCheck` for text with no tags: assume a verb is there, so the rules
    that need "no finite verb" never fire (conservative)."""
    return True


def find_furniture(
    text: str, finite_verb: FiniteVerbCheck = never_finite, title: str | None = None
) -> list[ExcludedSpan]:
    """The page-furniture spans of ``text``, in order and not overlapping.

    ``finite_verb`` tells whether a stretch holds a finite verb (see
    :func:`finite_verb_check`); ``title`` is the article's headline, never part of a run.
    """
    return _Detector(text, finite_verb, title).run()


def finite_verb_check(doc: Doc) -> FiniteVerbCheck:
    """A :data:`FiniteVerbCheck` over ``doc``'s tagger output; :func:`never_finite` without tags."""
    if len(doc) == 0 or not doc.has_annotation("TAG"):
        return never_finite
    table = doc.to_array([IDX, TAG])
    finite_ids = {doc.vocab.strings.add(tag) for tag in FINITE_TAGS}
    offsets: list[int] = [int(x) for x in table[np.isin(table[:, 1], list(finite_ids)), 0]]

    def check(start: int, end: int) -> bool:
        i = bisect_left(offsets, start)
        return i < len(offsets) and offsets[i] < end

    return check


# ---------------------------------------------------------------------------- the stage

#: ``doc.user_data`` key set once detection has run, so the second call (inside the
#: ``newsgraph`` component, after the early call before the parser) does not repeat it.
_DETECTED = "newsgraph.furniture_detected"


def detect(doc: Doc) -> list[ExcludedSpan]:
    """Write ``doc._.ng_excluded`` once per Doc (needs the tagger, not the parser)."""
    if not doc.user_data.get(_DETECTED):
        doc.user_data[_DETECTED] = True
        article = doc._.ng_article
        title = article.title if article is not None else None
        doc._.ng_excluded = find_furniture(document_text(doc), finite_verb_check(doc), title)
    spans: list[ExcludedSpan] = doc._.ng_excluded
    return spans


def annotate(doc: Doc) -> None:
    """The stage: detect furniture and keep named entities out of it.

    Named entities are the seed of every later record (mentions, speakers, actors,
    claimants), so dropping those inside furniture here keeps all stages from
    building on them; :func:`drop_excluded` catches the rest after the stages.
    """
    if not detect(doc) or not doc.has_annotation("ENT_IOB"):
        return
    index = doc_index(doc)
    kept = [ent for ent in doc.ents if not index.is_excluded(ent.start_char, ent.end_char)]
    if len(kept) != len(doc.ents):
        doc.ents = kept


def sentence_starts(doc: Doc) -> list[int]:
    """Token indices where a sentence must start so no furniture shares a sentence with
    the article: the first token of each span and the first non-space token after it."""
    spans: list[ExcludedSpan] = doc._.ng_excluded
    if not spans:
        return []
    starts: list[int] = []
    token_starts = doc.to_array(IDX)
    for span in spans:
        for char in (span.start, span.end):
            i = int(np.searchsorted(token_starts, char, side="left"))
            while i < len(doc) and doc[i].is_space:
                i += 1
            if 0 < i < len(doc):
                starts.append(i)
    return sorted(set(starts))


def _kept_entity(
    entity: Entity, mentions: list[Mention], kept_ids: set[str], excluded: Callable[[int, int], bool]
) -> Entity:
    """``entity`` with only ``mentions``, without roles or affiliations read from furniture
    or pointing at an entity that was dropped."""
    roles = [
        r if r.org_entity is None or r.org_entity in kept_ids else r.model_copy(update={"org_entity": None})
        for r in entity.roles
        if not excluded(r.span.start, r.span.end)
    ]
    affiliations = [
        a if a.entity is None or a.entity in kept_ids else a.model_copy(update={"entity": None})
        for a in entity.affiliations
        if not excluded(a.span.start, a.span.end)
    ]
    if mentions == entity.mentions and roles == entity.roles and affiliations == entity.affiliations:
        return entity
    return entity.model_copy(update={"mentions": mentions, "roles": roles, "affiliations": affiliations})


def _touches(index_check: Callable[[int, int], bool], span: Span | None) -> bool:
    return span is not None and index_check(span.start, span.end)


def drop_excluded(doc: Doc) -> None:
    """Remove every record (or part of one) taken from furniture, after all stages ran.

    The last line of defence: whatever a stage did, no entity mention, quote (content,
    cue or source), claim, event trigger or time is left inside an excluded span, and
    no record points at an entity, quote, event or time that was removed.
    """
    if not doc._.ng_excluded:
        return
    excluded = doc_index(doc).is_excluded

    # entities: mentions, roles and affiliations inside furniture go; an entity left with no mention goes
    entities = []
    for entity in doc._.ng_entities:
        mentions = [m for m in entity.mentions if not excluded(m.start, m.end)]
        if mentions:
            entities.append((entity, mentions))
    entity_ids = {entity.id for entity, _mentions in entities}
    doc._.ng_entities = [_kept_entity(e, mentions, entity_ids, excluded) for e, mentions in entities]

    times = [t for t in doc._.ng_times if not excluded(t.start, t.end)]
    time_ids = {t.id for t in times}
    doc._.ng_times = times

    quotes = []
    for quote in doc._.ng_quotes:
        content = [p for p in quote.content if not excluded(p.start, p.end)]
        if not content or _touches(excluded, quote.cue) or _touches(excluded, quote.source):
            continue
        update: dict[str, object] = {}
        if len(content) != len(quote.content):
            update["content"] = content
        if quote.speaker is not None and quote.speaker not in entity_ids:
            update["speaker"] = None
        if _touches(excluded, quote.medium):
            update["medium"] = None
        if quote.time is not None and quote.time not in time_ids:
            update["time"] = None
        quotes.append(quote.model_copy(update=update) if update else quote)
    quote_ids = {q.id for q in quotes}
    doc._.ng_quotes = quotes

    events = []
    for event in doc._.ng_events:
        if excluded(event.trigger.start, event.trigger.end):
            continue
        actors = [a for a in event.actors if a in entity_ids]
        targets = [t for t in event.targets if t in entity_ids]
        if (event.actors and not actors) and not targets:
            continue  # its only participants were furniture
        update = {}
        if actors != event.actors:
            update["actors"] = actors
        if targets != event.targets:
            update["targets"] = targets
        if event.time is not None and event.time not in time_ids:
            update["time"] = None
            update["time_basis"] = None
        if event.quote is not None and event.quote not in quote_ids:
            update["quote"] = None
        mentions = [m for m in event.mentions if not excluded(m.start, m.end)]
        if len(mentions) != len(event.mentions):
            update["mentions"] = mentions
        events.append(event.model_copy(update=update) if update else event)
    event_ids = {e.id for e in events}
    doc._.ng_events = events

    claims = []
    for claim in doc._.ng_claims:
        if excluded(claim.span.start, claim.span.end):
            continue
        if claim.claimant != "narrator" and claim.claimant not in entity_ids:
            continue  # its claimant was read from furniture
        if claim.quote is not None and claim.quote not in quote_ids:
            claim = claim.model_copy(update={"quote": None})
        claims.append(claim)
    doc._.ng_claims = claims

    stances = []
    for stance in doc._.ng_stances:
        if stance.holder not in entity_ids or stance.target not in entity_ids:
            continue
        evidence = [ev for ev in stance.evidence if ev in quote_ids or ev in event_ids]
        if stance.evidence and not evidence:
            continue
        if evidence != stance.evidence:
            stance = stance.model_copy(update={"evidence": evidence})
        stances.append(stance)
    doc._.ng_stances = stances

    summary = doc._.ng_summary
    if summary is not None:
        cleared = {
            key: None
            for key in ("who", "what", "when", "where", "why", "how")
            if _touches(excluded, getattr(summary, key))
        }
        if "when" in cleared:
            cleared["when_value"] = None
        if cleared:
            doc._.ng_summary = summary.model_copy(update=cleared)
