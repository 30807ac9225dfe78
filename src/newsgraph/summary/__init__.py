"""Summary stage: the article's main event as 5W1H phrases.

This follows the recipe of Giveme5W1H (Hamborg et al., 2019) without its Java
CoreNLP server: extract candidate phrases from the headline and the lead
sentences, then score them by position (news puts the main event first),
frequency (the main actor is mentioned again and again) and type (a person or
organisation is a better "who" than a common noun; a weekday or clock time is
a better "when" than a duration).

- who / what: the subject and the verb phrase (verb + complements) of one
  predicate, chosen together so they describe the same event;
- when: a time expression (``doc._.ng_times`` if the times stage wrote any,
  else spaCy's DATE/TIME entities), durations and ages excluded;
- where: a GPE/LOC/FAC entity, preferring one governed by a locative
  preposition, or the dateline place;
- why: a "because / after / due to / following / in order to / to ..." clause;
- how: a "by ...ing" or "with <instrument>" phrase, or a manner adverb.

The dateline ("KABUL, AFGHANISTAN –") is skipped so it is never the subject.
All work is confined to the first few sentences plus one pass over the
entities, so the stage costs a small fraction of the parse.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry
from spacy.lookups import Lookups
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph.extensions import published_date
from newsgraph.model import PREFERENCE
from newsgraph.records import Entity, Event, Span, Summary

#: How many segments (headline + sentences) are searched for who/what, and for
#: when/where/why/how. The main event is almost always in the first few.
_LEAD_SEGMENTS = 5
_CONTEXT_SEGMENTS = 8
#: Longest phrase (tokens) kept for a "who" or "what"; longer ones are cut.
_MAX_WHO = 10
_MAX_WHAT = 15
#: A "when" candidate scoring below this (a background year far from the
#: publication date, late in the lead) loses to the publication date.
_MIN_WHEN_SCORE = 0.3

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Children of a subject that make a phrase longer without naming the actor.
_WHO_DROP = frozenset({"relcl", "acl", "appos", "advcl", "parataxis", "punct", "prep", "cc", "conj"})
# Verb children that belong to the "what": the verb's own complements.
_WHAT_KEEP = frozenset(
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
# Prepositional phrases of the main verb that are not part of what happened:
# causes (a why) and sources ("according to reports").
_WHAT_SKIP_PREPS = frozenset({"because", "after", "following", "due", "amid", "according"})
_REPORTING = frozenset(
    {
        "say",
        "tell",
        "add",
        "state",
        "report",
        "write",
        "claim",
        "note",
        "explain",
        "announce",
        "confirm",
        "insist",
    }
)
# "Footage shows X doing Y": the shown clause is the event, the medium is no actor.
_DEPICTING = frozenset({"show", "reveal", "capture", "depict"})
_MEDIA_NOUNS = frozenset({"footage", "video", "image", "photo", "picture", "clip", "film", "photograph"})
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "from", "across", "around", "on", "to"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_CAUSE_NOUNS = frozenset({"revenge", "retaliation", "reprisal", "response", "result", "protest"})
# Motive nouns that name the why themselves ("revenge attack", "retaliation for ...").
_REPRISAL_NOUNS = frozenset({"revenge", "retaliation", "reprisal"})
_DEICTIC = frozenset({"today", "yesterday", "tonight", "tomorrow"})
# "since" and "over" are more often temporal/topical than causal, so they are left out.
_WHY_MARKERS = frozenset({"because", "after", "following", "due", "amid"})
_SPECIFIC_TIME = re.compile(
    r"\b(mon|tues|wednes|thurs|fri|satur|sun)day|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b"
    r"|\b(today|yesterday|tonight|tomorrow|morning|afternoon|evening|night|midnight|noon)\b"
    r"|\d{1,2}[:.]\d{2}|\d\s*(a\.?m\.?|p\.?m\.?)\b|\b(last|this|next)\s+(week|month|year)\b",
    re.IGNORECASE,
)
# "108 years", "20-year", "70-year-old", "three decades": spans, not points in time.
_DURATION = re.compile(
    r"^\s*(the\s+)?(past\s+|last\s+|next\s+|first\s+)?[\w-]+[\s-]+(years?|months?|weeks?|days?|hours?|minutes?|decades?)"
    r"(?:[\s-]old)?\s*$|-year-old|^\s*\d{1,3}\s*$|^\s*(a|one|two|three|several|many|few)\s+(years?|decades?)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Segment:
    """A headline or a sentence (cut at line breaks), with its rank in the article."""

    rank: int
    tokens: SpacySpan
    headline: bool = False


def _segments(doc: Doc, limit: int) -> list[_Segment]:
    """The first ``limit`` segments after the dateline: sentences split at line breaks.

    A headline followed by a newline is often parsed into one sentence with the
    first paragraph; splitting at the newline gives it back its own segment.
    """
    skip_to = 0
    dateline = doc._.ng_dateline
    if dateline is not None:
        skip_to = dateline.span.end
    out: list[_Segment] = []
    headline_end = _headline_end(doc, skip_to)
    sents: Iterable[SpacySpan] = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in sents:
        start = sent.start
        for token in sent:
            if token.idx < skip_to:
                start = token.i + 1
                continue
            if token.i > start and doc[token.i - 1].idx < headline_end <= token.idx:
                # The headline runs straight into the body ("Title Body..."): cut it off.
                _add_segment(doc, out, start, token.i, headline_end)
                start = token.i
            if token.is_space and "\n" in token.text:
                _add_segment(doc, out, start, token.i, headline_end)
                start = token.i + 1
        _add_segment(doc, out, start, sent.end, headline_end)
        if len(out) >= limit:
            break
    return out[:limit]


def _headline_end(doc: Doc, skip_to: int) -> int:
    """Character end of the headline: the first line, when it is short and has no full stop."""
    article = doc._.ng_article
    text = _text(doc)
    if article is not None and article.title and text.startswith(article.title):
        return len(article.title)
    newline = text.find("\n", skip_to)
    if newline <= skip_to or newline - skip_to > 200:
        return -1
    line = text[skip_to:newline].rstrip()
    if not line or line.endswith(".") or len(line.split()) < 3:
        return -1
    return newline


def _add_segment(doc: Doc, out: list[_Segment], start: int, end: int, headline_end: int = -1) -> None:
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_space):
        end -= 1
    words = sum(1 for t in doc[start:end] if t.is_alpha)
    if words >= 2:
        headline = doc[end - 1].idx < headline_end
        out.append(_Segment(rank=len(out), tokens=doc[start:end], headline=headline))


def _span(doc: Doc, start_token: int, end_token: int) -> Span | None:
    """A record Span for tokens [start, end), trimmed of edge punctuation and spaces."""
    while start_token < end_token and (doc[start_token].is_punct or doc[start_token].is_space):
        if doc[start_token].text in {"$", "£", "€"}:
            break
        start_token += 1
    while end_token > start_token and (doc[end_token - 1].is_punct or doc[end_token - 1].is_space):
        if _closes_quote(doc, start_token, end_token - 1):
            break  # keep the closing mark of "Mayor Calls Plan 'Reckless'"
        end_token -= 1
    if end_token <= start_token:
        return None
    start = doc[start_token].idx
    last = doc[end_token - 1]
    end = last.idx + len(last.text)
    return Span(start=start, end=end, text=_text(doc)[start:end])


def _text(doc: Doc) -> str:
    """``doc.text``, built once per document (spaCy rebuilds it from the tokens on every access)."""
    cached = doc.user_data.get("_ng_summary_text")
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), doc.text)
        doc.user_data["_ng_summary_text"] = cached
    text: str = cached[1]
    return text


_QUOTE_PAIRS = {"'": "'", '"': '"', "”": "“", "’": "‘"}


def _closes_quote(doc: Doc, start: int, index: int) -> bool:
    """Whether doc[index] closes a quotation mark opened inside doc[start:index]."""
    opening = _QUOTE_PAIRS.get(doc[index].text)
    if opening is None:
        return False
    count = sum(1 for t in doc[start:index] if t.text in {opening, doc[index].text})
    return count % 2 == 1


def _contiguous(tokens: set[int], anchor: int) -> tuple[int, int]:
    """The run of token indices in ``tokens`` around ``anchor``, as [start, end)."""
    lo = anchor
    while lo - 1 in tokens:
        lo -= 1
    hi = anchor
    while hi + 1 in tokens:
        hi += 1
    return lo, hi + 1


def _subtree_without(
    token: Token, drop: frozenset[str], segment: SpacySpan, *, drop_settings: bool = False
) -> set[int]:
    """Indices of ``token``'s subtree inside ``segment``, minus children whose dep is in
    ``drop`` (and, with ``drop_settings``, time and place phrases: a when/where, not a what)."""
    keep: set[int] = set()
    stack = [token]
    while stack:
        t = stack.pop()
        if not segment.start <= t.i < segment.end:
            continue
        keep.add(t.i)
        for child in t.children:
            if child.dep_ in drop and not (child.dep_ == "prep" and child.lower_ == "of"):
                continue
            if drop_settings and child.dep_ == "prep" and child.i != token.i and _is_time_or_place(child):
                continue
            stack.append(child)
    return keep


def _who_phrase(subject: Token, segment: SpacySpan) -> tuple[int, int]:
    keep = _subtree_without(subject, _WHO_DROP, segment)
    # Keep coordinated actors ("the mayor and the union"): conj children of the head itself.
    coordinated = any(c.dep_ == "conj" for c in subject.children)
    for child in subject.children:
        if coordinated and (child.dep_ in {"conj", "cc"} or (child.dep_ == "punct" and child.text == ",")):
            keep |= _subtree_without(child, _WHO_DROP, segment)
    lo, hi = _contiguous(keep, subject.i)
    if hi - lo > _MAX_WHO:
        # Too long: the entity or noun chunk around the head is the actor.
        lo, hi = _head_chunk(subject)
    return lo, hi


def _head_chunk(token: Token) -> tuple[int, int]:
    if token.ent_type_:
        doc = token.doc
        for ent in doc.ents:
            if ent.start <= token.i < ent.end:
                return ent.start, ent.end
    lo = token.i
    while (
        lo > 0
        and token.doc[lo - 1].dep_ in {"compound", "amod", "det", "poss", "nummod", "case"}
        and (token.doc[lo - 1].head.i >= lo)
    ):
        lo -= 1
    return lo, token.i + 1


def _is_time_or_place(token: Token) -> bool:
    """A prepositional phrase whose object is a date, time or place: a when/where, not part of the what."""
    objects = [c for c in token.children if c.dep_ in {"pobj", "pcomp"}]
    return any(o.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"} for o in objects)


def _motive_object(prep: Token) -> bool:
    """ "in revenge", "in a 'revenge' attack", "in retaliation for ...": a why, not part of the what."""
    for obj in prep.children:
        if obj.dep_ == "pobj" and (
            obj.lemma_ in _REPRISAL_NOUNS
            or any(c.lemma_ in _REPRISAL_NOUNS and c.dep_ in {"compound", "amod"} for c in obj.children)
        ):
            return True
    return False


def _what_phrase(verb: Token, segment: SpacySpan) -> tuple[int, int]:
    keep: set[int] = {verb.i}
    for child in verb.children:
        if not segment.start <= child.i < segment.end:
            continue
        if child.i < verb.i:
            if child.dep_ in {"aux", "auxpass", "neg"} or (child.dep_ == "advmod" and child.i == verb.i - 1):
                keep.add(child.i)
            continue
        if child.dep_ not in _WHAT_KEEP:
            continue
        if child.dep_ == "prep" and (
            _is_time_or_place(child) or child.lower_ in _WHAT_SKIP_PREPS or _motive_object(child)
        ):
            continue
        keep |= _subtree_without(
            child, frozenset({"relcl", "appos", "advcl", "parataxis"}), segment, drop_settings=True
        )
    lo, hi = _contiguous(keep, verb.i)
    if hi - lo > _MAX_WHAT:
        hi = _phrase_cut(verb.doc, lo + _MAX_WHAT, max(verb.i + 2, lo + 3))
    return lo, hi


def _phrase_cut(doc: Doc, limit: int, floor: int) -> int:
    """An end at or before ``limit`` that does not split a phrase: before a
    preposition, conjunction, punctuation or clause opener, else ``limit``."""
    for end in range(limit, floor, -1):
        nxt = doc[end] if end < len(doc) else None
        boundary = (
            nxt is None or nxt.pos_ in {"ADP", "CCONJ", "SCONJ", "PUNCT"} or nxt.tag_ in {"WDT", "WP", "TO"}
        )
        closed = not doc[end - 1].is_punct or doc[end - 1].text in {"”", '"', "’", "'", ")"}
        if boundary and closed:
            return end
    return limit


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the subject it shares with the verb it is coordinated with."""
    current: Token | None = verb
    for _ in range(3):
        if current is None:
            return None
        # Nearest subject first: when a headline is parsed into one sentence with the
        # lead, a headline noun can hang on the lead's verb as a second subject.
        at = current.i
        subjects = sorted(
            (c for c in current.children if c.dep_ in _SUBJECT_DEPS), key=lambda c: abs(at - c.i)
        )
        for child in subjects:
            if child.tag_ in {"WP", "WDT"} and current.dep_ == "relcl":
                return current.head  # "the boy who fell": the boy
            return child
        if current.dep_ in {"conj", "xcomp"} and current.head.i != current.i:
            current = current.head
        else:
            return None
    return None


def _predicates(segment: SpacySpan) -> list[Token]:
    """Main verbs of a segment: the root (or the token whose head lies outside), and their conjuncts."""
    roots = [
        t
        for t in segment
        if (t.dep_ == "ROOT" or not segment.start <= t.head.i < segment.end) and not t.is_space
    ]
    out: list[Token] = []
    for root in roots:
        if root.pos_ in {"VERB", "AUX"}:
            out.append(root)
        out.extend(
            c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i < segment.end
        )
        # "X said (that) Y did Z": the reported event is a candidate too.
        if root.lemma_ in _REPORTING or root.lemma_ in _DEPICTING:
            out.extend(c for c in root.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"})
    return out


def _mention_counts(doc: Doc) -> Counter[str]:
    """How often each name is mentioned: entity clusters if available, else spaCy entities."""
    counts: Counter[str] = Counter()
    entities = doc._.ng_entities
    if entities:
        for entity in entities:
            n = len(entity.mentions)
            for mention in entity.mentions:
                for word in mention.text.lower().split():
                    counts[word] = max(counts[word], n)
        return counts
    for ent in doc.ents:
        if ent.label_ in _ACTOR_LABELS:
            for word in ent.text.lower().split():
                counts[word] += 1
    return counts


@dataclass(slots=True)
class _Candidate:
    score: float
    who: tuple[int, int] | None
    what: tuple[int, int]
    verb: Token
    segment: _Segment
    #: A headline participle without its agent ("Race red-flagged after crash"):
    #: the subject is what was acted on, not the actor.
    passive: bool = False


def _position_weight(rank: int) -> float:
    return 1.0 / (1.0 + 0.5 * rank)


_HEADLINE_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD", "VB"})
_OPENING_MARKS = frozenset({"'", "‘", "“", '"'})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_NOUNISH = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "DET", "PART", "CCONJ"})
_HEADLINE_STOPS = frozenset(
    {"as", "after", "while", "because", "following", "amid", "despite", "but", "over", "to", "if", "when"}
    | {"unless", "before", "until", "though", "although"}
)


@lru_cache(maxsize=1)
def _verb_lemmas() -> frozenset[str]:
    """Base forms of English verbs from the spaCy model's lemmatizer tables.

    Headlines drop auxiliaries and articles ("Union stages strike"), so the
    tagger often calls their verb a noun; knowing which words can be verbs lets
    the headline reader recover it. Empty when no model package ships the table.
    """
    for name in PREFERENCE:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            continue
        for root in spec.submodule_search_locations:
            for folder in sorted(Path(root).glob("*/lemmatizer/lookups")):
                try:
                    lookups = Lookups().from_disk(folder)
                    base = {str(w) for w in lookups.get_table("lemma_index")["verb"]}
                    # Irregular forms ("shot", "struck") are keys of the exceptions table.
                    irregular = {str(w) for w in lookups.get_table("lemma_exc")["verb"]}
                    return frozenset(base | irregular)
                except (OSError, KeyError, ValueError):
                    continue
    return frozenset()


def _could_be_verb(token: Token) -> bool:
    verbs = _verb_lemmas()
    word = token.lower_
    if word in verbs:
        return True
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", "")):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in verbs:
            return True
    return False


def _headline_verb(doc: Doc, lo: int, hi: int) -> tuple[Token, float] | None:
    """The verb of a headline clause doc[lo:hi] and how sure we are of it."""
    scored: list[tuple[float, int]] = []
    for token in doc[lo + 1 : hi]:
        if not token.text[0].isalnum():
            continue  # a quotation mark the tagger read as "'s" ("who 'fell down a well'")
        head = _word_start(doc, token.i, lo)
        if head <= lo:
            continue
        prev = doc[head - 1]
        nxt = doc[token.i + 1] if token.i + 1 < hi else None
        if prev.pos_ == "ADV" and head - 2 >= lo:
            prev = doc[head - 2]  # "Driver narrowly avoids crash"
        if prev.pos_ not in {"PROPN", "NOUN", "NUM", "PRON", "ADJ"} and prev.text not in {"'", "’", '"'}:
            continue
        if head < token.i:
            # A hyphenated participle after the subject ("Race red-flagged after crash");
            # before a noun it is an adjective ("a long-awaited report").
            if (
                token.lower_.endswith("ed")
                and token.tag_ in {"VBN", "VBD", "JJ"}
                and (nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"})
                and _could_be_verb(token)
            ):
                scored.append((2.5, token.i))
            continue
        if token.tag_ in _HEADLINE_VERB_TAGS and token.pos_ in {"VERB", "AUX"}:
            scored.append((3.0, token.i))
        elif token.tag_ == "VBN":
            scored.append((2.5, token.i))
        elif (
            token.tag_ in _NOUN_TAGS
            and nxt is not None
            and prev.pos_ != "ADJ"
            and not (token.ent_type_ and token.ent_iob_ == "I")
            and _could_be_verb(token)
        ):
            if token.lower_.endswith("s") and token.lower_ not in _verb_lemmas():
                scored.append((2.0, token.i))
            elif nxt.pos_ in {"ADP", "DET", "NUM", "PROPN", "ADJ", "PRON"}:
                scored.append((1.5, token.i))
            elif token.is_lower and token.lower_ in _verb_lemmas() and _plural_names_before(doc, token.i, lo):
                # "Murray and Obama lead celebrations": after two coordinated names a
                # base form is the plural verb, not a compound noun.
                scored.append((1.5, token.i))
    if not scored:
        return None
    confidence, index = min(scored, key=lambda c: c[1])
    return doc[index], confidence


def _word_start(doc: Doc, index: int, lo: int) -> int:
    """First token of the hyphenated word ending at ``index`` ("red - flagged": "red")."""
    start = index
    while (
        start - 2 >= lo
        and doc[start - 1].text in {"-", "‐"}
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
    ):
        start -= 2
    return start


def _plural_names_before(doc: Doc, index: int, lo: int) -> bool:
    """Whether doc[index] follows two proper names joined by "and" ("Murray and Obama")."""
    i = index - 1
    joined = False
    while i >= lo and doc[i].pos_ in {"PROPN", "CCONJ"}:
        if doc[i].pos_ == "CCONJ" and i - 1 >= lo and doc[i - 1].pos_ == "PROPN" and i + 1 < index:
            joined = True
        i -= 1
    return joined and doc[index - 1].pos_ == "PROPN"


def _headline_candidates(doc: Doc, segment: _Segment) -> list[_Candidate]:
    """Headline grammar ("Rebels attack garrison", "Union stages strike") read linearly.

    A statistical parser trained on full sentences often misreads headlines;
    the pattern noun run + verb + object recovers the event it misses. Each
    part of a "Topic: event" headline is tried.
    """
    seg = segment.tokens
    first = seg.start
    if seg[0].lower_ in _HEADLINE_STOPS or seg[0].pos_ in {"ADP", "SCONJ"}:
        # "While talks stall, dockers walk out ...": skip the subordinate clause.
        comma = next((t.i for t in seg if t.text == ","), None)
        if comma is not None:
            first = comma + 1
    cuts = [first] + [t.i + 1 for t in seg if t.text in {":", "|"} and t.i >= first] + [seg.end]
    out: list[_Candidate] = []
    for lo, hi in itertools.pairwise(cuts):
        end = hi - 1 if hi < seg.end else hi
        found = _headline_verb(doc, lo, end)
        if found is None:
            continue
        verb, confidence = found
        first = _word_start(doc, verb.i, lo)
        start = first
        subject_end = first
        while subject_end - 1 > lo and (
            doc[subject_end - 1].text in _OPENING_MARKS or doc[subject_end - 1].lower_ in {"who", "which"}
        ):
            subject_end -= 1  # "the boy who 'fell down a well'": the antecedent acted
        if subject_end < first and doc[subject_end].lower_ in {"who", "which"}:
            start = subject_end
        else:
            subject_end = first
        while (
            start - 1 >= lo
            and verb.i - start < _MAX_WHO
            and (
                doc[start - 1].pos_ in _NOUNISH
                or doc[start - 1].text in {",", "'s", "’s", "‘", "’", "“", "”"}
            )
        ):
            if (
                doc[start - 1].pos_ == "CCONJ"
                and start - 2 >= lo
                and doc[start - 2].pos_ == "ADJ"
                and doc[start].pos_ in {"NOUN", "NUM", "PROPN"}
            ):
                break  # "Several dead and dozens injured": two clauses, the nearest is the subject
            start -= 1
        if doc[first - 1].pos_ == "ADV" and first - 1 >= lo:
            first -= 1
            start = min(start, first)
        who = _trim_who(doc, start, subject_end)
        stop = verb.i + 1
        agent: tuple[int, int] | None = None
        while stop < end and stop - verb.i < _MAX_WHAT:
            token = doc[stop]
            if token.lower_ == "to" and stop == verb.i + 1:
                pass  # "Mayor needs to ...": a complement, not a purpose clause
            elif token.lower_ in _HEADLINE_STOPS or token.text in {",", ":", ";", "–", "—", "|"}:
                break
            if token.text == "-" and doc[stop - 1].whitespace_:
                break  # a free-standing dash, not the hyphen of "40-year"
            if token.pos_ == "ADP" and (_is_time_or_place(token) or _names_motive(doc, stop + 1, end)):
                break  # "bombed in 'revenge' attack": the motive is a why, not part of the what
            if token.lower_ == "by" and verb.tag_ == "VBN" and stop + 1 < end:
                agent = _trim_who(doc, stop + 1, min(end, stop + 1 + _MAX_WHO))
                break  # the agent is the who
            stop += 1
        if agent is None and verb.tag_ == "VBN":
            # "bombed in 'revenge' attack by rebels": the agent after a left-out phrase.
            for token in doc[stop:end]:
                if token.lower_ in _HEADLINE_STOPS or token.text in {",", ":", ";", "|"}:
                    break
                if token.lower_ == "by" and token.i + 1 < end:
                    agent = _trim_who(doc, token.i + 1, min(end, token.i + 1 + _MAX_WHO))
                    break
        if agent is not None:
            # "Bridge bombed by rebels": the agent is who acted.
            agent_end = agent[0]
            while agent_end < agent[1] and doc[agent_end].pos_ in _NOUNISH:
                agent_end += 1
            if agent_end > agent[0]:
                who = (agent[0], agent_end)
        if who is not None and doc[who[1] - 1].lemma_ in _MEDIA_NOUNS and verb.lemma_ in _DEPICTING:
            continue  # "Footage shows ...": left to the parse, which reads what is shown
        score = 2.0 + confidence / 2 if who is not None else 1.0 + confidence / 4
        if who is not None and who[1] - who[0] == 1 and doc[who[0]].pos_ == "PRON":
            score -= 0.6  # "You knew it ...": a pronoun names no actor (as in the parse candidates)
        passive = agent is None and (verb.tag_ == "VBN" or first < verb.i)
        out.append(_Candidate(score, who, (first, stop), verb, segment, passive))
    return out


def _names_motive(doc: Doc, start: int, end: int) -> bool:
    """Whether the phrase from ``start`` up to the next preposition names a motive
    ("'revenge' attack", "retaliation")."""
    for token in doc[start:end]:
        if token.pos_ == "ADP" or token.text in {",", ":", ";"}:
            return False
        if token.lemma_ in _REPRISAL_NOUNS:
            return True
    return False


def _trim_who(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (doc[start].is_punct or doc[start].pos_ in {"CCONJ", "PART"}):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].pos_ in {"CCONJ", "DET"}):
        if _closes_quote(doc, start, end - 1):
            break
        end -= 1
    return (start, end) if end > start else None


def _who_what_candidates(doc: Doc, segments: Sequence[_Segment], counts: Counter[str]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for segment in segments:
        headline = segment.headline
        if headline:
            out.extend(_headline_candidates(doc, segment))
        for verb in _predicates(segment.tokens):
            subject = _subject_of(verb)
            who: tuple[int, int] | None = None
            score = 1.5 * _position_weight(segment.rank)
            if subject is not None and segment.tokens.start <= subject.i < segment.tokens.end:
                who = _who_phrase(subject, segment.tokens)
                words = doc[who[0] : who[1]]
                if subject.pos_ == "PRON" or subject.tag_ in {"WP", "WDT"}:
                    score -= 0.6
                if any(t.ent_type_ in _ACTOR_LABELS for t in words) or subject.pos_ == "PROPN":
                    score += 0.4
                frequency = max((counts.get(t.lower_, 0) for t in words if not t.is_stop), default=0)
                score += 0.3 * min(1.0, frequency / 4.0)
            else:
                score -= 0.7
            if verb.lemma_ in _REPORTING:
                score -= 0.3
            if subject is not None and subject.lemma_ in _MEDIA_NOUNS and verb.lemma_ in _DEPICTING:
                score -= 1.0  # "Footage shows rescuers ...": the event is what is shown
            if verb.pos_ == "AUX" and not any(c.dep_ in {"attr", "acomp"} for c in verb.children):
                score -= 0.2
            if headline and who is not None and verb.tag_ in _HEADLINE_VERB_TAGS and subject is not None:
                score += 0.8
            out.append(_Candidate(score, who, _what_phrase(verb, segment.tokens), verb, segment))
    return out


def _when(
    doc: Doc,
    segments: Sequence[_Segment],
    main: SpacySpan | None = None,
    event_times: frozenset[str] = frozenset(),
) -> tuple[Span | None, str | None]:
    """The time of the main event and its ISO value; ``main`` is the sentence it was read from.

    Like Giveme5W1H, when the lead names no time of the event (or only background
    years far from publication), the answer is the publication date: news reports
    what happened that day. The span is then ``None`` and only the value is given.
    ``event_times`` are the ids of times the events stage gave to mentions of the main
    event ("the bombing late Thursday" for a headline "Taliban attacks consulate").
    """
    published = published_date(doc)
    fallback = published.isoformat() if published is not None else None
    if not segments:
        return None, fallback
    limit = segments[-1].tokens.end_char
    ranks = [(s.tokens.start_char, s.tokens.end_char, s.rank) for s in segments]

    def rank_of(start: int) -> int | None:
        return next((r for a, b, r in ranks if a <= start < b), None)

    found: list[tuple[int, int, str, bool, float, str | None]] = []
    times = doc._.ng_times
    if times:
        for t in times:
            if t.start < limit and t.precision != "duration" and not _masthead(t.text):
                closeness = _closeness(t.value, published)
                if t.id in event_times:
                    closeness += _MAIN_EVENT_TIME
                found.append((t.start, t.end, t.text, t.precision in {"day", "interval"}, closeness, t.value))
    else:
        for ent in doc.ents:
            if ent.label_ in {"DATE", "TIME"} and ent.start_char < limit:
                if _masthead(ent.text):
                    continue
                found.append((ent.start_char, ent.end_char, ent.text, ent.label_ == "TIME", 0.0, None))
        # Deictic days the tagger sometimes leaves untagged ("arrives today").
        for segment in segments:
            for token in segment.tokens:
                if token.lower_ in _DEICTIC and not token.ent_type_ and not token.text.isupper():
                    found.append((token.idx, token.idx + len(token.text), token.text, False, 0.0, None))
    best: tuple[float, int, int, str | None] | None = None
    for start, end, text, exact, closeness, value in found:
        rank = rank_of(start)
        if rank is None or _DURATION.search(text):
            continue
        score = _position_weight(rank)
        if _SPECIFIC_TIME.search(text):
            score += 0.6
        if exact:
            score += 0.2
        score += closeness
        if main is not None and main.start_char <= start < main.end_char:
            score += 0.3  # said in the same sentence as the main event
        if best is None or score > best[0]:
            best = (score, start, end, value)
    if best is None or (fallback is not None and best[0] < _MIN_WHEN_SCORE):
        return None, fallback
    start = best[1] + _leading_preposition(_text(doc)[best[1] : best[2]])
    span = Span(start=start, end=best[2], text=_text(doc)[start : best[2]])
    return span, best[3]


_WHEN_PREPOSITION = re.compile(r"^(on|in|at|during|by)\s+(?=\S)", re.IGNORECASE)


def _leading_preposition(text: str) -> int:
    """Length of an opening "on / in / during ..." : the time is the answer, not the adverbial."""
    found = _WHEN_PREPOSITION.match(text)
    return found.end() if found is not None else 0


def _masthead(text: str) -> bool:
    """ "CITY TODAY" (a masthead): an all-capitals single word is a masthead, not a date."""
    return text.isupper() and " " not in text.strip() and not text.strip()[:1].isdigit()


def _closeness(value: str | None, published: dt.date | None) -> float:
    """News reports what just happened: a day at or just before publication is the likely "when"."""
    if value is None or published is None:
        return 0.0
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        year = value[:4]
        if year.isdigit() and abs(int(year) - published.year) >= 1:
            return -0.5  # "2011", "from 1994 to 2003": background
        return 0.0
    delta = (published - day).days
    if delta == 0:
        return 0.5
    if delta == 1:
        return 0.4
    if -1 <= delta <= 3:
        return 0.3
    if abs(delta) > 30:
        return -0.5
    return 0.0


def _where(doc: Doc, segments: Sequence[_Segment], counts: Counter[str]) -> Span | None:
    best: tuple[float, int, int] | None = None
    best_rank = (False, False, 0.0)
    not_places = _not_places(doc)
    lead_ents = [
        e
        for s in segments
        for e in s.tokens.ents
        if e.label_ in _PLACE_LABELS and (e.start_char, e.end_char) not in not_places
    ]
    lead_ents += _unlabelled_places(segments[:3])
    rank_of = {
        e.start: s.rank for s in segments for e in lead_ents if s.tokens.start <= e.start < s.tokens.end
    }
    frequency = Counter(e.text.lower() for e in doc.ents if e.label_ in _PLACE_LABELS)
    for found in lead_ents:
        ent = _whole_word(found)
        # "US-based", "London-born": an attribute of someone, not the setting; used
        # only when the lead names no other place.
        modifier = ent.end > found.end and ent[-1].is_lower
        if modifier:
            ent = found  # the place itself: "Chicago", not "Chicago-based"
        root = ent.root
        score = _position_weight(rank_of.get(found.start, _CONTEXT_SEGMENTS))
        if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPS:
            # "from" / "to" name an origin or a destination ("adults from South London"),
            # a weaker sign of where the event took place than "in" / "at".
            score += 0.25 if root.head.lower_ in {"from", "to"} else 0.5
        elif root.dep_ in {"compound", "amod", "poss", "nmod"} and rank_of.get(found.start) != 0:
            # "the Detroit suburbs" in a sentence; but a headline names the event by
            # its place ("Croydon tram crash"), so the modifier is not penalised there.
            score -= 0.25
        if ent.label_ == "FAC":
            score += 0.1
        country = _is_country(ent.text)
        if country:
            score -= 0.6
        if rank_of.get(found.start) == 0:
            score += 0.25
        score += 0.5 * min(1.0, frequency[found.text.lower()] / 5.0)
        # The most specific place wins (Giveme5W1H prefers the smaller area): a
        # country only when the lead names no other place.
        rank = (not modifier, not country, score)
        if best is None or rank > best_rank:
            end = _with_region(ent)
            best, best_rank = (score, ent.start_char, end), rank
    dateline = _dateline_place(doc)
    if dateline is not None and (best is None or best[0] < 0.9):
        return dateline
    if best is None:
        return None
    return Span(start=best[1], end=best[2], text=_text(doc)[best[1] : best[2]])


def _whole_word(ent: SpacySpan) -> SpacySpan:
    """The entity widened to whole words: the tokenizer splits "Mazar-i-Sharif" at
    its hyphens and NER may tag only a piece of it."""
    doc = ent.doc
    lo, hi = ent.start, ent.end
    while lo > 0 and not doc[lo - 1].whitespace_ and (doc[lo - 1].text == "-" or doc[lo].text == "-"):
        lo -= 1
    while hi < len(doc) and not doc[hi - 1].whitespace_ and (doc[hi].text == "-" or doc[hi - 1].text == "-"):
        hi += 1
    while hi > lo + 1 and doc[hi - 1].text == "-":
        hi -= 1
    while lo < hi - 1 and doc[lo].text == "-":
        lo += 1
    return doc[lo:hi] if (lo, hi) != (ent.start, ent.end) else ent


def _with_region(ent: SpacySpan) -> int:
    """End character of the place with the larger place that locates it:
    "Baoding, Hebei province", "Trump Tower in New York City" (one address)."""
    doc = ent.doc
    end = ent.end
    for child in ent.root.children:
        if child.i != end or end >= len(doc):
            continue
        if child.dep_ == "punct" and child.text == "," and end + 1 < len(doc):
            nxt = doc[end + 1]
            if nxt.ent_type_ in {"GPE", "LOC"} and nxt.dep_ in {"appos", "conj", "npadvmod"}:
                return _entity_end(nxt)
        if child.dep_ == "prep" and child.lower_ == "in" and end + 1 < len(doc):
            nxt = doc[end + 1]
            if nxt.ent_type_ == "GPE" and nxt.ent_iob_ == "B":
                return _entity_end(nxt)
    for child in ent.root.children:
        if (
            child.dep_ == "appos"
            and child.i == end + 1
            and doc[end].text == ","
            and child.ent_type_ in {"GPE", "LOC"}
        ):
            return _entity_end(child)
    return ent.end_char


def _entity_end(token: Token) -> int:
    """End character of the entity (or the noun phrase) ``token`` belongs to."""
    doc = token.doc
    hi = token.i
    while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
        hi += 1
    # "Hebei province": the name modifies a common-noun head right after it.
    if hi + 1 < len(doc) and doc[hi].head.i == hi + 1 and doc[hi + 1].pos_ == "NOUN":
        hi += 1
    return doc[hi].idx + len(doc[hi].text)


# "WASHINGTON, Nov 6 (Reuters) -", "LONDON --": a dateline after a byline or photo
# credit, which the dateline stage (looking at the very start) does not see.
_LATE_DATELINE = re.compile(
    r"(?<![\w,])([A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]{2,}){0,2})"
    r"(?:, [A-Z][a-z]{2,9}\.? \d{1,2})?(?: \([A-Z][\w ]{1,30}\))? ?(?:--|—|–|-) "
)


def _dateline_place(doc: Doc) -> Span | None:
    """The dateline place: the dateline stage's, or one opening a paragraph near the top."""
    text = _text(doc)
    dateline = doc._.ng_dateline
    if dateline is not None:
        place = dateline.span
        found = text[place.start : place.end]
        cut = re.search(r"\s*(\([^)]*\))?\s*([–—-]{1,2}|:)\s*$", found)
        end = place.start + (cut.start() if cut else len(found))
        return Span(start=place.start, end=end, text=text[place.start : end])
    for late in _LATE_DATELINE.finditer(text, 0, 400):
        if not _RUBRICS.intersection(late.group(1).lower().split()):
            return Span(start=late.start(1), end=late.end(1), text=late.group(1))
    return None


# Capitalised labels that open a story like a dateline but name no place ("BREAKING -").
_RUBRICS = frozenset(
    {"breaking", "watch", "update", "updated", "exclusive", "live", "video", "photos", "opinion"}
    | {"analysis", "editorial", "review", "news", "comment", "listen", "read", "more", "new", "urgent"}
)


def _not_places(doc: Doc) -> set[tuple[int, int]]:
    """Spans spaCy calls places but the entities stage typed otherwise ("F.B.I.", "Ferrari")."""
    out: set[tuple[int, int]] = set()
    entities: list[Entity] = doc._.ng_entities
    for entity in entities:
        if entity.type not in _PLACE_LABELS:
            out.update((m.start, m.end) for m in entity.mentions if m.kind == "name")
    return out


def _unlabelled_places(segments: Sequence[_Segment]) -> list[SpacySpan]:
    """Proper names after a locative preposition that NER left out or called an
    organisation ("trapped in Vell", "rally outside Harbour Hall")."""
    out: list[SpacySpan] = []
    for segment in segments:
        seg = segment.tokens
        for token in seg:
            if token.lower_ not in _LOCATIVE_PREPS or token.lower_ in {"to", "from", "on"}:
                continue
            obj = next((c for c in token.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if obj is None or not seg.start <= obj.i < seg.end:
                continue
            if obj.ent_type_ in _PLACE_LABELS or obj.ent_type_ in {"PERSON", "NORP", "DATE", "TIME", "EVENT"}:
                continue
            if obj.ent_type_ == "ORG" and token.lower_ not in {"outside", "inside", "near"}:
                continue
            lo = obj.i
            while lo - 1 > token.i and doc_token(seg, lo - 1).pos_ == "PROPN":
                lo -= 1
            if any(t.pos_ not in {"DET", "ADJ"} for t in seg.doc[token.i + 1 : lo]):
                continue  # the name does not follow the preposition ("at Trump's expense Scores of ...")
            out.append(seg.doc[lo : obj.i + 1])
    return out


def doc_token(seg: SpacySpan, i: int) -> Token:
    return seg.doc[i]


_COUNTRY_ALIASES = frozenset(
    {"uk", "u.k.", "us", "u.s.", "usa", "u.s.a.", "britain", "great britain", "america", "england", "the us"}
    | {"the u.s.", "the uk", "the united states", "the united kingdom", "scotland", "wales"}
)


@lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    key = name.strip().lower()
    if key in _COUNTRY_ALIASES:
        return True
    try:
        pycountry.countries.lookup(key.removeprefix("the "))
    except LookupError:
        return False
    return True


def _first_child(token: Token, deps: Sequence[str]) -> Token | None:
    """The first child with the earliest-listed dependency label ("because of X": X, not "of")."""
    for dep in deps:
        for child in token.children:
            if child.dep_ == dep and child.pos_ != "ADP":
                return child
    for dep in deps:
        for child in token.children:
            if child.dep_ == dep:
                return child
    return None


def _why(doc: Doc, verb: Token | None, segments: Sequence[_Segment]) -> Span | None:
    """A causal clause: preferably one attached to the main verb, else the first in the lead."""
    candidates: list[tuple[float, int, int]] = []
    for segment in segments[:_LEAD_SEGMENTS]:
        seg = segment.tokens
        for token in seg:
            lower = token.lower_
            phrase: tuple[int, int] | None = None
            if lower in _WHY_MARKERS and token.dep_ in {"mark", "prep"}:
                body = token.head if token.dep_ == "mark" else _first_child(token, ("pobj", "pcomp"))
                if body is None or body.ent_type_ in {"DATE", "TIME"}:
                    continue  # "after Monday" is a when, not a why
                # "due to X", "because of X": step through the second preposition.
                while body is not None and (lower == "due" or body.pos_ == "ADP"):
                    inner = next((c for c in body.children if c.dep_ in {"pobj", "pcomp"}), None)
                    if inner is None or inner.i == body.i:
                        break
                    body = inner
                    lower = ""
                if body is None or body.pos_ == "ADP":
                    continue
                keep = {t.i for t in body.subtree if seg.start <= t.i < seg.end and t.i > token.i}
                if not keep:
                    continue
                phrase = (min(keep), max(keep) + 1)
            elif token.lemma_ in _CAUSE_NOUNS and token.pos_ == "NOUN":
                # "in retaliation for air strikes", "as a result of the storm"
                prep = next(
                    (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "to"}), None
                )
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                reprisal = token.lemma_ in _REPRISAL_NOUNS
                if obj is None:
                    if reprisal and token.dep_ == "compound" and token.head.i > token.i:
                        # "a 'revenge' attack": the motive is named, with nothing after it.
                        phrase = (token.i, token.head.i + 1)
                    else:
                        continue
                else:
                    keep = {t.i for t in obj.subtree if seg.start <= t.i < seg.end}
                    if reprisal:  # "retaliation for air strikes": the motive and its cause
                        keep.add(token.i)
                    phrase = (min(keep), max(keep) + 1)
            elif lower == "to" and token.dep_ == "aux" and token.head.dep_ == "advcl":
                head = token.head
                keep = {t.i for t in head.subtree if seg.start <= t.i < seg.end}
                phrase = (min(keep), max(keep) + 1)
            if phrase is None:
                continue
            score = _position_weight(segment.rank)
            if verb is not None and verb.i in {token.head.i, token.head.head.i}:
                score += 0.5
            candidates.append((score, phrase[0], phrase[1]))
    if not candidates:
        return None
    _, lo, hi = max(candidates, key=lambda c: (c[0], -c[1]))
    return _span(doc, lo, min(hi, lo + 15))


def _how(doc: Doc, verb: Token | None, segment: _Segment | None) -> Span | None:
    """A manner phrase of the main verb: "by ...ing", "with <instrument>", or a "-ly" adverb."""
    if verb is None or segment is None:
        return None
    seg = segment.tokens
    for child in verb.children:
        if not seg.start <= child.i < seg.end:
            continue
        if child.dep_ == "prep" and child.lower_ in {"by", "with", "using", "through", "via"}:
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if not objects or objects[0].ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
                continue
            if child.lower_ == "by" and verb.tag_ == "VBN" and objects[0].pos_ != "VERB":
                continue  # passive agent: a who, not a how
            keep = {t.i for t in child.subtree if seg.start <= t.i < seg.end}
            return _span(doc, min(keep), min(max(keep) + 1, min(keep) + 10))
        if child.dep_ == "advmod" and child.lower_.endswith("ly") and child.pos_ == "ADV":
            return _span(doc, child.i, child.i + 1)
    # No manner or instrument phrase: the verb itself says how it happened
    # ("rams", "derailed", "blames") -- what the Giveme5W1H coders most often chose.
    lo = verb.i
    if lo - 1 >= seg.start and doc[lo - 1].dep_ == "advmod" and doc[lo - 1].head.i == verb.i:
        lo -= 1  # "narrowly avoids"
    return _span(doc, lo, verb.i + 1)


def summarize(doc: Doc) -> Summary:
    """The 5W1H of ``doc``'s main event (fields are None where nothing fits)."""
    segments = _segments(doc, _CONTEXT_SEGMENTS)
    if not segments:
        return Summary()
    counts = _mention_counts(doc)
    candidates = _who_what_candidates(doc, segments[:_LEAD_SEGMENTS], counts)
    best = max(candidates, key=lambda c: c.score) if candidates else None
    who = what = None
    verb: Token | None = None
    segment: _Segment | None = None
    if best is not None:
        verb, segment = best.verb, best.segment
        what = _span(doc, *best.what)
        actor = _actor_for_passive(doc, best, candidates) or _counted_in_lead(doc, best, candidates)
        if actor is not None:
            who = _span(doc, *actor)
        elif best.who is not None:
            who = _span(doc, *best.who)
    if who is None:
        who = _fallback_who(doc, segments[:_LEAD_SEGMENTS], counts)
    if who is not None:
        who = _fullest_name(doc, who)
    if what is None and segments:
        first = segments[0].tokens
        what = _span(doc, first.start, min(first.end, first.start + _MAX_WHAT))
    main_sentence = segment.tokens.sent if segment is not None else None
    when, when_value = _when(doc, segments, main_sentence, _main_event_times(doc, (who, what)))
    return Summary(
        who=who,
        what=what,
        when=when,
        when_value=when_value,
        where=_where(doc, segments, counts),
        why=_why(doc, verb, segments),
        how=_how(doc, verb, segment),
    )


#: Bonus for a time the events stage dated a mention of the main event with.
_MAIN_EVENT_TIME = 0.8


def _main_event_times(doc: Doc, spans: Sequence[Span | None]) -> frozenset[str]:
    """Times of the events that are the main event told again: events of the same PLOVER
    category (or, for OTHER, the same lemma) as an event triggered inside the who/what, or
    whose trigger word is a word of the who/what ("Seattle shooting leaves five hurt" ...
    "the shooting unfolded shortly before 7 pm"). Times from the event's own clause or its
    sentence count, not a quote's occasion."""
    events = doc._.ng_events or []
    present = [s for s in spans if s is not None]
    if not events or not present:
        return frozenset()
    words: set[str] = set()
    for span in present:
        window = doc.char_span(span.start, span.end, alignment_mode="expand")
        if window is not None:
            words |= {t.lower_ for t in window} | {t.lemma_.lower() for t in window}

    def kind(event: Event) -> tuple[str, str]:
        return event.category, event.lemma if event.category == "OTHER" else ""

    inside = [e for e in events if any(s.start <= e.trigger.start < s.end for s in present)]
    kinds = {kind(e) for e in inside}
    return frozenset(
        e.time
        for e in events
        if e.time is not None
        and e.time_basis in ("clause", "context")
        and (kind(e) in kinds or e.lemma in words or e.trigger.text.lower() in words)
    )


def _names_actor(doc: Doc, who: tuple[int, int] | None) -> bool:
    """Whether the phrase's head word is part of a person or organisation name."""
    return who is not None and doc[who[1] - 1].ent_type_ in {"PERSON", "ORG", "NORP"}


def _actor_for_passive(
    doc: Doc, best: _Candidate, candidates: Sequence[_Candidate]
) -> tuple[int, int] | None:
    """For a passive headline without its agent whose subject names no person or
    organisation ("Brazil GP red-flagged after crash"), the actor of the best
    other candidate that names one ("Ferrari's Kimi Raikkonen spun ...")."""
    if not best.passive or best.who is None or _names_actor(doc, best.who):
        return None
    head = doc[best.who[1] - 1]
    if head.like_num or head.ent_type_ == "CARDINAL":
        return None  # "Seven killed", "dozens injured": the casualties are the news
    others = [c for c in candidates if c is not best and c.score > 0 and _names_actor(doc, c.who)]
    if not others:
        return None
    return max(others, key=lambda c: c.score).who


def _is_count(token: Token) -> bool:
    return token.like_num or token.ent_type_ == "CARDINAL"


def _counted_in_lead(doc: Doc, best: _Candidate, candidates: Sequence[_Candidate]) -> tuple[int, int] | None:
    """A headline's bare count ("Seven killed", "dozens injured") named in full by the
    lead's first sentence ("At least seven people were killed"): that subject."""
    if not best.segment.headline or best.who is None:
        return None
    if not all(_is_count(t) or t.is_punct for t in doc[best.who[0] : best.who[1]]):
        return None
    body = [c for c in candidates if not c.segment.headline and c.who is not None]
    if not body:
        return None
    first_rank = min(c.segment.rank for c in body)
    for c in sorted((c for c in body if c.segment.rank == first_rank), key=lambda c: c.verb.i):
        assert c.who is not None
        words = doc[c.who[0] : c.who[1]]
        if words.root.pos_ == "NOUN" and not _is_count(words.root) and any(_is_count(t) for t in words):
            return c.who
        break
    return None


def _fullest_name(doc: Doc, who: Span) -> Span:
    """A person named in short ("Massa", "Brazil's Massa", "Mr Trump") by their fullest
    name in the article ("Felipe Massa"), as found by the entities stage.

    Only a *who* that is just a name (proper nouns, a possessive or title before it)
    is replaced, and only by a longer name of the same cluster ending in the same word.
    """
    entities: list[Entity] = doc._.ng_entities
    words = who.text.split()
    if not entities or not words or len(words) > 4:
        return who
    tokens = [t for t in doc.char_span(who.start, who.end, alignment_mode="expand") or [] if not t.is_space]
    if not tokens or any(t.pos_ not in {"PROPN", "PART", "PUNCT"} for t in tokens[-2:]):
        return who
    last = tokens[-1].text
    for entity in entities:
        if entity.type != "PERSON":
            continue
        names = [m for m in entity.mentions if m.kind == "name" and "\n" not in m.text and len(m.text) < 60]
        if not any(m.start <= tokens[-1].idx < m.end for m in names):
            continue
        fullest = max(names, key=lambda m: (len(m.text.split()), -m.start))
        possessive = 1 if "'s" in who.text or "’s" in who.text else 0
        if len(fullest.text.split()) > len(words) - possessive and fullest.text.split()[-1] == last:
            return Span(start=fullest.start, end=fullest.end, text=fullest.text)
        break
    return who


def _fallback_who(doc: Doc, segments: Sequence[_Segment], counts: Counter[str]) -> Span | None:
    """No subject found: the most mentioned person or organisation in the lead."""
    best: tuple[float, int, int] | None = None
    for segment in segments:
        for ent in segment.tokens.ents:
            if ent.label_ not in {"PERSON", "ORG", "NORP"}:
                continue
            score = _position_weight(segment.rank) + 0.3 * min(1.0, counts.get(ent.root.lower_, 0) / 4.0)
            if best is None or score > best[0]:
                best = (score, ent.start, ent.end)
    return _span(doc, best[1], best[2]) if best is not None else None


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_summary`` (an empty Summary for an empty document)."""
    doc._.ng_summary = summarize(doc)
