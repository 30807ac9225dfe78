"""Finding attributions on a parsed ``Doc``.

Three sources of evidence are combined, cheapest first:

1. quotation marks, paired once over the whole text (``marks.py``);
2. cue words on the dependency parse: a speech, writing, belief or intention
   verb from the lexicon with its subject as source and its clausal, infinitive
   or (for some verbs) object complement as content; nominal cues such as
   "according to"; and colon-led headlines ("Minister: we will ...");
3. continuity: a quotation with no cue near it that follows a quote takes
   that quote's speaker, as a reader assumes.

Every step is linear in the number of tokens (plus the number of quotations),
so the stage stays cheap next to the parse.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.attribution.lexicon import (
    cue_adjectives,
    cue_nouns,
    cue_verbs,
    intent_verbs,
    media_nouns,
    nominal_cues,
    np_cue_verbs,
)
from newsgraph.attribution.marks import QuoteSpan, find_quotes
from newsgraph.records import QuoteKind

_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_CLIMB = {"xcomp", "advcl", "conj", "pcomp", "acl", "ccomp", "relcl", "prep", "acomp", "dobj", "pobj"}
_NP_CONTENT = {"dobj", "oprd", "attr", "dative", "obj"}
_NP_PREPS = {"for", "as", "of", "over", "about", "on", "to", "against", "with"}
_BELIEF_NOUNS = {
    "admiration",
    "sympathy",
    "solidarity",
    "gratitude",
    "outrage",
    "hope",
    "concern",
    "confidence",
    "belief",
    "fear",
    "optimism",
    "doubt",
    "view",
    "opinion",
    "expectation",
    "frustration",
    "regret",
    "wish",
    "desire",
    "worry",
    "conviction",
    "assurance",
    "satisfaction",
    "disappointment",
    "dismay",
    "support",
    "skepticism",
    "scepticism",
}
_PRONOUNS = {"he", "she", "they", "him", "her", "them", "it", "who", "we", "i", "you"}
_PERSONAL = {"he", "she", "him", "her", "who"}
_TRIM = set(" \t\n\r,.;:!?—–-()[]")
_QUOTE_CHARS = set("\"'“”„‟«»‘’‹›‚")
_CLOSING_QUOTES = {"”", "\"", "»", "''", "’’"}
_COLON_LEFT_MAX = 6
#: verbs whose content is the object of a particular preposition ("talked about the economy")
_PREP_CUES: dict[str, set[str]] = {
    "talk": {"about", "of"},
    "speak": {"about", "of"},
    "vote": {"for", "against"},
    "focus": {"on"},
    "refer": {"to"},
    "point": {"to"},
    "call": {"for"},
    "comment": {"on"},
    "complain": {"about"},
    "warn": {"of", "about", "against"},
    "ask": {"about"},
    "worry": {"about"},
    "argue": {"for", "against"},
    "push": {"for"},
    "advocate": {"for"},
    "testify": {"about"},
    "write": {"about"},
    "joke": {"about"},
    "boast": {"about", "of"},
    "brag": {"about"},
    "apologize": {"for"},
    "apologise": {"for"},
    "agree": {"with"},
    "disagree": {"with"},
    "side": {"with"},
    "respond": {"to"},
    "react": {"to"},
    "reply": {"to"},
    "object": {"to"},
    "allude": {"to"},
    "attest": {"to"},
    "confess": {"to"},
    "admit": {"to"},
    "hint": {"at"},
    "rail": {"against"},
    "protest": {"against"},
    "lash": {"at"},
    "weigh": {"on"},
    "elaborate": {"on"},
    "expand": {"on"},
    "reflect": {"on"},
    "insist": {"on"},
    "remark": {"on"},
    "report": {"on"},
    "hope": {"for"},
    "wish": {"for"},
    "pray": {"for"},
    "plead": {"for"},
    "lobby": {"for", "against"},
    "cry": {"for"},
    "cheer": {"for", "on"},
    "root": {"for"},
    "care": {"about"},
    "think": {"about", "of"},
    "know": {"about", "of"},
    "learn": {"about", "of"},
    "hear": {"about", "of"},
    "dream": {"of", "about"},
    "rave": {"about"},
    "grumble": {"about"},
    "gripe": {"about"},
    "fret": {"about", "over"},
    "muse": {"about", "on"},
    "rant": {"about", "against"},
    "vouch": {"for"},
    "touch": {"on"},
    "dwell": {"on"},
    "opt": {"for", "against"},
    "renege": {"on"},
    "backpedal": {"on"},
    "approve": {"of"},
    "spar": {"over"},
    "agonize": {"over"},
}
#: cue verbs whose object is not what was said ("told reporters", "continued the tour")
#: prepositional cues that are statements only with their preposition ("approve of X",
#: "vouch for X"); with a plain object they name acts ("approved the budget")
_PREP_ONLY = frozenset(
    {"vouch", "touch", "dwell", "opt", "renege", "backpedal", "approve", "spar", "agonize"}
)
_NO_OBJECT_CONTENT = {"tell", "add", "continue", "point", "figure", "paint", "express"}
#: answers and pro-clauses that stand for what was said or believed ("said so", "said no")
_PROFORMS = {"so", "yes", "no", "not"}
_PROFORM_VERBS = {
    "say", "think", "believe", "hope", "suppose", "guess", "answer", "reply", "tell", "expect",
    "fear", "suspect",
}
#: verbs whose open complement is aspect or modality, not content ("continues to", "is
#: supposed to", "proved to be", "responded by")
_NO_XCOMP_CONTENT = {"respond", "suppose", "prove"}
#: verbs whose object is the person addressed ("urged voters to ...", "told him to ...")
_ADDRESSEE_VERBS = {
    "tell", "ask", "urge", "warn", "advise", "encourage", "remind", "order", "instruct",
    "beg", "implore", "invite", "challenge", "dare", "press", "pressure", "push", "persuade",
    "convince", "allow", "forbid", "caution", "exhort", "direct", "command", "request",
}
#: speech verbs that, conjoined to the complement ("... and said ..."), start a new statement
_SPEECH_CONJ = {
    "say", "add", "call", "tell", "ask", "question", "note", "argue", "claim", "insist",
    "warn", "predict", "suggest", "accuse", "criticize", "criticise", "praise", "describe",
    "dismiss", "vow", "promise", "pledge", "urge", "declare", "explain", "announce",
}
#: belief verbs whose agentless passive states common knowledge rather than someone's view
_NO_AGENTLESS_PASSIVE = {"consider", "see", "know", "regard", "view", "seek", "think", "believe"}
#: intention verbs whose plain object is no content ("seek the presidency")
_INFINITIVE_ONLY = {"seek", "advise", "push"}
#: finding verbs that report only with a clause ("the poll found that ...")
_CLAUSE_ONLY = {
    "find", "determine", "discover", "prove", "notice", "demonstrate", "establish", "hear", "read",
}
#: prepositions that carry the rest of a passive report ("was criticized for failing ...",
#: "was confirmed as a passenger", "was charged with murder")
_PASSIVE_PREPS = {"for", "as", "with"}
_OBJECT_ONLY = {"say", "write", "add"}
_INANIMATE = {"it", "this", "that", "which", "there"}
_GLOSS_DEPS = {"relcl"}
#: nouns naming a source of figures or findings ("in a CNN poll, ...")
_INFO_SOURCES = {
    "poll",
    "survey",
    "study",
    "report",
    "analysis",
    "count",
    "tally",
    "census",
    "estimate",
    "data",
}
_SEEM = {"seem", "appear"}
#: words after a leading quotation up to which the tail is taken as the cue's modifier
_SHORT_TAIL = 3
#: clause links climbed from the clause "according to" hangs on up to its sentence's main clause
_ACCORDING_CLIMB = {"conj", "advcl", "ccomp", "parataxis", "xcomp"}
#: line labels before a colon that are the publisher's, not a speaker's
_EDITORIAL_LABELS = {
    "note", "update", "correction", "clarification", "disclosure", "reminder", "follow",
    "name", "age", "city", "job", "photo", "video", "watch", "read", "related", "source",
    "sources", "credit", "editor", "transcript", "excerpt", "advertisement", "live", "breaking",
}
#: prepositions after a stance adjective whose object is the content ("critical of", "upbeat about")
_ADJ_PREPS = {"of", "about", "with", "on", "to", "over", "for", "in", "toward", "towards"}
_CUT_MARKS = {"while", "though", "although", "whereas", "as"}
#: a dateline opening a paragraph other than the first ("\n\nLONDON (Reuters) - ...",
#: "\n\nWASHINGTON — ..."): a capitalised place, an agency in brackets or an all-caps place,
#: then a dash
_PARAGRAPH_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:[A-Z][A-Za-z.'’-]*(?:,? [A-Z0-9][A-Za-z0-9.'’-]*){0,4}) ?"
    r"(?:\([A-Za-z .]{1,20}\) ?[—–-]{1,2}|(?<=[A-Z]{2}) ?[—–]) "
)


@dataclass
class Draft:
    """An attribution before it becomes a ``records.Quote``: char spans and parse anchors."""

    content: list[tuple[int, int]]
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    #: char span of the mention the speaker resolves to (a name, ideally)
    anchor: tuple[int, int] | None = None
    speaker: str | None = None
    #: probability of the speaker link when the entities stage's resolver made it
    speaker_confidence: float | None = None
    medium: tuple[int, int] | None = None
    time: str | None = None
    kind: QuoteKind = "indirect"
    cue_token: int | None = None
    source_token: int | None = None
    quote_ids: set[int] = field(default_factory=set)
    #: the attribution a cue-less quotation continues (it inherits its speaker)
    continues: Draft | None = None

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


EntityLookup = Callable[[Doc, int, int], str | None]


class Sentences:
    """Sentence bounds computed once: ``Token.sent`` re-scans the whole Doc on every call."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tok_sent: list[int] = [0] * len(doc)
        self.bounds: list[tuple[int, int]] = []
        for n, sent in enumerate(doc.sents if len(doc) else ()):
            self.bounds.append((sent.start, sent.end))
            for i in range(sent.start, sent.end):
                self.tok_sent[i] = n
        self.starts = {b[0] for b in self.bounds}

    def of(self, tok: Token) -> Span:
        start, end = self.bounds[self.tok_sent[tok.i]] if self.bounds else (0, len(self.doc))
        return self.doc[start:end]

    def is_start(self, i: int) -> bool:
        return i in self.starts


class _Index:
    """Fast look-ups shared by the steps: token <-> quotation, char -> token."""

    def __init__(self, doc: Doc, quotes: list[QuoteSpan]) -> None:
        self.doc = doc
        self.text = doc.text
        self.quotes = quotes
        self.q_starts = [q.start for q in quotes]
        self.tok_starts = [t.idx for t in doc]
        self.tok_quote: list[int] = [-1] * len(doc)
        qi = 0
        for t in doc:
            while qi < len(quotes) and quotes[qi].end <= t.idx:
                qi += 1
            if qi < len(quotes) and quotes[qi].start <= t.idx < quotes[qi].end:
                self.tok_quote[t.i] = qi

    def quote_at(self, char: int) -> int:
        """Index of the quotation covering ``char``, or -1."""
        k = bisect.bisect_right(self.q_starts, char) - 1
        if k >= 0 and self.quotes[k].start <= char < self.quotes[k].end:
            return k
        return -1

    def token_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.tok_starts, char) - 1)


def _trim(text: str, start: int, end: int, keep_quotes: bool = True) -> tuple[int, int]:
    """Drop surrounding spaces and punctuation (quotation marks kept unless asked)."""
    strip = _TRIM if keep_quotes else _TRIM | _QUOTE_CHARS
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end


def _subtree_span(tok: Token, skip: Iterable[Token] = ()) -> tuple[int, int]:
    """Char span of ``tok``'s subtree, leaving out any subtree in ``skip`` at its edges."""
    left = tok.left_edge.i
    right = tok.right_edge.i
    doc = tok.doc
    for s in skip:
        if s.left_edge.i <= left <= s.right_edge.i:
            left = s.right_edge.i + 1
        if s.left_edge.i <= right <= s.right_edge.i:
            right = s.left_edge.i - 1
    if right < left:
        return tok.idx, tok.idx + len(tok)
    return doc[left].idx, doc[right].idx + len(doc[right])


def _subject_left(subj: Token) -> int:
    """Index of the subject's first word. The parser sometimes hangs the quotation before a
    subject on it ('"That's a concern," Sarandon told ...'); the subject starts after its
    closing mark."""
    left = subj.left_edge.i
    doc = subj.doc
    for i in range(subj.i - 1, left - 1, -1):
        if doc[i].tag_ == "''" or (doc[i].is_punct and doc[i].text in _CLOSING_QUOTES):
            return i + 1
    return left


def _source_span(subj: Token, text: str) -> tuple[int, int]:
    """The subject's words, cutting relative clauses and trailing commas off."""
    cut = [c for c in subj.children if c.dep_ in ("relcl", "acl") and c.i > subj.i]
    doc = subj.doc
    left = _subject_left(subj)
    if cut:
        right = min(c.left_edge.i for c in cut) - 1
        right = max(right, subj.i)
        return _trim(text, doc[left].idx, doc[right].idx + len(doc[right]), keep_quotes=False)
    s, e = _subtree_span(subj)
    return _trim(text, max(s, doc[left].idx), e, keep_quotes=False)


def _find_subject(verb: Token) -> Token | None:
    """The verb's subject, climbing through "saying"/"adding"/conjoined verbs when it has none."""
    node: Token = verb
    participle = verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl")
    if participle and not any(c.dep_ == "aux" for c in verb.children):
        # "Asked if he would run, Smith said no": the main clause's subject was asked, the
        # asker is unnamed; only a by-phrase names the source
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if (
        verb.dep_ == "conj"
        and verb.head.dep_ == "ccomp"
        and _lemma(verb.head.head) in cue_verbs()
        and not any(c.dep_ in _SUBJ for c in verb.children)
    ):
        # "said Trump is a faker and questioned ...": the conjoined verb belongs to the speaker,
        # not to the subject of the complement the parser hung it on
        node = verb.head.head
    for _ in range(4):
        agent = None
        # two subjects (the parser ran a previous line into the clause): the nearer one
        children = sorted(node.children, key=lambda c: abs(c.i - node.i) if c.dep_ in _SUBJ else 0)
        for c in children:
            if c.dep_ in ("nsubj", "csubj"):
                if node.i != verb.i and c.lower_ in _INANIMATE:
                    # "saying that it helped, while criticizing ...": "it" did not criticize
                    break
                return c
            if c.dep_ == "agent":
                agent = next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.dep_ == "nsubjpass" and node.lemma_ in ("quote", "cite"):
                return c
        if agent is not None:
            return agent
        if any(c.dep_ == "nsubjpass" for c in node.children):
            return None
        if node.dep_ in _CLIMB and node.head.i != node.i:
            if node.dep_ == "relcl":
                return None
            node = node.head
            continue
        return None
    return None


def _lemma(tok: Token) -> str:
    """The token's lemma, mending the small model's slips on cue verbs ("hoping" -> "hop")."""
    lemma = tok.lemma_.lower()
    if lemma == "hop" and tok.lower_.startswith(("hope", "hoping")):
        return "hope"
    return lemma


def _verb_tagged_noun(tok: Token) -> bool:
    """ "The candidate plans to be back ...": the small model tags the verb a noun but parses
    it as one (a subject and a clausal complement of its own)."""
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NNS"
        and any(c.dep_ == "nsubj" for c in tok.children)
        and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
    )


def _content_children(verb: Token) -> tuple[list[Token], str]:
    """The complement(s) that hold what was said, and which kind of complement it was."""
    lemma = _lemma(verb)
    kids = list(verb.children)
    doc = verb.doc
    # a clause before the cue in an earlier paragraph is the parser running the previous
    # paragraph into this sentence, not what was said
    kids = [
        c
        for c in kids
        if c.i > verb.i or not any("\n" in t.text and not t.text.strip() for t in doc[c.i : verb.i])
    ]
    ccomp = [c for c in kids if c.dep_ == "ccomp"]
    if ccomp:
        if not any(g.dep_ in _SUBJ for g in ccomp[0].children):
            # "felt her anger was over the top": the parser took the clause's subject as object
            objs = [c for c in kids if c.dep_ in ("dobj", "obj") and verb.i < c.i < ccomp[0].i]
            return objs + ccomp, "clause"
        return ccomp, "clause"
    for c in kids:
        if c.dep_ != "advcl" or c.i < verb.i:
            continue
        mark = next((m for m in c.children if m.dep_ == "mark" and m.i < c.i), None)
        if mark is None:
            continue
        if mark.lower_ in ("if", "whether"):
            # "asked if he was ever bullied": the parser's advcl is the reported question
            return [c], "clause"
        if mark.lower_ == "for" and lemma in _PREP_CUES and "for" in _PREP_CUES[lemma]:
            # "called for the United States to step up ...": parsed as a for-clause
            return [c], "clause"
    if lemma in intent_verbs() and (
        any(c.dep_ == "nsubjpass" and c.i < verb.i for c in kids) or _shared_passive_subject(verb) is not None
    ):
        # "Sanders was asked to name ...", "Trump is expected to win": subject + infinitive,
        # which the passive reading builds
        return [], ""
    if lemma in _PROFORM_VERBS:
        proform = [c for c in kids if c.i == verb.i + 1 and c.lower_ in _PROFORMS and c.dep_ != "prep"]
        if proform:
            # "half said so", "the candidate said no", "Cruz thinks so": the pro-form stands
            # for what was said
            return proform, "clause"
    if lemma in intent_verbs():
        xcomp = [c for c in kids if c.dep_ == "xcomp" and c.i > verb.i]
        if xcomp:
            objs = [
                c for c in kids if c.dep_ in ("dobj", "obj", "dative") and c.i < xcomp[0].i and c.i > verb.i
            ]
            if lemma in _ADDRESSEE_VERBS:
                # "told Megyn not to worry": Megyn is who was told, not part of what was said
                objs = []
            return objs + xcomp, "clause"
    for c in kids:
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _BELIEF_NOUNS:
            clause = [g for g in c.children if g.dep_ in ("acl", "ccomp", "relcl") and g.i > c.i]
            marked = [g for g in clause if any(m.dep_ == "mark" for m in g.children)]
            if marked:
                return marked, "clause"
            about = [
                g
                for p in c.children
                if p.dep_ == "prep" and p.lower_ in ("for", "about", "of", "in", "over") and p.i > c.i
                for g in p.children
                if g.dep_ in ("pobj", "pcomp")
            ]
            if about:
                return about[:1], "np"
    preps = _PREP_CUES.get(lemma)
    if preps:
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i:
                pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if pobj and pobj[0].ent_type_ in ("DATE", "TIME") and pobj[0].right_edge.i == pobj[0].i:
                    continue  # "reported on Wednesday the Secret Service had ...": a time
                if pobj:
                    # "railed against the moderators for failing to ...": the reason goes too
                    more = [
                        g
                        for g in kids
                        if g.dep_ == "prep" and g.i > c.i and g.lower_ in ("for", "as", "over")
                    ]
                    return pobj + more, "prep"
        if lemma in _PREP_ONLY:
            return [], ""  # "the council approved the budget" is an act, "approve of" a view
    if lemma in _OBJECT_ONLY:
        parts = [c for c in kids if c.dep_ in ("dobj", "obj") and c.i > verb.i]
        return parts, "np"
    if lemma in np_cue_verbs() or lemma not in _NO_OBJECT_CONTENT:
        # the object, with its for/as/of phrases ("criticized Trump for ...", "fear a backlash")
        parts = [c for c in kids if c.dep_ in _NP_CONTENT and c.i > verb.i]
        parts += [
            c
            for c in kids
            if c.i > verb.i
            and (
                c.dep_ == "prep"
                and c.lower_ in _NP_PREPS
                and (parts or lemma in ("call", "refer", "describe"))
            )
        ]
        if lemma == "call":
            parts += [c for c in kids if c.dep_ == "ccomp"]
        if parts:
            parts += _np_trailers(verb, max(p.right_edge.i for p in parts))
            parts.sort(key=lambda t: t.i)
            return parts, "np"
    if lemma in _PROFORM_VERBS:
        proform = [c for c in kids if c.i == verb.i + 1 and c.lower_ in _PROFORMS and c.dep_ != "prep"]
        if proform:
            # "half said so", "the candidate said no", "Cruz thinks so": the pro-form stands
            # for what was said
            return proform, "clause"
    xcomp = [c for c in kids if c.dep_ == "xcomp" and c.i > verb.i]
    passive = any(c.dep_ == "nsubjpass" for c in kids)
    if xcomp and not passive and lemma not in _NO_OBJECT_CONTENT and lemma not in _NO_XCOMP_CONTENT:
        # "said legalizing it could put thousands to work", "was reported to be ill": the
        # parser's open complement holds what was said
        return xcomp[:1], "clause"
    return [], ""


def _np_trailers(verb: Token, end: int) -> list[Token]:
    """Phrases the parser hung on the cue verb right after its object that belong to what
    was reported ("announced a series of steps to tighten gun sales", "announced a concert
    in support of Sanders"); a date or time ("on Wednesday") is not."""
    out: list[Token] = []
    for c in verb.children:
        if c.i <= end or c.left_edge.i != end + 1:
            continue
        if c.dep_ == "prep":
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):
                break
        elif c.dep_ not in ("advcl", "xcomp") or not any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children
        ):
            break
        out.append(c)
        end = c.right_edge.i
    return out


def _relative_object(verb: Token, lemma: str) -> Token | None:
    """The relative pronoun a relative-clause cue takes as its object ("whom even other
    senators hate"), for verbs whose object is what is reported."""
    if verb.dep_ != "relcl" or lemma in _CLAUSE_ONLY or lemma in _INFINITIVE_ONLY or lemma in _PREP_ONLY:
        return None
    if lemma not in np_cue_verbs() and lemma in _NO_OBJECT_CONTENT:
        return None
    if not any(c.dep_ in _SUBJ for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("dobj", "obj") and c.i < verb.i and c.lower_ in ("who", "whom", "which")
        ),
        None,
    )


def _list_continuations(verb: Token, parts: list[Token]) -> list[Token]:
    """ "pledged to enact judicial reform, fix the campaign finance system and ...", "wants
    government playing an active role ..., setting rules ...": further items of a list of
    infinitives or gerunds that the parser hung on the cue verb instead of on the first item."""
    last = max(parts, key=lambda t: t.i)
    if last.tag_ not in ("VB", "VBG") or last.dep_ not in ("xcomp", "ccomp"):
        return []
    doc = verb.doc
    out: list[Token] = []
    end = max(p.right_edge.i for p in parts)
    for c in verb.children:
        same_form = c.tag_ == last.tag_ or (last.tag_ == "VB" and c.tag_ == "VBP")
        if c.i <= end or c.dep_ not in ("advcl", "conj", "xcomp") or not same_form:
            continue
        if _lemma(c) in _SPEECH_CONJ or any(
            g.dep_ in ("nsubj", "nsubjpass", "mark", "aux") and g.lower_ != "to" for g in c.children
        ):
            break
        gap = doc[end + 1 : c.left_edge.i]
        before = doc[c.left_edge.i - 1]
        joined = before.text == "," or before.dep_ == "cc"
        if any(not (t.is_punct or t.dep_ == "cc") for t in gap) or not joined:
            break
        out.append(c)
        end = c.right_edge.i
    return out


#: Cue verbs that also name physical acts ("attacked the base", "hit the convoy").
_PHYSICAL_TOO = frozenset({"attack", "blast", "slam", "hit", "knock", "hammer"})
_ANIMATE_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _stance_participle(tok: Token, adjectives: frozenset[str]) -> bool:
    """ "She is convinced that ...", "he was assured of winning": a stance adjective the
    tagger read as a passive participle; its subject holds the stance."""
    return (
        tok.tag_ == "VBN"
        and tok.lower_ in adjectives
        and any(c.dep_ == "nsubjpass" for c in tok.children)
        and any(c.dep_ == "auxpass" for c in tok.children)
        and any(
            (c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in _ADJ_PREPS)) and c.i > tok.i
            for c in tok.children
        )
    )


def _verbal_use(verb: Token) -> bool:
    """Whether a verb of ``_PHYSICAL_TOO`` is a statement: it reports words (a clause or a
    reason: "attacked Clinton over her emails", "slammed the plan as reckless") or is aimed
    at a person or body, not at a thing or place."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp"):
            return True
        if child.dep_ == "prep" and child.lower_ in ("for", "over", "as"):
            return True
        animate = child.ent_type_ in _ANIMATE_LABELS or child.pos_ in ("PRON", "PROPN")
        if child.dep_ in ("dobj", "obj") and animate:
            return True
    return False


def _shared_passive_subject(verb: Token) -> Token | None:
    """The subject a passive cue shares with the verb it is coordinated with ("He served as
    mayor and is expected to visit ..."): what is expected, not who expects it."""
    kids = list(verb.children)
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in kids):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in kids):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


class _Extractor:
    def __init__(self, doc: Doc, entity_lookup: EntityLookup | None, sents: Sentences | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        # an unclosed mark that no later paragraph continues is a stray: ignore it
        quotes = [q for q in find_quotes(self.text) if q.closed or q.next is not None or q.prev is not None]
        self.ix = _Index(doc, quotes)
        self.sents = sents if sents is not None else Sentences(doc)
        dateline = doc._.ng_dateline if doc.has_extension("ng_dateline") else None
        self.body_start = dateline.span.end if dateline is not None else 0
        self.datelines = [(m.start(), m.end()) for m in _PARAGRAPH_DATELINE.finditer(self.text)]
        self.dateline_starts = [a for a, _ in self.datelines]
        self.lookup = entity_lookup
        self.cues = cue_verbs()
        self.media = media_nouns()

    # ----- candidates -------------------------------------------------------------
    def verb_drafts(self) -> list[Draft]:
        out: list[Draft] = []
        for tok in self.doc:
            if _lemma(tok) not in self.cues:
                continue
            if tok.pos_ not in ("VERB", "AUX") and not _verb_tagged_noun(tok):
                continue
            if self.ix.tok_quote[tok.i] >= 0:
                continue
            if self.text[max(0, tok.idx - 2) : tok.idx].endswith(("<", "</")):
                continue  # the name of a markup tag ("<tweet author=...>"), not a word of the prose
            if (tok.pos_ == "AUX" and tok.dep_ == "aux") or tok.dep_ in ("amod", "compound"):
                continue
            if tok.tag_ == "VBN" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
                # "pledged delegates": a participle used as an adjective
                continue
            if _lemma(tok) in _PHYSICAL_TOO and not _verbal_use(tok):
                continue  # "Taliban attacks German consulate" is a bombing, not a statement
            draft = self._verb_draft(tok)
            if draft is not None:
                out.append(draft)
        for tok in self.doc:
            if tok.lemma_.lower() in _SEEM and tok.pos_ in ("VERB", "AUX") and self.ix.tok_quote[tok.i] < 0:
                draft = self._seem_draft(tok)
                if draft is not None:
                    out.append(draft)
        return out

    def _line(self, char: int) -> tuple[int, int]:
        """Bounds of the line (news paragraph) holding ``char``."""
        start = self.text.rfind("\n", 0, char) + 1
        end = self.text.find("\n", char)
        return start, len(self.text) if end < 0 else end

    def _content_on_line(self, cue: Token, parts: list[Token]) -> tuple[int, int] | None:
        """The content span of ``parts``, kept to the cue's line (news paragraph) and
        trimmed; None when nothing of two characters or more is left."""
        span = self._clause_span(cue, parts)
        if span is None:
            return None
        line = self._line(cue.idx)
        content = _trim(self.text, max(span[0], line[0]), min(span[1], line[1]))
        return content if content[1] - content[0] >= 2 else None

    def _clause_span(self, verb: Token, parts: list[Token]) -> tuple[int, int] | None:
        """Token range of the complement, cut before coordinated or contrastive clauses that
        are not part of what was said (", and 4 in 10 said ...", ", while ...", "— asserting")."""
        s = min(p.left_edge.i for p in parts)
        e = max(p.right_edge.i for p in parts)
        doc = verb.doc
        for p in parts:
            mark = next((m for m in p.children if m.dep_ == "mark" and m.lower_ == "that"), None)
            if mark is not None and s < mark.i < p.i and mark.i > verb.i:
                # "said Tuesday that ...": words before the complementiser are not what was said
                s = mark.i
        if doc[s].dep_ == "mark" and doc[s].lower_ == "for" and s < e:
            # "called for X to ...": the complementiser is not part of what was called for
            s += 1
        if s <= verb.i <= e:
            # a complement wrapping the verb (odd parse): keep the side after it
            s = verb.i + 1
        for p in parts:
            for c in p.children:
                if c.i <= p.i or c.i > e:
                    continue
                cut = False
                if (
                    (
                        c.dep_ == "conj"
                        and c.pos_ in ("VERB", "AUX")
                        and _lemma(c) in _SPEECH_CONJ
                        and not any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                    )
                    or (
                        c.dep_ == "advcl"
                        and any(g.dep_ == "mark" and g.lower_ in _CUT_MARKS for g in c.children)
                    )
                    or (
                        c.dep_ in ("advcl", "conj")
                        and c.tag_ == "VBG"
                        and (
                            c.doc[c.left_edge.i - 1].text in ("—", "–", "-")
                            or (c.doc[c.left_edge.i - 1].text == "," and _lemma(c) in _SPEECH_CONJ)
                        )
                    )
                ):
                    cut = True
                if cut:
                    e = min(e, c.left_edge.i - 1)
        doc = verb.doc
        e = self._cut_second_speaker(s, e)
        # a non-restrictive relative clause closing the content (", which was passed in 2010")
        # is the narrator's gloss, not part of what was said
        for t in doc[s : e + 1]:
            left = t.left_edge.i
            if (
                t.dep_ in _GLOSS_DEPS
                and left > s + 1
                and doc[left - 1].text == ","
                and t.right_edge.i >= e
                and self.ix.tok_quote[t.i] < 0
            ):
                e = left - 1
                break
        e = self._cut_trailing_modifiers(s, e)
        while e >= s and ((doc[e].is_punct and doc[e].text not in _QUOTE_CHARS) or doc[e].dep_ == "cc"):
            e -= 1
        if e < s:
            return None
        return doc[s].idx, doc[e].idx + len(doc[e])

    def _cut_second_speaker(self, s: int, e: int) -> int:
        """ "said they were worried, and more than 4 in 10 said ...": a second speech verb
        with its own subject after ", and" / ", but" starts another statement, whatever
        the parser attached it to; so does a speech participle after a comma or dash
        ("attacked Trump, with whom he clashed ..., calling him a loser")."""
        doc = self.doc
        for t in doc[s + 1 : e + 1]:
            if (
                t.tag_ == "VBG"
                and _lemma(t) in _SPEECH_CONJ
                and self.ix.tok_quote[t.i] < 0
                and t.left_edge.i == t.i
                and doc[t.i - 1].text in (",", "—", "–")
                and t.i - 1 > s
            ):
                # 'told ... that Romney "had a crazy policy," adding, "He lost ..."': the
                # participle's words are a statement of their own
                return t.i - 2
            if (
                t.tag_ not in ("VBD", "VBZ", "VBP")
                or _lemma(t) not in _SPEECH_CONJ
                or self.ix.tok_quote[t.i] >= 0
            ):
                continue
            i = t.i - 1
            while i > s and t.i - i <= 8 and doc[i].lower_ not in ("and", "but") and doc[i].pos_ in (
                "NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ", "ADP", "PUNCT", "ADV",
            ):
                i -= 1
            if i <= s + 1 or i == t.i - 1 or doc[i].lower_ not in ("and", "but"):
                continue
            if doc[i - 1].text in (",", ";"):
                return i - 2
        return e

    def _cut_trailing_modifiers(self, s: int, e: int) -> int:
        """End index of the content once the narrator's trailing additions are dropped: an
        apposition after a comma (", a longstanding federal provision ...") and the medium of
        the statement ("on its Facebook page", "at a press conference")."""
        doc = self.doc
        last = e
        while last > s and doc[last].is_punct and doc[last].text not in _QUOTE_CHARS:
            last -= 1
        for t in doc[s : e + 1]:
            left = t.left_edge.i
            if left <= s + 1 or t.right_edge.i < last or self.ix.tok_quote[t.i] >= 0:
                continue
            if t.dep_ in ("appos", "relcl") and doc[left - 1].text in (",", "—", "–"):
                return left - 2
            if t.dep_ == "prep" and t.lower_ in ("on", "at", "in", "during"):
                pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_.lower() in self.media:
                    return left - 1
        return e

    def _that_clause_in_prep(self, verb: Token) -> list[Token]:
        """ "said during a news conference that ...": the parser hangs the clause on the noun."""
        for c in verb.children:
            if c.dep_ != "prep" or c.i < verb.i:
                continue
            for g in c.subtree:
                if (
                    g.dep_ in ("acl", "ccomp", "relcl")
                    and g.i - verb.i < 25
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
                ):
                    return [g]
        return []

    def _verb_draft(self, verb: Token) -> Draft | None:
        lemma = _lemma(verb)
        if _stance_participle(verb, cue_adjectives()):
            return None  # an adjective's report (``adjective_drafts``)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        # "Twitter is increasingly seen as a news site", "is better known as a Cowboys fan" is a
        # view someone holds; "Ohio is considered a battleground state" is common knowledge
        seen_as = lemma in ("see", "view", "regard", "know") and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
        )
        agent = any(c.dep_ == "agent" for c in verb.children)
        if passive and lemma in _NO_AGENTLESS_PASSIVE and not seen_as and not agent:
            # "Ohio is considered a battleground state", "is known as": common knowledge, no report
            return None
        parts, _how = _content_children(verb)
        if lemma in _CLAUSE_ONLY and _how != "clause":
            # "the poll found that ..." reports; "found a job" does not
            return None
        if lemma in _INFINITIVE_ONLY and _how == "np":
            # "seek the presidency" is an aim, "seek to calm his supporters" a stated intention
            return None
        if parts and self._adjacent_quote(verb, before_only=True) >= 0:
            # '"...," Kiedis said, mentioning ...': the quotation is what was said
            parts = []
        if not parts:
            parts = self._that_clause_in_prep(verb)
        spans: list[tuple[int, int]] = []
        line = self._line(verb.idx)
        line = (max(line[0], self.body_start) if verb.idx >= self.body_start else line[0], line[1])
        if parts:
            parts = parts + _list_continuations(verb, parts)
            span = self._clause_span(verb, parts)
            if span is not None:
                spans = [_trim(self.text, max(span[0], line[0]), min(span[1], line[1]))]
            before = [p for p in parts if p.right_edge.i < verb.i]
            if (not spans or spans[0][0] >= spans[0][1]) and before and len(before) < len(parts):
                # "Populists have little interest in ..., he said.": the parser ran the sentence
                # into the next paragraph and gave the cue a complement there too
                span = self._clause_span(verb, before)
                if span is not None:
                    spans = [_trim(self.text, max(span[0], line[0]), min(span[1], line[1]))]
        rel = _relative_object(verb, lemma)
        if rel is not None:
            # "Rubio, who many in the establishment had backed", "Florida, which he describes
            # as his second home": the relative pronoun stands for what is backed or described
            spans = [(rel.idx, rel.idx + len(rel))] + [sp for sp in spans if sp[0] < sp[1]]
        if (not spans or spans[0][0] >= spans[0][1]) and self._is_aside(verb):
            # "This campaign, he says, is different": the host clause minus the aside
            host = verb.head
            left, right = host.left_edge.i, host.right_edge.i
            own = (verb.left_edge.i, verb.right_edge.i)
            doc = verb.doc
            pieces = []
            if own[0] > left:
                pieces.append((doc[left].idx, doc[own[0] - 1].idx + len(doc[own[0] - 1])))
            if right > own[1]:
                pieces.append((doc[own[1] + 1].idx, doc[right].idx + len(doc[right])))
            pieces = [_trim(self.text, max(a, line[0]), min(b, line[1])) for a, b in pieces]
            spans = [p for p in pieces if p[1] - p[0] > 1]
        if not spans or spans[0][0] >= spans[0][1]:
            q = self._adjacent_quote(verb)
            if q >= 0:
                spans = [(qs.start, qs.end) for qs in self.ix.quotes[q].head().chain()]
            else:
                spans = self._passive_content(verb, line)
                if not spans:
                    return None
        # "... and is expected to visit": the shared subject is what is expected, no source.
        agentless = _shared_passive_subject(verb) is not None
        subj = None if agentless else _find_subject(verb)
        if subj is None and not agentless:
            subj = self._subject_after_quote(verb)
        if subj is None and spans and spans[0][1] <= verb.idx:
            # '"...," said Jealous' / 'explained 62-year-old Brenda Johnson': inverted subject
            subj = next(
                (
                    c
                    for c in verb.children
                    if c.i > verb.i
                    and c.dep_ in ("dobj", "nsubj", "attr", "npadvmod", "dative", "oprd")
                    and (c.pos_ in ("PROPN", "NOUN") or c.lower_ in ("he", "she", "they"))
                ),
                None,
            )
            nxt = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
            if (
                subj is None
                and nxt is not None
                and nxt.is_alpha
                and nxt.text[0].isupper()
                and nxt.head.i == verb.i
                and nxt.dep_ not in ("ccomp", "xcomp", "advcl", "conj")
            ):
                # '"...," said Skelly, explaining ...': a name the parser tagged as something else
                subj = nxt
        if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
            if self.doc[verb.left_edge.i - 1].text == "," and verb.left_edge.i > 0:
                # "endorsed Sanders' approach Saturday, saying ...": an adjunct of the clause
                # the parser hung on its object; the clause's subject is the speaker
                node = verb.head
                for _ in range(4):
                    if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                        break
                    node = node.head
                if node.pos_ in ("VERB", "AUX"):
                    subj = _find_subject(node)
            else:
                # "the share of Republicans saying ...": the participle's noun is who says it
                subj = verb.head
        named = self._name_before(verb) if subj is None else None
        source = _source_span(subj, self.text) if subj is not None else named
        src_tok = subj.i if subj is not None else (self.ix.token_at(named[1] - 1) if named else None)
        if source is not None and subj is not None and source[0] < self.body_start <= subj.idx:
            # "LONDON (Reuters) - Donald Trump said": the dateline is no part of the subject
            source = _trim(self.text, self.body_start, source[1], keep_quotes=False)
        if source is not None and subj is not None and source[0] < line[0] <= subj.idx:
            # the subject's head is in the cue's paragraph, the parse ran its modifiers across
            # the break ("5:15 p.m.\n\nLarge majorities of voters ... said"): keep this side
            source = _trim(self.text, line[0], source[1], keep_quotes=False)
        elif source is not None and subj is not None and source[0] < line[0]:
            # the parse ran the subject across a paragraph break ("4:40 p.m.\n\nRubio says")
            lead = self.doc.char_span(line[0], verb.idx, alignment_mode="contract")
            nouns = [t for t in lead or () if t.pos_ in ("PROPN", "NOUN", "PRON")]
            if lead is None or not nouns or any(t.pos_ == "VERB" for t in lead):
                source, src_tok = None, None
            else:
                source, src_tok = (
                    _trim(self.text, lead.start_char, lead.end_char, keep_quotes=False),
                    nouns[-1].i,
                )
        cue_end = verb.idx + len(verb)
        for c in verb.children:
            if c.dep_ == "prt" and c.i == verb.i + 1:
                cue_end = c.idx + len(c)
        d = Draft(
            content=spans, cue=(verb.idx, cue_end), source=source, cue_token=verb.i, source_token=src_tok
        )
        d.medium = self._medium(verb)
        return d

    def _name_before(self, verb: Token) -> tuple[int, int] | None:
        """ "..., Col. Steven Warren, a military spokesman, said, ...": when the parser lost a
        finite cue verb's subject, the named person or group just before it (no verb between)."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "ccomp", "parataxis"):
            return None
        if any(c.dep_ in ("nsubjpass", "auxpass", "expl") for c in verb.children):
            return None
        doc = verb.doc
        sent_start = self.sents.bounds[self.sents.tok_sent[verb.i]][0] if self.sents.bounds else 0
        i = verb.i - 1
        while i >= max(sent_start, verb.i - 15):
            t = doc[i]
            if t.pos_ in ("VERB", "AUX") or self.ix.tok_quote[i] >= 0:
                return None
            if t.head.i == verb.i and t.pos_ == "NUM" and t.dep_ in ("nummod", "npadvmod", "dep"):
                # "About 4 in 10 say ...": the parser hung the share of people on the verb
                return doc[t.left_edge.i].idx, t.idx + len(t)
            if t.ent_type_ in ("PERSON", "ORG", "NORP"):
                end = i
                while i > sent_start and doc[i].ent_iob_ == "I":
                    i -= 1
                return doc[i].idx, doc[end].idx + len(doc[end])
            i -= 1
        return None

    def _seem_draft(self, verb: Token) -> Draft | None:
        """ "X seems to be Y", "it appears that ...": an impression with no one holding it
        (PolNeAR takes subject + complement as content and no source)."""
        comp = [
            c for c in verb.children if c.dep_ in ("xcomp", "acomp", "ccomp", "attr", "oprd") and c.i > verb.i
        ]
        if not comp:
            return None
        line = self._line(verb.idx)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        parts: list[Token] = comp[:1]
        if subj is not None and subj.lower_ not in ("it", "there"):
            parts = [subj, *parts]
        pieces = []
        for p in parts:
            a, b = _subtree_span(p)
            a, b = _trim(self.text, max(a, line[0]), min(b, line[1]))
            if b > a:
                pieces.append((a, b))
        if not pieces:
            return None
        return Draft(content=pieces, cue=(verb.idx, verb.idx + len(verb)), cue_token=verb.i)

    def _passive_content(self, verb: Token, line: tuple[int, int]) -> list[tuple[int, int]]:
        """ "Her name was announced", "the birth is expected to coincide with ...": what was
        reported is the passive subject (with its infinitive); the source is the agent, if any."""
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        subj = subj or _shared_passive_subject(verb)
        if subj is None or (subj.pos_ == "PRON" and subj.lower_ in ("it", "this", "that", "which", "who")):
            return []
        parts = [subj] + [
            c
            for c in verb.children
            if c.i > verb.i
            and (c.dep_ in ("xcomp", "oprd") or (c.dep_ == "prep" and c.lower_ in _PASSIVE_PREPS))
        ]
        pieces = []
        for p in parts:
            a, b = _subtree_span(p)
            a, b = _trim(self.text, max(a, line[0]), min(b, line[1]))
            if b > a:
                pieces.append((a, b))
        return pieces

    def _subject_after_quote(self, verb: Token) -> Token | None:
        """'"...," Brent Bozell III, founder of X, tells Y': when the parser lost the subject,
        the noun phrase between the closing mark and the verb is it."""
        doc = verb.doc
        i = verb.i - 1
        nouns: list[Token] = []
        while i >= 0 and verb.i - i <= 15:
            t = doc[i]
            if self.ix.tok_quote[i] >= 0 or t.text in _QUOTE_CHARS:
                break
            if t.pos_ in ("VERB", "AUX") or (
                self.sents.is_start(i) and i != verb.i - 1 and t.pos_ not in ("PROPN",)
            ):
                return None
            if t.pos_ in ("PROPN", "NOUN", "PRON"):
                nouns.append(t)
            i -= 1
        if i < 0 or not nouns or (self.ix.tok_quote[i] < 0 and doc[i].text not in _QUOTE_CHARS):
            return None
        # the first name after the quotation heads the phrase
        first = min(nouns, key=lambda t: t.i)
        return first.head if first.dep_ == "compound" and first.head.i < verb.i else first

    def _is_aside(self, verb: Token) -> bool:
        """ "This campaign, he says, is different" / "..., records show.": the cue is an aside
        to the clause that holds the content."""
        if verb.head.i == verb.i:
            return False
        if self.ix.tok_quote[verb.head.i] >= 0:
            # '"...," he said': the quotation is found as such; but "The industry, she said,
            # is ''doing better''" is an aside inside a mixed statement
            host = verb.head
            return (
                verb.dep_ == "parataxis"
                and host.left_edge.i < verb.left_edge.i
                and self.ix.tok_quote[host.left_edge.i] < 0
            )
        if verb.dep_ == "parataxis":
            return True
        if (
            verb.dep_ == "conj"
            and verb.i > verb.head.i
            and verb.left_edge.i == verb.i
            and verb.doc[verb.i - 1].text == ","
            and not any(c.dep_ in _SUBJ and c.i < verb.i for c in verb.children)
        ):
            # "..., but it is under pressure, said the chief executive": a trailing inverted cue
            return True
        if (
            verb.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children)
            and not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children)
        ):
            # "As the Post reported, ...": the host clause is what was reported
            return True
        if verb.dep_ in ("ccomp", "advcl") and verb.i > verb.head.i:
            doc = verb.doc
            before = doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
            return (
                before is not None
                and before.text in (",", "—", "–")
                and not any(c.dep_ in ("mark", "advmod") and c.i < verb.i for c in verb.children)
            )
        return False

    def _clause_ends_after(self, verb: Token) -> bool:
        """'... Trump said.': nothing but the subject and punctuation follows the verb."""
        doc = verb.doc
        for t in doc[verb.i + 1 : min(len(doc), verb.i + 6)]:
            if t.is_punct or t.is_space:
                return t.text in (".", "!", "?") or t.is_space
            if t.dep_ not in ("nsubj", "compound", "det", "amod", "appos", "prt"):
                return False
        return False

    def _adjacent_quote(self, verb: Token, before_only: bool = False) -> int:
        """A quotation right before the clause (""…," she said") or right after it (said: "…")."""
        sent = self.sents.of(verb)
        subj = _find_subject(verb)
        left_tok = min(verb.i, _subject_left(subj) if subj is not None and subj.head.i == verb.i else verb.i)
        left_char = self.doc[left_tok].idx
        # before: only punctuation/space between quote end and the clause
        k = bisect.bisect_right(self.ix.q_starts, left_char) - 1
        if k >= 0:
            q = self.ix.quotes[k]
            gap = self.text[q.end : left_char]
            if q.end <= left_char and len(gap) <= 4 and all(ch in _TRIM for ch in gap) and "\n" not in gap:
                inner_end = self.text[max(q.start, q.end - 3) : q.end].rstrip("\"'”»’ ")
                ends_clause = inner_end[-1:] in (",", "?", "!", "—", "–", "-", "…") or gap.strip() in (
                    ",",
                    "—",
                )
                # a quotation inside the sentence ('blamed it on a "bad earpiece," claiming ...')
                # is a phrase of it, not the statement the verb introduces
                opens = not before_only or not self.text[sent.start_char : q.start].strip()
                ends = ends_clause or self._clause_ends_after(verb)
                if q.double and q.end - q.start > 12 and opens and ends:
                    return k
        if before_only:
            return -1
        # after: within the verb's sentence, skipping its modifiers
        right_limit = min(len(self.text), sent.end_char + 3 if sent.end < len(self.doc) else len(self.text))
        k = bisect.bisect_left(self.ix.q_starts, verb.idx + len(verb))
        if k < len(self.ix.quotes):
            q = self.ix.quotes[k]
            gap = self.text[verb.idx + len(verb) : q.start]
            colon_break = gap.rstrip().endswith(":") and gap.count("\n") <= 2
            near = q.start <= right_limit + 1 or colon_break
            short = len(gap) < 90 and "." not in gap and ("\n\n" not in gap or colon_break)
            if q.double and near and short:
                gap_toks = self.doc.char_span(verb.idx + len(verb), q.start, alignment_mode="contract")
                no_verb = gap_toks is None or not any(t.pos_ == "VERB" for t in gap_toks)
                if no_verb and (not gap.strip() or gap.rstrip().endswith((":", ",", "that"))):
                    return k
        return -1

    def _medium(self, verb: Token) -> tuple[int, int] | None:
        nodes = [verb]
        if verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
            nodes.append(verb.head)
        for node in nodes:
            for c in node.children:
                if c.dep_ != "prep" or c.lower_ not in ("in", "on", "during", "via", "through", "at", "to"):
                    continue
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is None or pobj.lemma_.lower() not in self.media:
                    continue
                if self.ix.tok_quote[pobj.i] >= 0:
                    continue
                return _trim(self.text, *_subtree_span(c), keep_quotes=False)
        return None

    def nominal_drafts(self) -> list[Draft]:
        out: list[Draft] = []
        cues = nominal_cues()
        doc = self.doc
        for tok in doc:
            for cue in cues:
                if tok.lower_ != cue[0] or tok.i + len(cue) > len(doc):
                    continue
                if tuple(t.lower_ for t in doc[tok.i : tok.i + len(cue)]) != cue:
                    continue
                last = doc[tok.i + len(cue) - 1]
                pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    pobj = next((c for c in doc[tok.i : tok.i + len(cue) + 1] if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                pp_root = tok if tok.dep_ == "prep" else last
                while (
                    pp_root.head.i != pp_root.i
                    and pp_root.head.i >= tok.i
                    and pp_root.head.i < tok.i + len(cue)
                ):
                    pp_root = pp_root.head
                head = pp_root.head
                if head.i == pp_root.i:
                    continue
                # the clause the cue modifies: its head's clause, without the cue phrase
                clause = head
                while (
                    clause.pos_ not in ("VERB", "AUX") or clause.dep_ in ("amod", "acl", "compound", "aux")
                ) and clause.head.i != clause.i:
                    clause = clause.head
                # the phrase vouches for the whole sentence, not only the conjunct or
                # subordinate clause the parser hung it on ("A was paid X; B was paid Y, according to")
                while clause.dep_ in _ACCORDING_CLIMB and clause.head.i != clause.i:
                    clause = clause.head
                pp = (
                    doc[pp_root.left_edge.i].idx,
                    doc[pp_root.right_edge.i].idx + len(doc[pp_root.right_edge.i]),
                )
                sent = self.sents.of(clause)
                s, e = _subtree_span(clause)
                s, e = max(s, sent.start_char), min(e, sent.end_char)
                pieces = [(s, min(e, pp[0])), (max(s, pp[1]), e)]
                pieces = [_trim(self.text, a, b) for a, b in pieces if b > a]
                pieces = [p for p in pieces if p[1] - p[0] > 2]
                if not pieces:
                    continue
                src = _source_span(pobj, self.text)
                out.append(
                    Draft(
                        content=pieces, cue=(tok.idx, last.idx + len(last)), source=src, source_token=pobj.i
                    )
                )
        return out

    def source_pp_drafts(self) -> list[Draft]:
        """ "In a CNN poll, Clinton held a lead" / "... in the same poll": a poll-like source
        given as a prepositional phrase on a clause whose verb is no cue of its own."""
        out: list[Draft] = []
        doc = self.doc
        for tok in doc:
            if tok.dep_ != "prep" or tok.lower_ not in ("in", "from") or self.ix.tok_quote[tok.i] >= 0:
                continue
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is None or pobj.lemma_.lower() not in _INFO_SOURCES:
                continue
            clause = tok.head
            if clause.pos_ not in ("VERB", "AUX") or clause.lemma_.lower() in self.cues:
                continue
            if not any(c.dep_ in _SUBJ for c in clause.children):
                continue
            sent = self.sents.of(clause)
            a, b = _subtree_span(clause)
            a, b = max(a, sent.start_char), min(b, sent.end_char)
            pp = _subtree_span(tok)
            pieces = [_trim(self.text, x, y) for x, y in ((a, min(b, pp[0])), (max(a, pp[1]), b)) if y > x]
            pieces = [p for p in pieces if p[1] - p[0] > 2]
            if not pieces:
                continue
            out.append(
                Draft(
                    content=pieces,
                    cue=(tok.idx, tok.idx + len(tok)),
                    source=_trim(self.text, *_subtree_span(pobj), keep_quotes=False),
                    cue_token=tok.i,
                    source_token=pobj.i,
                )
            )
        return out

    def adjective_drafts(self) -> list[Draft]:
        """ "X was confident that ...", "X is critical of ...", "X is eager to ...": a stance
        adjective predicated of its holder; content is its clause, infinitive or object."""
        out: list[Draft] = []
        adjectives = cue_adjectives()
        for tok in self.doc:
            participle = _stance_participle(tok, adjectives)
            if not participle and (
                tok.pos_ != "ADJ"
                or tok.dep_ not in ("acomp", "oprd")
                or tok.lemma_.lower() not in adjectives
                or self.ix.tok_quote[tok.i] >= 0
            ):
                continue
            parts: list[Token] = []
            cue_end = tok.idx + len(tok)
            for c in tok.children:
                if c.i < tok.i:
                    continue
                if c.dep_ in ("ccomp", "xcomp"):
                    parts = [c]
                    break
                if c.dep_ == "prep" and c.lower_ in _ADJ_PREPS:
                    pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                    if pobj:
                        parts = pobj
                        cue_end = c.idx + len(c)
                        break
            if not parts:
                continue
            if participle:
                subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            else:
                subj = _find_subject(tok.head)
            if subj is None:
                continue
            content = self._content_on_line(tok, parts)
            if content is None:
                continue
            out.append(
                Draft(
                    content=[content],
                    cue=(tok.idx, cue_end),
                    source=_source_span(subj, self.text),
                    cue_token=tok.i,
                    source_token=subj.i,
                )
            )
        return out

    def noun_drafts(self) -> list[Draft]:
        """ "Trump's claim that ...", "her criticism of the deal": a cue noun with a holder."""
        out: list[Draft] = []
        nouns = cue_nouns()
        for tok in self.doc:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns or self.ix.tok_quote[tok.i] >= 0:
                continue
            holder: Token | None = None
            clause: list[Token] = []
            for c in tok.children:
                if c.dep_ == "poss":
                    holder = c
                elif c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > tok.i and holder is None:
                    holder = next((g for g in c.children if g.dep_ == "pobj"), None)
                elif (
                    c.dep_ in ("acl", "ccomp", "relcl")
                    and c.i > tok.i
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                ):
                    clause = [c]
                elif (
                    c.dep_ == "acl"
                    and c.i > tok.i
                    and c.tag_ == "VB"
                    and tok.tag_ == "NN"
                    and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
                    and not clause
                ):
                    # "her plan to raise taxes", "his refusal to concede": the infinitive is
                    # what was planned or refused (kept only with a holder, below)
                    clause = [c]
                elif (
                    c.dep_ == "prep"
                    and c.lower_ in ("of", "for", "on", "about", "against", "to")
                    and c.i > tok.i
                    and not clause
                ):
                    pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                    if pobj:
                        clause = pobj
            if (
                holder is None
                and tok.dep_ in ("dobj", "attr")
                and tok.head.lemma_.lower()
                in ("express", "voice", "make", "issue", "offer", "reiterate", "repeat", "share")
            ):
                holder = _find_subject(tok.head)
            if not clause:
                continue
            if holder is None and not (
                clause[0].dep_ in ("acl", "ccomp", "relcl")
                and any(m.lower_ == "that" for m in clause[0].children)
            ):
                # "the claim that ..." with no one holding it still reports a claim;
                # "criticism of the deal" with no holder is too vague to keep
                continue
            content = self._content_on_line(tok, clause)
            if content is None:
                continue
            source: tuple[int, int] | None = None
            if holder is not None:
                source = (
                    (holder.idx, holder.idx + len(holder))
                    if holder.pos_ == "PRON"
                    else _source_span(holder, self.text)
                )
                if holder.tag_ == "POS" or holder.dep_ == "poss":
                    source = _trim(self.text, *_subtree_span(holder), keep_quotes=False)
                    if self.text[source[1] - 2 : source[1]] in ("’s", "'s"):
                        source = (source[0], source[1] - 2)
            out.append(
                Draft(
                    content=[content],
                    cue=(tok.idx, tok.idx + len(tok)),
                    source=source,
                    cue_token=tok.i,
                    source_token=holder.i if holder is not None else None,
                )
            )
        return out

    def headline_drafts(self) -> list[Draft]:
        """ "Minister: we will ..." at the start of a line (headlines, sub-heads)."""
        out: list[Draft] = []
        doc = self.doc
        line_start = 0
        for tok in doc:
            if tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws:
                line_start = tok.i
            if tok.text != ":" or tok.i - line_start > _COLON_LEFT_MAX or tok.i == line_start:
                continue
            left = doc[line_start : tok.i]
            if any(t.pos_ in ("VERB", "AUX") for t in left) or not any(
                t.pos_ in ("PROPN", "NOUN") for t in left
            ):
                continue
            if self.ix.tok_quote[tok.i] >= 0:
                continue
            nl = self.text.find("\n", tok.idx)
            end = len(self.text) if nl < 0 else nl
            right = doc.char_span(tok.idx + 1, end, alignment_mode="contract")
            if right is None or len(right) < 3:
                continue
            if line_start > 0 and not any(t.pos_ in ("VERB", "AUX") for t in right):
                continue
            if any(t.lemma_.lower() in _EDITORIAL_LABELS for t in left):
                # "Editor's note: ...", "UPDATE: ...", "Correction: ..." are the publisher's
                continue
            content = _trim(self.text, tok.idx + 1, end)
            source = _trim(self.text, left.start_char, left.end_char, keep_quotes=False)
            head = left.root
            out.append(
                Draft(content=[content], cue=(tok.idx, tok.idx + 1), source=source, source_token=head.i)
            )
        return out

    def title_drafts(self, drafts: list[Draft]) -> list[Draft]:
        """ "Bernie Sanders Promises Action On Immigration", "Trump talks to Megyn Kelly about
        bullying": the small model tags a headline's verb as a noun (title case, or headline
        grammar without articles), so its cue is lost. When the parse found no report there,
        the first word of the first line that is a cue verb's third-person or past form, after
        a short name (capitalised words in a title-case line), is the cue; the name is the
        source and the rest of the line (after a prepositional cue's preposition) the content."""
        text = self.text
        end = text.find("\n")
        if end <= 0:
            return []
        # the parse's own reports in the line (a "Label: ..." colon is no verb of the line)
        found = [
            d.cue[0] for d in drafts if d.cue is not None and d.cue[0] < end and text[d.cue[0]] != ":"
        ]
        line = self.doc.char_span(0, end, alignment_mode="contract")
        if line is None:
            return []
        words = [t for t in line if t.is_alpha]
        title_case = sum(t.text[0].isupper() for t in words) >= 0.75 * len(words)
        if len(words) < 3:
            return []
        start = 0
        for i, t in enumerate(line):
            if t.text in (",", ":", "—", "–", ";"):
                start = i + 1
                continue
            if i - start < 1 or i - start > 6 or self.ix.tok_quote[t.i] >= 0:
                continue
            if title_case != t.text[0].isupper():
                continue
            if any(c <= t.idx for c in found):
                return []  # the parse found the headline's report
            lemma = _title_verb_lemma(t.lower_, self.cues)
            if lemma is None:
                continue
            source = line[start:i]
            if source[-1].text in ("’s", "'s") or source[-1].lower_ in _DETERMINERS:
                continue  # "Clinton's Attacks On ...", "The Votes": a noun
            if not source[0].text[0].isupper() or not all(
                w.text[0].isupper() or w.is_digit or w.text in ("’s", "'s", ".", "-") or not title_case
                for w in source
            ):
                continue
            first = i + 1
            preps = _PREP_CUES.get(lemma, set())
            prep = next((w.i - line.start for w in line[first:] if w.lower_ in preps), None)
            if prep is not None:
                # "talks to Megyn Kelly about bullying": what was talked about
                first = prep + 1
            if first >= len(line):
                return []
            content = _trim(text, line[first].idx, end)
            if content[1] - content[0] < 2:
                return []
            return [
                Draft(
                    content=[content],
                    cue=(t.idx, t.idx + len(t)),
                    source=_trim(text, source.start_char, source.end_char, keep_quotes=False),
                    cue_token=t.i,
                    source_token=source[-1].i,
                )
            ]
        return []

    def dateline_at(self, char: int) -> tuple[int, int] | None:
        """The paragraph dateline covering ``char``, if any."""
        k = bisect.bisect_right(self.dateline_starts, char) - 1
        if k >= 0 and self.datelines[k][0] <= char < self.datelines[k][1]:
            return self.datelines[k]
        return None

    def clip_datelines(self, d: Draft) -> None:
        """Content and source never take in a paragraph's dateline ("WASHINGTON (AP) — ")."""
        if not self.datelines:
            return
        pieces = []
        for s, e in d.content:
            dl = self.dateline_at(s)
            if dl is not None:
                s = dl[1]
            if e > s:
                pieces.append((s, e))
        d.content = pieces or d.content
        if d.source is not None:
            dl = self.dateline_at(d.source[0])
            if dl is not None:
                if d.source[1] > dl[1]:
                    d.source = _trim(self.text, dl[1], d.source[1], keep_quotes=False)
                elif d.cue is not None and dl[1] < d.cue[0]:
                    # "LONDON (Reuters) - Donald Trump said": the parser took the place as
                    # the subject; the name between the dash and the cue is the speaker
                    lead = self.doc.char_span(dl[1], d.cue[0], alignment_mode="contract")
                    if lead is not None and 0 < len(lead) <= 8 and not any(
                        t.pos_ in ("VERB", "AUX") for t in lead
                    ):
                        d.source = _trim(self.text, lead.start_char, lead.end_char, keep_quotes=False)
                        d.source_token = lead[-1].i
                        d.anchor = None

    # ----- assembling -------------------------------------------------------------
    def extend_over_quotes(self, d: Draft) -> None:
        """Grow content so a quotation it touches is taken whole (all its paragraphs)."""
        new: list[tuple[int, int]] = []
        for s, e in d.content:
            qs = self.ix.quote_at(s)
            qe = self.ix.quote_at(max(s, e - 1))
            if qs >= 0:
                s = min(s, self.ix.quotes[qs].start)
            if qe >= 0:
                q = self.ix.quotes[qe]
                e = max(e, q.end)
            new.append((s, e))
        extra: list[tuple[int, int]] = []
        for s, e in new:
            for k in (self.ix.quote_at(s), self.ix.quote_at(max(s, e - 1))):
                if k < 0:
                    continue
                chain = self.ix.quotes[k].head().chain()
                if len(chain) > 1:
                    for q in chain:
                        if not any(a <= q.start < b for a, b in new + extra):
                            extra.append((q.start, q.end))
        if d.cue is not None:
            extra = [x for x in extra if not (x[0] <= d.cue[0] < x[1])]
        # content that opens with a quotation ends with it when only a short modifier of
        # the speech act follows ('said « ... » on Friday'); a longer tail ('"the wind is at
        # our backs" despite his loss in Nevada') is part of what was said
        trimmed: list[tuple[int, int]] = []
        for s, e in new:
            k = self.ix.quote_at(s)
            if (
                k >= 0
                and self.ix.quotes[k].start == s
                and self.ix.quotes[k].double
                and self.ix.quotes[k].end < e
                and len(self.text[self.ix.quotes[k].end : e].split()) <= _SHORT_TAIL
            ):
                e = self.ix.quotes[k].end
            trimmed.append((s, e))
        new = trimmed
        d.content = sorted(set(new + extra))

    def kind_of(self, d: Draft) -> QuoteKind:
        inside = 0
        total = 0
        has_quote = False
        for s, e in d.content:
            s, e = _trim(self.text, s, e, keep_quotes=False)
            for ch_i in range(s, e):
                if self.text[ch_i].isspace():
                    continue
                total += 1
                k = self.ix.quote_at(ch_i)
                if k >= 0:
                    # top-level single quotes count too (headline style: Mayor says 'we are broke')
                    has_quote = True
                    inside += 1
        if total and inside == total:
            return "direct"
        return "mixed" if has_quote else "indirect"


def _title_verb_lemma(form: str, cues: frozenset[str]) -> str | None:
    """The cue verb a headline word is the third-person or past form of ("Promises", "Slams",
    "Denies", "Said"), if any."""
    if form == "said" or form == "says":
        return "say"
    candidates = []
    if form.endswith("ies"):
        candidates.append(form[:-3] + "y")
    if form.endswith("es"):
        candidates.append(form[:-2])
    if form.endswith("s"):
        candidates.append(form[:-1])
    if form.endswith("ed"):
        candidates += [form[:-2], form[:-1]]
        if len(form) > 4 and form[-3] == form[-4]:
            candidates.append(form[:-3])
    return next((c for c in candidates if c in cues and c not in _TITLE_NOT_CUES), None)


#: cue verbs whose -s form in a headline is mostly a noun ("Votes", "Both Sides")
_TITLE_NOT_CUES = frozenset({"vote", "side"})
#: words before a headline word that make it a noun ("The Votes", "Both Sides")
_DETERMINERS = frozenset(
    {"the", "a", "an", "more", "most", "both", "all", "some", "many", "few"}
    | {"his", "her", "their", "its", "our", "my", "your"}
)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _extent(d: Draft) -> tuple[int, int]:
    points = [x for span in d.content for x in span]
    for extra in (d.cue, d.source):
        if extra is not None:
            points.extend(extra)
    return min(points), max(points)


def _carve(outer: Draft, inner: Draft, text: str) -> None:
    """Take a relative clause's own attribution out of the content it sits in."""
    a, b = _extent(inner)
    pieces: list[tuple[int, int]] = []
    for s, e in outer.content:
        if e <= a or s >= b:
            pieces.append((s, e))
            continue
        if s < a:
            pieces.append((s, a))
        if e > b:
            pieces.append((b, e))
    pieces = [_trim(text, s, e) for s, e in pieces]
    outer.content = [p for p in pieces if p[1] - p[0] > 1]


def _in_aside_relcl(tok: Token) -> bool:
    """Whether the verb heads (or is conjoined to) a relative clause set off by a comma,
    dash or bracket (", who claimed that ...")."""
    node = tok
    for _ in range(3):
        if node.dep_ == "relcl":
            left = node.left_edge.i
            return left > 0 and node.doc[left - 1].text in (",", "—", "–", "-", "(", "--")
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
    return False


class _Intervals:
    """Drafts indexed by extent, so overlap checks look only at near neighbours (no n² scan)."""

    def __init__(self) -> None:
        self.items: list[tuple[int, int, Draft]] = []
        self.starts: list[int] = []
        self.longest = 0

    def add(self, d: Draft) -> None:
        a, b = _extent(d)
        k = bisect.bisect_left(self.starts, a)
        self.starts.insert(k, a)
        self.items.insert(k, (a, b, d))
        self.longest = max(self.longest, b - a)

    def near(self, a: int, b: int) -> Iterator[Draft]:
        lo = bisect.bisect_left(self.starts, a - self.longest)
        hi = bisect.bisect_left(self.starts, b)
        for s, e, d in self.items[lo:hi]:
            if s < b and a < e:
                yield d


def _select(drafts: list[Draft], doc: Doc | None = None) -> list[Draft]:
    """Keep at most one attribution per token: outer statements beat ones nested in them,
    except a cue in a relative clause set off by a comma or dash (", who claimed that ..."),
    which is the narrator's aside and is carved out of the outer content. A cue in a
    restrictive relative clause ("the charities that officials suspected of ...") stays
    part of the outer content, as PolNeAR annotates it (measured on train: carving those
    too loses more matches than it wins)."""
    if doc is not None:
        text = doc.text
        relcl = [d for d in drafts if d.cue_token is not None and _in_aside_relcl(doc[d.cue_token])]
        if relcl:
            index = _Intervals()
            for d in drafts:
                index.add(d)
            for inner in relcl:
                if inner.cue is None:
                    continue
                for outer in list(index.near(*inner.cue)):
                    if outer is inner or not any(_overlaps(inner.cue, c) for c in outer.content):
                        continue
                    ia, ib = _extent(inner)
                    oa, ob = outer.start, outer.end
                    if oa <= ia and ib <= ob and (ib - ia) < (ob - oa):
                        _carve(outer, inner, text)
        drafts = [d for d in drafts if d.content]
    drafts.sort(key=lambda d: -(sum(e - s for s, e in d.content)))
    kept = _Intervals()
    for d in drafts:
        ok = True
        mine = sum(e - s for s, e in d.content)
        for k in kept.near(*_extent(d)):
            if d.cue is not None and any(_overlaps(d.cue, c) for c in k.content):
                ok = False
                break
            if k.cue is not None and any(_overlaps(k.cue, c) for c in d.content):
                ok = False
                break
            shared = sum(max(0, min(e, e2) - max(s, s2)) for s, e in d.content for s2, e2 in k.content)
            if shared > 0.3 * mine:
                ok = False
                break
        if ok:
            kept.add(d)
    out = [d for _, _, d in kept.items]
    out.sort(key=lambda d: d.start)
    return out


def extract_drafts(
    doc: Doc, entity_lookup: EntityLookup | None = None, sents: Sentences | None = None
) -> tuple[list[Draft], _Extractor]:
    """All attributions in ``doc`` as drafts (char spans), in text order."""
    ex = _Extractor(doc, entity_lookup, sents)
    drafts = (
        ex.verb_drafts()
        + ex.nominal_drafts()
        + ex.headline_drafts()
        + ex.noun_drafts()
        + ex.adjective_drafts()
        + ex.source_pp_drafts()
    )
    title = ex.title_drafts(drafts)
    if title:
        # "The Latest: Sanders declares ...": the headline's verb, not its colon, is the cue
        cue = title[0].cue or (0, 0)
        drafts = [d for d in drafts if not any(s <= cue[0] < e for s, e in d.content)] + title
    for d in drafts:
        ex.extend_over_quotes(d)
        ex.clip_datelines(d)
    drafts = _select(drafts, doc)
    drafts = _add_continuations(ex, drafts)
    for d in drafts:
        d.kind = ex.kind_of(d)
    # a one- to three-word indirect report that nobody holds ("it was announced", "seems
    # likely") is mostly a false alarm (precision 0.2-0.4 on PolNeAR train)
    drafts = [d for d in drafts if not _bare_fragment(ex.text, d)]
    return drafts, ex


def _bare_fragment(text: str, d: Draft) -> bool:
    if d.kind != "indirect" or d.source is not None or d.continues is not None:
        return False
    return sum(len(text[s:e].split()) for s, e in d.content) <= 3


def _is_statement_quote(text: str, q: QuoteSpan) -> bool:
    """Long enough, and sentence-like, to be a statement rather than a title or scare quote."""
    inner = text[q.start + 1 : q.end].strip()
    words = inner.split()
    if len(words) < 5:
        return False
    return inner[-2:].strip()[-1:] in ".,!?…—-\"”'’" or len(words) >= 12 or not q.closed


def _colon_intro(ex: _Extractor, q: QuoteSpan) -> Draft | None:
    """'Cruz called them on it: "..."': a clause ending in a colon introduces the quotation,
    and its subject is the source."""
    text = ex.text
    before = text[max(0, q.start - 4) : q.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = text.rfind(":", 0, q.start)
    tok_i = ex.ix.token_at(colon)
    doc = ex.doc
    if tok_i >= len(doc) or doc[tok_i].text != ":" or ex.ix.tok_quote[tok_i] >= 0:
        return None
    label = _label_before_colon(ex, tok_i)
    if label is not None:
        # "- Carl Bialik: “...”", "Republican pollster Daron Shaw: “...”": a name set off
        # before the colon introduces the quotation
        lead = doc[label : tok_i]
        return Draft(
            content=[(c.start, c.end) for c in q.head().chain()],
            cue=(doc[tok_i].idx, doc[tok_i].idx + 1),
            source=_trim(text, lead.start_char, lead.end_char, keep_quotes=False),
            source_token=tok_i - 1,
        )
    sent = ex.sents.of(doc[tok_i])
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or root.i > tok_i:
        return None
    subj = _find_subject(root)
    if subj is None:
        return None
    src = _source_span(subj, text)
    spans = [(c.start, c.end) for c in q.head().chain()]
    return Draft(
        content=spans,
        cue=(root.idx, root.idx + len(root)),
        source=src,
        cue_token=root.i,
        source_token=subj.i,
    )


def _label_before_colon(ex: _Extractor, colon: int) -> int | None:
    """Start of a short name that alone precedes a colon after a dash or at a line start."""
    doc = ex.doc
    i = colon - 1
    while i >= 0 and colon - i <= 6:
        t = doc[i]
        dash = t.text in ("-", "—", "–", "--") or "\n" in t.text
        if dash or (i > 0 and "\n" in doc[i - 1].text_with_ws[-1:]):
            start = i + 1 if dash else i
            lead = doc[start:colon]
            if (
                0 < len(lead) <= 5
                and lead[-1].pos_ == "PROPN"
                and not any(w.pos_ in ("VERB", "AUX") for w in lead)
                and all(w.is_alpha or w.text in (".", "'s", "’s", "-") for w in lead)
            ):
                return start
            return None
        if not (t.is_alpha or t.text in (".", "'s", "’s")):
            return None
        i -= 1
    return None


def _add_continuations(ex: _Extractor, drafts: list[Draft]) -> list[Draft]:
    """Quotations nobody was given that follow a quote: same speaker, no cue."""
    covered: list[tuple[int, int]] = sorted(
        [span for d in drafts for span in d.content]
        + [d.cue for d in drafts if d.cue is not None]
        + [d.source for d in drafts if d.source is not None]
    )
    starts = [c[0] for c in covered]
    text = ex.text
    out = list(drafts)
    by_start = sorted(drafts, key=lambda d: d.start)
    d_starts = [d.start for d in by_start]
    seen_chain: set[int] = set()
    for qi, q in enumerate(ex.ix.quotes):
        if not q.double or id(q.head()) in seen_chain:
            continue
        k = bisect.bisect_right(starts, q.start) - 1
        hit = False
        for j in range(max(0, k - 3), min(len(covered), k + 4)):
            if _overlaps(covered[j], (q.start, q.end)):
                hit = True
                break
        if hit or not _is_statement_quote(text, q):
            continue
        chain = q.head().chain()
        seen_chain.add(id(q.head()))
        intro = _colon_intro(ex, q)
        if intro is not None:
            out.append(intro)
            continue
        # the previous attribution, if close enough (this or the previous two paragraphs)
        p = bisect.bisect_left(d_starts, q.start) - 1
        if p < 0:
            continue
        prev = by_start[p]
        if prev.cue is not None:
            # "said Mark Dubowitz, director of a policy institute focused on national security":
            # a report inside the speaker's description is not the statement being continued
            holder = next(
                (
                    d
                    for d in by_start[max(0, p - 3) : p]
                    if (d.source is not None and d.source[0] <= prev.cue[0] < d.source[1])
                    or (
                        d.source_token is not None
                        and prev.cue_token is not None
                        and ex.doc[d.source_token].is_ancestor(ex.doc[prev.cue_token])
                    )
                ),
                None,
            )
            prev = holder if holder is not None else prev
        between = text[prev.end : q.start]
        if between.count("\n") > 3 or len(between) > 600:
            continue
        if (
            prev.kind == "indirect"
            and not any(ex.ix.quote_at(s) >= 0 for s, _ in prev.content)
            and between.count("\n") > 1
        ):
            continue
        spans = [(c.start, c.end) for c in chain]
        trailing_cue = prev.cue is not None and prev.end <= prev.cue[0] < q.start
        same_line = "\n" not in between and (len(between) < 120 or (trailing_cue and len(between) < 400))
        next_paragraph = not between.strip() and prev.cue is not None
        if trailing_cue and not next_paragraph:
            # '"A," Massie said.\n\n"B."': the cue closes the paragraph, the quotation opens the next
            head, _, tail = between.partition("\n")
            next_paragraph = (
                not tail.strip()
                and len(head) < 200
                and not any(ch in head.rstrip()[:-1] for ch in ".!?")
            )
        if (same_line or next_paragraph) and any(ex.ix.quote_at(s) >= 0 for s, _ in prev.content):
            # '"A," she said. "B."': one statement interrupted by its cue
            prev.content = sorted(set(prev.content + spans))
            continue
        # the reader takes the speaker from the earlier mention, and so does PolNeAR: that
        # mention is the continuation's source too (its cue stays None)
        cont = Draft(content=spans, anchor=None, source=prev.source)
        cont.quote_ids.add(qi)
        cont.speaker = None
        cont.source_token = None
        cont.continues = prev
        out.append(cont)
    out.sort(key=lambda d: d.start)
    return out
