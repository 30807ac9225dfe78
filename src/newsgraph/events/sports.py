"""Sports context for the selectional constraints (``constraints._refusal``): a match
report borrows the words of force ("attacked", "crushed", "killed the Giants") for play.
A trigger is refused as sport when its sentence has a sports word
(``events_sports_words.txt``), or, for a word of force (or of yielding and retreat,
``REPORT_METAPHORS``), when its sentence holds a score
that is no vote's or court's tally ("Rovers beat Athletic 2-1") or a neighbouring
sentence is sport; in a whole match report (a score told in a sentence
with a sports word, and sports words in another sentence) a word of force is play wherever
it stands. Armed bodies (police, troops) play no sport."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from newsgraph import resources
from newsgraph.docindex import doc_index
from newsgraph.events.candidates import Candidate
from newsgraph.events.constants import ARMED_SECTORS
from newsgraph.events.syntax import agent_sectors
from newsgraph.events.vocabulary import hyphenated_word, lemma_of


def sport_triggers(
    doc: Doc,
    cands: list[Candidate],
    sports: frozenset[str],
    protesters: frozenset[str],
    tallies: frozenset[str],
) -> set[int]:
    """Trigger token indices told in a sports report: their sentence, or for a word of
    force the sentence right before or after it, has a sports word or a verb of force carrying a score
    ("beat River Plate 2-1"). A match report tells its match over several sentences ("The
    hosts attacked relentlessly after the break" names no sport of its own); a next-door
    sentence is as far as the context reaches, so one mention of a league in a long
    political article leaves the rest of it alone."""
    index = doc_index(doc)
    lemmas = index.column("lemma_")
    results = resources.current().lexicons.words("events_match_result_verbs")
    scored = [
        c.token
        for c in cands
        if c.entry.category in FORCE_METAPHORS and (_with_a_score(c.token) or _match_score(c.token, tallies))
    ]
    # "Kessa United drew 1-1 with Orla City": a verb of a match's result with a score in
    # its sentence, sought only when a word a report borrows is there to be refused
    if not results.isdisjoint(lemmas) and any(c.entry.category in REPORT_METAPHORS for c in cands):
        tokens = index.tokens
        found = [i for i, lemma in enumerate(lemmas) if lemma in results]
        scored += [tokens[i] for i in found if _match_score(tokens[i], tallies)]
    # a hyphenated sports word ("semi-final") is split by the tokenizer: its last piece
    # is probed first, the whole word then read back
    tails = frozenset(w.rsplit("-", 1)[1] for w in sports if "-" in w)
    quiet = sports.isdisjoint(lemmas) and tails.isdisjoint(lemmas) and MATCH_PERIODS.isdisjoint(lemmas)
    if quiet and not scored:
        return set()  # the common case: one set operation over the document's lemmas
    pos = index.column("pos_")
    tags = index.column("tag_")
    tokens = index.tokens

    def sports_word(i: int) -> bool:
        lemma = lemmas[i].lower()
        if lemma in tails and hyphenated_word(tokens[i]) in sports:
            return True
        # "talks with the strikers": a word naming players and people on strike alike is
        # the players' only in the singular ("the striker shot wide")
        striking = tags[i] == "NNS" and lemma in protesters
        return pos[i] in ("NOUN", "PROPN") and lemma in sports and not striking

    sentences = list(doc.sents)
    starts = [sent.start for sent in sentences]
    sporting = [any(sports_word(i) for i in range(sent.start, sent.end)) for sent in sentences]
    # "struck twice in the second half": a half of play (``_match_period``) makes its own
    # sentence's verbs and words of force play, not its other act nouns ("sales fell in
    # the first half after the strike" keeps the strike)
    period = [any(_match_period(tokens[i]) for i in range(s.start, s.end)) for s in sentences]
    for token in scored:
        sporting[bisect_right(starts, token.i) - 1] = True
    # a match report: a score told in a sentence with a sports word, and sports words in
    # another sentence too; then its words of force are play wherever they stand ("'We
    # attacked them from every angle,' the coach said" three sentences after the score).
    # Sports words alone do not make one: a story of riots names the stadium, a court's
    # "5-4 ruling" is no score.
    report = sum(sporting) >= _REPORT_SENTENCES and any(
        sporting[k] and _a_score(sent) for k, sent in enumerate(sentences)
    )
    out: set[int] = set()
    for cand in cands:
        n = bisect_right(starts, cand.token.i) - 1
        # a neighbour's sport reaches only the words of force, yielding and retreat a
        # match report borrows ("attacked", "crushed", "the win lifts Rovers to fourth",
        # "conceded twice", "pulled a goal back"); a meeting is a meeting
        force = cand.entry.category in REPORT_METAPHORS
        reach = (len(sporting) if report else 1) if force else 0
        if any(sporting[k] for k in range(max(n - reach, 0), min(n + reach + 1, len(sporting)))):
            out.add(cand.token.i)
        elif period[n] and (force or not cand.nominal):
            out.add(cand.token.i)  # "the team struck twice in the second half" (read a walkout)
    return out


#: Nouns of a stretch of a match, read as one with an ordinal ("in the second half").
MATCH_PERIODS = frozenset({"half"})
#: Ordinals that number a match's halves.
PERIOD_ORDINALS = frozenset({"first", "second"})


def _match_period(token: Token) -> bool:
    """ "in the second half", "early in the first half": a half numbered by an ordinal,
    the object of "in", with no "of" phrase ("the second half of the year" is a year's)."""
    if token.lower_ not in MATCH_PERIODS or token.dep_ != "pobj" or token.head.lower_ != "in":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False
    return any(c.dep_ == "amod" and c.lower_ in PERIOD_ORDINALS for c in token.children)


#: Sentences with a sports word a match report has at least (one of them with the score).
_REPORT_SENTENCES = 2


def _a_score(sent: Span) -> bool:
    """A match score in the sentence ("routed Rovers 4-0")."""
    return any(_score_at(tok) for tok in sent)


def _score_at(tok: Token) -> bool:
    """A match score starts at ``tok``: one token ("2-1"), or a number, a dash and a number."""
    if SCORE.match(tok.text) is not None:
        return True
    doc, i = tok.doc, tok.i
    return tok.like_num and i + 2 < len(doc) and doc[i + 1].text in ("-", "\u2013") and doc[i + 2].like_num


#: Categories whose words a sports report borrows for play.
FORCE_METAPHORS = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})


#: Categories whose words a match report borrows in the sentences around its sports
#: words: force, and yielding or falling back ("lifts them to fourth", "conceded twice").
REPORT_METAPHORS = FORCE_METAPHORS | {"CONCEDE", "RETREAT"}


#: A match score ("2-1", "52-7"), one token or three ("2 - 1").
SCORE = re.compile(r"^\d{1,3}[-\u2013]\d{1,3}$")


def _with_a_score(verb: Token) -> bool:
    """ "beat River Plate 2-1", "crushed Fiji 52-7": a verb of force carrying a score
    (one token, or a number, a dash and a number); a vote tally ("voted 51-49") hangs on
    no verb of force."""
    return verb.pos_ == "VERB" and any(_score_at(child) for child in verb.children)


def _match_score(trigger: Token, tallies: frozenset[str]) -> bool:
    """ "Rovers beat Athletic 2-1", "fought back to draw 3-3 with the Bees": a score told
    anywhere in the trigger's sentence, between two sides, is itself a match report, sports
    word or not, unless it is a tally: a score whose governing verb or noun (up to the
    clause) is a word of voting or ruling (``events_tally_words.txt``: "voted 51-49", "a
    5-4 ruling", "passed the bill 52-48")."""
    index = doc_index(trigger.doc)
    sent = index.sentence_of(trigger)
    if sent is None:
        return False
    tokens = index.tokens
    for i in range(sent.start, sent.end):
        tok = tokens[i]
        if not _score_in_figures(tok):
            continue
        # a number before the noun it counts is a range ("killing 12-15 civilians"); a
        # score follows its side ("beat United 3-0")
        counting = tok.dep_ in ("nummod", "quantmod") and tok.i < tok.head.i
        if not counting and not _a_tally(tok, tallies):
            return True
    return False


def _score_in_figures(tok: Token) -> bool:
    """A score written in figures starts at ``tok`` ("2-1", "2 - 1"; "twenty-nine" is a
    number, not a score)."""
    if SCORE.match(tok.text) is not None:
        return True
    doc, i = tok.doc, tok.i
    return tok.text.isdigit() and _score_at(tok) and doc[i + 2].text.isdigit()


def _a_tally(score: Token, tallies: frozenset[str]) -> bool:
    """Whether a score is a vote's or a court's count: a word of voting or ruling governs
    it within three heads ("voted 51-49", "a 5-4 ruling", "by a 52-48 margin")."""
    node = score
    for _ in range(3):
        if lemma_of(node) in tallies:
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return lemma_of(node) in tallies


def armed_doers(cand: Candidate) -> bool:
    """ "police fired tear gas at rival fans outside the stadium": police, soldiers and
    other armed bodies (CAMEO agent sectors) play no sport in a sports report."""
    return any(ARMED_SECTORS & agent_sectors(t) for t in cand.actor_tokens)


__all__ = ["armed_doers", "sport_triggers"]
