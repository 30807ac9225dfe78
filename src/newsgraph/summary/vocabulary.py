"""The word lists the summary rules read, fetched once per pipeline.

Most come from ``data/lexicon/`` (``summary_*.txt``, and the ``report`` kind of the
shared ``speech_verbs.tsv``: a verb that only conveys that something was said is never
the main event), so a user overlay changes them.

``verb_forms`` comes from the running pipeline's own lemmatizer. Headlines drop
auxiliaries and articles ("Union stages strike"), so the tagger often calls their verb
a noun; knowing which words can be verbs lets the headline reader recover it. The
words a spaCy rule-based lemmatizer knows as verbs (its ``lemma_index`` and, for
irregular forms such as "shot" and "struck", ``lemma_exc`` tables) are exactly that
list, and they belong to the pipeline that parsed the document: the ``newsgraph``
component hands its pipeline to the resources (key :data:`PIPELINE_KEY`). Before,
this module searched the disk for whichever English model package was installed,
which could be a different model from the one running, or none. A stage called
outside a component, or a pipeline without a rule-based lemmatizer, has no such list
and reads headlines with the tagger alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph import resources
from newsgraph.lexicons import Lexicons

#: The resources key under which the ``newsgraph`` component leaves its ``Language``.
PIPELINE_KEY = "pipeline"


@dataclass(frozen=True)
class Words:
    """Every vocabulary set the summary rules test."""

    reporting: frozenset[str]
    depicting: frozenset[str]
    media_nouns: frozenset[str]
    cause_nouns: frozenset[str]
    reprisal_nouns: frozenset[str]
    rubrics: frozenset[str]
    country_names: frozenset[str]
    verb_forms: frozenset[str]


def _build(lists: Lexicons, pipeline: Any) -> Words:
    return Words(
        reporting=frozenset(verb for verb, kind in lists.pairs("speech_verbs") if kind == "report"),
        depicting=lists.words("summary_depicting_verbs"),
        media_nouns=lists.words("summary_media_nouns"),
        cause_nouns=lists.words("summary_cause_nouns"),
        reprisal_nouns=lists.words("summary_reprisal_nouns"),
        rubrics=lists.words("summary_rubrics"),
        country_names=lists.words("summary_country_names"),
        verb_forms=verb_forms_of(pipeline),
    )


def verb_forms_of(pipeline: Any) -> frozenset[str]:
    """The base forms and irregular forms of verbs known to ``pipeline``'s rule-based
    lemmatizer (empty for ``None`` or a pipeline without one)."""
    for _name, component in getattr(pipeline, "pipeline", ()):
        lookups = getattr(component, "lookups", None)
        if lookups is None or not lookups.has_table("lemma_index"):
            continue
        base = {str(w) for w in lookups.get_table("lemma_index").get("verb", ())}
        irregular = set()
        if lookups.has_table("lemma_exc"):
            irregular = {str(w) for w in lookups.get_table("lemma_exc").get("verb", {})}
        return frozenset(base | irregular)
    return frozenset()


def words() -> Words:
    """The summary word lists of the pipeline running now (built once per pipeline)."""
    current = resources.current()
    # Fetched before ``load``: the resources' lock is not re-entrant.
    lists = current.lexicons
    pipeline = current.load(PIPELINE_KEY, lambda: None)  # None outside a component: not kept
    return current.load("summary.words", lambda: _build(lists, pipeline))
