"""Step 2a: who/what candidates from headline grammar ("Rebels attack garrison", "Union stages
strike"), read left to right, because a parser trained on full sentences often misreads
headlines. Which words can be verbs comes from the running pipeline's lemmatizer
(see ``vocabulary``)."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token

from newsgraph.summary.constants import (
    HEADLINE_STOPS,
    HEADLINE_VERB_TAGS,
    MAX_WHAT,
    MAX_WHO,
    NOUN_TAGS,
    NOUNISH,
    OPENING_MARKS,
)
from newsgraph.summary.phrases import is_time_or_place, names_motive, trim_who
from newsgraph.summary.segments import Candidate, Segment
from newsgraph.summary.vocabulary import words


def _could_be_verb(token: Token) -> bool:
    verbs = words().verb_forms
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
    verb_forms = words().verb_forms
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
        if token.tag_ in HEADLINE_VERB_TAGS and token.pos_ in {"VERB", "AUX"}:
            scored.append((3.0, token.i))
        elif token.tag_ == "VBN":
            scored.append((2.5, token.i))
        elif (
            token.tag_ in NOUN_TAGS
            and nxt is not None
            and prev.pos_ != "ADJ"
            and not (token.ent_type_ and token.ent_iob_ == "I")
            and _could_be_verb(token)
        ):
            if token.lower_.endswith("s") and token.lower_ not in verb_forms:
                scored.append((2.0, token.i))
            elif nxt.pos_ in {"ADP", "DET", "NUM", "PROPN", "ADJ", "PRON"}:
                scored.append((1.5, token.i))
            elif token.is_lower and token.lower_ in verb_forms and _plural_names_before(doc, token.i, lo):
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


def headline_candidates(doc: Doc, segment: Segment) -> list[Candidate]:
    """Headline grammar ("Rebels attack garrison", "Union stages strike") read linearly.

    A statistical parser trained on full sentences often misreads headlines;
    the pattern noun run + verb + object recovers the event it misses. Each
    part of a "Topic: event" headline is tried.
    """
    seg = segment.tokens
    first = seg.start
    if seg[0].lower_ in HEADLINE_STOPS or seg[0].pos_ in {"ADP", "SCONJ"}:
        # "While talks stall, dockers walk out ...": skip the subordinate clause.
        comma = next((t.i for t in seg if t.text == ","), None)
        if comma is not None:
            first = comma + 1
    cuts = [first] + [t.i + 1 for t in seg if t.text in {":", "|"} and t.i >= first] + [seg.end]
    out: list[Candidate] = []
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
            doc[subject_end - 1].text in OPENING_MARKS or doc[subject_end - 1].lower_ in {"who", "which"}
        ):
            subject_end -= 1  # "the boy who 'fell down a well'": the antecedent acted
        if subject_end < first and doc[subject_end].lower_ in {"who", "which"}:
            start = subject_end
        else:
            subject_end = first
        while (
            start - 1 >= lo
            and verb.i - start < MAX_WHO
            and (
                doc[start - 1].pos_ in NOUNISH
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
        who = trim_who(doc, start, subject_end)
        stop = verb.i + 1
        agent: tuple[int, int] | None = None
        while stop < end and stop - verb.i < MAX_WHAT:
            token = doc[stop]
            if token.lower_ == "to" and stop == verb.i + 1:
                pass  # "Mayor needs to ...": a complement, not a purpose clause
            elif token.lower_ in HEADLINE_STOPS or token.text in {",", ":", ";", "–", "—", "|"}:
                break
            if token.text == "-" and doc[stop - 1].whitespace_:
                break  # a free-standing dash, not the hyphen of "40-year"
            if token.pos_ == "ADP" and (is_time_or_place(token) or names_motive(doc, stop + 1, end)):
                break  # "bombed in 'revenge' attack": the motive is a why, not part of the what
            if token.lower_ == "by" and verb.tag_ == "VBN" and stop + 1 < end:
                agent = trim_who(doc, stop + 1, min(end, stop + 1 + MAX_WHO))
                break  # the agent is the who
            stop += 1
        if agent is None and verb.tag_ == "VBN":
            # "bombed in 'revenge' attack by rebels": the agent after a left-out phrase.
            for token in doc[stop:end]:
                if token.lower_ in HEADLINE_STOPS or token.text in {",", ":", ";", "|"}:
                    break
                if token.lower_ == "by" and token.i + 1 < end:
                    agent = trim_who(doc, token.i + 1, min(end, token.i + 1 + MAX_WHO))
                    break
        if agent is not None:
            # "Bridge bombed by rebels": the agent is who acted.
            agent_end = agent[0]
            while agent_end < agent[1] and doc[agent_end].pos_ in NOUNISH:
                agent_end += 1
            if agent_end > agent[0]:
                who = (agent[0], agent_end)
        vocab = words()
        if who is not None and doc[who[1] - 1].lemma_ in vocab.media_nouns and verb.lemma_ in vocab.depicting:
            continue  # "Footage shows ...": left to the parse, which reads what is shown
        score = 2.0 + confidence / 2 if who is not None else 1.0 + confidence / 4
        if who is not None and who[1] - who[0] == 1 and doc[who[0]].pos_ == "PRON":
            score -= 0.6  # "You knew it ...": a pronoun names no actor (as in the parse candidates)
        passive = agent is None and (verb.tag_ == "VBN" or first < verb.i)
        out.append(Candidate(score, who, (first, stop), verb, segment, passive))
    return out
