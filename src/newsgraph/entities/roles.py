"""Steps 3 and 7 of the entities stage: roles and affiliations read from titles and predicates.

- ``titles`` (step 3, after clustering): the words before a person's name that hold a
  role noun are a title ("Labour Minister Elena Sorvik", "U.S. President Donald
  Trump"), with the organisation or country named inside them; a demonym or party
  word there is an affiliation ("Democrat Hillary Clinton").
- ``predicate_roles`` (step 7, after the pronouns, so "He served as president" has
  its subject): a role noun as the complement of "be/become/serve as/be elected".

The helpers the nominal step shares live here too: the title of a role noun with
its own modifiers (``role_title``), the organisation it is for (``org_of``) and how a
demonym or party word becomes an affiliation (``affiliate_norp``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.constants import NON_PERSON_POSSESSIVES, PLURAL_TAGS, SUBJECT_DEPS
from newsgraph.entities import lexicon
from newsgraph.entities.body_pronouns import opens_sentence
from newsgraph.entities.state import PARTY_MARK, EntityState, MentionDraft
from newsgraph.entities.vocabulary import EntityVocabulary

#: Verb forms the parser may hang on a title as a modifier ("[the board] named finance
#: director Sunita Rao as interim chief"): never a word of the title.
_VERB_FORM_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP", "VB"})


def titles(state: EntityState) -> None:
    """ "Labour Minister Elena Sorvik", "U.S. President Donald Trump", "Opposition leader Marta Quell"."""
    roles = lexicon.person_roles()
    for mention in [m for m in state.mentions if m.kind == "name" and m.label == "PERSON"]:
        left = _title_start(state, mention)
        run = state.tokens[left : mention.start]
        if not any(t.lemma_.lower() in roles or t.lower_ in roles for t in run):
            # "Democrat Hillary Clinton", "Afghan activist-less" runs: a demonym or party
            # word straight before the name is still an affiliation.
            for tok in run:
                other = state.mention_at(tok)
                if other is not None and other.label == "NORP" and other.cluster >= 0:
                    affiliate_norp(state, state.find(mention.cluster), other)
                    break
            continue
        _title_role(state, mention, left, run)


def _title_start(state: EntityState, mention: MentionDraft) -> int:
    """The first token of the modifiers before a name, within its sentence; an honorific
    on the way gives the cluster its gender."""
    tokens = state.tokens
    roles = lexicon.person_roles()
    genders = lexicon.gender_words()
    left = mention.start
    sent_start = state.sent_starts[state.sent_of[mention.start]]
    while left - 1 >= max(sent_start, state.first):
        tok = tokens[left - 1]
        if tok.lower_ in genders and tok.lower_ not in roles:  # "Mrs." honorific
            # unless a given name already stated another: then the honorific's name is
            # someone else's, clustered by the surname (her dog "Mr. Marbles" beside Jenna
            # Marbles), and the she's of the article stay hers
            c = state.clusters[state.find(mention.cluster)]
            c.gender = c.gender or genders[tok.lower_]
            left -= 1
            continue
        start = _hyphenated_role(tokens, left - 1, max(sent_start, state.first), roles)
        pieces = [t for t in tokens[start:left] if not t.is_punct]
        if pieces and any(_in_title(state, t, left, sent_start, mention) for t in pieces):
            left = start
            continue
        break
    return left


def _in_title(state: EntityState, tok: Token, left: int, sent_start: int, mention: MentionDraft) -> bool:
    """Whether ``tok`` modifies the name or the title words already taken."""
    if tok.tag_ in _VERB_FORM_TAGS:
        return False  # "[the board] named finance director Sunita Rao": the act, no title
    inside = left <= tok.head.i < mention.end
    return (tok.dep_ in _TITLE_DEPS and inside) or _hangs_on_name(state, tok, sent_start, mention)


def _hyphenated_role(tokens: list[Token], last: int, floor: int, roles: frozenset[str]) -> int:
    """Where the title word ending at ``last`` starts: a word the tokenizer split at its
    hyphens ("Secretary-General", "Editor-in-Chief", "Vice-President") is one title from
    its first role noun on; a prefix before it ("then-Secretary") or a hyphenated word
    with no role noun ("man-of-many-parts adviser") leaves ``last`` alone."""
    start = last
    while start - 2 >= floor and tokens[start - 1].text == "-":
        if tokens[start - 2].whitespace_ or tokens[start - 1].whitespace_:
            break  # a dash between words, not a hyphen
        start -= 2
    for i in range(start, last, 2):
        if tokens[i].lemma_.lower() in roles or tokens[i].lower_ in roles:
            return i
    return last


#: Dependencies of the words of a title before a name ("Energy and Mines Minister").
_TITLE_DEPS = frozenset({"compound", "amod", "nmod"})
#: Links inside a coordinated title: "Energy and Mines Minister" is parsed with "Minister"
#: as a conjunct of "Energy", which modifies the name.
_TITLE_CHAIN_DEPS = _TITLE_DEPS | {"conj", "cc"}
#: Most steps followed from a word to the name it modifies.
_MAX_TITLE_CHAIN = 6


def _hangs_on_name(state: EntityState, tok: Token, sent_start: int, mention: MentionDraft) -> bool:
    """Whether ``tok`` reaches the name through title words only (modifiers, conjuncts of
    them), all between the sentence start and the name, and no other person's name."""
    current = tok
    for _ in range(_MAX_TITLE_CHAIN):
        if mention.start <= current.i < mention.end:
            return True
        if not (sent_start <= current.i < mention.start) or current.dep_ not in _TITLE_CHAIN_DEPS:
            return False
        other = state.token_mention.get(current.i)
        if other is not None and other.cluster >= 0 and state.is_person(other.cluster):
            return False  # "Actor Kevin Spacey and Barcelona footballer Gerard Pique": two people
        current = current.head
    return False


def _title_role(state: EntityState, mention: MentionDraft, left: int, run: list[Token]) -> None:
    """Record the title in ``run`` (the words before the name holding a role noun) as a role."""
    tokens = state.tokens
    roles = lexicon.person_roles()
    genders = lexicon.gender_words()
    cluster = state.find(mention.cluster)
    state.clusters[cluster].person_cue = True
    title_tokens: list[Token] = []
    org_text: str | None = None
    org_cluster = -1
    for tok in run:
        other = state.mention_at(tok)
        if other is not None and other is not mention and other.cluster >= 0:
            if other.label == "NORP":
                affiliate_norp(state, cluster, other)
            elif other.label in {"GPE", "ORG"} and not title_tokens:
                org_text = state.span_text(other.start, other.end)
                org_cluster = state.find(other.cluster)
            else:
                title_tokens.append(tok)
            continue
        if tok.lower_ in genders and tok.lower_ not in roles:
            continue
        title_tokens.append(tok)
    if not title_tokens:
        return
    # a hyphenated title keeps its hyphens unspaced ("Secretary-General")
    title = "".join(
        t.text + (t.whitespace_ if i + 1 < len(title_tokens) and title_tokens[i + 1].i == t.i + 1 else " ")
        for i, t in enumerate(title_tokens)
    ).strip()
    gender = genders.get(title_tokens[-1].lower_)
    if gender:
        state.clusters[cluster].gender = gender
    last = tokens[mention.end - 1]
    state.clusters[cluster].roles.append(
        (title, org_text, org_cluster, tokens[left].idx, last.idx + len(last), 0)
    )


def role_title(state: EntityState, noun: Token) -> str:
    """The role noun with its own modifiers ("chief spokesperson"), without names or possessors."""
    parties = lexicon.party_words()

    def modifiers(head: Token) -> list[Token]:
        # a modifier's own modifiers too: "deputy national security adviser" hangs
        # "national" on "security", and the title is all four words
        found: list[Token] = []
        for c in head.lefts:
            if (
                c.dep_ in {"amod", "compound"}
                and ((m := state.mention_at(c)) is None or m.kind != "name")
                and c.lower_ not in parties
                and not _is_age(c)
                and c.tag_ not in _VERB_FORM_TAGS  # "named finance director X": the act, no title
            ):
                found.extend([*modifiers(c), c])
        return found

    parts = modifiers(noun)
    written = noun.doc[noun.i : _hyphenated_end(noun)].text
    return " ".join([*(t.text for t in parts), written])


def _is_age(modifier: Token) -> bool:
    """ "24-year-old", "six-month-old": an age describes the holder, it is no part of the
    role ("a 24-year-old nursing student" holds the role "nursing student", not "old ...")."""
    return modifier.lower_ == "old" and any(c.dep_ == "npadvmod" for c in modifier.children)


def _hyphenated_end(noun: Token) -> int:
    """The end (token index) of a title written with hyphens: "secretary-general",
    "editor-in-chief", "attorney-general" are one role, which the tokenizer splits
    into pieces the parser hangs as modifiers of the first word."""
    doc, end = noun.doc, noun.i + 1
    while end + 1 < len(doc) and doc[end].text == "-":
        if doc[end - 1].whitespace_ or doc[end].whitespace_:  # a dash between words, not a hyphen
            break
        end += 2
    return end


def org_of(state: EntityState, noun: Token) -> tuple[str | None, int]:
    """The organisation a role noun is for: a possessor, a "for/of/at" object or a name modifier."""
    end = _hyphenated_end(noun)
    pieces = noun.doc[noun.i : end]
    for child in (c for piece in pieces for c in piece.children if not noun.i <= c.i < end):
        target: Token | None = None
        if child.dep_ == "poss" and child.pos_ != "PRON":
            target = child
        elif child.dep_ == "prep" and child.lower_ in {"for", "of", "at", "with", "to", "in"}:
            target = next((g for g in child.children if g.dep_ == "pobj"), None)
        elif child.dep_ == "compound":
            target = child
        if target is None:
            continue
        other = state.mention_at(target)
        if other is None or other.cluster < 0 or other.label == "PERSON":
            continue
        return state.span_text(other.start, other.end), state.find(other.cluster)
    return None, -1


def affiliate_norp(state: EntityState, cluster: int, norp: MentionDraft) -> None:
    """A demonym or party word modifying a person: party or country affiliation."""
    text = state.span_text(norp.start, norp.end)
    lower = text.lower()
    span = state.char_span(norp.start, norp.end)
    c = state.clusters[state.find(cluster)]
    if lower in lexicon.party_words() or PARTY_MARK.search(text):
        c.affiliations.append((text, "party", state.find(norp.cluster), *span))
        return
    place = lexicon.demonym_place(text)
    if place is not None:
        c.affiliations.append((place, "country", -2, *span))  # -2: link to the place's entity later
        return
    c.affiliations.append((text, "other", state.find(norp.cluster), *span))


def predicate_roles(state: EntityState) -> None:
    """ "He served as U.S. president", "Sorvik became minister", "X was elected president".
    Not inside quotes: "Obama is the founder of ISIS" in a quote is a claim, not a title."""
    quoted = state.quoted_tokens()
    roles = lexicon.person_roles()
    words = state.words
    pos, lemmas, tags = (state.index.column(name) for name in ("pos_", "lemma_", "tag_"))
    tokens = state.tokens
    for i in range(state.first, len(tokens)):
        if (
            pos[i] not in {"NOUN", "PROPN"}
            or lemmas[i].lower() not in roles
            or tags[i] in PLURAL_TAGS
            or quoted[i]
        ):
            continue
        tok = tokens[i]
        verb = _role_verb(words, tok)
        if verb is None:
            continue
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
            subject = verb.head  # "Jonas Berg, who is the chairman of ..."
        if subject is None:
            continue
        mention = state.referring_at(subject.i)
        if mention is None or mention.cluster < 0 or not state.is_person(mention.cluster):
            continue
        if any(c.lower_ in {"not", "never"} for c in verb.children):
            continue
        org_text, org_cluster = org_of(state, tok)
        nominal = state.token_mention.get(tok.i)
        if nominal is not None and nominal.kind == "nominal" and nominal.cluster < 0 and tok.dep_ == "attr":
            state.attach(nominal, mention.cluster)  # "X is the chairman": the description is X
        left = min((c.left_edge.i for c in tok.lefts), default=tok.i)
        right = tok.right_edge if org_cluster >= 0 else tok
        start, end = state.tokens[left].idx, right.idx + len(right)
        state.clusters[state.find(mention.cluster)].roles.append(
            (role_title(state, tok), org_text, org_cluster, start, end, 0)
        )


def possessive_pronoun_orgs(state: EntityState) -> None:
    """ "Georgia hosted the talks. Its prime minister, Nika Beridze, said ...": a role
    whose possessor is "its"/"their" is held in what that pronoun was linked to, once the
    pronouns are resolved (step 6); before, ``org_of`` skips pronoun possessors. Only an
    organisation or place holds it: "his adviser" is a person's, no affiliation."""
    for mention in state.mentions:
        if mention.kind != "nominal" or mention.cluster < 0:
            continue
        noun = state.tokens[mention.head]
        owner = pronoun_owner(noun)
        if owner is None:
            continue
        linked = state.pronoun_at.get(owner.i)  # the token is also inside the description's mention
        if linked is None or linked.cluster < 0:
            # the resolver doubted the link; the body the sentence before was about holds
            # the role all the same ("The union said ... Its leader, Jorge Fuentes, ...")
            linked = previous_topic(state, owner)
        if linked is None or linked.cluster < 0 or state.is_person(linked.cluster):
            continue
        org_cluster = state.find(linked.cluster)
        holder = state.clusters[state.find(mention.cluster)]
        start = state.tokens[mention.start].idx
        names = (m for m in state.clusters[org_cluster].mentions if m.kind == "name")
        org_name = next((state.span_text(m.start, m.end) for m in names), None)
        if org_name is None:
            continue
        for k, (title, org_text, role_org, role_start, role_end, flag) in enumerate(holder.roles):
            if org_text is None and role_org < 0 and role_start == start:
                holder.roles[k] = (title, org_name, org_cluster, role_start, role_end, flag)


def _role_verb(words: EntityVocabulary, noun: Token) -> Token | None:
    """The verb that gives its subject the role ``noun`` names: "serve as X", "be/become X"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_ in words.as_verbs:
        return noun.head.head
    if noun.dep_ in {"attr", "oprd"} and noun.head.lemma_ in words.copulas and noun.head.tag_ != "VBG":
        return noun.head
    return None


def pronoun_owner(noun: Token) -> Token | None:
    """The "its"/"their" that says whose body or office a noun names ("its foreign
    ministry", "its prime minister")."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in NON_PERSON_POSSESSIVES), None)


def previous_topic(state: EntityState, pron: Token) -> MentionDraft | None:
    """ "The port workers' union said the strike would go on. Its leader, Jorge Fuentes,
    said ...": an "its" opening a sentence continues the body that was the subject of the
    sentence before, when that sentence names no other body or place outside its subject."""
    sent = state.sent_of[pron.i]
    if not opens_sentence(state, pron):
        return None
    subject = state.subject_before(pron.i)
    if subject is None:
        return None
    mention = state.token_mention.get(subject.i)
    if mention is None or mention.cluster < 0 or state.is_person(mention.cluster):
        return None
    previous = state.tokens[state.sent_starts[sent - 1] : pron.i]  # (a subject before: sent > 0)
    inside = {t.i for t in subject.subtree}
    quoted = state.quoted_tokens()  # a body named inside the speaker's quote is no rival
    others = [state.token_mention.get(t.i) for t in previous if t.i not in inside and not quoted[t.i]]
    bodies = [m for m in others if m is not None and m.kind == "name" and m.cluster >= 0]
    if any(not state.is_person(m.cluster) for m in bodies):
        return None  # "The ministry said the company had failed. Its chief ...": which one?
    return mention
