"""Reading the dependency parse around a cue: lemmas, subjects and the words naming a source.

These helpers repair the small model's usual slips (a lemma, a lost or doubled
subject, a quotation hung on a subject) so the steps can ask simple questions:
who is the subject of this cue, and which words name them?
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.attribution.draft import CLOSING_QUOTES, subtree_span, trim
from newsgraph.attribution.lexicon import AttributionLexicon
from newsgraph.constants import FINITE_TAGS
from newsgraph.docindex import doc_index
from newsgraph.lemmas import proven_e_lemma

#: Subject dependency labels.
SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Links climbed from a subjectless verb towards the clause that has its subject.
_CLIMB = frozenset(
    {"xcomp", "advcl", "conj", "pcomp", "acl", "ccomp", "relcl", "prep", "acomp", "dobj", "pobj"}
)
#: Pronouns that cannot be the speaker of a verb reached by climbing ("saying that it helped").
_INANIMATE = frozenset({"it", "this", "that", "which", "there"})
#: Links from a subjectless verb up to a host whose subject it shares ("joined ... and
#: joked", "booed after telling", "was prompted to say").
_SHARED_SUBJECT_LINKS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep"})
#: Prepositions after a stance adjective whose object is the content ("critical of", "upbeat about").
ADJ_PREPS = frozenset({"of", "about", "with", "on", "to", "over", "for", "in", "toward", "towards"})
#: Named-entity labels of someone who can be addressed or attacked in words.
_ANIMATE_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def lemma(tok: Token) -> str:
    """The token's lemma, mending the small model's slips on cue verbs ("hoping" -> "hop",
    "spared" -> "spar": ``lemmas.proven_e_lemma``)."""
    value = tok.lemma_.lower()
    return proven_e_lemma(value, tok.lower_) or value


def verb_tagged_noun(tok: Token) -> bool:
    """ "The candidate plans to be back ...": the small model tags the verb a noun but parses
    it as one (a subject and a clausal complement of its own)."""
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NNS"
        and any(c.dep_ == "nsubj" for c in tok.children)
        and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
    )


def subject_left(subj: Token) -> int:
    """Index of the subject's first word. The parser sometimes hangs the quotation before a
    subject on it ('"That's a concern," Sarandon told ...'); the subject starts after its
    closing mark."""
    left = subj.left_edge.i
    tokens = doc_index(subj.doc).tokens  # ``doc[i]`` makes a new Token on every access
    for i in range(subj.i - 1, left - 1, -1):
        tok = tokens[i]
        if tok.tag_ == "''" or (tok.is_punct and tok.text in CLOSING_QUOTES):
            return i + 1
    return left


#: Marks that set a relative clause off as non-restrictive.
_SETTING_OFF = frozenset({",", "-", "--", "—", "–", "("})


def source_span(subj: Token, text: str) -> tuple[int, int]:
    """The subject's words, cutting relative clauses and trailing commas off. A restrictive
    relative "that", "which" or "who" names nothing by itself: its words run from the noun
    it stands for ("a super PAC that backed Rubio", "the voters who said"). After a comma
    ("Hamas, which advocates ...") the noun is often part of another statement's words and
    the pronoun stays alone (measured for "who" too in session 11: +1 right of 19,868); a
    "who" after a dash stays alone too."""
    doc = subj.doc
    clause = subj.head
    relative = subj.lower_ in ("that", "which", "who") and clause.dep_ == "relcl"
    if relative and clause.head.pos_ in ("NOUN", "PROPN"):
        noun = clause.head
        left = subject_left(noun)
        # a "who" after a dash or bracket is set off as well ("support -- who cited ...": its
        # own aside); "the study -- which notes" keeps its noun, as before session 11
        set_off = _SETTING_OFF if subj.lower_ == "who" else frozenset({","})
        if left <= noun.i < subj.i and subj.i - noun.i <= 3 and doc[subj.i - 1].text not in set_off:
            return trim(text, doc[left].idx, subj.idx + len(subj), keep_quotes=False)
    left = subject_left(subj)
    verb = _finite_verb_inside(subj, left)
    if verb is not None:
        # "The 24-year-old scored 19 goals ... and said": the parser made a clause of the
        # subject; its words end before the verb the tagger still calls finite
        return trim(text, doc[left].idx, doc[verb.i - 1].idx + len(doc[verb.i - 1]), keep_quotes=False)
    cut = [c for c in subj.children if c.dep_ in ("relcl", "acl") and c.i > subj.i]
    if cut:
        right = min(c.left_edge.i for c in cut) - 1
        right = max(right, subj.i)
        return trim(text, doc[left].idx, doc[right].idx + len(doc[right]), keep_quotes=False)
    s, e = subtree_span(subj)
    return trim(text, max(s, doc[left].idx), e, keep_quotes=False)


def _finite_verb_inside(subj: Token, left: int) -> Token | None:
    """A finite verb the parser hung inside the subject, before its head, as a modifier
    ("The 24-year-old scored 19 goals" read as one noun phrase), after at least one word."""
    return next(
        (t for t in subj.doc[left + 1 : subj.i] if t.tag_ in FINITE_TAGS and t.dep_ in ("amod", "compound")),
        None,
    )


def _reporting_verb_above(verb: Token, lex: AttributionLexicon) -> Token | None:
    """ "The ministry said Armenian units had opened fire, calling it a provocation": a
    saying participle set off by a comma after a reported clause is the reporter's
    comment on it, though the parser hangs it on the clause's own verb (whose subject,
    the units, called nothing). Not when that verb is itself one of saying ("said the
    mayor had told them, calling ...": the inner speaker may go on)."""
    if verb.dep_ not in ("advcl", "conj") or verb.tag_ != "VBG" or verb.i < verb.head.i:
        return None  # (a conj when the parser reads ", calling" as a third coordinated verb)
    if verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    clause = verb.head
    for _ in range(3):
        if clause.dep_ != "conj":
            break
        clause = clause.head
    if clause.dep_ != "ccomp" or {lemma(clause), lemma(verb.head)} & lex.speech_verbs:
        return None
    reporter = clause.head
    return reporter if lemma(reporter) in lex.speech_verbs and reporter.i < clause.i else None


def find_subject(verb: Token, lex: AttributionLexicon) -> Token | None:
    """The verb's subject, climbing through "saying"/"adding"/conjoined verbs when it has none."""
    node: Token = verb
    index = doc_index(verb.doc)
    deps = index.column("dep_")
    passive = any(deps[c] == "auxpass" for c in index.children(verb.i))  # no Token per child
    clause_chain = True
    participle = verb.dep_ in ("advcl", "acl") and (
        verb.tag_ == "VBN"
        # "Asked what ..., Devine said": a sentence-initial past form of a verb addressed to
        # someone, with no subject of its own, is a passive participle whatever its tag
        or (
            verb.tag_ == "VBD"
            and verb.left_edge.i == verb.sent.start
            and not _has_subject(verb)
            and lemma(verb) in lex.addressee_verbs
        )
        or reduced_passive(verb, lex)
    )
    misread = _relative_read_as_complement(verb)
    if misread is not None:
        return misread
    if set_off_participle(verb, lex) is not None:
        return None  # "The minister, asked about it, said": the asker is not named
    if not _has_subject(verb):
        for c in verb.children:
            if c.i < verb.i and c.dep_ in ("ccomp", "advcl"):
                held = set_off_participle(c, lex)
                if held is not None:
                    return held  # "The minister, asked about it, said ...": the minister said
        if verb.dep_ == "dep" and verb.head.i < verb.i:
            held = set_off_participle(verb.head, lex)
            if held is not None:
                return held  # (the parser hung "said" on "asked" as an unlabelled dependent)
    if participle and not any(c.dep_ == "aux" for c in verb.children):
        # "Asked if he would run, Smith said no": the main clause's subject was asked, the
        # asker is unnamed; only a by-phrase names the source
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if (
        verb.dep_ == "conj"
        and verb.head.dep_ == "ccomp"
        and lemma(verb.head.head) in lex.cue_verbs
        and not any(c.dep_ in SUBJ for c in verb.children)
    ):
        # "said Trump is a faker and questioned ...": the conjoined verb belongs to the speaker,
        # not to the subject of the complement the parser hung it on
        node = verb.head.head
    elif (reporter := _reporting_verb_above(verb, lex)) is not None:
        node = reporter
    judged = _judged_object(verb)
    if judged is not None:
        return judged if can_speak(judged, lex) else None
    for _ in range(4):
        agent = None
        # two subjects (the parser ran a previous line into the clause): the nearer one
        children = sorted(node.children, key=lambda c: abs(c.i - node.i) if c.dep_ in SUBJ else 0)
        for c in children:
            if c.dep_ in ("nsubj", "csubj"):
                if node.i != verb.i and c.lower_ in _INANIMATE and not _participle_of_main_clause(verb, node):
                    # "saying that it helped, while criticizing ...": "it" did not criticize;
                    # the subject of the sentence's own verb does what its participle
                    # says ("It declined, citing the costs": "it" stands for a body or a
                    # text named before)
                    break
                return _publisher(c, lex) or c
            if c.dep_ == "agent":
                agent = next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.dep_ == "nsubjpass" and node.lemma_ in ("quote", "cite"):
                # "X was quoted as saying": the passive subject is the speaker
                return c
        if node.i != verb.i and not passive and clause_chain:
            shared = next((c for c in node.children if c.dep_ == "nsubjpass"), None)
            if shared is not None and can_speak(shared, lex):
                # "Kowal was joined on stage by Ortiz and joked ...", "was booed by the crowd
                # after telling ...": an active verb hung on a passive one shares its
                # grammatical subject; the by-phrase names who did the passive act only
                return shared
        if agent is not None:
            return agent
        if any(c.dep_ == "nsubjpass" for c in node.children):
            return None
        if node.dep_ in _CLIMB and node.head.i != node.i:
            if node.dep_ == "relcl":
                return None
            # a verb shares its host's subject only through clause links, never through a
            # noun ("interviewed about Pope Francis calling ...": Francis calls)
            shares = node.dep_ in _SHARED_SUBJECT_LINKS and not _gerund_with_subject(node)
            clause_chain = clause_chain and shares
            node = node.head
            continue
        return None
    return None


#: Prepositions that give the reason a person is judged, punished or praised ("expelled X
#: for saying ...", "fined X over remarks").
_REASON_PREPS = frozenset({"for", "over"})


def _judged_object(verb: Token) -> Token | None:
    """ "The party expelled Kowalski for saying the vote was rigged": a gerund with no
    subject of its own, in a reason phrase on a verb with an object, is what that object
    did (Kowalski said it, not the party). None where the shape differs."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or _has_subject(verb):
        return None
    prep = verb.head
    if prep.dep_ != "prep" or prep.lower_ not in _REASON_PREPS or prep.head.pos_ != "VERB":
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)


def _participle_of_main_clause(verb: Token, host: Token) -> bool:
    """Whether ``verb`` is a participle set off after the sentence's own verb ("it declined,
    citing ...", "it goes on to fault ..., saying ..."), not a clause in a reported one nor
    an infinitive after "it is hard to ..."."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < host.i:
        return False
    if verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != "," or lemma(host) == "be":
        return False
    while host.dep_ == "conj" and host.head.i != host.i:
        host = host.head
    return host.dep_ == "ROOT"


def _relative_read_as_complement(verb: Token) -> Token | None:
    """ "Ruiz, meanwhile, who has no such endorsements, said ...": the parser read the
    relative clause set off by commas as a complement clause before the cue, with both the
    noun and the relative pronoun as its subjects, and left the cue with none. The noun
    before ", who" (or ", which") is the cue's subject. The same slip on an apposition or a
    relative clause whose verb the parser took for the clause's own ("Ana Ruiz, a nurse
    helping to run the strike, said she ...", "Ruiz, whose firm uses ..., said ..."): the
    clause's subject noun, set off by a comma, is the cue's subject when the cue has its
    own complement after it and the clause ends at the comma before the cue."""
    if _has_subject(verb):
        return None
    doc = verb.doc
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i:
            continue
        subjects = sorted((c for c in clause.children if c.dep_ == "nsubj"), key=lambda c: c.i)
        relative = next((c for c in subjects if c.lower_ in ("who", "which")), None)
        if relative is not None and relative.i > 0 and doc[relative.i - 1].text == ",":
            noun = next((c for c in subjects if c.i < relative.i and c.pos_ in ("NOUN", "PROPN")), None)
            if noun is not None:
                return noun
        noun = _set_off_subject(verb, clause, subjects)
        if noun is not None:
            return noun
    return None


def _set_off_subject(verb: Token, clause: Token, subjects: list[Token]) -> Token | None:
    """The first subject of a clause before a subjectless cue when it is a noun set off by a
    comma (an apposition or relative clause follows it), the clause closes with a comma
    right before the cue (an adverb such as "also" may stand between) and the cue has a
    complement clause of its own after it: then the clause is the subject's description."""
    doc = verb.doc
    if not subjects or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    noun = subjects[0]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    k = verb.i - 1
    while k > clause.i and doc[k].pos_ == "ADV" and doc[k].head.i == verb.i:
        k -= 1
    if doc[k].text != "," or clause.right_edge.i >= verb.i:
        return None
    return noun


def _publisher(subj: Token, lex: AttributionLexicon) -> Token | None:
    """ "Sen. Ruiz released a video that accuses ...", "the paper ran a piece that noted ...":
    a restrictive "that"/"which" whose noun was put out (released, issued, published, ...)
    by someone named as the subject of that verb: the document speaks for them, and they
    are the source. None for any other subject."""
    if subj.lower_ not in ("that", "which") or subj.head.dep_ != "relcl":
        return None
    noun = subj.head.head
    if noun.dep_ not in ("dobj", "obj") or subj.i == 0 or subj.doc[subj.i - 1].text == ",":
        return None
    put_out = noun.head
    if put_out.pos_ != "VERB" or lemma(put_out) not in lex.publishing_verbs:
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i < subj.i for c in noun.children):
        return None  # "released a letter from his doctor that says ...": the letter names its author
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in put_out.children):
        return None
    publisher = next((c for c in put_out.children if c.dep_ == "nsubj"), None)
    if publisher is None or publisher.lower_ in _INANIMATE:
        return None
    return publisher


#: Subordinators of a reduced passive clause ("when asked about ...", "if pressed").
_REDUCED_MARKS = frozenset({"when", "if", "after", "before", "while", "once", "until", "unless"})


def reduced_passive(verb: Token, lex: AttributionLexicon) -> bool:
    """ "..., the mayor said when asked what ...", "said, asked about the delay": a past form
    of a verb addressed to someone (asked, pressed), with no subject and no object of its
    own, after "when"/"if" or a comma, is a passive participle whatever its tag: the
    host's subject was asked, and the asker is not named."""
    if verb.tag_ != "VBD" or _has_subject(verb) or lemma(verb) not in lex.addressee_verbs:
        return False
    if any(c.dep_ in ("dobj", "obj", "dative", "agent") for c in verb.children):
        return False
    marked = any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _REDUCED_MARKS and c.i < verb.i for c in verb.children
    )
    return marked or (verb.left_edge.i == verb.i and verb.i > 0 and verb.doc[verb.i - 1].text == ",")


def set_off_participle(verb: Token, lex: AttributionLexicon) -> Token | None:
    """ "The minister, asked about the scheme on Tuesday, said ...": a past form of a verb
    addressed to someone, set off by commas right after a noun phrase and right before the
    verb the parser made it a complement of, is a passive participle on that noun phrase,
    which the parser took for its subject. The noun phrase (the host verb's subject) or None."""
    if verb.tag_ not in ("VBD", "VBN") or lemma(verb) not in lex.addressee_verbs:
        return None
    doc = verb.doc
    if verb.dep_ in ("ccomp", "advcl"):
        host = verb.head
    else:
        # "The master, asked about it, said ...", read as "asked ..., said" conjoined (or
        # with "said" an unlabelled dependent: "Meloni, asked about the case, said ...")
        found = next(
            (c for c in verb.children if c.dep_ in ("conj", "dep") and c.i > verb.i and not _has_subject(c)),
            None,
        )
        if found is None:
            return None
        host = found
    if host.i <= verb.i or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("dobj", "obj", "dative", "ccomp") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.right_edge.i not in (verb.i - 2, verb.i - 1):
        return None
    end = max((c.right_edge.i for c in verb.children if c.i < host.i and c.dep_ != "conj"), default=verb.i)
    if end == host.i - 1 and doc[end].text == ",":
        end -= 1  # (the closing comma hung on the participle)
    if end + 2 != host.i or doc[end + 1].text != ",":
        return None
    return subject


def _has_subject(verb: Token) -> bool:
    index = doc_index(verb.doc)
    deps = index.column("dep_")  # the children's relations by index: no Token per child
    return any(deps[c] in SUBJ for c in index.children(verb.i))


def _gerund_with_subject(verb: Token) -> bool:
    """ "about Pope Francis calling Christmas a sham": a gerund right after a noun has that
    noun as its subject, wherever the parser hung it."""
    return verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN")


def can_speak(subject: Token, lex: AttributionLexicon) -> bool:
    """A name, a person noun or pronoun (``SenseTable.noun_class``), or a noun with a name
    in apposition ("the comedian Dana Kowal"): a subject that can be the speaker of a verb
    it shares ("The plan was attacked by the unions, saying ..." is no plan speaking; that
    stays with the by-phrase)."""
    return (
        subject.pos_ == "PROPN"
        or subject.ent_type_ in ("PERSON", "ORG", "NORP")
        or lex.senses.noun_class(subject) == "person"  # person nouns and pronouns alike
        or any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in subject.children)
    )


def shared_passive_subject(verb: Token) -> Token | None:
    """The subject a passive cue shares with the verb it is coordinated with ("He served as
    mayor and is expected to visit ..."): what is expected, not who expects it."""
    index = doc_index(verb.doc)
    deps = index.column("dep_")  # the verb's own children by index: no Token per child
    if deps[verb.i] != "conj":
        return None
    kids = [deps[c] for c in index.children(verb.i)]
    if "auxpass" not in kids or any(dep in ("nsubj", "nsubjpass", "agent") for dep in kids):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def stance_participle(tok: Token, adjectives: frozenset[str]) -> bool:
    """ "She is convinced that ...", "he was assured of winning": a stance adjective the
    tagger read as a passive participle; its subject holds the stance."""
    return (
        tok.tag_ == "VBN"
        and tok.lower_ in adjectives
        and any(c.dep_ == "nsubjpass" for c in tok.children)
        and any(c.dep_ == "auxpass" for c in tok.children)
        and any(
            (c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in ADJ_PREPS)) and c.i > tok.i
            for c in tok.children
        )
    )


def verbal_use(verb: Token, lex: AttributionLexicon) -> bool:
    """Whether a verb that also names a physical act ("attack", "hit") is a statement: it
    reports words (a clause or a reason: "attacked Clinton over her emails", "slammed the
    plan as reckless") or is aimed at a person or body, not at a thing or place, or at
    something said or held (a content noun: "blasted the statement", "slammed the
    proposal") or someone's doing ("slamming his proposed ban", "attacked the senator's
    record"): a thing of a person's is criticised, a thing alone may be struck."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp"):
            return True
        if child.dep_ == "prep" and child.lower_ in ("for", "over", "as"):
            return True
        if child.dep_ not in ("dobj", "obj"):
            continue
        animate = child.ent_type_ in _ANIMATE_LABELS or child.pos_ in ("PRON", "PROPN")
        if animate or _said_or_done_by_someone(child, lex):
            return True
    return False


def _said_or_done_by_someone(obj: Token, lex: AttributionLexicon) -> bool:
    """An object that is something said or held (``noun_classes.tsv`` content), or a
    non-place thing possessed by a person ("his proposed ban", "Obama's approach")."""
    table = lex.senses
    if obj.pos_ != "NOUN":
        return False
    kind = table.noun_class(obj)
    if kind == "content":
        return True
    if kind in ("place", "person", "artifact"):
        return False
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    return owner is not None and table.noun_class(owner) == "person"


def purpose_infinitive(verb: Token, lex: AttributionLexicon) -> bool:
    """ "raised rates to defend the currency", "flew to Paris in order to support the
    guards", "met him to discuss the crossing (and to thank ...)": a to-infinitive of
    purpose on a verb that reports nothing is what the subject meant to do, not something
    said; its object is a thing acted on. An infinitive on a cue verb ("vowed to defend",
    "used his address to call": an open complement) is that verb's content instead."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "to support the guards and to thank their families"
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i < node.i for c in node.children):
        return False
    host = node.head
    if node.dep_ == "acl":
        # "in order to": the infinitive hangs on "order"
        return host.lower_ == "order" and host.dep_ == "pobj" and host.head.lower_ == "in"
    return node.dep_ == "advcl" and host.pos_ in ("VERB", "AUX") and lemma(host) not in lex.cue_verbs
