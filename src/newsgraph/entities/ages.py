"""Step 5a of the entities stage: a person called by an age the article gave them.

Wire stories give a person's age once, beside the name ("Tom Ashdown, 58, fell ...",
"58-year-old Tom Ashdown"), and then call them by it: '"...," the 58-year-old told
reporters.' That description names exactly one person when exactly one person named
before it was given that age; with none or several it is left alone (a guess between
two 58-year-olds is worse than no link).

A story may also call by an age a person whose age it never gave ("Its leader, Mira
Kostova, accused ... . '...,' the 44-year-old said"): the description then continues the
one person the sentence before named, when that person was a subject there, nobody else
was named in it and no other age was given for them.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.entities.state import EntityState, MentionDraft

#: Tokens of "58-year-old" as the tokenizer splits it: number, hyphen, "year", hyphen, "old".
_AGE_TOKENS = 5
#: Words after "the N-year-old" that make it a modifier ("the 58-year-old climber").
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def age_descriptions(state: EntityState) -> None:
    """Link each "the N-year-old" standing as a noun phrase to the one person given age N
    before it."""
    tokens = state.tokens
    # every document passes here: look for the word "old" first, and only then for ages
    olds = [i for i in state.index.positions("lower_", "old") if i >= state.first + _AGE_TOKENS]
    if not olds:
        return
    stated = _stated_ages(state)
    for i in olds:
        age = _age_ending_at(tokens, i)
        if age is None or i in state.token_mention:
            continue
        start = i - _AGE_TOKENS + 1
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if tokens[start - 1].lower_ != "the" or (after is not None and after.pos_ in _NOMINAL_POS):
            continue  # "the 58-year-old climber": the noun says who, not the age alone
        holders = {cluster for at, cluster in stated.get(age, []) if at < start}
        if not stated.get(age):
            aged = {cluster for found in stated.values() for _, cluster in found}
            holders = _previous_subject_person(state, start - 1) - aged
        if len(holders) != 1:
            continue
        mention = MentionDraft(start - 1, i + 1, "nominal", "PERSON", head=i)
        state.add_mention(mention)
        state.attach(mention, holders.pop())


#: Relations of a mention's head that make the person a subject of its sentence.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _previous_subject_person(state: EntityState, start: int) -> set[int]:
    """The person clusters the sentence before token ``start``'s names, if exactly one, a
    subject there (or set beside a subject), and nobody is named before ``start`` in its
    own sentence; else nothing."""
    sent = state.sent_of[start]
    if sent == 0:
        return set()
    begin, own = state.sent_starts[sent - 1], state.sent_starts[sent]
    named = [m for m in state.mentions if begin <= m.start < start and m.kind != "pronoun" and m.cluster >= 0]
    people = [m for m in named if state.is_person(m.cluster)]
    if any(m.start >= own for m in people):
        return set()  # "Smith told Jones the 44-year-old ...": which of them
    clusters = {state.find(m.cluster) for m in people}
    if len(clusters) != 1:
        return set()
    deps = state.index.column("dep_")
    for m in people:
        head = state.tokens[m.head] if m.head >= 0 else None
        if head is not None and (deps[head.i] in _SUBJECT_DEPS or deps[head.head.i] in _SUBJECT_DEPS):
            return clusters
    return set()


def _age_ending_at(tokens: list[Token], i: int) -> str | None:
    """The number of a "N-year-old" whose last token is ``i``, else None."""
    if tokens[i].lower_ != "old" or i < _AGE_TOKENS - 1:
        return None
    number, dash1, year, dash2 = (tokens[i - k] for k in (4, 3, 2, 1))
    if dash1.text != "-" or dash2.text != "-" or year.lower_ != "year" or not number.is_digit:
        return None
    return number.text


def _stated_ages(state: EntityState) -> dict[str, list[tuple[int, int]]]:
    """Age -> (token, cluster) for each person name followed by ", N," or preceded by
    "N-year-old"."""
    tokens = state.tokens
    found: dict[str, list[tuple[int, int]]] = {}
    for mention in state.mentions:
        if mention.kind != "name" or mention.cluster < 0 or not state.is_person(mention.cluster):
            continue
        end = mention.end
        if end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 2].text in (",", ")"):
            number = tokens[end + 1]
            if number.is_digit and len(number.text) <= 3:
                found.setdefault(number.text, []).append((mention.start, state.find(mention.cluster)))
        age = _age_ending_at(tokens, mention.start - 1) if mention.start >= _AGE_TOKENS else None
        if age is not None:
            found.setdefault(age, []).append((mention.start, state.find(mention.cluster)))
    return found
