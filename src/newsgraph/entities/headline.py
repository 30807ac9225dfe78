"""Step 7b of the entities stage: names in the headline above a dateline.

The steps before start at the dateline (``EntityState.first``): a headline is often
written in title case, which the small tagger reads badly ("Biden Trashes Trump" as one
name), so no name is taken from it as the tagger sees it. Yet the headline names the
story's main actors ("Orlenia expels two Valdorian diplomats"), and without a mention
there an event or a quote of the headline has no actor or speaker. So a word sequence of
the headline that is written exactly as a name the article's body gives one referent
becomes a mention of that referent; a sequence two referents share ("Lund" for Anna and
Erik Lund) stays unlinked, and nothing new is created.
"""

from __future__ import annotations

from newsgraph.entities.state import EntityState, MentionDraft

#: Longest name looked for, in tokens.
_MAX_NAME_TOKENS = 6
#: A sequence two referents are named by.
_AMBIGUOUS = -1


def headline_names(state: EntityState) -> None:
    """Link each word sequence above the dateline that the body writes as a name."""
    if state.first == 0:
        return
    tokens = state.tokens
    names: dict[tuple[str, ...], int] = {}
    labels: dict[tuple[str, ...], str | None] = {}
    for m in state.mentions:
        if m.kind != "name" or m.cluster < 0 or m.start < state.first or m.end - m.start > _MAX_NAME_TOKENS:
            continue
        words = tuple(t.text for t in tokens[m.start : m.end])
        cluster = state.find(m.cluster)
        names[words] = cluster if names.get(words, cluster) == cluster else _AMBIGUOUS
        labels.setdefault(words, m.label)
    i = 0
    while i < state.first:
        found = _longest_name_at(state, i, names)
        if found == 0:
            i += 1
            continue
        words = tuple(t.text for t in tokens[i : i + found])
        mention = MentionDraft(i, i + found, "name", labels[words], head=i + found - 1)
        state.add_mention(mention)
        state.attach(mention, names[words])
        i += found


def _longest_name_at(state: EntityState, i: int, names: dict[tuple[str, ...], int]) -> int:
    """Length of the longest body name written at token ``i`` of the headline (0: none):
    whole words, not inside a longer capitalised run, of one referent, not already a mention
    nor page furniture."""
    tokens = state.tokens
    if i in state.token_mention or (i > 0 and _continues_a_name(tokens[i - 1].text)):
        return 0
    for n in range(min(_MAX_NAME_TOKENS, state.first - i), 0, -1):
        words = tuple(t.text for t in tokens[i : i + n])
        if names.get(words, _AMBIGUOUS) == _AMBIGUOUS:
            continue
        end = i + n
        if end < state.first and _continues_a_name(tokens[end].text) and not tokens[end].is_sent_start:
            continue  # "Orlenia" inside "Orlenia Gas Company"
        last = tokens[end - 1]
        if state.index.is_excluded(tokens[i].idx, last.idx + len(last)):
            return 0
        return n
    return 0


def _continues_a_name(word: str) -> bool:
    """A capitalised word a name may run on into (not "'s", a dash or a number)."""
    return word[:1].isupper() and word.isalpha()
