"""Binding and forward reference for the pronoun rules (step 6 of the entities stage).

Where the syntax of a pronoun's own sentence settles who it cannot mean, or may mean
ahead of its clause:

- ``clause_subject_cluster``: an object pronoun is not the subject of its own clause, nor
  the subject its subjectless participle or infinitive takes over (``controlling_verb``:
  "Ruiz tried to stop him", "Ruiz left, telling him ...");
- ``in_fronted_participle`` and ``inside_relative_clause_of``: a name in a fronted
  participle clause is not the subject pronoun after it; a noun is not a "they" inside
  its own relative clause;
- ``cataphora_subject``: the later named subject a pronoun in a fronted adverbial clause
  or prepositional phrase may point forward to ("When she arrived, Merkel said",
  "In her first season, Okafor scored");
- ``complement_named``: a subject he/she is none of the people named close after it in a
  complement clause of its own verb ("He argues that Thale ...", Principle C, narrowly);
- ``relative_owner``: the he/she owning a noun in a "who" relative clause's object or a
  phrase of it is the named head of the clause ("Quill, who announced her resignation",
  "Lund, who wrote most of his plays in exile"), with no other person between;
- ``own_subject_mention``, ``own_owner``, ``predicate_noun_subject``: a possessive he/she
  is bound to its own clause's subject before "own" ("run his own campaign"), and is not
  the subject whose predicate noun it owns ("was named his deputy");
- ``quote_before_speech``, ``speaker_after_quote``: the he/she saying a quote that opens
  its sentence is none the quote refers to, and continues the previous sentence's
  main-clause subject ('X was angry when Y was fouled. "...," he said').

``pronouns`` (the antecedent choice) calls these; they read only the parse and the
``EntityState``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsgraph.constants import FINITE_TAGS, PERSONAL_PRONOUNS, QUOTE_MARK_TOKENS, SUBJECT_DEPS
from newsgraph.docindex import doc_index
from newsgraph.entities.name_words import person_noun
from newsgraph.entities.state import EntityState, MentionDraft
from newsgraph.phrases import pronoun_gender

#: Whether a candidate mention (in a cluster) agrees with the pronoun in hand.
Agrees = Callable[[MentionDraft, int], bool]

#: Tags of a participle heading a subjectless adjunct clause ("Placed ...", "Seeing ...").
_PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
#: Non-finite verb forms whose understood subject is the subject of the verb they attach to.
_NONFINITE_TAGS = frozenset({"VB", "VBG", "VBN"})
#: Prepositions of place: a pronoun after them may be the clause's own subject.
_PLACE_PREPOSITIONS = frozenset(
    {"near", "behind", "beside", "around", "above", "below", "under", "over", "beneath", "next"}
)


def inside_relative_clause_of(pron: Token, noun: Token) -> bool:
    """Whether ``pron`` sits in a relative clause that modifies ``noun`` ("the people
    (whom) they met"): a noun phrase does not contain a pronoun that means it."""
    tok = pron
    for _ in range(6):
        parent = tok.head
        if parent.i == tok.i:
            return False
        if tok.dep_ == "relcl" and parent.i == noun.i:
            return True
        tok = parent
    return False


def clause_subject_cluster(state: EntityState, pron: Token) -> int:
    """The referent of the subject of an object pronoun's own clause, or -1: "Pachomius
    called on him" and "X forgave Y and allowed him to stay" (the subject shared by
    coordinated verbs) — him is not that subject, by any of its names; nor the subject
    that a subjectless participle or infinitive takes over ("Ruiz left, telling him
    ...": session 19, ``controlling_verb``). A pronoun in a place phrase may be ("she
    saw a snake near her"), so those prepositions stop."""
    verb = pron.head
    if pron.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ not in _PLACE_PREPOSITIONS:
        verb = verb.head
    controlled = False
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            if subject.i == pron.i:
                return -1
            mention = state.referring_at(subject.i, groups=True)
            return state.find(mention.cluster) if mention is not None and mention.cluster >= 0 else -1
        if verb.dep_ == "conj" and not controlled:
            verb = verb.head
            continue
        # Control: once, to a verb with a subject of its own (not on through coordination,
        # where the parse of a long sentence often errs), and not for a phrase's object
        # ("she took the book to carry around with her": her may be the she who took it).
        controller = controlling_verb(state, verb) if pron.dep_ != "pobj" and not controlled else None
        if controller is None:
            return -1
        verb, controlled = controller, True
    return -1


#: Object-case forms of the third-person pronouns ("her" also owns: only its PRP tag counts).
_OBJECT_CASE = frozenset({"him", "her", "them"})


def object_case_subject(pron: Token) -> Token | None:
    """For an object-case pronoun the parse makes a clause's subject ("Ruiz allowed him to
    stay", "Ruiz let her go", "Ruiz watched them leave"), the verb it is really the object
    of (allowed, let, watched); None for any other pronoun. Nobody says "Ruiz allowed him
    to stay" of Ruiz staying ("himself"), so the verb's subject is not the pronoun, and
    "X said he ..." (the reporting verb's subject) is no shortcut for it."""
    if pron.lower_ not in _OBJECT_CASE or pron.tag_ != "PRP" or pron.dep_ not in SUBJECT_DEPS:
        return None
    verb = pron.head
    if verb.dep_ not in {"ccomp", "xcomp"} or verb.head.i == verb.i or verb.i < pron.i:
        return None
    if verb.tag_ != "VB":
        return None  # only before an infinitive: "found her calling" is her own calling
    return verb.head


def subject_cluster_of(state: EntityState, verb: Token) -> int:
    """The referent of ``verb``'s subject (or of the first conjunct's, for a verb joined to
    one that has it: "X forgave Y and let him stay"), or -1."""
    for _ in range(2):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            mention = state.referring_at(subject.i, groups=True)
            return state.find(mention.cluster) if mention is not None and mention.cluster >= 0 else -1
        if verb.dep_ != "conj":
            return -1
        verb = verb.head
    return -1


def controlling_verb(state: EntityState, verb: Token) -> Token | None:
    """The verb whose subject is also the understood subject of ``verb``, a subjectless
    participle or infinitive: "Ruiz left the room, telling him ...", "Ruiz tried to stop
    him", "after meeting him, Ruiz ...". None when an infinitive's verb has an object,
    which may be the understood subject instead ("Ruiz asked Ode to help him", "Ruiz needs
    voters to trust him"), when that verb is passive ("Ruiz was appointed, giving her the
    rank": the appointment gives), or when the participle is one that often takes the
    whole event as its subject (``entities_event_participles.txt``: "Ruiz won, giving her
    the seat")."""
    head = verb.head
    if head.i == verb.i or verb.tag_ not in _NONFINITE_TAGS:
        return None
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and verb.tag_ == "VBG":
        head = head.head
    elif verb.dep_ not in {"advcl", "xcomp"}:
        return None
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in state.words.event_participles:
        return None
    if (
        verb.tag_ == "VB"
        and head.lemma_.lower() in state.words.calling_verbs
        and verb.lemma_.lower() in state.words.any_speech_verbs
    ):
        return head  # "he called Mahama to congratulate him": the caller congratulates
    objects = {"nsubjpass"} if verb.tag_ in {"VBG", "VBN"} else {"dobj", "dative", "nsubjpass"}
    if any(c.dep_ in objects for c in head.children):
        return None
    return head


def in_fronted_participle(head: Token, pron: Token) -> bool:
    """ "Placed in the care of Dr. Bailey, he was encouraged ...": a participle clause with
    no subject of its own, fronted before a subject pronoun, has that pronoun as its
    understood subject, so a name inside it is someone else (he would be "himself")."""
    index = doc_index(pron.doc)
    heads, deps = index.heads(), index.column("dep_")  # the walk up reads ints, makes no Token
    verb = heads[pron.i]
    tok = head.i
    for _ in range(8):
        if deps[tok] == "advcl" and heads[tok] == verb and tok < pron.i:
            node = index.tokens[tok]
            return node.tag_ in _PARTICIPLE_TAGS and not any(c.dep_ in SUBJECT_DEPS for c in node.children)
        parent = heads[tok]
        if parent == tok:
            return False
        tok = parent
    return False


def cataphora_subject(state: EntityState, pron: Token, agrees: Agrees) -> MentionDraft | None:
    """ "When she arrived, Merkel said ...": a pronoun in a fronted adverbial clause (or,
    for a he/she, a fronted prepositional phrase: ``fronted_phrase_subject``) may point
    forward to the main clause's named subject (the only cataphora we allow)."""
    # The walk up reads indices and the dep_/pos_ columns (``Token.head`` and
    # ``Token.children`` make a new Token at every step).
    index = state.index
    heads, deps, pos = index.heads(), index.column("dep_"), index.column("pos_")
    clause = heads[pron.i]
    for _ in range(6):
        head = heads[clause]
        if deps[clause] == "prep" and clause < head and pos[head] in {"VERB", "AUX"}:
            found = fronted_phrase_subject(state, pron, state.tokens[clause], agrees)
            if found is not None:
                return found
        if deps[clause] == "advcl" and clause < head:
            subject = next((c for c in index.children(head) if deps[c] in SUBJECT_DEPS and c > pron.i), None)
            if subject is None:
                return None
            mention = state.token_mention.get(subject)
            return mention if mention is not None and mention.kind == "name" else None
        if head == clause:
            return None
        clause = head
    return None


def fronted_phrase_subject(
    state: EntityState, pron: Token, prep: Token, agrees: Agrees
) -> MentionDraft | None:
    """ "In her first season, Okafor scored 20 goals", "Without telling his staff, Ruiz
    resigned": a he/she inside a prepositional phrase fronted before its clause's named
    subject may point forward to that subject, as in a fronted adverbial clause. Not when
    the phrase is a topic ("Of her signing, the coach said", "As to his rival, ..."), the
    noun the pronoun owns names someone else's stand-in, absence, wish or death ("In his
    absence", "On his advice", ``entities_other_owner_nouns.txt``), the subject follows its
    verb ("Among her clients were ..."), or, for a concessive phrase only ("Despite his
    talent, Futrelle refused ...": ``_concessive``), a subject of the previous sentence (of
    any of its clauses: the parse of a long sentence may miss its main one) or a pronoun
    there is another referent the pronoun could mean: it then more likely continues that
    one. Other phrases point forward past such a referent (session 23: on GAP development
    that guard, held for every phrase, cost 40 right links for 1)."""
    if prep.lower_ in {"of", "as"} or pron.lower_ not in PERSONAL_PRONOUNS:
        return None
    if pron.dep_ == "poss" and pron.head.lemma_.lower() in state.words.other_owner_nouns:
        return None
    main = prep.head
    subject = next((c for c in main.children if c.dep_ in SUBJECT_DEPS and pron.i < c.i < main.i), None)
    mention = state.token_mention.get(subject.i) if subject is not None else None
    if mention is None or mention.kind != "name" or mention.cluster < 0:
        return None
    chosen = state.find(mention.cluster)
    sent = state.sent_of[pron.i]
    if sent > 0 and _concessive(state, prep):
        for tok in state.tokens[state.sent_starts[sent - 1] : state.sent_starts[sent]]:
            if tok.dep_ not in SUBJECT_DEPS and tok.i not in state.pronoun_at:
                continue
            topic = state.referring_at(tok.i)
            if topic is None or topic.cluster < 0:
                continue
            cluster = state.find(topic.cluster)
            if cluster != chosen and agrees(topic, cluster):
                return None
    return mention


def _concessive(state: EntityState, prep: Token) -> bool:
    """Whether a fronted phrase concedes ("Despite his talent", "In spite of her record",
    ``entities_concessive_words.txt``): its owner is then as often someone the previous
    sentence was about (whom the main clause acts on) as the clause's subject."""
    words = state.words.concessive_words
    if prep.lower_ in words:
        return True
    return any(c.dep_ == "pobj" and c.lower_ in words for c in prep.children)


#: How far after a subject pronoun a name in its complement clause may stand (tokens): past
#: that the parse of a run-on passage (captions, bullet lists, a quote the sentence
#: splitter joined to the next sentence) too often hangs a later sentence on the verb.
_COMPLEMENT_REACH = 12

#: Tokens that end the stretch a complement clause is read over: a quote, a dash, a line.
_COMPLEMENT_STOPS = QUOTE_MARK_TOKENS | {"-", "–", "—", ":"}


def complement_named(state: EntityState, pron: Token) -> frozenset[int]:
    """The referents named in a complement clause of a subject pronoun's own verb ("He
    argues that Zechariah reigned longer", "She says Trump is unfit"): the pronoun is none
    of them (a person speaks of themselves as "he", not by name). Only a ``ccomp`` of its
    own verb, after the pronoun, and only names within ``_COMPLEMENT_REACH`` tokens with no
    quote, dash, colon or line break before them: a name in a clause the pronoun does not
    govern ("Although he toured, Zorn ...") or past a break the parse ran over may still be
    the pronoun's."""
    index = state.index
    deps = index.column("dep_")
    if deps[pron.i] not in SUBJECT_DEPS:
        return frozenset()
    lowers = index.column("lower_")
    end = min(pron.i + _COMPLEMENT_REACH + 1, len(state.tokens))
    for i in range(pron.i + 1, end):
        if lowers[i] in _COMPLEMENT_STOPS or "\n" in lowers[i]:
            end = i
            break
    verb = index.heads()[pron.i]
    stack = [c for c in index.children(verb) if pron.i < c < end and deps[c] == "ccomp"]
    found: set[int] = set()
    while stack:
        i = stack.pop()
        mention = state.token_mention.get(i)
        if mention is not None and mention.kind == "name" and mention.cluster >= 0 and mention.end <= end:
            found.add(state.find(mention.cluster))
        stack.extend(c for c in index.children(i) if c < end)
    return frozenset(found)


#: Relations walked up from the noun a he/she owns to the relative clause's verb: its object,
#: a prepositional phrase, a non-finite complement ("who began selling most of his land",
#: "who inherited the recipes of her grandmother"). Not through a predicate adjective ("who
#: was interested in his inventions": another's as often as not) nor a finite clause.
_RELATIVE_PATH = frozenset({"dobj", "pobj", "prep", "xcomp", "pcomp"})


def relative_owner(state: EntityState, pron: Token) -> MentionDraft | None:
    """ "Varga, who announced her resignation on Monday", "the uncle of Cooper, who received
    his education in Delft", "Lund, who wrote most of his plays in exile": a he/she
    owning a noun inside a relative clause whose subject is "who" is the person the clause
    describes (its subject), the named noun the clause modifies or the name a described
    noun stands in apposition to ("Rhea Tamm, a farmer who sold her goats"). The owned
    noun the relative verb's object, or inside a phrase or non-finite complement of it
    (``_RELATIVE_PATH``); not when another person is named or referred to by a he/she
    between the clause and the pronoun ("who helped Matthews write his memoir" is
    Matthews's memoir as often as not)."""
    if pron.dep_ != "poss":
        return None
    index = state.index
    heads, deps, lowers = index.heads(), index.column("dep_"), index.column("lower_")
    verb = heads[pron.i]
    for _ in range(6):
        if deps[verb] == "relcl" or deps[verb] not in _RELATIVE_PATH or heads[verb] == verb:
            break
        verb = heads[verb]
    if deps[verb] != "relcl" or verb > pron.i:
        return None
    if not any(deps[c] in SUBJECT_DEPS and lowers[c] == "who" for c in index.children(verb)):
        return None
    head = heads[verb]
    mention = state.token_mention.get(head)
    if (mention is None or mention.kind != "name") and deps[head] == "appos":
        mention = state.token_mention.get(heads[head])  # "Tamm, a farmer who ...": Tamm
    if mention is None or mention.kind != "name" or mention.cluster < 0:
        return None
    return mention if not _person_between(state, pron, mention, head) else None


def _person_between(state: EntityState, pron: Token, mention: MentionDraft, head: int) -> bool:
    """Whether another person stands between the noun a relative clause modifies and the
    he/she inside it: a name of a person's cluster or one the tagger calls a person, or a
    he/she/him/her of the pronoun's gender."""
    tokens, lowers = state.tokens, state.index.column("lower_")
    chosen = state.find(mention.cluster)
    gender = pronoun_gender(pron.lower_)
    for i in range(max(head, mention.end - 1) + 1, pron.i):
        if mention.start <= i < mention.end:
            continue
        other = state.token_mention.get(i)
        if other is not None and other.cluster >= 0:
            cluster = state.find(other.cluster)
            if cluster != chosen and state.is_person(cluster):
                return True
        elif tokens[i].ent_type_ == "PERSON":
            return True
        if lowers[i] in PERSONAL_PRONOUNS and pronoun_gender(lowers[i]) == gender:
            return True
    return False


def quote_before_speech(state: EntityState, pron: Token) -> tuple[int, int] | None:
    """The quote a he/she is the subject of a verb of saying right after ('"It was a foul,"
    he said'), as its first token and its closing mark, when that quote opens its sentence;
    else None. Whoever says it calls themselves "I": the pronoun is none of the people the
    quote refers to by name or as he/she."""
    if pron.lower_ not in PERSONAL_PRONOUNS or pron.dep_ != "nsubj":
        return None
    if pron.head.lemma_.lower() not in state.words.speech_verbs:
        return None
    quoted = state.quoted_tokens()
    tokens = state.tokens
    close = pron.i - 1
    while close >= 0 and tokens[close].is_punct and tokens[close].text not in QUOTE_MARK_TOKENS:
        close -= 1  # the comma before the closing mark, or after it
    if close < 1 or tokens[close].text not in QUOTE_MARK_TOKENS or pron.i - close > 3:
        return None
    opening = close - 1
    while opening > 0 and quoted[opening - 1]:
        opening -= 1
    if opening >= close - 1:
        return None  # no quoted words before the closing mark
    if opening - state.sent_starts[state.sent_of[opening]] > 1:
        return None  # a quote in mid-sentence may belong to its own lead-in
    return opening, close


def speaker_after_quote(state: EntityState, pron: Token, quote: tuple[int, int]) -> MentionDraft | None:
    """ 'Flick was angry when Lewandowski was brought down. "It was a foul," he said': the
    he/she subject of a verb of saying right after a quote that opens its sentence
    (``quote_before_speech``) continues the subject of the previous sentence's main clause,
    not a person named in a clause embedded in it (a "when"/"after"/"because" clause, a
    passive there): the one a paragraph is about is the one who then speaks. Returns that
    subject's mention (a name, a description or a pronoun already linked), or None."""
    subject = _previous_main_subject(state, quote)
    if subject is None:
        return None
    mention = state.referring_at(subject.i)
    if mention is None:
        appos = next((c for c in subject.children if c.dep_ == "appos"), None)
        mention = state.token_mention.get(appos.i) if appos is not None else None
    return mention if mention is not None and mention.cluster >= 0 else None


def unnamed_speaker_of_quote(state: EntityState, quote: tuple[int, int]) -> bool:
    """ 'A rescue official said the climber was experienced. "He knows these hills," he
    said': the previous sentence's main clause is a verb of saying whose subject is a
    person noun (a role, a kinship or gendered noun: the lexicons ``unnamed`` reads too)
    that no referent holds and no name stands in apposition to; the he/she after the quote
    most likely continues that speaker, who is no mention, and a named person further back
    is a guess. Any other unnamed subject ("one questioner claimed ...", then the
    candidate's reply) is left to the rules."""
    subject = _previous_main_subject(state, quote)
    if subject is None or subject.pos_ != "NOUN" or any(c.dep_ == "appos" for c in subject.children):
        return False
    if subject.head.lemma_.lower() not in state.words.speech_verbs:
        return False
    if not person_noun(state, subject):
        return False
    if _runs_over_a_line_break(state, subject):
        return False  # "14:30 — Regional leader asks army for help\nThe president, Carlos Mazón, asked ..."
    mention = state.referring_at(subject.i)
    return mention is None or mention.cluster < 0


def _runs_over_a_line_break(state: EntityState, subject: Token) -> bool:
    """Whether the subject's sentence runs over a line break after it (a heading line the
    parser ran into the paragraph under it, "10:15 — Regional chief asks for troops\nThe
    governor, Lina Vortas, asked ..."): the speaker before the quote is then the
    paragraph's, not the heading's role noun."""
    sent = subject.sent
    return "\n" in state.text[subject.idx : sent[-1].idx]


def _previous_main_subject(state: EntityState, quote: tuple[int, int]) -> Token | None:
    """The subject of the main clause of the sentence before the one ``quote`` opens (not
    inside a quote itself), or None."""
    tokens = state.tokens
    sent = state.sent_of[quote[0]]
    if sent == 0:
        return None
    root = tokens[state.sent_starts[sent - 1]].sent.root
    if state.quoted_tokens()[root.i] or state.sent_of[root.i] != sent - 1:
        return None
    return next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)


#: Relations walked up from the noun a possessive owns to the verb of its clause: an object
#: or a prepositional phrase ("took over his post", "won on her debut"). Not a predicate
#: noun: "Ivo was named her deputy", "Ode is her friend" are another's.
_OWNED_PATH = frozenset({"dobj", "pobj", "prep", "dative", "npadvmod", "agent"})


def _personal_possessive(pron: Token) -> bool:
    """A his/her owning a noun ("his coach", "her deputy")."""
    return pron.dep_ == "poss" and pron.tag_ == "PRP$" and pron.lower_ in PERSONAL_PRONOUNS


def own_subject_mention(state: EntityState, pron: Token) -> MentionDraft | None:
    """For a he/she owning a noun in its clause's object or a phrase of it ("Sorel scolded
    her trainer", "the coat that Kovac bought for her daughter"), the mention of that
    clause's subject (of the first conjunct's, for coordinated verbs; the controller's, for
    a subjectless infinitive: "Ode has to pay his debts"), or None. Not for an owned
    subject ("his coach said"), and not past a clause boundary. (Session 24 tried it as a
    preference of the pronoun scorer: GAP F1 +0.003 but bias 0.977 -> 0.953 on validation
    and 0.948 on development, under the 0.95 floor; it serves ``own_owner`` only.)"""
    if not _personal_possessive(pron):
        return None
    tok = pron.head
    for _ in range(5):
        if tok.pos_ in {"VERB", "AUX"}:
            break
        if tok.dep_ not in _OWNED_PATH or tok.head.i == tok.i:
            return None
        tok = tok.head
    else:
        return None
    controlled = False
    for _ in range(3):
        subject = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return state.referring_at(subject.i) if subject.i < pron.i else None
        if tok.dep_ == "conj" and not controlled:
            tok = tok.head
            continue
        controller = controlling_verb(state, tok) if not controlled else None
        if controller is None:
            return None
        tok, controlled = controller, True
    return None


def own_owner(state: EntityState, pron: Token) -> MentionDraft | None:
    """ "Ode would have to pay for his own lawyers": a he/she before "own" is
    the subject of its own clause (``own_subject_mention``), bound like a reflexive."""
    index = state.index
    if pron.i + 1 >= len(state.tokens) or index.column("lower_")[pron.i + 1] != "own":
        return None
    mention = own_subject_mention(state, pron)
    return mention if mention is not None and mention.cluster >= 0 else None


def predicate_noun_subject(state: EntityState, pron: Token) -> frozenset[int]:
    """The subject a he/she owning its clause's predicate noun is not ("Ilves was named her
    deputy", "Brandt became his deputy", "Ode is her mother"): the predicate describes
    the subject by its relation to another person. Not for "her own" ("she was her own
    worst critic")."""
    noun = pron.head
    if not _personal_possessive(pron):
        return frozenset()
    if noun.dep_ not in {"attr", "oprd"} or any(c.lower_ == "own" for c in noun.children):
        return frozenset()
    cluster = subject_cluster_of(state, noun.head)
    return frozenset({cluster}) if cluster >= 0 else frozenset()


#: Words that may stand between a name and the his/her of a noun coordinated with it.
_COORDINATING = frozenset({"and", ","})
def conjunct_owner(state: EntityState, pron: Token) -> MentionDraft | None:
    """ "refused to meet Pavel Novak and his lawyers", "praised Anna Weiss and her staff",
    "Patricia and her husband Arthur": a his/her owning a noun coordinated right after a
    person (named or described) means that person, whoever else the sentence names. Only
    "and" (with a comma) between the two, so the owned noun is the person's own
    conjunct, not a later clause's; the person comes first (the pronoun looks back)."""
    if not _personal_possessive(pron):
        return None
    noun = pron.head
    if noun.dep_ != "conj" or noun.head.i >= pron.i:
        return None
    mention = state.token_mention.get(noun.head.i)
    if mention is None or mention.kind == "pronoun" or mention.cluster < 0 or mention.head != noun.head.i:
        return None
    between = state.index.column("lower_")[mention.end : pron.i]
    if "and" not in between or any(word not in _COORDINATING for word in between):
        return None
    after = noun.right_edge.i + 1
    if after < len(state.tokens) and state.tokens[after].tag_ in FINITE_TAGS and noun.head.head.i != after:
        return None  # "a student of Birkhoff and his early work concentrated on ...": a new clause
    return mention



def parallel_relatives(state: EntityState, pron: Token) -> frozenset[int]:
    """Who a his/her owning a noun with a name beside it is not: the person named beside an
    earlier noun the same his/her owns in the sentence ("His father, Anthony, was a miner
    and his mother, Jane, taught music": Anthony is "his father", so the second "his" is
    not Anthony's but the first one's). Two relatives described side by side belong to one
    person; the parse of such pairs is often wrong (the mother a conjunct of "miner"), so
    only the words' shape is read: each owned noun has a name in apposition."""
    if not _personal_possessive(pron):
        return frozenset()
    if not any(c.dep_ == "appos" for c in pron.head.children):
        return frozenset()
    found: set[int] = set()
    for other in pron.sent:
        if other.i >= pron.i:
            break
        if other.lower_ != pron.lower_ or other.dep_ != "poss" or other.head.i == pron.head.i:
            continue
        for appos in other.head.children:
            mention = state.token_mention.get(appos.i) if appos.dep_ == "appos" else None
            if mention is not None and mention.cluster >= 0:
                found.add(state.find(mention.cluster))
    return frozenset(found)
