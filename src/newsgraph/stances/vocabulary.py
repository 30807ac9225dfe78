"""The word lists the stances rules read, fetched once per pipeline from ``data/lexicon/``.

``stance_words.tsv`` gives each stance word a polarity and a role (``verb``,
``conduct``, ``attitude`` or ``word``: see the file's header); the other
``stance_*`` files are plain word lists. :func:`lexicon` builds one frozen
:class:`Lexicon` from them the first time a pipeline's stances stage asks and keeps
it on that pipeline's resources (so a user's lexicon overlay applies, and two
pipelines may differ); the rules then test plain dict and set membership.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph import resources
from newsgraph.lexicons import Lexicons


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Stance words by role, and the smaller lists the rules test (lower-case lemmas)."""

    #: Attitude verbs: the subject holds the stance, the object is its target.
    verbs: dict[str, int]
    #: Conduct that reflects on whoever does it ("bypassed", "violate").
    conduct: dict[str, int]
    #: Evaluative words counted near an entity mention inside quoted speech.
    words: dict[str, int]
    #: What a cue may express ("expressed concern"): the attitudes plus every evaluative word.
    attitudes: dict[str, int]
    #: Verbs that cancel the attitude verb they govern ("refused to back X").
    cancelling: frozenset[str]
    #: Nouns naming an attitude ("faced criticism from Y"), with the polarity to use
    #: when ``words`` and ``verbs`` do not give one.
    attitude_nouns: dict[str, int]
    #: Verbs whose subject receives such a noun ("faced", "won").
    receiving: frozenset[str]
    #: Nouns that stand for their possessor ("his administration").
    stands_for_owner: frozenset[str]


def _sign(text: str) -> int:
    return 1 if text.strip() == "+" else -1


def _build(lists: Lexicons) -> Lexicon:
    verbs: dict[str, int] = {}
    conduct: dict[str, int] = {}
    words: dict[str, int] = {}
    attitudes: dict[str, int] = {}
    by_role = {"verb": verbs, "conduct": conduct, "attitude": attitudes}
    for lemma, value in lists.pairs("stance_words"):
        # The shipped rows hold "sign<TAB>role"; an overlay's "sign role".
        parts = value.split()
        if len(parts) < 2:
            continue
        by_role.get(parts[1], words)[lemma.lower()] = _sign(parts[0])
    return Lexicon(
        verbs=verbs,
        conduct=conduct,
        words=words,
        # Evaluative words can also be what a cue expresses ("expressed hope").
        attitudes={**words, **attitudes},
        cancelling=lists.words("stance_cancelling_verbs"),
        attitude_nouns={noun: _sign(sign) for noun, sign in lists.pairs("stance_attitude_nouns")},
        receiving=lists.words("stance_receiving_verbs"),
        stands_for_owner=lists.words("stance_owner_nouns"),
    )


def lexicon() -> Lexicon:
    """The stance word lists of the pipeline running now (built once per pipeline)."""
    current = resources.current()
    lists = current.lexicons
    return current.load("stances.lexicon", lambda: _build(lists))
