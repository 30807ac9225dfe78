"""What was said: the complement of a cue verb, and where its span ends.

:func:`content_children` picks the dependents of a cue verb that hold what was said,
trying the complement shapes in a fixed order (a clause, an infinitive, a belief
noun's clause, a preposition's object, a noun-phrase object, an open complement);
:func:`clause_span` turns them into a character span and cuts off what the narrator
added (a second statement, a contrast, a gloss, the medium).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import CLOSING_QUOTES, QUOTE_CHARS, trim
from newsgraph.attribution.lexicon import AttributionLexicon
from newsgraph.attribution.parse import SUBJ, lemma, shared_passive_subject
from newsgraph.constants import FINITE_TAGS
from newsgraph.docindex import doc_index

#: Dependency labels of a noun-phrase object that is content.
_NP_CONTENT = frozenset({"dobj", "oprd", "attr", "dative", "obj"})
#: Prepositions whose phrase on an NP cue goes with its object ("criticized Trump for ...").
_NP_PREPS = frozenset({"for", "as", "of", "over", "about", "on", "to", "against", "with"})
#: Answers and pro-clauses that stand for what was said or believed ("said so", "said no").
_PROFORMS = frozenset({"so", "yes", "no", "not"})
#: Subordinators of a contrast that is the narrator's, not the speaker's (", while ...").
_CUT_MARKS = frozenset({"while", "though", "although", "whereas", "as"})
#: Subordinators of a contrast inside what was said ("said A was up, while B was down"): the
#: speaker's own comparison, cut only when it holds a report of its own.
_CONTRAST_MARKS = frozenset({"while", "whereas"})
#: Dependency labels of a clause that glosses the content (", which was passed in 2010").
_GLOSS_DEPS = frozenset({"relcl"})

#: What content_children returns: the content tokens and the kind of complement
#: ("clause", "np", "prep", or "" for none).
Complement = tuple[list[Token], str]


def content_children(verb: Token, lex: AttributionLexicon) -> Complement:
    """The complement(s) that hold what was said, and which kind of complement it was.

    The shapes are tried in order; the first that applies decides (an empty list
    with kind "" means the verb has no content of its own here).
    """
    texts = doc_index(verb.doc).column("text")  # the words as strings: no Token per word
    # a clause before the cue in an earlier paragraph is the parser running the previous
    # paragraph into this sentence, not what was said; nor is one before a semicolon ("Ukraine
    # says drones hit a plant; Moscow denies"): a semicolon joins two clauses of their own
    kids = [
        c
        for c in verb.children
        if c.i > verb.i
        or not (
            any("\n" in t and not t.strip() for t in texts[c.i : verb.i])
            or ";" in texts[c.right_edge.i + 1 : verb.i]
        )
    ]
    word = lemma(verb)
    for shape in (_clause, _infinitive, _belief_noun, _prepositional, _noun_phrase):
        found = shape(verb, word, kids, lex)
        if found is not None:
            return found
    xcomp = [c for c in kids if c.dep_ == "xcomp" and c.i > verb.i]
    passive = any(c.dep_ == "nsubjpass" for c in kids)
    if (
        xcomp
        and not passive
        and word not in lex.no_object_content_verbs
        and word not in lex.no_xcomp_content_verbs
    ):
        # "said legalizing it could put thousands to work", "was reported to be ill": the
        # parser's open complement holds what was said
        return xcomp[:1], "clause"
    return [], ""


def _clause(verb: Token, word: str, kids: list[Token], lex: AttributionLexicon) -> Complement | None:
    """A clausal complement: "said (that) ...", "asked if ...", "called for X to ..."."""
    ccomp = [c for c in kids if c.dep_ == "ccomp"]
    if ccomp:
        # "believes there are no easy answers, but that the city must act": a second
        # that-clause the parser coordinated with the cue verb is a second complement
        ccomp = ccomp + [c for c in kids if c.i > ccomp[-1].i and _coordinated_that_clause(c)]
        if not any(g.dep_ in SUBJ for g in ccomp[0].children):
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
        if mark.lower_ == "for" and "for" in lex.prep_cues.get(word, ()):
            # "called for the United States to step up ...": parsed as a for-clause
            return [c], "clause"
    return None


def _coordinated_that_clause(conj: Token) -> bool:
    """A conjunct that opens with a coordinator and the complementiser "that" ("..., but that
    X", "and that X"): a complement clause, not a new statement, whatever it hangs on."""
    if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX"):
        return False
    mark = next((m for m in conj.children if m.dep_ == "mark" and m.i < conj.i), None)
    if mark is None or mark.lower_ != "that" or mark.i == 0:
        return False
    doc = conj.doc
    before = doc[mark.i - 1]
    return before.dep_ == "cc" or (before.text == "," and mark.i > 1 and doc[mark.i - 2].dep_ == "cc")


def _infinitive(verb: Token, word: str, kids: list[Token], lex: AttributionLexicon) -> Complement | None:
    """An intention verb's infinitive ("vowed to resign", "expects Trump to play"), or a pro-form."""
    passive = any(c.dep_ == "nsubjpass" and c.i < verb.i for c in kids)
    passive = passive or shared_passive_subject(verb) is not None
    if word in lex.intent_verbs and passive and not _passive_topic(verb, word, kids, lex):
        # "Sanders was asked to name ...", "Trump is expected to win": subject + infinitive,
        # which the passive reading builds
        return [], ""
    if word in lex.proform_verbs:
        proform = [c for c in kids if c.i == verb.i + 1 and c.lower_ in _PROFORMS and c.dep_ != "prep"]
        if proform:
            # "half said so", "the candidate said no", "Cruz thinks so": the pro-form stands
            # for what was said
            return proform, "clause"
    if word in lex.intent_verbs:
        xcomp = [c for c in kids if c.dep_ == "xcomp" and c.i > verb.i]
        if xcomp:
            objs = [
                c for c in kids if c.dep_ in ("dobj", "obj", "dative") and c.i < xcomp[0].i and c.i > verb.i
            ]
            if objs and word in lex.calling_verbs:
                return [], ""  # "called the editor to complain": a call with a purpose
            if word in lex.addressee_verbs:
                # "told Megyn not to worry": Megyn is who was told, not part of what was said
                objs = []
            return objs + xcomp, "clause"
    return None


def _passive_topic(verb: Token, word: str, kids: list[Token], lex: AttributionLexicon) -> bool:
    """ "was asked about the merger": a passive cue whose only complement is one of its
    content prepositions reports that topic (the prepositional shape takes it); with an
    infinitive or a naming complement ("was called a fraud for ...") it does not."""
    preps = lex.prep_cues.get(word, frozenset())
    if any(c.dep_ in ("xcomp", "ccomp", "oprd", "attr", "dobj") for c in kids):
        return False
    return any(c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i for c in kids)


def _belief_noun(verb: Token, word: str, kids: list[Token], lex: AttributionLexicon) -> Complement | None:
    """ "expressed hope that ...", "voiced concern about ...": the belief noun's clause or object."""
    for c in kids:
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.belief_nouns:
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
                # "expressed their support for Trump", "voiced concern about the cost": the
                # attitude expressed, noun and all, is what is reported, not only its topic
                return [c], "np"
    return None


def _prepositional(verb: Token, word: str, kids: list[Token], lex: AttributionLexicon) -> Complement | None:
    """A prepositional cue's object ("talked about the economy", "agreed with the mayor")."""
    preps = lex.prep_cues.get(word)
    if not preps:
        return None
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i:
            pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if pobj and pobj[0].ent_type_ in ("DATE", "TIME") and pobj[0].right_edge.i == pobj[0].i:
                continue  # "reported on Wednesday the Secret Service had ...": a time
            if pobj:
                # "railed against the moderators for failing to ...": the reason goes too
                more = [
                    g for g in kids if g.dep_ == "prep" and g.i > c.i and g.lower_ in ("for", "as", "over")
                ]
                if c.lower_ == "for":
                    # "called for the minister to resign", "pushed for the city to act": the
                    # infinitive the parser hung on the verb says what the object is to do
                    end = max(g.right_edge.i for g in pobj + more)
                    more += [g for g in kids if g.i > end and g.left_edge.i == end + 1 and _to_infinitive(g)]
                return pobj + more, "prep"
    if word in lex.prep_only_verbs:
        return [], ""  # "the council approved the budget" is an act, "approve of" a view
    return None


#: Prepositions of the medium or occasion of a statement ("on Fox News", "at a rally").
_MEDIUM_PREPS = frozenset({"on", "at", "in", "during"})


def _noun_phrase(verb: Token, word: str, kids: list[Token], lex: AttributionLexicon) -> Complement | None:
    """The object, with its for/as/of phrases ("criticized Trump for ...", "fear a backlash")."""
    if word in lex.object_only_verbs:
        parts = [c for c in kids if c.dep_ in ("dobj", "obj") and c.i > verb.i]
        if not parts and any(_open_clause(c) for c in kids if c.i > verb.i):
            # "said legalizing it could put thousands to work": the parser hung the clause
            # on the gerund, the open complement (below) holds what was said
            return None
        return parts, "np"
    if word not in lex.np_cue_verbs and word in lex.no_object_content_verbs:
        return None
    parts = [c for c in kids if c.dep_ in _NP_CONTENT and c.i > verb.i]
    parts += [
        c
        for c in kids
        if c.i > verb.i
        and (c.dep_ == "prep" and c.lower_ in _NP_PREPS and (parts or word in ("call", "refer", "describe")))
    ]
    if word == "call":
        parts += [c for c in kids if c.dep_ == "ccomp"]
    if not parts:
        return None
    parts += _as_predicates(kids, max(p.right_edge.i for p in parts))
    parts += _np_trailers(verb, max(p.right_edge.i for p in parts), lex)
    parts.sort(key=lambda t: t.i)
    return parts, "np"


def _as_predicates(kids: list[Token], end: int) -> list[Token]:
    """ "portrayed Sanders as singularly focused on ...", "view her as more prepared": what
    the object is said or seen to be, an "as" phrase the parser made an adverbial clause of
    the verb (an adjective or participle has no preposition's object to hang on). A clause
    with a subject of its own ("as she left the hall") is a time or a comparison, not this."""
    return [
        c
        for c in kids
        if c.dep_ == "advcl"
        and c.left_edge.i == end + 1
        and c.left_edge.lower_ == "as"
        and not any(g.dep_ in SUBJ for g in c.children)
    ]


def _to_infinitive(c: Token) -> bool:
    """A to-infinitive clause ("to resign", "to release the files")."""
    to = any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
    return to and c.dep_ in ("xcomp", "advcl", "ccomp")


def _open_clause(c: Token) -> bool:
    """An open complement that is no to-infinitive: "said to justify his stance" gives a
    purpose, "said legalizing it would help" a gerund clause that is what was said."""
    return c.dep_ == "xcomp" and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)


def _np_trailers(verb: Token, end: int, lex: AttributionLexicon) -> list[Token]:
    """Phrases the parser hung on the cue verb right after its object that belong to what
    was reported ("announced a series of steps to tighten gun sales", "announced a concert
    in support of Sanders"); a date or time ("on Wednesday") is not, nor is the medium or
    occasion of the statement and what follows it ("praised the budget at a press
    conference in Denver", "blamed officials on Twitter before the speech")."""
    out: list[Token] = []
    for c in verb.children:
        if c.i <= end or c.left_edge.i != end + 1:
            continue
        if c.dep_ == "prep":
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):
                break
            if c.lower_ in _MEDIUM_PREPS and pobj.lemma_.lower() in lex.media_nouns:
                break
        elif c.dep_ not in ("advcl", "xcomp") or not any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children
        ):
            break
        out.append(c)
        end = c.right_edge.i
    return out


def relative_object(verb: Token, word: str, lex: AttributionLexicon) -> Token | None:
    """The relative pronoun a relative-clause cue takes as its object ("whom even other
    senators hate"), for verbs whose object is what is reported."""
    if (
        verb.dep_ != "relcl"
        or word in lex.clause_only_verbs
        or word in lex.infinitive_only_verbs
        or word in lex.prep_only_verbs
    ):
        return None
    if word not in lex.np_cue_verbs and word in lex.no_object_content_verbs:
        return None
    if not any(c.dep_ in SUBJ for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("dobj", "obj") and c.i < verb.i and c.lower_ in ("who", "whom", "which")
        ),
        None,
    )


def list_continuations(verb: Token, parts: list[Token], lex: AttributionLexicon) -> list[Token]:
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
        if lemma(c) in lex.speech_verbs or any(
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


def that_clause_in_prep(verb: Token) -> list[Token]:
    """ "said during a news conference that ...": the parser hangs the clause on the noun.
    A clause a verb inside the phrase governs is that verb's ("was booed after telling the
    crowd that ..." reports what was told, not what was booed)."""
    for c in verb.children:
        if c.dep_ != "prep" or c.i < verb.i:
            continue
        for g in c.subtree:
            if (
                g.dep_ in ("acl", "ccomp", "relcl")
                and g.head.pos_ not in ("VERB", "AUX")
                and g.i - verb.i < 25
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
            ):
                return [g]
    return []


def content_on_line(ctx: Context, cue: Token, parts: list[Token]) -> tuple[int, int] | None:
    """The content span of ``parts``, kept to the cue's line (news paragraph) and
    trimmed; None when nothing of two characters or more is left."""
    span = clause_span(ctx, cue, parts)
    if span is None:
        return None
    line = ctx.line(cue.idx)
    content = trim(ctx.text, max(span[0], line[0]), min(span[1], line[1]))
    return content if content[1] - content[0] >= 2 else None


def clause_span(ctx: Context, verb: Token, parts: list[Token]) -> tuple[int, int] | None:
    """Char span of the complement, cut before coordinated or contrastive clauses that
    are not part of what was said (", and 4 in 10 said ...", ", while ...", "— asserting")."""
    s = min(p.left_edge.i for p in parts)
    e = max(p.right_edge.i for p in parts)
    doc = verb.doc
    tokens = doc_index(doc).tokens
    for p in parts:
        mark = next((m for m in p.children if m.dep_ == "mark" and m.lower_ == "that"), None)
        if mark is not None and s < mark.i < p.i and mark.i > verb.i:
            if any(q.i != p.i and verb.i < q.left_edge.i < mark.i for q in parts):
                continue  # "believes A, but that B": B's "that" opens the second complement
            # "said Tuesday that ...": words before the complementiser are not what was said
            s = mark.i
    if tokens[s].dep_ == "mark" and tokens[s].lower_ == "for" and s < e:
        # "called for X to ...": the complementiser is not part of what was called for
        s += 1
    if s <= verb.i <= e:
        # a complement wrapping the verb (odd parse): keep the side after it
        s = verb.i + 1
    for p in parts:
        for c in p.children:
            if p.i < c.i <= e and _starts_other_clause(c, ctx.lex):
                e = min(e, c.left_edge.i - 1)
    e = _cut_second_speaker(ctx, s, e)
    # a non-restrictive relative clause closing the content (", which was passed in 2010")
    # is the narrator's gloss, not part of what was said
    deps = ctx.index.column("dep_")
    for t in tokens[s : e + 1]:
        if deps[t.i] not in _GLOSS_DEPS:
            continue  # the cheap test first: ``left_edge`` makes a Token object
        left = t.left_edge.i
        if (
            left > s + 1
            and tokens[left - 1].text == ","
            and t.right_edge.i >= e
            and ctx.tok_quote[t.i] < 0
        ):
            e = left - 1
            break
    e = _cut_trailing_modifiers(ctx, s, e)
    while e >= s and ((tokens[e].is_punct and tokens[e].text not in QUOTE_CHARS) or tokens[e].dep_ == "cc"):
        e -= 1
    if e < s:
        return None
    return tokens[s].idx, tokens[e].idx + len(tokens[e])


def _starts_other_clause(c: Token, lex: AttributionLexicon) -> bool:
    """Whether a dependent of the complement starts a statement or contrast of its own: a
    conjoined speech verb ("... and said ..."), a contrast (", while ..."), a speech
    participle after a dash or comma ("— asserting", ", saying")."""
    speech = lex.speech_verbs
    return (
        (
            c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and lemma(c) in speech
            and not any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            # "said the defence would file ... and would ask for bail": a modal of its own
            # keeps the conjunct in the reported future (session 20)
            and not any(g.dep_ == "aux" and g.tag_ == "MD" for g in c.children)
        )
        or (c.dep_ == "advcl" and _cut_adverbial(c, lex))
        or _speakers_own_conjunct(c, lex)
        or (
            c.dep_ in ("advcl", "conj")
            and c.tag_ == "VBG"
            and (
                c.doc[c.left_edge.i - 1].text in ("—", "–", "-")
                or (c.doc[c.left_edge.i - 1].text == "," and lemma(c) in speech)
            )
        )
    )


def _speakers_own_conjunct(c: Token, lex: AttributionLexicon) -> bool:
    """ "said early results were encouraging but declined to give figures", "said the vote had
    been orderly but voiced doubts about ...": a bare past-tense conjunct with no subject of
    its own, after a complement whose verb is a copula or has an auxiliary (the back-shifted
    tense of reported speech), is the speaker's next act when it is a verb of saying or
    refusal ("declined", "refused") or voices a noun of a statement or attitude ("voiced
    doubts", "expressed concern"). A complement in the narrative past ("said he met the
    minister and told him ..."), a state ("... and had no desire to ...") and a conjunct with
    its own auxiliary ("... but would not scrap the reform") stay what was said."""
    if c.dep_ != "conj" or c.tag_ != "VBD" or c.head.i > c.i:
        return False
    if any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for g in c.children):
        return False
    head = c.head
    if not (lemma(head) == "be" or any(g.dep_ in ("aux", "auxpass") for g in head.children)):
        return False
    if lemma(c) in lex.speech_verbs or lemma(c) in lex.refusal_verbs:
        return True  # (a view or wish goes on the report: "said she was tired and wanted ...")
    if lemma(c) not in lex.opinion_support_verbs:
        return False  # "... and had no desire to ...": a state, still reported
    nouns = lex.cue_nouns | lex.belief_nouns
    return any(g.dep_ == "dobj" and lemma(g) in nouns for g in c.children)


def _cut_adverbial(c: Token, lex: AttributionLexicon) -> bool:
    """Whether an adverbial clause of the complement is the narrator's (", though ...", "as
    ..."). A "while"/"whereas" contrast is the speaker's comparison ("said exports rose, while
    imports fell") unless it holds a cue of its own (", while most voters say ...")."""
    mark = next((g.lower_ for g in c.children if g.dep_ == "mark" and g.lower_ in _CUT_MARKS), None)
    if mark is None:
        return False
    if mark == "as" and _speakers_as(c):
        mark = "while"  # kept like a contrast: cut only when it holds a report of its own
    if mark not in _CONTRAST_MARKS:
        return True
    cues = lex.cue_verbs
    return any(t.pos_ in ("VERB", "AUX") and lemma(t) in cues for t in c.subtree)


def _cut_second_speaker(ctx: Context, s: int, e: int) -> int:
    """ "said they were worried, and more than 4 in 10 said ...": a second speech verb
    with its own subject after ", and" / ", but" starts another statement, whatever
    the parser attached it to; so does a speech participle after a comma or dash
    ("attacked Trump, with whom he clashed ..., calling him a loser")."""
    tokens = ctx.index.tokens
    speech = ctx.lex.speech_verbs
    for t in tokens[s + 1 : e + 1]:
        if (
            t.tag_ == "VBG"
            and lemma(t) in speech
            and ctx.tok_quote[t.i] < 0
            and t.left_edge.i == t.i
            and tokens[t.i - 1].text in (",", "—", "–")
            and t.i - 1 > s
        ):
            # 'told ... that Romney "had a crazy policy," adding, "He lost ..."': the
            # participle's words are a statement of their own
            return t.i - 2
        if t.tag_ not in FINITE_TAGS or lemma(t) not in speech or ctx.tok_quote[t.i] >= 0:
            continue
        i = t.i - 1
        while (
            i > s
            and t.i - i <= 8
            and tokens[i].lower_ not in ("and", "but")
            and tokens[i].pos_
            in (
                "NOUN",
                "PROPN",
                "PRON",
                "NUM",
                "DET",
                "ADJ",
                "ADP",
                "PUNCT",
                "ADV",
            )
        ):
            i -= 1
        if i <= s + 1 or i == t.i - 1 or tokens[i].lower_ not in ("and", "but"):
            continue
        if tokens[i - 1].text in (",", ";"):
            return i - 2
    return e


def _cut_trailing_modifiers(ctx: Context, s: int, e: int) -> int:
    """End index of the content once the narrator's trailing additions are dropped: an
    apposition after a comma (", a longstanding federal provision ..."), the medium of
    the statement ("on its Facebook page", "at a press conference") and a nominal cue
    that vouches for the whole sentence (", according to a transcript")."""
    tokens = ctx.index.tokens
    last = e
    while last > s and tokens[last].is_punct and tokens[last].text not in QUOTE_CHARS:
        last -= 1
    deps = ctx.index.column("dep_")
    lowers = ctx.index.column("lower_")
    first_words = {cue[0] for cue in ctx.lex.nominal_cues}
    for t in tokens[s : e + 1]:
        # only an apposition, a relative clause or a medium's preposition is cut: test that
        # first (``left_edge`` and ``right_edge`` make Token objects)
        dep = deps[t.i]
        medium_prep = dep == "prep" and lowers[t.i] in _MEDIUM_PREPS
        vouching = dep == "prep" and lowers[t.i] in first_words
        gloss = dep in ("dobj", "npadvmod") and t.i > s and t.head.i < s and _statement_gloss(ctx, t)
        if dep not in ("appos", "relcl") and not medium_prep and not vouching and not gloss:
            continue
        left = t.left_edge.i
        if left <= s + 1 or t.right_edge.i < last or ctx.tok_quote[t.i] >= 0:
            continue
        if vouching and any(tuple(lowers[t.i : t.i + len(cue)]) == cue for cue in ctx.lex.nominal_cues):
            # "told her that it was not simple, according to an account she gave": the phrase
            # vouches for the whole sentence, report verb included, and is a statement of
            # its own that holds this one (PolNeAR never nests; the outer one is kept)
            return left - 1
        if gloss:
            return left - 2  # ", a claim Kestavia denied": the writer's gloss on the statement
        if t.dep_ in ("appos", "relcl") and tokens[left - 1].text in (",", "—", "–"):
            if t.dep_ == "appos" and _list_item(t):
                continue
            return left - 2
        if t.dep_ == "prep" and t.lower_ in _MEDIUM_PREPS:
            if t.head.pos_ == "VERB" and t.i == t.head.i + 1 and t.head.i > s:
                continue  # "said it would look at his remarks": the verb's own argument (session 20)
            pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in ctx.lex.media_nouns and not _owned_elsewhere(pobj):
                return left - 1
    return e


def _owned_elsewhere(medium: Token) -> bool:
    """ "had relied on the testimony of a businessman who ...", "in the report that the
    panel published": a medium noun with an "of" owner or a relative clause of its own is
    a thing the content talks about, not where the speaker made the statement. A relative
    clause set off by a comma ("on the call, each of whom ...") may be about another noun."""
    doc = medium.doc
    return any(
        (c.dep_ == "prep" and c.lower_ == "of")
        or (c.dep_ == "relcl" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text != ",")
        for c in medium.children
    )


def _statement_gloss(ctx: Context, t: Token) -> bool:
    """ "accused Kestavia of jamming signals, a claim Kestavia denied": a noun of a
    statement (``cue_nouns.txt``) set off by a comma at the end, with a clause of its own,
    that the parser made a second object of the cue verb (before the content), is the writer's gloss on the
    statement, not part of it (session 20)."""
    doc = t.doc
    left = t.left_edge.i
    if left == 0 or doc[left - 1].text not in (",", "—", "–") or t.lemma_.lower() not in ctx.lex.cue_nouns:
        return False
    return any(c.dep_ in ("relcl", "acl") for c in t.children)


def _list_item(appos: Token) -> bool:
    """ "ridiculed Trump, Carson, and Fiorina", "noted the floods, her support for nurses and
    her work": a phrase the parser hung as an apposition that opens a coordination is an item
    of a list of what was reported, not the narrator's gloss on the noun before it. One that
    opens with "a"/"an" and has no comma before its coordinator is a gloss with a coordinated
    noun ("Smith, a lawyer and activist")."""
    conj = next((c for c in appos.children if c.dep_ == "conj"), None)
    if conj is None:
        return False
    doc = appos.doc
    comma = any(t.text == "," for t in doc[appos.i + 1 : conj.left_edge.i])
    return comma or appos.left_edge.lower_ not in ("a", "an")


#: Words before "as" that make its clause a purpose or a comparison ("so as not to ...",
#: "just as ..."); "even as" is a contrast, kept like "while".
_AS_PREFIXES = frozenset({"so", "just"})
#: Complements a verb of an "as" clause has when it is no stand-in for another ("as have
#: others", "as was the case", "as federal workers do" compare with what was said).
_AS_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "xcomp", "ccomp", "prep", "oprd", "auxpass", "aux"})


def _speakers_as(c: Token) -> bool:
    """ "said they have yet to reap the rewards, as the economy is shrinking", "told him a
    shakeup is imminent as the candidate has plunged in the polls": an "as" clause with its own
    subject, set in a finite clause of what was said, gives the speaker's reason or setting.
    One on an infinitive ("voted to ban cloning as Congress grappled with ...") is the
    narrator's time; "so as"/"just as" and a comparison that stands in for a verb
    ("as have other senators", "as was the case") stay cut, and so does one after the
    closing mark of a quotation; "even as" is kept like a contrast."""
    doc = c.doc
    mark = next(g for g in c.children if g.dep_ == "mark" and g.lower_ == "as")
    if mark.i > 0 and doc[mark.i - 1].lower_ in _AS_PREFIXES:
        return False
    if any(t.text in QUOTE_CHARS or t.text in CLOSING_QUOTES for t in doc[c.head.i : mark.i]):
        return False  # "says 'we are broke' as deficit grows": the clause after the quotation
    if not any(g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i for g in c.children):
        return False
    if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.head.children):
        return False
    # "as do the referees": a bare be/have/do stands in for the verb of what was said
    return lemma(c) not in ("be", "have", "do") or any(g.dep_ in _AS_COMPLEMENTS for g in c.children)
