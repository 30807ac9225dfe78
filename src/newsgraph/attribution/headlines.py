"""Headline shapes: "Minister: we will ..." and "Bernie Sanders Promises Action On Immigration".

Headlines drop the verb of saying for a colon, and the small model tags a title-case
headline's verb as a noun, so the parse alone misses both; these rules read the
line instead.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import Draft, trim
from newsgraph.attribution.senses import STATEMENT

#: A colon headline's speaker is a short phrase: at most this many tokens before the colon.
_COLON_LEFT_MAX = 6
#: ... or a name with a gloss after a comma before a whole quotation (``_named_with_gloss``).
_GLOSSED_LEFT_MAX = 20
#: Dependencies of a noun's modifiers, passed over to find the head of a headline's object.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
#: Noun classes of a headline verb's object that decide its sense without a predicate.
_THING_CLASSES = frozenset({"amount", "position", "artifact"})
#: Marks that open and close a quotation a glossed name's line gives.
_OPENING_QUOTES = frozenset('"\u201c\u00ab')
_CLOSING_QUOTES = frozenset('"\u201d\u00bb')
#: Parts of speech a headline's speaker (a name or role) never holds: a verb or a
#: subordinator before the cue word means the cue word is inside a clause.
_CLAUSE_POS = frozenset({"VERB", "AUX", "SCONJ"})
#: Words before a headline word that make it a noun ("The Votes", "Both Sides").
_DETERMINERS = frozenset(
    {"the", "a", "an", "more", "most", "both", "all", "some", "many", "few"}
    | {"his", "her", "their", "its", "our", "my", "your"}
)


def headline_drafts(ctx: Context) -> list[Draft]:
    """ "Minister: we will ..." at the start of a line (headlines, sub-heads)."""
    out: list[Draft] = []
    doc = ctx.doc
    text = ctx.text
    labels = ctx.lex.editorial_labels
    tokens = ctx.index.tokens
    for i, word in enumerate(ctx.index.column("lower_")):
        if word != ":":
            continue
        tok = tokens[i]
        # the line's first token: a token after a newline, looked for at most _COLON_LEFT_MAX back
        line_start = -1
        for j in range(i, max(-1, i - _GLOSSED_LEFT_MAX - 1), -1):
            if j == 0 or "\n" in tokens[j - 1].text_with_ws:
                line_start = j
                break
        if line_start < 0 or tok.i == line_start:
            continue
        left = doc[line_start : tok.i]
        named = _named_with_gloss(ctx, left, tok)
        if named is None and tok.i - line_start > _COLON_LEFT_MAX:
            continue
        if named is not None:
            left = named  # 'Singer Lila Grant, who wrote the song: "I cried."' (session 20)
        elif any(t.pos_ in ("VERB", "AUX") for t in left) or not any(
            t.pos_ in ("PROPN", "NOUN") for t in left
        ):
            continue
        elif any(t.text == "," for t in left):
            continue  # "Two candidates, one seat: rivals trade barbs": a title's setting, no speaker
        if ctx.tok_quote[tok.i] >= 0:
            continue
        nl = text.find("\n", tok.idx)
        end = len(text) if nl < 0 else nl
        right = doc.char_span(tok.idx + 1, end, alignment_mode="contract")
        if right is None or len(right) < 3:
            continue
        if line_start > 0 and not any(t.pos_ in ("VERB", "AUX") for t in right):
            continue
        if any(t.lemma_.lower() in labels for t in left):
            # "Editor's note: ...", "UPDATE: ...", "Correction: ..." are the publisher's
            continue
        content = trim(text, tok.idx + 1, end)
        source = trim(text, left.start_char, left.end_char, keep_quotes=False)
        head = left.root
        out.append(Draft(content=[content], cue=(tok.idx, tok.idx + 1), source=source, source_token=head.i))
    return out


def title_drafts(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """ "Bernie Sanders Promises Action On Immigration", "Trump talks to Megyn Kelly about
    bullying": the small model tags a headline's verb as a noun (title case, or headline
    grammar without articles), so its cue is lost. When the parse found no report there,
    the first word of the first line that is a cue verb's third-person or past form, after
    a short name (capitalised words in a title-case line), is the cue; the name is the
    source and the rest of the line (after a prepositional cue's preposition) the content."""
    text = ctx.text
    end = text.find("\n")
    if end <= 0:
        return []
    # the parse's own reports in the line (a "Label: ..." colon is no verb of the line)
    found = [d.cue[0] for d in drafts if d.cue is not None and d.cue[0] < end and text[d.cue[0]] != ":"]
    line = ctx.doc.char_span(0, end, alignment_mode="contract")
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
        if i - start < 1 or i - start > 6 or ctx.tok_quote[t.i] >= 0:
            continue
        if title_case != t.text[0].isupper():
            continue
        if any(c <= t.idx for c in found):
            return []  # the parse found the headline's report
        lemma = _title_verb_lemma(ctx, t.lower_)
        if lemma is None or (not title_case and t.pos_ == "VERB"):
            continue  # a verb the parse saw in a sentence-case line: the verb rules judged it
        source = line[start:i]
        if source[-1].text in ("’s", "'s") or source[-1].lower_ in _DETERMINERS:
            continue  # "Clinton's Attacks On ...", "The Votes": a noun
        if any(w.tag_ == "PRP$" for w in source):
            continue  # "My immigration plans aren't ...": a possessive opens a noun phrase, not a name
        if any(w.pos_ in _CLAUSE_POS or w.dep_ == "mark" for w in source):
            continue  # "Port strike enters second week as talks stall": a clause, not a name
        if not source[0].text[0].isupper() or not all(
            w.text[0].isupper() or w.is_digit or w.text in ("’s", "'s", ".", "-") or not title_case
            for w in source
        ):
            continue
        first = i + 1
        preps = ctx.lex.prep_cues.get(lemma, frozenset())
        prep = next((w.i - line.start for w in line[first:] if w.lower_ in preps), None)
        if prep is not None:
            # "talks to Megyn Kelly about bullying": what was talked about
            first = prep + 1
        elif lemma in ctx.lex.topic_only_cues and not any(ctx.tok_quote[w.i] >= 0 for w in line[first:]):
            continue  # "Ferry talks stall over fares": no topic, no quotation: "talks" is the noun
        elif first < len(line) and line[first].tag_ == "IN" and line[first].lower_ != "that":
            continue  # "Two men charged after clashes": a headline's passive, nothing reported
        if first >= len(line):
            return []
        if prep is None and _object_is_an_act(ctx, lemma, line[first:]):
            continue  # "Carmaker posts record profit": a result booked, nothing said (session 20)
        content = trim(text, line[first].idx, end)
        if content[1] - content[0] < 2:
            return []
        return [
            Draft(
                content=[content],
                cue=(t.idx, t.idx + len(t)),
                source=trim(text, source.start_char, source.end_char, keep_quotes=False),
                cue_token=t.i,
                source_token=source[-1].i,
            )
        ]
    return []


#: Longest source of a headline's closing tag ("sources say", "U.N. monitors say").
_TAG_SOURCE_MAX = 4


def tag_title_draft(ctx: Context) -> Draft | None:
    """ "Pentagon review finds gaps in convoy plan, sources say": a headline (the first
    line, with no full stop) closed by a comma, a short noun phrase and a verb of saying or
    finding reports everything before the comma. Without the full stop the parser often
    hangs the tag inside the headline's own clause ("plan [that] sources say"), so the
    line's verb took the tag into its content."""
    text = ctx.text
    end = text.find("\n")
    end = len(text) if end < 0 else end
    line = ctx.doc.char_span(0, end, alignment_mode="contract")
    if line is None or len(line) < 5 or line[-1].is_punct:
        return None
    verb = line[-1]
    lemma = verb.lemma_.lower()
    if lemma not in ctx.lex.speech_verbs and lemma not in ctx.lex.clause_only_verbs:
        return None
    comma = next((t for t in reversed(line[:-1]) if t.text == ","), None)
    if comma is None or comma.i == line.start:
        return None
    source = ctx.doc[comma.i + 1 : verb.i]
    if not 1 <= len(source) <= _TAG_SOURCE_MAX or not any(t.pos_ in ("NOUN", "PROPN") for t in source):
        return None
    if any(t.pos_ in _CLAUSE_POS or (t.is_punct and t.text != ".") for t in source):
        return None
    if ctx.tok_quote[verb.i] >= 0:
        return None
    return Draft(
        content=[trim(text, line.start_char, comma.idx)],
        cue=(verb.idx, verb.idx + len(verb)),
        source=trim(text, source.start_char, source.end_char, keep_quotes=False),
        cue_token=verb.i,
        source_token=source.root.i,
    )


def _title_verb_lemma(ctx: Context, form: str) -> str | None:
    """The cue verb a headline word is the third-person or past form of ("Promises", "Slams",
    "Denies", "Said"), if any."""
    cues = ctx.lex.cue_verbs
    if form == "said" or form == "says":
        return "say" if "say" in cues else None
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
    return next((c for c in candidates if c in cues and c not in ctx.lex.headline_noun_verbs), None)


def _named_with_gloss(ctx: Context, left: Span, colon: Token) -> Span | None:
    """'Actor Ben Osei, who plays her brother: "I am terrible in the snow."': a line that
    opens with a person's name, glossed after a comma, and gives after its colon one whole
    quotation to the line's end is that person's statement (a list of people each with a
    quote). The name (with a role before it) is the source; None for any other line."""
    text = ctx.text
    comma = next((t for t in left if t.text == ","), None)
    if comma is None or comma.i == left.start:
        return None
    name = ctx.doc[left.start : comma.i]
    if any(t.pos_ in ("VERB", "AUX") for t in name):
        return None
    person = any(e.label_ == "PERSON" and e.start >= name.start and e.end == comma.i for e in ctx.index.ents)
    found = ctx.index.entity_for_span(name[-1].idx, name[-1].idx + len(name[-1]))
    # a name the tagger missed: capitalised words only, none of them a place or a body
    unlabelled = len(name) >= 2 and all(t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON") for t in name)
    if not (person or (found is not None and found.type == "PERSON") or (found is None and unlabelled)):
        return None
    after = text[colon.idx + 1 :]
    nl = after.find("\n")
    line = (after if nl < 0 else after[:nl]).strip()
    if len(line) < 3 or line[0] not in _OPENING_QUOTES or line[-1] not in _CLOSING_QUOTES:
        return None
    k = ctx.quote_at(colon.idx + 1 + after.find(line[0]) + 1)
    if k < 0 or ctx.quotes[k].end < colon.idx + 1 + len(after[: nl if nl >= 0 else len(after)].rstrip()):
        return None  # one quotation, the whole rest of the line
    return name


def _object_is_an_act(ctx: Context, lemma: str, rest: Span) -> bool:
    """Whether the noun heading the words after a headline verb makes the verb an act by
    ``speech_verb_senses.tsv`` ("posts record profit", "concedes late penalty")."""
    senses = ctx.lex.senses
    if not senses.has_rules(lemma):
        return False
    head = next((t for t in rest if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in _MODIFIER_DEPS), None)
    if head is None or head.i - rest.start > 3:
        return False
    if any(t.pos_ in ("ADP", "SCONJ", "PRON", "PUNCT") for t in rest[: head.i - rest.start]):
        return False  # the noun's phrase opens the rest of the line ("record profit")
    kind = senses.noun_class(head)
    # (a thing only: a person or any other noun may be followed by what it is called,
    # "Calls Violence 'Genocide'", which a headline's parse does not show)
    return kind in _THING_CLASSES and senses.sense(lemma, frozenset({"active"}), kind) != STATEMENT
